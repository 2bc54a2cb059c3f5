"""COMPANY: legal names with their suffixes, branches and brackets; groups; short names.

A legal suffix (有限公司, 股份有限公司 ...) anchors a name; the name runs left to
the nearest boundary (punctuation, a preposition, a stop word). Short names come
from "（以下简称“川仪精密”）" and from full names with the place and the legal
form removed (重庆长安汽车股份有限公司 → 长安汽车).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from policykg.extract.candidates import RULE, Candidate
from policykg.extract import resources
from policykg.extract.lexicon import builtin, is_known_place
from policykg.extract.resources import NAME_TAGS, dictionary, is_common_word, is_ordinary_word, word_tag
from policykg.extract import words
from policykg.extract.text import (BRINGING, LEFT_STOPS, MAKING, PUNCT, TRANSLITERATION, all_after, clause_start,
                                   crosses_word, scan, sentence_openings, transliterated_after, transliterated_before,
                                   trim_left)
from policykg.extract.words import read, segment
from policykg.vocabulary import COUNT_NUMERALS, HAN, LETTERS_ABROAD, LEVELS, PARTNER_LETTERS, is_han

_LEGAL = re.compile(
    # every alternative opens with a literal (公司's lookbehind comes after it): the scan skips to their characters
    r"(?:集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|股份公司|集团公司|公司(?<![分子总]公司)"
    rf"|控股集团|控股(?=[^{HAN}]|董事长|总裁|总经理|等|与|和|、)|股份(?=[^{HAN}]|董事长|总裁|成为|等|与|和|、))"
    rf"(?:[{HAN}]{{2,6}}?分公司)?(?:（(?:普通合伙|有限合伙)）)?"
)
# A refinery's firm named after its place (九江石化), not an industry or a park (湛江石化产业园, 宁波石化经济技术开发区).
_REFINERY = re.compile(r"(?:石化|炼化)(?![产基园行经工业区项链])")
_GROUP = re.compile(rf"(?:集团|银行|农商行)(?!业)(?![{HAN}]{{0,2}}(?:公司|军))")  # after two to four Han characters
# （以下简称“…”）: the bracket looked at behind 以下简称, so the scan skips to that (a match starts after the bracket)
ALIAS_INTRO = re.compile(r"以下简称(?<=[（(]以下简称)“([^”]{2,12})”[）)]")
_LEGAL_FORMS = ("集团股份有限公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司", "股份公司", "集团公司", "公司")
_MAX_NAME = 30
_QUANTIFIED = re.compile(rf"[{COUNT_NUMERALS}几多数每某各该此这那]+[家个]|某|许多|不少|很多|众多|一些|诸多|"
                         rf"[{PARTNER_LETTERS}阿]方(?=银行|公司|企业|集团)")
# (许多中国公司: some firms; 欢迎|阿方银行|机构: the other side's banks)
_CAPITALS = "中资|外资|合资|独资|港资|台资|侨资|内资|外商投资"  # whose capital a kind of firm has
_KIND_OF_FIRM = re.compile(f"(?:上市|跨国|{_CAPITALS})公司$")  # 境内上市公司: a kind, named by what it is
_KIND_AFTER_的 = re.compile(rf"的(?:[\d{COUNT_NUMERALS}几多数]+[家个])?(?:跨国|上市|{_CAPITALS}|民营|国有|科技型)?公司$")


_FOUNDING = ("组建", "成立", "设立", "新设", "注册")


def _founded_name_start(text: str, end: int) -> int | None:
    """The start of the name of a company founded under it, before a bare 公司 at `end` (共同组建|新塔油气联合勘探公司,
    and the names listed after it: …勘探公司、|新海天然气管道公司); None if no verb of founding is there or the name is
    ordinary words only (组建|平台公司)."""
    start = end
    while start > 0 and is_han(text[start - 1]) and end - start < 14 and not text.endswith(_FOUNDING, 0, start):
        start -= 1
    if text.endswith(_FOUNDING, 0, start):
        founded = True
    elif text[start - 1:start] == "、" and text.endswith("公司", 0, start - 1):
        founded = _founded_name_start(text, start - 3) is not None
    else:
        founded = False
    if founded and text[start:start + 1] in ("的", "了"):
        start += 1  # 省里成立的|煤运公司, 成立了|文化旅游公司: what was founded, after 的 or 了
    name = text[start:end]
    return start if founded and 3 <= len(name) and not only_ordinary_words(name) and "等" not in name \
        and not name.startswith(_KIND_LEADS) else None


def _named_firm(text: str, start: int, end: int) -> bool:
    """A firm named by a word of its own before a bare 公司, the name opening a clause: 思哲睿公司成为…, 天焦公司转型退出,
    not 该公司, 平台公司 or 国有公司; or two to four characters no word takes, and its trade, after a verb of visiting or
    backing (支持|吉翼公司, 来到|惠龙易通物流公司)."""
    name = text[start:end]
    size_ok = 3 <= len(name) <= 4 or len(name) == 2 and dictionary().get(name) is None \
        and text[start - 1:start] in ("。", "，", "；", "\n")  # 天焦公司: no word at all, opening a clause (not 、城投公司)
    brand = name[:-2] if name.endswith(_TRADES) else name  # (惠龙易通|物流: a brand, then its trade)
    after_verb = 2 <= len(brand) <= 4 and (len(brand) == len(name) or not only_ordinary_words(brand)) \
        and dictionary().get(brand) is None and text.endswith(_VISITING, 0, start) \
        and name[1] not in "投控"  # (城投公司, 产投公司: kinds of state investment vehicle)
    return (size_ok or after_verb) and all(map(is_han, name)) and (start == 0 or text[start - 1] in "。，；：、\n"
                                                                   or after_verb) \
        and name[0] not in "该本此其各每子总分母村" \
        and not any(ch in COUNT_NUMERALS for ch in name) and not only_ordinary_words(name) and not is_common_word(name, 20) \
        and not any(len(w) > 1 and word_tag(w) == "v" for w in read(name)) \
        and word_tag(read(name)[0])[:1] not in ("d", "c", "p", "r")  # 李强听取|公司, 也是|公司的: a clause, no name


def _owned_firm_start(text: str, start: int, end: int) -> int | None:
    """Where a firm's name opened by how the firm is owned starts in `text[start:end]`: at the word of ownership that is
    part of its name (国营永茂公司), after one that only says how it is owned (民营|纳通生物科技公司), when two to four
    characters no word of the dictionary takes follow, a trade after them or not; or None."""
    for word in _OWNERSHIP:
        at = text.rfind(word, start, end)
        own = text[at + len(word):end]
        core = own[:-2] if own.endswith(_TRADES) and len(own) >= 4 else own
        if at >= 0 and 2 <= len(core) <= 4 and all(map(is_han, own)) and dictionary().get(core) is None \
                and not only_ordinary_words(core):
            return at + len(word) if word in _OWNED_PRIVATELY else at
    return None


# A kind of capital at the end of a name or before its kind: 在德中资|银行, 优化外资银行、保险等….
_OF_A_CAPITAL = re.compile(f"(?:{_CAPITALS})(?:银行|公司|集团|企业|机构)?$")
_OWNERSHIP = ("国营", "国有", "民营", "私营", "集体")  # how a firm is owned, printed before its own name
_OWNED_PRIVATELY = ("民营", "私营")  # (not part of the firm's name)
_TRADES = ("物流", "科技", "电子", "制药", "医药", "化工", "材料", "智能", "电气", "食品", "能源", "实业", "贸易", "传媒",
           "网络", "信息", "软件", "机械", "服饰", "纺织")  # a firm's trade after its own name (惠龙易通物流公司)
_VISITING = ("支持", "考察了", "考察", "走进", "来到", "调研")  # 支持|吉翼公司, 考察了|美翻公司: a firm visited or backed
_AFTER_FIRM = ("法定代表人", "法人", "董事长", "总经理")  # 有限公司|法定代表人: not 司法


_KIND_LEADS = ("省级", "市级", "县级", "国家级", "全国性", "区域性", "专业化", "一批", "一家", "多家")  # 省级中试研发公司: a kind


_LEADING_TAGS = ("v", "d", "r", "t", "p")  # what leads into a firm's name, not part of it


def _after_verbs_before_place(text: str, start: int, end: int, place_starts: list[int]) -> int:
    """Where a firm's name starts when a clause runs into the place that opens it (今天我们来认识|安徽宿州供电公司): at
    the first place after `start` (`place_starts`, sorted) when only verbs, adverbs, pronouns, time words and
    prepositions come before it; else `start`."""
    k = bisect_right(place_starts, start)
    at = place_starts[k] if k < len(place_starts) and place_starts[k] < end else None
    if at is None or not all(word_tag(w)[:1] in _LEADING_TAGS for w in read(text[start:at])):
        return start
    return at


def find_companies(text: str, places: list[Candidate], known: list[Candidate] = ()) -> list[Candidate]:
    """Companies anchored by a legal suffix or by 集团 (unless a known name ends there: 二十国集团)."""
    place_ends = {p.start: p.end for p in places}
    place_starts = sorted(place_ends)
    known_ends = {k.end for k in known}
    found: list[Candidate] = []
    for match in scan(_LEGAL, text):
        start = _name_start(text, match.start(), place_ends)
        founded = _founded_name_start(text, match.start()) if match.group() == "公司" else None
        start = founded if founded is not None else start
        if match.group() == "公司" and (start is None or match.start() - start < 2) \
                and (whole := _name_start(text, match.start(), place_ends, limit=4, trim=False)) is not None \
                and whole < match.start() and not any(ch in "了的该本此其各每把将被" for ch in text[whole:match.start()]) \
                and not (len(first := read(text[whole:match.start()])[0]) > 1 and is_common_word(first, 100)) \
                and _named_firm(text, whole, match.start()):
            start = whole  # 天有为公司: a name that holds a character which otherwise ends one (为)
        if start is not None and start not in place_ends:
            start = _after_verbs_before_place(text, start, match.start(), place_starts)
        if start is not None and text[start] == "原" and (start + 1 in place_ends or any(
                is_known_place(text[start + 1:start + size]) for size in (3, 4))):
            start += 1  # 原|陕西交建…有限公司: a former firm's name (陕西 though 西交 is a word)
        if start is None or match.start() - start < 2 or is_common_word(text[start:match.start()], 50) \
                or crosses_word(text, match.end()) and not text.startswith(_AFTER_FIRM, match.end()) \
                or _QUANTIFIED.match(text, start) or _KIND_AFTER_的.search(text, start, match.end()) \
                or _KIND_OF_FIRM.search(text, start, match.end()):
            continue  # 一家农业科技有限公司: some company; 中东地区的22家跨国公司, …的跨国公司: a kind of them
        if start in place_ends and _QUANTIFIED.match(text, _end_of_places(start, place_ends)):
            continue  # 北京|一家公司, 江苏扬州|一家公司: some company there
        parent = [m.end() for m in _PARENT_OF.finditer(text, start, match.start())]
        start = parent[-1] if parent and match.start() - parent[-1] >= 2 else start  # 中国黄金集团公司下属的|华泰龙…公司
        kind = max(text.rfind(word, start, match.start()) + len(word) for word in ("企业", "公司"))
        if kind > start and (kind in place_ends or any(is_known_place(text[kind:kind + k]) for k in (2, 3))
                             or match.start() - kind >= 4 and text[kind - 2:kind] == "企业"):
            start = kind  # 内地首家中外合资企业|北京航空食品有限公司: what the firm is, then its name (德国企业|博世汽车部件公司)
        if start in place_ends and place_ends[start] in place_ends:  # 山东省滨州市沾化区汇宏新材料有限公司: an address
            last = start
            while start in place_ends and place_ends[start] < match.start():
                last, start = start, place_ends[start]
            start += text[start] == "的"  # 西宁市城中区的|青海圣源地毯集团有限公司: the firm there
            if only_ordinary_words(text[start:match.start()]):
                start = last  # 宁夏|吴忠仪表有限责任公司: the firm is named after its city
        if "等" in text[start:match.start()]:
            continue  # 美国瑞思迈等跨国公司: the end of a list
        if text[match.start() - 1] in _PREPOSITIONS and (entry := builtin().get(text[start:match.start() - 1])) is not None \
                and entry[0] == "PERSON":
            continue  # 。习近平对|公司勇于创新…给予肯定: a known person, a preposition, then the firm the text is about
        if match.group() in ("控股", "股份") and (match.start() - start > 4 or any(
                word_tag(w)[:1] in ("d", "v", "c", "p") for w in read(text[start:match.start()]))):
            continue  # 卓尔控股, 速达股份: a short name before it (not 国家必须|控股: what the state does)
        owned = _owned_firm_start(text, start, match.start()) if match.group() == "公司" else None
        start = start if owned is None else owned  # 北平|国营永茂公司: the firm's own name after how it is owned
        named = match.group() == "公司" and (owned is not None or _named_firm(text, start, match.start()))
        if match.group().startswith("公司") and (start not in place_ends or match.start() - place_ends[start] < 2) \
                and not (match.group() == "公司" and (_listed_group(text, start, match.end(), firms=False)
                                                    or founded is not None or named)):
            continue  # a bare 公司 names a company only after a place (长春长生公司, not 融资平台公司), a group (能源集团、林草生态公司)
            # or a verb of founding (共同组建|新塔油气联合勘探公司)
        own_name = named and start not in place_ends and match.start() - start <= 3
        if start in place_ends and text.startswith(("中国", "中华"), place_ends[start]):
            start = place_ends[start]  # 上海|中国商飞公司: where a national firm is, not its name
        start = _without_country(text, start, match.start(), place_ends)  # 美国|盖洛普公司
        if text.startswith(_SUPERLATIVES, start):
            continue  # 美国|最大牛奶公司: a description, no name
        name = text[start:match.start()] if own_name else text[start:match.end()]  # 天有为公司: the firm 天有为 (not
        # 林草生态公司, a firm of a sector)
        found.append(Candidate(start, match.end(), "COMPANY", name, RULE))
    place_starts = {end: start for start, end in place_ends.items()}
    for plant in _REFINERY.finditer(text) if "石化" in text or "炼化" in text else ():
        at = plant.start()  # 九江石化, 镇海炼化: a refinery's firm named after its place; 上海石化: one word of the dictionary
        start = place_starts.get(at)
        if start is None or at - start < 2:
            start = next((at - k for k in (4, 3, 2)
                          if is_known_place(text[at - k:at]) and text[at - k:plant.end()] in dictionary()), None)
        if start is not None and not crosses_word(text, plant.end()):
            found.append(Candidate(start, plant.end(), "COMPANY", text[start:plant.end()], RULE))
    found += _oilfields(text)
    found += _firms_of_a_place_and_trade(text, places)
    found += _headquarters(text, place_ends)
    found += _airlines(text, places)
    found += _traders_abroad(text, places)
    found += _time_honoured(text) if "老字号" in text else []
    found += _firms_of_a_trade(text) if "企业" in text else []
    found += _cooperatives(text, place_ends) if "合作社" in text else []
    found += _introduced_firms(text) if "一家" in text else []
    place_spans = sorted(place_ends.items())
    span_starts = [a for a, _ in place_spans]  # to find the places near a name by bisection
    longest = max((b - a for a, b in place_spans), default=0)
    for match in scan(_GROUP, text):
        head = match.start()
        core_from = head
        while core_from > 0 and head - core_from < 4 and is_han(text[core_from - 1]):
            core_from -= 1
        if head - core_from < 2 or any(is_common_word(text[head:match.end() + k]) for k in (1, 2)):
            continue  # 撬动银行贷款: 银行 starts a word
        start = _name_start(text, head, place_ends, limit=10)
        if start is None or match.end() in known_ends:
            continue
        # a bank's name may hold words that otherwise lead a name (四川农商联合银行)
        run = _name_start(text, head, place_ends, limit=10, trim=False) if match.group() == "银行" else start
        near = place_spans[bisect_left(span_starts, run):bisect_left(span_starts, core_from + 1)]  # 海南|农商银行
        anchored = next((a for a, b in near if not any(ch in LEFT_STOPS for ch in text[a:core_from])
                         and not any(word in text[b:head] for word in BRINGING)), None)  # 合作区落地|深农集团
        start = anchored if anchored is not None else max(start, core_from)  # 四川科创投资集团
        if anchored is not None:
            start = anchored = _without_country(text, anchored, head, place_ends)  # 法国|达飞集团
        if anchored is None and text.startswith("国家", start) and text[start - 1:start] in LETTERS_ABROAD \
                and start >= 1:
            start = anchored = start - 1  # 俄|国家航天集团
        if anchored is None and start == core_from and text[start] in TRANSLITERATION:
            run = transliterated_before(text, start, 4)
            if run < start and (run == 0 or text[run - 1] in LEFT_STOPS or not is_han(text[run - 1])):
                start = run  # 就|瓦格纳雇佣兵集团: a name abroad longer than the four characters looked at
        around = place_spans[bisect_left(span_starts, start - longest):bisect_left(span_starts, start)]
        start = next((a for a, b in around if a < start < b), start)  # 新加坡金鹰集团, not 加坡金鹰集团
        if text[start:start + 1] in "家个所批" and start and (text[start - 1].isdigit() or text[start - 1] in COUNT_NUMERALS):
            start += 1  # 35家|村镇银行: the measure word of a count
        if (of := text.rfind("的", start, head)) >= 0 and head - of > 2:
            start = of + 1  # 山东青岛的|海尔集团: what comes before 的 says where the group is (美的集团 keeps its 的)
        core = text[start:head]
        if core == "中央" and match.group() == "银行":
            continue  # 伊朗|中央银行: a country's central bank, a body
        if match.group() == "银行" and text.startswith(("股", "卡"), match.end()) \
                and not text.startswith("股份", match.end()):
            continue  # 并可提升|银行股的估值: banks' shares, a kind (not 招商银行股份有限公司)
        if any(body in core for body in _BODIES_IN_RUN):
            continue  # 中关村管委会|联合银行、保险公司: a body, then what it does with banks
        pieces = read(core)
        if anchored is None and len(core) >= 2 and any(len(w) == 1 and word_tag(w) in ("d", "c", "p") for w in pieces) \
                or "不" in pieces or _QUANTIFIED.match(text, start):
            continue  # 企业|也可获得|银行的贷款, 不搞|集团政治: an adverb and a verb, no name; 欢迎|阿方银行|机构
        if match.group() == "集团" and core.endswith(_SERVICE_GROUPS):
            continue  # 北京儿童医院集团, 教育集团: hospitals or schools grouped, a body (no firm)
        if match.group() == "集团" and (core.endswith(_CLIQUES) or core[-1:] == "国" and core[-2:-1] in COUNT_NUMERALS):
            continue  # 美国侵略集团, 苏联领导集团, 犯罪集团: a bloc or a clique, no firm; 萨赫勒五国集团: states
        if _COUNTED.search(core) or _KIND_OF_GROUP.search(core) \
                or core[:1] == "大" and text[start - 1:start] in COUNT_NUMERALS:
            continue  # 金昌、白银、庆阳3个城市医疗集团: a kind of group, counted; 第二大|银行集团: a rank; 多家|银行: some;
            # 浙江丽水对全市|银行网点: all of a city's; 两|大农产品集团: two of a kind
        if len(core) >= 2 and core[-1] in LETTERS_ABROAD and read(core)[-1] == core[-1] \
                or match.group() == "银行" and any(b == head and text[a:b] in resources.foreign_countries()
                                                 for a, b in place_spans):
            continue  # 多家受制裁俄|银行, 伊朗|银行网络: the banks of a country, of a kind (not 华美银行: one word; 美国银行
            # and 日本银行 are known)
        if _OF_A_CAPITAL.search(core):
            continue  # 在德中资|银行: the banks of a kind of capital
        if len(core) > 2 and (is_common_word(core[:2], 100) or MAKING.match(core)) and anchored is None \
                and not text.startswith("集团、", start - 3):
            start, core = start + 2, core[2:]  # 推动|交投集团, 做实|金控集团 (not …集团、|轨道交通集团: listed whole)
        # 交投集团: an abbreviation the dictionary knows (not 中小银行); 产投集团、森工集团: listed with another group
        vouched = word_tag(core) == "j" and match.group() == "集团" or match.group() == "农商行" \
            or _listed_group(text, start, match.end()) and (match.group() != "银行" or not is_common_word(core, 50)
                                                           or word_tag(core) in NAME_TAGS and word_tag(core) != "j")
        # (吉林农商行: a rural commercial bank, whatever names it; 库尔勒银行、汇和银行, not 大型银行、中小银行)
        if len(core) >= 2 and (not is_common_word(core, 50) or vouched or anchored == start) \
                and not is_common_word(core + "集团") \
                and not (anchored is None and (word_tag(core) == "v" or only_ordinary_words(core) and not vouched
                                               or crosses_word(text, start))):  # 撬动; 保|持高风险银行
            found.append(Candidate(start, match.end(), "COMPANY", text[start:match.end()], RULE - 15))
    return found


# A firm's head office for a country or a region, named after it: 思可源生物燃料|中国区总部, 中旅国际|西南区域总部.
_HEADQUARTERS = re.compile(rf"(?:中国|亚太|大中华|[东西南北华中]{{1,2}})区域?总部")


def _headquarters(text: str, place_ends: dict[int, int]) -> list[Candidate]:
    """Firms before the name of their head office for a country or region, with the office (the region is no place
    named on its own: not 中国 of 中国区总部); not a kind of firm (跨国公司) or a place (重庆区域总部)."""
    found = []
    for match in scan(_HEADQUARTERS, text) if "总部" in text else ():
        start = _name_start(text, match.start(), place_ends, limit=12)
        name = text[start:match.start()] if start is not None else ""
        if 2 <= len(name) and not only_ordinary_words(name) and not is_known_place(name) and not _QUANTIFIED.match(name) \
                and not name.endswith(("企业", "公司", "机构")) and not crosses_word(text, start):
            found.append(Candidate(start, match.end(), "COMPANY", name, RULE - 15))
    return found


# An airline named after its city or country, by what it flies or does next (韩国济州航空|空难, 成都航空|接收运营; not
# 成都航空|枢纽, 河北航空|产业).
_TRADER = re.compile("零售商|制造商|运营商|开发商|供应商|生产商|经销商|分销商|承包商|电信商")


def _traders_abroad(text: str, places: list[Candidate]) -> list[Candidate]:
    """A firm abroad named by a transliteration after what it trades as, in a clause that names its country
    (英国老牌连锁零售商|威尔科|宣告破产), where no word runs across either end of the name."""
    if "商" not in text:
        return []
    countries = resources.foreign_countries()
    found = []
    for match in scan(_TRADER, text):
        end = transliterated_after(text, match.end(), 6)
        if end - match.end() < 2 or crosses_word(text, end) or crosses_word(text, match.end()):
            continue
        opening = clause_start(text, match.start())
        if any(p.name in countries and opening <= p.start < match.start() for p in places):
            found.append(Candidate(match.end(), end, "COMPANY", text[match.end():end], RULE - 15))
    return found


# A time-honoured brand's firm, named after the word for one (在老字号|西安饭庄|里, 中华老字号|全聚德|的…).
_TIME_HONOURED = re.compile(rf"老字号(?:企业|品牌|店铺)?(?![的是在和与也都])([{HAN}]{{2,6}}?)(?=[里内中的、，。；和等]|门店|店|总店)")


def _time_honoured(text: str) -> list[Candidate]:
    """Firms right after 老字号 (a time-honoured brand), up to a locative, a mark or a conjunction; not ordinary words."""
    return [Candidate(m.start(1), m.end(1), "COMPANY", m.group(1), RULE - 15) for m in _TIME_HONOURED.finditer(text)
            if not only_ordinary_words(m.group(1)) and not crosses_word(text, m.start(1))
            and not (len(pieces := read(m.group(1))) == 2 and len(pieces[1]) == 1 and is_common_word(pieces[0], 100))]
    # (not 老字号|中药馆: a kind of shop, an ordinary word and what it is)


# A firm where something happens, named after its trade and 企业, ending the clause: 在服装企业|酷特智造，…
_FIRM_OF_A_TRADE = re.compile(rf"企业(?:(?<=在[{HAN}]{{2}}企业)|(?<=在[{HAN}]{{3}}企业))(?![家的是在和与也都中里内])"
                              rf"([{HAN}]{{2,6}}?)(?=[，])")


def _firms_of_a_trade(text: str) -> list[Candidate]:
    """Firms right after 在 and a trade's 企业 (在服装企业|酷特智造，), ending the clause; not ordinary words (在中小企业|
    融资难), nor a word that runs across the name's start. Not spread to other documents (one reading, no gazetteer)."""
    return [Candidate(m.start(1), m.end(1), "COMPANY", m.group(1), RULE - 16) for m in _FIRM_OF_A_TRADE.finditer(text)
            if not only_ordinary_words(m.group(1)) and not crosses_word(text, m.start(1)) and "企业" not in m.group(1)
            and m.group(1)[0] not in LEFT_STOPS and not is_common_word(m.group(1)[:2], 20)
            and not is_common_word(m.group(1), 1)]  # (not 在国营企业|或集体企业中)


_COOPERATIVE_NAME = 12  # the most characters of a cooperative's name and trade before 合作社
_NOT_NAMING = ("d", "c", "p", "r", "u")  # the tags of a character that opens no cooperative's name (就连, 她在)


def _cooperatives(text: str, place_ends: dict[int, int]) -> list[Candidate]:
    """Cooperatives named by a name of their own, after a place or a mark: two or three characters no word takes, then
    ordinary words of their trade (东辽县|国丰农业合作社, 仁发合作社; not 养牛合作社, 农民专业合作社: kinds of them)."""
    found = []
    ends = set(place_ends.values())
    for head in all_after(text, "合作社"):
        head -= 3
        start = next((at for at in range(head - 2, max(-1, head - _COOPERATIVE_NAME), -1)
                      if at in ends or at == 0 or not is_han(text[at - 1]) or text[at - 1] == "的"), None)
        size = _unknown_run(text[start:head]) if start is not None else 0
        size = 0 if size and (word_tag(text[start])[:1] in _NOT_NAMING or text[start + size - 1] in LEVELS) \
            else size  # (就连|一些专业合作社, 她在|合作社: no name; 南猛村|合作社: a village's)
        trade = text[start + size:head].removesuffix("专业") if size else ""
        if size and (not trade or only_ordinary_words(trade)):
            found.append(Candidate(start, head + 3, "COMPANY", text[start:head + 3], RULE - 16))
    return found


_AIRLINE_NEXT = re.compile("航空(?=客机|航班|班机|空难|一架|接收|运营|执飞|开通|宣布|表示|称)")


def _airlines(text: str, places: list[Candidate]) -> list[Candidate]:
    """Airlines named by a place and 航空, where what follows says they fly."""
    starts = {p.end: p.start for p in places}
    return [Candidate(starts[match.start()], match.end(), "COMPANY", text[starts[match.start()]:match.end()], RULE - 15)
            for match in _AIRLINE_NEXT.finditer(text) if match.start() in starts] if "航空" in text else []


_NOT_A_FIELD = frozenset(COUNT_NUMERALS + "的") | LEFT_STOPS  # what opens no field's name: 两大|油田, 和|老油田


_CLIQUES = ("侵略", "领导", "统治", "反动", "犯罪", "修正主义", "军事", "利益", "恐怖", "垄断资本", "分裂", "黑恶", "走私", "诈骗",
            "贩毒", "政治", "反党", "叛国", "卖国", "侵略者", "叛徒", "反革命", "阴谋", "野心家", "宗派", "防务", "战争",
            "霸权", "军阀")  # what names a bloc or a clique, not a firm's group (苏修叛徒集团, 胡风反革命集团, 东南亚防务集团)


def _end_of_places(start: int, place_ends: dict[int, int]) -> int:
    """The end of the run of places that opens at `start` (江苏扬州)."""
    while start in place_ends:
        start = place_ends[start]
    return start


_BODIES_IN_RUN = ("管委会", "委员会", "政府")  # bodies no firm's name runs across
_SUPERLATIVES = ("最大", "最小", "最早", "最强", "最好", "最老", "第一大", "第二大", "第三大")  # a description, no name


def _without_country(text: str, start: int, head: int, place_ends: dict[int, int]) -> int:
    """Where a firm abroad named after its country starts: after the country (法国|达飞集团, 美国|盖洛普公司), but not
    where the rest makes it the country's national firm (俄罗斯国家航天集团), nor where the rest is a frequent word
    (巴西通讯公司, 荷兰合作银行; 英国|太古集团, 美国|硅谷银行 are named without their country)."""
    end = place_ends.get(start)
    if end is None or text[start:end] not in resources.foreign_countries() or head - end < 2 \
            or text.startswith("国家", end) or is_common_word(text[end:head], 1000) \
            or text[head - 1] == "业" and dictionary().get(text[end:head]) is not None:
        return start  # (哈萨克斯坦铝业公司: the country's firm of a trade)
    return end


_KINDS_OF_GAS = ("页岩", "致密", "凝析", "天然")  # 威荣|页岩气田: a kind of field, after its name


def _firms_of_a_place_and_trade(text: str, places: list[Candidate]) -> list[Candidate]:
    """A firm named by its place, a name of two characters of its own and a trade of mining, making or processing,
    with no company word (贵州|银星|汞业, 湖南|辰州|矿业); not a trade of a place (云南|旅游业, 广东|制造业: the name is a
    word) nor a park or a base of the trade (…化工|园区)."""
    found = []
    for place in places:
        trade = _PLACE_FIRM_TRADE.match(text, place.end + 2)
        brand = text[place.end:place.end + 2]
        if trade and all(map(is_han, brand)) and not is_common_word(brand, 20) and not is_known_place(brand) \
                and not crosses_word(text, place.end) and not crosses_word(text, trade.end()) \
                and not text.startswith(_TRADE_PLACES, trade.end()):
            found.append(Candidate(place.start, trade.end(), "COMPANY", text[place.start:trade.end()], RULE))
    return found


_PLACE_FIRM_TRADE = re.compile("(?:[矿钼铜铝锌镍钨锡汞锑锗钛煤]业|药业|乳业|纸业|酒业|化工|制药|重工)")
_TRADE_PLACES = ("园", "区", "基地", "产业", "行业", "企业", "集群", "项目", "一体化")  # what follows a trade that is no firm's


def _oilfields(text: str) -> list[Candidate]:
    """Oil and gas fields named by two or three characters of their own, the firms that work them (塔里木油田, 长庆油田);
    not a field named by the city it lies in (惠州油田, 延安气田), a kind of field (海上油田, 老油田), a count (两大油田) nor
    one a verb opens (加强|新油田)."""
    found = []
    for at in (*all_after(text, "油田"), *all_after(text, "气田")) if "田" in text else ():
        head = at - 2
        for size in (3, 2):
            start = head - size
            core = text[start:head]
            if start >= 0 and all(map(is_han, core)) and not crosses_word(text, start) and core[0] not in _NOT_A_FIELD \
                    and not any(ch in "了着过" for ch in core) \
                    and not core.endswith(_KINDS_OF_GAS) \
                    and not (size == 3 and word_tag(core[:2])[:1] == "v" and is_common_word(core[:2], 1000)) \
                    and not any(is_known_place(core[:k]) for k in range(2, size + 1)) \
                    and (word_tag(core) in NAME_TAGS or not is_common_word(core, 20)) \
                    and not crosses_word(text, head):
                found.append(Candidate(start, at, "COMPANY", text[start:at], RULE - 15))
                break
    return found


# The works of a plant named after its place, with an ordinal, a name or a number of its own between: 本溪|工源|水泥厂,
# 包头|第三|电厂, 长春|第一|汽车厂, 南京|3503|服装厂, 兰州|炼油厂, 沈阳|重型机器厂 (the product first, then a name: not 厂区,
# 厂长).
_PLANT = re.compile(rf"(第[{COUNT_NUMERALS}]{{1,2}}|[{HAN}]{{2}}|\d{{3,4}})??"
                    r"(?:电|热电|发电|水泥|糖|汽车|拖拉机|炼油|钢铁|炼钢|钢|机床|电机|造船|化肥|氮肥|肥料|电石|化工|纺织|棉纺|毛纺|丝织|"
                    r"人造纤维|化纤|食品|酒|啤酒|乳品|服装|印刷|家具|印染|机械|机器|重型机器|制药|仪表|轴承|玻璃|造纸|卷烟|面粉|"
                    r"橡胶|铝|锅炉|飞机|机车|车辆|柴油机|焦化|电容器|变压器|电缆|汽车制造|飞机制造|拖拉机制造|电子管|无线电)"
                    r"总?厂(?![区房长址商家矿])")  # (宝山钢铁总厂)
_MINE = re.compile(rf"([{HAN}]{{2,3}})??(?:(?:铜|铁|钨|铅|锌|锡|铝|钼|锰|镍|铀|煤)矿(?![产区山石业工资储藏床井安企开职])|矿务局"
                   r"|钢铁联合企业)")  # 江西钨矿, 安徽铜官山矿务局, 鞍山钢铁联合企业: mines and combines named after their place
_TOWN_ENDS = ("镇", "乡", "村")  # a place that names a coal mine of its own (阿干镇|煤矿; not 山西|煤矿, the province's)
_NOT_IN_A_PLANT_NAME = frozenset("的和与及等各该本此其个座家所新建大小型一几某")


def opens_a_plant(text: str, at: int) -> bool:
    """Whether the head of a plant or mine named after a place follows right at `at` (大同|矿务局, 兰州|炼油厂)."""
    plant = _PLANT.match(text, at) or _MINE.match(text, at)
    return plant is not None and plant.group(1) is None


def plants(text: str, places: list[Candidate], known: list[Candidate]) -> list[Candidate]:
    """Plants and mines named after their place (`_PLANT`, `_MINE`), or after the firm that owns them and their place
    (大唐|抚州电厂)."""
    found = []
    firms = {k.end: k.start for k in known if k.label == "COMPANY"}
    known_ends = {k.end for k in known if k.label == "COMPANY"}
    place_by_end = {p.end: p for p in places}
    for place in places if "厂" in text or "矿" in text or "联合企业" in text else ():
        plant = _PLANT.match(text, place.end) or _MINE.match(text, place.end)
        own = plant.group(1) if plant else None
        start = firms.get(place.start, place.start)
        if plant is None or start == place.start and crosses_word(text, start) or own and not own.startswith("第") and (
                any(ch in _NOT_IN_A_PLANT_NAME for ch in own) or is_common_word(own, 20)
                and not plant.group().endswith("矿务局")) \
                or plant.group().endswith("煤矿") and not own and not place.name.endswith(_TOWN_ENDS):
            continue  # (not 重庆新建电厂; 各地|水泥厂 names no place; but 北京|京西矿务局)
        if plant.end() in known_ends:
            continue  # 长春|第一汽车制造厂: a known firm's own name after its place (中国一汽)
        if start == place.start and (outer := place_by_end.get(start)) is not None:
            start = outer.start  # 甘肃|阿干镇煤矿: the province named before the place, as printed
        found.append(Candidate(start, plant.end(), "COMPANY", text[start:plant.end()], RULE))
    return found


_LISTED_GROUP = re.compile(rf"[{HAN}]{{2,4}}集团")
_LISTED_FIRM = re.compile(rf"[{HAN}]{{2,6}}?(?:集团|公司|银行)")
_COUNTED = re.compile(rf"[\d{COUNT_NUMERALS}]+个")
_KIND_OF_GROUP = re.compile("^第|[多数几各]家|很多|许多|一些|部分|全[市省国县区]|政策性$|开发性$|商业性$")  # what makes a group or bank
# before its head a kind (政策性银行: policy banks)
_SERVICE_GROUPS = ("医院", "医疗", "教育", "学校", "大学", "中学", "小学")  # what a group of public services groups


def _listed_group(text: str, start: int, end: int, firms: bool = True) -> bool:
    """Whether the group or company at `start:end` is listed next to a group (产投集团、森工集团; 能源集团、林草生态公司),
    or a group or bank next to a company or bank (`firms`: 库尔勒银行、汇和银行): a firm then."""
    follower = _LISTED_FIRM if firms else _LISTED_GROUP
    return text.startswith("集团、", start - 3) or (firms and text.startswith(("公司、", "银行、"), start - 3)) or \
        text.startswith("、", end) and bool(follower.match(text, end + 1))


_DATED = re.compile(r"\d[日月年]")


def _name_start(text: str, end: int, place_ends: dict[int, int], limit: int = _MAX_NAME,
                trim: bool = True) -> int | None:
    """Start of the name that ends at `end`: a run of name characters, brackets balanced, without the
    words that lead it (unless `trim` is false)."""
    i = end
    depth = 0
    while i > 0 and end - i < limit:
        ch = text[i - 1]
        if ch == "）":
            if _DATED.search(text, text.rfind("（", 0, i - 1) + 1, i - 1):
                break  # 委员会今天（7月22日）|正式批准…: a date in brackets ends what comes before, no name holds it
            depth += 1
        elif ch == "（":
            if depth == 0:
                break
            depth -= 1
        elif ch in PUNCT or not (is_han(ch) or ch.isalnum()):
            break
        i -= 1
    if depth:
        return None
    return trim_left(text, i, end, place_ends) if trim else i


def short_name(full: str) -> str | None:
    """长安汽车 for 重庆长安汽车股份有限公司: no leading place, no legal form, 4–6 characters."""
    core = full
    for form in _LEGAL_FORMS:
        if core.endswith(form):
            core = core[: -len(form)]
            break
    else:
        return None
    if "分公司" in full or "（" in core or is_common_word(full[len(core) - 2:len(core) + 2], 20):
        return None  # (马来西亚航空|公司: the short name would end inside a word, 航空公司, wherever the full name is printed)
    lexicon = builtin()
    for size in (4, 3, 2):
        entry = lexicon.get(core[:size])
        if entry is not None and entry[0] == "PLACE" and len(core) - size >= 4:
            core = core[size:]
            break
    entry = dictionary().get(core)
    ordinary = entry is not None and entry[1] not in ("nt", "nz", "nr", "ns") and entry[0] >= 3
    return core if 4 <= len(core) <= 6 and not ordinary and not core.endswith(_INSTITUTIONS_RUN) else None


# What a firm runs, named like the firm without its legal form: the institution, not a short name of the firm
# (北京长峰医院股份有限公司 runs 北京长峰医院).
_INSTITUTIONS_RUN = ("医院", "学校", "学院", "大学", "幼儿园", "研究院", "研究所")


# A list of companies: 宇通、一拖、中国重汽等1000余家进出口企业; 美国碧迪医疗、荷兰飞利浦等跨国公司;
# 国药、华润、通用、中信等生物医药类央企; 以富士康、超聚变为头雁企业; 诺和诺德、中美史克等增资扩产.
_LIST_END = re.compile(rf"(?:等(?:\d+|[{COUNT_NUMERALS}百千几多]+)?(?:余|多)?[家组个批]?|等)"
                       # not 等领域省属国有企业 (sectors), 等单位与金融机构, 等政策支持企业, 等向民营企业 (another
                       # noun or a verb), 北上广深等地…企业 (places), 米面油等大宗食品生产企业 (products)
                       rf"(?:(?!领域|行业|产业|方面|单位|部门|政策|措施|举措|支持|扶持|帮扶|服务|产品|食品|大宗|城市|地区|"
                       rf"[向与和及对把被在给从于将让使地]|[省市县](?!属))"
                       rf"[{HAN}]){{0,8}}?"
                       r"(?:企业|公司|车企|央企|国企|外企|民企|药企|险企|集团|厂商|跨国公司|金融机构|银行|券商|链主)"
                       r"|为(?:龙头|头雁|链主|领军)企业"
                       r"|等(?=增资|扩产|扩大产能|追加投资)")  # 诺和诺德、中美史克、SMC等增资扩产: what only firms do
_ITEM = re.compile(rf"[{HAN}A-Za-z0-9·\-]{{2,14}}$")
# Listed on an exchange (英思特稀磁新材料在深交所上市); 在 or 于 first: the scan skips to them.
_LISTING = re.compile(r"[在于](?:深交所|上交所|北交所|港交所|香港联交所|科创板|创业板|纳斯达克|纽交所)(?:成功)?(?:上市|挂牌上市)")
_PROVINCIAL_GROUP = re.compile(  # 省 or 市 first: the scan looks for them; what comes before is looked at then
    rf"[省市](?:(?<![{HAN}][省市])(?:交|联|能|建|城|国|铁|水|科|发|旅|农|产|金|数|港|航|文旅|交通|城建|高速)投(?:集团)?"
    # 省纺织集团, 省外经贸集团 (after a list mark, or a verb that founds one)
    rf"|(?:(?<![{HAN}][省市])|(?<=组建[省市])|(?<=成立[省市])|(?<=重组[省市])|(?<=整合[省市])|(?<=设立[省市]))"
    rf"(?:(?!属|级|内|委|直|管|企业|国有|龙头|大型|骨干|重点)[{HAN}]){{1,4}}?集团(?![{HAN}]*化))")


# After a company's short name that is also an everyday word: 美的集团, 长城汽车的, 平安董事长.
_COMPANY_NEXT = re.compile(r"(?:集团|公司|股份|控股|董事长|总裁|总经理|创始人|旗下|自主研发|增资|注资|入股|参股|收购|并购|等(?:企业|公司|车企|央企|国企|龙头))")


# A business line after a known short name that belongs to the name as printed (亿纬动力 for 亿纬, 博腾制药).
_BUSINESS = re.compile(r"(?:动力|制药|科技|电子|光电|股份|控股|集团|时代|智能|材料|医药|电气|重工|锂能|新材|锂业|药业|化工|热电)")
_WORKS = re.compile("厂(?![区房长址商家])")  # a known firm's works, as printed (江南造船厂; not 厂区, 厂长)


# A firm that opens a sentence saying what kind of firm it is: ⏎眼神科技是北京市海淀区的一家高新技术企业，…
_INTRODUCED_FIRM = re.compile(rf"([{HAN}]{{2,4}}{_BUSINESS.pattern})是[^，。；\n]{{0,24}}?一家[^，。；\n]{{0,16}}?(?:企业|公司)"
                              rf"(?=[，。；])")


def _introduced_firms(text: str) -> list[Candidate]:
    """Firms a sentence opens, saying what kind of firm they are (`_INTRODUCED_FIRM`), though their name before the
    business's word is a word (眼神); not a place, nor what a demonstrative or a stop opens. Not spread to other documents
    (one reading)."""
    matches = (m for at in sentence_openings(text)  # (matched there only: a scan would try every character)
               if 0 <= text.find("是", at + 4, at + 9) and (m := _INTRODUCED_FIRM.match(text, at)))
    return [Candidate(m.start(1), m.end(1), "COMPANY", m.group(1), RULE - 16) for m in matches
            if not is_known_place(stem := _BUSINESS.sub("", m.group(1), 1)) and stem[0] not in LEFT_STOPS
            and stem[0] not in "这那该此本我其" and not crosses_word(text, m.start(1) + len(stem))]


@lru_cache(maxsize=None)
def _state_owned() -> frozenset[str]:
    """The state-owned groups of the gazetteer, whose provincial companies are named after them and the
    province (国网湖南, 中国电信四川)."""
    return frozenset(name for name, kind in resources.kinds("companies.tsv") if kind.endswith("soe"))


# A firm's branch named after it and a place: 国能|天津|电力公司, 国家电投|江西|公司.
_PARENT_OF = re.compile("(?:下属|所属|旗下)的?")  # between a group and a firm it owns
_BRANCH = re.compile(rf"[{HAN}]{{0,4}}?(?:分公司|公司|电厂(?![区房长址]))")


def extend_known(text: str, hits: list[Candidate], short_places: list[Candidate] = ()) -> list[Candidate]:
    """Known company names widened to the business line or the works printed right after them (亿纬 → 亿纬动力,
    江南造船 → 江南造船厂), to their branch or plant in a place (国能天津电力公司, 华能北京热电厂; the place's short form
    among `short_places` too: 华能大庆热电公司) or, for a state-owned group, to its company in a province (国网湖南;
    not 比亚迪|重庆基地)."""
    place_by_start = {p.start: p for p in [*short_places, *hits] if p.label == "PLACE"}
    result = []
    for hit in hits:
        if hit.label != "COMPANY":
            result.append(hit)
            continue
        match = _BUSINESS.match(text, hit.end) or _WORKS.match(text, hit.end)
        place = place_by_start.get(hit.end)
        if place is not None:
            branch = _BRANCH.match(text, place.end)
            end = branch.end() if branch and not crosses_word(text, branch.end()) else \
                place.end if place.name in resources.provinces() and hit.name in _state_owned() \
                and not text.endswith(("集团", "公司"), 0, hit.end) \
                and not crosses_word(text, place.end) else None  # (not 中船集团上海|外高桥造船: 海外 is a word; not
            # 国家能源集团|宁夏灵武…光伏基地: a group named in full, then where its plant is)
            if end is not None:  # 国能天津电力公司; 国网湖南: a state group's provincial company as printed
                result.append(hit._replace(end=end, name=text[hit.start:end]))
                continue
        result.append(hit._replace(end=match.end()) if match and not crosses_word(text, match.end()) else hit)
    return _joint_ventures(text, result)


@lru_cache(maxsize=None)
def _foreign() -> frozenset[str]:
    return frozenset(name for name, kind in resources.kinds("companies.tsv") if kind == "foreign")


def _joint_ventures(text: str, hits: list[Candidate]) -> list[Candidate]:
    """A foreign firm and a Chinese one printed together name their joint venture (奥迪一汽, 华晨宝马): one company
    as printed (not 比亚迪弗迪电池, a firm's subsidiary)."""
    firms = {hit.start: hit for hit in hits if hit.label == "COMPANY"}
    joined = {}
    for hit in firms.values():
        partner = firms.get(hit.end)
        if partner is not None and hit.start not in joined.values() and not crosses_word(text, partner.end) \
                and (hit.name in _foreign()) != (partner.name in _foreign()):
            joined[hit.start] = partner.start
    if not joined:
        return hits
    partners = set(joined.values())
    result = []
    for hit in hits:
        if hit.label == "COMPANY" and hit.start in joined:
            end = firms[joined[hit.start]].end
            result.append(hit._replace(end=end, name=text[hit.start:end], priority=max(hit.priority, RULE - 15)))
        elif not (hit.label == "COMPANY" and hit.start in partners):
            result.append(hit)
    return result


def contextual_companies(text: str, hits: list[Candidate], known: list[Candidate]) -> list[Candidate]:
    """The ambiguous company names among `hits` (美的, 长城, 国网) that the context makes companies: a
    company word after them, a place after them unless they are an everyday word (国网湖南, 华电铁岭; not
    平安中国), a company next to them in a list (the whole item: not 中金 of 华为、中金数据), or what they build
    opening an item of a list of projects (大唐|压缩空气储能等项目; not 长城|国家文化公园等项目), what it says
    opening a sentence (中国银行今天就表示), or firms of its trade named in its sentence (各大航空公司…南航)."""
    ends = {k.end for k in known if k.label == "COMPANY"}
    starts = {k.start for k in known if k.label == "COMPANY"}
    place_starts = {k.start for k in known if k.label == "PLACE"}
    projects = _project_items(text) if hits and "等" in text and "项目" in text else {}
    accepted = []
    for hit in hits:
        before, after = text[hit.start - 1:hit.start], text[hit.end:hit.end + 1]
        if firm_word_after(text, hit.end) or (before in _JOINERS and hit.start - 1 in ends
                                              and (after in _JOINERS or after == "等" or not is_han(after))) \
                or projects.get(hit.start, hit.end) > hit.end + 1 \
                and not _INFRASTRUCTURE.search(text, hit.start, projects[hit.start]) \
                or hit.end in place_starts and not is_ordinary_word(text[hit.start:hit.end], 100) \
                and not text.startswith("中国", hit.end) \
                or (after in _JOINERS and hit.end + 1 in starts) \
                or _INDUSTRIAL.match(text, hit.end) and not crosses_word(text, hit.end) \
                or _party_to_signing(text, hit) or _trade_named_beside(text, hit) \
                or (hit.start == 0 or text[hit.start - 1] in _CLAUSE_OPENINGS) and _ANNOUNCES.match(text, hit.end):
            accepted.append(hit)
    return accepted


def _trade_named_beside(text: str, hit: Candidate) -> bool:
    """Whether the sentence of an ambiguous short name spoke of firms of the trade its full name ends with before naming
    it (各大航空公司今天也加开航班，仅|南航|就有…: 南方航空)."""
    trade = hit.name[-2:]
    if trade not in _NAMED_TRADES:
        return False
    openings = sentence_openings(text)
    start = openings[bisect_right(openings, hit.start) - 1]
    return any(trade + kind in text[start:hit.start] for kind in ("公司", "企业", "集团"))


_NAMED_TRADES = frozenset({"航空", "银行", "证券", "保险", "乳业", "矿业", "汽车", "啤酒", "电网", "钢铁", "石化", "能源"})
_CLAUSE_OPENINGS = "。；！？\n"  # (not ，: …的美的表示 is no firm's opening; nor 、, a list that needs its own word)
# What a firm says, opening the sentence it is the subject of: 中国银行今天就表示, 国网近日宣布.
_ANNOUNCES = re.compile(rf"(?:今天|今日|近日|日前|昨天|\d{{1,2}}日)?(?:也|就|还)?(?:表示|宣布|发布|披露|称(?=[，：]))")  # (not
# 。长城称得上…: the wall)


_SIGNING = ("签署", "签订", "签约", "达成")


def _party_to_signing(text: str, hit: Candidate) -> bool:
    """Whether the name is a party to an agreement signed in its clause: 与|中国银行|签署, 中国银行|与…签订."""
    if text[hit.start - 1:hit.start] in ("与", "同") and text.startswith(_SIGNING, hit.end):
        return True
    if text[hit.end:hit.end + 1] not in ("与", "同"):
        return False
    stop = min((at for at in (text.find(mark, hit.end) for mark in "，。；\n") if at >= 0), default=len(text))
    return any(0 <= text.find(verb, hit.end, stop) for verb in _SIGNING)


def firm_word_after(text: str, end: int) -> bool:
    """Whether a company word (集团, 董事长, 等企业) or what a company makes or builds (新车型, 生物医药产业园) follows the
    name ending at `end`."""
    return bool(_COMPANY_NEXT.match(text, end)) or _makes_product(text, end)


# What a company makes or builds, right after its name or after a brand or place between (吉利新车型,
# 吉利贵阳基地, 阿里通义千问等一批大模型).
_PRODUCT = re.compile(rf"(?:\d+(?:\.\d+)?万?(?:千瓦|兆瓦|吉瓦))?([{HAN}]{{0,8}}?)(?:等[^，。；、]{{0,6}}?)?"
                      r"(?:新车型|车型|整车|基地|工厂|大模型|新品|产业园|创新园|电站|电厂)")  # (南网|720兆瓦储能电站: a capacity first)
_OWN_WORKS = ("产业园", "创新园", "电站", "电厂")  # what a firm builds under a name of ordinary words (联想智慧创新产业园)


def _makes_product(text: str, end: int) -> bool:
    """Whether a product of the name ending at `end` follows: directly, or after a brand of its own (a run
    that is not all ordinary words: 通义千问) or a place (贵阳); not 长城国家文化公园."""
    match = _PRODUCT.match(text, end)
    if match is None:
        return False
    between = match.group(1)
    return between in ("", "新") or is_known_place(between) or not only_ordinary_words(between) \
        or match.group().endswith(_OWN_WORKS) and "的" not in between


def find_listed(text: str, places: list[Candidate], known: list[Candidate]) -> list[Candidate]:
    """Companies named in a list that the text says is one of companies, and provincial investment
    groups by their short names (省交投, 省联投)."""
    abroad = resources.foreign_countries()
    countries = {p.start: p.end for p in places if p.name in abroad}
    place_spans = {(p.start, p.end) for p in places}
    known_ends = {k.end for k in known}
    found: list[Candidate] = []
    for match in scan(_PROVINCIAL_GROUP, text):
        found.append(Candidate(match.start(), match.end(), "COMPANY", match.group(), RULE))
    for match in scan(_LIST_END, text):
        if match.group().startswith("等") and is_common_word(text[match.start() - 1:match.start() + 1], 50) \
                and "、" not in text[max(0, match.start() - 7):match.start()]:
            continue  # 依法平等保护…企业: 等 inside a word (not 许继、平高等领军企业: the end of a list)
        items = _list_items(text, match.start())
        sectors = sum(only_ordinary_words(text[a:b]) for a, b in items)
        listed_known = sum(end in known_ends for _, end in items)
        if len(items) >= 3 and 2 * sectors >= len(items) and not listed_known:
            continue  # 芯片制造、服务器生产、算力运维等上下游企业: a list of sectors, not of firms (国药、华润、通用: firms)
        if 2 * sum(item in place_spans for item in items) >= len(items):
            continue  # 天津、湖北、辽宁、四川、山东的大型碱厂等…企业: the places of the firms, not their names
        among_known = len(items) >= 3 and listed_known >= max(2, len(items) // 2) and listed_known < len(items)
        for start, end in items:
            name_start = min(countries.get(start, start), end)  # 荷兰飞利浦 → 飞利浦
            item = text[name_start:end]
            first = (start, end) == items[-1]
            named = among_known and len(item) <= 3 or not (is_ordinary_word(item) or only_ordinary_words(item)) \
                or _branded(item)
            if _ITEM.match(item) and end not in known_ends and named \
                    and not (first and len(item) > 6) and not item.endswith(_GENERIC_ENDS) \
                    and not _FIRMS_BY_OWNER.fullmatch(item) and not item.startswith(_SIZES) and not _OF_A_CAPITAL.search(item) \
                    and not (_NOT_A_NAME.search(item) and not (among_known and item.isdigit() and len(item) >= 3)):
                # 北大荒、森工、龙煤等: a word among known firms; 阿里、百度、360等: a number too
                found.append(Candidate(name_start, end, "COMPANY", item, RULE - 15))
    found += _listed_with_firms(text, known, places)
    for group in known:  # 农发、旅控、吉勤集团: short names listed with a group
        if group.label != "COMPANY" or not group.name.endswith("集团") or text[group.start - 1:group.start] != "、":
            continue
        end = group.start - 1
        while end > 0 and text[end] == "、":
            start = end
            while start > 0 and is_han(text[start - 1]) and end - start < 6:
                start -= 1
            if start == end:
                break  # “数字经济”、|宝丰储能集团: an item that is no run of characters
            lead = read(text[start:end])[0]
            verb = len(lead) > 1 and word_tag(lead) == "v" and end - start - len(lead) >= 2
            if text[start - 1:start] != "、" and verb:
                start += len(lead)  # 拓展|农发: the first item after its verb
            elif start and is_han(text[start - 1]) or end - start > 4:
                break  # a longer run: not a list of short names
            item = text[start:end]
            if not 2 <= len(item) <= 4 or end in known_ends or is_ordinary_word(item) or only_ordinary_words(item) \
                    or item.endswith(_GENERIC_ENDS) or builtin().get(item) is not None:
                break
            found.append(Candidate(start, end, "COMPANY", item, RULE - 15))
            end = start - 1
    for match in scan(_LISTING, text):  # 英思特稀磁新材料|在深交所上市: what is listed on an exchange is a firm
        start = _name_start(text, match.start(), {}, limit=12)
        item = text[start:match.start()] if start is not None else ""
        if 2 <= len(item) <= 12 and match.start() not in known_ends and not only_ordinary_words(item) \
                and not item.endswith(_GENERIC_ENDS) and not _NOT_A_NAME.search(item) and not is_ordinary_word(item):
            found.append(Candidate(start, match.start(), "COMPANY", item, RULE - 15))
    places_at = {p.start: p.end for p in places}
    provinces = {p.start: p.name for p in places}
    known_starts = {k.start for k in known}
    for match in scan(_PROJECT_END, text):
        items = _list_items(text, match.start())
        for start, end in items:
            firm = _firm_before_capacity(text, start, end, (start, end) == items[-1])
            if firm is not None and firm[0] not in places_at and firm[0] not in known_starts:
                found.append(Candidate(*firm, "COMPANY", text[firm[0]:firm[1]], RULE - 15))
                continue
            after_place = places_at.get(start)
            if after_place is None:  # 永荣磷氟煤产业基地: a firm's name, an industrial project (not the first item, nor a
                # term the text uses throughout: 绿电制氢)
                if (start, end) == items[-1] or len(items) < 3 or start in known_starts:
                    continue
                size = _unknown_run(text[start:end]) or (
                    _rare_word_run(text[start:end]) if sum(a in known_starts for a, _ in items) >= 2 else 0)
                # (a rare word only among two firms' projects or more: 新和成…、飞毛腿绿色储能、恒瑞创新药等建设)
                if size and _INDUSTRIAL.search(text, start + size, end) and text.count(text[start:start + size]) < 3 \
                        and start + size not in known_starts:  # (深汕|比亚迪二期: where a known firm builds)
                    found.append(Candidate(start, start + size, "COMPANY", text[start:start + size], RULE - 15))
                continue
            size = _unknown_run(text[after_place:end])  # 济南天岳碳化硅扩产: a place, a firm's name, its project
            size += next((len(w) for w in _NAME_ENDS if text.startswith(w, after_place + size)
                          and after_place + size + len(w) < end), 0) if size else 0  # 杭州芯光|半导体|芯片
            if size and not _INFRASTRUCTURE.search(text, after_place + size, end) and "等" not in text[start:end]:
                # not 靖安洪屏抽水蓄能电站, nor 泰安等市|推进火箭 (the end of another list)
                first = start if provinces.get(start, "").endswith(("省", "自治区")) else after_place  # 青海广泰: the
                found.append(Candidate(first, after_place + size, "COMPANY", text[first:after_place + size],
                                       RULE - 15))  # province opens the firm's name (济南|天岳: a city does not)
    return found


_FIRMS_OR_PROJECTS = re.compile(rf"[{HAN}]{{0,8}}?(?:项目|企业)")  # what a list of two ends with: 等新能源新材料项目


def _listed_with_firms(text: str, known: list[Candidate], places: list[Candidate]) -> list[Candidate]:
    """The short names listed before 等 with two known companies or more, whatever the list's end says
    (华海清科、海光信息、安擎信息、合源生物等快速成长; 长江存储二期、东风岚图、邦普时代等…项目): a name that is no place (天河),
    body or ordinary word."""
    firms = {(k.start, k.end) for k in known if k.label == "COMPANY"}
    if not firms:
        return []
    starts = {k.start for k in known} | {p.start for p in places}
    ends = {k.end for k in known} | {p.end for p in places}
    found = []
    firm_ends = sorted(end for _, end in firms)
    firm_starts, firm_end_set = {start for start, _ in firms}, set(firm_ends)
    for after in all_after(text, "等"):
        pos = after - 1
        near = bisect_right(firm_ends, pos) - bisect_left(firm_ends, pos - 100)
        if not near or near == 1 and not _FIRMS_OR_PROJECTS.match(text, after) or "、" not in text[max(0, pos - 8):pos]:
            continue  # (two firms at least end before it, or one before 等…项目: most lists are read no further)
        items = _list_items(text, pos)
        other_list = next((i for i, (start, end) in enumerate(items) if "等" in text[start:end]), len(items))
        items = items[:other_list]  # 川藏铁路、成达万高铁等重大基础设施项目和京东方、沃尔沃等: two lists
        listed = sum(item in firms or item[0] in firm_starts or item[1] in firm_end_set for item in items)
        pair = len(items) == 2 and listed == 1 and _FIRMS_OR_PROJECTS.match(text, after) is not None
        if not pair and (len(items) < 3 or listed < 2):
            continue  # (a firm opening or ending an item: 长江存储|二期, 东风|岚图)
        for start, end in items:
            item = text[start:end]
            if pair and (end - start > 5 or dictionary().get(item) is not None or only_ordinary_words(item)
                         or item.endswith("期")):
                continue  # two items, one a known firm: the other a name no word of the language (新和成、|英力士等项目;
                # not a phase of a project: 技改一期)
            if start in starts or end in ends or not 2 <= len(item) <= 6 or not _ITEM.match(item) \
                    or text[start - 1:start] == "的" \
                    or is_ordinary_word(item) or is_known_place(item) or item.endswith(_GENERIC_ENDS) \
                    or _NOT_A_NAME.search(item) or _INFRASTRUCTURE.search(item) or _PRODUCT_LINE.search(item) \
                    or item.endswith("工程"):
                continue  # (温福高铁: a railway; 久泰新材料: what a firm makes, which the projects' rule reads; 鞍钢的|九号炼铁炉:
                # a part of a firm's works)
            found.append(Candidate(start, end, "COMPANY", item, RULE - 15))
    return found


# A project's capacity after the firm that builds it: 国达化工|60万吨钾肥复合造粒, 桥头铝电|50万吨绿电铝产能置换.
_CAPACITY = re.compile(r"(?:年产|年处理|年加工|日产)?\d+(?:\.\d+)?万?(?:吨|千瓦|兆瓦|吉瓦|千瓦时|瓦时|辆|台|套|片|平方米)")


def _firm_before_capacity(text: str, start: int, end: int, first: bool) -> tuple[int, int] | None:
    """The span of the firm's name that opens the project item text[start:end] before its capacity, if the item
    reads so: a name of two to six characters that is no ordinary word (the first item without the verb that
    leads the list: 推动|国达化工60万吨…)."""
    match = _CAPACITY.search(text, start, end)
    if match is None:
        return None
    name_start = start
    if first:  # (the item may have been cut short: read back from the capacity)
        name_start = match.start()
        while name_start > 0 and is_han(text[name_start - 1]) and match.start() - name_start < 10:
            name_start -= 1
        pieces = read(text[name_start:match.start()])
        while len(pieces) > 1 and len(pieces[0]) > 1 and word_tag(pieces[0]) in ("v", "vn", "d"):
            name_start += len(pieces.pop(0))  # 加快|推动|国达化工
    name = text[name_start:match.start()]
    if not 2 <= len(name) <= 6 or not all(map(is_han, name)) or is_ordinary_word(name) or only_ordinary_words(name) \
            or name.endswith(_GENERIC_ENDS) or is_known_place(name) or _INFRASTRUCTURE.search(name):
        return None  # (not 龙滩水电站, 洋浦港: public works)
    return name_start, match.start()


# A list of projects: 济南天岳碳化硅扩产、青岛物元先进封装、菏泽海辰等项目.
# What an industrial project makes, after a firm's name without its place (盛义信煤焦化, 瓮福江山新材料).
_MATERIALS = "煤焦氢铜铝钢锂硅"
_INDUSTRIAL = re.compile(f"(?:零碳|绿色|智能)?(?:[{_MATERIALS}]|化工|材料|电池|储能|新能源|冶炼|工厂|芯片|装备|汽车|整车|制造|电子|二期|三期)")
# Public works named after a place, which no firm's name precedes (洪屏抽水蓄能电站, 西二绕城高速, 瑶湖科学岛).
_INFRASTRUCTURE = re.compile(r"电站|电厂|水库|枢纽|灌区|机场|高速|公路|铁路|高铁|城际|大桥|隧道|港|码头|航道|管道|科学岛|科学城|新城|园区|"
                             r"医院|学校|大学|公园|场馆|体育|博物馆|区|湾")  # (惠州潼湖生态智慧区, 江门大广海湾: zones)
_PROJECT_END = re.compile(r"等(?:\d+个|一批)?(?:百亿级|千亿级|亿元级)?(?:重大|重点|产业|制造业|标志性产业|标志性|引领性)?项目"
                          r"|等(?=建设|投产|投运|开工|落地)")  # 飞毛腿绿色储能、恒瑞创新药等|建设: projects named by their firms


# The end of a list of projects, each named after the firm that builds it: 恒神高性能碳纤维等项目, 人和集团新能源材料等外资项目.
_PROJECTS_END = re.compile(rf"等(?:\d+|[{COUNT_NUMERALS}]+)?(?:多|余)?个?[{HAN}]{{0,6}}?项目")
# What such a project makes: the end of a list item named after its firm.
_PRODUCT_LINE = re.compile(r"(?:材料|芯片|纤维|半导体|电池|玻璃|基板|元器件|传动系统|碳纤维|装备|整车|发动机|晶圆|显示|药|光伏|储能|极片|集成电路)"
                           r"(?:项目|基地|产业园|生产线)?(?:[一二三四五]期)?$")  # (中州时代电池三期)


# What ends a firm's name before what the project makes: 芯业|时代, 仕佳|光子|通信芯片, 芯光|半导体|芯片.
_NAME_ENDS = ("集团", "公司", "时代", "科技", "技术", "化学", "光子", "半导体", "机器人", "生物", "光电", "新材")


def project_firms(text: str, known: list[Candidate]) -> list[Candidate]:
    """The firms that name the projects of a list when each says what it makes (恒神高性能碳纤维、赛得利纤维等项目,
    人和集团新能源材料等外资项目): the name first, no word of the dictionary nor a place."""
    starts = {k.start: k for k in known}
    found = []
    for match in _PROJECTS_END.finditer(text) if "项目" in text else ():
        for start, end in _list_items(text, match.start()):
            at = starts.get(start)
            if at is not None and not (at.label == "PLACE" and text.startswith(_NAME_ENDS, at.end)) \
                    or not _PRODUCT_LINE.search(text, start, end):
                continue  # a known firm (比亚迪新能源汽车), a place (榆林; but 青海|时代动力电池: a firm named after
                # it); a railway, a reservoir
            pieces = words.read(text[start:end])
            while len(pieces) > 2 and len(pieces[0]) > 1 and word_tag(pieces[0]) == "v":
                start += len(pieces.pop(0))  # (实施|海泰新能印尼光伏: the verb that leads the list)
            size = 0
            for i, piece in enumerate(pieces):
                if piece in _NAME_ENDS:
                    size += len(piece)  # 芯业|时代
                    break
                if len(piece) > 1 and is_common_word(piece, 20):
                    if i + 1 < len(pieces) and pieces[i + 1] in _NAME_ENDS:
                        size += len(piece) + len(pieces[i + 1])  # 人和|集团
                    break
                size += len(piece)
            if text.startswith(("新材料", "新能源", "新型"), start + size - 1):
                size -= 1  # 久泰|新材料: 新 opens what the project makes
            name = text[start:start + size]
            if 2 <= size <= 6 and (size < end - start or name.endswith(_NAME_ENDS)) and all(map(is_han, name)) \
                    and builtin().get(name) is None \
                    and name not in _NAME_ENDS and dictionary().get(name) is None \
                    and dictionary().get(name[0], (0, ""))[1] != "v":  # (氢能|装备: a word; 抓实|风电光伏: a verb)
                found.append(Candidate(start, start + size, "COMPANY", name, RULE - 20))
    return found


def _project_items(text: str) -> dict[int, int]:
    """The items of the lists of projects in `text` (大唐压缩空气储能、浪潮服务器生产线等项目): start → end."""
    return {start: end for match in _PROJECTS_END.finditer(text) for start, end in _list_items(text, match.start())}


def _list_items(text: str, end: int) -> list[tuple[int, int]]:
    """The spans of the items of the list that ends at `end`, last first (the first without the words
    that lead it)."""
    items = []
    while end > 0:
        start = end
        while start > 0 and text[start - 1] not in _SEPARATORS and end - start < 16:
            start -= 1
        first = start == 0 or text[start - 1] not in _JOINERS
        items.append((trim_left(text, start, end, {}) if first else start, end))
        if first:
            break
        end = start - 2 if text.endswith("以及", 0, start) else start - 1  # 交通银行|以及|中信集团: 以及 joins them
    return items


def _branded(item: str) -> bool:
    """A name and the business a firm is in (天兵|科技): the name is no frequent word, though the dictionary has it."""
    business = _BUSINESS.search(item, len(item) - 2)
    return business is not None and business.end() == len(item) and business.start() >= 2 \
        and not is_common_word(item[:business.start()], 100)


def only_ordinary_words(item: str) -> bool:
    """Whether `item` is made of ordinary words of two characters or more (检验检测, 中小型银行, 科技基础设施):
    a sector or a kind, not a company's name, which has a name of its own in it (福耀玻璃, 宁德时代)."""
    return all(len(word) > 1 and is_ordinary_word(word, 3) for word in segment(item))


def _unknown_run(text: str) -> int:
    """The length of the name that opens `text` as two or three characters no word takes (天岳 in
    天岳碳化硅扩产; 裕能 in 裕能铜冶炼: a material after two characters is what the firm makes), or 0."""
    size = 0
    for word in segment(text):
        if len(word) > 1 or not is_han(word) or size == 2 and word in _MATERIALS:
            break
        size += 1
    if size == 3 and text[2] == "新" and _INDUSTRIAL.match(text, 3):
        size = 2  # 赛盛|新材料: what the firm makes is new
    return size if 2 <= size <= 3 and not is_common_word(text[:size]) else 0


def _rare_word_run(text: str) -> int:
    """The length of a rare word of two to four characters that opens `text` (飞毛腿 in 飞毛腿绿色储能: a brand the
    dictionary has as a word few texts use), or 0."""
    first = segment(text)[0]
    return len(first) if 2 <= len(first) <= 4 and len(text) > len(first) and not is_common_word(first, 100) \
        and word_tag(first) not in NAME_TAGS else 0


_JOINERS = "、与和及"
_SEPARATORS = set(PUNCT) | set(_JOINERS)
_SIZES = ("中小", "大中", "大型", "中型", "小型", "微型", "小微")  # firms of a size, no name (设立|中小银行|等金融机构)
_PREPOSITIONS = frozenset("对向给跟同为把")  # what may come between a person and the firm they act on (习近平对|公司)
_FIRMS_BY_OWNER = re.compile(".企")  # 央企、国企等各类企业: firms by who owns them or where they come from, no name
_GENERIC_ENDS = ("企业", "公司", "产业", "项目", "平台", "基地", "行业", "领域")
_NOT_A_NAME = re.compile(r"[的了着是在有]|\d")


