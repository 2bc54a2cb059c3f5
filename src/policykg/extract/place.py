"""PLACE: divisions, functional zones, economic regions, countries, towns and communities.

Gazetteer hits come from the lexicon; this module adds what patterns find next to
them: zones named after a place (璧山高新区) and the towns, streets and
communities that follow a district (九龙坡区二郎街道云泽路社区); and the countries
named by one character in bilateral phrases (中美关系, 中新互联互通).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from functools import lru_cache

from policykg.extract import company, person, resources
from policykg.extract.candidates import CONTEXT, RULE, SHORT, Candidate
from policykg.extract.lexicon import builtin, is_known_place, is_word_like, short_form_owners
from policykg.extract.org import name_start
from policykg.extract.resources import dictionary, is_common_word, is_ordinary_word, word_tag
from policykg.extract.text import (DASHES, LEFT_STOP_WORDS, LEFT_STOPS, MAKING, MEETING_VERBS, MODALS, TRANSLITERATION,
                                   all_after, clause_start, crosses_word, scan, transliterated_after,
                                   transliterated_before)
from policykg.extract.words import read, reads_as_word, word_read_at
from policykg.vocabulary import (BILATERAL_PAIRS, COUNT_NUMERALS, COUNTRY_LETTERS, HAN, NUMERALS,
                                  PROVINCE_BY_LETTER, PROVINCE_LETTERS, is_han)

_NEW_TOWN = r"(?:科学|科技|科创|创新|智慧)城(?!市)"  # 光明科学城, 东湖科学城 (not 智慧城市, a kind of city)
# A zone or region named after a place, right after it or after a few words (成都平原经济区, 湖北自贸区,
# 长三角生态绿色一体化发展示范区, 济南新旧动能转换起步区).
_ZONE_HEADS = (r"(?:高新技术产业开发区|经济技术开发区|自由贸易试验区|综合保税区|保税港区|保税物流园区|保税区|高新区|经开区|新区|自贸片区|自贸区|"
               r"综保区|农高区|农综区|开发区|工业园区|产业园区|工业园|工业区|化工区|" + _NEW_TOWN + r"|都市圈|都市区|城市群|城市圈|城市带|城镇带|经济圈|经济特区|经济区|经济带|"
               r"试验区|实验区|示范区|先行区|先导区|引领区|起步区|合作区|功能区|商务中心区|商务区|经济走廊|自创区|港区|革命老区|集聚区|互贸区|"
               r"城市副中心)")
_ZONE = re.compile(rf"(?:((?:(?![、，。；：“”（）各]|(?<![高平对均相])等)[{HAN}]){{0,14}}?){_ZONE_HEADS}|(?:新城|园区))(?![线路站])")  # not
# 上海示范区线, a metro line; not 上海等|自贸试验区
_ZONE_KIND = re.compile(_ZONE_HEADS)


_ZONE_ENDING = re.compile(_ZONE_HEADS + "$")


def zone_head_at(name: str) -> int | None:
    """Where the head of a zone or region that ends `name` starts (雄安|新区, 潍坊|经济开发区), or None."""
    head = _ZONE_ENDING.search(name)
    return head.start() if head else None


def opens_zone(text: str, at: int) -> bool:
    """A zone's head comes right at `at` (海东|都市圈: the word 东都 does not hide the place before it)."""
    return bool(_ZONE_KIND.match(text, at))
# Parts of a province named by its one-character abbreviation and a direction: 粤东, 鲁西南, 皖北, 川南; 南疆.
_PROVINCE_LETTERS = "".join(ch for ch in PROVINCE_LETTERS if ch not in "蜀贵云秦宁新港澳台")  # one letter, one province
# The first character as a set of its own, told apart after it (`(?<=…)`): the scan skips to such characters.
_DIRECTIONAL = re.compile(rf"[{_PROVINCE_LETTERS}南北东](?:(?<=[{_PROVINCE_LETTERS}])(?:东西北|东南|东北|西南|西北|中南|东|西|南|北|中)"
                          r"(?:部|地区)?|(?<=[南北东])疆)")
_BODY_HEAD = re.compile(r"科学院|研究院|研究所|大学|学院|实验室|中心|集团|公司")
_LEVELS = set("省市县区镇乡村街道社组")
_SUBUNIT = re.compile(rf"((?:(?![省市县区州]|旗(?!村))[{HAN}]){{1,5}}?)(街道|大街|镇|乡|社区|(?<!农)村(?!社区)|嘎查|胡同|"
                      "巷(?![子道口村镇社]))(?![民委干级庄落长里])")  # (民主村社区: a community named after a village)
# (no level of a division inside the name, but the 旗 of 红旗村; not …农村, the countryside; 嘎查: a village of Inner
# Mongolia, 伊金霍洛旗|苏布尔嘎嘎查)


# Verbs that say what a zone does, part of its name (丝绸之路经济带|创新驱动发展试验区, 长江|开放合作示范区).
_ZONE_WORK = frozenset({"创新", "发展", "开放", "改革", "转型", "融合", "协同", "合作", "开发", "引领", "示范", "驱动", "保护",
                        "振兴", "承接", "共享", "统筹", "试验"})


_MANNER = frozenset({"全面", "大力", "积极", "着力", "持续", "加快", "加速", "深入", "扎实", "稳步"})  # (the dictionary tags
# some of them nouns)
# Verbs of governance the dictionary tags otherwise (an adjective, a verbal noun): 广东省|健全光明科学城…联动发展机制.
_GOVERNING = frozenset({"健全", "优化", "培育", "壮大", "深化", "规范"})


def _opens_with_verb(words: str | None) -> bool:
    """平顶山|融入都市圈, 长株潭|纳入国家现代化都市圈: the words between a place and a zone's head open with a verb
    (not one that says what the zone does)."""
    pieces = read(words) if words else [""]
    if len(pieces) > 1 and pieces[0] in MODALS:
        return True  # 巴彦淖尔|要用好国家农高区
    if len(pieces) > 2 and len(pieces[0]) == 1 and word_tag(pieces[0]) == "v" and pieces[1] in ("好", "成"):
        return True  # 景德镇|建好国家陶瓷文化传承创新试验区: a verb and its complement
    if len(pieces) > 1 and word_tag(pieces[0])[:1] == "v" and pieces[1] in ("国家级", "省级", "市级", "县级"):
        return True  # 辽宁省|启动省级经开区整合: a verb, then a rank (a kind of zone)
    if len(pieces) > 2 and pieces[0] in _MANNER and word_tag(pieces[1]) == "v" and pieces[1] not in _ZONE_WORK:
        return True  # 郑州|全面加速跨境电子商务综合试验区的建设: the manner of what a place does, then a verb
    return len(pieces[0]) > 1 and (word_tag(pieces[0]) == "v" and pieces[0] not in _ZONE_WORK or pieces[0] in _GOVERNING)


_REGION_AFTER_NAME = re.compile(r"(?:城市群|经济带|经济圈|经济走廊)$")  # not 湛江|临港经济区, 福州|都市圈


_HOST_ZONES = ("革命老区", "港区")  # zones that name further zones inside them


_ZONE_STOPS = frozenset("的和及在是为对把被将了成给办") | frozenset(("我国", "首个", "首批", "第一个"))
# read as words of their own, not inside one (农业对外开放, 目的地; 福建省|负责同志汇报了…示范区: a clause; 福建|成我国
# 首个…示范区: what a place became, ranked)


def _plausible_zone(zone: re.Match) -> bool:
    """Not across a verb or a word that ends a name (依托, 位于 …), a conjunction or a preposition read as a word
    of its own (对, not 对外), a body's head noun (河南省科学院|航空港区), nor an adverb before a verb."""
    words = read(zone.group(1)) if zone.group(1) else []
    return not _LEFT_STOP_WORD.search(zone.group()) and not _opens_with_verb(zone.group(1)) and \
        not (zone.group(1) and _ZONES_COUNTED.search(zone.group(1))) and \
        not (zone.group(1) and (_BODY_HEAD.search(zone.group(1)) or _INNER_ZONE.search(zone.group(1)))) and \
        not _ZONE_STOPS.intersection(words) and \
        not any(word_tag(adverb) == "d" and word_tag(verb) == "v" for adverb, verb in zip(words, words[1:]))
    # (京津冀|三省市已经分别完成首都经济圈: an adverb and a verb, a clause)


_ZONES_COUNTED = re.compile("^[两三四五六七八九十]个|[与和][^与和]{2,5}[两三四五]个")  # 福厦泉与合芜蚌|两个…示范区: zones of
# several places
_INNER_ZONE = re.compile("(?<![湾苏])区(?!域)")  # 两江协同创新区|科技服务业集聚区: a zone in the words, which names it


def zone_at(text: str, pos: int) -> re.Match | None:
    """The plausible zone whose words start at `pos`, if any."""
    zone = _ZONE.match(text, pos)
    return zone if zone and _plausible_zone(zone) else None


def _names_own_region(zone: re.Match) -> bool:
    """洛阳|中原城市群, 福建|海峡西岸经济区: the words between a place and a region's head open with a region's
    own name (a word the dictionary tags as a place), so the region is not named after the place before."""
    words = read(zone.group(1)) if zone.group(1) else []
    return bool(words) and len(words[0]) > 1 and word_tag(words[0]) == "ns" and bool(_REGION_AFTER_NAME.search(zone.group()))


_ROUND_NUMERALS = frozenset("百千万")  # 广西|万村篮球赛, 千村引领: counts of villages, no name
_COUNTING_TAGS = ("m", "d", "r", "b", "f", "s")  # how many or which of them (不少, 一些, 各个, 所有, 周边, 当地)
_AGES = frozenset("古老")  # one character before a level that says how old it is (古村, 古镇, 老街)
_KINDS_OF_UNITS = frozenset({"试点", "示范", "重点", "特色", "美丽", "文明", "先进", "行政", "贫困"})  # 龙江|民居试点村, 北京|受灾行政村,
# 吕梁山区|深度贫困村: a kind of village


def _verb_and_object(name: str) -> bool:
    """A frequent verb of two characters and what it takes (启动|完整, 实现|整): a clause, no name of a place."""
    pieces = read(name)
    return len(pieces) >= 2 and len(pieces[0]) >= 2 and word_tag(pieces[0]) in ("v", "vn") \
        and is_common_word(pieces[0], 1000)


def _plausible_subunit(text: str, sub: re.Match, in_town: bool = False) -> bool:
    """二郎街道, 澄江镇; not 推进城乡 (城乡 is a word), 是制造重镇 nor 县镇村 (levels, not a name), nor 台湾|乡建乡创 (a
    level opens no name), 万村, 民居试点村 (counts and kinds), 广西|启动完整社区 (a verb opens no name); in a town a village's last character may make a word with
    its level (神山村: 山村 is a word)."""
    name = sub.group(1)
    joint = text[sub.start(2) - 1:sub.end(2)]
    return (not is_ordinary_word(sub.group(), 3) and not is_common_word(sub.group(), 50)  # 新华村 (a rare place name)
            and not any(ch in LEFT_STOPS and (ch != "和" or i == 0 or not in_town) for i, ch in enumerate(name)) \
            and "的" not in name
            # (大巴山|深处的玉田村; but 涪陵区|睦和村: after its county or district, 和 inside the name)
            and not set(name) <= _LEVELS and name[0] not in "乡镇村" and (name[0] not in _ROUND_NUMERALS or in_town
                                                                         and len(name) >= 2)  # (刁窝镇|万全庄村, 排市镇|万家村)
            and name not in _AGES  # 安义|古村, 古镇古村: an old village, no name
            and name not in person.TAKING  # 宕昌县|担任|村党支部书记: the verb, then the post
            and not (len(name) >= 2 and name[0] not in COUNT_NUMERALS and word_tag(name) in _COUNTING_TAGS
                     and is_common_word(name, 1000) and not (in_town and name[0] in _ROUND_NUMERALS))
            # 和平区|不少街道: how many (not 余村, 十一村, 排市镇|万家村: names)
            and not (not in_town and word_tag(name) == "a" and is_common_word(name, 1000))  # 湖北|广大社区工作者: an
            # adjective says what the units are like, no name (but 某镇|幸福村)
            and not (name[0] in COUNT_NUMERALS and name[1:2] in "届个批名次位条座")  # 小沉渎村|四届村两委: a count; 喀什的|一条
            # 主干街道: one of a kind
            and name[-2:] not in _KINDS_OF_UNITS and not _verb_and_object(name)
            and (in_town or not is_common_word(joint, 20) or sub.group(2) == "村" and len(name) >= 3
                 and not is_common_word(name[:-1], 20) and not is_common_word(name[-2:], 20))
            # (淄博|北崮山村: no word opens a village's name, however 山村 reads; not 沙溪|古镇, 人才|下乡)
            and (not crosses_word(text, sub.end()) or text[sub.end() - 1:sub.end() + 1] == "村村"
                 and text[sub.end() + 1:sub.end() + 2] in _WORD_AFTER_VILLAGE))  # (尚坝村|村民: 村村 is a word)


_VILLAGE = re.compile(rf"([{HAN}]{{2,3}})(村)")
_TOWN_LEVELS = ("镇", "乡", "街道")
_VILLAGE_LEVELS = ("村", "社区", "嘎查")


def _below(place: str, level: str) -> bool:
    """Whether a unit of `level` (a `_SUBUNIT` level) may lie inside `place`: a town holds villages and communities, a
    village or a community nothing."""
    if place.endswith(_VILLAGE_LEVELS):
        return False
    return not (place.endswith(_TOWN_LEVELS) and level in _TOWN_LEVELS)


def _village_lists(text: str) -> list[Candidate]:
    """Villages listed without their town, opening a clause (，龙泉村、姚磨村入选…) or ending a list (在正定古城、
    塔元庄村、斜角头村，): two or more, each a name."""
    found: list[Candidate] = []
    for mark in re.finditer("村、", text):
        start = next((mark.start() - size for size in (3, 2) if mark.start() - size >= 0
                      and all(is_han(ch) for ch in text[mark.start() - size:mark.start()])
                      and (mark.start() - size == 0 or text[mark.start() - size - 1] in "，。；：、\n")), None)
        if start is None or any(c.start <= start < c.end for c in found):
            continue
        first = _VILLAGE.fullmatch(text, start, mark.end() - 1)
        if first is None or not _plausible_subunit(text, first, in_town=True):
            continue
        units = _listed_subunits(text, Candidate(start, mark.end() - 1, "PLACE", text[start:mark.end() - 1], RULE))
        if len(units) >= 2 and (text[start - 1:start] != "、" or text[units[-1].end:units[-1].end + 1] in ("，", "。", "；")):
            found += units
    return found


_WORD_AFTER_VILLAGE = "民委干级庄落长里组务寨"  # 村 opening a word, no village's level (村民, 村委, 村级, 村庄 …)
_VILLAGE_END = re.compile(f"村(?![{_WORD_AFTER_VILLAGE}])|社区(?![民居工服治网医卫])")


def _recurring_villages(text: str) -> list[Candidate]:
    """Villages and communities a story comes back to, named without their town (来到余村考察…余村携手周边…; 侗族村寨黄岗村
    荣获…; 镇上的锦屏社区…搬进了锦屏社区): one to three characters before 村 (two or three before 社区), printed twice or
    more (a name of one character, a surname, three times), no word of the dictionary across either end or with 村 (乡村,
    山村), nor a kind of village or community (示范村, 富裕村, 无疫社区). Of the names ending at one 村, the one printed most
    often (余村 in “大余村”)."""
    ends = [(match.end(), len(match.group())) for match in _VILLAGE_END.finditer(text)]  # (村, or 社区: 锦屏社区)
    printed = Counter(text[end - level - size:end] for end, level in ends for size in (3, 2, 1) if end - level - size >= 0)
    found = []
    for end, level in ends:
        names = [name for size in (3, 2, 1) if (size > 1 or level == 1)
                 and printed[name := text[end - level - size:end]] >= (3 if size == 1 else 2)]
        if not names or crosses_word(text, end) or crosses_word(text, end - level) and not _with_its_level(
                text, end - level, max(printed[name] for name in names)):
            continue
        names = [name for name in names if _village_name(text, end - len(name), end)
                 and not (len(name) == 4 and {name[:2], name[2:]} <= resources.tibetan_name_parts())]
        # (洛桑江村: a Tibetan person's name of two listed parts, 江村 one of them)
        if names:
            name = max(names, key=lambda n: (printed[n], len(n)))
            found.append(Candidate(end - len(name), end, "PLACE", name, RULE - 2))
    return found


_SIZES = frozenset("大小")  # before a kind of village, no name (小渔村, 大山村)


def _with_its_level(text: str, at: int, printed: int) -> bool:
    """Whether the only word across a village's level at `at` is a rare one of the name's last character and the level
    (辉山|村: 山村; not 新|农村, 小|渔村), in a name printed three times or more."""
    return printed >= 3 and not is_common_word(text[at - 1:at + 1], 300) and text[at - 2] not in _SIZES \
        and not crosses_word(text, at, side="left", min_inside=2) \
        and not crosses_word(text, at, side="right", min_inside=2)


_VILLAGE_POST = re.compile("村的?村(?:支书|党支部|党总支|主任|委会|两委|民委员会|第一书记)")


def _villages_before_their_posts(text: str) -> list[Candidate]:
    """A village right before a post of its own, which says 村 again (水桶村|村支书麻妹英, …村|村委会主任, 红岩村的|村支书): its
    name, though an everyday word (水桶), after a mark, a division or a verb."""
    found = []
    for match in _VILLAGE_POST.finditer(text) if "村村" in text or "村的村" in text else ():
        end = match.start() + 1
        start = next((end - 1 - size for size in (3, 2) if end - 1 - size >= 0 and all(
            is_han(ch) and ch not in LEFT_STOPS and (ch not in _NOT_IN_VILLAGE or size == 3 and ch in NUMERALS and k < 2
                                                     and text[end - 4] in NUMERALS and text[end - 2] not in NUMERALS)
            for k, ch in enumerate(text[end - 1 - size:end - 1]))
            and not (size == 3 and any(is_known_place(text[end - 3 - k:end - 3]) for k in (2, 3)))), None)
        # (…镇|三墩营村|村委会原主任; 邹城|韩庄村|村主任: a place before a name of two)
        if start is not None:
            found.append(Candidate(start, end, "PLACE", text[start:end], RULE - 2))
    for match in _VILLAGE_PARTY.finditer(text) if "村党" in text else ():  # 获评…的|横坎头村|党委
        own = match.group(1)
        if not any(ch in LEFT_STOPS or ch in _NOT_IN_VILLAGE for ch in own) and not is_common_word(own, 20):
            found.append(Candidate(match.start(), match.end(), "PLACE", match.group(), RULE - 2))
    return found


_VILLAGE_PARTY = re.compile(rf"(?<=[的，、。；：\n])([{HAN}]{{2,3}})村(?=党委|党支部|党总支)")  # a village's party committee


def _village_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], ending in 村 or 社区 and printed often enough, reads as a village's name (see
    `_recurring_villages`)."""
    name = text[start:end]
    own = name[:-2] if name.endswith("社区") else name[:-1]
    if own[-2:] in _KINDS_OF_UNITS or own[:1] in "无零" or own[-1:] == "旧" and word_tag(own[:-1]) == "v":
        return False  # (示范村, 无疫社区: a kind of village or community; 拆旧村: what is done to old villages)
    numbered = len(own) >= 3 and own[0] in NUMERALS and own[-1] not in COUNT_NUMERALS  # 十八洞村, not 两村 or 十八个村
    if not all(is_han(ch) and ch not in LEFT_STOPS and (ch not in _NOT_IN_VILLAGE or numbered and ch in NUMERALS)
               for ch in own) or crosses_word(text, start):
        return False
    if len(own) == 1:  # (余村 after a verb or a mark, and once where one goes; not 居|村 of 居村两委, 强村公司)
        return own in resources.surnames()[0] and not is_common_word(name, 1) \
            and (start == 0 or not is_han(text[start - 1]) or text[start - 1] in "到在来于的是") \
            and any(f"{verb}{name}" in text for verb in ("到", "在", "赴", "走进"))
    entry = builtin().get(own)
    if entry is not None and entry[0] == "PLACE" and entry[2] > CONTEXT:
        return not (name.endswith("社区") and entry[1] in resources.provinces())  # 北极村: named after a place (not
        # 城中村: 城中 is a place only with context; not 在湖北|社区考察: the communities of a province)
    if len(own) == 2 and word_tag(own) in ("ns", "nz") and own[-1] != "族" \
            and (not is_common_word(name, 5) or word_tag(name) == "ns"):
        return True  # 太平村, 和平村: a name the dictionary knows as a place's or a proper one (not 佤族村: a people's)
    return not is_common_word(own, 50) and not is_common_word(name, 5) \
        and not any(is_common_word(own[k:k + 2], 500) and not (numbered and own[k + 1] in NUMERALS)
                    and not (k == 0 and len(own) >= 3 and own[1] == "家" and own[0] in resources.surnames()[0])
                    for k in range(len(own) - 1))  # (提档|升级村; but 十八|洞村, 许家|冲村: a family's place)


# A village or a community named once where someone goes or something happens (到南晏村征求意见, 在枧溪村，, 小渔村——牛澳村,
# 在喜鹊溪社区积水…).
_VILLAGE_GONE_TO = re.compile(rf"(?:来到|走进|前往|选派到|到|在|赴|——|(?:贫困|示范|重点|试点)村)([{HAN}]{{2,3}}村|[{HAN}]{{2,4}}社区)"
                              rf"(?=[，。、；：的里]|调研|考察|看望|征求|召开|举行|开展|今年|迎来|积水)")


def _villages_gone_to(text: str) -> list[Candidate]:
    """Villages and communities named once after a verb of going, a locative, a dash or their kind (深度贫困村|赵家洼村), each a
    name (`_village_name`) and no word of the language (not 在新农村)."""
    return [Candidate(match.start(1), match.end(1), "PLACE", match.group(1), RULE - 2)
            for match in (_VILLAGE_GONE_TO.finditer(text) if "村" in text or "社区" in text else ())
            if dictionary().get(match.group(1)) is None and _village_name(text, match.start(1), match.end(1))]


_VILLAGE_OPENERS = frozenset("。；，\n是")  # what a village of two characters may follow (；平安村养肉牛, 。弄合村村民, 华屋是|黄沙村…)
_LIVING_IN = ("家住", "住在")  # …or where someone lives (家住乙在村的)
_SHORT_ITEM = re.compile(f"[{HAN}]{{1,2}}[、，；。]")


def _villages_opening_clauses(text: str) -> list[Candidate]:
    """Villages of two or three characters named once at a clause's opening or after 家住 (`_VILLAGE_OPENERS`,
    `_LIVING_IN`), each a name (`_village_name`) with no word across its 村 (not 。新农村, 。山村) and none of the
    dictionary's words, nor 村 opening a short item of a list (做靓|村歌、村超, 筑基|村小、)."""
    found = []
    at = text.find("村", 2)
    while at >= 0:
        end = at + 1
        for start in (at - 2, at - 3):
            if start >= 0 and (text[start - 1:start] in _VILLAGE_OPENERS and start > 0
                               or text.endswith(_LIVING_IN, 0, start)) \
                    and all(map(is_han, text[start:at])) and text[end:end + 1] not in _WORD_AFTER_VILLAGE \
                    and dictionary().get(text[start:end]) is None and not crosses_word(text, at) \
                    and not crosses_word(text, start) and not _SHORT_ITEM.match(text, end) \
                    and (end - start == 3 or word_tag(text[start])[:1] not in _FUNCTION_TAGS
                         and {text[start:start + 2], text[start + 2:end]} - resources.tibetan_name_parts()) \
                    and _village_name(text, start, end):  # (not 离|安乐村, 使|滕头村; not 洛桑江村, a Tibetan name)
                found.append(Candidate(start, end, "PLACE", text[start:end], RULE - 2))
                break
        at = text.find("村", at + 1)
    return found


_FUNCTION_TAGS = ("p", "d", "c", "v")  # the tags of a character that opens no village's name of three characters as a
# word of its own (a preposition, an adverb, a conjunction, a verb: 离|安乐村, 仅|新川村, 使|滕头村)
_VILLAGES_OF_A_ROUTE = re.compile(rf"从([{HAN}]{{2,3}}村)(?:通往|到|至|前往)([{HAN}]{{2,3}}?村)")


def _villages_of_a_route(text: str) -> list[Candidate]:
    """The villages a road or a walk runs between (从沙坝村通往乐红村的沙乐路), each a name (`_village_name`)."""
    return [Candidate(match.start(k), match.end(k), "PLACE", match.group(k), RULE - 2)
            for match in _VILLAGES_OF_A_ROUTE.finditer(text)
            if all(_village_name(text, match.start(k), match.end(k)) for k in (1, 2)) for k in (1, 2)]


_NOT_IN_VILLAGE = frozenset(COUNT_NUMERALS) | _LEVELS | set("个的级")  # 两村, 县镇村, 个典型村


def _listed_subunits(text: str, unit: Candidate) -> list[Candidate]:
    """`unit` and the units of its level listed after it (汪口村、篁岭村; 云台镇和海棠镇)."""
    units = [unit]
    level = unit.name[-2:] if unit.name.endswith(("街道", "社区")) else unit.name[-1]
    while text[units[-1].end:units[-1].end + 1] in ("、", "和", "与", "及") and units[-1].end < len(text):
        sub = _SUBUNIT.match(text, units[-1].end + 1)
        if not (sub and sub.group(2).endswith(level) and _plausible_subunit(text, sub, in_town=True)) \
                or any(county_before_own_town(text, k) for k in (sub.start() + 2, sub.start() + 3)):
            break  # (、房山|窦店镇: a county, then its town)
        units.append(Candidate(sub.start(), sub.end(), "PLACE", sub.group(), RULE))
        if text[sub.start() - 1] != "、":
            break  # 云台镇和|海棠镇: the last of the list
    return units


_LEFT_STOP_WORD = re.compile("|".join(LEFT_STOP_WORDS + ("视察", "考察", "调研", "来到", "前往")))
_NOT_ANCHORS = frozenset({"中国"})  # 美丽中国先行示范区, 中国—东盟自贸区: not zones of China


_FOREIGN_DIVISIONS = ("省", "州", "邦", "市")
# A state or republic of a country named right after it: 美国|加利福尼亚州, 俄罗斯联邦|鞑靼斯坦共和国.
_FOREIGN_STATE = re.compile(rf"(?:联邦)?([{''.join(sorted(TRANSLITERATION - {'·'}))}]{{2,8}}?(?:州|邦|共和国|自治区|大区))")
# The end of a division abroad named before the post of its head, with no country before it: 安达卢西亚|自治区|政府主席
# (not the 西亚 inside it); its name is the transliterated characters before (the scan opens with literals: fast).
_DIVISION_BEFORE_HEAD = re.compile(r"(?:州|省|自治区|大区)(?=(?:政府)?(?:主席|州长|省长|首席部长|行政长官)|议会)")


def _divisions_before_heads(text: str, places: list[Candidate]) -> list[Candidate]:
    """Divisions abroad of three to eight transliterated characters before the posts of their heads, that are no
    place of China and start inside no place found (not 澳大|利亚维多利亚州)."""
    found = []
    for match in _DIVISION_BEFORE_HEAD.finditer(text):
        start = transliterated_before(text, match.start(), 8)
        name = text[start:match.end()]
        if match.start() - start >= 3 and not (start and text[start - 1] in TRANSLITERATION) \
                and not any(map(is_known_place, (name, text[start:match.start()], name[:-1]))) \
                and not any(p.start < start < p.end for p in places):
            found.append(Candidate(start, match.end(), "PLACE", name, RULE))
    return found


# The level of a division or district abroad the gazetteer lacks, after its transliterated name (the scan opens with
# the literals: fast); not a post (阿特米萨省委, …省长).
_FOREIGN_LEVEL = re.compile(r"(?:州|省|市|邦|地区|社区)(?![委长]|政府)")
# Also districts and towns, in a text that names a place abroad (阿勒颇的|萨拉赫丁区, 莫斯科郊外|茹科夫斯基城).
_DISTRICT_LEVEL = re.compile(r"(?:区|(?<![古新老县都名京王皇])城)(?![委长域内外]|政府)")


def _level_matches(text: str, abroad: bool) -> list[re.Match]:
    """The levels of divisions abroad (`_FOREIGN_LEVEL`), and with `abroad` those of districts and towns after two
    transliterated characters (found from each 区 and 城: `re` would try each character)."""
    matches = list(_FOREIGN_LEVEL.finditer(text))
    if abroad:
        for word in ("区", "城"):
            for at in all_after(text, word):
                if text[at - 3:at - 2] in TRANSLITERATION and text[at - 2:at - 1] in TRANSLITERATION \
                        and (match := _DISTRICT_LEVEL.match(text, at - 1)) is not None:
                    matches.append(match)
        matches.sort(key=lambda m: m.start())
    return matches
_BEFORE_FOREIGN_DIVISION = frozenset("，。、；：\n（和与及的在至到部")  # a mark, a list word or a direction (西部)


def _listed_with_its_level(text: str, level: re.Match) -> bool:
    """苏梅州和|哈尔科夫州: a division named by two characters, listed before one of its level named by three or more
    transliterated ones."""
    if text[level.end():level.end() + 1] not in "和、及与":
        return False
    end = transliterated_after(text, level.end() + 1, 7)
    return end - level.end() - 1 >= 3 and text.startswith(level.group(), end)


def _transliterated_divisions(text: str, abroad: bool) -> list[Candidate]:
    """Divisions abroad named by three to seven transliterated characters and their level, after a mark, a list word
    or a direction (以色列媒体报道，|纳哈里亚市; 伊拉克西部|安巴尔省; 印度西部|古吉拉特邦; 加沙城东部的|舒贾亚社区), whose name holds no
    known place at its start (not 巴西|里约热内卢市): the level belongs to the name of a state, province or city, not
    to that of a district (托雷茨克|地区); `abroad`: the text names a place abroad, so districts and towns are looked
    for too."""
    found = []
    countries = resources.foreign_countries()
    for match in _level_matches(text, abroad):
        start = transliterated_before(text, match.start(), 9)
        if match.start() - start < 2:
            continue  # (most levels: a Chinese name before them)
        country = None if match.start() - start < 4 else next(
            ((cut, size) for cut in range(start + 1, match.start() - 2) for size in (4, 3, 2)
             if cut >= size and (entry := builtin().get(text[cut - size:cut])) is not None
             and entry[0] == "PLACE" and entry[1] in countries), None)  # 印尼|东努沙登加拉省: its province
        if country is not None:
            start = country[0]
            if start > country[1] and text[start - country[1] - 1] not in _BEFORE_FOREIGN_DIVISION:
                continue
        after_country = country is not None or any(
            (entry := builtin().get(text[start - size:start])) is not None and entry[0] == "PLACE" and entry[1] in countries
            for size in (5, 4, 3, 2) if start >= size)  # (柬埔寨|西哈努克省: its country right before it)
        name = text[start:match.start()]
        if len(name) > 7:
            continue
        listed = len(name) >= 2 and _listed_with_its_level(text, match)  # (打击了|苏梅州和哈尔科夫州: its boundary)
        if len(name) < 3 and not listed \
                or start and not after_country and not listed and text[start - 1] not in _BEFORE_FOREIGN_DIVISION \
                or any(is_known_place(name[:size]) for size in range(2, len(name) + 1)) \
                or is_known_place(text[start:match.end()]):
            continue
        end = match.end() if match.group() in "州省市邦区城" else match.start()
        found.append(Candidate(start, end, "PLACE", text[start:end], RULE))
    return found


# Countries whose divisions are named in Chinese characters, not transliterated, and the levels of those divisions.
_CHARACTER_COUNTRIES = ("越南", "朝鲜", "韩国", "日本")
_CHARACTER_DIVISIONS = re.compile(rf"(?:{'|'.join(_CHARACTER_COUNTRIES)})((?:(?![和与及的在党])[{HAN}]){{2,3}}?[省县郡市])(?![{HAN}]?(?:委|长|政府|厅|级|场))")


def _divisions_in_characters(text: str) -> list[Candidate]:
    """A division of Vietnam, Korea or Japan right after its country, named in characters and by its level (越南|广宁省,
    日本|冲绳县; 越南|高平省, not Shanxi's 高平市): no word."""
    return [Candidate(*match.span(1), "PLACE", match.group(1), RULE) for match in _CHARACTER_DIVISIONS.finditer(text)
            if not resources.is_ordinary_word(match.group(1)[:-1])]


_LIST_JOINS = "、和与及"
_ITEM_OPENS = frozenset("，。、；：\n的在和与及对")  # what comes before the first item of a list of places


def _listed_abroad(text: str, places: list[Candidate]) -> list[Candidate]:
    """Cities abroad the gazetteer lacks, listed next to one it knows by two to eight transliterated characters
    (美军打击伊朗的|福尔多、纳坦兹和伊斯法罕): not a known place of China, nor a word of the dictionary."""
    cities = resources.world_cities()
    found = []
    for p in places:
        if p.name not in cities:
            continue
        if text[p.start - 1:p.start] in _LIST_JOINS and p.start >= 4:
            end = p.start - 1
            start = transliterated_before(text, end, 8)
            if start == 0 or text[start - 1] in _ITEM_OPENS:
                found.append((start, end))
        if text[p.end:p.end + 1] in _LIST_JOINS:
            start = p.end + 1
            end = transliterated_after(text, start, 8)
            if not is_han(text[end:end + 1] or "。") or text[end] in _LIST_JOINS or text.startswith(("等", "三", "两"), end):
                found.append((start, end))
    return [Candidate(a, b, "PLACE", text[a:b], RULE - 1) for a, b in found  # (俄军在|苏梅、哈尔科夫: two characters)
            if b - a >= 2 and not is_known_place(text[a:b]) and not is_common_word(text[a:b], 1)]


# The endings of Russian and Ukrainian towns (波克罗夫斯克, 伏尔加格勒), and what may follow a town's name.
_TOWN_ENDING = re.compile("斯克|格勒")
_BEFORE_TOWN = frozenset("在向对从至到和与及的称了是于")
_AFTER_TOWN = ("市", "州", "地区", "方向", "附近", "一带", "周边", "郊区", "以东", "以西", "以南", "以北")


def _towns_by_ending(text: str) -> list[Candidate]:
    """Towns abroad the gazetteer lacks, by a transliteration of five to eight characters ending as Russian and
    Ukrainian towns do (在|沃尔昌斯克|和…, 乌称|波克罗夫斯克), or of four before a word of places (…斯克|地区); not a word of
    the dictionary, nor a run of transliteration that goes on."""
    found = []
    for match in _TOWN_ENDING.finditer(text) if "斯克" in text or "格勒" in text else ():
        end = match.end()
        start = transliterated_before(text, match.start(), 6)
        size = end - start
        if text[end:end + 1] in TRANSLITERATION or size < 4 or is_common_word(text[start:end], 1) \
                or start and is_han(text[start - 1]) and text[start - 1] not in _BEFORE_TOWN:
            continue  # (伏|尔加格勒: the run goes on with a character the set lacks)
        if size >= 5 or text.startswith(_AFTER_TOWN, end):
            found.append(Candidate(start, end, "PLACE", text[start:end], RULE - 1))
    return found


_LOCAL_LEVEL = re.compile("市|县|镇|地区")  # the level of a place abroad inside a province or state
_JAPANESE_MUNICIPALITY = re.compile(rf"[{HAN}]{{2,4}}?[市町村](?![场民长委政])")  # in a prefecture of Japan


def _cities_after_divisions_abroad(text: str, places: list[Candidate]) -> list[Candidate]:
    """A city, county, town or district abroad the gazetteer lacks, named after its province or state (霍姆斯省|巴尔米拉市,
    马尼萨省|索玛地区) or a city after its country (德国|埃森市): two to six transliterated characters, then its level;
    a city, town or village after a prefecture of Japan (石川县|穴水町)."""
    found = []
    for p in places:
        if p.name[-1:] in "县府都道" and p.name in resources.world_cities() and p.name not in _division_codes() \
                and (town := _JAPANESE_MUNICIPALITY.match(text, p.end)) and not is_common_word(town.group(), 20) \
                and not is_known_place(town.group()):
            found.append(Candidate(p.end, town.end(), "PLACE", town.group(), RULE))  # 石川县|穴水町: of a prefecture
            continue
        country = p.name in resources.foreign_countries()
        if not country and (p.name[-1:] not in "省州" or p.name in _division_codes()
                            or not TRANSLITERATION.issuperset(p.name[:-1])):
            continue
        end = transliterated_after(text, p.end, 6)
        level = _LOCAL_LEVEL.match(text, end)
        if end - p.end >= 2 and level and (not country or level.group() == "市") and not is_known_place(text[p.end:end]):
            found.append(Candidate(p.end, level.end(), "PLACE", text[p.end:level.end()], RULE))
    return found


_CAPITAL_OF = ("首都", "首府")
_TOWNS_OF_A_COUNTRY = ("古城", "港口城市", "港城", "小镇", "边境城市")  # after a country's name: 叙利亚古城|巴尔米拉
# A part of a country abroad before 城市: 叙利亚南部|城市|苏韦达.
_PART_OF_A_COUNTRY = re.compile(rf"([{HAN}]{{2,6}}?)(?:[东西南北中]|东南|东北|西南|西北)部(?:沿海|边境)?$")


def _capitals(text: str) -> list[Candidate]:
    """A capital abroad the gazetteer lacks, named by its transliteration after 首都 or 首府 (格陵兰岛首府|努克), a city
    or town after 城市 or 城镇 and the part of its country or region (叙利亚南部城市|苏韦达, 克里米亚东部城镇|费奥多西亚), or
    after its country and a word of what it is (叙利亚古城|巴尔米拉)."""
    found = []
    abroad = _places_abroad_and_features() if "部城" in text else frozenset()
    cities = [at for word in ("城市", "城镇") if word in text for at in all_after(text, word)
              if (part := _PART_OF_A_COUNTRY.search(text, max(0, at - 12), at - 2))
              and any(part.group(1)[k:] in abroad for k in range(len(part.group(1)) - 1))] if abroad else []
    # (部署在|克里米亚东部城镇: the region's name ends the run before the part)
    countries = resources.foreign_countries()
    cities += [at for word in _TOWNS_OF_A_COUNTRY if word in text for at in all_after(text, word)
               if any(text.endswith(country, 0, at - len(word)) for country in countries)]  # 叙利亚古城|巴尔米拉
    for at in [at for word in _CAPITAL_OF if word in text for at in all_after(text, word)] + cities:
        end = transliterated_after(text, at, 7)
        name = text[at:end]
        if len(name) >= 2 and not is_known_place(name) and not is_common_word(name, 20) \
                and not crosses_word(text, end):
            found.append(Candidate(at, end, "PLACE", name, RULE))
    return found


# A state's heads and organs, after its name: 中非|总统 (the Central African Republic), 厄立特里亚国|总统.
_STATE_HEADS = ("总统", "总理", "政府", "国王", "外长", "外交部", "议会", "国民议会")
# The long form of a country's name after its short one: 加蓬|共和国, 密克罗尼西亚|联邦, 沙特阿拉伯|王国; with 国 before its
# heads: 厄立特里亚|国总统.
_STATE_FORM = re.compile(r"(?:(?:联合|民主主义|民主|人民|社会主义|伊斯兰|阿拉伯|合作|多民族|东方|玻利瓦尔)*共和国|联合王国|王国|联邦|合众国|"
                         rf"大公国|苏丹国|酋长国|国(?={'|'.join(_STATE_HEADS)}))(?![院制]|议[会院]|主义)")  # not 尼泊尔|联邦院


@lru_cache(maxsize=None)
def _countries_and_world() -> frozenset[str]:
    """Places abroad: a zone named after them (东盟自贸区) is an agreement, not a place in China."""
    return frozenset(name for name, kind in resources.kinds("places.tsv") if kind in ("country", "world", "city"))


# Macro-regions named by several directions (中西部, 东中西部), and named belts, corridors and city regions
# that are no division: 丝绸之路经济带, 中巴经济走廊, 孟中印缅经济走廊, 中原城市群, 海峡西岸经济区.
_DIRECTIONS_JOINED = re.compile(r"(?:东中西|中西|东中)部(?:地区|(?=[和与及、，。；]|$))")  # not 中西部国际交往中心
_BELT = re.compile(r"城市群|经济(?:带|圈|走廊)")
_PART_OF_REGION = re.compile(r"(?:上游|中游|下游|沿岸|[东西南北]岸|[东西南北]坡|三角洲|[东西南北中]部)$")  # 长江中游, 天山北坡
_ALONG_OR_PART = re.compile(r"(?:沿(?:黄河?|长?江|海|边|淮河?)){1,2}(?:沿线)?|[东西中]部")  # 沿黄城市群, 沿海经济带, 中部城市群,
# 沿黄沿线经济带, 沿海沿江沿线经济带
_CORRIDOR_LETTERS = frozenset("中美俄日韩朝英法德印欧非澳加越老柬泰缅菲新埃墨蒙巴孟吉哈塔乌土伊尼")


def _belt_as_verb(text: str, head: re.Match) -> bool:
    """海洋经济|带动作用: the 带 of a belt's head opens a verb (带动, 带来, 带领)."""
    return head.group().endswith("带") and text[head.end():head.end() + 1] in ("动", "来", "领")


def _named_regions(text: str) -> list[Candidate]:
    """中西部 as a noun; 丝绸之路经济带, 关中平原城市群, 长江中游城市群 (a region of several places named after a
    word the dictionary knows as a name or a set phrase, or a part of a named place; not the end of a word); belts
    along a river or the coast and city regions of a part of the country (沿黄城市群, 沿海经济带, 中部城市群);
    中巴经济走廊 (a corridor named by the one-character names of its countries)."""
    found = [Candidate(m.start(), m.end(), "PLACE", m.group(), RULE) for m in scan(_DIRECTIONS_JOINED, text)
             if not crosses_word(text, m.start())]
    for match in scan(_BELT, text):
        head, head_word = match.start(), match.group()
        if _belt_as_verb(text, match):
            continue
        run = 0
        while run < 6 and head - run > 0 and is_han(text[head - run - 1]):
            run += 1
        for size in range(run, 1, -1):
            start = head - size
            prefix = text[start:head]
            part = _PART_OF_REGION.search(prefix)
            set_phrase = word_tag(prefix) == "l" and head_word.startswith("经济")  # 丝绸之路经济带; not 发展壮大城市群
            named = (size <= 4 and (word_tag(prefix) in ("ns", "nz") or set_phrase)) or (
                part is not None and part.start() >= 2 and word_tag(prefix[:part.start()]) == "ns") or (
                text.startswith("经济走廊", head) and set(prefix) <= _CORRIDOR_LETTERS) or _ALONG_OR_PART.fullmatch(prefix)
            counted = prefix[0] in COUNT_NUMERALS and prefix[1:2] == "国"  # (中蒙俄…|三国经济走廊: the states counted)
            if named and not counted and (not crosses_word(text, start) or reads_as_word(text, start, head)):  # 融入|关中平原城市群
                found.append(Candidate(start, match.end(), "PLACE", text[start:match.end()], RULE))
                break
    return found


# Zones named without a place before them (虹桥国际中央商务区, 洋山特殊综合保税区, 东方枢纽国际商务合作区, 东湖科学城): the name is
# found as an institution's is (`org.name_start`: left to punctuation or a verb, with a name in it).
_ZONE_HEAD = re.compile(r"综合保税区|综保区|保税港区|保税物流园区|保税区|中央商务区|商务中心区|商务合作区|金融商务区|合作区|开放枢纽|自主创新示范区|高新技术产业开发区|"
                        r"经济技术开发区|经济开发区|先导区|经济带|城镇带|工业区|国际新城(?!市)|" + _NEW_TOWN)
_GENERIC_HEADS = ("先导区", "经济带", "城镇带", "工业区", "经济开发区", "城")  # zones of any kind: a name of their own must come first


def _named_zones(text: str, places: list[Candidate]) -> list[Candidate]:
    anchors = {p.start: p for p in places}
    ends = {p.end for p in places}
    first_start: dict[int, int] = {}  # the start of the longest place ending at each offset
    for p in places:
        first_start[p.end] = min(p.start, first_start.get(p.end, p.start))
    found = []
    for match in scan(_ZONE_HEAD, text):
        start = name_start(text, match.start(), match.end(), anchors, ends)
        if start is None or _belt_as_verb(text, match):
            continue
        pieces = read(text[start:match.start()])
        verbs = [i for i, piece in enumerate(pieces) if len(piece) > 1 and (word_tag(piece) == "v" or piece in _GOVERNING)
                 or len(piece) > 1 and word_tag(piece)[:1] == "v" and i + 1 < len(pieces) and word_tag(pieces[i + 1]) == "ns"]
        # (提质升级|虹桥国际开放枢纽: a verbal noun, then the place that opens the name)
        if verbs:  # 落实|虹桥国际开放枢纽, 广东视察|横琴粤澳深度合作区
            pieces = pieces[verbs[-1] + 1:]
        stops = [i for i, piece in enumerate(pieces) if piece in LEFT_STOPS and piece not in ("与", "和", "及")]
        if stops:
            pieces = pieces[stops[-1] + 1:]  # 以|南港工业区, 绿色石化产业以|南港工业区
        joined = [i for i, piece in enumerate(pieces) if piece in ("与", "和", "及")]
        if joined and match.start() - len("".join(pieces[joined[-1]:])) not in ends:
            pieces = pieces[joined[-1] + 1:]  # 绥芬河片区与|协同发展先导区 (not 通州区与廊坊北三县…示范区: a place before 与)
        start = match.start() - len("".join(pieces))
        if text[start] in LEFT_STOPS and any(is_known_place(text[start + 1:start + k]) for k in (3, 4)):
            start += 1  # 落户|于长江|经济带: a preposition read with the place after it as a name
        if any(text[k] in "和与及" and k + 1 in anchors for k in range(start + 1, match.start())):
            continue  # 喀什和|霍尔果斯经济开发区: two zones of one kind, each after its place
        while start and "A" <= text[start - 1] <= "Z":
            start -= 1  # RCEP国际教育合作区: an agreement's letters name it too
        known = first_start.get(match.end())
        if known is not None and (known <= start or all(len(piece) == 1 or is_ordinary_word(piece, 3)
                                                         for piece in read(text[start:known]))):
            continue  # 问题和|长江经济带, 服务|长江经济带: a place found already, ordinary words before it
        city = match.group().endswith("城")  # (寸滩|国际新城: characters of no word name it)
        if match.group().endswith(_GENERIC_HEADS) and start not in anchors and all(
                not city if len(piece) == 1 else is_ordinary_word(piece, 3) for piece in pieces):
            continue  # 老旧工业区, 产业先导区, 国家畜牧科技城: a kind, not a name
        if match.start() - start >= 2 and text[start:match.start()] not in ("国家", "中国", "国家级", "省级"):  # not a kind
            found.append(Candidate(start, match.end(), "PLACE", text[start:match.end()], RULE - 1))
            if text[start - 1:start] == "、":
                found += _listed_before_zone(text, start - 1, match.group())
    return found


def _listed_before_zone(text: str, mark: int, head: str) -> list[Candidate]:
    """The zone of the same kind listed right before a zone, named after a place by its short form (健全|光明科学城、
    松山湖科学城: 光明, a district's short form the text alone does not make a place)."""
    for size in (2, 3):
        start = mark - len(head) - size
        if text.startswith(head, mark - len(head)) and start >= 0 and all(map(is_han, text[start:mark - len(head)])) \
                and text[start:mark - len(head)] in short_form_owners() and not crosses_word(text, start):
            return [Candidate(start, mark, "PLACE", text[start:mark], RULE - 1)]
    return []


# A route between two places: 将军庙至淖毛湖铁路, 珲春至防川高速, 松江河至长白高速, 合浦至湛江等7个铁路项目 (至 first:
# the scan skips to it).
_ROUTE_LINE = re.compile(rf"[至到]((?:(?![等和与及的{NUMERALS}])[{HAN}]){{2,4}}?)(?:地区)?(?:等(?:\d+|[{NUMERALS}]+)?个?|段)?(?:特高压|治沙|旅游|货运|客运|客货运|城际|直流)?"
                         r"的?(?:铁路|高铁|城际|公路|高速|国道|航线|天然气管道|管道|输电|通道)")  # 然乌|段铁路, 白音套海|治沙公路,
# 集宁到二连|的铁路
_BUILDING = frozenset({"续建", "新建", "改建", "扩建", "开建"})  # verbs of building the dictionary tags otherwise (续建: nr)
_HAN_RUN_BEFORE = re.compile(rf"[{HAN}]{{2,6}}$")


_JOINING_BEFORE_END = frozenset("的和与及从")  # words a route's first end follows


def _name_before_verbs(text: str, end: int) -> int | None:
    """The start of the words before `end` that follow the last verb or joining word of the Han run ending there (开工建设|
    淖毛湖, 启动|环南昆山, …和|黎塘), two to five characters and no everyday word; None if there are none."""
    run = _HAN_RUN_BEFORE.search(text, max(0, end - 6), end)
    if run is None:
        return None
    head = read(run.group())
    verb = max((i for i, word in enumerate(head) if len(word) > 1 and (word_tag(word).startswith("v") or word in _BUILDING)
                or word in _JOINING_BEFORE_END), default=-1)  # (…的铁路和|黎塘到湛江的铁路)
    name = "".join(head[verb + 1:])
    return end - len(name) if 2 <= len(name) <= 5 and not _everyday(name) else None


def _everyday(name: str) -> bool:
    """An everyday word, not the name of a place at a route's end (城区, 机场; not 同仁, a name too, nor 加定, a rare
    verb)."""
    tag = word_tag(name)
    return is_common_word(name, 100) and tag not in resources.NAME_TAGS or tag == "v" and is_common_word(name, 20)


# A section of a line between two stations or places: 22号线|红庙至平谷段, 副中心线|北京西至良乡段 (线 first: the scan
# skips to it).
_LINE_SECTION = re.compile(rf"线((?:(?![至到])[{HAN}]){{2,4}})[至到]([{HAN}]{{2,4}}?)段")


def _line_sections(text: str, known: set[tuple[int, int]]) -> list[Candidate]:
    """The ends of a section of a railway or metro line, neither an everyday word (a county's short form by its
    name: 平谷 → 平谷区)."""
    found = []
    owners = short_form_owners()
    for match in scan(_LINE_SECTION, text):
        ends = [match.span(1), match.span(2)]
        if not any((a, b) not in known and _everyday(text[a:b]) for a, b in ends):
            found += [Candidate(a, b, "PLACE", owner[0].name if len(owner := owners.get(text[a:b], ())) == 1
                                else text[a:b], RULE - 1) for a, b in ends if (a, b) not in known]
    return found


def _route_ends(text: str, places: list[Candidate]) -> list[Candidate]:
    """The ends of a route that the gazetteer does not know (names of towns, ports, lakes): the last words of what
    comes before 至 (after its verbs) and what comes after it, neither an everyday word; an end the gazetteer
    knows is left to it."""
    known = {(p.start, p.end) for p in places}
    known_ends = {p.start: p.end for p in places}
    ending_at = {p.end: p for p in places}
    found = []
    for match in scan(_ROUTE_LINE, text):
        if text[match.start()] == "到" and is_common_word(text[match.start() - 1:match.start() + 1], 100):
            continue  # 委员来到|南宁铁路文化宫: a verb ending in 到, no route
        before = ending_at.get(match.start())  # a known place (新开工|黔江至吉首), else the words after the verbs
        start = before.start if before is not None else _name_before_verbs(text, match.start())  # 开工建设|淖毛湖
        if start is None:
            continue
        inner_end = known_ends.get(start)
        if inner_end is not None and inner_end < match.start() - 1:
            start = inner_end  # 叙永|大村: the place before a village that the route starts from
        ends = [(start, match.start()), match.span(1)] + _listed_routes(text, start, known_ends, ending_at)
        names = [text[a:b] for a, b in ends]
        if any((a, b) not in known and _everyday(n) for n, (a, b) in zip(names, ends)):
            continue  # 城区至机场高速: everyday words (a rare one may name a place: 将军庙)
        found += [Candidate(a, b, "PLACE", n, RULE - 1) for n, (a, b) in zip(names, ends) if (a, b) not in known]
    return found + _line_sections(text, known)


_ROUTE_ITEM = re.compile(rf"([{HAN}]{{2,4}}?)至([{HAN}]{{2,4}})")


def _listed_routes(text: str, start: int, known_ends: dict[int, int], ending_at: dict[int, Candidate]) -> list[tuple[int, int]]:
    """The ends of the routes listed before the one that opens at `start` (建成清水驿至忠和、武威至仙米寺、…等高速公路):
    each item two places joined by 至, the first after its verbs."""
    ends: list[tuple[int, int]] = []
    while start >= 6 and text[start - 1] == "、":
        end = start - 1
        item = next((m for size in range(5, 10) if text[end - size - 1:end - size] == "、"
                     and (m := _ROUTE_ITEM.fullmatch(text, end - size, end))), None)
        if item is None:  # the first item: the end before 至 follows the verbs (建成|清水驿至忠和)
            to = text.rfind("至", max(0, end - 5), end - 2)
            before = ending_at.get(to)
            first = before.start if before is not None else _name_before_verbs(text, to) if to > 0 else None
            if first is None or to - first > 4 or text[first:end].count("至") != 1:
                break
            item = _ROUTE_ITEM.fullmatch(text, first, end)
            if item is None:
                break
        ends += [item.span(1), item.span(2)]
        start = item.start()
        if text[start - 1:start] != "、":
            break
    return [(a, known_ends.get(a, b)) for a, b in ends]


def _bracketed_zones(text: str, places: list[Candidate]) -> list[Candidate]:
    """A zone of a place written in brackets inside a longer name: 中国（安徽）自贸试验区, 长江（安徽）经济带, and of two
    states' cooperation: 中欧（保亭）绿色数字创新合作区."""
    found = []
    before = {q.end: q.start for q in places}
    for p in places:
        if text[p.start - 1:p.start] not in "（(" or text[p.end:p.end + 1] not in "）)":
            continue
        start = before.get(p.start - 1)
        if start is None and text[p.start - 3:p.start - 1] in BILATERAL_PAIRS:
            start = p.start - 3
        zone = zone_at(text, p.end + 1) if start is not None else None
        if zone:
            found.append(Candidate(start, zone.end(), "PLACE", text[start:zone.end()], RULE - 1))
    return found


def find_regions(text: str) -> list[Candidate]:
    """Parts of provinces, regions named by the initials of their cities or by directions, belts and
    corridors (found from the text alone)."""
    return _directional(text) + _city_initials(text) + _named_regions(text) + _borders(text)


# What makes a word with the level after a city abroad: 阿斯旺|省长, 赫尔辛基|市中心, 纽约|市场.
_AFTER_FOREIGN_DIVISION = ("长", "政府", "中心", "区", "民", "场", "郊")


_STREET = rf"[{HAN}]{{2,4}}?[东西南北中]?(?:大街|大道|路|街)"
# Two streets that cross, after a place or 在: 郑州市|桐柏路与棉纺西路路口, 在长安街和西单北大街交叉口.
_CROSSING = re.compile(rf"(?<=[市区县镇在于，、])({_STREET})[与和、]({_STREET})(?:十字路口|路口|交叉口|交汇处|交口)")


_CROSSING_WORDS = ("路口", "交叉口", "交汇处", "交口")  # what `_CROSSING` ends with: looked for first, a fast test


def _crossing_streets(text: str) -> list[Candidate]:
    """The two streets of a crossing (`_CROSSING`)."""
    return [Candidate(m.start(k), m.end(k), "PLACE", m.group(k), RULE) for m in _CROSSING.finditer(text) for k in (1, 2)]


def find_places(text: str, places: list[Candidate]) -> list[Candidate]:
    """Zones and sub-units attached to the gazetteer places already found, regions around them (环渤海,
    泛珠三角), zones named without a place before them, and the ends of routes (将军庙至淖毛湖铁路)."""
    found = _named_zones(text, places) + _bracketed_zones(text, places) + _route_ends(text, places) + _village_lists(text)
    found += _towns_of_the_counties(text, places)
    found += [Candidate(p.start, p.end + 1, "PLACE", p.name + text[p.end], RULE) for p in places
              if text[p.end:p.end + 1] in _FOREIGN_DIVISIONS and p.name in resources.world_cities()
              and not text.startswith(_AFTER_FOREIGN_DIVISION, p.end + 1) and text[p.end - 1] != text[p.end]]
    # 阿斯旺省(省长); not 阿斯旺省长, nor 南澳州|州督 (the division's own level, then a post)
    found += [Candidate(p.start - 1, p.end + 2 * text.startswith("地区", p.end), "PLACE", text[p.start - 1] + p.name, RULE)
              for p in places if p.start and text[p.start - 1] in "环泛" and p.name == text[p.start:p.end]
              and not crosses_word(text, p.start - 1)]  # (环太湖|地区: the area, as 环渤海地区 is printed)
    abroad = _countries_and_world()
    countries = resources.foreign_countries()
    found += [Candidate(p.start, form.end(), "PLACE", p.name, RULE) for p in places if p.name in countries
              and (form := _STATE_FORM.match(text, p.end))
              and not (p.name.endswith("国") and form.group().startswith("王"))]  # 加蓬|共和国总统, 密克罗尼西亚|联邦: the
    # country (not 德国|王国栋: a name)
    for p in places:
        state = _FOREIGN_STATE.match(text, p.end) if p.name in abroad else None
        if state and not text.startswith(("长", "政府"), state.end()):
            found.append(Candidate(p.end, state.end(), "PLACE", state.group(), RULE))  # 美国|加利福尼亚州
    for at in all_after(text, "在") if "州" in text else ():  # 在俄亥俄州: a state abroad, no country before it
        state = _FOREIGN_STATE.match(text, at)
        if state and state.group().endswith("州") and len(state.group()) >= 4 and not is_known_place(state.group()):
            found.append(Candidate(at, state.end(), "PLACE", state.group(), RULE))
    found += _divisions_before_heads(text, places)
    found += _transliterated_divisions(text, any(p.name in abroad for p in places))
    found += _divisions_in_characters(text) if any(country in text for country in _CHARACTER_COUNTRIES) else []
    found += _cities_after_divisions_abroad(text, places + found)
    found += _capitals(text)
    found += _named_jointly(text, {p.start for p in places})
    found += _letters_listed(text) if "、" in text else []
    found += _towns_by_ending(text)
    found += _listed_abroad(text, places)
    found += [Candidate(at - 2, at, "PLACE", "中非共和国", RULE) for at in all_after(text, "中非")
              if text.startswith(_STATE_HEADS, at)]  # 中非总统图瓦德拉: the Central African Republic (not 中非合作)
    for p in places:  # 中国—上海合作组织地方经贸合作示范区: a zone China shares (not 中国—东盟自贸区, an agreement)
        partners = _BILATERAL_ZONE.match(text, p.end + 1) if p.name == "中国" and text[p.end:p.end + 1] in "-—－" else None
        if partners and partners.end() - p.end <= 21:
            found.append(Candidate(p.start, partners.end(), "PLACE", text[p.start:partners.end()], RULE - 1))
    found += _towns_after_divisions(text, places)
    found += _crossing_streets(text) if any(word in text for word in _CROSSING_WORDS) else []
    found += _former_districts(text, places)
    found += _listed_towns(text, places, {p.start for p in places + found})
    found += _listed_areas(text, places)
    found += _towns_written_out(text, {p.start for p in places + found})
    found += _recurring_villages(text) + _villages_before_their_posts(text) + _villages_of_a_route(text) \
        + _villages_gone_to(text) + _villages_opening_clauses(text)
    starts = sorted({p.start for p in places})  # to find a place inside a zone by bisection
    by_end = {p.end: p for p in places}
    by_start: dict[int, list[Candidate]] = {}
    for p in places:
        by_start.setdefault(p.start, []).append(p)
    abroad = _countries_and_world()
    towns_found = [t for t in found if t.name.endswith(_TOWN_LEVELS)]  # (从化区…鳌头镇|中塘村: a town found here holds
    # villages too, but opens no zone: 万州|新田港区 is no 新田镇's)
    first_start = {}  # the start of the longest place ending at each offset: 西南 in 吉西南 anchors no zone of its own
    for p in places:
        first_start[p.end] = min(p.start, first_start.get(p.end, p.start))
    frontier = sorted([p for p in places if (p.name not in abroad or _joined_to_china(text, p, by_end, abroad))
                       and p.start == first_start[p.end]
                       and not (p.name in _zones() and text[p.end - 1] in "区城" and not p.name.endswith(_HOST_ZONES))] +
                      # a zone named as a zone anchors none (两江协同创新区|…集聚区); 张江|高新区 does
                      _joint_provinces(text, by_start) + towns_found, key=lambda c: c.start)
    while frontier:
        extended = []
        for place in frontier:
            if place.priority <= SHORT and county_before_own_town(text, place.start):
                continue  # 密云|河南|寨镇: the start of a town's name after its county, not the province
            zone = _ZONE.match(text, place.end) if place.name not in _NOT_ANCHORS and place not in towns_found \
                else None
            if zone and place.name in BILATERAL_PAIRS and not _BILATERAL_ZONE.fullmatch(zone.group()):
                zone = None  # 中非|经贸深度合作先行区; not 中日韩自贸区 (an agreement), 中欧班列经济圈
            if zone and _plausible_zone(zone) and not _names_own_region(zone) and (
                    bisect_left(starts, place.end) == bisect_left(starts, zone.end())  # 天津市滨海新区: two places
                    or _DIRECTIONAL.fullmatch(place.name) and _features_only(by_start, place.end, zone.end())):
                end = zone.end()
                inner = zone_at(text, end) if zone.group().endswith(_HOST_ZONES) else None
                if inner:
                    end = inner.end()  # 闽西革命老区|高质量发展示范区: a zone in a zone
                start = place.start
                if start in by_end and (inner := by_end[start].start) >= 2 and text[inner - 1] in "-—－与" \
                        and inner - 1 in by_end:
                    start = inner  # 通州区与|廊坊|北三县…示范区: the place that names where the second lies
                while start >= 2 and text[start - 1] in "-—－与" and start - 1 in by_end \
                        and not (text[start - 1] == "与" and by_end[start - 1].name in _zones()):
                    start = by_end[start - 1].start  # 延吉-长白重点开发开放试验区, 通州区与廊坊北三县…示范区: two places
                    # (not 雄安新区与|北京城市副中心: a zone, then another)
                if start in by_end and _DIRECTIONAL.fullmatch(by_end[start].name):
                    start = by_end[start].start  # 湘南|湘西承接产业转移示范区: a region and a place in a row name it
                if start >= 3 and text[start - 1] in "-—－":  # 环南昆山—罗浮山县镇村…引领区: a place the gazetteer lacks
                    start = _name_before_verbs(text, start - 1) or start
                # just below RULE: not harvested, as the rule finds the zone wherever its place is named
                found.append(Candidate(start, end, "PLACE", text[start:end], RULE - 1))
                continue
            dashed = text[place.end:place.end + 1] in DASHES and place.name.endswith(_TOWN_LEVELS)  # 龙头山镇-|沙坝村
            linked = text[place.end:place.end + 1] == "的" and place.name.endswith(_TOWN_LEVELS) or dashed \
                or text[place.end:place.end + 1] in "县市区" and text[place.start:place.end] != place.name
            sub = _SUBUNIT.match(text, place.end + 1 if linked else place.end)  # 玉桥街道的|乔庄北街社区; 康定|县|塔公乡 (a
            # short form, then its former level)
            if not linked and text[place.end:place.end + 1] == "的" and (sub is None or sub.group(1)[0] == "的"):
                # 东阳的|三单村, 喀什地区的|阿亚格曼干村; not 浙江的|富裕村 (a kind of village)
                sub = _SUBUNIT.match(text, place.end + 1)
                sub = sub if sub and not (is_common_word(sub.group(1), 20) and word_tag(sub.group(1)) != "ns") else None
                # (张家港的|永兴村: a place's name, however frequent)
            in_town = place.name.endswith(_TOWN_LEVELS) or (  # 茅坪镇|神山村: a village of a town,
                place.name.endswith(("县", "区")) and text[place.end - 1] == place.name[-1] and sub is not None
                and sub.group(2) == "村")  # or of a county or a district printed in full (霞浦县|东山村, 涪陵区|睦和村)
            if sub and not _below(place.name, sub.group(2)):
                sub = None  # 成都大运村|今天正式闭村: a village holds no village
            if sub and _plausible_subunit(text, sub, in_town) and not any(  # not 广东|茂名柏桥村; but 北碚区|澄江镇
                    place.end <= q.start and q.end < sub.start(2) and not (in_town and q.priority <= CONTEXT)
                    for q in by_start.get(place.end, ())):  # (刁窝镇|万全庄村: no county's short form in a town)
                units = _listed_subunits(text, Candidate(sub.start(), sub.end(), "PLACE", sub.group(), RULE))
                found += units
                extended += units
        frontier = extended
    place_ends = {c.end for c in places + found}
    earliest = {}  # the earliest start of a village known or found ending at each offset
    for c in places + found:
        if c.name.endswith(_VILLAGE_LEVELS):
            earliest[c.end] = min(c.start, earliest.get(c.end, c.start))
    found = [c for c in found if not c.name.endswith(_VILLAGE_LEVELS) or earliest[c.end] == c.start
             or c.start in place_ends]  # (色格孜库勒乡欧尔奴什村, not its end 尔奴什村 that the name's repeats alone give;
    # but 羊古坳|牛形村 after a place, not the two read as one)
    return found + _sibling_regions(text, places + found)


_REGION_HEAD = re.compile("(?:经济区|经济带|经济圈|都市圈|城市群|高新区|新区)$")
_SIBLING_REACH = 160  # characters around a named region looked at for its siblings


def _sibling_regions(text: str, found: list[Candidate]) -> list[Candidate]:
    """Regions of one kind named beside one found by its place (川南经济区…，攀西经济区…; 福州新区、武夷新区): a name of two
    characters that is no word or a place's, then the same head, opening its clause or sentence within
    `_SIBLING_REACH` characters of it and in its paragraph (…三亚经济圈在…。儋洋经济圈…; the head whole: not …，让高|新区)."""
    taken = {(c.start, c.end) for c in found}
    siblings = []
    for region in found:
        head = _REGION_HEAD.search(region.name)
        if head is None:
            continue
        lo = max(text.rfind("\n", max(0, region.start - _SIBLING_REACH), region.start) + 1, region.start - _SIBLING_REACH)
        stop = text.find("\n", region.end, region.end + _SIBLING_REACH)
        hi = region.end + _SIBLING_REACH if stop < 0 else stop
        at = text.find(head.group(), lo, hi)
        while at >= 0:
            start, at = at - 2, at + len(head.group())
            name = text[start:at]
            if start > 0 and text[start - 1] in "，、；：。和与及\n" and all(map(is_han, name[:2])) \
                    and (word_tag(name[:2]) == "ns" or not is_common_word(name[:2], 1)) and (start, at) not in taken \
                    and not word_tag(name[:2]).startswith("v") and not MAKING.match(name) \
                    and not any(c.start <= start < c.end for c in found):
                taken.add((start, at))
                siblings.append(Candidate(start, at, "PLACE", name, RULE - 1))
            at = text.find(head.group(), at, hi)
    return siblings


_FORMER_DISTRICT = re.compile(rf"([{HAN}]{{2}})[区县](?![域城间划位段块内外里级属])")
_NOT_IN_DISTRICT = frozenset("的等至各和与及在省市县区")
_NOT_DISTRICTS = ("新城", "老城", "主城", "城区", "市区", "郊区", "新区", "景区", "园区", "社区", "片区")  # parts of a city


def _former_districts(text: str, places: list[Candidate]) -> list[Candidate]:
    """Districts and counties since merged or renamed, which the NBS tables no longer hold, right after their city
    (南通市|港闸区, 北京市|宣武区, 上海|闸北区): two characters that are no everyday word and no current division."""
    codes = _division_codes()
    known = {p.start for p in places}
    found = []
    for place in places:
        city = codes.get(place.name, ())
        if len(city) != 1 or len(city[0]) not in (2, 4) or place.end in known:
            continue  # (a province or a city; a place named after it is a current one: 南通市|崇川区)
        district = _FORMER_DISTRICT.match(text, place.end)
        if district is None or district.group(1) in _NOT_DISTRICTS or is_known_place(district.group()) \
                or is_ordinary_word(district.group(1), 10) or is_ordinary_word(district.group()[1:], 20) \
                or any(ch in _NOT_IN_DISTRICT or ch in NUMERALS for ch in district.group(1)) \
                or zone_at(text, place.end) or crosses_word(text, place.end):
            continue  # (兰州|经开区: a zone; 西安|校区, 海南|等地区: a kind of area)
        found.append(Candidate(place.end, district.end(), "PLACE", district.group(), RULE - 2))
    return found


_TOWN_SUFFIXES = ("镇", "乡", "街道", "地区", "苏木")
_TOWN_SUFFIX = re.compile(f"(?:{'|'.join(_TOWN_SUFFIXES)})$")


def _towns_after_divisions(text: str, places: list[Candidate]) -> list[Candidate]:
    """Towns named without 镇 or 乡 right after their county (`_towns_after_county`) or their province
    (`_town_after_province`)."""
    codes = _division_codes()
    found = []
    for place in places:
        code = codes.get(place.name, ())
        if len(code) != 1 or not is_han(text[place.end:place.end + 1]):
            continue
        if len(code[0]) == 6:
            found += _towns_after_county(text, place.end, _towns_by_short_name(code[0]))
        elif len(code[0]) == 2:
            found += _town_after_province(text, place.end, _towns_of_province(code[0])[0])
    return found


_NAMED_AFTER_A_TOWN = ("村", "社区", "河", "江", "湖", "溪")


def _towns_after_county(text: str, at: int, names: dict[str, str]) -> list[Candidate]:
    """The towns of a county (`names`, by short name) named from `at` right after it (合川|渭沱, 连江|黄岐, 昌平南口、马池口:
    and the items listed after it that are towns of that county too); not a town whose name is an everyday word
    (安定|团结, 会宁|会师) or frequent (兴城|古城), though 桐乡市|乌镇 is taken."""
    found = []
    while True:
        short = next((s for s in (text[at:at + size] for size in (4, 3, 2)) if s in names), None)
        end = at + len(short) if short else at
        suffix = next((s for s in _TOWN_SUFFIXES if text.startswith(s, end)), None) if short else None
        if suffix and short + suffix == names[short]:  # 德清县|新市镇: written out right after its county
            found.append(Candidate(at, end + len(suffix), "PLACE", names[short], RULE - 2))
            break
        if short is not None and names[short] == short + "街道" and text.startswith("街", end) \
                and not text.startswith("街道", end):
            found.append(Candidate(at, end + 1, "PLACE", names[short], RULE - 2))  # 武昌区|粮道街: a subdistrict as its
            break  # street is called
        if short is None or is_ordinary_word(short, 20) or is_common_word(short, 500) \
                or text.startswith(_TOWN_SUFFIXES + _NAMED_AFTER_A_TOWN, end) or crosses_word(text, end):
            break  # (古城, 新城: frequent even as places; …镇 written out: the subunits' shape finds it; 尚志市|元宝村,
            # 温江|金马河: a village or a river of the town's name)
        found.append(Candidate(at, end, "PLACE", names[short], RULE - 2))  # (below a zone it anchors: 江津珞璜港区)
        if text[end:end + 1] != "、":
            break
        at = end + 1  # 昌平南口、马池口
    return found


_AFTER_A_TOWN = MEETING_VERBS + ("考察", "调研", "召开", "开幕", "举办", "视察")  # 海南省博鳌|会见…


def _town_after_province(text: str, at: int, towns: dict[str, str]) -> list[Candidate]:
    """A town of a province (`towns`: short name → county) named from `at` right after it where something is held or
    someone met (海南省|博鳌|会见…): not an everyday word nor another division's name (喀什), before a meeting's verb."""
    short = next((s for s in (text[at:at + size] for size in (3, 2)) if s in towns), None)
    end = at + len(short) if short else at
    if short and text.startswith(_AFTER_A_TOWN, end) and not is_ordinary_word(short) and not is_known_place(short) \
            and not crosses_word(text, end):  # (a name to the dictionary, 博鳌, or no word)
        return [Candidate(at, end, "PLACE", _towns_by_short_name(towns[short])[short], RULE - 2)]
    return []


def _towns_of_the_counties(text: str, places: list[Candidate]) -> list[Candidate]:
    """The towns written out in full (with 镇, 乡 or 街道) of the counties the text names, though their names are
    everyday words (涿州…|码头镇, not read by the shape of a town's name)."""
    codes = _division_codes()
    towns = resources.towns()
    names = {town for county in {code for p in places for code in codes.get(p.name, ()) if len(code) == 6}
             for town in towns.get(county, ()) if len(_TOWN_SUFFIX.sub("", town)) >= 2 and not town.endswith("地区")}
    sizes = sorted({len(name) for name in names}, reverse=True)
    found = []
    for end in sorted(end for suffix in _TOWN_SUFFIXES for end in all_after(text, suffix)) if names else ():
        size = next((size for size in sizes if text[end - size:end] in names), 0)  # (from each 镇, 乡, 街道: a fast scan)
        if size and not crosses_word(text, end):
            found.append(Candidate(end - size, end, "PLACE", text[end - size:end], RULE - 2))
    return found


@lru_cache(maxsize=None)
def _towns_by_short_name(county: str) -> dict[str, str]:
    """A county's towns (its code) by their names without 镇, 乡, 街道, 地区 or 苏木."""
    return {_TOWN_SUFFIX.sub("", town): town for town in resources.towns().get(county, ())}


@lru_cache(maxsize=None)
def _full_town_names() -> frozenset[str]:
    """Every town's, township's and street's name in the NBS tables with its 镇, 乡, 街道 or 苏木 (two characters
    or more before it)."""
    return frozenset(town for names in resources.towns().values() for town in names
                     if len(_TOWN_SUFFIX.sub("", town)) >= 2 and not town.endswith("地区"))


_TOWN_END = re.compile("镇|乡|街道|苏木")  # (literals: a fast scan)


def _towns_written_out(text: str, known: set[int]) -> list[Candidate]:
    """Towns written out with 镇, 乡, 街道 or 苏木 anywhere in China, no county before them (坐落于莫干山脚下的莫干山镇):
    the name in the NBS tables, not a word the dictionary reads across its start or an everyday phrase (特色小镇), nor
    a name ending in a word of places with the suffix (于|城镇, 乡镇)."""
    found = []
    towns = _full_town_names()
    for match in _TOWN_END.finditer(text):
        end = match.end()
        if text[match.start() - 1:match.start()] in "城乡集村市" or text[end:end + 1] == "村":
            continue  # (城乡, 乡镇, 乡村: most of them)
        ending = text[match.start() - 1:end]
        if len(ending) == 2 and is_common_word(ending, 150) and word_tag(ending) != "ns":
            continue  # 同|老乡们: a word the suffix ends (not 古镇, a word of places)
        start = next((end - size for size in (6, 5, 4, 3) if text[end - size:end] in towns), None)
        if start is None or start in known or crosses_word(text, start) or crosses_word(text, end) \
                or is_common_word(text[start:end], 20) or is_common_word(_TOWN_SUFFIX.sub("", text[start:end]), 2000):
            continue
        found.append(Candidate(start, end, "PLACE", text[start:end], RULE - 2))
    return found


@lru_cache(maxsize=64)
def _towns_of_province(province: str) -> tuple[dict[str, str], frozenset[str]]:
    """A province's towns by their names without 镇, 乡, 地区 … → their county; and the first two characters of those
    names (to pass over most list marks at once)."""
    towns: dict[str, str] = {}
    all_towns = resources.towns()
    for county in _counties_by_province().get(province, ()):
        for town in all_towns[county]:
            short = _TOWN_SUFFIX.sub("", town)
            if 2 <= len(short) <= 3 and short != town:
                towns.setdefault(short, county)
    return towns, frozenset(short[:2] for short in towns)


@lru_cache(maxsize=None)
def _counties_by_province() -> dict[str, tuple[str, ...]]:
    """The codes of the counties that have towns in the NBS tables, by their province's code, in order."""
    by_province: dict[str, list[str]] = {}
    for county in sorted(resources.towns()):
        by_province.setdefault(county[:2], []).append(county)
    return {province: tuple(counties) for province, counties in by_province.items()}


def _town_pair(text: str, at: int, towns: dict[str, str], known: set[int]) -> list[Candidate]:
    """The towns of one county on each side of the list mark before `at`, or none."""
    mark = at - 1
    left = next((text[mark - k:mark] for k in (3, 2) if text[mark - k:mark] in towns), None)
    right = next((text[at:at + k] for k in (3, 2) if text[at:at + k] in towns), None)
    if left is None or right is None or mark - len(left) in known or at in known or towns[left] != towns[right] \
            or any(name[-1] in "区县市" or is_common_word(name, 50) and word_tag(name) != "ns" for name in (left, right)):
        return []  # (not 高新区、新区: kinds of zones)
    return [Candidate(mark - len(left), mark, "PLACE", left, RULE - 2),
            Candidate(at, at + len(right), "PLACE", right, RULE - 2)]


# The word for areas after a list of their short names: 推进吴淞、南大、桃浦|等区域转型.
_AREAS_AFTER_LIST = re.compile(rf"等(?:重点)?(?:区域|地区|片区|板块|街区|商圈|[{HAN}]{{2}}集聚区)")  # (王府井、天桥|等演艺集聚区)
_PLACE_LETTERS = frozenset(PROVINCE_LETTERS) | frozenset(COUNTRY_LETTERS)  # one-character names of provinces and countries


def _after_verbs(clause: str) -> str | None:
    """What follows the verbs of a clause, when a name of two or three characters (加快打造|王府井), else None."""
    pieces = read(clause)
    verbs = [i for i, piece in enumerate(pieces) if word_tag(piece)[:1] == "v"]
    rest = "".join(pieces[verbs[-1] + 1:]) if verbs else ""
    return rest if 2 <= len(rest) <= 3 else None


def _listed_areas(text: str, places: list[Candidate]) -> list[Candidate]:
    """The items of a list of areas named by their short names (吴淞、南大、桃浦等区域; 杨浦滨江, a part of a place), when half
    of them or more are places found or towns of the document's province and none of the others is an everyday word."""
    province = home_province(places)
    towns = _towns_of_province(province)[0] if province else {}
    found = []
    for match in _AREAS_AFTER_LIST.finditer(text) if "等" in text else ():
        clause = clause_start(text, match.start())
        parts = text[clause:match.start()].split("、")
        if len(parts) < 2 or any(not 2 <= len(part) <= 4 for part in parts[1:]):
            continue
        first = next((parts[0][-k:] for k in (3, 2) if parts[0][-k:] in towns or is_known_place(parts[0][-k:])),
                     parts[0] if len(parts[0]) <= 3 else _after_verbs(parts[0]))  # (not 济带 of 长江经济带)
        items = ([first] if first else []) + parts[1:]
        known = [item in towns or is_known_place(item) or len(item) == 4 and (item[:2] in towns or is_known_place(item[:2]))
                 for item in items]  # (杨浦滨江: a part of a place)
        if len(items) < 2 or 2 * sum(known) < len(items) or any(
                not is_known and (is_common_word(item, 500) or set(item) <= _PLACE_LETTERS) for item, is_known in zip(items, known)):
            continue  # (日韩、粤港澳: joint abbreviations)
        at = match.start()
        for item in reversed(items):
            if not is_known_place(item):  # (the places the gazetteer knows are found as such)
                found.append(Candidate(at - len(item), at, "PLACE", item, RULE - 2))
            at -= len(item) + 1
    return found


def _listed_towns(text: str, places: list[Candidate], known: set[int]) -> list[Candidate]:
    """Two towns of one county of the document's province, listed side by side without 镇 or 乡 (未来科学城南口、马池口):
    each a town's short name in the NBS tables, no everyday word (a place name the dictionary knows may be frequent:
    南口)."""
    province = home_province(places)
    if province is None:
        return []
    towns, openings = _towns_of_province(province)
    found = []
    at = text.find("、") + 1
    while at:
        if text[at:at + 2] in openings:
            found += _town_pair(text, at, towns, known)
        at = text.find("、", at) + 1
    return found


def _joined_to_china(text: str, place: Candidate, by_end: dict[int, Candidate], abroad: frozenset[str]) -> bool:
    """A place abroad joined by a dash to a place in China before it (广西—文莱|经济走廊): their zone is one."""
    before = by_end.get(place.start - 1) if text[place.start - 1:place.start] in "-—－" else None
    return before is not None and before.name not in abroad


@lru_cache(maxsize=None)
def _division_codes() -> dict[str, tuple[str, ...]]:
    codes: dict[str, list[str]] = {}
    for div in resources.divisions():
        codes.setdefault(div.name, []).append(div.code)
    return {name: tuple(found) for name, found in codes.items()}


# The end of a list of languages: 蒙古、藏、…、朝鲜、彝、壮|等7种少数民族文字, 朝鲜|文版, 俄语和朝鲜|语版.
_LANGUAGES_AFTER = re.compile(rf"(?:、[{HAN}]{{1,5}})*(?:等(?:\d+|[{COUNT_NUMERALS}]+)种[{HAN}]{{0,6}}?(?:文字|语言|语种)|[文语]版)")


def named_as_languages(text: str, places: list[Candidate]) -> set[Candidate]:
    """The places of a list of languages (蒙古、藏、维吾尔、哈萨克、朝鲜、彝、壮等7种少数民族文字版): the languages, not the
    places."""
    return {p for p in places if _LANGUAGES_AFTER.match(text, p.end)}


def outside_their_parent(text: str, places: list[Candidate]) -> set[Candidate]:
    """Counties named by a short form right after a province or city they are not in (合肥|滨湖: 滨湖区 is Wuxi's, the
    name here that of a new area of Hefei), cities by a short form right after a city printed in full (赤峰市|马鞍山林场:
    a forest farm's name), and cities or counties by a short form right after a county, which holds none
    (奉贤区|丽水湾小区: a compound's name), and counties of China named by a word right after another country, a region
    of the world or a sea (尼泊尔|和平区, 印度洋|和平区: zones of peace): not those places."""
    codes = _division_codes()
    abroad = _abroad_or_seas()
    by_end = {p.end: p for p in places}
    wrong = set()
    for p in places:
        parent = by_end.get(p.start)
        if parent is not None and parent.name in abroad and p.name in codes \
                and all(len(c) == 6 for c in codes[p.name]) and resources.is_common_word(p.name[:-1], 100):
            wrong.add(p)  # (a county named by a word of the language; not 新加坡|山东周, 哈萨克斯坦|西安码头)
            continue
        if parent is None or text[p.start:p.end] == p.name or parent.name not in codes or p.name not in codes:
            continue
        divisions = codes[p.name]
        if all(len(c) == 6 for c in divisions) and not any(c.startswith(codes[parent.name]) for c in divisions) \
                or all(len(c) == 6 for c in codes[parent.name]) and all(len(c) <= 6 for c in divisions) \
                or all(len(c) == 4 for c in codes[parent.name]) and all(len(c) == 4 for c in divisions) \
                and text[parent.start:parent.end] == parent.name:
            wrong.add(p)
    return wrong


@lru_cache(maxsize=None)
def _abroad_or_seas() -> frozenset[str]:
    """Other countries, regions of the world, seas, rivers and mountains: no county of China is named right after one."""
    return resources.foreign_countries() | resources.world_regions() | _features()


@lru_cache(maxsize=None)
def _places_abroad_and_features() -> frozenset[str]:
    """Places abroad and seas, rivers and mountains: what a city after 城市 and a part is in (克里米亚东部城镇)."""
    return _countries_and_world() | _features()


@lru_cache(maxsize=None)
def _zones() -> frozenset[str]:
    return frozenset(name for name, kind in resources.kinds("places.tsv") if kind == "zone")


@lru_cache(maxsize=None)
def _features() -> frozenset[str]:
    return frozenset(name for name, kind in resources.kinds("places.tsv") if kind == "feature")


def _features_only(by_start: dict[int, list[Candidate]], start: int, end: int) -> bool:
    """Whether the places inside [start, end) are mountains, rivers or lakes only, which name a region of a
    province's part with it (皖西|大别山革命老区)."""
    inner = [p for at, group in by_start.items() if start <= at < end for p in group]
    return bool(inner) and all(p.name in _features() for p in inner)


_JOINT_PROVINCES = re.compile(rf"[{_PROVINCE_LETTERS}](?:[{_PROVINCE_LETTERS}]{{1,2}}|[港澳])"
                               rf"|中[{''.join(ch for ch in COUNTRY_LETTERS if ch != '中')}]")  # (渝港合作示范区)
_BILATERAL_ZONE = re.compile(rf"(?:(?![等班])[{HAN}])*(?:先行区|示范区|合作区|试验区|产业园区|工业园区)")


def _joint_provinces(text: str, by_start: dict[int, list[Candidate]]) -> list[Candidate]:
    """Provinces named together by their one-character names (苏皖, 湘赣), or China and another country (中非), where
    no place starts: anchors of the zones they share (苏皖合作示范区, 中非经贸深度合作先行区), no places of their own."""
    return [Candidate(m.start(), m.end(), "PLACE", m.group(), RULE) for m in scan(_JOINT_PROVINCES, text)
            if len(set(m.group())) == len(m.group()) and m.start() not in by_start and not crosses_word(text, m.start())
            and not crosses_word(text, m.end())
            and (m.group()[-1] not in "港澳" or not is_han(text[m.start() - 1:m.start()] or "。"))]
    # (、渝港合作示范区; not 横琴|粤澳深度合作区: the zone is named after the place before)


# Three or more provinces listed by their one-character names (陕、甘、宁、青、蒙、黔、川等7个省).
_LETTERS_LISTED = re.compile(rf"[{PROVINCE_LETTERS}](?:、[{PROVINCE_LETTERS}]){{2,}}(?=等|[^{HAN}])")


def _letters_listed(text: str) -> list[Candidate]:
    """The provinces of a list of their one-character names, each between marks but the first (遍布|陕、甘、宁、青…等7个省),
    no letter twice; each named as its province is (陕 → 陕西省)."""
    found = []
    for match in _LETTERS_LISTED.finditer(text):
        letters = match.group().split("、")
        if len(set(letters)) == len(letters):
            found += [Candidate(at, at + 1, "PLACE", builtin().get(PROVINCE_BY_LETTER[text[at]])[1], RULE - 2)
                      for at in range(match.start(), match.end(), 2)]
    return found


_JOINT_NAME = re.compile(rf"[{_PROVINCE_LETTERS}]{{3,4}}")
_AFTER_JOINT_NAME = ("和", "与", "及", "、", "等", "地区", "省际", "交界", "三省", "四省", "一带", "片区", "区域")


def _named_jointly(text: str, starts: set[int]) -> list[Candidate]:
    """Three or four provinces named together by their one-character names, as a region of their own (冀鲁豫和长江流域,
    苏皖鲁豫省际交界地区): distinct letters, no word across either edge, a mark, a conjunction or a word for an area after
    them."""
    return [Candidate(m.start(), m.end(), "PLACE", m.group(), RULE - 2) for m in scan(_JOINT_NAME, text)
            if len(set(m.group())) == len(m.group()) and m.start() not in starts
            and (not is_han(text[m.end():m.end() + 1] or "。") or text.startswith(_AFTER_JOINT_NAME, m.end()))
            and not crosses_word(text, m.start()) and not crosses_word(text, m.end())]


_LETTERS = "".join(COUNTRY_LETTERS)
_BILATERAL = re.compile(
    f"([{_LETTERS}][{_LETTERS}]{{1,2}})"  # (a set of characters first, not a repeat: the scan skips to them)
    "(?=关系|两国|三国|双方|建交|会谈|会晤|峰会|首脑|元首|领导人|外长|合作|贸易|经贸|友好|友谊|战略|对话|"
    "论坛|联合声明|互联互通|政府间|高层|企业家|议会)")  # not 中日韩自贸协定: an agreement
_NAME_TAGS = ("ns", "nz", "nt", "nr", "t")  # how jieba's dictionary tags 中美, 中欧, 中日 …
_ADJECTIVE_LETTERS = frozenset("新老")  # letters of countries that are everyday adjectives, a country's only where named


def find_country_pairs(text: str) -> list[Candidate]:
    """Each country of 中美关系, 中俄两国, 中日韩合作 (not 非法贸易: an everyday word)."""
    found: list[Candidate] = []
    for match in scan(_BILATERAL, text):
        letters = match.group(1)
        if match.start() and text[match.start() - 1] in COUNTRY_LETTERS:  # four in a row: not a phrase of names
            continue
        freq, tag = dictionary().get(letters, (0, ""))
        if len(set(letters)) < len(letters) or (freq >= 50 and tag not in _NAME_TAGS) or letters in ("美德",):
            continue
        if "中" not in letters and any(ch in _ADJECTIVE_LETTERS and not any(name in text for name in (
                COUNTRY_LETTERS[ch], *_countries_opened_by().get(ch, ()))) for ch in letters):
            continue  # (在新老合作和交替的过程中: new and old, no country the text names)
        found += [Candidate(match.start() + i, match.start() + i + 1, "PLACE", _country_of(text, ch, match.start()), RULE)
                  for i, ch in enumerate(letters)]
    return found


def _country_of(text: str, letter: str, at: int) -> str:
    """The country a letter names at `at`: of the countries whose names open with it, the one named in full last within
    `_NAMED_BEFORE` characters before (会见加蓬总统…中加友好: Gabon, not Canada); else the only one the text names in
    full where the usual one is not named (中新 with 新西兰 in the text, not 新加坡); else the usual one."""
    country, others = COUNTRY_LETTERS[letter], _countries_opened_by().get(letter, ())
    if not others:
        return country
    window = text[max(0, at - _NAMED_BEFORE):at]
    named = [(window.rfind(name), len(name), name) for name in (country, *others) if name in window]
    if named:
        return max(named)[2]  # (印度尼西亚 over 印度 at the same place)
    named = [name for name in others if name in text]
    return named[0] if len(named) == 1 and country not in text else country


_NAMED_BEFORE = 400


@lru_cache(maxsize=None)
def _countries_opened_by() -> dict[str, tuple[str, ...]]:
    """For each letter of a country (not 中), the other countries of the gazetteer whose names open with it (加: 加纳, 加蓬)."""
    countries = sorted(resources.foreign_countries())
    return {letter: tuple(c for c in countries if c.startswith(letter) and c != name)
            for letter, name in COUNTRY_LETTERS.items() if letter != "中"}


@lru_cache(maxsize=None)
def _code_of() -> dict[str, str]:
    """Full division name → its code, for names only one division has."""
    codes: dict[str, list[str]] = {}
    for div in resources.divisions():
        codes.setdefault(div.name, []).append(div.code)
    return {name: c[0] for name, c in codes.items() if len(c) == 1}


def names_a_mountain(text: str, start: int, end: int) -> bool:
    """Whether the short form at [start, end) opens the name of a mountain, a word with 山, no place (吕梁山)."""
    return text[end:end + 1] == "山" and (mountain := text[start:end + 1]) in dictionary() and not is_known_place(mountain)


def after_its_parent(text: str, cand: Candidate) -> bool:
    """Whether a short form comes right after the name of its province or city (贵州遵义, 湖北孝感): the context
    leaves no doubt, though a word runs across its end (遵义|举行), unless the short form is a common word that names
    no city of the province (辽宁振兴, a district), opens a mountain's name (山西|吕梁山) or a longer word (三亚|天涯海角)."""
    surface = text[cand.start:cand.end]
    if names_a_mountain(text, cand.start, cand.end):
        return False
    ordinary = is_ordinary_word(surface, 500)
    owners = short_form_owners().get(surface, ())
    codes = _code_of()
    for size in (2, 3, 4):
        entry = builtin().get(text[max(0, cand.start - size):cand.start]) if cand.start >= size else None
        code = codes.get(entry[1]) if entry is not None and entry[0] == "PLACE" else None
        if code is not None and any(d.code.startswith(code) and d.code != code and (d.level == "city" or not ordinary)
                                    for d in owners):
            word = word_read_at(text, cand.start)  # (山西大同: a city of the province, though 大同 is a common word;
            return word is None or len(word) < 4 or len(word) <= cand.length or is_known_place(word)  # not 三亚|天涯海角:
            # the first half of a set phrase, a landmark)
    return False


def before_its_child(text: str, cand: Candidate) -> bool:
    """Whether a province or city comes right before a division of its own (广西|南宁: 西南 is a word), or before the
    short form of one that needs context (广西|北海)."""
    code = _code_of().get(cand.name)
    if code is None:
        return False
    for size in (2, 3, 4):
        surface = text[cand.end:cand.end + size]
        entry = builtin().get(surface)
        if entry is None or entry[0] != "PLACE":
            continue
        child = _code_of().get(entry[1])
        children = (child,) if child is not None else tuple(d.code for d in short_form_owners().get(surface, ()))
        if any(child.startswith(code) and child != code for child in children):
            return True
    return False


def home_province(places: list[Candidate], least: int = 1) -> str | None:
    """The province most of a document's places belong to (its code), if one leads with at least `least` of them."""
    counts: dict[str, int] = {}
    codes = _code_of()
    for place in places:
        code = codes.get(place.name)
        if code is not None:
            counts[code[:2]] = counts.get(code[:2], 0) + 1
    if not counts:
        return None
    best = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return best[0][0] if best[0][1] >= least and (len(best) == 1 or best[0][1] > best[1][1]) else None


def at_home(text: str, hits: list[Candidate], home: str) -> list[Candidate]:
    """`hits` with a province's bare short form read as the prefecture of the document's province `home` that
    shares it (海南 in a report of Qinghai: 海南藏族自治州, not 海南省)."""
    codes = _code_of()
    renamed = []
    for c in hits:
        province = c.label == "PLACE" and len(codes.get(c.name, "")) == 2 and codes[c.name] != home
        prefecture = next((d for d in short_form_owners().get(text[c.start:c.end], ()) if d.level == "city"
                           and d.code.startswith(home)), None) if province else None
        renamed.append(c._replace(name=prefecture.name) if prefecture else c)
    return renamed


# After the last item of a list of places: 等15个县市, 3个县市, 等地.
_PLACE_LIST_END = re.compile(rf"等?(?:\d+|[{COUNT_NUMERALS}]+)?个?(?:县市区|县市|县区|区县|市县|市州|市区|城市|地市|县|市|区|州|地)"
                             rf"(?![域间块]|[{HAN}]{{0,1}}(?:场|长|委|民|政|级|位))")  # (新建50个区域: no districts)
_JOINERS = "、和与及"
_COUNT_CLOSING = re.compile(rf"[{COUNT_NUMERALS}][大个座]")
_DASHED_PARTNER_ENDS = re.compile(r"[线路]|铁路|高速|公路|航线|管道|[、，,。；;）)]|$")  # after the second place of a route
_ITEM_BEFORE = "、，,：:（( \n和与及。；"
_ITEM_AFTER = "、，,。；;）)和与及等“"
_AREA_AFTER = ("腹地", "一带", "境内", "周边", "之间", "交界", "三地", "两地", "地区")  # the area a list of places spans
AFTER_A_LEVEL = frozenset("长委政人纪监党级属域城")  # a title, a body or a word after a level (县长, 县委, 市级, 县域), no
# name's end
_ARRIVING = ("来到", "前往", "抵达", "奔赴", "回到", "留在", "走进", "赴", "重访", "再访")  # 来到|包头, 重访|兰考时
# After a short form that names a facility, a firm or a village rather than the place (江北机场, 长安汽车, 永兴村).
_FACILITY = re.compile(r"(?:机场|火车站|高铁站|北站|南站|东站|西站|港|码头|大桥|隧道|路|大道|大街|街(?![子头])|公园|广场|水库|大学|学院|医院|校区|"
                       r"银行|集团|公司|汽车|电厂|中学|小学|宾馆|酒店|文化|村(?![" + _WORD_AFTER_VILLAGE + r"])|社区|(?:国际)?会议中心|体育中心|"
                       r"会展中心)")  # 红山文化: a culture named after a site; 广州白云|国际会议中心: a venue
_ROUTE = "至到—－-"  # 宜昌至涪陵, 虎林—长春天然气管道, 延吉-长白


def read_at_home(text: str, crossed: list[Candidate], home: str, found: list[Candidate]) -> list[Candidate]:
    """The short forms of the document's own counties that a word runs into but the likeliest reading keeps whole
    (榆中|山洪 in Gansu, though 中山 is a word; 陇西|地震), or that open a route to a place found (机场和|平远|至武平):
    no ordinary word, overlapping nothing found."""
    owners = short_form_owners()
    taken = [(c.start, c.end) for c in found]
    route_ends = {c.start for c in found if c.label == "PLACE"}
    return [c for c in crossed if sum(d.code[:2] == home for d in owners.get(c.name, ())) == 1
            and not is_word_like(c.name) and not is_ordinary_word(c.name, 500)
            and (reads_as_word(text, c.start, c.end) or text[c.end:c.end + 1] in ("至", "到") and c.end + 1 in route_ends)
            and not any(s < c.end and c.start < e for s, e in taken)]


def _former_level(name: str, short: str, level: str) -> bool:
    """Whether `level`, printed after `short`, a short form that is a word, is a level the division `name` had before
    (满城|县 for 满城区) and the dictionary knows the two as a place (not 老城|市新活力, 振兴|县中, 经济合作|区)."""
    return (name[-1] == "区" and level in "县市" or name[-1] == "市" and level == "县") and word_tag(short + level) == "ns"


_HOME_REACH = 800  # the stretches of text whose places, with those of the stretches either side, tell the province a
# short form in it is read in
_HOME_NEAR = 2  # how many of those places of one province tell it


def contextual_places(text: str, hits: list[Candidate], places: list[Candidate], home: str | None) -> list[Candidate]:
    """The short forms among `hits` (CONTEXT: counties, shared or word-like short forms) that name a
    place here: one of the province of the places around it (`_HOME_REACH`, `_HOME_NEAR`; else the document's) that
    is not an ordinary word, or any one with
    context — a neighbour in a list of places (孝感、黄冈), a count after the list (天门、潜江、松滋等15个县市),
    a province or city right before it (湖北孝感), a route (宜昌至涪陵)."""
    owners = short_form_owners()
    codes = _code_of()
    accepted: dict[int, Candidate] = {}
    abroad = _countries_and_world()  # a country abroad is no neighbour in a list (交流与合作、乌克兰局势)
    place_ends = {p.end for p in places if p.name not in abroad}
    place_starts = {p.start for p in places if p.name not in abroad}
    parents = {p.end: codes[p.name] for p in places if p.name in codes}  # 湖北 in 湖北孝感
    children = {p.start: codes[p.name] for p in places if p.name in codes}  # 祥符区 in 开封祥符区
    coded = sorted((p.start, p.end, codes[p.name]) for p in places if len(codes.get(p.name, "")) in (2, 4))
    pending = []
    town_ends = {p.end for p in places if p.name.endswith(_TOWN_LEVELS)}  # (刁窝镇|万全庄村: no county in a town)
    stretches: dict[int, list[Candidate]] = {}
    for p in places:
        stretches.setdefault(p.start // _HOME_REACH, []).append(p)
    homes: dict[int, str | None] = {}  # each stretch's province, worked out once
    for hit in hits:
        k = hit.start // _HOME_REACH
        if k not in homes:
            near = stretches.get(k - 1, []) + stretches.get(k, []) + stretches.get(k + 1, [])
            homes[k] = home_province(near, _HOME_NEAR) or home  # (a news programme's items, each of its own province)
        here = homes[k]
        if hit.start in town_ends:
            continue
        if _FACILITY.match(text, hit.end) or hit.start > 0 and text[hit.start - 1] in "向往朝" \
                and hit.name[0] in "东南西北" and text[hit.end:hit.end + 1] in "。，；、" \
                or names_a_mountain(text, hit.start, hit.end):
            continue  # (一库清水向|北流。: a way to flow, not 北流市; 山西|吕梁山脚下: a mountain, not 吕梁市)
        divs = owners.get(hit.name, ())
        at_home = [d for d in divs if d.code[:2] == here]
        owner = at_home[0] if len(at_home) == 1 else divs[0] if len(divs) == 1 else None
        cand = hit._replace(name=owner.name) if owner else hit
        known = at_home or word_tag(hit.name) == "ns" and not (owner and owner.name.endswith("区")) \
            and hit.name[-1] not in "和与及" and is_common_word(hit.name, 5)  # 汶川 anywhere; 潜江 in Hubei; a district
        # (新洲区, 龙潭区), a name that ends in a conjunction (建设云和|人工智能: cloud and AI) or one the dictionary barely
        # knows (拥|江达|海) at home or with context only
        leveled = text[hit.end:hit.end + 1] in tuple("县区市旗") and text[hit.end + 1:hit.end + 2] not in AFTER_A_LEVEL
        if owner is not None and (not is_word_like(hit.name) and (known or leveled)
                                  or leveled and _former_level(owner.name, hit.name, text[hit.end])):
            # (武隆|县: its level, a former one; 满城|县, though 满城 is a word)
            accepted[hit.start] = cand
        elif len(inside := _outermost([d for d in divs if d.code.startswith(parents.get(hit.start, "-"))])) == 1 \
                and (inside[0].level == "city" or not is_ordinary_word(hit.name, 500)):  # 湖北孝感, 山西大同; not 辽宁振兴
            accepted[hit.start] = hit._replace(name=inside[0].name)  # (大同 of Shanxi, not 大同区 of Daqing)
        elif owner is not None and owner.level == "city" and children.get(hit.end, "").startswith(owner.code):
            accepted[hit.start] = cand  # 开封|祥符区: a city right before a district of its own
        elif len(inside := _inside_a_parent_before(text, hit, divs, coded)) == 1:
            accepted[hit.start] = hit._replace(name=inside[0].name)  # 四川省阿坝州的北部的|若尔盖草原
        elif len(own := [d for d in divs if _own_town_after(text, hit.end, d.code)]) == 1:
            accepted[hit.start] = hit._replace(name=own[0].name)  # 密云|河南寨镇, 房山|窦店镇: a county before one of its
            # towns written out
        else:
            pending.append(cand)
    changed = True
    while changed and pending:
        changed = False
        ends = place_ends | {c.end for c in accepted.values()}
        starts = place_starts | {c.start for c in accepted.values()}
        hit_ends = ends | {c.end for c in pending}
        hit_starts = starts | {c.start for c in pending}
        cities = {c.end: codes[c.name] for c in accepted.values() if len(codes.get(c.name, "")) == 4}
        for cand in list(pending):
            a, b = cand.start, cand.end
            if a in parents and not codes.get(cand.name, "").startswith(parents[a]):
                continue  # 武汉|东湖: a division of another province's short form right after a city, which it qualifies
            before, after = text[a - 1:a], text[b:b + 1]
            whole_item = (a == 0 or before in _ITEM_BEFORE or a in ends or before in "在到至") \
                and (b == len(text) or after in _ITEM_AFTER or text.startswith(_AREA_AFTER, b))
            # (在|册亨、罗甸: the first place after a preposition; 北京、天津、|保定|腹地: the area the list spans)
            first_after_verb = after == "、" and b + 1 in starts and word_tag(text[a - 2:a]) == "v" \
                and reads_as_word(text, a, b)  # 抓好|开封、鹤壁 (not 粤港澳合作、泛珠三角)
            glued = a in ends and len(parents.get(a, "")) not in (2, 4)  # 兴城|古城: a county's (武汉|东湖: a city's)
            last_before_verb = before in _JOINERS and a - 1 in ends and starts_verb(text, b)  # 大连、朝阳|创建
            listed = whole_item and ((before in _JOINERS and a - 1 in ends) or (after == "、" and b + 1 in starts
                                                                                 and not glued)) \
                or first_after_verb or last_before_verb
            arrived = text.endswith(_ARRIVING, 0, a) and (after in _ITEM_AFTER or after == "时" or starts_verb(text, b))
            city = cities.get(a)  # (青海海东|互助|北山: a county right after its own city, found by context itself)
            own = [d for d in owners.get(text[a:b], ()) if d.code.startswith(city)] if city else []
            plant = company.opens_a_plant(text, b) and not crosses_word(text, a) \
                and (any(d.level == "city" for d in owners.get(text[a:b], ())) or not is_word_like(text[a:b]))
            # (大同|矿务局, 汉阳|钢铁厂: the place a plant is named after, a city or a name no word; not 新建|水泥厂)
            closed = before in _JOINERS and a - 1 in ends and _COUNT_CLOSING.match(text, b) is not None  # 攀枝花、
            # 包头和|金川|三大共生矿: the last of places a count closes
            closing = _PLACE_LIST_END.match(text, b)
            counted = closing is not None and (before in "、，,：（(" or a - 1 in ends or a == 0) \
                and (closing.group()[0] == "等" or closing.group()[0].isdigit() or closing.group()[0] in COUNT_NUMERALS
                     or not is_han(text[closing.end():closing.end() + 1] or "。")
                     or text.startswith(("带", "群", "圈"), closing.end()))
            # (a count, 等, the kind of places ending the clause or a region of them: 滨海城市带; not 新建|城市水厂)
            route = after in _ROUTE and (b + 1 in hit_starts or text[b + 1:b + 2] == after and b + 2 in hit_starts) \
                or before in _ROUTE and (a - 1 in hit_ends or text[a - 2:a - 1] == before and a - 2 in hit_ends)
            # (包头——兰州线: a dash of two)
            route = route and not (after in "—－" and is_word_like(text[a:b]) and reads_as_word(text, a, b)
                                   and (before == "的" or word_tag(text[a - 2:a]) in ("a", "ad")
                                        or not _DASHED_PARTNER_ENDS.match(text, next(
                                            (e for e in sorted(hit_ends) if e > b + 1), len(text)))))
            # (not 西电东送的重要|通道——四川…: a word an adjective qualifies, before a dash that opens what it names, nor
            # 运输通道——内蒙古海拉尔…: what the dash names goes on; but 有|包头——兰州线)
            if listed or counted or route or arrived or closed or plant or len(own) == 1:
                accepted[a] = cand._replace(name=own[0].name) if len(own) == 1 else cand
                pending.remove(cand)
                changed = True
    known = {c.name for c in accepted.values()}
    accepted.update({c.start: c for c in pending if c.name in known  # the same place again in this document (not
                     and not is_ordinary_word(text[c.start:c.end], 3000)})  # 合作 wherever it is a word)
    return sorted(accepted.values())


def _own_town_after(text: str, at: int, county: str) -> bool:
    """Whether one of the county's (its code) towns is written out in full at `at`."""
    towns = _full_towns_of(county) if len(county) == 6 else ()
    return bool(towns) and any(text[at:at + size] in towns for size in range(3, 9))


@lru_cache(maxsize=None)
def _full_towns_of(county: str) -> frozenset[str]:
    """The county's towns, townships and streets of three characters or more, in full."""
    return frozenset(town for town in resources.towns().get(county, ()) if len(town) >= 3)


def county_before_own_town(text: str, at: int) -> bool:
    """Whether a county's short form ends at `at` and one of its towns is written out from there (密云|河南寨镇,
    房山|窦店镇)."""
    owners = short_form_owners()
    return any(_own_town_after(text, at, d.code) for size in (2, 3) for d in owners.get(text[max(0, at - size):at], ()))


def _outermost(divs: list) -> list:
    """The divisions not inside another of them (和田地区, not its seat 和田市: one short form for both)."""
    return [d for d in divs if not any(d is not other and d.code.startswith(other.code) for other in divs)]


def _inside_a_parent_before(text: str, hit: Candidate, divs, coded: list[tuple[int, int, str]]) -> list:
    """The divisions of a short form that lie in a province or prefecture named earlier in its sentence (within
    `_PARENT_REACH` characters; `coded`: the places with their codes, by start): 四川省阿坝州的北部的|若尔盖草原; none for
    a word of some frequency (在杭州，让|西湖…) unless it is a city's that opens a clause (在河北，…，|保定|开展…), nor where
    a township is named after it (塔什库尔干|乡)."""
    if not divs or text[hit.end:hit.end + 1] in "乡镇村":
        return []
    floor = max(text.rfind("。", 0, hit.start), text.rfind("\n", 0, hit.start), hit.start - _PARENT_REACH)
    first, last = bisect_left(coded, (floor + 1,)), bisect_left(coded, (hit.start,))
    near = {code for _, end, code in coded[first:last] if end <= hit.start}
    inside = [d for d in divs if any(d.code.startswith(code) for code in near)]
    if is_common_word(hit.name, 100):
        return [d for d in inside if d.level == "city"] if text[hit.start - 1:hit.start] in "，；：" else []
    return inside


_PARENT_REACH = 30


def starts_verb(text: str, at: int) -> bool:
    """A verb or an adverb of two characters or more opens at `at` (上榜, 创建, 率先), as the likeliest reading has
    it."""
    word = word_read_at(text, at)
    return word is not None and len(word) > 1 and word_tag(word) in ("v", "d")


# A region named by the initials of its cities (长株潭: 长沙, 株洲, 湘潭; 宁镇扬: 南京, 镇江, 扬州), before a
# word that says it is a region; two initials only before the strongest of those words (广佛同城化).
_REGION_WORD = re.compile(r"一体化|都市圈|城市群|同城化|双城经济圈|经济圈|大都市区|协同发展|融合发展|自创区|国家自主创新示范区|国家高新区")
_COUNT_OF_REGIONS = re.compile("[两三四]个$")  # 福厦泉与合芜蚌|两个|国家自主创新示范区
_PAIR_AFTER = ("一体化", "都市圈", "同城化", "双城经济圈")  # 酒嘉双城经济圈
# Cities whose one-character name in such regions is not their first character.
_CITY_ALIASES = {"南京市": "宁", "广州市": "穗", "福州市": "榕", "成都市": "蓉", "厦门市": "鹭"}


@lru_cache(maxsize=None)
def _provinces_by_initial() -> dict[str, frozenset[str]]:
    """A one-character name of a prefecture-level city (the first or last character of its short name, or
    an alias of `_CITY_ALIASES`) → the codes of the provinces that have such a city."""
    provinces: dict[str, set[str]] = {}
    for division in resources.divisions():
        if division.level == "city":
            initials = {division.short[0], division.short[-1]}  # 长沙, 株洲, 湘潭: 长株潭
            if division.name in _CITY_ALIASES:
                initials.add(_CITY_ALIASES[division.name])
            for initial in initials:
                provinces.setdefault(initial, set()).add(division.code[:2])
    return {initial: frozenset(codes) for initial, codes in provinces.items()}


def _initials_of_one_province(name: str) -> bool:
    """Whether every character of `name` is the initial of a city of one and the same province."""
    provinces = _provinces_by_initial()
    return bool(frozenset.intersection(*(provinces.get(ch, frozenset()) for ch in name)))


def _city_initials(text: str) -> list[Candidate]:
    """长株潭一体化, 厦漳泉都市圈, 宁镇扬同城化: distinct initials of cities of one province, no word."""
    found = []
    for match in scan(_REGION_WORD, text):
        end = match.start()
        count = _COUNT_OF_REGIONS.search(text, max(0, end - 2), end)
        end = count.start() if count else end
        for joined in (False, True):  # a region, and one of three initials joined before it (福厦泉|和|合芜蚌国家高新区)
            run = text[max(0, end - 4):end]
            named = None
            for size in range(len(run), 1, -1):  # the longest end of the run that names a region
                name = run[-size:]
                if size == 2 and (joined or not text.startswith(_PAIR_AFTER, match.start())) \
                        or builtin().get(name) is not None and size >= 3:
                    break  # (长株潭, a region the gazetteer has: found as it, not as 株潭)
                if all(is_han(ch) for ch in name) and len(set(name)) == size and _initials_of_one_province(name) and \
                        not is_ordinary_word(name) and builtin().get(name) is None and not crosses_word(text, end - size):
                    named = Candidate(end - size, end, "PLACE", name, RULE)
                    break
            if named is None:
                break
            found.append(named)
            if named.length < 3 or text[named.start - 1:named.start] not in ("和", "与", "、"):
                break
            end = named.start - 1
    return found


# Border areas of provinces named by their one-character names: 湘赣边, 陕川界, 湘鄂渝黔边.
_BORDER = re.compile(rf"([{_PROVINCE_LETTERS}][{_PROVINCE_LETTERS}]{{1,3}})(?:边界|交界|边区(?!域)|边|界)")  # a set first: a fast scan


def _borders(text: str) -> list[Candidate]:
    """湘赣边, 陕川界: distinct provinces' names before 边 or 界, not inside a word."""
    return [Candidate(m.start(), m.end(), "PLACE", m.group(), RULE) for m in scan(_BORDER, text)
            if len(set(m.group(1))) == len(m.group(1)) and not crosses_word(text, m.start())]


_PAIR_LETTERS = frozenset(PROVINCE_LETTERS + "成")  # 成渝, 川渝, 京津: the first letter of a pair of places


def _directional(text: str) -> list[Candidate]:
    """粤东, 鲁西南, 皖北: not a name the lexicon knows otherwise (云南, 湘西) nor inside a word."""
    found = []
    for match in scan(_DIRECTIONAL, text):
        a, b = match.span()
        if found and found[-1].end == a and text.endswith(("部", "地区"), a, b):
            b -= 1 if text[b - 1] == "部" else 2  # 粤东粤西粤北|地区: the last of a row, its 地区 shared by all
        name = text[a:b - 2] if text.endswith("地区", a, b) else text[a:b]  # 粤东地区 is 粤东, as printed
        if a and text[a - 1] in _PAIR_LETTERS:
            continue  # 成渝|中部, 川渝|东北: a part of a pair of places, not of the province
        if a and any(is_known_place(text[a - k:a + 1]) for k in (1, 2)):
            continue  # 北|川东部: the end of another place's name (北川), then its 东部
        if text[b - 1] == "中" and text[b:b + 1] in COUNTRY_LETTERS:
            continue  # 蒙中俄|三方: the letters of countries in a row, not central Inner Mongolia
        if builtin().get(text[a:b]) is None and not crosses_word(text, a) and (
                not crosses_word(text, b) or reads_as_word(text, a, b) or zone_at(text, b)):  # 豫西南|山丘区, 皖南|国际
            found.append(Candidate(a, b, "PLACE", name, RULE))
    return found
