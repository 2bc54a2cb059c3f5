"""POSITION: titles, qualified by the body or place they belong to.

A qualified position is a body, place or company followed by a title
(市委 + 副书记, 渝北区委 + 书记, 市经信委 + 副主任). A bare title (市长, 局长,
总书记) counts only next to a person; `keep_bare` drops the others after the
people are known. In a stack "市水利局党组书记、局长" the second title inherits
the body of the first.
"""
from __future__ import annotations

import re
from functools import lru_cache

from policykg.extract.candidates import RULE, WEAK, Candidate
from policykg.extract.lexicon import builtin
from policykg.extract.org import UNIT_HEADS
from policykg.extract.person import (TAKING, appointee_before, captions, counted_after_names, is_plausible_name,
                                    takes_after_and)
from policykg.extract import resources
from policykg.extract.resources import title_set, titles, word_tag
from policykg.extract.text import LEFT_STOPS, MEETING_VERBS, TRANSLITERATION, crosses_word, scan, transliterated_before
from policykg.extract.words import read, reads_as_word
from policykg.vocabulary import ENVOYS, HAN, LETTERS_ABROAD, NUMERALS, PARTNER_LETTERS, is_han

_EDITION_BEFORE = re.compile(rf"(?:第[{NUMERALS}\d]+[次届]|第[{NUMERALS}]{{1,3}}(?:、[{NUMERALS}]{{1,3}})+届|(?:(?<=[，。；：\n])|(?<=[^届]、)|(?<=辞去|担任|当选|推举)|(?<=共青团)|(?<=中共)|^)[{NUMERALS}]{{1,3}}届)$")
# (第五次…|领导小组组长; 第七、八届|全国工商联主席: two terms; 辞去|十二届|全国人大常委会委员, 报告、|十一届|全国政协
# 副主席, 共青团|十九届|中央书记处第一书记; not 第十一届、|十二届|中央书记处书记, 关于|十三届…: a kind)
_PARTY_HEADS = frozenset({"总书记", "第一书记", "主席", "副主席"})  # the heads a party's central committee names
_BEFORE_FORMER = "、，；：。\n的了及"  # what 前 or 原 may follow as the mark of a former post (not 以前, 提前)
_OWN_LEVEL = ("市长", "区长", "县长", "省长", "州长", "镇长", "乡长", "总书记", "国家主席", "总理", "委员长")


@lru_cache(maxsize=None)
def title_pattern() -> re.Pattern:
    """A title (the longest that is not followed by 会, 处 or 国); found through the openings of the extractors' patterns
    (`scan`: a scan by `re` alone tries each title at every character that may open one)."""
    return re.compile("(?:" + "|".join(map(re.escape, titles())) + ")(?!会(?![谈见晤])|处|国(?![务庆家])|官邸|府|办公室|理事会)")
    # (轮值主席国: a state; 首相官邸; 北欧部长理事会: a council of ministers; but 总理|会谈)


@lru_cache(maxsize=None)
def _above_cities() -> frozenset[str]:
    """Provinces and countries: they say where a post's place is, not part of the post."""
    return resources.provinces() | resources.foreign_countries() \
        | {"中国"}


def opens_title(text: str, at: int) -> bool:
    """A title begins at `at` (中央组织部|副部长: the word 部副 runs across the body's end)."""
    return bool(title_pattern().match(text, at))


_BETWEEN_PEOPLE = re.compile("[和同向给跟及]|对(?!话)|夫人|夫妇")  # (中美全面经济对话|中方牵头人: a dialogue names a post;
# 主席及|夫人彭丽媛|教授: a spouse, named)


# A post held at once with the one before it, and the words that qualify it: …部长|兼交通|部长.
def _qualifies_a_second_post(words_between: str) -> bool:
    """Whether what a list mark leaves between a post and the next title qualifies that title (欧盟委员会副主席、
    外交与安全政策|高级代表): four characters or more, no transliterated name, no conjunction or preposition between
    people (和, 同, 对), no title of its own and no known person (not 总统、李显龙|总理, 国家主席同苏林|总书记, 总统、昂山素季|
    国务资政)."""
    return len(words_between) >= 4 and not TRANSLITERATION.issuperset(words_between) \
        and not _BETWEEN_PEOPLE.search(words_between) \
        and not any(t in words_between.replace("委员会", "") for t in titles()) and (builtin().get(words_between) or ("",))[0] != "PERSON"


_CONCURRENT = re.compile(rf"[兼、及](?:(?![的在是])[{HAN}]){{0,11}}")  # 副首相兼|内阁办公厅|大臣, …部长及|内政部长
# Titles of those who serve a post, named after it: 俄罗斯总统|新闻秘书, 联合国秘书长|发言人.
_PARTY_COMMITTEES = ("省委", "市委", "县委", "区委", "州委", "党委", "党组", "工委")  # whose seats are listed after them
_PARTY_SEATS = frozenset({"委员", "常委", "书记", "副书记", "成员", "候补委员"})  # (党组书记、局长: 局长 is no seat)
_TERM_BEFORE = re.compile(rf"(?:时任|前任|现任|新任|候任|首任|新|第[{NUMERALS}\d]{{1,3}}任)$")  # the term of a post
STAFF = frozenset({"新闻秘书", "发言人", "特使", "助理", "副助理", "顾问", "首席顾问", "秘书", "国家安全事务助理", "国家安全顾问",
                    "国家安全事务顾问", "特别助理", "外事特别助理"})
STAFF_WORDS = tuple(sorted(STAFF))  # the same, for str.endswith
# Titles that, right after a name, serve the person named, not held by them (国家主席习近平|特别代表、国家副主席韩正).
# A committee named bare in a post given or taken: 任命…为|提案委员会|驻会副主任, 不再担任|港澳台侨委员会|副主任.
_COMMITTEE_TAKEN = re.compile(rf"(?:为|任)((?:(?![为任命])[{HAN}]){{2,8}}委员会)$")
# A permanent representative to an international body, as printed: 中国常驻联合国代表, 常驻联合国日内瓦办事处和
# 瑞士其他国际组织代表.
_PERMANENT_ENVOY = re.compile(rf"(?:中国)?常驻[{HAN}、]{{2,24}}?代表(?![团处大会])")
# A minister of another country whose ministry is named by its fields: 波兰|教育部长, 爱尔兰|环境、气候与通讯部长 (not
# 安哥拉|总统代表、外交部长: two posts).
_POST_WORDS = "总统|首相|总理|代表|特使|主席|部长|大臣|首脑|元首"
_MINISTRY_OF_FIELDS = re.compile(rf"(?:(?:(?!{_POST_WORDS})[{HAN}]){{2,4}}[、和与]){{0,4}}"
                                 rf"(?:(?:(?!{_POST_WORDS}|[的和与及在是为对把等兼])[{HAN}]){{2,6}}?[部局]长(?!会议|论坛|会晤|级)"
                                 # 日本|国家安全保障局长 (not 上海合作组织成员国农业部长|会议: a meeting)
                                 # a minister or an envoy of fields, of a head of state: 英国|外交发展大臣, 美国|总统气候问题特使,
                                 # 摩纳哥|对外关系与合作大臣 (not 日本|副首相兼财务大臣: two posts)
                                 rf"|(?:总统|首相|总理)?(?:对外|(?![的和与及在是为对把等兼])[{HAN}]){{2,6}}?(?:大臣|特使|专员))"
                                 r"|(?:中央银行|央行)(?:副)?行长")  # 捷克|中央银行行长: its central bank's governor


# China's national posts, which name the country already (中国国家主席习近平 holds 国家主席).
_CHINAS_OWN_POSTS = ("国家主席", "国家副主席", "国务院", "国务委员", "全国人大", "全国政协", "中央军委")


# The posts of a session of a congress, named after it as printed: 全国政协十四届一次会议主席团|常务主席,
# 十四届全国人大二次会议主席团|常务主席, 大会|执行主席, 大会|副秘书长, 主席团|常务主席.
_SESSION_POSTS = frozenset({"常务主席", "执行主席", "秘书长", "副秘书长", "发言人"})
_SESSION_BEFORE = re.compile(rf"(?:(?:全国|[省市区县])?(?:政协|人大)?第?[{NUMERALS}]{{1,3}}届(?:全国|[省市区县])?(?:人大|政协)?"
                             rf"第?[{NUMERALS}]{{1,3}}次(?:全体)?会议|大会)(?:主席团)?$|主席团$")


def _session_before(text: str, at: int, title: str) -> int | None:
    """The start of the session (or its presidium) named right before a session post at `at`, or None."""
    if title not in _SESSION_POSTS or text[at + len(title):at + len(title) + 1] in ("席", "台"):
        return None  # 在主席台|执行主席席|就座: the seats, not the post
    session = _SESSION_BEFORE.search(text, max(0, at - 24), at)
    if session is None or session.group() == "大会" and title == "常务主席":
        return None
    return session.start()


def _permanent_envoys(text: str, qualifiers: list[Candidate], countries: frozenset[str]) -> list[Candidate]:
    """Permanent representatives as printed, with the country right before when it is another's (俄罗斯|常驻联合国代表)."""
    country_starts = {q.end: q.start for q in qualifiers if q.label == "PLACE" and q.name in countries}
    return [Candidate(start, m.end(), "POSITION", text[start:m.end()], RULE) for m in _PERMANENT_ENVOY.finditer(text)
            for start in [country_starts.get(m.start(), m.start())]]


def _ministers_listed_after(text: str, at: int) -> list[Candidate]:
    """The ministers of the same country listed after one and the name of its holder, each with a name
    (澳大利亚国库部长霍基、|贸易和投资部长|罗布一行)."""
    found = []
    while True:
        name_end = at
        while name_end < len(text) and name_end - at < 8 and text[name_end] in TRANSLITERATION:
            name_end += 1
        minister = _MINISTRY_OF_FIELDS.match(text, name_end + 1) \
            if name_end - at >= 2 and text[name_end:name_end + 1] == "、" else None
        if minister is None or text[minister.end():minister.end() + 1] not in TRANSLITERATION:
            return found
        found.append(Candidate(minister.start(), minister.end(), "POSITION", minister.group(), RULE))
        at = minister.end()


def _caption_posts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The posts of a caption's stretch: one, or one per piece between spaces that ends in a title (中国人民大学副校长
    社会学教授: two posts; 中央电视台广告中心 副主任: one)."""
    posts, opening = [], start
    for piece in re.finditer(r"\S+", text[start:end]):
        if text.endswith(titles(), start + piece.start(), start + piece.end()):
            posts.append((opening, start + piece.end()))
            opening = start + piece.end()
            while opening < end and text[opening].isspace():
                opening += 1
    return posts if posts and posts[-1][1] == end else [(start, end)]


_AIDING = ("建言", "献策", "存史", "咨询", "育人", "启智", "咨政")  # what 资政 is listed with as a verb (政协…建言资政)


def find_positions(text: str, qualifiers: list[Candidate]) -> list[Candidate]:
    """Qualified positions and bare titles (WEAK) found in `text`."""
    countries, world_bodies = resources.foreign_countries(), resources.world_bodies()
    found = _permanent_envoys(text, qualifiers, countries) if "常驻" in text else []
    found += [Candidate(a, b, "POSITION", "".join(text[a:b].split()), RULE) for start, end, _, _ in captions(text)
              if end - start > 3 and text.endswith(titles(), start, end) for a, b in _caption_posts(text, start, end)]
    # (第二炮兵某旅旅长 谈卫红：…: the post a caption prints, whole; 中央电视台广告中心 副主任: named without the space)
    for q in qualifiers:
        minister = _MINISTRY_OF_FIELDS.match(text, q.end) if q.label == "PLACE" and (
            q.name in countries or q.name in resources.world_cities()) or q.label == "ORG" and q.name in world_bodies \
            else None  # (苏格兰|卫生大臣: a nation's; 世界卫生组织|气候变化专员: an international body's)
        if minister and not text.startswith(MEETING_VERBS, q.end):  # (平壤|会见中联部部长: a meeting there)
            found.append(Candidate(q.start, minister.end(), "POSITION", text[q.start:minister.end()], RULE))
            found += _ministers_listed_after(text, minister.end())
    by_end: dict[int, Candidate] = {}
    for q in sorted(qualifiers, key=lambda c: (c.length, c.start)):
        by_end[q.end] = q  # the longest qualifier ending there wins
    previous: tuple[int, str] | None = None  # (end, qualifier name) of the last qualified position
    ends = {c.end for c in found}  # where a post ends (another may follow, held with it: 兼)
    last_qualified: tuple[int, int] | None = None  # (start, end) of the last post qualified by its body or place
    last_post: tuple[int, str, str] | None = None  # (end, body or place as printed, title) of the last qualified post
    divisions_at = {q.start for q in qualifiers if q.label == "PLACE" and q.name[-1:] in _LEVEL_ENDS
                    and text[q.end - 1] in _LEVEL_ENDS}  # where a division printed with its level starts (长阳县)
    inside_places = {i for q in qualifiers if q.label == "PLACE" for i in range(q.start + 1, q.end)}
    for match in scan(title_pattern(), text):
        start, end, title = match.start(), match.end(), match.group()
        if len(title) == 2 and text[end - 1:end + 1] in title_set() and start in inside_places:
            start, end, title = end - 1, end + 1, text[end - 1:end + 1]  # 特别行政区|长官 (not 区长|官…): a title opening
            # at a place's level
        if start in inside_places and text[start] not in _LEVEL_ENDS and not title.startswith("自治"):
            continue  # 烟|台长|岛: a title that opens inside a place's name (not its level: 内蒙古|自治区主席)
        if crosses_word(text, end) and not _name_follows(text, end) and not reads_as_word(text, start, end) \
                or title == "所长" and _STRENGTHS.match(text, end) or title[-1] == "长" \
                and ((town := _TOWN_OPENED.match(text, end - 1)) and (text[end] not in resources.surnames()[0]
                                                                      or town.group().endswith("村"))
                     or end - 1 in divisions_at):
            continue  # 所长期; but 局长江夏 (a name follows), 米尔济约耶夫总统|一致 (read so); 天津所长、所需: strengths;
            # 定日县|长所乡: a township's name opens with 长 (not 市长|李镇: a name); 湖南省|长沙市, 上海市|长宁区
        if text.startswith("班子", end) or title == "资政" and (text.endswith(_AIDING, 0, start)
                                                              or text.startswith(_AIDING, end)):
            continue  # 兰考县委常委|班子: the members as a group, no one's post; 建言|资政, 资政|育人: a verb, to aid governing
        if last_qualified and last_qualified[1] == start and title in STAFF:  # 俄罗斯总统|新闻秘书: the staff of a post
            found.append(Candidate(last_qualified[0], end, "POSITION", text[last_qualified[0]:end], RULE))
            ends.add(end)
            continue
        if found and found[-1].end == start and found[-1].priority == WEAK and title in STAFF \
                and found[-1].name.endswith(_HEADS_WITH_STAFF):
            head = found.pop()  # 前总统|国家安全事务助理: the staff of a head named bare
            found.append(Candidate(head.start, end, "POSITION", text[head.start:end], RULE))
            ends.add(end)
            continue
        if (session := _session_before(text, start, title)) is not None:
            place = by_end.get(session + 1) if text[session] in "省市区县" else None  # 重庆市|六届人大…: not 市六届
            if (place := place or by_end.get(session)) is not None and place.label == "PLACE":
                session = place.start  # 重庆市|六届人大四次会议主席团常务主席
            found.append(Candidate(session, end, "POSITION", text[session:end], RULE))
            last_post = (end, text[session:start], title)
            previous = (end, text[session:start])
            last_qualified = (session, end)
            ends.add(end)
            continue
        if (party := _party_term_before(text, start, by_end)) is not None:  # 中国致公党第十一届、十二届中央委员会|主席
            found.append(Candidate(party, end, "POSITION", text[party:end], RULE))
            previous = last_qualified = None
            ends.add(end)
            continue
        qualifier = by_end.get(start)
        if qualifier is None and text[start - 1:start] == "方" and text[start - 2:start - 1] in PARTNER_LETTERS \
                and (body := by_end.get(start - 2)) is not None and body.label == "ORG":
            qualifier = body  # 中沙高级别联合委员会|中方|牵头人: a side's post in a joint body, as printed
        if qualifier is not None and qualifier.label == "PLACE" and title in _HEADS_OF_STATE \
                and qualifier.name not in countries and text[qualifier.start - 1:qualifier.start] in TRANSLITERATION:
            qualifier = None  # 范德|贝伦总统: a city names no head of state; the name of a person holds it
        unit = _NUMBERED_UNIT.search(text, max(0, start - 8), start) if qualifier is None and title in _UNIT_TITLES else None
        if unit is not None and (title in ("政委", "政治委员", "参谋长") or title[0] == unit.group(1)[-1]
                                 or title == "军团长" and unit.group(1) == "军团"):
            found.append(Candidate(unit.start(), end, "POSITION", text[unit.start():end], RULE))  # 红十团|团长, 第五师|师长
            last_qualified, last_post, previous = (unit.start(), end), (end, unit.group(), title), (end, unit.group())
            ends.add(end)
            continue
        branch = 2 if qualifier is None and title in _MILITARY_TITLES and text.endswith(_BRANCHES, 0, start) else 0
        if branch and (country := by_end.get(start - branch)) is not None and country.name in countries:
            begin = country.start  # 美国空军|司令: of a country's air force, navy or army
            found.append(Candidate(begin, end, "POSITION", text[begin:end], RULE))
            last_qualified, last_post, previous = (begin, end), (end, text[begin:start], title), (end, text[begin:start])
            ends.add(end)
            continue
        if branch and (start == branch or text[start - branch - 1] in "、，。；：（\n"):
            begin = start - branch  # 、陆军|参谋长巴杰瓦, 。海军|司令员…: a branch named bare, of the forces the text is about
            found.append(Candidate(begin, end, "POSITION", text[begin:end], RULE))
            last_qualified, last_post, previous = (begin, end), (end, text[begin:start], title), (end, text[begin:start])
            ends.add(end)
            continue
        letter = start - (branch or 1) - 1  # where the country's letter is: 以|军总参谋长, 以|空军司令
        if qualifier is None and title in _MILITARY_TITLES and (text[start - 1:start] == "军" or branch) and letter >= 0 \
                and text[letter] in _ARMY_LETTERS \
                and (letter == 0 or not is_han(text[letter - 1]) or text[letter - 1] in "和与及同对向据称"):
            begin = letter  # 以军|总参谋长, 以空军|司令: of its army, by the country's letter
            found.append(Candidate(begin, end, "POSITION", text[begin:end], RULE))
            last_qualified, last_post, previous = (begin, end), (end, text[begin:start], title), (end, text[begin:start])
            ends.add(end)
            continue
        if qualifier is None and title in _ENVOY_TITLES and text[start - 2:start - 1] == "驻" \
                and text[start - 1] in PARTNER_LETTERS:
            begin = start - 2  # 俄罗斯驻美|大使, 俄驻美|大使: the envoy of a country to one named by its letter
            sender = by_end.get(begin)
            begin = sender.start if sender is not None and sender.label == "PLACE" \
                else begin - 1 if text[begin - 1:begin] in PARTNER_LETTERS else begin
            found.append(Candidate(begin, end, "POSITION", text[begin:end], RULE))
            last_qualified, last_post, previous = (begin, end), (end, text[begin:start], title), (end, text[begin:start])
            ends.add(end)
            continue
        if qualifier is None and title in _LETTER_TITLES and _country_letter_before(text, start):
            end = _staff_end(text, end)  # 俄总统|助理
            found.append(Candidate(start - 1, end, "POSITION", text[start - 1:end], RULE))  # 美|国防部长, 俄|外长
            last_qualified, last_post, previous = (start - 1, end), (end, text[start - 1], title), (end, text[start - 1])
            ends.add(end)
            continue
        if qualifier is None and text.endswith("中央委员会", 0, start) and title in _PARTY_HEADS \
                and (start == 5 or text[start - 6] in "。；：，\n届"):
            qualifier = Candidate(start - 5, start, "ORG", "中央委员会", RULE)  # 。中央委员会|总书记: the party's own,
            # named bare in its plenum's communiqué
        if qualifier is None and title.startswith("中央") and (body := by_end.get(start + 2)) is not None \
                and body.label == "ORG" and body.start < start and len(title) > 2:
            qualifier = body._replace(end=start)  # 越共|中央委员 (the title opens with the last word of the party's centre)
        if qualifier is None and title.startswith("自治区") and (inner := by_end.get(start + 3)) is not None \
                and inner.start < start and inner.label == "PLACE":
            qualifier = inner  # 内蒙古自治区|主席 (the title 自治区主席 runs into the place)
        if qualifier is None and title[1:] == "长" and (inner := by_end.get(start + 1)) is not None \
                and inner.start < start and inner.label == "PLACE" and text[start] == title[0]:
            qualifier = inner  # 北京市长, 高雄市长: the division's level is the title's first character
        if qualifier is None and (office := _OFFICE_OF_BODY.search(text, max(0, start - 4), start)) \
                and (body := by_end.get(office.start())) is not None \
                and (body.label == "ORG" or body.label == "COMPANY" and office.group() in _BOARDS
                     or body.label == "PLACE" and office.group()[:2] in ("党委", "纪委")):
            qualifier = body._replace(end=start)  # 共青团中央|书记处|第一书记, 法国达飞集团|董事会|主席: a body's office;
            # 顺平县腰山镇|党委原|书记: a division's party committee
        if qualifier is None and text.endswith(_GROUP_HEADS, 0, start):
            body = next((body for at in range(max(0, start - _GROUP_REACH), start - 2) if (body := by_end.get(at))
                         is not None and body.label == "ORG" and _GROUP_SENT.fullmatch(text, at, start)), None)
            qualifier = body._replace(end=start) if body else None  # 国务院|事故调查组|组长, 国务院|第五督查组|组长: a group
            # the body sends, named by its task or number
        if qualifier is None and (scope := _SCOPE.search(text, max(0, start - 4), start)) is not None \
                and (firm := by_end.get(scope.start())) is not None and firm.label in ("COMPANY", "ORG"):
            qualifier = firm._replace(end=start)  # 瑞士信贷集团|全球|首席执行官, …公司|中国区|总裁: the firm's, for a region
        if qualifier is None and (unit := _unit_of_body(text, start, by_end)) is not None:
            qualifier = unit  # 民政部|规划财务司原|司长, 中国电信河北分公司|市场部|副总经理: a unit inside a body or a firm
        term = _TERM_BEFORE.search(text, max(0, start - 5), start) if qualifier is None else None
        former = qualifier is None and (text[start - 1:start] in ("前", "原") and by_end.get(start - 1)
                                        or term is not None and by_end.get(term.start()))
        if former:  # 美国前财长, 上海市委原常委, 新加坡时任总理, 澳门特别行政区第六任行政长官: a post of a term, as printed
            qualifier = former
        if qualifier is not None:  # the post as printed: 湖北省人民政府代省长, not 湖北省政府代省长
            begin = qualifier.start
            inner_name = qualifier.name
            levels = 1
            while (outer := by_end.get(begin)) is not None and outer.label == "PLACE" \
                    and (outer.name not in _above_cities() or levels >= 2
                         or outer.name in countries and inner_name in resources.world_cities()) \
                    and inner_name not in countries:
                begin, inner_name, levels = outer.start, outer.name, levels + 1  # 成都市温江区寿安镇|岷江村党委书记: the
                # places that hold it, as printed, a province too before two or more (辽宁省|盘锦市大洼区副区长); not
                # 贵州省|贵阳市市长: the province is where the city is (but 美国|加利福尼亚州州长: a state abroad and its
                # country, as printed); nor 削弱欧洲|伊朗总统: a country sits in no place
            if qualifier.label in ("COMPANY", "ORG") and (outer := by_end.get(begin)) is not None and outer.name in countries \
                    and outer.name != "中国" and qualifier.name not in resources.world_bodies():
                begin = outer.start  # 法国|达飞集团董事会主席, 美国|彭博集团创始人, 巴勒斯坦|法塔赫主席: a foreign firm's or
                # body's post, as printed
            if text.startswith(_DIVISION_LEVELS, begin) and (foreign := _foreign_division_before(text, begin)) is not None:
                begin = foreign  # 阿特米萨|省委第一书记: a foreign province the gazetteer lacks
            if text[begin - 1:begin] == "驻":  # an envoy: 中国驻美国大使, 俄罗斯驻美国大使 (its country as printed)
                sender = by_end.get(begin - 1)
                begin = sender.start if sender is not None and sender.name in countries else \
                    begin - (3 if text[begin - 3:begin - 1] == "中国" else 1)
            edition = _EDITION_BEFORE.search(text, max(0, begin - 6), begin)
            if edition:  # 第五次全国经济普查领导小组组长: the body's edition belongs to the post as printed
                begin = edition.start()
                if text[begin - 2:begin] in ("政协", "人大"):
                    begin -= 2  # 政协第十四届全国委员会…副主任: the body the edition numbers
                else:
                    begin = _seat_holder_before(text, by_end, begin)  # 中国共产党|第十五届中央政治局委员: the party's seat
            if text[begin - 1:begin] in ("前", "原") and (begin == 1 or text[begin - 2] in _BEFORE_FORMER):
                begin -= 1  # ，原|县委书记姜仕坤: a former post of a body, as printed
            elif text[begin - 1:begin] in ("前", "原") and (whole := by_end.get(begin - 1)) is not None \
                    and whole.label in ("ORG", "PLACE"):
                begin = whole.start  # 中国人民解放军|原|总后勤部部长, 云南省|原|保山地委书记: a former body of the one
                # named before, or a former post in the province named before
            printed = text[begin:start]
            title = text[start:(end := _staff_end(text, end))]  # 美国总统|助理
            own = printed == "中国" and title.startswith(_CHINAS_OWN_POSTS)  # 中国|国家主席: the post named as at home
            found.append(Candidate(begin, end, "POSITION", title if own else printed + title, RULE))
            last_post = (end, printed, title)
            committee = next((c for c in _PARTY_COMMITTEES if title.startswith(c) and len(title) > len(c)), "")
            previous = (end, printed + committee)  # (宁夏回族自治区|党委书记、常委: the seats of 宁夏回族自治区党委)
            last_qualified = (begin, end)
        elif previous and (comma := start - 1 - (text[start - 1:start] in ("原", "前"))) == previous[0] \
                and text[comma] == "、" and not any(t in title for t in _OWN_LEVEL):
            # 董事长、总裁: the second post as printed; 吉林省委委员、常委、书记: the party committee's seats, each its own;
            # …名誉主席、|原主席: a former one
            name = previous[1] + title if previous[1].endswith(_PARTY_COMMITTEES) and title in _PARTY_SEATS else title
            if title in _HEADS_WITH_STAFF and (staff := _staff_end(text, end)) > end:
                name, end = name + text[end:staff], staff  # …副主席、|总统助理|纳菲阿: a head's staff
            found.append(Candidate(comma + 1, end, "POSITION", text[comma + 1:start] + name, RULE))
            previous = (end, previous[1])
        elif (at := max((k for mark in "兼、及" if (k := text.rfind(mark, max(0, start - 12), start)) in ends),
                        default=-1)) >= 0 \
                and _CONCURRENT.fullmatch(text, at, start) and not any(at + 1 < e < start for e in ends) \
                and (text[at] == "兼" or _qualifies_a_second_post(text[at + 1:start])):
            found.append(Candidate(at + 1, end, "POSITION", text[at + 1:end], RULE))  # 环境部长兼|交通部长: a second post
            previous = (end, previous[1]) if previous else None  # (欧盟委员会副主席、|外交与安全政策高级代表: one more;
            # not 总统、|李显龙总理, a name; 副总统兼|总理和穆罕默德王储: another post ends after 兼)
        elif committee := _COMMITTEE_TAKEN.search(text, max(0, start - 12), start):  # 任命苏贵光为|提案委员会|驻会副主任
            found.append(Candidate(committee.start(1), end, "POSITION", text[committee.start(1):end], RULE))
            previous = (end, committee.group(1))
        elif text.endswith("常委会", 0, start) and not title.startswith("常委"):  # 常委会委员庞丽娟: of the standing
            begin = start - 5 if text.endswith(("人大常委会", "政协常委会"), 0, start) else start - 3  # committee named
            found.append(Candidate(begin, end, "POSITION", text[begin:end], RULE))  # before (、|人大常委会主任石泰峰)
            previous = (end, text[begin:start])
        elif (edition := _EDITION_BEFORE.search(text, max(0, start - 6), start)) and title.startswith(("中央", "全国")):
            begin = _seat_holder_before(text, by_end, edition.start())  # 中国共产党|第十五届中央政治局委员, as printed
            found.append(Candidate(begin, end, "POSITION", text[begin:end], RULE))
            previous = (end, text[edition.start():start])  # 第二十届中央候补委员: a seat on the Central Committee
        elif title.startswith(_DIVISION_LEVELS) and (province := _foreign_division_before(text, start)) is not None:
            found.append(Candidate(province, end, "POSITION", text[province:end], RULE))  # 阿特米萨|省长
            previous = (end, text[province:start])
        elif last_post and _same_body_again(text, last_post, start, title):
            found.append(Candidate(start, end, "POSITION", last_post[1] + title, RULE))  # …宪法法律委副主任委员沈春耀作的…，
            previous = None  # 主任委员信春鹰…，副主任委员周光权…: the posts of the same body, named once before
        elif (comma := text.rfind("、", max(0, start - 7), start)) in ends and start - comma > 2 \
                and all(is_han(ch) and ch not in LEFT_STOPS for ch in text[comma + 1:start]) \
                and not _names_someone(text[comma + 1:start]):
            found.append(Candidate(comma + 1, end, "POSITION", text[comma + 1:end], RULE))  # 中央军委主席、|军委联指
            previous = (end, text[comma + 1:start])  # 总指挥: a post of a body the text names by a short form of its own
        else:
            former = text[start - 1:start] in ("前", "原") and (start == 1 or text[start - 2] in _BEFORE_FORMER)
            begin = start - 1 if former else start - 2 if text.endswith("候任", 0, start) else start  # 、|前总理|拉法兰,
            # 的|前贸工部长: a post held before, 、|候任行政长官: one about to be taken, as printed
            if text[begin - 1:begin] == "方" and text[begin - 2:begin - 1] in PARTNER_LETTERS:
                begin -= 2  # 美方|主席, 中方|牵头人: a side's post in a body of two
            found.append(Candidate(begin, end, "POSITION", text[begin:end], WEAK))
            previous = None
        ends.add(end)
    found = [c for c in found if not (text.startswith("令", c.end) and text[c.end + 1:c.end + 2] in _AFTER_DECREE)
             and not (c.name.endswith("成员") and not c.name[:-2].endswith(_SEATED_BODIES))]  # (a bare 成员 too: 宣讲团|成员)
    found = [_in_an_unnamed_unit(text, c) for c in found]
    collective = [c for c in found if c.name.endswith(COLLECTIVE)]
    if not collective:
        return found
    return [c if c not in collective else c._replace(priority=WEAK) for c in found
            if c not in collective or not text.endswith("国家", 0, c.end - len(COLLECTIVE))]  # (党和国家领导人: a rank)


def _in_an_unnamed_unit(text: str, post: Candidate) -> Candidate:
    """A bare title after the unnamed military unit it is held in takes it in, as printed (海军某潜艇基地|政委, 某艇员队电工班|
    班长), where the unit opens a list item or a clause."""
    low = max(0, post.start - 16)
    unit = _UNNAMED_UNIT_BEFORE.search(text[low:post.start]) if post.priority == WEAK and "某" in text[low:post.start] \
        else None
    start = low + unit.start() if unit else 0
    if unit is None or text[start - 1:start] not in ("", "、", "，", "：", "\n"):
        return post
    return post._replace(start=start, name=text[start:post.end], priority=RULE)


_UNNAMED_UNIT_BEFORE = re.compile(rf"(?:海军|陆军|空军|火箭军|武警)?某[{HAN}]{{1,10}}?(?:基地|部队|部|队|班|站|旅|团|营|连|舰|艇|所)$")
_SEATED_BODIES = ("小组", "委员会", "理事会", "党组", "常委会")  # whose members hold a seat (中央财经领导小组成员; not
# 二十国集团|成员, “丝路海运”联盟|成员: members of a group or an alliance)
_AFTER_DECREE = ("", "，", "。", "；", "：", "说", "第", "（")  # after 令 ending a decree named by its issuer's post (中华人民
# 共和国主席令。, 主席令说: not a post; 副主席|令计划: a name)


def _names_someone(run: str) -> bool:
    """A person's name (李强|总理, 欧尔班|总理, the gazetteer's: 周恩来|总理) or a verb (感恩|总书记) before a title, not a
    body."""
    known = builtin().get(run)
    return is_plausible_name(run) or TRANSLITERATION.issuperset(run) or word_tag(read(run)[0]).startswith("v") \
        or known is not None and known[0] == "PERSON"


_HEADS_OF_STATE = frozenset({"总统", "副总统", "首相", "国王", "女王", "王储"})  # titles a city never qualifies
_HEADS_WITH_STAFF = tuple(sorted(_HEADS_OF_STATE | {"总理"}))  # heads named bare whose staff a title after them names


# A title that groups hold as well (二十国集团领导人峰会, 两国领导人): a post only next to a person's name (…领导人哈尼亚).
COLLECTIVE = "领导人"
_SAME_BODY_REACH = 120  # how far after a qualified post a bare one of its body may follow in the same sentence
_DEPUTY = re.compile("^(?:常务)?副")


def _same_body_again(text: str, last_post: tuple[int, str, str], start: int, title: str) -> bool:
    """Whether a bare title at `start` is a post of the body named with the last qualified post: the same title or its
    deputy's, opening a clause of the same sentence (…副主任委员沈春耀作的…，|主任委员信春鹰…)."""
    end, body, last_title = last_post
    return len(body) >= 3 and start - end <= _SAME_BODY_REACH and text[start - 1:start] in ("，", "；") \
        and "。" not in text[end:start] and _DEPUTY.sub("", title) == _DEPUTY.sub("", last_title) \
        and len(title) >= 3


_BOARDS = ("董事会", "监事会", "理事会")
_GROUP_HEADS = ("调查组", "督查组", "督导组", "督察组", "巡视组", "指导组", "工作组", "专家组")  # the groups a body sends
_OFFICE_OF_BODY = re.compile(f"(?:书记处|办公厅|秘书处|主席团|董事会|监事会|理事会|纪委|党委|{'|'.join(_GROUP_HEADS)})[原前]?$")
# (between a body and a post in it: 国务院|调查组|组长)
_GROUP_SENT = re.compile(rf"(?:第[{NUMERALS}\d]{{1,3}}|[{HAN}]{{2,4}})(?:{'|'.join(_GROUP_HEADS)})")
_GROUP_REACH = 10  # characters from a body's end to its group's title
# A unit inside a body or a firm, named between it and a post (a former one: 原): 规划财务司原, 市场部, 汉兴派出所; the
# title after it vouches for the heads a unit has no name of its own with.
_POST_UNIT_HEADS = ("分公司", "分行", "支行", "部", "科", "室", "所", "(?<![联关体派维干水星谱直])系", "工作队", "工作组", "厂")
# (军事训练系, 鞍钢|炼铁厂|副厂长; not 联系, 体系)
_TEAMS_OF_PLACES = ("工作队", "工作组")  # the teams a place hosts (十八洞村|扶贫工作队|队长)
_UNIT = re.compile(rf"(?:(?![的和及在是为对等兼])[{HAN}]){{1,10}}(?:{'|'.join(UNIT_HEADS + _POST_UNIT_HEADS)})[原前]?")


_PARTY_TERMS = re.compile(rf"第[{NUMERALS}\d]+届(?:、第?[{NUMERALS}\d]+届)*中央委员会$")


def _party_term_before(text: str, start: int, by_end: dict[int, Candidate]) -> int | None:
    """The start of a party named with the terms of its Central Committee right before a title (中国致公党|第十一届、
    十二届中央委员会|主席: the post as printed), or None."""
    terms = _PARTY_TERMS.search(text, max(0, start - 24), start) if text.endswith("中央委员会", 0, start) else None
    begin = _party_before(by_end, terms.start(), ("党", "同盟", "学社", "会")) if terms else None
    return begin if terms and begin < terms.start() else None


def _party_before(by_end: dict[int, Candidate], at: int, heads: tuple[str, ...]) -> int:
    """The start of a party (a body whose name ends in one of `heads`) ending at `at`, else `at`."""
    party = by_end.get(at)
    return party.start if party is not None and party.label == "ORG" and party.name.endswith(heads) else at


def _seat_holder_before(text: str, by_end: dict[int, Candidate], at: int) -> int:
    """The start of the party or the Communist Youth League whose term of office ends at `at` (中国共产党|第十五届…,
    共青团|十九届中央书记处第一书记: the seat as printed), else `at`."""
    return at - 3 if text.endswith("共青团", 0, at) else _party_before(by_end, at, ("党",))


def _unit_of_body(text: str, start: int, by_end: dict[int, Candidate]) -> Candidate | None:
    """The body, firm or place and the unit of it named right before the title at `start` (as one qualifier; the one that
    starts first: 张家界市环保局环境监测中心站|分析室, not 市环保局|环境监测中心站分析室), or None."""
    bodies = [body for end in range(max(0, start - 14), start - 1) if (body := by_end.get(end)) is not None
              and (body.label in ("ORG", "COMPANY") or body.label == "PLACE" and text.endswith(_TEAMS_OF_PLACES, end, start))
              and _UNIT.fullmatch(text, end, start)]
    return min(bodies, key=lambda body: body.start)._replace(end=start) if bodies else None


_DIVISION_LEVELS = ("省委", "州委", "市委", "省长", "州长", "市长")  # a post of a division, named before it


def _foreign_division_before(text: str, at: int) -> int | None:
    """The start of a foreign division's name of two to six transliterated characters right before `at`, after a
    list mark or a clause's start (古巴共产党中央政治局委员、|阿特米萨|省委第一书记), or None."""
    start = transliterated_before(text, at, 6)
    return start if at - start >= 2 and (start == 0 or text[start - 1] in "、，；：\n") else None


# Titles of envoys to a country its one-character name may qualify (驻美|大使).
_ENVOY_TITLES = frozenset({"大使", "总领事", "领事", "临时代办"})
# Titles of office holders abroad that a country's one-character name may qualify (美国防部长, 俄外长, 日外相).
_LETTER_TITLES = frozenset({"外长", "副外长", "防长", "财长", "外相", "国防部长", "外交部长", "财政部长", "总统", "首相", "总理", "国务卿",
                            "议长"})


@lru_cache(maxsize=None)
def _staff_words() -> re.Pattern:
    """The staff of `STAFF` that are no titles the scan finds (助理, 顾问), before no word they open (助理研究员 is a
    title; 国王顾问团 a body)."""
    words = sorted((w for w in STAFF if w not in resources.titles()), key=lambda w: (-len(w), w))
    return re.compile(f"(?:高级)?(?:{'|'.join(words)})(?![{HAN}]?[研员]|[团组委会])")


def _staff_end(text: str, end: int) -> int:
    """The end of the staff word serving the post that ends at `end` (俄总统|助理), else `end`."""
    staff = _staff_words().match(text, end)
    return staff.end() if staff else end


_MILITARY_TITLES = frozenset({"总参谋长", "参谋长", "总司令", "司令", "司令员", "政治委员", "政委", "副总参谋长", "发言人"})
_ARMY_LETTERS = frozenset(PARTNER_LETTERS) - set("中新老非")  # 以军, 俄军, 美军: a country's armed forces by its letter
_SCOPE = re.compile("(?:全球|中国区|大中华区|亚太区|亚洲区)$")  # the region a firm's post covers
# A numbered unit of an army and the titles of its heads: 红十团|团长, 红三军团|军团长, 第五师|师长, 红五团|政委.
_NUMBERED_UNIT = re.compile(rf"(?:红|第|新)?(?:\d+|[{NUMERALS}]+)(军团|军|师|旅|团|营|连)$")  # (right before the title)
_UNIT_TITLES = frozenset({"军团长", "军长", "师长", "旅长", "团长", "营长", "连长", "政委", "政治委员", "参谋长"})
_BRANCHES = ("空军", "海军", "陆军")  # 以空军司令, 美国海军司令: a branch of a country's forces


def _country_letter_before(text: str, at: int) -> bool:
    """A country's one-character name right before `at`, opening a clause or an item (，美|国防部长; not 中俄|外长)."""
    letter = text[at - 1:at]
    return bool(letter) and letter in LETTERS_ABROAD \
        and (at == 1 or not is_han(text[at - 2]) or text[at - 2] in "和与及同对向据称")


_TOWN_OPENED = re.compile(rf"长[{HAN}]{{1,2}}(?:[乡镇](?![长委党政])|村(?![长委民])|街道)")  # (唐古拉镇|长江源村: a village,
# though 江 is a surname; 徐汇区|长桥街道)
_LEVEL_ENDS = frozenset("市县区旗州盟")  # the last character of a division's full name
_STRENGTHS = re.compile(rf"、[{HAN}]{{0,6}}所[需急能长]")  # 天津所长、所需; 发挥福建所长、服务国家所需: strengths, not a post


def _name_follows(text: str, at: int) -> bool:
    """Whether a name opens at `at` though a word runs across its start: 局长|江夏, 副市长|江敦涛, 会长|河野洋平 (a Japanese
    name); not 南京市长|江大桥 (a three-character name whose given name is a word)."""
    from policykg.extract.person import is_plausible_name, japanese_name, read_name, transliterated_name_closed

    if japanese_name(text, at) is not None or transliterated_name_closed(text, at):
        return True  # (外长|久里奇|等: a transliteration up to what follows names)
    end = read_name(text, at)
    known = end is not None and (entry := builtin().get(text[at:end])) is not None and entry[0] == "PERSON"
    return end is not None and is_plausible_name(text[at:end], -2.5) \
        and (known or not (end == at + 3 and text[at + 1:end] in resources.dictionary()))  # (组长|孙春兰: a known name)


# Between a person and a post held at a place: …|在兰考当|县委书记, 到兰考先后任|…, 被派驻到宕昌县担任|驻村第一书记.
SERVED_AT = re.compile(rf"(?:当年|早年|曾经|曾)?(?:被?(?:派驻|选派|下派|派)(?=到))?[在到][{HAN}]{{1,10}}?(?:先后)?(?:担任|当|任)")


def _served_at(text: str, start: int, person_ends: set[int]) -> bool:
    """Whether a post at `start` is one a person named just before holds at a place (`SERVED_AT`)."""
    return any((served := SERVED_AT.match(text, end)) is not None and served.end() == start
               for end in range(max(0, start - 20), start - 2) if end in person_ends)


def keep_bare(text: str, mentions: list[Candidate]) -> list[Candidate]:
    """Drop bare titles, and memberships of a body (…成员), that neither touch a person nor sit in a stack of titles that
    does, and places that are a title right after a person or at the end of a post (哈桑纳尔|苏丹, 文莱|苏丹: the sultan,
    not Sudan)."""
    person_starts = {m.start for m in mentions if m.label == "PERSON"}
    person_ends = {m.end for m in mentions if m.label == "PERSON"}
    post_starts = {m.end: m.start for m in mentions if m.label == "POSITION"}
    mentions = [m for m in mentions if not (m.label == "PLACE" and title_pattern().fullmatch(text, m.start, m.end) and (
        m.start in person_ends or post_starts.get(m.end, m.start) < m.start))]  # (文莱|苏丹: the title of a post)
    positions = sorted((m for m in mentions if m.label == "POSITION"), key=lambda m: -m.start)
    leads: set[int] = set()  # starts of titles whose stack ends at a person
    drop: set[Candidate] = set()
    after_person = set(person_ends)  # where a title may follow a person, and the titles stacked on it: 习近平总书记、国家主席
    after_person |= {m.end() for end in person_ends if (m := _ACTING_AS.match(text, end))}  # 习近平同志作为|…、国家主席
    for pos in sorted(positions, key=lambda m: m.start):
        if pos.start in after_person or text[pos.start - 1:pos.start] == "、" and pos.start - 1 in after_person:
            after_person.add(pos.end)
    for pos in positions:
        stacked = pos.end < len(text) and text[pos.end] in "、兼" and pos.end + 1 in leads  # 国务委员兼|国务院秘书长吴政隆
        stacked = stacked or pos.start - 1 in after_person and text[pos.start - 1] == "、"
        then = text.endswith("时任", 0, pos.start) and text.startswith("的", pos.end) and pos.end + 1 in person_starts
        named = text.startswith("是", pos.end) and pos.end + 1 in person_starts
        if pos.end in person_starts or stacked or then or named or _spaced_from_a_name(text, pos, person_starts):
            # (时任|国家副主席|的习近平: the post the person held then; 执行主席是|杜青林: who holds it)
            leads.add(pos.start)
        elif pos.name.endswith("成员") and not pos.name.endswith("党组成员") and pos.start not in person_ends:
            drop.add(pos)  # 二十国集团成员|都是…大国: members, no post (but 中央财经领导小组成员|刘云山)
        elif pos.priority == WEAK and pos.start not in person_ends and not appointee_before(text, pos.start) \
                and counted_after_names(text, pos.start, person_ends) is None \
                and not (pos.name in ENVOYS and pos.start in after_person) \
                and not any(text.endswith(verb, 0, pos.start) and (
                    pos.start - len(verb) in after_person or takes_after_and(text, pos.start - len(verb), after_person))
                    for verb in TAKING) and not _served_at(text, pos.start, person_ends):
            drop.add(pos)  # (以习近平同志为|总书记的党中央: held as the frame says; not 习近平主席就任|国家主席: taken by a
            # person, `pipeline._holds`; 习近平主席|特使: whose envoy)
    return [m for m in mentions if m not in drop]


_ACTING_AS = re.compile("(?:同志)?(?:将|还将)?作为")  # between a person and the posts they act in


def _spaced_from_a_name(text: str, pos: Candidate, person_starts: set[int]) -> bool:
    """A title and a name after spaces: a report's author (省长 李炳军 on a line of its own, ——2025年1月16日省长
    李乐成在…的讲话)."""
    gap = pos.end
    while gap < len(text) and text[gap] in " \u3000\t":
        gap += 1
    return gap > pos.end and gap in person_starts

