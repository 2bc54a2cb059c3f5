"""SLOGAN: formulations (提法) — codes, numeral-led phrases, "+" formulations, campaigns.

Quoted terms are judged by their shape and context: numeric codes ("33618"),
numeral-led phrases (两个确立, 六区一高地), "+" formulations (产业大脑+未来工厂),
named campaigns (“满天星”行动) and multi-word coinages are kept; quoted
metaphors and ordinary words (牛鼻子, 家底), quotations and alias introductions
are rejected. The corpus pass matches every accepted term without quotes.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain
from functools import lru_cache

from policykg.extract import defines, resources
from policykg.extract.candidates import CONTEXT, HARVEST, RULE, Candidate
from policykg.extract.lexicon import builtin, is_known_place
from policykg.extract.resources import dictionary, is_common_word, is_ordinary_word, word_tag
from policykg.extract.text import (BRINGING, DASHES, EPITHET_AFTER, MODALS, TRANSLITERATION, all_after, clause_start,
                                   crosses_word, matches_at, quoted_bodies, starts_before, unquoted)
from policykg.extract.words import read
from policykg.vocabulary import (BODIES_BEFORE_QUOTES, CENTRE_HEADS, COUNT_NUMERALS, COUNTRY_LETTERS, DIGITS, HAN,
                                  LETTERS_ABROAD, LEVELS, NUMERALS, OPENED, PARTY_KINDS, SEVERAL, SOCIETY_HEADS,
                                  alternation, is_han)

_QUOTES = (re.compile(r"“([^“”\n]{1,24})”"), re.compile(r"‘([^‘’\n]{1,24})’"), re.compile(r"「([^「」\n]{1,24})」"))
_MORE_QUOTED = re.compile(r"(?:[、和与及]?[“‘「][^“”‘’「」\n]{1,24}[”’」])*")  # the rest of a run: “强科技”|“强工业”行动
_NUMBER_CHARS = f"{COUNT_NUMERALS}百千万双"
_CAMPAIGN_AFTER = re.compile(r"(?:专项行动|三年行动|行动计划|行动|工程|计划|战略|品牌|模式|(?:集成|综合|配套)?改革|机制|体系|工作法|建设|"
                             r"文章|布局)")
_PROGRAMME = ("计划", "行动", "工程")  # a programme's own name: “护证计划”, “尖刀”工程
_QUALIFIED_CAMPAIGN = re.compile("(?:治理|整治|整顿|系列|主题|专项)+(?:行动|工程)")  # “清朗”系列专项行动, “净网”治理行动
_PROGRAMME_AFTER = re.compile(r"(?:制度|试点|项目|政策)")  # “保交房”项目, “好差评”制度: three characters or more
_STRATEGY_AFTER = re.compile("(?:发展)?战略|倡议|新经济(?:政策|计划)")  # a country's strategy named by a set phrase: “光明之路”发展战略
_LAUNCHED = ("开展的", "实施的", "启动的", "发起的", "推出的")  # what a programme is said to be before its quoted name
_METAPHOR_BEFORE = ("的", "是", "当成", "当作", "成为", "作为", "变成", "转型为", "称为", "叫做", "简称", "名为", "这个", "一个", "一张", "这张",
                    "一块", "这块", "一把", "一股", "一剂", "一处", "是一次", "一趟", "代表")  # (代表“中国速度”的…列车: what it stands for)
# The spirit a quoted saying describes (以“跳起来摘桃子”的心气争先): no formulation.
_ATTITUDE_AFTER = re.compile("的(?:心气|劲头|干劲|精神头|姿态|决心|韧劲|魄力|气魄|勇气|状态|拼劲|闯劲|(?:英雄)?气概|斗争精神)")
# A count of a formulation's parts, which may say what they are with 的 (“三个新的更大进展”, “两个更加注重”).
_COUNTED_PARTS = re.compile(rf"[{COUNT_NUMERALS}]个")
_CONTINUATION = re.compile(r"(?:融合|协同|联动|贯通)")
_PLAN = re.compile(rf"十[{DIGITS}]五(?=规划|时期|期间|末|以来|开局|收官)")
_YEARISH = re.compile(r"(?:19|20)\d{2}年?|\d{1,2}月\d{1,2}日|\d+(?:\.\d+)?%|\d+\.\d+|\d{1,2}")
def _reported_words(term: str) -> bool:
    """Words quoted from what someone said, no formulation: an adverb and a verb (“很快需要”), or verbs as alternatives
    (“暂停或中止”)."""
    if len(term) != 4 and "或" not in term or len(term) > 8 or any(ch.isdigit() for ch in term):
        return False
    pieces = read(term)
    return len(pieces) == 2 and all(len(p) == 2 for p in pieces) and word_tag(pieces[0]) == "d" \
        and word_tag(pieces[1]) == "v" or len(pieces) == 3 and pieces[1] == "或"


_MODAL_OPENINGS = ("会", "将会", "不会", "可能", "应该", "就会")  # what opens a quoted prediction, no formulation
_SPEECHY = re.compile(r"[了吗呢吧啊呀哦嘛啦你他她它的]|(?<![呼自])我(?!为)")  # not 民呼我为, 企呼我办, 我为群众办实事, 四个自我
# Quoted things that are not formulations: speech (越来越好), questions (如何提升基层医疗水平), generations (90后),
# superlatives listed (最吃劲、最关键), X所需 (国家所需、浙江所能), awards and contests, teams,
# meetings and festivals (猎鹰突击队, 海客圆桌会), bodies and workshops (“和平委员会”, “数字智能置景车间”), superlatives
# (亚洲最大恒温水景棚, 内贸第一大港, 最大增量: what a thing is called; not 三个最大), a plain plan of some years (3个“三年行动”: it names no programme).
_NOT_A_TERM = re.compile(rf"越来越|所[需能盼急想求]$|[奖杯赛]$|新发现$|^[{COUNT_NUMERALS}]年(?:行动|计划|规划)$|^(?:如何|怎样|怎么|为何|为什么)|^\d0后$|^最[^、]{{1,3}}(?:、最[^、]{{1,3}})+$"
                         r"|.(?:突击队|服务队|工作队|代表团|艺术团|合唱团|圆桌会|座谈会|博览会|论坛|影像节|艺术节|文化节|电影节|委员会|部队|车间)$"
                         rf"|(?<![{COUNT_NUMERALS}个])最大|第一大"
                         rf"|^最[后初先]一(?:公里|米|步)$|^[\d{COUNT_NUMERALS}]+连[丰增涨降冠胜击捷好]$|^(?:时时|事事|处处|人人)|.名单$"
                         rf"|^[{COUNT_NUMERALS}]人帮$|.一条街$|^[\d.]+[万亿]*(?:元|美元|吨|人|亩|公里)$|^(?:世界|中国|全球)\d+强$")
# (最后一公里: a metaphor; 二十二连丰, 18连增, 六连冠: a record; 时时放心不下, 事事心中有底: a saying; 白名单: a list;
# 四人帮: a gang; 国旗一条街: a street full of something; “10万亿元”: an amount; “世界500强”: a ranking)
# A service or product with a "+" after its name (澜湄快线+), not a "+" formulation (旅游+, 班列+保税).
_SERVICE = re.compile(r"(?:快线|专线|班列|专列|航线|号)\+$")
_CRAFT = re.compile(rf".+(?:[{NUMERALS}\d]+号|之星)$")  # 天问一号, 嫦娥五号, 东方之星: craft and ships
_CLAUSE_MARKS = frozenset("。！？!?，,；;：:")  # a quoted clause, not a term
_ROUTE = re.compile(rf"[{HAN}]{{1,4}}(?:[—－-][{HAN}]{{1,4}})+")
_DASHES = re.compile(f"[{DASHES}]")
_CODE = re.compile(r"\d{3,8}|\d{2,6}[A-Z]{1,2}|\d{1,3}[×xX]\d{1,3}")  # 33618, 141X, 4×4



_COUNT_BEFORE_QUOTE = re.compile(r"(?<![第\d十百千万几])[两二三四五六七八九十]个$")  # (not 第五个, 十五个: a rank, a count)
_COUNTED_TERM = re.compile(rf"[{HAN}]{{2,8}}")
_GLOSS_AFTER = re.compile("[（(](?:指|即)")  # what opens a quoted code's gloss in brackets
_CALLED = re.compile("(?:简称|称为|名为|叫做|以下称|誉为|号称|称作|叫)(?:是|她们|他们|她|他|它)?$")


_BODY_SPEAKING = re.compile("组织(?:称|说|表示|指出|认为|发布|[，。、])")  # “叙利亚人权观察”|组织称 (not “一带一路”|组织协调)


_NUMBERED_MOTTO = re.compile(rf"一[{HAN}]{{2,6}}，二[{HAN}]{{2,6}}(?:，三[{HAN}]{{2,6}}(?:，四[{HAN}]{{2,6}})?)?")


def judge(term: str, before: str, after: str) -> str | None:
    """The canonical form of a quoted term if it is a formulation, else None."""
    term = term.strip()
    if _NUMBERED_MOTTO.fullmatch(term) and len({clause[1] for clause in term.split("，")}) == 1:
        return term  # “一要吃饭，二要建设”: a motto of clauses numbered in turn, each led by the same word
    if not term or not _CLAUSE_MARKS.isdisjoint(term) or _YEARISH.fullmatch(term) \
            or term.isdigit() and (before.endswith(_NUMBER_NAMED + ("到", "至")) or _LINES_AFTER.match(after)) \
            or _BARE_COUNT.fullmatch(term):
        return None  # (数字“100”“1921”: numbers of a logo; 从“1”到“100”: a range; 中巴经济走廊“两大”公路: a count alone)
    if after.startswith(_DAY_AFTER) and all(ch in COUNT_NUMERALS for ch in term) and len(term) <= 3 and term[-1] != "五":
        return None  # 今年“七一”期间, “五一”前夕: a day named by its month and day (not “一五”期间, a five-year plan's)
    if _CALLED.search(before) or after.startswith(EPITHET_AFTER):
        return None  # 素有“江海门户”之称, 叫她们“大白妈妈”: a name something or someone goes by
    if after.startswith(("网站", "新闻网", "公众号", "客户端", "App", "APP", "电视台", "通讯社", "广播电台", "电台", "报社", "杂志")):
        return None  # 美国“枪支暴力档案”网站, “今日俄罗斯”电视台: a medium
    if after.startswith("党") and not after.startswith(("党建", "党员", "党的", "党史", "党风", "党性", "党纪")) \
            or term.endswith(PARTY_KINDS + SOCIETY_HEADS) or _BODY_SPEAKING.match(after) \
            or term.endswith(CENTRE_HEADS) and after.startswith(OPENED) and not _COUNTED_CENTRE.search(term):
        return None  # 玻利维亚“争取社会主义运动”党, “俄罗斯共和党—人民自由党”: a party's name; “马克思学说研究会”,
        # “叙利亚人权观察”组织: a society's; “16+1全球伙伴中心”揭牌: an institution's
    if after.startswith(_WEAPONS + _VESSELS) or before.endswith(_VESSELS_BEFORE) and any(map(str.isascii, term)) \
            or term.endswith(("公司", "集团")) and not any(ch in "+＋十" for ch in term) \
            or before.endswith(BODIES_BEFORE_QUOTES):
        return None  # “风暴之影”远程巡航导弹: a weapon; “和平方舟”号, “远福海”轮: a ship; “i太空公司”: a firm; 民兵组织“人民动员组织”: a
        # body's name
    if after.startswith(("问题", "现象", "难题", "乱象", "的行为", "等问题", "等现象", "等新型形式")) \
            and not any(ch in _NUMBER_CHARS or ch.isdigit() for ch in term):
        return None  # “新官不理旧账”问题, “口中夺食”的行为: a problem or a wrong named (not “三农”问题)
    if term in resources.quoted_formulations():
        return term  # “走出去”
    if term.endswith("同志") or term.startswith(_MODAL_OPENINGS) and len(term) >= 4 or _reported_words(term):
        return None  # 横幅“沉痛悼念王丙乾同志”: a banner about a person (not “同志加兄弟”); “会出现大问题”: what someone said
        # will happen
    if "·" in term:  # two phrases joined by a dot (四在农家·和美乡村), not a foreign name (哈里·杜鲁门, 布茹玛汗·毛勒朵)
        return term if len(term) <= 16 and all(not TRANSLITERATION.issuperset(part) and any(
            len(w) >= 2 and is_common_word(w, 20) for w in read(part)) for part in term.split("·")) else None
    if TRANSLITERATION.issuperset(term):
        return None  # a foreign name: a typhoon, a ship (贝碧嘉)
    if _ROUTE.fullmatch(term) and (all(len(part) == 1 for part in _DASHES.split(term))
                                   or all(map(is_known_place, _DASHES.split(term)))):
        return None  # a route or a corridor of places (义乌—宁波—舟山, 乌—昌—石), no formulation
    if "+" in term:
        return term if len(term) >= 2 and not _SERVICE.search(term) else None
    has_digit = any(map(str.isdigit, term))
    if has_digit:
        codelike = _CODE.fullmatch(term) or 3 <= len(term) <= 12 and any(map(is_han, term))
        return term if codelike and not _NOT_A_TERM.search(term) else None
    long_campaign = term.endswith("年") and _CAMPAIGN_AFTER.match(after)  # “纪检监察工作规范化法治化正规化建设年”行动
    speechy = _SPEECHY.search(term.replace("的", "", 1) if _COUNTED_PARTS.match(term) else term)
    glossed = _GLOSS_AFTER.match(after) is not None and _numbered(term)  # “三自一包”（指…）: a code, though an idiom
    strategy = len(term) >= 4 and _STRATEGY_AFTER.match(after) is not None  # “光明之路”发展战略: though a set phrase
    if len(term) > (24 if long_campaign else 14) or speechy or _CRAFT.fullmatch(term) \
            or _idiom(term) and not glossed and not strategy or _NOT_A_TERM.search(term):
        return None
    if strategy:
        return term  # “光明之路”发展战略, “向东开放”战略: a strategy by its name
    if term[0] == "新" and term[1:2] in _NUMBER_CHARS and 3 <= len(term) <= 6 and not is_ordinary_word(term, 3):
        return term  # 新两翼, 新三样: a numeral-led formulation renewed
    if len(term) == 2 and term[0] in _NUMBER_CHARS and word_tag(term[1]) == "a" and word_tag(term) == "n" \
            and is_common_word(term, 20) and not _CAMPAIGN_AFTER.match(after):
        return None  # 破解“两难”问题, “百强”: a noun of the language, a count and a quality (not “两新”, “双高”计划)
    parts = term.split("、")
    if all(p and p[0] in _NUMBER_CHARS for p in parts) and len(term) >= 2 \
            and (len(parts) > 1 or len(term) <= 8 or not term.endswith(_PROGRAMME)):  # 两评估、一清单、一盘活
        # (not 百县千镇万村高质量发展工程, a programme by its name)
        if all(_numbered(p) for p in parts) or _JOINED_COUNTS.fullmatch(term):
            return term  # (“五自由便利和一安全有序流动”: two counted parts joined)
        if all(ch in _NUMBER_CHARS for ch in term) and _QUALIFIED_PROGRAMME.match(after):
            return term  # “八七”扶贫攻坚计划: a programme named by numbers
        if len(term) < 3 or not (_CAMPAIGN_AFTER.match(after) or after.startswith(_POLICY_AFTER)):
            return None  # (but “千里马”行动: a campaign named by a word that opens with a numeral; “百花齐放、百家争鸣”的方针)
    if 3 <= len(term) <= 6 and _inner_count(term):  # 清四乱, 反四风
        return term
    if before[-1:] in ("以", "和", "与", "、") and _ATTITUDE_AFTER.match(after):
        return None  # 以“越是艰险越向前”的英雄气概和“狭路相逢勇者胜”的斗争精神: the spirit of a saying
    if len(term) >= 4 and before[-1:] in ("，", "；", "：") and after[:1] in ("，", "。", "；") and _verbal(term):
        return None  # 勇挑大梁，“跳起来摘桃子”，: a saying in a clause of its own
    if _ARTICLES_COUNTED.search(term) and len(term) >= 4:
        return term  # 出台的“金融十条”: a policy of articles counted, though after 的
    if before.endswith(_METAPHOR_BEFORE) and not (len(term) >= 4 and term.endswith(_PROGRAMME)
                                                  and (not is_ordinary_word(term[:-2], 20)
                                                       or before.endswith(_LAUNCHED))):
        return None  # but 研究院的“护证计划”, 邢台市开展的“春雨行动”: a programme by its name (not 的“头号工程”)
    kind = after[1:] if after.startswith("等") and len(term) >= 3 and not is_ordinary_word(term, 20) else after
    # (推广“融救助”等|模式: one of its kind, named; not “里程碑”等制度)
    qualified = _QUALIFIED_CAMPAIGN.match(after)
    campaign = len(term) >= 3 or not is_ordinary_word(term, 20) or after.startswith(_PROGRAMME) or qualified
    # “满天星”行动, “护苗”行动, “尖刀”工程, “制胜”专项行动, “净网”“清朗”治理行动; not “高地”建设, a metaphor
    if (_CAMPAIGN_AFTER.match(kind) or qualified) and campaign or _PROGRAMME_AFTER.match(after) and len(term) >= 3:
        return term
    if len(term) >= 4 and term.endswith(_PROGRAMME) and is_han(term[-3]) and not is_common_word(term[:-2], 1000):
        return term  # “星火计划”、“燎原计划”: a programme by its name, though the dictionary has it (not “民生工程”)
    if len(term) >= 4 and not is_ordinary_word(term, 3) and not _spoken(term) \
            and not (after.startswith("的") and _two_words(term)):  # 港人治港: tagged as a name by the dictionary
        return term  # (not “真金白银”的实惠: two words that qualify what follows)
    if len(term) == 3 and term[-1] == "制" and not is_ordinary_word(term, 3):  # “链长制”: a device of governance
        return term
    if len(term) == 3 and after.startswith(_FAULTY_THINGS) and not is_ordinary_word(term, 3) \
            and all(word_tag(ch) in ("a", "ad", "an", "d", "v", "vn") for ch in term):
        return term  # “散乱污”企业: what a campaign clears, three faults of one character each
    if len(term) == 3 and (not is_ordinary_word(term, 3) or word_tag(term) == "n" and _SWITCH.fullmatch(term)) \
            and (_abbreviation(term) or _JOINED_ACTIONS.match(after) and all(word_tag(ch) in ("v", "vn") for ch in term)):
        return term  # (“建管养”一体推进: three actions, done as one; “费改税”, “农转非”: switches the dictionary has as nouns)
    return None


_JOINED_COUNTS = re.compile(f"[{_NUMBER_CHARS}][^和与、]{{2,6}}[和与][{_NUMBER_CHARS}][^和与、]{{2,6}}")  # two counted parts
_LINES_AFTER = re.compile(rf"[{HAN}]{{0,4}}?(?:热线|急救|报警|电话)|政务服务|便民")  # a number one calls (“12345”热线,
# “12345”市民热线, “120”急救)
_DAY_AFTER = ("期间", "前夕", "当天", "之际", "前后", "来临", "假期", "小长假")  # what follows a day named by its date
_POLICY_AFTER = ("的方针", "方针", "的原则", "原则")  # what a quoted policy is called after it
_JOINED_ACTIONS = re.compile("一体|并重|并举|结合|协同|联动")  # what a code of actions is done as
_ACT_ON_CODE = re.compile(rf"([{HAN}]{{2}})([{_NUMBER_CHARS}][{HAN}]{{3,5}})")  # 推动|六大转变 (not 不负|十四亿)
_JOINT_CODE = re.compile(f"[{_NUMBER_CHARS}][^、]{{1,2}}(?:{_JOINED_ACTIONS.pattern}|融合|共治|同治|联治|共建)")  # 三医联动
# What a count does to the parts listed right before it (组织、政治、军事三落实; 国家、集体、个人三兼顾).
_JOINED_OR_FUSED = re.compile(f"{_JOINED_ACTIONS.pattern}|融合|落实|到位|统一|同步|兼顾|分开|分离|公开|合一")
_IN_ONE = re.compile("位一体")  # the parts a count makes one (基础设施、制度规章、人员交流三位一体)
_QUALIFIED_PROGRAMME = re.compile(rf"[{HAN}]{{2,4}}(?:计划|工程|行动|攻坚)")  # “八七”|扶贫攻坚计划, “八七”|扶贫攻坚目标
_ARTICLES_COUNTED = re.compile(rf"[{COUNT_NUMERALS}十]{{1,3}}条$")  # “金融十条”, “国十条”
_FAULTY_THINGS = ("企业", "场所", "作坊", "窝点")  # what a code of faults names (“散乱污”企业, “小散乱”作坊)
_SWITCH = re.compile(r"[^的了和与及][改转][^的了和与及]")  # 煤改电, 营改增, 公转铁 (not 非粮化: what is prevented)


def _abbreviation(term: str) -> bool:
    """A three-character abbreviation of a policy (“煤改电”, “公转铁”: one thing turned into another; “疏整促”,
    “包抓联”: three actions, each a verb of one character that no word of the dictionary joins to the next)."""
    return bool(_SWITCH.fullmatch(term)) and not is_common_word(term[1:], 20) \
        or all(word_tag(ch) in ("v", "a") for ch in term) and sum(word_tag(ch) == "v" for ch in term) >= 2 \
        and len(read(term)) == 3  # (稳控转: to steady, control, turn; not “微改造”: 改造 is a word)


def _two_words(term: str) -> bool:
    """Four characters that are two frequent words of two (真金|白银, 安居|乐业), not characters of a code (以投带引,
    中国之治)."""
    return len(term) == 4 and is_common_word(term[:2], 20) and is_common_word(term[2:], 20)


def _verbal(term: str) -> bool:
    """Whether a phrase with no list or numeral in it reads as verbs, the first opening it (跳|起来|摘|桃子)."""
    pieces = read(term)
    return "、" not in term and not any(ch in _NUMBER_CHARS or ch.isdigit() for ch in term) \
        and word_tag(pieces[0]) == "v" and sum(word_tag(piece) == "v" for piece in pieces) >= 2


def quoted_only(term: str) -> bool:
    """A two-character formulation without a numeral (“清零”行动, “强基”工程): a word of the language too,
    found only where it is quoted, never matched bare (动态清零, 加强基层); a phrase of common words (负面清单); a word of
    the language of number and measure (万亿, 一线, 十条); and the phrases the gazetteer knows as such (走出去)."""
    plain = not counts(term)
    return plain and (len(term) == 2 or _common_words(term)) or term in resources.quoted_formulations() \
        or not plain and is_common_word(term, 20) and word_tag(term).startswith("m") and builtin().get(term) is None
    # (“万亿”级, “一线”: words of number and measure; not 三资, a word and a formulation)


def counts(term: str) -> bool:
    """Whether `term` holds a digit or a numeral that opens a word (两个确立, 六大领域, 双碳, 一带一路), not only one inside a
    word (进一步|发展, 统一|大市场), nor only a noun of the language (双重, 双向) or a single 一 (一个中国, 一件事, 一站式)."""
    if any(ch.isdigit() for ch in term):
        return True
    pieces = read(term)
    if len(pieces) == 1 and is_common_word(term, 100) and word_tag(term) in ("n", "ns"):
        return False
    opening = [piece for piece in pieces if piece[0] in _NUMBER_CHARS]
    return bool(opening) and not (len(opening) == 1 and opening[0][0] == "一")


def _common_words(term: str) -> bool:
    """Whether `term` reads as two or more common words of the language, perhaps with prepositions, conjunctions or
    particles between them (负面|清单, 推动|高质量|发展): a phrase, which is a formulation where quoted but an ordinary
    phrase where not."""
    if not any(is_common_word(term[:size], 100) for size in range(2, len(term) + 1)):
        return False  # (the first word read would be one of these)
    pieces = read(term)
    words = [piece for piece in pieces if len(piece) >= 2]
    return len(words) >= 2 and all(is_common_word(piece, 100 if len(piece) == 2 else 50) if len(piece) >= 2
                                   else word_tag(piece) in _FUNCTION_TAGS
                                   for piece in pieces)  # (推动|高质量|发展, 坚持|以|人民|为|中心: a clause)


_FUNCTION_TAGS = ("p", "c", "u", "uj", "ul")  # a preposition, conjunction or particle between the words of a phrase


def _named_otherwise(term: str) -> bool:
    """Whether the gazetteer knows a quoted term, or each of the names it joins, as a body, firm, place or person by
    its full name (将“中国人民银行”修改为“国家金融监督管理总局”, “77国集团和中国”: names quoted, no formulations), or the
    term is a title (当起了“第一书记”: a post)."""
    return term in resources.title_set() or all((entry := builtin().get(name)) is not None and entry[0] != "SLOGAN"
                                       and entry[2] > CONTEXT for name in _JOINED_NAMES.split(term))


_JOINED_NAMES = re.compile("[和与、]")


def _numbered(term: str) -> bool:
    """A numeral-led formulation rather than a set phrase of the language (一把手, 四两拨千斤, 一流; 一揽子, a
    set phrase led by 一 with no other numeral)."""
    entry = dictionary().get(term)
    phrases = ("nz", "j") if term[0] == "一" and sum(ch in _NUMBER_CHARS for ch in term) == 1 else ("nz", "j", "l")
    ordinary = entry is not None and entry[0] >= (300 if len(term) == 2 else 20) and entry[1] not in phrases
    numerals = sum(ch in _NUMBER_CHARS for ch in term)  # 一区两地一园一通道, 三个赋予一个有利于, 百项农业重大科技攻关
    return not ordinary and (len(term) <= 8 or len(term) <= 12 and (numerals >= 3 or numerals == 2 and "个" in term
                                                                   or term.endswith(_FORMULATION_HEADS + ("攻关",))
                                                                   or _COUNTED.fullmatch(term) is not None))


def _inner_count(term: str) -> bool:
    """A count inside a short term that the likeliest reading keeps as a word of its own (清|四|乱), not a
    numeral inside a word (统一|大|市场), or opens a rare word (除|六害); read only when a numeral follows its first
    character."""
    return any(ch in _NUMBER_CHARS for ch in term[1:]) and \
        any(i > 0 and (len(word) == 1 and word in _NUMBER_CHARS
                       or word[0] in _NUMBER_CHARS and not is_common_word(word, 20))
            for i, word in enumerate(read(term))) and \
        not is_ordinary_word(term, 3) and not _idiom(term)


# Adverbs and modals of a spoken sentence, a saying or a complaint (学费不能白交, 有人没活干, 酒香也怕巷子深), which a
# coined name does not use.
_SPOKEN_WORDS = frozenset({"没", "也", "就", "很", "别", "莫", "怕", "就是", "不能", "不会", "才会", "也怕", "没有", "不要"})


def _spoken(term: str) -> bool:
    """Whether a quoted phrase reads as speech or a saying rather than a coined name."""
    return any(piece in _SPOKEN_WORDS for piece in read(term))


def _idiom(term: str) -> bool:
    """An idiom or a proverb of the general language (千方百计, 十年磨一剑); four-character set
    phrases tagged l are often formulations themselves (一国两制, 五位一体) and stay."""
    entry = dictionary().get(term)
    return entry is not None and (entry[1] == "i" or (entry[1] == "l" and len(term) >= 5
                                                      and not term.endswith(_FORMULATION_HEADS)))  # 五个一工程


# What is opposed or removed: the quoted phrases after it are criticised, not formulations (反对“筑墙设垒”、
# “脱钩断链”; 反“长臂管辖”; 处置“久供未建”项目), unless numbered.
_OPPOSING = ("反对", "防止", "杜绝", "克服", "纠正", "破除", "摒弃", "遏制", "警惕", "不搞", "抵制", "谴责", "批判",
             "粉碎")  # verbs of opposing
_CRITICISED_BEFORE = ("之类的", "的恶习", "的谬论", "的错误思想", "的错误观点", "行径", "的行径", "愈演愈烈", "论调", "的论调",
                      "伎俩", "的伎俩", "闹剧", "的闹剧", "没有出路", "注定失败", "死路一条", "是死路一条")  # after what is
# criticised (“全民国家”之类的…谬论, “脱钩断链”行径, “挟洋谋独”没有出路)
_WEAPONS = ("导弹", "远程", "巡航导弹", "战斗机", "战机", "坦克", "防空系统", "火箭炮")  # after a weapon's name
_COUNTED_CENTRE = re.compile(f"[{COUNT_NUMERALS}](?:{'|'.join(CENTRE_HEADS)})$")  # “两院一中心”: institutions counted
_VESSELS = ("号", "船", "轮", "舰", "艇")  # after a vessel's name (“鲁蓬远渔028”船, 中远海运“远福海”轮)
_VESSELS_BEFORE = ("船", "舰", "艇", "货轮", "邮轮", "油轮", "客轮")  # before its name and number (远洋渔船“鲁蓬远渔028”; not
# 新一轮“双一流”, 渔船“木改钢”)
_DEFINING = re.compile("[，,]?(?:就是|是指|即|指的是|是)")  # 所谓“三个一批”，就是…: a definition, not a so-called thing
_FIRMLY = ("全面", "集中", "大力", "着力", "重点", "坚决", "持续", "深入", "严厉", "切实", "依法", "彻底", "严格")  # before a verb
_CRITICISED_AFTER = re.compile("(?:" + "|".join(_OPPOSING + ("反", "整治", "处置", "避免", "不再", "打破", "消除", "不允许", "化解",
                                                               "解决", "严防", "严禁", "纠治", "不支持", "散布", "鼓吹")
                                             + tuple(adverb + "治理" for adverb in _FIRMLY))
                               + f")(?:[{LETTERS_ABROAD}]国?|制造|鼓吹|炒作|出现|产生|一切)?了?$")  # (抵制美|“服从要求”, 谴责美国|“海盗
# 行径”: what a country demands or does; 反对制造|“台湾独立”: what is made or touted; 防止出现|“半拉子”工程, 杜绝一切|“拦卡
# 堵截”, 全面治理|“餐桌污染” (not 网格治理|“多格合一”, 污染治理|“4+1”工程: a noun))


_ONE_AND_MANY = re.compile(r"一.多.")  # 化解“一地多证”: one thing, many of another, a fault, not a count
_CRITICISING = re.compile("|".join(_OPPOSING))  # earlier in a clause (not 反, 处置, 整治: parts of many words)


def _criticised_in_clause(text: str, at: int) -> bool:
    """A verb of opposing earlier in the clause, its other objects joined before the quote (杜绝新官不理旧账和|“形象
    工程”)."""
    if not at or text[at - 1] not in "和与及、":
        return False
    clause = clause_start(text, at, max(0, at - 30))
    return any(not crosses_word(text, verb.start()) and not crosses_word(text, verb.end())
                                                for verb in _CRITICISING.finditer(text, clause, at - 1))


_PLACE_ENDS = ("全国", "省", "市", "区", "县", "州", "盟", "旗")  # a quoted word after them is the place's own thing


def _established(term: str) -> bool:
    """Whether `term` is a formulation the built-in lexicon knows, or one only where quoted (走出去)."""
    entry = builtin().get(term)
    return entry is not None and entry[0] == "SLOGAN" or term in resources.quoted_formulations()


_ORDINAL_OF_COUNT = re.compile(rf"第[{COUNT_NUMERALS}]个([{HAN}]{{2,8}})")  # “第二个结合”, “第一个百年”


def _counted_in(text: str, rest: str) -> bool:
    """Whether `text` prints a count of two or more of `rest` (两个结合 for “第二个结合”)."""
    word = "个" + rest
    return any(text[at - len(word) - 1:at - len(word)] in _COUNTS_OF_MANY for at in all_after(text, word))


_COUNTS_OF_MANY = frozenset(SEVERAL + "二十")


def find_quoted(text: str) -> list[Candidate]:
    """Formulations in quotes (“”, ‘’ also inside quoted speech, 「」); spans exclude the marks."""
    found = []
    numbered_words = []  # quoted numeral-led words of the language, formulations only next to one
    bodies = {match.group(1) for match in quoted_bodies(text)}
    for pattern in _QUOTES:
        criticised_until = -1  # the end of a run of quoted phrases after a verb of opposing
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 4):match.start()]
            if _CRITICISED_AFTER.search(before) or _criticised_in_clause(text, match.start()) \
                    or text.startswith(_CRITICISED_BEFORE, match.end()) \
                    or before.endswith("所谓") and not _DEFINING.match(text, match.end()) \
                    or (match.start() - 1 == criticised_until and text[match.start() - 1] in "、和与及"
                        or match.start() == criticised_until):  # (所谓“主权独立”“两岸互不隶属”: quoted side by side)
                criticised_until = match.end()
                code = any(ch.isdigit() or ch in "+＋" for ch in match.group(1))  # (污染治理|“4+1”工程: a code)
                if (match.group(1)[:1] not in _NUMBER_CHARS and not code or is_common_word(match.group(1)[:2], 100)
                        or _ONE_AND_MANY.fullmatch(match.group(1))) and not _listed_in_full(text, match):
                    continue  # (but 杜绝“四风”: a count criticised; not 所谓“两岸互不隶属”: 两岸 is a word; but 行贿、偷工减料、
                    # …等所谓“五毒”: a count whose parts are listed)
            term = match.group(1)
            parts = term.split("、")
            if any(part in resources.quoted_formulations() for part in parts) \
                    or len(parts) == 2 and sum(map(_established, parts)) == 1:
                at = match.start(1)  # “走出去、请进来”: the known phrase of the list; “和平统一、一国两制”方针: the formulation
                for part in parts:  # of a pair with a phrase (not “党政同责、一岗双责”, “四化同步、城乡融合、五区共兴”: one)
                    if _established(part):
                        found.append(Candidate(at, at + len(part), "SLOGAN", part, RULE))
                    at += len(part) + 1
                continue
            parts = term.split("、")
            if len(parts) >= 2 and all(_JOINT_CODE.fullmatch(part) for part in parts) \
                    or len(parts) >= 2 and all(map(defines.is_code_of_groups, parts)) \
                    and any(text.count(part) > 1 or _established(part) for part in parts):
                at = match.start(1)  # “三医联动、六医协同”: codes of things done together; “一县一业、一乡一特、一村一品”:
                # codes of groups, one named alone elsewhere or known; each a formulation of its own (not “千村引领、万村升级”,
                for part in parts:  # one programme in two steps; nor “四纵三横、一圈两带”, one network)
                    found.append(Candidate(at, at + len(part), "SLOGAN", part, RULE))
                    at += len(part) + 1
                continue
            acts = [_ACT_ON_CODE.fullmatch(part) for part in parts] if len(parts) >= 2 else [None]
            if all(act is not None and word_tag(act.group(1)).startswith("v")
                   and (word_tag(act.group(2)[:2]) in ("m", "j", "nz") or not is_common_word(act.group(2)[:2], 100))
                   for act in acts):
                # “坚持双轮驱动、构建一个体系、推动六大转变”: what is done to each formulation (not 推动两岸交流: a word)
                at = match.start(1)
                for act in acts:
                    found.append(Candidate(at + act.start(2), at + act.end(2), "SLOGAN", act.group(2), RULE))
                    at += act.end() + 1
                continue
            if "+" in term and "、" in term:  # “互贸+电商、互贸+旅游”: each "+" formulation of the list
                at = match.start(1)
                for part in re.split("、(?!\\+)", term):  # “绿色能源+制造、+交易、+认证”: one, its items joined
                    if judge(part.split("、")[0], before, "") is not None:
                        found.append(Candidate(at, at + len(part), "SLOGAN", part, RULE))
                    at += len(part) + 1
                continue
            head = term.split("，")[0]
            if head != term and head[:1] in _NUMBER_CHARS and 3 <= len(head) <= 6 \
                    and (count := defines.part_count(head) or 0) >= 2 \
                    and (listed := defines.list_before(text, max(0, match.start() - 200), match.start(), count)) \
                    and len(listed[0]) == count:  # 矿产开发、基础设施建设、金融合作“|三位一体|，统筹推进”: a count that
                found.append(Candidate(match.start(1), match.start(1) + len(head), "SLOGAN", head, RULE))  # opens a
                continue  # quoted motto, its parts listed before it
            if (ordinal := _ORDINAL_OF_COUNT.fullmatch(term)) and _counted_in(text, ordinal.group(1)):
                found.append(Candidate(match.start(1), match.end(1), "SLOGAN", term, RULE))
                continue  # “两个结合”特别是“第二个结合”: one part of a counted formulation, by its place
            after = _MORE_QUOTED.match(text, match.end()).end()  # what follows the run of quoted terms
            counted = _COUNT_BEFORE_QUOTE.search(before)
            if counted and (term[:1] not in _NUMBER_CHARS or term[:1] == "一" and (defines.part_count(term) or 0) < 2) \
                    and _COUNTED_TERM.fullmatch(term):  # (三个“一以贯之”: a set phrase opening with 一)
                start = match.start() - len(counted.group())  # 五个“必须统筹”: the count names the formulation with it,
                found.append(Candidate(start, match.end(), "SLOGAN", counted.group() + term, RULE))  # quotes and all
                continue
            name = judge(term, before, text[after:after + 6])
            if name is not None and not _named_otherwise(term) and term not in bodies \
                    and not _village_named(text, term):  # (“叙利亚民主军”: named a body)
                found.append(Candidate(match.start(1), match.end(1), "SLOGAN", name, RULE))
            elif term[:1] in _NUMBER_CHARS and len(term) <= 4:
                numbered_words.append(match)
    # a numeral-led word quoted next to a formulation is one as well (“三北”“双重”等重点生态工程), and after a list
    # of as many parts (主动想、扎实干、看效果抓工作“三部曲”)
    edges = {c.start - 1 for c in found} | {c.end + 1 for c in found}
    for match in numbered_words:
        count = defines.part_count(match.group(1)) or 0
        listed = count >= 2 and not text.endswith(_PLACE_ENDS, 0, match.start()) \
            and defines.list_before(text, max(0, match.start() - 200), match.start(), count)  # not 自治区“两会”
        full = bool(listed) and len(listed[0]) == count  # (all of them, 等 closing the list or not)
        plan = text.startswith(("普法", "规划", "计划"), match.end())  # “八五”普法规划
        if (match.start() in edges or match.end() in edges or listed and not listed[1] or full or plan) \
                and (not _idiom(match.group(1)) or full) and not _NOT_A_TERM.search(match.group(1)):
            # (“四人帮”: a gang, though quoted next to a formulation; 五毒, a word, where its five parts are listed)
            found.append(Candidate(match.start(1), match.end(1), "SLOGAN", match.group(1), RULE))
    for match in _PLAN.finditer(text):
        found.append(Candidate(match.start(), match.end(), "SLOGAN", match.group(), RULE))
    return found


def _listed_in_full(text: str, match: re.Match) -> bool:
    """Whether as many parts as the quoted count names are listed right before it (行贿、…、盗窃国家经济情报等所谓“五毒”)."""
    count = defines.part_count(match.group(1)) or 0
    listed = count >= 2 and defines.list_before(text, max(0, match.start() - 200), match.start(), count)
    return bool(listed) and len(listed[0]) == count


_KINDS_OF_VILLAGE = ("乡村", "农村", "山村", "渔村", "新村")


def _village_named(text: str, term: str) -> bool:
    """Whether a quoted term ending in 村 is a village the text names without quotes too (“十八洞村”扶贫故事 … 十八洞村
    找到了…), not a kind of village (“美丽乡村”)."""
    return term.endswith("村") and len(term) >= 3 and not term.endswith(_KINDS_OF_VILLAGE) \
        and text.count(term) > text.count(f"“{term}”")


# Counted names of programmes and groups: 四大工程, 6大行动, 三大先导产业, 八项行动, 三大产业转型攻坚战.
# (a numeral first, none before it nor the + of a code, 10+3|大米紧急储备机制: a fast scan)
_COUNTED = re.compile(rf"[{COUNT_NUMERALS}\d](?<![\d{COUNT_NUMERALS}百千万第数几+＋].)"
                      rf"(?:(?<=[{COUNT_NUMERALS}])[{COUNT_NUMERALS}]?|(?<=\d)\d?)(?:大(?![对以])(?:(?![和与及的])[{HAN}]){{0,8}}"
                      r"(?:攻坚战|攻坚行动|专项行动|行动|工程|先导产业|优势产业|主导产业|支柱产业|产业集群|产业带|产业|都市圈|都市区|"
                      r"城市群|引领区|示范区|试验区|中心|定位|板块|战略|任务|平台|走廊|通道|赛道|功能区|片区|改革|机制|计划|举措|倡议|枢纽节点|伙伴关系|"
                      rf"品牌|基地|集群|体系)|(?<![\d十][\d十])项(?:(?![和与及的])[{HAN}]){{0,6}}(?:行动|工程|举措|改革|机制|任务|措施|计划|主张|民生实事|原则|准则|要求|革命运动)|大支柱(?!产业)|点(?:倡议|主张|建议|共识|希望|要求|期许|期望)"
                      r"|件(?:重点)?(?:民生|惠民|为民)?实事|条(?:基本)?(?:方略|底线|方针)|道(?:防线|屏障|关口)|个(?:联合公报|公报|政治文件)|(?<!\d)面红旗)"
                      rf"(?![{HAN}]{{0,1}}(?:企业|公司|项目|等|成果|经验|案例))")  # (not 3项改革|成果)
# Counted groups that are statistics or too vague to be a formulation: 四大产业, 3大万亿级主导产业集群,
# 三大主导产业集群.
_COUNTED_VAGUE = re.compile(r".大(?:产业|集群|产业集群)$|^\d+大.*(?:产业|集群|体系)$|集群$")
# Unless its parts are listed right before it: 光电子信息、…、农产品加工|5大支柱产业 (not 三大产业, 三大主导产业集群).
_VAGUE_UNLESS_LISTED = re.compile(rf"^\d+大(?!产业$).+(?<!集群)$|^[{COUNT_NUMERALS}]{{1,2}}大(?!产业$|产业集群$)"
                                  rf".+(?<![主支优特重][导柱势色点]产业集群)$")  # (五大盐湖产业集群; 三大优势集群
# after its three clusters; not 三大产业, the sectors of statistics, nor 三大主导产业集群, 两大产业集群)
_PREDICATE = re.compile("推进|推动|支持|加快|开展|提出")  # verbs that say what is done, inside no counted name (党的十九大|提出
# 了乡村振兴战略)
_NO_COUNT = re.compile("^一[大项件道]|最|^(?:十[五六七八九]|二十[一二]?)大(?:胜利|召开|精神|报告|代表|以来|开幕|闭幕|新闻中心|主席团|秘书处|"
                       r"战略|部署|决策)|^\d+项(?:措施|举措|任务)$|项(?:对等)?(?:制裁|反制|报复|惩罚)")
# (一大支柱产业: a major one; 一项战略任务; 十大最具价值…品牌: a ranking; 党的二十大胜利召开…战略部署: a congress; …等7项措施:
# measures counted in figures; 八项制裁措施, 八项反制措施: what is done against another state)
# Service circles: 15分钟托育服务圈, 12分钟急救圈.
_MINUTE_CIRCLE = re.compile(rf"(?:\d{{1,2}}分钟|一刻钟|“(?:\d{{1,2}}分钟|一刻钟)”)[{HAN}]{{1,6}}?圈")  # also “一刻钟”…圈


# A number used as a count, not a code: 301个典型镇, 18条标志性产业链.
_COUNT_AFTER = re.compile(r"[个家项条所座批万亿元年月日天人次件例名位户台辆吨]|周[年岁]")


_NUMBER_NAMED = ("数字", "数码")  # what names a figure as a number (数字“100”), no code
_BARE_COUNT = re.compile(rf"[{COUNT_NUMERALS}]{{1,2}}[大个项种件]")  # a numeral and a measure, counting nothing named


def is_count(text: str, cand: Candidate) -> bool:
    """Whether a code found without quotes is a count here ("301"个, "18条"产业链)."""
    name = cand.name
    if not name[:1].isdigit() or (cand.start and text[cand.start - 1] in "“‘「"):
        return False
    if name.isdigit() and text.endswith(_NUMBER_NAMED, 0, cand.start):
        return True  # 组成了数字|100|的图形: a number named as one
    return bool(_COUNT_AFTER.match(text, cand.end)) or (not name.isdigit() and _COUNT_AFTER.match(name[-1]) is not None
                                                        and cand.end < len(text) and is_han(text[cand.end]))


# What a programme's count follows in its name, after the verb that launches it: 实施|城市更新|六大提升行动.
_QUALIFIED_COUNT = re.compile(rf"(?:实施|开展|启动|推进|打造)((?:(?![和与及的])[{HAN}]){{3,6}})$")
_QUALIFIED_HEADS = ("行动", "工程", "攻坚战", "计划")  # programmes whose name a qualifier opens (not 国有企业|六大优势产业)
_BILATERAL_HEADS = ("公报", "政治文件")  # documents between two states
_BILATERAL = re.compile(f"中[{''.join(COUNTRY_LETTERS)}]|[{''.join(COUNTRY_LETTERS)}]中")
_DESIGNATED_CITIES = re.compile(rf"个[{HAN}]{{4,6}}城市$")  # 十四个|沿海港口|城市: cities of a designation (not 三个城市)
_SITED_HEADS = ("实验室", "中心", "示范区", "基地", "枢纽", "特区")  # institutions a count of places may name
# What opens the predicate after a subject (就业和税收两大核心关切|总体向好).
_PREDICATE_OPENING = "总体|持续|继续|不断|稳步|明显|显著|进一步|取得|得到|实现|合作(?!领域|项目|机制|平台)|一片|一派"  # (三大船厂|一片繁忙)
_PREDICATE_AFTER = re.compile(_PREDICATE_OPENING)
# A counted name of any head that ends its clause, a formulation when the list before it has as many
# items (A、B……等十大技术攻关项目).
_COUNTED_TRAITS = re.compile(r"(?:优势|特点|短板|问题|难题|成效|成果|亮点|作用|方面|环节)$")
_COUNTED_SHORTEST = re.compile(_COUNTED.pattern.replace("{0,8}", "{0,8}?", 1))  # the shortest counted name at a numeral


def counts_traits(name: str) -> bool:
    """A count of aspects or traits (四个方面, 三大优势): a formulation only where its parts follow it, not wherever it is
    printed."""
    return len(name) < 6 and _COUNTED_TRAITS.search(name) is not None


def named_where_listed(name: str) -> bool:
    """A count that is a formulation only where its parts are listed with it (四个方面, 三大指标, 两项活动), not
    wherever it is printed."""
    return counts_traits(name) or len(name) < 6 and name.endswith(("指标", "活动"))


_ADVERBIAL_NOUNS = ("基本", "全面", "总体", "整体", "全部")  # nouns to the dictionary, before a verb adverbs (三大主粮|基本实现)


def _ends_well(text: str, end: int) -> bool:
    """Whether a counted name may end at `end`: no word runs across it from the left (or a conjunction follows, or a
    word ten times as frequent as the one across opens there: 三大发展战略|有效对接, not 略有)."""
    after, across = dictionary().get(text[end:end + 2]), dictionary().get(text[end - 1:end + 1])
    return text[end:end + 1] in ("和", "与", "及") or not crosses_word(text, end, side="left") \
        or after is not None and across is not None and after[0] >= 10 * across[0]


_COUNTED_LISTED = re.compile(rf"[大个条类](?:(?!的)[{HAN}]){{2,9}}?(?=[，。；：）]|$|建设|工作|治理|成果|和|之间|是(?![否非])"
                             rf"|为(?:主体|重点|核心|引领|支撑|主导|基础|骨干|龙头|依托|抓手|载体)"
                             rf"|(?:上|{'|'.join(_ADVERBIAL_NOUNS)})?(?:{_PREDICATE_OPENING})"
                             rf"|{'|'.join(BRINGING)})")  # 大/个/条 first: a fast scan; not 两大增长极的带动能力 (a phrase
# with 的), nor 标普、穆迪、惠誉三大评级机构|落户北京 (a verb that brings them), nor …四大水系|为骨干 (a frame)
# A count of abstract things whose parts are the object of a preposition right before it (围绕|团结和民主两大主题|履行职能,
# 从|A、B、C三大重点领域|推动…) or which 这 points back to (国内市场和国际市场这|两大方向|的拓展): a formulation whose
# name ends before the verb or 的 after it (not 伊利、蒙牛两大乳企|推进…, a subject).
_FRAMED_COUNT = re.compile(rf"[{COUNT_NUMERALS}](?<=[{HAN}].)[{COUNT_NUMERALS}]?[大个项种件](?:(?![的和与及])[{HAN}]){{0,3}}?"
                           "(?:主题|课题|领域|关系|大事|目标|方向|原则|支柱|轮子|引擎|主线|基石)")
_FRAMING = re.compile(f"(?:{defines.FRAMING}|就|按照|结合着?|针对|在)$")
_ROUTES = re.compile("(?:高速|高速公路|铁路|高铁|公路|线路|航线|新线|地铁|轨道|管道|管线|河流|街道|道路)$")  # 条 counts routes too: no formulation
_PROGRAMME_HEADS = re.compile(r"(?:专项|产业|方向|行动|工程|计划|攻坚战|举措|战略|定位|机制)$")  # what a count of listed parts names
_QUOTED_LIST_BEFORE = re.compile(r"“[^“”，。]{1,16}(?:、[^“”，。]{1,16})+”$")
_AFTER_COUNT_OF_LISTED = frozenset("的是在为")
# The verb that takes a count on and what the count is of, between them: 抓实|能源科技创新|9条路径.
_DONE_TO_COUNT = re.compile(rf"(?:抓实|抓好|落实|实施|推进|推动|深化|打造|开展|用好|聚焦|围绕|坚持)([{HAN}]{{2,10}})$")
_NUMERAL_CHARS = frozenset(f"{COUNT_NUMERALS}0123456789")
_DECODING = ("，即", "，也就是", "，分别是")  # what opens the parts of a count of 个 after it
_NUMERAL_BEFORE = re.compile(rf"(?<=[{HAN}”’」])(?:[{COUNT_NUMERALS}]{{1,2}}|\d{{1,2}})$")


# A count of what a colon then numbers one by one: 三件大事：一是…，二是…, 三项具有深远意义的决策：一是… (the numeral
# after no other; not 四项具体工作, a count of tasks, nor 四个方面的政策要求, of aspects, but 八个方面的政策措施。一是…:
# of measures, unless after another count and 和).
# Where the numbered points after a count open: a colon and the first mark, or the end of its sentence or paragraph and 一是
# or （一）.
_POINTS_OPENING = r"[：:]\n?(?:一是|一要|第一|（一）|\(一\)|一方面[，,]|一手是|首先[，,])|[：:。]一、|[。，]\n?一是|。\n（一）"
_COUNT_BEFORE_POINTS = re.compile(rf"(?<![{COUNT_NUMERALS}\d])((?:[{COUNT_NUMERALS}]{{1,2}}|\d{{1,2}})(?:[件个项大点条]|方面)(?:(?!方面)[{HAN}]{{2,8}}的)?"
                                  rf"[{HAN}]{{2,4}}|(?:[{COUNT_NUMERALS}]{{1,2}}|\d{{1,2}})件事|(?<![和与及、])(?:[{COUNT_NUMERALS}]{{1,2}}|\d{{1,2}})个?方面的"
                                  rf"[{HAN}]{{0,2}}(?:任务|措施|举措)|两手)"
                                  rf"(?={_POINTS_OPENING})")
_COUNT_OF_TWO = re.compile(rf"(?:\d{{1,2}}|[{COUNT_NUMERALS}]{{1,2}})[件个项大点条][{HAN}]{{2}}")  # a count of a noun of two
_POINTS_ANCHOR = re.compile(_POINTS_OPENING)  # (…四项政策。一、…；二、…; 坚持两手：一手是…，另一手是…; 达成八项重大共识。⏎一是…)
# A count of cases or items whose parts follow one a clause (这6起典型问题分别是：A；B；…).
_COUNT_BEFORE_CLAUSES = re.compile(rf"(?<![{COUNT_NUMERALS}\d])((?:\d{{1,2}}|[{COUNT_NUMERALS}]{{1,2}})[起项件个条类种]"
                                   rf"[{HAN}]{{2,6}})(?=分别[是为][：:])"
                                   rf"|((?:国内|国际|年度)?[{COUNT_NUMERALS}]{{1,2}}大[{HAN}]{{2,4}}?)(?=(?:分别)?[是为][：:]1\.|(?:内容)?包括[：:]1\.)")
# (…2023国内十大新闻分别是：1.…2.…, 2021国内十大新闻是：1.…: items numbered and run together)
_CLAUSES_ANCHOR = re.compile("分别[是为][：:]")
# A count of three or more right before a colon and as many clauses, separated by semicolons, up to the full stop:
# 正确把握5个关系：正确把握A的关系；正确把握B的关系；… (`defines.clauses_after`).
_COUNT_BEFORE_COLON = re.compile(rf"(?<![{COUNT_NUMERALS}\d])((?:\d{{1,2}}|[{COUNT_NUMERALS}]{{1,2}})[个项条大点种]"
                                 rf"[{HAN}]{{2,4}})(?=[：:])")
_COLON_ANCHOR = re.compile("[：:]")
# An initiative or proposal named without a count after 提出, its points numbered after a colon (提出|全球发展倡议|：一是…).
_NAMED_PROPOSAL = re.compile(rf"提出([{HAN}]{{2,10}}(?:倡议|主张|理念))(?=[：:]\n?(?:一是|第一[，,]))")
_NUMBERED_ANCHOR = re.compile(r"(?:[是为]|(?:内容)?包括)(?=[：:]1\.)")  # (looked for only where a colon opens 1.)
_REACH = 10  # the longest count `_COUNT_BEFORE_CLAUSES` matches
_QUALIFIED_REACH = 17  # the longest `_COUNT_BEFORE_POINTS` matches (三项|具有深远意义的|决策：一是…)


def _ending_at(pattern: re.Pattern, anchor: re.Pattern, text: str, reach: int = _REACH) -> Iterator[re.Match]:
    """The matches of `pattern` that end where `anchor` starts, looked for back from each anchor (a scan of a few
    literals: the patterns themselves open with classes the engine cannot skip to)."""
    for found in anchor.finditer(text):
        match = pattern.search(text, max(0, found.start() - reach), found.end() + 4)
        if match is not None and match.end() == found.start():
            yield match
# A count right after the last of as many parts, then what they are: 相互尊重、和平共处、合作共赢三原则, 种子和耕地两个
# 要害, 空中、陆上、网上、海上四条“丝路”: a quoted name, or a noun that names a formulation (not 川、渝、黔三地, 北京、上海
# 两个城市: counts of places or things). The numeral first, the look-behind after it: the scan skips to numerals.
_COUNT_AFTER_ITEM = re.compile(rf"([{SEVERAL}十2-9])(?<=[{HAN}][{SEVERAL}十2-9])([个条项件根重类支场大者]?)(“[^“”]{{1,6}}”|[{HAN}]{{2,4}})")
_OF_THE_PARTS = ("利益",)  # what 三者 names of the parts listed before it (not 三者关系: the ties, no formulation)
_FORMULATION_HEADS = tuple("原则 理念 要求 目标 任务 精神 方针 主张 倡议 举措 路径 模式 标准 机制 体系 制度 工程 行动 战略 "
                               "支柱 优势 作风 要害 关键点 底线 红线 大事 大局 压力 需求 条件 队伍 闸门 指标 活动 领域".split())
_HEADS_BEFORE_COLON = _FORMULATION_HEADS + ("关系",)  # (not 报告分为6个部分：A；B…, 7个专题: the sections of a text)


# A count of four characters right after a quoted list of as many parts, ending its clause: “改造传统产业、培育新兴产业、
# 布局未来产业”三线并进, “拓展就业需求与优化就业供给”两端发力, “考核、督查、激励”三项机制 (not “红黄绿”三种颜色).
_COUNT_AFTER_QUOTED = re.compile(rf"”的?(?:(?P<count>[{SEVERAL}十双])(?![年月天日周])(?P<head>[个大项条][{HAN}]{{2,4}}|[{HAN}]{{2,3}})"
                                 rf"|(?P<characters>(?=[{SEVERAL}十])(?:[{SEVERAL}]?十)?[{SEVERAL}]?)字(?P<guide>方针|要求|原则|口诀|经验))"
                                 rf"(?=[，。；、的和])")
# (“产权平等、…”三原则, “钱从哪里来、用到哪里去、怎么用得好”三个关键问题, “好邻居、…、好伙伴”的四好精神; a guide counted by
# its characters: “长期稳定、面向未来、睦邻友好、全面合作”的十六字方针)


# A guide counted by its characters, unquoted (十六字总要求, 二十字方针): one where its phrases are quoted beside it.
_GUIDE_BY_CHARACTERS = re.compile(rf"(?P<count>(?=[{SEVERAL}十])(?:[{SEVERAL}]?十)?[{SEVERAL}]?)字"
                                  r"(?:总要求|总方针|方针|要求|原则|口诀|经验|思路|标准)")
_QUOTED_RUN_BEFORE = re.compile(r"(?:“[^“”，。、]{1,12}”、?)+“$")  # “A”、“B”、“: the quoted parts before the last


def _count_after_quoted_parts(text: str, match: re.Match) -> Candidate | None:
    opening = text.rfind("“", max(0, match.start() - 60), match.start())
    if opening < 0:
        return None
    inner = text[opening + 1:match.start()]
    run = _QUOTED_RUN_BEFORE.search(text, max(0, opening - 60), opening + 1)
    if run and "、" not in inner:  # “放心消费”、“线下无理由退货”双承诺: a run of quoted parts
        inner = text[run.start() + 1:match.start()].replace("”、“", "、").replace("””“", "、").replace("”“", "、")
    parts = inner.split("、") if "、" in inner else re.split("[与和]", inner)
    start = match.start("count") if match.group("count") else match.start("characters")
    if match.group("characters"):
        count = defines.numeral_value(match.group("characters"))
        return Candidate(start, match.end(), "SLOGAN", text[start:match.end()], RULE) \
            if len(parts) >= 2 and sum(map(len, parts)) == count and all(map(is_han, "".join(parts))) else None
    count = 2 if match.group("count") == "双" else defines.numeral_value(match.group("count"))
    if len(parts) != count and "，" in inner:
        parts = inner.split("，")  # “人口多、土地少，小生产、大市场，投入高、产出低”三大基本矛盾: pairs
    if len(parts) != count or any("”" in part for part in parts) \
            or any(len(part) < 2 for part in parts) and not (
                count >= 3 and "字" not in match.group("head") and all(len(part) == 1 and is_han(part) for part in parts)):
        return None  # (“陆、海、天、网”四位一体: parts of one character each; not “亲”、“清”两个字, characters)
    end = match.end() - 2 if match.group("head").endswith("建设") and len(match.group("head")) >= 5 else match.end()
    return Candidate(start, end, "SLOGAN", text[start:end], RULE)  # (“车、路、云、网、图”五大体系|建设: the work on it)


_NOUN_TAGS = ("n", "vn", "nz")
# The last words of what a count of listed parts names without being a formulation: things, places, bodies, sums, aspects
# and traits (北京、上海两个城市, 两项资金合计, 三大功能合一优势).
_NO_GENERIC_HEADS = tuple("城市 国家 地区 省份 省区 省市 自治区 企业 公司 集团 银行 大学 高校 学校 医院 同志 代表 部门 单位 机构 项目 "
                          "产品 品种 方面 环节 问题 方向 层面 阶段 环境 水平 百分点 部分 时期 年度 国家级 资金 行业 产业 工作 钢铁 装备 "
                          "公路 铁路 线路 干线 部 部委 合计 规模 总量 实验室 中心 基地 机场 航班 港口 版本 小事 集群 优势 特点 短板 难题 "
                          "成效 成果 亮点 作用".split())


def _noun_phrase_end(text: str, at: int) -> int | None:
    """The end of a noun phrase of two to eight characters at `at` that a count names (基本社会力量, 关键, 主体功能区), its
    last word a common noun that counts no places, firms, people or aspects; else None."""
    end, last = at, ""
    for piece in read(text[at:at + 10]):
        if not all(map(is_han, piece)) or word_tag(piece) not in _NOUN_TAGS and not (end == at and len(piece) == 1) \
                or end > at and piece in _ADVERBIAL_NOUNS:
            break  # (三大主粮|基本实现…: a noun that qualifies the verb after it)
        end, last = end + len(piece), piece
    if not 2 <= end - at <= 8 or len(last) < 2 or word_tag(last) not in ("n", "nz") or last.endswith(_NO_GENERIC_HEADS) \
            or not _ends_well(text, end):
        return None
    return end if text[end:end + 1] in ("的", "，", "。", "；", "：", "") or _PREDICATE_AFTER.match(text, end) else None
    # (…三支基本社会力量|，; …两大核心关切|总体向好; not …三大社会主义|改造: the name goes on)


def _count_after_parts(text: str, match: re.Match) -> Candidate | None:
    """The formulation a count right after the last of its parts names (`_COUNT_AFTER_ITEM`), or None."""
    numeral, classifier, noun = match.groups()
    if text[match.start() - 1:match.start()] in ("数", "几", "十") and numeral == "十":
        return None  # 数十项改革: dozens of them, no count
    if numeral.isdigit() and (noun[0] == "“" or classifier in "个项件"):
        return None  # 4条“小三通”|客运航线, …南水北调西线6个工程: a figure counts things (5根支柱 names a formulation)
    generic = None  # the end of a noun phrase of any head the count names
    joined = None if classifier not in ("", "者") or noun[0] == "“" else _JOINED_OR_FUSED.match(noun) \
        or _IN_ONE.match(noun)
    if joined:  # 领导干部、专家、群众三结合: what the count joins, listed; 基础设施、制度规章、人员交流三位一体
        noun = joined.group(0)
    elif classifier == "者":  # 国家、集体、个人三者利益: the interests of the parts
        noun = read(noun)[0]
        if noun not in _OF_THE_PARTS:
            return None
    elif noun[0] != "“":
        great = "大" if noun.startswith("大") and classifier and not noun.startswith(_FORMULATION_HEADS) else ""
        # (相互尊重、和平共处、合作共赢三条|大原则; not 大事)
        generic = None if noun.startswith(_FORMULATION_HEADS, len(great)) or not classifier or numeral.isdigit() \
            else _noun_phrase_end(text, match.start(3))
        if generic is not None:
            noun = text[match.start(3):generic]  # 工人、农民、知识分子三支|基本社会力量: a count of what is listed
        else:
            if not noun.startswith(_FORMULATION_HEADS, len(great)):  # (what is read first is no head either)
                return None
            noun = great + read(noun[len(great):])[0]
            if noun[len(great):] not in _FORMULATION_HEADS:
                return None
    if classifier == "大" and counts_traits(numeral + classifier + noun):
        return None  # 静谧无感、高集成、高效率|三大优势: traits, no formulation
    end = match.start(3) + len(noun)
    count = int(numeral) if numeral.isdigit() else defines.numeral_value(numeral)
    listed = defines.list_before(text, max(0, match.start() - 200), match.start(), count, adjacent=True)
    if not listed or listed[1] or len(listed[0]) != count or noun[0] != "“" and crosses_word(text, end, side="left") \
            or generic is not None and any(is_known_place(part) for part in listed[0]):
        return None
    return Candidate(match.start(), end, "SLOGAN", numeral + classifier + noun.strip("“”"), RULE if generic is None else RULE - 1)
    # (a name of any head, marked by its priority, is kept only where no other rule reads a count: `find_counted`)


def _listed_right_before(text: str, start: int, name: str) -> tuple[list[str], bool] | None:
    """The parts `name` counts listed right before `start`, and whether the list is closed by 等 (some of them)."""
    count = defines.numeral_value(name) or 0
    return defines.list_before(text, max(0, start - 200), start, count, adjacent=True) if count >= 2 else None


def _parts_right_before(text: str, start: int, name: str) -> list[str]:
    """All the parts `name` counts, listed right before `start` (光电子信息、…、农产品加工5大支柱产业), or none."""
    listed = _listed_right_before(text, start, name)
    return listed[0] if listed and len(listed[0]) == defines.numeral_value(name) else []  # (A、B、C等三大…: all of
    # them, 等 closing)


def _some_listed_before(text: str, start: int, name: str) -> bool:
    """Three or more of the parts `name` counts listed right before `start`, closed by 等 (茶叶、中药材、脐橙、赣莲等|20个
    百亿级产业; 新能源汽车、信息技术、智能装备等|四大千亿级绿色产业集群)."""
    some = _listed_right_before(text, start, name)
    return some is not None and some[1] and len(some[0]) >= 3


_SCALED_INDUSTRIES = re.compile(rf"[百千万]亿级[{HAN}]{{0,6}}产业(?:集群|链)?$")


# A package of measures named by its number of articles: 新36条, 非公36条, 国十条, 新国九条.
_ARTICLES_CODE = re.compile(r"(?<![第\d一二三四五六七八九十])(?:新国|新|非公|国)(?:\d{1,2}|[一二三四五六七八九十]{1,2})条$")


def _joint_codes(text: str) -> list[Candidate]:
    """Unquoted codes of things done together, a numeral, the letter of what is joined and the joining (推动|三网融合|
    取得进展, 三改联动); not where the numeral and the letter make a word (两岸融合发展, 两端协同), name places or sides
    (三地协同) or count points (四是融合), nor in a heading's number (（八）协同推进), nor before a thing it qualifies
    (五轴联动|数控机床)."""
    found = []
    for word in _JOINING:
        for end in all_after(text, word) if word in text else ():
            start = end - len(word) - 2
            numeral, letter = text[start:start + 1], text[start + 1:start + 2]
            if start >= 0 and numeral in _JOINT_NUMERALS and is_han(letter) and letter not in _NUMBER_CHARS \
                    and letter not in _NOT_JOINED and text[start - 1:start] not in _NUMBER_CHARS \
                    and not is_common_word(numeral + letter, 20) and not _names_a_thing(text, end):
                found.append(Candidate(start, end, "SLOGAN", text[start:end], HARVEST - 1))
    return found  # (below the harvest: not harvested, so no quoted “五育” elsewhere becomes 五育融合, and the corpus's name
    # wins where another document quotes its short form, “四链”融合)


def _names_a_thing(text: str, end: int) -> bool:
    """Whether a noun that is no formulation's head follows (五轴联动|数控机床: a kind of machine, not 三医联动|机制)."""
    word = read(text[end:end + 4])[0] if is_han(text[end:end + 1] or "。") else ""
    return len(word) >= 2 and word_tag(word)[:1] == "n" and word not in _FORMULATION_HEADS


_JOINING = ("融合", "联动", "协同")
_JOINT_NUMERALS = frozenset("两三四五六七八九十")  # (not 双: 双城联动, 双网融合 read as pairs of things)
_NOT_JOINED = frozenset("地岸端侧方是者种类个项大")  # 三地协同创新: the three places; 四是|融合发展: the fourth point


# An unquoted code of one measure for each unit (明确一企一策转型路径, 推行一村一品, 一县一案): what each gets, a plan (策), a
# product (品), a scheme (案), a file (档), a code (码) or a licence (证).
_MERGED_INTO_ONE = re.compile(rf"(?<![{COUNT_NUMERALS}\d])[{COUNT_NUMERALS}多]+(?:证|照|规|网|码|表|卡|检|站)合一")  # 七证合一, 多规合一:
# as many papers, plans or networks made one
_ONE_PER_UNIT = re.compile(rf"(?<![{NUMERALS}百千万])一[{HAN}]一[策品案档码证](?![{HAN}]?[{NUMERALS}])")


# The party secretaries of as many levels as counted, run together before (省市县乡村|五级书记一起抓, 五级书记抓乡村振兴).
_SECRETARIES_OF_LEVELS = re.compile(rf"(?<=[{LEVELS}])[三四五]级书记(?:一起)?抓[{HAN}]{{0,4}}(?=[，。；])")


def find_counted(text: str) -> list[Candidate]:
    """Formulations without quotes by their shape: counted programmes (四大工程), counted names next to a
    list of as many parts (before them, or after a colon), service circles and the counted heads of a glossary."""
    found, any_head = [], []
    for match in _COUNT_AFTER_ITEM.finditer(text):
        cand = _count_after_parts(text, match)
        if cand is not None:
            (found if cand.priority == RULE else any_head).append(cand)
    for match in _COUNT_AFTER_QUOTED.finditer(text) if "”" in text else ():
        cand = _count_after_quoted_parts(text, match)
        if cand is not None:
            found.append(cand)
    codes = (_ARTICLES_CODE.search(text, max(0, end - 6), end) for end in all_after(text, "条")
             if text[end:end + 1] not in "例款件目")  # (looked for back from each 条: `re` would try each character)
    found += [Candidate(m.start(), m.end(), "SLOGAN", m.group(), RULE) for m in codes if m is not None
              and not crosses_word(text, m.start()) and not is_common_word(text[m.start() - 1:m.start() + 1], 20)]
    # (新36条, 国十条; not 创新|10条, 全国|十条)
    found += _joint_codes(text)
    found += [Candidate(m.start(), m.end(), "SLOGAN", m.group(), RULE) for m in _ONE_PER_UNIT.finditer(text)]
    found += [Candidate(m.start(), m.end(), "SLOGAN", m.group(), RULE)
              for m in (_MERGED_INTO_ONE.finditer(text) if "合一" in text else ()) if not crosses_word(text, m.start())]
    found += [Candidate(m.start(), m.end(), "SLOGAN", m.group(), RULE)
              for m in (_SECRETARIES_OF_LEVELS.finditer(text) if "级书记" in text else ())
              if text[m.start() - 3:m.start()].strip(LEVELS) == ""]  # (the scan only where the phrase is printed)
    for match in _GUIDE_BY_CHARACTERS.finditer(text) if "字" in text else ():
        cand = Candidate(match.start(), match.end(), "SLOGAN", match.group(), RULE)
        if defines.phrases_of_its_characters(text, cand, defines.numeral_value(match.group("count")) or 0):
            found.append(cand)  # 十六字总要求，“对党忠诚、服务人民、执法公正、纪律严明”: its phrases quoted beside it
    circles = matches_at(_MINUTE_CIRCLE, text, starts_before(text, ("分钟", "一刻钟"), 3))  # (`re` would try each character)
    for matches in (_COUNTED.finditer(text), circles):
        for match in matches:
            ends_well = _ends_well(text, match.end())
            if not ends_well and (shortest := _COUNTED_SHORTEST.match(text, match.start())) is not None \
                    and shortest.end() < match.end() and _ends_well(text, shortest.end()):
                match, ends_well = shortest, True  # 十大乡村特色产业|全产业链 (not …产业全|产业: 产业链 runs across its end)
            vague = _COUNTED_VAGUE.search(match.group()) and not (
                _VAGUE_UNLESS_LISTED.search(match.group()) and (_parts_right_before(text, match.start(), match.group())
                                                                 or _some_listed_before(text, match.start(), match.group()))
                or (_SCALED_INDUSTRIES.search(match.group()) or match.group().endswith("大产业"))
                and _some_listed_before(text, match.start(), match.group()))  # (A、B、C等五大产业: some of the industries
            # named; not 三大产业, the sectors of statistics)
            if ends_well and not vague and not text.endswith(("上述", "以上", "前述", "党的", "其中"), 0, match.start()) \
                    and not _PREDICATE.search(match.group(), 2) and not _NO_COUNT.search(match.group()):
                # 三大全球倡议和…: not 议和; not 两大乳企|推进全球化战略 (a clause, not a name); not 上述|两项措施, the
                # measures told before; not 党的|十九大全面从严治党战略部署, a congress; not 是其中|一条基本方略, one of them
                name = unquoted(match.group())  # “一刻钟”便民服务消费圈
                qualified = _QUALIFIED_COUNT.search(text, max(0, match.start() - 8), match.start()) \
                    if match.group()[0] != "一" and match.group().endswith(_QUALIFIED_HEADS) else None
                start = qualified.start(1) if qualified else match.start()
                if match.group().endswith(_BILATERAL_HEADS) and _BILATERAL.fullmatch(text, max(0, start - 2), start):
                    start -= 2  # 中日|四个政治文件, 中美|三个联合公报: the two states of the documents
                elif match.group().endswith("个公报"):
                    continue  # (两个公报: documents counted, unless two states' own)
                found.append(Candidate(start, match.end(), "SLOGAN", text[start:match.start()] + name, RULE))
    for match in _FRAMED_COUNT.finditer(text):
        start, end = match.start(), match.end()
        count = defines.numeral_value(match.group()) or 0
        if count < 2 or crosses_word(text, end, side="left") or any(c.start <= start < c.end for c in found):
            continue
        modal = max((len(m) for m in MODALS if text.startswith(m, end)), default=0)
        after = read(text[end + modal:end + modal + 4])[0]  # (…八大领域|要|实现: a modal, then the verb)
        if after not in ("的", "，", "。", "；") and (len(after) < 2 or word_tag(after) != "v"):
            continue  # (its name ends where a verb, 的 or its clause's end follows: other counts are found above)
        listed = defines.list_before(text, max(0, start - 200), start, count, adjacent=True)
        if not listed or listed[1] or len(listed[0]) != count or any(is_known_place(part) for part in listed[0]):
            continue
        opening = text.rfind(listed[0][0], max(0, start - 200), start)
        if text[start - 1] == "这" or _FRAMING.search(text, max(0, opening - 3), opening):
            found.append(Candidate(start, end, "SLOGAN", match.group(), RULE))
    for match in _COUNTED_LISTED.finditer(text):
        if len(match.group()) == 10 and match.group()[0] == "大" or match.group()[0] == "条" and _ROUTES.search(match.group()):
            continue  # (nine characters after a count by 个 only: 6个|千亿级特色农业产业; 三条|高速)
        numeral = _NUMERAL_BEFORE.search(text, max(0, match.start() - 3), match.start()) \
            if text[match.start() - 1:match.start()] in _NUMERAL_CHARS else None
        if numeral is None:
            continue
        start, name = numeral.start(), text[numeral.start():match.end()]
        parts = _parts_right_before(text, start, name) \
            if match.group()[0] in "个类" and (defines.numeral_value(name) or 0) >= 2 else []
        paired = len(parts) >= 3 and defines.paired(parts)  # (三个并重, 五个重大关系: as many pairs)
        clusters = bool(parts) and (name.endswith("产业集群")  # 新一代信息技术、科技服务业两个万亿级产业集群
                                    or name.endswith(_SITED_HEADS) and all(is_known_place(part) for part in parts)
                                    or _DESIGNATED_CITIES.search(name) and len(parts) >= 4
                                    and all(is_known_place(part) for part in parts[1:])
                                    and any(is_known_place(parts[0][k:]) for k in range(len(parts[0]) - 1)))
        # (开放|大连、…、北海等十四个沿海港口城市: cities a programme designates, named, a verb before the first)
        # (中关村、昌平、怀柔三个国家实验室: institutions named by where they are)
        battles = name.endswith("攻坚战") and len(parts) >= 2  # 煤矿瓦斯治理和矿山整顿|两个攻坚战
        programme = (len(parts) >= 3 and len(match.group()) >= 5 or battles) and _PROGRAMME_HEADS.search(name) is not None \
            and not all(is_known_place(part) for part in parts)  # 人工智能、…、先进材料等6个重大科技专项
        scaled = _SCALED_INDUSTRIES.search(name) is not None and _some_listed_before(text, start, name)
        # (茶叶、中药材、脐橙、赣莲等20个百亿级产业: industries of a scale, some of them listed)
        decoded = match.group()[0] == "个" and name[0] not in "一0123456789" and text.startswith(_DECODING, match.end()) \
            and (defines.numeral_value(name) or 0) >= 2  # 两个融合，即A融合、B融合
        quoted = _QUOTED_LIST_BEFORE.search(text, max(0, start - 60), start) is not None
        kinds = match.group()[0] == "类" and len(parts) >= 3 and word_tag(name[-2:]) in ("v", "vn")
        # (居住、产业、…、区域综合等五类更新改造: what is done to each kind, all of them listed)
        if match.group()[0] == "类" and not kinds:
            continue  # 类 counts kinds of things (三类企业)
        if match.group()[0] == "个" and not programme and not decoded and not scaled \
                and (not quoted and not paired and not clusters or name[0] in "一0123456789"):
            continue  # 个 counts things (2个国际机场): only after a quoted list of them, “登高、升规、晋位、上市”四个工程,
            # pairs (…自然恢复和人工修复、外部约束和内生动力这五个重大关系), the industries of clusters or all the parts
            # of programmes
        subject = _PREDICATE_AFTER.match(text, match.end()) is not None  # (就业和税收两大核心关切|总体向好: a noun, 关切)
        count = defines.numeral_value(name)
        before = defines.list_before(text, max(0, start - 200), start, count) if quoted else None
        traits = _COUNTED_TRAITS.search(name) is not None
        if (_COUNTED_VAGUE.search(name) and not clusters) or traits and text[start - 1:start] != "这" \
                or word_tag(name[-2:]) == "v" and not subject and not decoded and not kinds and not (before and not before[1]) \
                or any(c.start <= start < c.end for c in found):
            continue  # 三大优势; 两大类别实施 (not “激发创新活力、…”三大核心诉求: the parts quoted right before it)
        listed_before = before if quoted else defines.list_before(text, max(0, start - 200), start, count,
                                                                  adjacent=is_han(text[start - 1:start] or "。"))
        if traits and not (listed_before and not listed_before[1]):
            continue  # traits are a formulation only with all of them listed right before, then 这 (A不合理、…、C不平衡这|三大问题)
        listed = listed_before or \
            defines.list_after(text, match.end(), min(len(text), match.end() + 200), count) or \
            defines.subjects_of_their_count(text, max(0, start - 200, *(text.rfind(m, max(0, start - 200), start) + 1
                                                                        for m in "。；\n")), start, count) or \
            (defines.clauses_after(text, match.end(), count) if count and text[match.end():match.end() + 1] == "："
             else None) or \
            (defines.clauses_sharing(text, match.end(), text.find("。", match.end()) + 1 or len(text), name, count) if decoded
             else None)  # 六大领域：A、B…; 四大矛盾：A；B；…; 两个全覆盖，即抽检覆盖…，检测指标覆盖…
        if listed and len(listed[0]) == count or paired or scaled:
            found.append(Candidate(start, match.end(), "SLOGAN", name, RULE))
        elif count and defines.aspects_after(text, match.end(), count):  # 抓实|能源科技创新|9条路径，…。煤炭…开采方面，…
            qualified = _DONE_TO_COUNT.search(text, max(0, start - 14), start)
            start = qualified.start(1) if qualified else start
            found.append(Candidate(start, match.end(), "SLOGAN", text[start:match.end()], RULE))
    numbered = "：1." in text or ":1." in text
    for match in chain(_ending_at(_COUNT_BEFORE_CLAUSES, _CLAUSES_ANCHOR, text),
                       _ending_at(_COUNT_BEFORE_CLAUSES, _NUMBERED_ANCHOR, text) if numbered else ()):
        group = 1 if match.group(1) else 2
        count = defines.part_count(match.group(group)) or 0
        if count >= 2 and not any(c.start <= match.start() < c.end for c in found) \
                and defines.clauses_after(text, match.end(group), count):
            found.append(Candidate(match.start(group), match.end(group), "SLOGAN", match.group(group), RULE))
    for match in _ending_at(_COUNT_BEFORE_COLON, _COLON_ANCHOR, text) if "；" in text else ():
        count = defines.part_count(match.group(1)) or 0
        if count >= 3 and match.group(1).endswith(_HEADS_BEFORE_COLON) \
                and not any(c.start <= match.start() < c.end for c in found) and defines.clauses_after(text, match.end(), count):
            found.append(Candidate(match.start(1), match.end(1), "SLOGAN", match.group(1), RULE))
    for match in _NAMED_PROPOSAL.finditer(text) if "提出" in text else ():
        cand = Candidate(match.start(1), match.end(1), "SLOGAN", match.group(1), RULE)
        if defines.part_count(cand.name) is None and defines.uncounted_points(text, cand, len(text)):
            found.append(cand)  # 习近平提出全球发展倡议：一是坚持发展优先。…二是…
    for match in _ending_at(_COUNT_BEFORE_POINTS, _POINTS_ANCHOR, text, _QUALIFIED_REACH):
        name, count = match.group(1), defines.numeral_value(match.group(1)) or 0
        cand = Candidate(match.start(1), match.end(1), "SLOGAN", name, RULE)
        paragraph_end = text.find("\n", cand.end + 2)
        generic = name.endswith(("工作", "事项", "部分")) and not name.endswith("方面工作") \
            or name.endswith("方面") and text.startswith("。\n", match.end(1))  # (十个突出亮点：一是…;
        # 长期面临两大问题：一是…，二是…; 五个方面工作：⏎一是…, 把握四个方面：⏎一是…: traits or aspects, numbered; not
        # 四项具体工作：一是…, 报告分六个部分：一、…: a text's sections; nor 抓好五个方面。⏎一是…: the aspects of a text)
        generic = generic or text.startswith("，", match.end(1)) and not _COUNT_OF_TWO.fullmatch(name)  # (中希关系有两大纽带，|
        # 一是…: a noun of two counted; not 从三个层面着力，|一是…: what is done)
        if count >= 2 and not generic and not any(c.start <= cand.start < c.end for c in found) \
                and defines.numbered_parts(text, cand, count, paragraph_end if paragraph_end >= 0 else len(text)):
            found.append(cand)  # 三件大事：一是…，二是…，三是…
    for at in all_after(text, "大") if "、" in text else ():  # 思政引领力、…、国际影响力。…六大特质的论述: a count of
        end = at + 2  # two characters after 大 that refers to the parts listed before it
        numeral = _NUMERAL_BEFORE.search(text, max(0, at - 3), at - 1) if text[at - 2:at - 1] in _NUMERAL_CHARS else None
        if numeral is None or len(text[at:end]) < 2 or not all(map(is_han, text[at:end])) \
                or is_han(text[end:end + 1] or "。") and text[end] not in _AFTER_COUNT_OF_LISTED or crosses_word(text, end):
            continue
        if defines.homogeneous_list_before(text, numeral.start(), defines.numeral_value(text[numeral.start():end]) or 0):
            found.append(Candidate(numeral.start(), end, "SLOGAN", text[numeral.start():end], RULE))
    for anchor in ("步走", "步设想") if "步" in text else ():
        for end in all_after(text, anchor):
            step = defines.STEPS.fullmatch(text, end - len(anchor) - 1, end)
            if step and text[step.start() - 1:step.start()] not in _NUMERAL_CHARS \
                    and defines.step_parts(text, step.start(), end, defines.numeral_value(step.group()) or 0):
                found.append(Candidate(step.start(), end, "SLOGAN", step.group(), RULE))  # 分两步走：A；B。
    found += [Candidate(start, end, "SLOGAN", unquoted(text[start:end]), RULE)
              for start, end in defines.unquoted_heads(text)]
    found += [Candidate(start, end, "SLOGAN", text[start:end], RULE) for start, end, *_ in defines.counted_headings(text)]
    starts = {cand.start for cand in found}
    found += [cand for cand in any_head if cand.start not in starts]  # (a name of any head where no other rule reads one:
    # 就业和税收两大核心关切, not 两大核心)
    return [cand for cand in found if text[cand.start - 1:cand.start] != "第"]  # (第二大|海外游客来源国: a rank)


def find_kinds(text: str) -> list[Candidate]:
    """Established terms for a kind of things where a list before 等 names some of them (推动商业航天、低空经济、深海科技等
    新兴产业…, 稳步扩大规则、规制、管理、标准等制度型开放): formulations the list decodes (`defines.find_definitions`)."""
    found = []
    for match in _kinds_after_etc().finditer(text) if "等" in text else ():
        start = match.start(1)
        listed = defines.list_before(text, max(0, start - 200), start, defines.UNCOUNTED)
        if listed and listed[1] and len(listed[0]) >= 2:
            found.append(Candidate(start, match.end(1), "SLOGAN", match.group(1), RULE))
    return found


# A five-year plan by its number, unquoted, before what names it a plan or its years (七五计划期间, 八五时期; not 第十五届).
_PLAN_NUMBER = re.compile(r"[六七八九]五|十[一二三四五六]?五")
_QUOTED_PLAN = re.compile(f"“({_PLAN_NUMBER.pattern})”")
_PLAN_WORDS = ("五计划", "五规划", "五期间", "五时期", "五末")
_BEFORE_NUMBER = frozenset("第0123456789一二三四五六七八九十百")


def find_named_by_quoted_lists(text: str) -> list[Candidate]:
    """The names a quoted list of three or more items defines, the spirits named after the list a verb says formed
    them and the spirits named by their traits (the parts: `defines.find_definitions`)."""
    found = [Candidate(m.start(2), m.end(2), "SLOGAN", m.group(2), RULE)
             for m in defines.QUOTED_LIST_NAMING.finditer(text)] if "”的" in text else []
    found += [Candidate(m.start(2), m.end(2) + 3, "SLOGAN", m.group(2) + "精神", RULE) if m.group(2)
              and text.startswith("”精神", m.end(2)) else Candidate(m.start(k), m.end(k), "SLOGAN", m.group(k), RULE)
              for m in defines.SPIRIT_FORMED.finditer(text) for k in (2, 3) if m.group(k)] if "精神" in text else []
    # (孕育形成了…的“两弹一星”精神: the spirit its parts are of, named by its quoted code; where no list decodes it, the
    # code alone: 弘扬“两弹一星”精神)
    return found + [Candidate(start, end, "SLOGAN", text[start:end], RULE)
                    for start, end, _ in defines.spirits_named_by_traits(text)]


def find_plans(text: str) -> list[Candidate]:
    """Five-year plans named by their number (七五计划, 十一五期间, “十五”任务), which the lexicon knows only from the
    latest."""
    found = [Candidate(m.start(1), m.end(1), "SLOGAN", m.group(1), RULE) for m in _QUOTED_PLAN.finditer(text)] \
        if "五”" in text else []  # “十五”任务, “八五”期间: a plan's number in quotes
    for word in _PLAN_WORDS:
        for end in all_after(text, word):
            end -= len(word) - 1
            start = next((end - n for n in (3, 2) if end >= n and _PLAN_NUMBER.fullmatch(text, end - n, end)), None)
            if start is not None and text[start - 1:start] not in _BEFORE_NUMBER:
                found.append(Candidate(start, end, "SLOGAN", text[start:end], RULE))
    return sorted(set(found))


# A policy or programme that opens its paragraph and heads numbered points (继续实施积极的财政政策。一是…; the parts:
# `defines.find_section_parts`).
_HEADED_POLICY = re.compile(rf"(?:^|(?<=\n)){defines.HEADING_LEAD}([{HAN}的]{{2,10}}(?:政策|战略|工程|行动|计划|方针))。(?=一是)")


def find_headed_policies(text: str) -> list[Candidate]:
    """Unquoted policies and programmes named by a sentence of their own that numbered points follow (继续实施积极的财政政策。
    一是保持适度的财政赤字…): formulations their points decode; not a verb's phrase (加快实施…战略)."""
    return [Candidate(m.start(1), m.end(1), "SLOGAN", m.group(1), RULE) for m in _HEADED_POLICY.finditer(text)
            if word_tag(read(m.group(1))[0]) not in ("v", "vd", "d")] if "。一是" in text else []


@lru_cache(maxsize=1)
def _kinds_after_etc() -> re.Pattern:
    return re.compile(f"等({alternation(resources.kind_formulations())})")


def variants(text: str, quoted: list[Candidate]) -> list[tuple[str, str]]:
    """(longer form, term) for “四链”融合: the term with its continuation word."""
    pairs = []
    for cand in quoted:
        after = cand.end + 1  # past the closing quote
        match = _CONTINUATION.match(text, after)
        if match:
            pairs.append((cand.name + match.group(), cand.name))
    return pairs


def plus_parts(name: str) -> list[str]:
    """The parts of a "+" formulation long enough to stand for it (产业大脑+未来工厂 → 产业大脑, 未来工厂)."""
    parts = [p for p in name.split("+") if p]
    return [p for p in parts if len(p) >= 4] if len(parts) >= 2 else []
