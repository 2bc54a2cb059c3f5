"""DEFINES: decode a formulation into the parts the text spells out.

The shapes read:
- a list right before a numeral formulation: 政府侧、社会侧、产业侧、企业侧“四侧”,
  创新链产业链资金链人才链“四链融合”, 粮食面积、总产、单产实现“两增一稳”, the periods of plans
  (2024年、2025年、“十五五”期间…“三张清单”);
- a list right after it: “六稳”，即稳就业、稳金融……; 六大领域：未来材料、…; a list whose items begin or end
  with what the numeral counts (“六保”…保居民就业、保基本民生…);
- a digit code followed by counted lists: “33618”……A、B、C3大……D、E、F3大……6大……18个 (or 两个…六项…
  五大…三条 for “2653”), where the counts read in order spell the code;
- parts one per paragraph or one per short sentence after the formulation.
A decoding is kept only when the number of parts matches the numeral (四 → 4; 两增一稳 → 3;
33618 → 3, 3, 6, 18). A code also gets its descriptor: “33618”现代制造业集群体系.
Glossary entries (名词解释: “供应链改造”是指……。, joint ones too) give a formulation its definition.
"""
from __future__ import annotations

import itertools
import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate

from policykg.extract import words
from policykg.extract.candidates import Candidate
from policykg.extract.lexicon import is_known_place
from policykg.extract.text import DASHES, LEFT_STOPS, MODALS, all_after, unquoted
from policykg.extract.resources import (NAME_TAGS, dictionary, formulation_names, formulation_parts, is_common_word,
                                        kind_formulations, word_tag)
from policykg.vocabulary import BILATERAL_PAIRS, COUNT_NUMERALS, DIGITS, HAN, LEVELS, NUMERALS, is_han

_NUMERAL_VALUES = {numeral: value for value, numeral in enumerate(NUMERALS, 1)} | {"两": 2, "双": 2}
_COUNT_FIRST = re.compile(r"(\d{1,2})(?=[大项个条张类种件点根起])")
_COUNTED = re.compile(rf"(\d{{1,3}}|[{COUNT_NUMERALS}]{{1,2}})(?:大|个|项|条|张|类|种|件|起)")
_THAT_IS = r"(?<!在)即(?![将便使刻时可日])"  # 即 "that is" (not 即将, 在即: "soon")
_AFTER_INTRO = re.compile(rf"[”’」]?(?:[{HAN}]{{1,5}}?)?(?:，|：)?(?:{_THAT_IS}|是指|指的是|主要是|包括|也就是)[：，]?|[”’」]?：指?|[”’」]?——"
                          r"|[”’」]?[是为](?:：|——)")  # (四大任务是——A、B…)
_AFTER_DESCRIPTOR = re.compile(rf"[”’」]?[{HAN}]{{1,4}}?：")  # “四个一”工作：
_DESCRIPTOR = re.compile(rf"(?:(?!等)[{HAN}]){{2,10}}?(?:集群体系|体系|布局|格局|机制|战略|工程|行动|计划|模式|矩阵|框架|目标)")
_GLOSSARY = re.compile(rf"[”’」](?:[{HAN}]{{1,4}}?)?(?:，|：)?(?:是指(?![导引挥出明定])|指的是|即为|(?<=”)是(?=将)|{_THAT_IS})"
                       rf"([^。；\n]{{6,200}})[。；]"
                       r"|[”’」][^：:，。“\n]{0,12}[：:](?:是指|指的是|即|指|是)?([^。；\n]{6,200})[。；\n]")
_SAID_TO_BE = re.compile(r"(?:就是|是指|指的是)([^。\n]{6,400})。")  # (…六大转变就是A转变；B转变；…。)
# A definition that defines another name first: 科技英才领航工程和“双千”计划：科技英才领航工程是指…
_OTHER_DEFINED = re.compile(rf"([{HAN}]{{2,16}}?)(?:是指|指的是)")


@dataclass(frozen=True, slots=True)
class Definition:
    """A formulation, its parts and the clean span of the statement that gives them."""

    name: str
    parts: tuple[str, ...]
    start: int
    end: int
    note: str
    role: str = "part"  # or "descriptor", "definition"


# A code of numbered groups: 两增一稳, 两不愁三保障, 三去一降一补, 一核两翼 (not 五位一体: "as one").
_GROUPS = re.compile(rf"(?:[{DIGITS}两双](?![体个])[^{COUNT_NUMERALS}双\d]{{1,2}}){{2,4}}")


def is_code_of_groups(name: str) -> bool:
    """Whether `name` is a code of numbered groups (两增一稳, 一村一品)."""
    return _GROUPS.fullmatch(name) is not None


def numeral_value(name: str) -> int | None:
    """四链融合 → 4, 两大定位 → 2, 6大行动 → 6, 新三样 → 3, 十四五 → None (a plan, not a count), 九大关键枢纽 → 9;
    a code of numbered groups counts them all: 两增一稳 → 3, 三去一降一补 → 5, and so does a list of such groups:
    五统一、一开放 → 6 (not the 一 of 统一)."""
    if "、" in name:
        values = [numeral_value(group) for group in name.split("、")]
        return sum(values) if all(values) else None
    if _GROUPS.fullmatch(name):
        return sum(_NUMERAL_VALUES[ch] for ch in name if ch in _NUMERAL_VALUES)
    counted = _COUNT_FIRST.match(name)  # 6大行动
    if counted:
        return int(counted.group(1))
    if name[:1] in ("新", "老") and name[1:2] in _NUMERAL_VALUES and name[1:2] != "十":  # 新三样, 老三样
        name = name[1:]
    if not name or name[0] not in _NUMERAL_VALUES or name.startswith(("十一五", "十二五", "十三五", "十四五", "十五五")):
        return None
    if name[0] == "十" and len(name) > 1 and name[1] in _NUMERAL_VALUES and name[1] != "十":
        return 10 + _NUMERAL_VALUES[name[1]]
    if len(name) > 1 and name[1] == "十":
        return _NUMERAL_VALUES[name[0]] * 10 + (_NUMERAL_VALUES.get(name[2], 0) if len(name) > 2 else 0)
    return _NUMERAL_VALUES[name[0]]


_DIGIT_NUMERALS = frozenset("一二三四五六七八九")  # numerals that name a date's digits in a row (五四, 九一八)
# A count at the end of a name after what qualifies it: 天府森林|四库, 碳达峰|十大行动, 国内|十大新闻.
_INNER_COUNT = re.compile(rf"(?:[{HAN}]{{3,6}}?|国内|国际|年度)((?:[{COUNT_NUMERALS}]{{1,2}}|\d{{1,2}})[大个项条]?[{HAN}]{{1,4}})")


def _numeral_in(name: str) -> str:
    """The numeral that counts a formulation's parts, for the notes: 三 of 新三样, 六 of 城市更新六大提升行动, 十二 of
    十二个奋力推进, 10 of 10种有色金属; those of a code of groups joined by "+" (一+四 of 一图四清单)."""
    if _GROUPS.fullmatch(name):
        return "+".join(ch for ch in name if ch in _NUMERAL_VALUES)
    numeral = re.search(rf"[两双]|[{COUNT_NUMERALS}]+|\d+", name)
    return numeral.group() if numeral else name[0]


@lru_cache(maxsize=None)
def part_count(name: str) -> int | None:
    """The number of parts a formulation names: `numeral_value`, or a count at the end of its name after what
    qualifies it (天府森林四库 → 4, 碳达峰十大行动 → 10)."""
    if name[:1] in _DIGIT_NUMERALS and name[1:2] in _DIGIT_NUMERALS:
        return None  # 五四精神, 一二·九运动: a date read digit by digit, no count
    count = numeral_value(name)
    if count is None and (inner := _INNER_COUNT.fullmatch(name)):
        count = numeral_value(inner.group(1))
    return count


# A spirit, an idea or a set of values named after the quoted list of what it holds: “真诚友好、平等相待，…”的|中非友好合作精神
# (a name of six characters or more, or one quoted: “西迁精神”; not 城市精神, 发展理念, a kind each city or firm has).
_NAMED_HEADS = "(?:精神|理念|价值观|方针)"
_NAME_CHAR = rf"(?:(?![的和与及、，])[{HAN}])"
QUOTED_LIST_NAMING = re.compile(rf"“((?:[{HAN}]{{2,8}}[、，]){{2,11}}[{HAN}]{{2,8}})”的"
                                rf"(?:“(?={_NAME_CHAR}{{2,10}}?{_NAMED_HEADS}”)|(?={_NAME_CHAR}{{4,10}}?{_NAMED_HEADS}))"
                                rf"({_NAME_CHAR}{{2,10}}?{_NAMED_HEADS})")


# A spirit named after the list of what it holds, that a verb says was formed: 形成和发扬了|一不怕苦、二不怕死，顽强拼搏、
# 甘当路石，军民一家、民族团结的|“两路”精神 (the quoted name, or a name of four characters or more before 精神).
SPIRIT_FORMED = re.compile(rf"(?:形成|铸就|孕育|锻造|凝结|造就){{1,2}}(?:和发扬|和弘扬)?了?(?![了以])((?:[{HAN}]{{2,8}}[、，]){{2,11}}[{HAN}]{{2,8}})"
                           rf"的(?:伟大)?(?:“([{HAN}]{{2,8}})”|((?:(?![的和与及、，])[{HAN}]){{4,10}}?精神))(?=精神|[^{HAN}]|$)")
# (not 孕育了|以A、B为主要内容的…: the frame's list, `_TRAITS_FRAMING`; 的伟大|五四精神: an epithet)


# A spirit named by the four-character traits it holds, listed right before it (弘扬|敢闯敢试、敢为人先、埋头苦干的|特区精神),
# right after it (…的中国医疗队精神，这就是|不畏艰苦、甘于奉献、救死扶伤、大爱无疆。) or pointed back to (敢闯敢试、…、埋头苦干，
# 深圳以这样的|特区精神); or a spirit or an awareness framed by what it is made of (以|绝对忠诚、责任担当、首善标准|为要义的
# “红墙意识”). Not a spirit of a kind a quality names (…前赴后继的|大无畏精神, …勤俭建国的|革命精神). Each is looked for back
# and forth from 精神 or 意识: a scan of the whole text for the lists would try every character.
_TRAITS = rf"((?:[{HAN}]{{4}}、){{1,11}}[{HAN}]{{4}})"
_TRAITS_BEFORE = re.compile(f"{_TRAITS}”?$")  # (the traits quoted: “敢闯敢试、…、埋头苦干”的|特区精神)
_TRAITS_POINTED_BACK = re.compile(rf"{_TRAITS}，[^，。“”]{{0,8}}?$")
_TRAITS_AFTER = re.compile(rf"，(?:这就是|就是|即){_TRAITS}(?=[。；])")
_TRAITS_FRAMING = re.compile(rf"以((?:[{HAN}]{{2,16}}、){{1,10}}[{HAN}]{{2,16}})为(?:核心要义|要义|核心|内涵|主要内涵|基本内涵|主要内容)的$")
_NOT_IN_SPIRIT = frozenset("的和与及、，这")
_SPIRIT_KINDS = frozenset(("民族", "时代", "实干", "宝贵", "爱国主义", "革命", "奋斗", "奉献", "拼搏", "创新", "科学", "团队", "崇高",
                           "优良", "可贵", "斗争", "担当", "首创", "探索", "进取"))  # spirits of a kind, named by no two traits
_SPIRIT_WORDS = ("文明", "面貌", "风貌", "状态", "力量", "食粮", "家园", "谱系", "境界", "生活", "世界")  # 精神文明: no spirit


def spirits_named_by_traits(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, traits) of each spirit named by its traits in `text` (see above)."""
    found = []
    for head in ("精神", "意识"):
        for end in all_after(text, head) if head in text else ():
            start = end - 2
            while start > end - 14 and is_han(text[start - 1:start] or "。") and text[start - 1] not in _NOT_IN_SPIRIT:
                start -= 1
            named_at = start + 2 if text.startswith("伟大", start) and end - start >= 6 else start  # (伟大|五四精神: an epithet)
            kind = text[named_at:end - 2]
            if end - 2 - start < 2 or word_tag(kind)[:1] in ("v", "a", "i", "d") \
                    or head == "精神" and text.startswith(_SPIRIT_WORDS, end):
                continue
            opening = start - 1 if text[start - 1:start] == "“" else start
            traits = None
            if head == "精神" and text[start - 1:start] == "的":
                traits = _TRAITS_BEFORE.search(text, max(0, start - 70), start - 1) or _TRAITS_AFTER.match(text, end) \
                    or (_TRAITS_POINTED_BACK.search(text, max(0, start - 90), start - 3)
                        if text.endswith("这样的", 0, start) else None)
            if traits is None and text[opening - 1:opening] == "的" \
                    and not re.match(rf"”?的[{HAN}]", text[end:end + 3]):  # (not 以…为核心的X精神的Y: a modifier)
                traits = _TRAITS_FRAMING.search(text, max(0, opening - 130), opening)
            listed = tuple(traits.group(1).split("、")) if traits is not None else ()
            quoted = traits is not None and traits.group().endswith("”")  # (two quoted make a motto: “我为人人、人人为我”)
            if len(listed) > 2 or len(listed) == 2 and kind not in _SPIRIT_KINDS and not quoted:
                found.append((named_at, end, listed))  # (two traits name no spirit of a kind: …的|时代精神, 实干精神)
    return found


def _named_by_quoted_list(text: str, cand: Candidate) -> tuple[str, ...] | None:
    """The items of the quoted list right before 的 and the formulation it names (`QUOTED_LIST_NAMING`), of the list
    a verb says formed the spirit named after it (`SPIRIT_FORMED`), or the traits of a spirit (`spirits_named_by_traits`), or
    None."""
    opening = cand.start - (text[cand.start - 1:cand.start] == "“")
    named = QUOTED_LIST_NAMING.match(text, text.rfind("“", 0, opening)) if text.endswith("”的", 0, opening) else None
    if named and named.start(2) == cand.start:
        return tuple(re.split("[、，]", named.group(1)))
    formed = next((m for m in SPIRIT_FORMED.finditer(text, max(0, cand.start - 120), cand.end + 3)
                   if cand.start in (m.start(2), m.start(3))), None) if "的" in text[cand.start - 2:cand.start] else None
    if formed:
        return tuple(re.split("[、，]", formed.group(1)))
    if not cand.name.endswith(("精神", "意识")):
        return None
    window = text[max(0, cand.start - 160):cand.end + 120]
    offset = max(0, cand.start - 160)
    return next((traits for start, end, traits in spirits_named_by_traits(window)
                 if (start + offset, end + offset) == (cand.start, cand.end)), None)


def find_definitions(text: str, slogans: list[Candidate], sentence_bounds: list[tuple[int, int]]) -> list[Definition]:
    """Decodings stated in `text` for the formulations found in it."""
    found: list[Definition] = []
    starts = [a for a, _ in sentence_bounds]
    decoded: set[str] = set()  # formulations given parts by a list
    entries = glossary_entries(text)
    heads = [(start, end) for start, end, _, _ in entries]
    joint = _joint_entries(text)
    for cand in slogans:
        if any(start <= cand.start < end for start, end, *_ in joint):
            continue  # 8.“两重”“两新”：A和B，C和D: each formulation its clause (`_joint_glossary`)
        open_at = cand.start - 1 if cand.start and text[cand.start - 1] in "“‘「" else cand.start
        close_at = cand.end + 1 if cand.end < len(text) and text[cand.end] in "”’」" else cand.end
        k = bisect_right(starts, cand.start) - 1
        sentence = sentence_bounds[k] if k >= 0 else (0, len(text))
        count = part_count(cand.name)
        before = len(found)
        glossed = _glossary(text, cand, close_at, sentence[0])  # “X”是指……
        k = bisect_right(heads, (open_at, len(text))) - 1
        entry = entries[k] if k >= 0 and entries[k][0] <= open_at and close_at <= entries[k][1] else None
        if ("+" in cand.name or cand.name.isdigit()) and cand.name not in decoded:
            line_end = text.find("\n", close_at, close_at + 1500)
            body_start, body_end = (entry[2], entry[3]) if entry else \
                (close_at, close_at + 1500 if line_end < 0 else line_end)
            parts = _subcode_parts(text, body_start, body_end, cand.name) or \
                _framed_in_turn(text, close_at, cand.name) or \
                (_counted_in_turn(text[body_start:body_end], cand.name)
                 or _numbers_in_turn(text[body_start:body_end], cand.name) if entry or glossed else None) or \
                _lists_of_its_number(text, sentence[0], open_at, cand.name) or \
                _groups_added_before(text, sentence[0], open_at, cand.name)
            if parts:  # “1+7”政策：“1”即《…》；“7”即《…》《…》…, and the entry's definition
                found.append(Definition(cand.name, tuple(parts), sentence[0], sentence[1],
                                        f"{len(parts)} parts for {cand.name}"))
                decoded.add(cand.name)
                definition = glossed if close_at > cand.end else None
                if definition:
                    found.append(Definition(cand.name, (definition,), sentence[0], sentence[1], "definition",
                                            "definition"))
        if count is None and cand.name not in decoded and (open_plus := _open_plus_listed(text, sentence[0], open_at, cand.name)):
            found.append(Definition(cand.name, open_plus, sentence[0], sentence[1], f"{len(open_plus)} parts (quoted before)"))
            decoded.add(cand.name)  # “文化+科技”“文化+金融”等|“文化+N”
        if (count is None or text.startswith("”精神", cand.end) or text.endswith("”精神", 0, cand.end)) \
                and cand.name not in decoded \
                and (quoted := _named_by_quoted_list(text, cand)):
            found.append(Definition(cand.name, quoted, sentence[0], sentence[1], f"{len(quoted)} parts (quoted before)"))
            decoded.add(cand.name)  # “真诚友好、平等相待，…”的|中非友好合作精神
        if count is not None and count >= 2:
            # a list of parts is short: the text looked at is bounded (LIST_CHARS), not the whole sentence
            adjacent = open_at == cand.start and cand.start > 0 and is_han(text[cand.start - 1])
            points = text.endswith(_PROPOSING, 0, open_at)
            # (…人士提出|两点希望, 提出|3项举措: those named before it make it; its parts come after it)
            itemised = adjacent and not text.startswith(_PAIR_COUNTS, cand.start) \
                and (text[close_at:close_at + 1] == "、" or _AMOUNT.match(text, close_at) is not None)
            # (城乡低保、残疾人两项补贴、孤儿保障; 发放高龄补贴32亿元、残疾人两项补贴12.4亿元: an item of a list, its qualifier
            # printed before it, no parts; but 统筹国内国际两个大局、发展安全两件大事: two nouns side by side, its parts)
            listed = not points and not itemised and list_before(text, max(sentence[0], open_at - LIST_CHARS), open_at,
                                                                 count, adjacent=adjacent) or \
                _periods_before(text, max(sentence[0], open_at - 60), open_at, cand.name, count) or \
                list_after(text, close_at, _before_again(text, cand.name, close_at, min(sentence[1], close_at + LIST_CHARS)),
                           count, descriptor=entry is None and glossed is None, name=cand.name) or \
                _list_in_brackets(text, close_at, cand.name, count) or _list_included(text, close_at, sentence[1], count) or \
                clauses_after(text, close_at, count) or \
                _clauses_of_its_character_after(text, close_at, cand.name, count) or \
                _groups_in_clauses(text, close_at, sentence[1], cand.name) or \
                _groups_crossed_after(text, close_at, sentence[1], cand.name) or \
                _groups_spelt_out(text, close_at, cand.name) or \
                (_quoted_objects_after(text, close_at, cand.name, count) if close_at > cand.end else None) or \
                _groups_ending_clauses_after(text, close_at, cand.name) or \
                aspects_after(text, close_at, count) or _represented_by(text, sentence[0], open_at, count) or \
                subjects_of_their_count(text, sentence[0], open_at, count) or \
                _quoted_clauses_named(text, sentence[0], open_at, count) or \
                _sector_letters_before(text, open_at, count) or \
                _included_before(text, sentence[0], open_at, count) or \
                (_clauses_as_items_before(text, sentence[0], open_at, count) if adjacent else None) or \
                _clause_openings(text, close_at, sentence[1], cand.name, count) or \
                _clauses_opening_with_its_word(text, close_at, sentence[1], cand.name, count) or \
                _list_of_its_qualifier(text, close_at, sentence[1], cand.name, count) or \
                _pieces_with_its_number(text, close_at, sentence[1], cand.name, count) or \
                (glossed is None
                 and (_list_sharing(text, close_at, min(sentence[1], close_at + LIST_CHARS), cand.name, count)
                      or clauses_sharing(text, close_at, sentence[1], cand.name, count)))
            listed = listed or _counted_names_after(text, close_at, count) or \
                _groups_listed_before(text, max(sentence[0], open_at - LIST_CHARS), open_at, cand.name) or \
                _groups_run_in_one_list_before(text, max(sentence[0], open_at - LIST_CHARS), open_at, cand.name) or \
                _first_group_before(text, max(sentence[0], open_at - LIST_CHARS), open_at, cand.name)
            headline = not listed and _points_after_headline(text, cand, count)
            listed = listed or headline
            headings = not listed and run_in_headings(text, close_at, cand.name, count)
            listed = listed or headings
            if listed and (_names_for_a_known_formulation(cand.name, listed[0])
                           or _listed_with_it(text, open_at, close_at, listed[0])):
                listed = None  # 郑州大学、河南大学“双一流”建设: universities, not the two of 双一流; 最低工资标准、残疾人“两项
                # 补贴”标准: the formulation's own 标准 listed with another
            if listed and not _as_known_parts(cand.name, listed[0]) \
                    and (known := _known_parts_printed(text[sentence[0]:sentence[1]], cand.name)):
                listed = (known, False)  # “双一流”：中国特色、世界一流的大学和优势学科: the known parts, as printed
            elif listed and not _like_known_parts(cand.name, listed[0]) and not all(len(part) == 1 for part in listed[0]):
                # (党政军警民“五位一体”: sectors by their letters, another formulation of the name)
                listed = None  # 打造联通欧亚、辐射全球的高质量共建“一带一路”: what it is made to be, not its two parts
            statement_start, statement_end = sentence
            if not listed and (listed := _named_earlier(text, open_at, cand.name, count)
                               or _clauses_opening_with_its_word_before(text, open_at, cand.name, count)):
                statement_start = min(statement_start, text.rfind(listed[0][0], 0, open_at))
            if not listed and open_at == cand.start and text[open_at - 1:open_at] == "的" \
                    and (comma := _descriptor_clause(text, sentence[0], open_at)):
                listed = list_before(text, max(sentence[0], comma - LIST_CHARS), comma, count)  # 京津冀、长三角、粤港澳，|
                listed = listed if listed and not listed[1] and _whole_clause(text, comma, listed[0]) else None  # 区域经济
                # 高质量发展的|三大动力源: a clause that is the list alone
            if not listed and cand.name not in decoded and (short := _quoted_before_short_form(text, cand.name, count,
                                                                                                 sentence_bounds, starts)):
                listed, (statement_start, statement_end) = short
            if listed:
                parts, partial = listed
                counted = _COUNTED_VERB.fullmatch(cand.name)
                if counted and parts[0].startswith(counted.group(1)) and len(parts[0]) >= len(counted.group(1)) + 2 \
                        and not any(part.startswith(counted.group(1)) for part in parts[1:]):
                    parts = [parts[0][len(counted.group(1)):], *parts[1:]]  # “三个尊重”：尊重|捐赠者、志愿者和受捐者…:
                    # what the word is done to, the word said once
                numerals = _numeral_in(cand.name)
                note = f"{len(parts)} parts for {numerals}" if len(parts) == count else \
                    f"{len(parts)} of {count} parts (等)" if partial else f"{len(parts)} counted parts for {numerals}"
                note += f" {RUN_IN}" if headings else ""
                if headings or headline:  # the statement runs to the last heading or point
                    statement_end = max(statement_end, text.find("。", text.find(parts[-1], close_at)) + 1)
                found.append(Definition(cand.name, tuple(parts), statement_start, statement_end, note))
                decoded.add(cand.name)
        if count is None and cand.name not in decoded and (included := _clauses_included_after(text, close_at)):
            found.append(Definition(cand.name, tuple(included), sentence[0], text.find("。", close_at) + 1,
                                    f"{len(included)} parts (included)"))  # “中国东盟健康之盾”合作倡议：包括A；B；C。
            decoded.add(cand.name)
        if count is None and cand.name not in decoded and text.endswith("等", 0, open_at) and _names_a_kind(cand.name):
            listed = list_before(text, max(sentence[0], open_at - LIST_CHARS), open_at, UNCOUNTED)
            if listed and listed[1]:  # 培育壮大数字、绿色、健康等|新型消费: some of its parts, as printed
                found.append(Definition(cand.name, tuple(listed[0]), sentence[0], sentence[1],
                                        f"{len(listed[0])} parts (等)"))
        if (close_at > cand.end or cand.start == sentence[0]) and cand.name not in decoded:
            definition = glossed
            if definition:
                found.append(Definition(cand.name, (definition,), sentence[0], sentence[1], "definition",
                                        "definition"))
                parts = (_known_parts_printed(definition, cand.name) or _parts_in_definition(definition, count, cand.name)
                         or _last_group(definition, cand.name)
                         or _groups_listed(definition, cand.name) or _clauses_counted(definition, count)
                         or _groups_counted_in_full(definition, cand.name) or _first_clause_listed(definition, cand.name, count)
                         or _groups_by_their_heads(definition, cand.name)) \
                    if count and count >= 2 else _parts_included(definition) if count is None else None
                if not parts and entry and count and count >= 3 and entry[3] - entry[2] > len(definition):
                    parts = _parts_in_definition(text[entry[2]:entry[3]], count, cand.name)  # the list in a later
                    # sentence of the entry: “新八级工”制度：…。…形成由学徒工、…、首席技师构成的…序列
                if parts:  # “九小场所”：小型学校幼儿园、小型医疗机构……等9类场所
                    found.append(Definition(cand.name, tuple(parts), sentence[0], sentence[1],
                                            f"{len(parts)} parts for {_numeral_in(cand.name)} (definition)" if count
                                            else f"{len(parts)} parts (definition)"))
                found += _quoted_groups(definition, cand.name, *sentence)
        if entry and count is None:
            count = _restated_count(text, entry[2], entry[3], cand.name)  # 2.国家先进制造业集群：…A、B…等5个国家先进制造业集群
        if entry and count and count >= 2 and len(found) == before and "、" not in text[entry[0]:entry[1]] \
                and (open_at == cand.start or not text[entry[1] + 1:entry[2]].strip()):  # (a joint head: below)
            # the entry of an unquoted head, or one whose body is printed below it, not read otherwise
            body = text[entry[2]:entry[3]]
            body = body[_SUBCODE_OPENING.match(body).end():]  # 6.六大科技专项：省委…推进A、B…等6个…; ［11］四库：⏎水库、…
            statement = (sentence[0], max(sentence[1], entry[3]))
            found.append(Definition(cand.name, (re.split("[。；]", body)[0],), *statement, "definition", "definition"))
            parts = _parts_in_definition(body, count, cand.name, longest=24) or _groups_by_clause(body, cand.name) \
                or _last_group(body, cand.name) or _groups_listed(body, cand.name) or _clauses_counted(body, count) \
                or _groups_counted_in_full(body, cand.name) or _groups_by_their_heads(body, cand.name)
            if parts:
                found.append(Definition(cand.name, tuple(parts), *statement,
                                        f"{len(parts)} parts for {cand.name} (glossary)"))
                decoded.add(cand.name)
        if cand.name.isdigit():
            if cand.name not in decoded and not any(cand.name in text[h0:h1] and _counted_in_turn(text[b0:b1], cand.name)
                                                    for h0, h1, b0, b1 in entries):  # (its glossary entry names them)
                named = _formulations_in_turn(cand.name, close_at, sentence[1], slogans)
                found.extend([Definition(cand.name, tuple(named), sentence[0], sentence[1], f"{len(named)} formulations "
                                         f"for {cand.name}")] if named else
                             _decode_code(text, cand.name, close_at, sentence_bounds, starts))
            match = _DESCRIPTOR.match(text, close_at)
            if match and close_at == cand.end + 1:
                found.append(Definition(cand.name, (match.group(),), sentence[0], sentence[1], "descriptor",
                                        "descriptor"))
    names = {cand.name for cand in slogans}
    for start, end, parts, statement_end in counted_headings(text):
        if text[start:end] in names and text[start:end] not in decoded:
            found.append(Definition(text[start:end], tuple(parts), start, statement_end,
                                    f"{len(parts)} parts for {text[start:end]} (numbered headings)"))
    return found + _joint_glossary(text, names)


_INCLUDING = re.compile(rf"[{HAN}]{{0,6}}[：，]包括[：]?")  # …合作倡议：包括


def _clauses_included_after(text: str, start: int) -> list[str] | None:
    """The clauses an uncounted formulation is said to include right after it, one each between semicolons, up to the
    full stop: “中国东盟健康之盾”合作倡议：包括A；B；C。 (two or more, each a clause of four characters or more)."""
    opening = _INCLUDING.match(text, start)
    stop = text.find("。", start, start + 400) if opening else -1
    if stop < 0:
        return None
    items = text[opening.end():stop].split("；")
    return items if len(items) >= 2 and all(4 <= len(item) <= _CLAUSE_ITEM and "\n" not in item for item in items) \
        else None


def _names_a_kind(name: str) -> bool:
    """Whether a formulation without a count names a kind of things, a noun last (新型消费, 网红公路, 水盆子), whose
    instances a list before 等 may give, or an established term for one (制度型开放); not a code of numbers or an action
    (应换尽换, 以旧换新, 源网荷储)."""
    if name in kind_formulations():
        return True
    last = words.read(name)[-1]
    return not re.search(r"[\d+＋]", name) and len(last) >= 2 and word_tag(last) in ("n", "vn")


UNCOUNTED = 99  # the count a list before an uncounted formulation is read with (its items are some of its parts)
_COUNTED_NAMES = re.compile(r"“([^“”，。\n]{2,10})”(?:、“([^“”，。\n]{2,10})”){1,5}")
_CLAUSE_REST = re.compile(r"[^，。；\n“]{0,8}")  # what follows a formulation in its clause (…和使命任务)
_NEXT_OPENING = re.compile(r"[，：；\n][^，。；\n“]{0,6}")  # the opening of the next clause or line (⏎建设|“…”)


def _counted_names_after(text: str, start: int, count: int) -> tuple[list[str], bool] | None:
    """Quoted formulations listed right after, at the start of the next clause or line, whose counts add up to the
    count (五大战略定位和使命任务⏎建设“两个屏障”、“两个基地”、“一个桥头堡”，是…): they are its parts."""
    clause = _CLAUSE_REST.match(text, start)
    opening = _NEXT_OPENING.match(text, clause.end())
    if opening is None or (match := _COUNTED_NAMES.match(text, opening.end())) is None:
        return None
    names = re.findall(r"“([^“”]+)”", match.group())
    return (names, False) if _counts_add_up(names, count) else None


def _counts_add_up(names: list[str], count: int) -> bool:
    """Whether formulations, each with a count of its own, count `count` together (两个屏障、两个基地、一个桥头堡 → 5)."""
    counts = [part_count(name) for name in names]
    return None not in counts and sum(counts) == count


_PROPOSING = ("提出", "提了", "作出", "发出", "谈了")
_BRACKETED = re.compile(rf"[{HAN}]{{0,6}}?[（(]([^（()）\n]{{3,200}})[）)]")
_REFERENCE = re.compile(r"(?:详见|参见|见|下称|以下简称|简称)")  # a note in brackets, not the parts


def _list_in_brackets(text: str, start: int, name: str, count: int) -> tuple[list[str], bool] | None:
    """Parts listed in brackets right after the formulation or the word it qualifies: “三资”（资金、资产、资源）,
    “五社联动”机制（社区、社会组织……和社会慈善资源）, a code's groups a clause each (“三自一包”（指多留自留地、…，包产到户）)."""
    match = _BRACKETED.match(text, start)
    if not match or "、" not in match.group(1) and count != 2 or _REFERENCE.match(match.group(1)):
        return None
    definition = re.sub("^(?:即|指|是指)", "", match.group(1))  # （即原材料来源在外和产品销售市场在外）
    parts = _parts_in_definition(definition, count, name) or _groups_run_together(definition, name) \
        or _groups_a_clause_each(re.split("[，；]", definition), _code_groups(name))
    return (parts, False) if parts else None


def _groups_run_together(listed: str, name: str) -> list[str] | None:
    """The parts of a code of groups listed group by group, each group's names run together in names of one length:
    “三河三湖”（淮河海河辽河、太湖巢湖滇池）."""
    groups, runs = _code_groups(name), listed.split("、")
    if len(groups) < 2 or len(runs) != len(groups) or not all(len(group) == 2 for group in groups):
        return None
    parts = []
    for group, run in zip(groups, runs):
        count = numeral_value(group[0] + "个") or 0
        size = len(run) // count if count >= 2 and len(run) % count == 0 else 0
        pieces = [run[k:k + size] for k in range(0, len(run), size)] if 2 <= size <= 3 else []
        if not pieces or not all(map(is_han, run)) or sum(piece.endswith(group[1]) for piece in pieces) * 2 <= count:
            return None  # (most of a group's names end with its character: 太湖巢湖滇池)
        parts += pieces
    return parts


_INCLUDED_END = re.compile(rf"这?等?(\d+|[{COUNT_NUMERALS}]+)[个项类条种][{HAN}]{{0,6}}$")


def _list_included(text: str, start: int, end: int, count: int) -> tuple[list[str], bool] | None:
    """Parts listed after 包括 in the clause that follows the formulation: “六横”指六个横向输水大动脉，包括都江堰灌区、
    引大济岷……6个工程."""
    stop = min((i for i in (text.find("；", start, end), text.find("。", start, end)) if i >= 0), default=end)
    at = text.find("包括", start, min(stop, start + 30))
    if at < 0:
        return None
    if text.startswith(("包括：", "包括:"), at) and text[stop:stop + 1] == "；":  # 15件重点民生实事，包括：A；B；…；O。
        items = text[at + 3:text.find("。", stop, end) if "。" in text[stop:end] else end].split("；")
        if len(items) == count and all(4 <= len(item) <= 60 for item in items):
            return items, False
    chunk = re.split(r"[，：]", text[at + 2:stop].lstrip("：:"))[0]
    counted = _INCLUDED_END.search(chunk)
    items = [item.removeprefix("还有") for item in _items(chunk[:counted.start()] if counted else chunk)]  # (…、社会、还有
    # 生态这五个方面)
    if len(items) != count:
        return None
    if counted and (counted.group(1).isdigit() and int(counted.group(1)) or numeral_value(counted.group(1))) == count:
        # the count printed after the list vouches for it (引大济岷、…、南水北调西线6个工程)
        return (items, False) if all(2 <= len(item) <= 16 and _PLAIN_ITEM.fullmatch(item) for item in items) else None
    return (items, False) if _sane(items, count) and _parallel(items) else None


_SAYS = re.compile(r"[”’」]?[，：]?(?:就是|即|是指|是)[：，]?")


def _clause_openings(text: str, start: int, end: int, name: str, count: int) -> tuple[list[str], bool] | None:
    """The openings of as many clauses as counted, alike at their start or end, that say what the formulation is:
    “五统一”，就是统一市场基础制度，特别是…；统一市场基础设施，…；统一政府行为尺度，…; as many pieces of one clause
    alike at their start (坚持四项基本原则，即坚持社会主义道路，坚持人民民主专政，…); or as many short clauses, each naming
    what is counted: “3个70%”，即省产业基金…比重达70%以上，每年新增能耗指标…不低于70%，…"""
    says = _SAYS.match(text, start)
    if says is None:
        return _clauses_alike_after(text, start, end, count)
    clauses = text[says.end():end].rstrip("。").split("；")
    openings = [clause.split("，")[0] for clause in clauses]
    counted = _COUNT_FIRST.match(name)
    if len(clauses) == 1 and counted and len(name) - counted.end() >= 2:  # 3个|70%: each clause names 70%
        thing = name[counted.end() + 1:]
        openings = clauses[0].split("，")
        return (openings, False) if len(openings) == count and all(thing in o and len(o) <= 30 for o in openings) \
            else None
    if len(clauses) == 1 and len(pieces := clauses[0].split("，")) >= count:  # 即坚持社会主义道路，坚持人民民主专政，…，
        run, lead = pieces[:count], os.path.commonprefix(pieces[:count])  # 坚持马克思列宁主义、毛泽东思想，是…: one clause
        # of as many pieces, alike at their start, then another
        if len(lead) >= 2 and (len(pieces) == count or not pieces[count].startswith(lead)) \
                and all(4 <= len(o) <= 20 and _PLAIN_ITEM.fullmatch(o.replace("、", "")) for o in run):
            return run, False
    if len(openings) != count or not all(4 <= len(o) <= 16 and _PLAIN_ITEM.fullmatch(o) for o in openings):
        return None
    alike = max(len(os.path.commonprefix(openings)), len(os.path.commonprefix([o[::-1] for o in openings])))
    return (openings, False) if alike >= 2 else None


def _clauses_alike_after(text: str, start: int, end: int, count: int) -> tuple[list[str], bool] | None:
    """As many clauses as counted right after the formulation, the rest of its sentence, alike at their start:
    打好三大攻坚战，确保实现脱贫攻坚目标任务，确保实现污染防治攻坚战阶段性目标，确保不发生系统性金融风险。"""
    if text[start:start + 1] != "，" or count < 2:
        return None
    pieces = text[start + 1:end].rstrip("。").split("，")
    return (pieces, False) if len(pieces) == count and len(os.path.commonprefix(pieces)) >= 2 \
        and all(6 <= len(piece) <= 24 and _PLAIN_ITEM.fullmatch(piece) for piece in pieces) else None


_COUNTED_VERB = re.compile(rf"[{COUNT_NUMERALS}]个([{HAN}]{{2}})")  # 四个防止: a count of what a verb of two does


def _clauses_opening_with_its_word(text: str, start: int, end: int, name: str, count: int) -> tuple[list[str], bool] | None:
    """The clauses in the rest of the sentence that open with the counted word, as many as counted: “四个防止”落实到位，一鼓作气，
    防止前紧后松，…；上下衔接，防止矛盾积压，…."""
    counted = _COUNTED_VERB.fullmatch(name)
    if counted is None or text.count(counted.group(1), start, end) != count:
        return None
    clauses = [c for c in re.split("[，；]", text[start:end].rstrip("。")) if c.startswith(counted.group(1))]
    return (clauses, False) if len(clauses) == count and all(4 <= len(c) <= 20 for c in clauses) else None


def _clauses_opening_with_its_word_before(text: str, end: int, name: str, count: int) -> tuple[list[str], bool] | None:
    """The clauses before the formulation that open with the counted word, as many as counted, from the sentence before
    its own on: 必须坚持中国共产党领导，…；必须坚持以人民为中心，…；…必须维护世界和平和正义，…。…这“五个必须”."""
    counted = _COUNTED_VERB.fullmatch(name)
    if counted is None:
        return None
    floor = max(text.rfind("\n", 0, end) + 1, end - _EARLIER_CHARS, text.rfind("。", 0, text.rfind("。", 0, end)) + 1)
    if text.count(counted.group(1), floor, end) != count:
        return None
    clauses = [c for c in re.split("[，；。：]", text[floor:end]) if c.startswith(counted.group(1))]
    return (clauses, False) if len(clauses) == count and all(4 <= len(c) <= 20 for c in clauses) else None


_COUNTED_QUALIFIER = re.compile(rf"(?:\d{{1,2}}|[{COUNT_NUMERALS}]{{1,2}})[大个项类]([{HAN}]{{2}})[{HAN}]{{2,}}")  # 五大|未来|产业集群


def _list_of_its_qualifier(text: str, start: int, end: int, name: str, count: int) -> tuple[list[str], bool] | None:
    """A list in the two clauses after the formulation whose items all open with the word that qualifies what it counts:
    五大未来产业集群行动计划，瞄准未来电子信息、未来智能装备、…、未来绿色低碳等前沿产业方向."""
    qualified = _COUNTED_QUALIFIER.match(name)
    if qualified is None or text.count(qualified.group(1), start, end) < count:
        return None
    word = qualified.group(1)
    for clause in re.split(r"[，；。：]", text[start:end])[:3]:
        items = _items(clause) if "、" in clause else []
        if len(items) != count:
            continue
        items[0] = items[0][items[0].find(word):] if word in items[0] else items[0]
        etc = _ETC.search(items[-1], 1)
        items[-1] = items[-1][:etc.start()] if etc else items[-1]
        return (items, False) if all(item.startswith(word) and 3 <= len(item) <= 12 for item in items) else None
    return None


_ROUND_NUMBER = re.compile(rf"[{COUNT_NUMERALS}]个(一百|一千|一万)")  # 三个一百: three things, each of a hundred
_ROUND_DIGITS = {"一百": "100", "一千": "1000", "一万": "10000"}


def _pieces_with_its_number(text: str, start: int, end: int, name: str, count: int) -> tuple[list[str], bool] | None:
    """The pieces of the rest of the sentence that hold the number the formulation counts, as many as counted: “三个一百”
    计划，推进100项在建重大项目、100项重点招商项目，省级财政五年统筹投入100亿元支持旅游产业发展."""
    counted = _ROUND_NUMBER.fullmatch(name)
    if counted is None:
        return None
    number, digits = counted.group(1), _ROUND_DIGITS[counted.group(1)]
    pieces = [p for p in re.split("[、，；]", text[start:end].rstrip("。")) if digits in p or number in p]
    if len(pieces) != count or not all(4 <= len(p) <= 40 for p in pieces):
        return None
    pieces[0] = _LEAD_VERBS.sub("", pieces[0]) or pieces[0]
    return pieces, False


def _before_again(text: str, name: str, start: int, ceiling: int) -> int:
    """Where the text names the formulation again before `ceiling` (是指金沙江、雅砻江、大渡河|“三江”水电基地), else
    `ceiling`."""
    again = text.find(name, start, ceiling)
    return again - 1 if again > start and text[again - 1] in "“‘「" else again if again > start else ceiling


# A definition that names its formulation again first: “五边”为山边、水边… (not “1”是… of 1+3+8)
_RESTATED = re.compile(r"^“?([^“”，：]{2,12}?)”?(?:为|是指|是|即|指)")


def _unrestated(definition: str, name: str) -> str:
    """`definition` without a restatement of `name` before it."""
    match = _RESTATED.match(definition)
    return definition[match.end():] if match and match.group(1) == name else definition
# A glossary entry for several formulations, their definitions in the same order: 1.“两重”、“两新”：…；…。
_JOINT_ENTRY = re.compile(r"^[ \u3000]*\d{1,3}[.、．][ \u3000]*((?:“[^“”\n]{1,12}”、?){2,4})[：:]([^\n]+)", re.M)


def _joint_entries(text: str) -> list[tuple[int, int, list[str], list[str], int]]:
    """The glossary entries that define two formulations or more, quoted (3.“三清”、“五边”：…；…, “两重”“两新”：…，…)
    or not (［10］两个基地、两个网络：…，…): the span of the head, its formulations, the definition of each in turn
    (the body split at ；, else at ，, into as many) and where the body ends."""
    heads = [(m.start(1), m.end(1), re.findall(r"“([^“”]+)”", m.group(1)), m.start(2), m.end(2))
             for m in (_JOINT_ENTRY.finditer(text) if "”、“" in text or "”“" in text else ())]
    heads += [(start, end, text[start:end].split("、"), body_start, body_end)
              for start, end, body_start, body_end in (glossary_entries(text) if "、" in text else ())
              if "、" in text[start:end] and "“" not in text[start:end]]
    found = []
    for start, end, terms, body_start, body_end in heads:
        body = text[body_start:body_end].rstrip("。 ")
        definitions = next((pieces for mark in "；，" if len(pieces := [d.strip() for d in body.split(mark)]) == len(terms)),
                           [])
        if len(terms) >= 2 and definitions and all(len(d) >= 4 for d in definitions):
            found.append((start, end, terms, [_unrestated(d, t) for d, t in zip(definitions, terms)], body_end))
    return found


def _joint_glossary(text: str, names: set[str]) -> list[Definition]:
    """Each formulation of a joint glossary entry with its own definition, and the parts that lists."""
    found = []
    for start, _, terms, definitions, end in _joint_entries(text):
        for term, definition in zip(terms, definitions):
            if term not in names:
                continue
            found.append(Definition(term, (definition,), start, end, "definition", "definition"))
            count = part_count(term)
            parts = _parts_in_definition(definition, count, term) if count and count >= 2 else None
            if parts:  # “三清”、“五边”：…；“五边”为山边、水边、路边、镇村边、景区边
                found.append(Definition(term, tuple(parts), start, end, f"{len(parts)} parts for {term[0]} (definition)"))
    return found


# A numbered heading of a report's section or item: （二）, 二、, 2.
_SECTION_START = re.compile(rf"[（(][{NUMERALS}\d]{{1,3}}[）)]|[{NUMERALS}]{{1,3}}、|\d{{1,2}}[.．、]")
_COUNTED_HEAD = re.compile(rf"[{COUNT_NUMERALS}\d]{{1,2}}[个大]([\u4e00-\u9fff]{{2}})$")
_INDENT = re.compile(r"[\u3000\u2003][\u3000\u2003]+")  # a set first: a fast scan


def find_section_parts(text: str, slogans: list[Candidate], paragraphs) -> list[Definition]:
    """Parts spelled out one per paragraph after the heading that names the formulation: “五个中心”建设…
    then paragraphs opening 加快国际经济中心建设, 加快国际金融中心建设 … (each opens with one part that
    ends in the formulation's head noun, 中心); as many as the numeral says, before the next section."""
    found = []
    starts = [p.start for p in paragraphs]
    for cand in slogans:
        head = _COUNTED_HEAD.search(cand.name)
        count = part_count(cand.name)
        at = bisect_right(starts, cand.start) - 1  # the paragraph that holds it (they follow one another)
        if at < 0 or cand.start >= paragraphs[at].end:
            continue
        if not count and (points := _points_under_heading(text, cand, paragraphs[at:at + 1 + _POINT_PARAGRAPHS])):
            found.append(Definition(cand.name, tuple(points[0]), cand.start, points[1],
                                    f"{len(points[0])} points under {cand.name}"))
            continue
        if not count and (points := uncounted_points(text, cand, paragraphs[at].end)):
            last_end = text.find(points[-1], cand.end) + len(points[-1])
            found.append(Definition(cand.name, tuple(points), cand.start, last_end, f"{len(points)} numbered points"))
            # (习近平提出全球发展倡议：一是坚持发展优先。…二是…)
            continue
        if not count or count < 2:
            continue
        parts = numbered_parts(text, cand, count, paragraphs[at].end) or _dashed_parts(text, cand, count, paragraphs, at) \
            or _paragraphs_of_its_word(text, cand, count, paragraphs, at) \
            or _sentence_parts(text, cand, count, paragraphs[at].end) or _frame_parts(text, cand, count, paragraphs[at].end) \
            or _clause_fillers(text, cand, count, paragraphs[at].end) \
            or _lead_parts(text, cand, count, paragraphs[at].start, paragraphs[at].end) \
            or _zones_opening_sentences(text, cand, count, paragraphs[at].end) \
            or _abbreviated_places(text, cand, count, paragraphs[at].start, paragraphs[at].end) \
            or _pair_of_its_character(text, cand, paragraphs[at].start, paragraphs[at].end) \
            or _clauses_naming_its_head(text, cand, count, paragraphs[at].end) \
            or _openings_of_its_character(text, cand, count) \
            or phrases_of_its_characters(text, cand, count) \
            or _clauses_with_its_word(text, cand, count, paragraphs[max(0, at - 1)].start) \
            or _clauses_ending_in_its_word(text, cand, count, paragraphs[at].end)
        if parts:
            last = text.find(parts[-1], cand.end)
            first = text.rfind(parts[0], paragraphs[max(0, at - 1)].start, cand.start) if last < 0 else -1
            found.append(Definition(cand.name, tuple(parts), cand.start if first < 0 else first,
                                    max(paragraphs[at].end, last + len(parts[-1])),
                                    f"{len(parts)} parts for {_numeral_in(cand.name)} (sentences)"))
            continue
        if listed := _list_of_its_character(text, cand, count) or _list_opening_with_its_character(text, cand, count):
            found.append(Definition(cand.name, *listed, f"{count} parts for {cand.name} (a list of its character)"))
            continue
        if head is None:
            continue
        items = []
        # paragraphs, and the runs of text a paragraph holds after an indent (a heading and its first paragraph
        # printed on one line: （一）…强化\u2003\u2003加快国际经济中心建设…)
        chunks = [chunk.strip() for para in paragraphs[at + 1:at + 1 + 3 * count]
                  for chunk in _INDENT.split(text[para.start:para.end])]
        for chunk in filter(None, chunks):
            opening = chunk.split("，", 1)[0].split("。", 1)[0]
            if _SECTION_START.match(opening) and items:
                break
            if cand.name in opening:
                continue  # the heading that names it again
            item = _headed_item(opening[len(_ORDINAL_IS.match(opening).group()):], head.group(1))  # 一是|坚定实施…战略
            if item:
                items.append(item)
        parts = []
        for part in _without_shared_lead(items):
            if part != head.group(1) and part not in parts:
                parts.append(part)
        if len(parts) == count and _sane(parts, count):
            sentence_end = text.find("。", cand.end)
            found.append(Definition(cand.name, tuple(parts), paragraphs[at].start,
                                    sentence_end + 1 if sentence_end >= 0 else cand.end,
                                    f"{count} parts for {_numeral_in(cand.name)} (paragraphs)"))
    return found


_COLON_THEN_POINT = re.compile(r"[”’」]?[：:]\n?(?:一是|第一[，,])")  # an uncounted formulation whose points follow it
_MOST_POINTS = 12  # the most points numbered after an uncounted formulation looked for
_ORDINAL_IS = re.compile(rf"(?:[{NUMERALS}]{{1,2}}是)?")  # 一是, 二是 … that open a paragraph
HEADING_LEAD = r"[ \u3000]*(?:继续|坚持|深入|全面|进一步)?(?:实施|推进|执行|落实|实行)?"  # before a formulation that heads its points
_HEADING_SENTENCE = re.compile(HEADING_LEAD + "$")
_POINT = re.compile(rf"(?<![{HAN}])([{NUMERALS}]{{1,2}})是")


def uncounted_points(text: str, cand: Candidate, limit: int) -> list[str] | None:
    """The points numbered after a colon that follows a formulation without a count (全球发展倡议：一是坚持发展优先。…二是…):
    as many as are numbered in turn."""
    if not _COLON_THEN_POINT.match(text, cand.end):
        return None
    return next(filter(None, (numbered_parts(text, cand, n, limit) for n in range(_MOST_POINTS, 1, -1))), None)


def _points_under_heading(text: str, cand: Candidate, paras) -> tuple[list[str], int] | None:
    """The points numbered 一是, 二是 … after the first sentence of its paragraph `paras[0]` when that sentence names the
    formulation and nothing else (深入实施“千万工程”。…一是扎实推进农村人居环境整治。…二是…): each point's first clause,
    and where the last ends; two points or more, numbered in turn. They may run on in the paragraphs after (继续实施积极的
    财政政策。一是…。⏎…⏎二是…), to a number out of turn, a section's heading or two paragraphs without a point."""
    opening = cand.start - 1 if text[cand.start - 1:cand.start] in "“‘「" else cand.start
    closing = cand.end + 1 if text[cand.end:cand.end + 1] in "”’」" else cand.end
    if not _HEADING_SENTENCE.fullmatch(text, paras[0].start, opening) or text[closing:closing + 1] != "。":
        return None
    points, end = [], cand.end
    for k, mark in _point_marks(text, paras, closing):
        if k and not points:
            break  # (the first point is in the formulation's paragraph)
        if numeral_value(mark.group(1)) != len(points) + 1:
            if k == 0:
                return None
            break  # (a number out of turn after its paragraph: another list)
        clause = re.split("[，。；：]", text[mark.end():mark.end() + 60], maxsplit=1)[0]
        points.append(clause)
        end = mark.end() + len(clause)
    return (points, end) if len(points) >= 2 and all(2 <= len(p) <= 40 for p in points) else None


_HEADLINE_LONGEST = 40  # the longest line read as a headline (no full stop in it)


def _points_after_headline(text: str, cand: Candidate, count: int) -> tuple[list[str], bool] | None:
    """The points numbered 一是 … in the paragraph after a headline that names a count (今年重点推进八大经济体制改革任务⏎
    …从八个方面推进经济体制改革。一是深化企业改革，…八是…): exactly as many, each its first clause."""
    line_start = text.rfind("\n", 0, cand.start) + 1
    line_end = text.find("\n", cand.end)
    if line_end < 0 or line_end - line_start > _HEADLINE_LONGEST or "。" in text[line_start:line_end]:
        return None
    body_end = text.find("\n", line_end + 1)
    body_end = len(text) if body_end < 0 else body_end
    marks = list(_POINT.finditer(text, line_end + 1, body_end))
    if len(marks) != count or [numeral_value(m.group(1)) for m in marks] != list(range(1, count + 1)):
        return None
    parts = [_after_framing(re.split("[，：]", re.split("[。；]", text[m.end():body_end], maxsplit=1)[0])) for m in marks]
    return (parts, False) if all(2 <= len(part) <= 40 for part in parts) else None


def _point_marks(text: str, paras, start: int) -> Iterator[tuple[int, re.Match]]:
    """The marks 一是, 二是 … of `paras` with the index of each one's paragraph, from `start` in the first; to a section's
    heading or two paragraphs without one."""
    without = 0
    for k, para in enumerate(paras):
        if k and (without == 2 or _SECTION_START.match(text[para.start:para.end].lstrip(" \u3000"))):
            return
        marks = list(_POINT.finditer(text, start if k == 0 else para.start, para.end))
        without = 0 if marks else without + 1
        for mark in marks:
            yield k, mark


_POINT_PARAGRAPHS = 12  # how many paragraphs after a formulation's its numbered points may run on in


def _without_shared_lead(items: list[str]) -> list[str]:
    """Items without the verbs that lead them: those all of them share (坚定实施|扩大内需战略, 坚定实施|产业兴区战略 —
    扩大 stays), else each one's own (加快|国际经济中心, 建设|国际金融中心)."""
    shared = _LEAD_VERBS.match(os.path.commonprefix(items)) if len(items) >= 2 else None
    if shared:
        return [item[shared.end():] for item in items]
    return [_LEAD_VERBS.sub("", item) or item for item in items]


_NUMBER_MARK = re.compile(rf"[（(](\d{{1,2}})[）)]|([①-⑳])|(?<![{HAN}])(?:([{NUMERALS}]{{1,2}})(?:是|要(?![素件点求])|、(?=[{HAN}]))|第([{NUMERALS}]{{1,2}})[，,、]"
                          r"|(一|另一)(?:方面[，,]|手是)|(首先|其次|再次)[，,])")  # (两方面考虑：一方面，…。另一方面，…;
# 两手：一手是…，另一手是…; 三点意见：⏎首先，…⏎第二，…)
_ORDER_WORDS = {"首先": 1, "其次": 2, "再次": 3}


_NUMBERED_CHARS = 8000  # how far numbered parts may run on in the paragraphs after the formulation's
_WORD_GAP = 60  # how far after a count of a word (三个更高) its numbered points may start
_SENTENCE_GAP = 60  # how far after a formulation the end of its sentence may be, the next opening with its first point
_POINT_OPENING = re.compile(r"[一1（(①]")  # (a fast check before the mark's pattern)


def numbered_parts(text: str, cand: Candidate, count: int, limit: int) -> list[str] | None:
    """Parts numbered one by one right after the formulation, each the clause after its number: “十件民生实事”。
    （1）做好重点群体高质量就业，……（2）加强医疗健康服务，……; 四点建议：一是在增进信任中加强团结合作，……二是…;
    三点主张：⏎第一，坚持开放合作，…⏎第二，… (one a paragraph) — numbers 1 to the count, no more in the
    formulation's paragraph."""
    word = _COUNTED_WORD.fullmatch(cand.name)
    word = word.group(1) if word else None
    first = _NUMBER_MARK.search(text, cand.end, min(len(text), cand.end + (_WORD_GAP if word else 4) + 6))  # (a mark's
    # length: the search ends where the whole mark does)
    stop = text.find("。", cand.end, min(limit, cand.end + _SENTENCE_GAP)) if first is None and not word else -1
    next_sentence = stop >= 0 and "\n" not in text[cand.end:stop] and _POINT_OPENING.match(text, stop + 1) is not None
    if next_sentence:  # 推动省十件民生实事更贴民意…。|一是…；二是…: the points open the next sentence
        first = _NUMBER_MARK.match(text, stop + 1)
    if first is None or count < 1:
        return None
    closed = cand.end + text.startswith("”。\n第", cand.end)  # (做强和夯实“五大支柱”。⏎第一，…: after its closing quote;
    # not “五个新突破”。⏎一是…, a text's sections)
    colon = re.search("[：:]", text[cand.end:first.start()]) or first.start() == closed + 2 \
        and text.startswith("。\n", closed) or first.start() == closed + 1 and text.startswith(("。第一", "。一是"), closed)
    # (parts in the paragraphs after only where the formulation's ends on a colon, 三点主张：⏎第一，…, or ends its
    # paragraph or sentence: 提出4点希望。⏎第一，希望…, 提出5点建议。第一，…⏎第二，…)
    marks = [first]
    for mark in _NUMBER_MARK.finditer(text, first.end(), max(limit, cand.end + _NUMBERED_CHARS) if colon or word
                                      else limit):  # (or each point holds the word: “十二个奋力推进”…。⏎一是奋力推进…)
        if len(marks) > count:
            break
        if mark.group().endswith("、") and text[mark.start() - 1] not in "：:；;。，":
            continue  # (…；二、…: a point inline; a heading 四、 on its own line opens no point)
        if (first.group(4) or first.group(6)) and mark.group(3):
            continue  # 第一，团结合作…：一是…六是…。第二，…: a list inside a point, numbered otherwise
        if first.group(3) and mark.group(4):
            break  # …：一是…六是…。第三，…: the next point of the list this one is inside
        marks.append(mark)
    if len(marks) < count:
        return None
    numbers = [int(m.group(1)) if m.group(1) else ord(m.group(2)) - ord("①") + 1 if m.group(2)
               else (1 if m.group(5) == "一" else 2) if m.group(5) else _ORDER_WORDS[m.group(6)] if m.group(6)
               else numeral_value(m.group(3) or m.group(4))
               for m in marks]
    if numbers[:count] != list(range(1, count + 1)) or numbers[count:count + 1] == [count + 1] \
            or numbers[count:] and marks[count].start() < limit and not _opens_new_list(text, marks[count], numbers[count]):
        return None  # more parts than the count, or another list in the same paragraph (not one a colon opens after
        # the last part: …十是…。…重点抓了五个方面工作：一是…)
    points = [re.split("[。；\n]", text[m.end():], maxsplit=1)[0] for m in marks[:count]]
    held = word is not None and all(word in point for point in points)
    if not colon and not held and marks[count - 1].start() >= limit:
        return None  # (past its paragraph only after a colon or where each point holds the word)
    if held:
        # 朝着“三个更高”的目标，…。一是坚定相互支持，打造更高水平双边关系。二是…: each point's clause with the word
        parts = [next(clause for clause in point.split("，") if word in clause) for point in points]
    elif first.start() - cand.end > 3 and not next_sentence:
        return None  # (else the numbers follow the formulation right away, or open the next sentence)
    else:
        parts = [point if _FOUR_AND_FOUR.fullmatch(point) else _after_framing(re.split("[，：]", point)) for point in points]
    head = cand.name[-2:]
    lead = os.path.commonprefix(parts)
    if len(parts) >= 3 and len(lead) >= 2 and all(part.endswith(head) and len(part) >= len(lead) + len(head) + 2
                                                  for part in parts) \
            and len(os.path.commonprefix([part[::-1] for part in parts])) <= len(head) + 1:
        parts = [part[len(lead):] for part in parts]  # 调整“四个结构”。一是要调整|产业结构，…: what each adjusts, of the head
        # (not 在加快|发展…上实现新突破: a frame round each)
    if word is None and all(part.startswith(head) and len(part) >= len(head) + 4 for part in parts):
        parts = [part[len(head):] for part in parts]  # 4点希望：第一，希望|本着…: each opens with what is counted (not
        # “五个坚持”。一是坚持以相互尊重为根本…: the word each part holds)
        addressed = {m.group() if (m := _ADDRESSEE.match(part)) else "" for part in parts}
        if len(addressed) == 1 and "" not in addressed:  # 一是希望|同志们|积极为…: whom each is addressed to, not a part
            parts = [part[len(next(iter(addressed))):] for part in parts]
    shared = _SUBJECT_AND_MODAL.match(os.path.commonprefix(parts)) if len(parts) >= 2 else None
    if shared and all(len(part) >= shared.end() + 4 for part in parts):
        parts = [part[shared.end():] for part in parts]  # 第一，双方要|密切高层交往; 第二，双方要|…: who is to act, each time
    named = [_NAMED_BY_POINT.fullmatch(part) for part in parts]
    parts = [match.group(1) for match in named] if all(named) else parts  # 一、中方愿发起|“支持非洲工业化倡议”: what each names
    return parts if all(2 <= len(part) <= 90 for part in parts) else None


def _after_framing(clauses: list[str]) -> str:
    """A point's first clause, or its second where the first only frames it: 一是面对世界经济增长困境，|更大力度支持…"""
    return clauses[1] if len(clauses) > 1 and _FRAMING_CLAUSE.match(clauses[0]) else clauses[0]


_FRAMING_CLAUSE = re.compile("(?:面对|针对|随着|鉴于|着眼于?)(?!的)")
_NAMED_BY_POINT = re.compile(rf"[{HAN}]{{1,8}}“([^“”]{{2,24}})”")  # a point that names its programme: 中方愿实施“…计划”
_SUBJECT_AND_MODAL = re.compile(rf"[{HAN}]{{1,3}}?(?:要|应当|应该|应|须|必须)")  # 双方要, 我们应: the actor all points share
_ADDRESSEE = re.compile(rf"[{HAN}]{{1,4}}?们|大家|各位")  # those a point of a hope or a call is addressed to
_FOUR_AND_FOUR = re.compile(f"[{HAN}]{{4}}，[{HAN}]{{4}}")  # a point of two phrases of four, one whole: 一是抓住机遇，加快发展；


_DASH_OPENING = re.compile(r"[”’」]?[：:]")


def _dashed_parts(text: str, cand: Candidate, count: int, paragraphs, at: int) -> list[str] | None:
    """Parts one a line (or a semicolon) opened by a dash after the formulation's paragraph ending in a colon, each the
    clause after its dash (the whole item where that clause is a date): 做到“五个更加注重”：⏎——更加注重强化战略引领，
    …⏎——更加注重准确识变应变，… (as many as the count, then no more dashes); “三步走”时间表：⏎——到2020年，…；"""
    opening = _DASH_OPENING.match(text, cand.end) or _NAMED_DASH_OPENING.match(text, cand.end)
    if opening is None:
        return None
    last = paragraphs[min(at + 1 + count, len(paragraphs) - 1)].end
    lines = [line.lstrip(" \u3000") for line in text[opening.end():max(last, paragraphs[at].end)].split("\n")]
    if lines[0] and not lines[0].startswith("——"):
        return None  # (the first dash may be on the colon's line, where a wrapped line was joined to it)
    bodies = [body for line in lines if line for body in re.split("(?<=[；;])(?=——)", line)]  # (lines ending in ；are
    # joined into one paragraph: ——到2020年，…；——到2035年，…)
    parts = []
    for body in bodies:
        if not body.startswith("——"):
            break
        clause = re.split("[，。；：]", body[2:62], maxsplit=1)[0]
        parts.append(re.split("[。；]", body[2:62], maxsplit=1)[0] if _BY_A_DATE.fullmatch(clause) else clause)
    return parts if len(parts) == count and all(2 <= len(part) <= 40 for part in parts) else None


_NAMED_DASH_OPENING = re.compile(rf"”[{HAN}]{{2,3}}[：:]")  # “三步走”时间表：⏎——…
_BY_A_DATE = re.compile(r"(?:到|至)(?:\d{4}年|本世纪中叶)(?:底|前后|左右)?")  # a stage by its date, whole: ——到2020年，乡村振兴…；


def _paragraphs_of_its_word(text: str, cand: Candidate, count: int, paragraphs, at: int) -> list[str] | None:
    """Parts one a paragraph opened by the word a count names, after the formulation's paragraph ending in a colon,
    each that paragraph's first clause: 必须做到“八个聚焦”：⏎聚焦对外开放，…。⏎（its detail）⏎聚焦高质量发展，… (as many
    such paragraphs as the count among the next ones)."""
    named = re.fullmatch(rf"[{COUNT_NUMERALS}]个([{HAN}]{{2}})", cand.name)
    opening = _DASH_OPENING.match(text, cand.end)
    rest = text[opening.end():paragraphs[at].end].strip(" \u3000") if opening and named else "-"
    if named is None or rest and not rest.startswith(named.group(1)):
        return None
    word = named.group(1)
    opened = [rest] if rest else []  # (the first on the colon's line, where the line was joined to it)
    opened += [text[para.start:para.end].lstrip(" \u3000") for para in paragraphs[at + 1:at + 1 + 3 * count]]
    parts = [re.split("[，。；：]", body, maxsplit=1)[0] for body in opened if body.startswith(word)]
    return parts if len(parts) == count and all(len(word) < len(part) <= 40 for part in parts) else None


def _opens_new_list(text: str, mark: re.Match, number: int) -> bool:
    """Whether a mark numbered 1 follows a colon, opening a list of its own."""
    return number == 1 and text[mark.start() - 1:mark.start()] in "：:"


# A count of what a word says: 三个更高, 七个更加 (the word in each part).
_COUNTED_WORD = re.compile(rf"[{COUNT_NUMERALS}]{{1,3}}个([{HAN}]{{2,4}})")


def _headed_item(opening: str, head: str) -> str | None:
    """The first two to ten Chinese characters (the fewest) followed by `head` in `opening`, with `head`: what
    ``re.search(f"[一-鿿]{{2,10}}?{head}", opening)`` finds, without a pattern compiled for each head (1 ms each)."""
    at = opening.find(head)
    while at >= 0:
        start = at
        while start > 0 and at - start < 10 and is_han(opening[start - 1]):
            start -= 1
        if at - start >= 2:
            return opening[start:at + len(head)]
        at = opening.find(head, at + 1)
    return None


def known_parts_as_printed(definition: Definition) -> Definition:
    """A definition of an established formulation with each part that ends in one of the glossary's parts, after
    words that lead into the list, cut to that part: 牢固树立中国特色社会主义|道路自信、理论自信… for “四个自信”."""
    known = formulation_parts().get(definition.name) if definition.role == "part" else None
    if not known or definition.note.endswith(_AS_CLAUSES):  # (the clauses that do the parts, whole)
        return definition
    spellings = [spelling for part in known for spelling in part]
    parts = tuple(part if part in spellings else next((s for s in spellings if part.endswith(s)), part)
                  for part in definition.parts)
    return definition if parts == definition.parts else replace(definition, parts=parts)


def find_known_parts(text: str, slogans: list[Candidate], paragraphs) -> list[Definition]:
    """The parts of an established formulation (the package's glossary: `resources.formulation_parts`) where the
    paragraph that names it prints all of them as one list: 持续推进大众创业、万众创新。“双创”是…; 脱贫群众不愁吃、
    不愁穿，义务教育、基本医疗、住房安全有保障 for “两不愁三保障”; or, under a numbered heading that names it, one by one in
    the paragraphs up to the next heading. Each paragraph that names it so is read (a report's review and its tasks).
    Parts as printed, in the order printed, without quote marks."""
    known = formulation_parts()
    found, done = [], set()
    starts = [p.start for p in paragraphs]
    for cand in slogans:
        parts = known.get(cand.name)
        at = bisect_right(starts, cand.start) - 1
        if not parts or (cand.name, at) in done or at < 0 or cand.start >= paragraphs[at].end \
                or any(spelling in text[cand.start:cand.end] and spelling not in cand.name
                       for part in parts for spelling in part):
            continue  # (碳达峰碳中和 printed for 双碳 is the formulation itself, not its decoding; 和平共处 in
            # 和平共处五项原则 is its own part)
        bounds = (paragraphs[at].start, paragraphs[at].end, parts, (cand.start, cand.end))
        clauses = _clauses_holding_parts(text, cand.end, paragraphs[at].end, parts)
        run = clauses or _printed_run(text, *bounds)
        shortest = 3 if len(parts) >= 3 else 4  # (a pair apart: two long parts, 消费品以旧换新 … 设备更新)
        apart = run is None and len(parts) >= 2 and all(len(spelling) >= shortest for part in parts for spelling in part)
        heading = apart and paragraphs[at].end - paragraphs[at].start <= _HEADING_LINE and at + 1 < len(paragraphs) \
            and _NUMBERED_LINE.match(text, paragraphs[at].start) is not None
        if heading:  # the parts told one by one in the paragraphs under a heading that names the formulation, up
            last = at + 1  # to the next numbered heading (（一）…“三去一降一补”。⏎…⏎扎实有效去产能。…⏎因城施策去库存。…)
            while last + 1 < len(paragraphs) and last - at < _PARAGRAPHS_UNDER \
                    and _NUMBERED_LINE.match(text, paragraphs[last + 1].start) is None:
                last += 1
            bounds = (paragraphs[at].start, paragraphs[last].end, parts, (cand.start, cand.end))
        run = run or (_printed_apart(text, *bounds, one_untold=heading) if apart else None) \
            or (_printed_in_runs(text, *bounds) if len(parts) >= 4 else None)
        if run is None and apart and not heading and len(parts) >= 3:  # …“三去一降一补”一整套…方案。⏎去产能，…；去杠杆，
            last = at  # …“去库存”、“降成本”…: every part told in the paragraphs right after the one that names it
            while last + 1 < len(paragraphs) and last - at < _PARAGRAPHS_AFTER \
                    and paragraphs[last + 1].end - paragraphs[at].end <= _TOLD_AFTER:
                last += 1
            run = _printed_apart(text, paragraphs[at].start, paragraphs[last].end, parts, (cand.start, cand.end)) \
                if last > at else None
        if run is None and at > 0 and len(parts) >= 3:  # …打好防范化解重大风险、精准脱贫、污染防治的攻坚战…。⏎…打好三大攻坚战:
            run = _printed_run(text, paragraphs[at - 1].start, paragraphs[at - 1].end, parts, (cand.start, cand.end))
            # every part listed in the paragraph right before the one that names it
        back = at - 1
        while run is None and back >= 0 and at - back <= _PARAGRAPHS_BEFORE \
                and paragraphs[back].article == paragraphs[at].article:  # …部署新建一批大众创业万众创新示范基地…。⏎…⏎
            run = _printed_run(text, paragraphs[back].start, paragraphs[back].end, parts, (cand.start, cand.end))
            back -= 1  # 批准建设首批“双创”示范基地: every part listed in a paragraph before, of the same article
        if run:
            done.add((cand.name, at))
            printed, start, end = run
            found.append(Definition(cand.name, printed, min(start, cand.start), max(end, cand.end),
                                    (f"{len(parts)} known parts" if len(printed) == len(parts) else
                                     f"{len(printed)} of {len(parts)} known parts") + (", printed apart" if apart else "")
                                    + (f" {_AS_CLAUSES}" if run is clauses else "")))
    return found


_AS_CLAUSES = "(clauses)"  # the note's end for known parts read as the clauses that hold them


def _clauses_holding_parts(text: str, end: int, limit: int, parts: tuple[tuple[str, ...], ...]) -> tuple | None:
    """(the clauses, their start and end) right after a formulation and a comma, as many as its known parts up to the
    sentence's end, each holding one of them: 实施区域发展总体战略，|深入推进西部大开发，全面振兴东北地区等老工业基地，
    大力促进中部地区崛起，积极支持东部地区率先发展。 (the parts as the text does them)."""
    if text[end:end + 1] != "，":
        return None
    stop = min((at for at in (text.find(mark, end, limit) for mark in "。；") if at >= 0), default=-1)
    clauses = text[end + 1:stop].split("，") if stop > 0 else []
    held = [next((k for k, part in enumerate(parts) if any(s in clause for s in part)), None) for clause in clauses]
    lead = next((k for k, part in enumerate(held) if part is not None), len(held))  # (…，充分发挥各地区比较优势，|优先…:
    if lead > 1 or len(clauses) - lead != len(parts) or None in held[lead:] or len(set(held[lead:])) != len(parts):
        return None  # one clause before them that is none of them)
    return tuple(clauses[lead:]), end + 1 + sum(len(c) + 1 for c in clauses[:lead]), stop


_HEADING_LINE = 80  # a numbered paragraph this short may be the heading of the ones that spell out what it names
_PARAGRAPHS_UNDER = 8  # the most paragraphs under such a heading looked at
_PARAGRAPHS_BEFORE = 4  # the most paragraphs before a formulation's own, of its article, that may list its parts
_PARAGRAPHS_AFTER, _TOLD_AFTER = 3, 1200  # the paragraphs (and characters) after a formulation's own that may tell its parts
_NUMBERED_LINE = re.compile(rf"[ \u3000]*(?:[（(][{NUMERALS}\d]{{1,3}}[）)]|[{NUMERALS}]{{1,3}}[、是]|\d{{1,2}}[.．、])")
_LIST_GAP = re.compile(r"[、，,和与及]?|以及")


@lru_cache(maxsize=None)
def _spellings(parts: tuple[tuple[str, ...], ...]) -> tuple[dict[str, int], tuple[str, ...]]:
    """Each spelling of the parts → the part's index, and the spellings, the longest first."""
    spelling = {s: i for i, spellings in enumerate(parts) for s in spellings}
    return spelling, tuple(sorted(spelling, key=len, reverse=True))


def _spelled(text: str, start: int, end: int, spellings: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans of `spellings` in text[start:end] from the left, the longest at each place, one after another: what
    ``re.finditer`` of them all (the longest first) finds, without a pattern compiled for each formulation (0.5 ms)."""
    found = []
    for spelling in spellings:
        at = text.find(spelling, start, end)
        while at >= 0:
            found.append((at, -len(spelling)))
            at = text.find(spelling, at + 1, end)
    spans, pos = [], start
    for at, size in sorted(found):
        if at >= pos:
            pos = at - size
            spans.append((at, pos))
    return spans


def _printed_run(text: str, start: int, end: int, parts: tuple[tuple[str, ...], ...],
                 name_span: tuple[int, int]) -> tuple[tuple[str, ...], int, int] | None:
    """The first run of `parts`' spellings in text[start:end], one after another with at most a list mark or
    a conjunction between them, that holds every part once and lies outside the formulation's own name (but for
    the last part, which may open it)."""
    spelling, spellings = _spellings(parts)
    run: list[tuple[int, int]] = []
    for a, b in _spelled(text, start, end, spellings):
        if run and not _LIST_GAP.fullmatch(text, run[-1][1], a):
            run = []
        run.append((a, b))
        indices = [spelling[text[x:y]] for x, y in run]
        if len(run) == len(parts) and len(set(indices)) == len(parts):
            if run[-1][1] <= name_span[0] or run[0][0] >= name_span[1] \
                    or run[-1][0] == name_span[0] and run[-2][1] <= name_span[0]:  # (…、平等互利、和平共处五项原则)
                return tuple(unquoted(text[x:y]) for x, y in run), run[0][0], run[-1][1]
            run = []
        elif len(run) >= len(parts):
            run = run[1:]
    return None


def _printed_in_runs(text: str, start: int, end: int, parts: tuple[tuple[str, ...], ...],
                     name_span: tuple[int, int]) -> tuple[tuple[str, ...], int, int] | None:
    """Every part of `parts` once, in runs of two or more (list marks between their parts), all the runs in one
    sentence: 富强、民主、文明、和谐是…，自由、平等、公正、法治是…，爱国、敬业、诚信、友善是…这24个字是社会主义核心价值观…"""
    spelling, spellings = _spellings(parts)
    runs: list[list[tuple[int, int]]] = [[]]
    for a, b in _spelled(text, start, end, spellings):
        if b > name_span[0] and a < name_span[1]:
            continue
        if runs[-1] and not _LIST_GAP.fullmatch(text, runs[-1][-1][1], a):
            if len(runs[-1]) >= 2:
                runs.append([])
            else:
                runs[-1] = []  # one part alone is no run
        runs[-1].append((a, b))
    group: list[tuple[int, int]] = []
    for run in (run for run in runs if len(run) >= 2):
        if group and any(mark in text[group[-1][1]:run[0][0]] for mark in _SENTENCE_ENDS):
            group = []
        group += run
        if len(group) == len(parts) and {spelling[text[a:b]] for a, b in group} == set(range(len(parts))):
            return tuple(unquoted(text[a:b]) for a, b in group), group[0][0], group[-1][1]
    return None


_SENTENCE_ENDS = ("。", "！", "？", "\n")


def _printed_apart(text: str, start: int, end: int, parts: tuple[tuple[str, ...], ...],
                   name_span: tuple[int, int], one_untold: bool = False) -> tuple[tuple[str, ...], int, int] | None:
    """Every part of `parts` spelled somewhere in text[start:end] outside the formulation's own name, each where it
    is first printed, in the order printed: the paragraph that names 三去一降一补 goes through 去产能, 去库存, 去杠杆,
    降成本 and 补短板 one sentence each (asked only of three parts or more, none of them a common two-character word
    such as 农业 of 三农, or of two of four characters or more: 两新's 消费品以旧换新 and 设备更新); `one_untold`: of four
    parts or more, one may go unspelled (the paragraph under the heading “三去一降一补” tells 去杠杆 as 资产负债率有所下降); a part
    printed in two spellings is taken in the first one known (从全面建成小康社会到|全面建设社会主义现代化国家: today's)."""
    spelling, spellings = _spellings(parts)
    first: dict[int, tuple[int, int]] = {}
    for a, b in _spelled(text, start, end, spellings):
        if b <= name_span[0] or a >= name_span[1]:
            index = spelling[text[a:b]]
            if index not in first or parts[index].index(text[a:b]) < parts[index].index(text[slice(*first[index])]):
                first[index] = (a, b)
    if len(first) < len(parts) - (one_untold and len(parts) >= 4):
        return None
    spans = sorted(first.values())
    return tuple(unquoted(text[a:b]) for a, b in spans), spans[0][0], spans[-1][1]



_ACTION_HEADS = re.compile(r"(?:行动|工程|计划|攻坚战|专项行动|产业集群)$")
_SENTENCE_LEAD = re.compile(r"^(?:深入实施|组织实施|实施|开展|推进|启动|推动|打造)")  # one verb: 提升 of 提升轨道交通… stays


def _sentence_parts(text: str, cand: Candidate, count: int, limit: int) -> list[str] | None:
    """Parts given one per short sentence, or the first clause of a sentence, after a sentence that ends with the
    formulation: 实施城建“六大攻坚行动”。实施重大基础设施建设攻坚行动。加快…。实施提升轨道交通分担率攻坚行动，…
    (each part ends in the formulation's head noun, 行动; what is between them explains it)."""
    head = _ACTION_HEADS.search(cand.name)
    after = cand.end + 1 if text[cand.end:cand.end + 1] in "”’」" else cand.end
    if head is None or text[after:after + 1] != "。":
        return None
    parts = []
    for sentence in text[after + 1:limit].split("。"):
        sentence, *rest = sentence.strip().split("，", 1)  # 实施城市片区更新提升行动，整体提升…: the clause that names it
        if sentence.endswith(head.group()) and len(sentence) <= 30 and (not rest or _SENTENCE_LEAD.match(sentence)):
            part = unquoted(_SENTENCE_LEAD.sub("", sentence) or sentence)
            if part != head.group() and part not in parts:
                parts.append(part)  # (实施“三创”盘活存量资源提升行动: the name without its quotes)
        if len(parts) == count:
            return parts if _sane([part.replace("、", "") for part in parts], count, longest=24) else None
    return None


def _clause_fillers(text: str, cand: Candidate, count: int, limit: int) -> list[str] | None:
    """Parts that open the clauses of the formulation's sentence, one a clause, each the counted character and
    the word after it: 抓好外贸“五新”，加快引育新主体，…；着力拓展新市场，…；积极发展新模式，… (as many clauses as
    the numeral says)."""
    if len(cand.name) != 2 or cand.name[0] not in _NUMERAL_VALUES or not is_han(cand.name[1]):
        return None
    stop = text.find("。", cand.end, limit)
    clauses = text[cand.end:stop if stop >= 0 else limit].split("；")
    if len(clauses) != count:
        return None
    clauses[0] = clauses[0].lstrip("”’」").partition("，")[2]  # the first part after the formulation's own words
    parts = []
    for clause in clauses:
        opening = clause.partition("，")[0]
        at = opening.find(cand.name[1])
        while at >= 0 and is_common_word(opening[at - 1:at + 1], 100):
            at = opening.find(cand.name[1], at + 1)  # not 新 of 创新
        following = words.read(opening[at + 1:])[:1] if at >= 0 else []
        if not following or len(following[0]) < 2 or not _tag(following[0]).startswith("n"):
            return None
        part = cand.name[1] + following[0]
        if part in parts:
            return None
        parts.append(part)
    return parts


def _frame_parts(text: str, cand: Candidate, count: int, limit: int) -> list[str] | None:
    """Parts that fill the formulation's frame with one character, later in its paragraph: “五向图强” … 向种图强 …
    向海图强 … (as many as the numeral says)."""
    frame = cand.name[1:]
    if cand.name[0] not in _NUMERAL_VALUES or not 3 <= len(frame) <= 4 or not all(map(is_han, frame)):
        return None
    parts = list(dict.fromkeys(_filled_frames(text, frame, cand.end, limit)))
    return parts if len(parts) == count else None


def _filled_frames(text: str, frame: str, start: int, limit: int) -> list[str]:
    """What `re.findall` of the frame with one Han character put after each of its characters but the last
    (向图强 → 向[HAN]图强|向图[HAN]强) finds in text[start:limit], without compiling that pattern each time."""
    found, size, limit = [], len(frame) + 1, min(limit, len(text))
    i = text.find(frame[0], start, limit)
    while i >= 0:
        for k in range(1, len(frame)):
            if i + size <= limit and text.startswith(frame[:k], i) and is_han(text[i + k]) \
                    and text.startswith(frame[k:], i + k + 1):
                found.append(text[i:i + size])
                i += size
                break
        else:
            i += 1
        i = text.find(frame[0], i, limit)
    return found


# A sentence that opens with a verb and what it takes, then a comma: 聚焦封关运作，…; 围绕打造科技创新策源地，…
_LED_SENTENCE = re.compile(rf"(?<=[。；])([{HAN}]{{2}}(?:打造|建设|推进|建好)?)([{HAN}]{{2,14}}?)，")


def _lead_parts(text: str, cand: Candidate, count: int, start: int, limit: int) -> list[str] | None:
    """Parts that open as many sentences after the formulation with the same verb, none before it in the paragraph
    that begins at `start`: 确保七大攻坚战见行见效。…聚焦封关运作，…聚焦投资扩容，… (what the verb takes, each once;
    three parts or more)."""
    if count < 3:
        return None  # two sentences opening alike are common
    before = {match.group(1) for match in _LED_SENTENCE.finditer(text, start, cand.start)}  # a series it is inside
    counted = {cand.name[i + 1] for i, ch in enumerate(cand.name[:-1]) if ch in _NUMERAL_VALUES}
    by_verb: dict[str, list[str]] = {}
    for match in _LED_SENTENCE.finditer(text, cand.end, limit):
        tag = word_tag(match.group(1)[:2])
        if (tag == "v" or match.group(2)[0] in counted) and match.group(1) not in before:
            by_verb.setdefault(match.group(1), []).append(match.group(2))  # (全力|稳就业: the counted 稳 opens it)
    parts = next((p for p in by_verb.values() if len(p) == count == len(set(p))), None)
    if parts and any(len(p) > 6 for p in parts) and not all(p[-1] in counted for p in parts):
        return None  # long parts end with what is counted: 科技创新策源地 … for “三地一区”
    return parts if parts and _sane(parts, count) else None


_ZONE_OPENING = re.compile(rf"[{HAN}]{{2,10}}?(经济圈|都市圈|经济区|经济带|片区|新区|板块|城市群|组团|示范区|功能区|试验区)")
_AREAS = ("片区", "区域", "板块")  # what a count of zones of different kinds names (五大片区)


def _zones_opening_sentences(text: str, cand: Candidate, count: int, limit: int) -> list[str] | None:
    """Zones of one kind that open the `count` sentences right after the formulation's, one each, and not the next,
    perhaps after their verbs: “三极”带动效应进一步提升。海口经济圈…。三亚经济圈…。儋洋经济圈…; zones of any kind for a
    count of areas (支持五大片区差异发展。推动成都平原经济区…。出台支持川东北经济区…。高水平建设攀西…试验区…)."""
    at = text.find("。", cand.end, limit)
    zones = []
    while at >= 0 and len(zones) <= count:
        areas = cand.name.endswith(_AREAS)  # (their verbs read only for a count of areas: reading costs)
        zone = _ZONE_OPENING.match(text, at + 1 + (_verbs_opening(text[at + 1:at + 9]) if areas else 0))
        if zone is None:
            break
        zones.append(zone)
        at = text.find("。", zone.end(), limit)
    parts = [zone.group() for zone in zones]
    return parts if len(parts) == count == len(set(parts)) and (
        len({zone.group(1) for zone in zones}) == 1 or cand.name.endswith(_AREAS)) else None


def _verbs_opening(opening: str) -> int:
    """The length of the verbs and adverbs that open a sentence (推动|, 出台支持|, 高水平建设|), 0 if none."""
    size = 0
    for piece in words.read(opening)[:3]:
        if word_tag(piece)[:1] not in ("v", "d") and piece not in ("高水平", "出台"):
            break
        size += len(piece)
    return size


def _clauses_ending_in_its_word(text: str, cand: Candidate, count: int, limit: int) -> list[str] | None:
    """The clauses after a count of a word, in its paragraph, that end with the word, as many as counted: 做到“五个进一步
    到位”。…文章指出，对党的自我革命认识要进一步到位。…权力规范运行要进一步到位。… (a clause of three or more
    characters before the word)."""
    named = re.fullmatch(rf"[{COUNT_NUMERALS}]个([{HAN}]{{3,8}})", cand.name)
    if named is None:
        return None
    word = named.group(1)
    parts = [clause for clause in re.split("[，；。：\n]", text[cand.end:limit])
             if clause.endswith(word) and len(clause) >= len(word) + 3 and "“" not in clause and "”" not in clause]
    return parts if len(parts) == count and len(set(parts)) == count else None


_CHARACTERS_COUNTED = re.compile(rf"[{COUNT_NUMERALS}]{{1,3}}字")
_QUOTED_PHRASES = re.compile(r"“([^“”]{4,80})”")
_POINTING_GAP = re.compile(r"这一?[^，。；：“”\n]{0,14}")  # (“…”|这一充满唯物辩证法的|“十五字诀”: pointing back to them)


def phrases_of_its_characters(text: str, cand: Candidate, count: int) -> list[str] | None:
    """The phrases of a guideline counted by its characters (“二十字方针”, 十六字方针), quoted right before or after it, or
    opening its sentence with 这是… pointing back to them, and as many characters in all: “依法治湖、截污处理、清淤筑岸、
    搞活水体、美化环境”的“二十字方针”."""
    if not _CHARACTERS_COUNTED.match(cand.name):
        return None
    near = [m for m in _QUOTED_PHRASES.finditer(text, max(0, cand.start - 90), cand.start)
            if cand.start - m.end() <= 3 or _POINTING_GAP.fullmatch(text, m.end(), cand.start - 1)]
    near += [m for m in _QUOTED_PHRASES.finditer(text, cand.end, cand.end + 90) if m.start() - cand.end <= 3][:1]
    pointed = _LISTED_THEN_POINTED.search(text, max(0, cand.start - 120), cand.start)
    for phrases in [m.group(1) for m in near] + ([pointed.group(1)] if pointed else []):
        parts = re.split("[、，]", phrases)
        if len(parts) >= 2 and sum(map(len, parts)) == count and all(map(is_han, "".join(parts))):
            return parts
    return None


_LISTED_THEN_POINTED = re.compile(rf"(?<![^。！？：\n])((?:[{HAN}]{{2,8}}、)+[{HAN}]{{2,8}})，这就?是[^，。；：“”\n]{{0,24}}$")
# (对党忠诚、服务人民、执法公正、纪律严明，这是…提出的|十六字总要求: a sentence opening with the phrases)


def _openings_of_its_character(text: str, cand: Candidate, count: int) -> list[str] | None:
    """The parts of a count of one character that the rest of its sentence, after a colon, names one by one, each
    opening with the character: 实现了“三个零”：564名患者零转重、零复阳，医护人员零感染."""
    code = _ONE_CHARACTER_CODE.fullmatch(cand.name)
    colon = text.find("：", cand.end, cand.end + 3)
    if code is None or colon < 0:
        return None
    end = min((at for at in (text.find("。", colon), text.find("\n", colon)) if at >= 0), default=len(text))
    head = code.group(1)
    parts = []
    for item in re.split("[、，；]", text[colon + 1:end]):
        at = item.find(head)
        part = item[at:] if at >= 0 else ""
        if not 2 <= len(part) <= 4 or not all(map(is_han, part)) or part in parts:
            return None
        parts.append(part)
    return parts if len(parts) == count else None


def _clauses_naming_its_head(text: str, cand: Candidate, count: int, limit: int) -> list[str] | None:
    """The parts of a count of a kind (三大先导产业) that the next clauses of its sentence name one each, before the
    kind's last word, after their verbs: …三大先导产业新一轮“上海方案”，优化|集成电路|产业空间布局，全链条加速|生物医药|产业…，
    加快推进|人工智能|产业…."""
    if not re.fullmatch(rf"[{COUNT_NUMERALS}]大[{HAN}]{{2,6}}", cand.name):
        return None
    head = cand.name[-2:]
    end = text.find("。", cand.end, limit)
    clauses = re.split("[，；]", text[cand.end:end if end >= 0 else limit])[1:count + 1]
    parts = []
    for clause in clauses:
        if clause.count(head) != 1:
            return None
        pieces = words.read(clause[:clause.index(head)])
        last_verb = max((i for i, piece in enumerate(pieces) if word_tag(piece)[:1] == "v"), default=-1)
        part = "".join(pieces[last_verb + 1:])
        if not 2 <= len(part) <= 8 or not all(map(is_han, part)) or part in parts:
            return None
        parts.append(part)
    return parts if len(parts) == count else None


def _clauses_with_its_word(text: str, cand: Candidate, count: int, start: int) -> list[str] | None:
    """The clauses before a count of a word (七个更加, 两个稳居) that hold the word, as many in a row as counted: 要锚定
    高质量发展成效更加彰显，“三个高地”建设成果更加丰硕，…治理效能更加显著的总体目标…。对照“七个更加”的总体目标 (the last up
    to 的); items of a list count as clauses when each holds the word (实现人均地区生产总值稳居全国上游、居民收入稳居全国上游)."""
    named = re.fullmatch(rf"[{COUNT_NUMERALS}]个([{HAN}]{{2,8}})", cand.name)
    if named is None:
        return None
    word = named.group(1)
    chunks = []
    for clause in re.split("[，；。\n]", unquoted(text[start:cand.start])):
        held = ""  # items without the word, joined to the next that holds it (在推进A建设、B上继续走在前列)
        for item in clause.split("、"):
            held = f"{held}、{item}" if held else item
            if word in item:
                chunks.append(held)
                held = ""
        if held:
            chunks.append(held)  # (围绕全面建成…强国、实现…目标: the last item lacks it)
    run: list[str] = []
    for chunk in chunks:
        run = run + [chunk] if word in chunk else ([] if len(run) != count else run)
    opening = [_LIST_JOINER.sub("", chunk).startswith(word) for chunk in run]
    if len(run) > count and all(opening[-count + 1:]) and not any(opening[:-count + 1]):
        run = run[-count:]  # 对…落实A进行监督，紧紧围绕|落实B、落实C、落实D，以及落实E等“四个落实”: the last ones open with it
    if len(run) != count:
        return None
    if all(_LIST_JOINER.sub("", part).startswith(word) for part in run[1:]):
        run = [_LIST_JOINER.sub("", part) for part in run]  # 我们|致力于A，致力于B…这五个“致力于”: clauses opening with it
        run[0] = run[0][run[0].index(word):]  # (提出要|更加注重理论武装、更加注重分类指导…)
        run[-1] = run[-1].removesuffix("这").removesuffix("等")
        return run if all(len(word) + 2 <= len(part) <= 40 for part in run) else None
    if word_tag(word)[:1] == "n" and word_tag(word) != "ns":  # 建设物质文明…，…精神文明建设…两个文明: the kinds of the
        kinds = [chunk[max(0, at - 2):at + len(word)] for chunk in run for at in (chunk.index(word),)]  # thing, not the
        return kinds if len(set(kinds)) == count and all(  # clauses (not 引起|中国: a verb before a place)
            len(k) == len(word) + 2 and all(map(is_han, k)) and is_common_word(k[:2], 20) and word_tag(k[:2])[:1] != "v"
            for k in kinds) else None
    if word in chunks[-1] and run[-1].endswith("这"):
        run[-1] = run[-1][:-1]  # …、有利于提高人民的生活水平这“三个有利于”: the last runs up to the count
    elif "的" in run[-1][run[-1].index(word):]:
        run[-1] = run[-1][:run[-1].find("的", run[-1].index(word))]
    run[0] = _GOAL_LEAD.sub("", run[0])  # 要锚定|高质量发展成效更加彰显
    return run if all(4 <= len(part) <= 40 for part in run) else None


_GOAL_LEAD = re.compile(r"^.{0,12}?(?:(?:要|将|力争|努力)?(?:锚定|实现|做到|确保|围绕|朝着)|(?:要|将|力争|努力)(?=在))")
_LIST_JOINER = re.compile("^(?:以及|并且|并|和|及|与)")  # what may open the last item of a list (，以及落实…)


def _pair_of_its_character(text: str, cand: Candidate, start: int, limit: int) -> list[str] | None:
    """The two things a 双 or 两 of one character counts, listed near it in its paragraph, each ending in that character
    (让创新链和产业链“无缝对接”。如今，聚焦“双链”间的堵点) or opening with it as a clause of its own (双拥…，拥军优属、
    拥政爱民，是…): one such pair within 60 characters, or none."""
    if len(cand.name) != 2 or cand.name[0] not in "双两" or not is_han(cand.name[1]):
        return None
    head = re.escape(cand.name[1])
    near = text[max(start, cand.start - 60):min(limit, cand.end + 60)]
    # (\w, Han characters checked below: a pattern made for one character compiles fast without a class of them)
    pairs = {m.groups() for m in re.finditer(rf"(\w{{1,2}}{head})和(\w{{1,2}}{head})", near)} | \
        {m.groups() for m in re.finditer(rf"(?<!\w)({head}\w{{1,3}})[、和]({head}\w{{1,3}})(?!\w)", near)}
    pairs = {(a, b) for a, b in pairs if a != b and all(map(is_han, a + b)) and not words.has_name_word(a + b)}
    # (拥军优属、拥政爱民 for 双拥)
    return list(next(iter(pairs))) if len(pairs) == 1 else None


_ONE_CHARACTER_CODE = re.compile(rf"[{COUNT_NUMERALS}两双]个?([{HAN}])")  # 三新, 三个零: a count of one character


_GROUP_OF_NAMES = re.compile(rf"([{DIGITS}两双])([^{COUNT_NUMERALS}双\d]{{1,2}})")
_NAMES_REACH = 400  # how far after a code of groups the names that fill it may run


def find_named_groups(text: str, slogans: list[Candidate], names: list[Candidate]) -> list[Definition]:
    """The parts of a code of groups named by their head characters (一圈一带两区, 三城一区) where the places and
    bodies named after it fill every group in turn: 沈阳都市圈 (圈), 沿海经济带 (带), 辽西先导区 and 辽东绿色经济区 (区),
    the first names ending in each group's character within 400 characters, none a division of the gazetteer."""
    found, done = [], set()
    ordered = sorted((c for c in names if c.label in ("PLACE", "ORG")), key=lambda c: c.start)
    starts = [c.start for c in ordered]
    for cand in slogans:
        if cand.name in done or not _GROUPS.fullmatch(cand.name):
            continue
        groups = [(_NUMERAL_VALUES.get(n) or int(n), head[-1]) for n, head in _GROUP_OF_NAMES.findall(cand.name)]
        if len({head for _, head in groups}) != len(groups) or sum(n for n, _ in groups) > 8:
            continue
        after = ordered[bisect_right(starts, cand.end):bisect_right(starts, cand.end + _NAMES_REACH)]
        surfaces = []
        for c in after:
            surface = text[c.start:c.end]
            if surface not in surfaces and len(surface) >= 3 and not is_known_place(surface):
                surfaces.append(surface)
        heads = {head for _, head in groups}
        parts = _filled(groups, surfaces) or \
            (_filled(groups, _clause_objects(text, cand.end, heads)) if heads <= _ZONE_CHARACTERS else None) or \
            _list_filling_groups(text, cand.end, groups)
        if parts:
            last = max(text.find(part, cand.end) + len(part) for part in parts)
            found.append(Definition(cand.name, tuple(parts), cand.start, last,
                                    f"{len(parts)} parts for {cand.name} (names after it)"))
            done.add(cand.name)
    return found


_ZONE_CHARACTERS = frozenset("城区带圈港园廊岛湾谷")  # heads of groups of places, not of people (一老一小)
_LIST_RUN = re.compile(rf"[{HAN}]{{2,30}}(?:、[{HAN}]{{2,30}})+")


def _list_filling_groups(text: str, start: int, groups: list[tuple[int, str]]) -> list[str] | None:
    """The items of a list after a code of groups that fill its groups exactly, each group's count of them ending in
    its character, in any order, three or more: “三区一中心” … 建设|全面深化改革开放试验区、国家生态文明试验区、国际旅游消费中心、
    国家重大战略服务保障区|的战略定位 (the clause's verbs before the first item, what follows 的 after the last)."""
    total = sum(count for count, _ in groups)
    if total < 3:
        return None  # (成为和平友谊纽带、共同繁荣之路: two alike, not the two of 一带一路)
    for run in _LIST_RUN.finditer(text, start, min(len(text), start + _NAMES_REACH)):
        items = run.group().split("、")
        if len(items) != total:
            continue
        last = items[-1]
        items[-1] = last[:last.index("的", 4)] if "的" in last[4:] else last
        longest = max(map(len, items[1:]))
        for piece in words.read(items[0]):
            if not _LEAD_VERBS.fullmatch(piece) or len(items[0]) - len(piece) < longest:
                break
            items[0] = items[0][len(piece):]  # (紧紧围绕|建设|全面深化改革开放试验区: no shorter than the others)
        filled = _filled(groups, items) if all(4 <= len(item) <= 16 for item in items) else None
        if filled is not None and sorted(filled) == sorted(items):
            return items
    return None


def _filled(groups: list[tuple[int, str]], names: list[str]) -> list[str] | None:
    """Each group's count of the names ending in its character, in order, or None if one falls short."""
    parts = []
    for count, head in groups:
        filling = [name for name in names if name.endswith(head)][:count]
        if len(filling) < count:
            return None
        parts += filling
    return parts


def _clause_objects(text: str, start: int, heads: set[str]) -> list[str]:
    """What the clauses after the formulation's own, to the paragraph's end, act on first, or open with as the subject
    of a verb, up to a group's character (深化“三城一区”联动发展，支持|中关村科学城|建设…，推动|怀柔科学城|…，
    加速|未来科学城|南口…，支持|创新型产业集群示范区|…; …，创新型产业集群示范区|承接…)."""
    end = text.find("\n", start)
    end = min(start + _NAMES_REACH, len(text) if end < 0 else end)
    objects = []
    for clause in re.split("[，；。]", text[start:end])[1:]:
        pieces = words.read(clause[:14])
        if len(pieces) < 2:
            continue
        subject = word_tag(pieces[0])[:1] != "v"
        rest = clause if subject else clause[len(pieces[0]):]
        at = next((i for i, ch in enumerate(rest) if i >= 2 and ch in heads), None)
        if at is not None and at <= 11 and all(is_han(ch) for ch in rest[:at + 1]) \
                and (not subject or word_tag((words.read(rest[at + 1:at + 5]) or [""])[0])[:1] == "v"):
            objects.append(rest[:at + 1])
    return objects


_CHARACTER_LIST_REACH = 2000  # how far from a count of one character its list may be printed
_DONE_TOGETHER = ("融合", "协同", "联动", "贯通", "并进", "并举", "同步")  # what a count of one character may be done as


def _list_of_its_character(text: str, cand: Candidate, count: int) -> tuple[tuple[str, ...], int, int] | None:
    """The parts of a count of one character (三新, 三量) printed as a list near it (2,000 characters), each item as long as
    the others and ending in that character (深入推进科技创新、产业焕新、城市更新; 深化盘活存量、做优增量、提升质量): the
    one such list of as many items and the span of its sentence, or none."""
    code = _ONE_CHARACTER_CODE.match(cand.name)
    if code is None or code.end() < len(cand.name) and cand.name[code.end():] not in _DONE_TOGETHER or not 3 <= count <= 6:
        return None  # (三新, 三量; 四链融合: the chains, fused)
    head = code.group(1)
    item = re.compile(rf"[、和](\w{{1,5}}?{re.escape(head)})")  # (\w: Han characters checked after, a fast compile)
    lists = {}
    at = text.find(head + "、", max(0, cand.start - _CHARACTER_LIST_REACH), cand.end + _CHARACTER_LIST_REACH)
    while at >= 0:
        items = _items_ending_in(text, at + 1, item, count, _DONE_TOGETHER if code.end() < len(cand.name) else ())
        if items and cand.name not in items:
            lists.setdefault(tuple(items), at + 1 - len(items[0]))
        at = text.find(head + "、", at + 2 + 2 * count, cand.end + _CHARACTER_LIST_REACH)
    if len(lists) != 1:
        return None
    (items, start), = lists.items()
    end = start + sum(map(len, items)) + count - 1
    return (items, *_sentence_around(text, start, end))


_OPENING_ITEMS = re.compile(r"(?:[、和与及]\w{2,4}?(?=[、和与及，。；]|精神|的))+")  # (\w: Han characters checked after)


def _list_opening_with_its_character(text: str, cand: Candidate, count: int) -> tuple[tuple[str, ...], int, int] | None:
    """The parts of a bare count of one character (四好) printed as a list near it, each item opening with that character
    and as long as the others, two to four characters (继续秉持好邻居、好朋友、好同志、好伙伴精神 … “四好”精神): the one
    such list of as many items and the span of its sentence, or none."""
    code = _ONE_CHARACTER_CODE.fullmatch(cand.name)
    if code is None or not 3 <= count <= 6 or cand.name in formulation_parts():
        return None  # (not 三农, whose known parts are found as printed)
    head = code.group(1)
    lists = {}
    at = text.find("、" + head, max(0, cand.start - _CHARACTER_LIST_REACH), cand.end + _CHARACTER_LIST_REACH)
    while at >= 0:
        first = next((k for k in (4, 3, 2) if text.startswith(head, at - k) and all(map(is_han, text[at - k:at]))),
                     None)
        run = _OPENING_ITEMS.match(text, at) if first else None
        run = run if run and text[run.end():run.end() + 1] not in "、和与及" else None  # (the whole list: not 资金、资产、资源|、资本)
        items = [text[at - first:at]] + re.split("[、和与及]", run.group())[1:] if run else []
        if len(items) == count and all(item.startswith(head) and all(map(is_han, item)) and len(item) == first
                                       for item in items):
            lists.setdefault(tuple(items), at - first)
        at = text.find("、" + head, (run.end() if run else at + 1), cand.end + _CHARACTER_LIST_REACH)
    if len(lists) != 1:
        return None
    (items, start), = lists.items()
    return (items, *_sentence_around(text, start, start + sum(map(len, items)) + count - 1))


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence (or line) that holds `text[start:end]`."""
    sentence_end = min((at for at in (text.find("。", end), text.find("\n", end)) if at >= 0), default=len(text) - 1)
    return max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1, sentence_end + 1


def _items_ending_in(text: str, first_end: int, second: re.Pattern, count: int,
                     done: tuple[str, ...] = ()) -> list[str] | None:
    """The `count` items of the list whose first item ends at `first_end`, the others matched by `second` (a list mark
    and an item ending in the counted character), each as long as the second (the first read back that far from its
    end), the last followed by no Han character (or by 地区, which all share: 西北、华北和东北地区; or by what `done` says
    they are done as: 创新链、…、人才链|深度融合)."""
    items, at = [], first_end
    while len(items) < count - 1 and (item := second.match(text, at)) and all(map(is_han, item.group(1))):
        items.append(item.group(1))
        at = item.end()
    size = len(items[0]) if items else 0
    if len(items) != count - 1 or size < 2 or any(len(item) != size for item in items) or second.match(text, at) \
            or at < len(text) and is_han(text[at]) and not text.startswith("地区", at) \
            and not (done and (text.startswith(done, at) or text.startswith(("深度", "深入"), at)
                               and text.startswith(done, at + 2))):
        return None
    first = text[first_end - size:first_end]
    return [first] + items if len(set([first] + items)) == count and all(is_han(ch) for ch in first) else None


def _abbreviated_places(text: str, cand: Candidate, count: int, start: int, limit: int) -> list[str] | None:
    """Places abbreviated by their first characters right before the formulation, each named in full once in its
    paragraph: 强化沈大“双核”引领。支持沈阳建设…支持大连建设… → 沈阳, 大连 (two to four places); not for a formulation
    whose known parts are no places (中新“一带一路”合作)."""
    open_at = cand.start - 1 if text[cand.start - 1:cand.start] == "“" else cand.start
    if not 2 <= count <= 4 or open_at - count < start or cand.name in formulation_parts():
        return None
    parts = []
    abbreviation = text[open_at - count:open_at]
    for i, ch in enumerate(abbreviation):
        names = set()
        at = text.find(ch, start, limit)
        while at >= 0:
            if not text.startswith(abbreviation, at - i):  # not the abbreviation itself (成渝 of 成渝双核)
                names.update(next(([text[at:at + k]] for k in (2, 3) if is_known_place(text[at:at + k])), []))
            at = text.find(ch, at + 1, limit)
        if len(names) != 1:
            return None
        parts.append(names.pop())
    return parts if len(set(parts)) == count else None


# A glossary (名词解释, 名词注释, 注释): numbered entries after its title, each a head, a colon and its body on the
# same line or the next: 2.未来产业六大领域：未来材料、…; ［11］四库：⏎水库、粮库、钱库、碳库。
_GLOSSARY_TITLE = re.compile(r"^[^\n]{0,24}(?:名词(?:解释|注释|解读|释义)|注释)[：:]?[ \u3000]*$", re.MULTILINE)
_ENTRY = re.compile(r"[ \u3000\t]*(?:\d{1,3}[ \u3000]*[.．、]|[［\[【〔]\d{1,3}[］\]】〕])[ \u3000]*(?:(?:19|20)\d{2}年)?"
                    r"([^\n：:。，]{2,30}?)[：:]")


def glossary_entries(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end) of each glossary entry's head and of its body, to the first line after the title that is no
    entry."""
    found = []
    title = _GLOSSARY_TITLE.search(text) if "注释" in text or "名词" in text else None
    at = title.end() + 1 if title else len(text)
    while at < len(text):
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        entry = _ENTRY.match(text, at, line_end)
        if entry is None:
            if text[at:line_end].strip() and found:
                break
            at = line_end + 1
            continue
        body_start, body_end = entry.end(), line_end
        if not text[body_start:line_end].strip() and line_end < len(text):  # the body on the next line
            body_start = line_end + 1
            body_end = text.find("\n", body_start)
            body_end = len(text) if body_end < 0 else body_end
        found.append((entry.start(1), entry.end(1), body_start, body_end))
        at = body_end + 1
    return found


def unquoted_heads(text: str) -> list[tuple[int, int]]:
    """Glossary heads printed without quotes that count their parts: 六大科技专项, 2025年10件民生实事 (the count
    without its year; not a count of kinds or things, 10种有色金属, 6个重大科技专项, nor years, 十年禁渔), or that their
    entry counts (…等5个国家先进制造业集群)."""
    heads = []
    for start, end, body_start, body_end in glossary_entries(text):
        head = _INNER_QUOTE.sub(r"\1", text[start:end])  # 三张“零关税”清单: a count of things a quoted word names
        if end - start <= 16 and not re.search(f"[“”‘’「」《》（()、]|[0-9十][个种]|^[{NUMERALS}]+年", head) \
                and ((part_count(head) or 0) >= 2 or (_restated_count(text, body_start, body_end, head) or 0) >= 2):
            heads.append((start, end))  # (国家先进制造业集群：…A、B…等5个国家先进制造业集群: counted in its entry)
    return heads


_INNER_QUOTE = re.compile(rf"(?<=[{HAN}])“([{HAN}]{{2,6}})”(?=[{HAN}])")


# A title line that counts what the numbered headings below it spell out: 2026年省十件民生实事, 十大重点工程.
_COUNTED_TITLE = re.compile(rf"^[ \u3000]*(?:(?:19|20)\d{{2}}年度?)?(?:全?(?:自治区|省|市|区|州|县))?"
                            rf"((?:\d{{1,2}}|[{COUNT_NUMERALS}]{{1,3}})[件项个大类][{HAN}]{{2,10}})[ \u3000]*$", re.M)
# An annex title that names what the numbered lines below it list, without counting them: 2026年自治区民生实事.
_ANNEX_TITLE = re.compile(rf"^[ \u3000]*((?:(?:19|20)\d{{2}}年度?)(?:全?(?:自治区|省|市|区|州|县))?(?:重点)?(?:民生|惠民|为民)实事)"
                          rf"[ \u3000]*$", re.M)
_HEADING = re.compile(rf"[ \u3000]*(?:([{NUMERALS}]{{1,3}})、|[（(]([{NUMERALS}]{{1,3}})[）)]|(\d{{1,2}})[.．、]|([{NUMERALS}]{{1,3}})是)")
_HEADINGS_LOOKED_AT = 400  # lines after a counted title


def _heading_number(numeral: str) -> int | None:
    """3 → 3, 三 → 3, 十二 → 12."""
    return int(numeral) if numeral.isdigit() else numeral_value(numeral + "个")


@lru_cache(maxsize=2)
def counted_headings(text: str) -> list[tuple[int, int, list[str], int]]:
    """(start, end) of each count whose parts are the headings numbered 1 to the count right below it (each to its
    first comma or full stop), the parts, and where the last heading ends: a title line (an
    annex: 2026年省十件民生实事), or the last count of the paragraph right before the headings (重点做好八方面工作。⏎
    （一）聚焦…; 继续认真办好十方面民生实事，坚决做到…。⏎1.医疗卫生方面。…)."""
    found = []
    for title in _COUNTED_TITLE.finditer(text) if "\n" in text else ():
        count = part_count(title.group(1))
        headed = _headings_below(text, title.end() + 1, count) if count and count >= 2 else None
        if headed:
            found.append((title.start(1), title.end(1), *headed))
    for title in _ANNEX_TITLE.finditer(text) if "实事" in text else ():
        headed = _headings_below(text, title.end() + 1, None)  # 2026年自治区民生实事⏎1.…⏎2.…: as many as numbered
        if headed:
            found.append((title.start(1), title.end(1), *headed))
    for first in _FIRST_HEADING.finditer(text):
        line_start = text.rfind("\n", 0, first.start()) + 1
        if any(start <= first.start() + 1 <= end for start, *_, end in found):
            continue
        counted = list(_COUNT_IN_LINE.finditer(text, line_start, first.start()))
        count = part_count(counted[-1].group(1)) if counted and not _WORK_AREAS.search(counted[-1].group(1)) else None
        headed = _headings_below(text, first.start() + 1, count) if count and count >= 3 else None
        if headed:
            found.append((counted[-1].start(1), counted[-1].end(1), *headed))
    return found


def _headings_below(text: str, at: int, count: int | None) -> tuple[list[str], int] | None:
    """The headings numbered 1 to `count` (None: three or more) in the lines from `at` on, and where the last ends
    (None when there are other numbers or another title)."""
    parts: list[str] = []
    style, last_end = None, at
    for _ in range(_HEADINGS_LOOKED_AT):
        if at >= len(text):
            break
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        heading = _HEADING.match(text, at, line_end)
        number = heading and next(i for i, group in enumerate(heading.groups()) if group)
        if heading and (style is None or number == style) and \
                _heading_number(heading.group(number + 1)) == len(parts) + 1:
            style = number
            part = re.split("[。；]", text[heading.end():line_end], maxsplit=1)[0].strip()
            parts.append(part.split("，")[0])
            last_end = line_end
        elif heading and number == style or _COUNTED_TITLE.match(text, at, line_end) \
                or count is None and parts and not heading:
            break  # the next number of the list out of turn, or another title (or, uncounted, a line unnumbered)
        at = line_end + 1
    wanted = len(parts) == count if count else len(parts) >= 3
    return (parts, last_end) if wanted and all(2 <= len(part) <= 60 for part in parts) else None


_WORK_AREAS = re.compile(r"(?:方面(?:的|重点)?(?:工作)?|[项个件](?:重点)?工作)$")  # 十个方面工作, 9项工作: the report's
# areas of work, no formulation
_FIRST_HEADING = re.compile(r"\n[ \u3000]*(?:一[、是]|[（(]一[）)]|1[.．、])")  # (from its line break: a fast scan)
# A count in the paragraph before numbered headings that a verb of doing governs, ending a clause: 做好八方面工作。,
# 办好十方面民生实事，
_COUNT_IN_LINE = re.compile(rf"(?:做好|办好|抓好|推进|实施|落实|推动|开展)(?:好|以下)?((?:\d{{1,2}}|[{COUNT_NUMERALS}]{{1,3}})"
                            rf"(?:[件项个大类条]|个?方面)[{HAN}]{{2,8}}?)(?=[，。：；:])")  # (the object of a verb: not
# …，十方面民生实事圆满完成。 before the sections of a review)


# A part of a "+" code spelt out: “1”即《…》；“7”即《…》《…》, “1”个省级…中心, “3”是广州、深圳、珠海3个…
_SUBCODE_OPENING = re.compile(r"^(?:即为|即|是指|指的是|指|是|为)?[：:]?")
_SUBCODE_UNIT = re.compile(rf"^(?:\d{{1,3}}|[{COUNT_NUMERALS}]|若干)?个([^，。；、]{{2,30}})")
_NAMED_TAIL = re.compile(rf"“([^“”]{{2,10}})”[{HAN}]{{0,4}}$|(?<=[{HAN}])([{COUNT_NUMERALS}]{{1,2}}[大篇个项类条种][{HAN}]{{2,6}})$")
_COUNTED_THEN_LISTED = re.compile(rf"[^，。；“”]{{0,24}}?(\d{{1,2}})[个项类条种家][{HAN}]{{1,10}}[，,]?(?:即|包括|分别是|分别为)[：:]?")
_SUBCODE_COUNTED = re.compile(rf"(?:等|(?:\d{{1,3}}|[{COUNT_NUMERALS}]{{1,2}})[个项类条种家大])[^、]{{0,16}}$")  # 等配套政策文件


_QUOTED_COUNT = re.compile(rf"“((\d|[{COUNT_NUMERALS}]{{1,2}})[个项大条张种类][{HAN}]{{1,6}})”")


def _counted_in_turn(definition: str, code: str) -> list[str] | None:
    """The formulations a digit code's definition names in the order of its digits, each quoted and counted as its
    digit says: “2653”行动：聚焦…“两个目标”，推进…“六项行动”，强化…“五大体系”，落实…“三条措施” (all the digits or none)."""
    if not code.isdigit():
        return None
    named = [(match.group(1), match.group(2)) for match in _QUOTED_COUNT.finditer(definition)]
    values = [_heading_number(numeral) for _, numeral in named]
    return [name for name, _ in named] if values == [int(digit) for digit in code] else None


# A number in a code's definition, with what it counts or measures: 1个…, 第2小时, 占30%, 就读3年; N个.
_NUMBER_MEASURED = re.compile(r"(?<![\d.])(\d{1,3}|[NMX])(?![\d.])(%|个|小时|年|天|家|项|类|条|所|次|倍|万)")
_AFTER_MEASURE = re.compile(rf"的[{HAN}]{{2,8}}$")  # …占20%|的利益分配模式: what the shares make up, not a part


def _numbers_in_turn(definition: str, code: str) -> list[str] | None:
    """The items of a code's definition that carry its numbers in turn, all of them and nothing else: “123”快速响应机制：
    …，第1小时…，第2小时…，第3小时…; “622”模式：农户占60%、村集体公司占20%、龙头企业占20%的…; “1+1+N”：1个A、1个B、N个C
    (a share in per cent counts its tens). Clauses are the items, or the pieces between 、 of a clause with several."""
    groups = code.split("+") if "+" in code else list(code) if code.isdigit() else []
    if len(groups) < 2 or not all(re.fullmatch(r"\d{1,2}|[NMX]", group) for group in groups):
        return None
    first_sentence = re.split("[。；\n]", definition.lstrip(" \u3000："), maxsplit=1)[0]
    items = []
    for clause in re.split("[，,：]", first_sentence):
        numbers = _NUMBER_MEASURED.findall(clause)
        if len(numbers) > 1:
            items += [(piece, _NUMBER_MEASURED.findall(piece)) for piece in clause.split("、")]
        elif numbers:
            items.append((clause, numbers))
    if not items:
        return _named_in_turn(first_sentence, groups)
    if any(len(numbers) != 1 for _, numbers in items):
        return None
    if [_code_digit(*numbers[0]) for _, numbers in items] != groups:
        return None
    parts = [_AFTER_MEASURE.sub("", item) for item, _ in items]
    if "+" in code:
        parts = [re.sub(r"^(?:\d{1,3}|[NMX])个", "", part) for part in parts]  # 1个|管理运营机构: what it counts
    parts[0] = _trim_lead(parts[0], parts[1:])
    if not any("在" in part for part in parts[1:]):
        parts[0] = _SUBJECT_AT.sub("", parts[0])  # 学生在|中职学校就读3年
    return parts if all(2 <= len(part) <= 30 for part in parts) else None


def _code_digit(number: str, unit: str) -> str:
    """What a number in a definition stands for in its code: itself, or the tens of a share in per cent (60% → 6)."""
    if unit != "%" or not number.isdigit():
        return number
    return str(int(number) // 10) if int(number) % 10 == 0 else ""


def _named_in_turn(definition: str, groups: list[str]) -> list[str] | None:
    """The pieces of a definition joined by 和, each naming as many places or things in a list as its number of the code
    says: “2+3”园区：昆明、曲靖承接产业转移园和磨憨、瑞丽、河口沿边产业园."""
    pieces = definition.split("和")
    if len(pieces) != len(groups) or not all(group.isdigit() for group in groups) or "，" in definition:
        return None
    return pieces if all(piece.count("、") + 1 == int(group) >= 2 and len(piece) <= 30
                         for piece, group in zip(pieces, groups)) else None


_SUBJECT_AT = re.compile(rf"^[{HAN}]{{1,3}}在(?=[{HAN}]{{4}})")  # who, then where: the first part is the where


def _subcode_parts(text: str, start: int, end: int, name: str) -> list[str] | None:
    """The parts of a code of numbers joined by "+" (1+7, 1+M+N) when the text after it spells out each number in
    turn, quoted: the documents it names, the one thing it counts (“M”个设区市分中心) or a list of as many items;
    all the numbers or none."""
    codes = name.split("+") if "+" in name else list(name) if 3 <= len(name) <= 6 else []
    if len(codes) < 2 or not all(re.fullmatch(r"\d{1,2}|[A-Z]", code) for code in codes):
        return None
    marks, listed, at = [], {}, start
    for code in codes:
        quoted = text.find(f"“{code}”", at, end)
        if quoted < 0 and code.isdigit() and int(code) >= 2 and (counted := _list_it_counts(text, at, end, code)):
            listed[len(marks)], at = counted  # “15+N”：…针对A、B…等15个产业…。“N”是指…
            marks.append(at)
            continue
        if quoted < 0:
            return None
        marks.append(quoted)
        at = quoted + len(code) + 2
    parts = []
    for index, (code, mark, following) in enumerate(zip(codes, marks, marks[1:] + [end])):
        if index in listed:
            parts += listed[index]
            continue
        segment = text[mark + len(code) + 2:following]
        segment = segment[_SUBCODE_OPENING.match(segment).end():]
        titles = re.findall(r"《([^《》]{4,80})》", segment.split("。")[0])
        unit = _SUBCODE_UNIT.match(segment)
        clause = re.split(r"[，；。]", segment)[0]
        named = _NAMED_TAIL.search(clause)
        counted_list = _COUNTED_THEN_LISTED.match(segment)
        if titles:
            found = titles
        elif counted_list and counted_list.group(1) == code:  # 省级相关部门配套出台的3类专项政策，即A，B，C
            listed = segment[counted_list.end():].split("。")[0]
            found = _items(listed) if "、" in listed else listed.split("，")
        elif _QUOTED_ITEMS.fullmatch(clause):  # “5”是指“向种图强”“向海图强”…
            found = re.findall(r"“([^“”]+)”", clause)
        elif named and named.start() > 0 and code != "1":  # …平安法治、民生服务基层治理“四板块”: a formulation of its own
            found = [named.group(1) or named.group(2)]
        elif unit:
            found = [unit.group(1)]
        elif code == "1" or code.isalpha() and "、" not in clause:  # 完善省、市县…党对基层治理全面领导机制: one thing,
            # though its words list levels; “N”指省直相关部门制定出台的一系列配套政策: the one thing a letter stands for
            found = [unquoted(clause)] if 2 <= len(clause) <= 60 else []
        else:
            found = [part for item in _items(_SUBCODE_COUNTED.sub("", clause)) for part in item.split("以及")] \
                if "、" in clause else []  # 其他市县疾控中心以及各类专科疾病防治机构、…: two parts
            found[:1] = [_LEAD_VERBS.sub("", found[0]) or found[0]] if found else []  # 依托|海口、三亚…
            joined = [k for k, item in enumerate(found) if len(_joined(item)) == 1] if code.isdigit() else []
            found = _split_joined(found, int(code), joined[0]) if len(joined) == 1 else found  # …整合和闲置低效资产盘活利用
        counted = not (named and named.start() > 0 and code != "1") and code.isdigit()
        if not found or counted and len(found) != int(code) or any(not 2 <= len(part) <= 80 for part in found):
            return None
        parts += found
    return parts


def _lists_of_its_number(text: str, start: int, end: int, name: str) -> list[str] | None:
    """The parts of a code of a number and a letter (3+N, 2+N) listed in the clauses of its sentence before it: the
    first list of as many items as the number, and the list of the next clause, if any, for the letter: 在量子科技、
    聚变能源、深空探测等领域持续领跑，在人工智能、生命科学等领域抢占先机，形成…“3+N”发展格局; 以A和B为主体的“2+N”…"""
    number, letter = (name.split("+") + [""])[:2] if name.count("+") == 1 else ("", "")
    if not number.isdigit() or not 2 <= int(number) <= 9 or not letter.isalpha():
        return None
    clauses = [_clause_list(clause) for clause in re.split("[，；：]", text[start:end])]
    for k, items in enumerate(clauses):
        if len(items) == int(number) and _sane(items, len(items)):
            more = clauses[k + 1] if k + 1 < len(clauses) else []
            return items + more if len(more) >= 2 and _sane(more, len(more), verbs=True) else items
    return None


_NAMELY_FRAMES = re.compile(r"[^，。；]{0,8}?[，：]?即[：，]?")  # (“1+2+3”的合作格局，即|以A为主轴，…)
_FRAME = re.compile(r"以([^以为，。；]{2,60}?)为[^，。；以]{1,8}")


def _framed_in_turn(text: str, start: int, name: str) -> list[str] | None:
    """The parts of a code of numbers (1+2+3), named right after it in as many frames of 以…为, each listing as many
    things as its number, in turn: 构建“1+2+3”的合作格局，即以能源合作为主轴，以A、B为两翼，以C、D、E三大高新领域为突破口."""
    numbers = name.split("+")
    namely = _NAMELY_FRAMES.match(text, start)
    if len(numbers) < 2 or not all(n.isdigit() and 1 <= int(n) <= 9 for n in numbers) or namely is None:
        return None
    parts, at = [], namely.end()
    for number in map(int, numbers):
        frame = _FRAME.match(text, at)
        if frame is None:
            return None
        items = _items(_without_own_count(frame.group(1), number)) if number > 1 else [frame.group(1)]
        if len(items) + 1 == number and len(joined := _joined(items[-1])) == 1 and len(items) >= 2:
            items[-1:] = [items[-1][:joined[0]], items[-1][joined[0] + 1:]]
        if len(items) != number or not _sane(items, number, verbs=True, longest=12):
            return None
        parts += items
        at = frame.end() + (text[frame.end():frame.end() + 1] == "，")
    return parts


def _groups_added_before(text: str, start: int, end: int, name: str) -> list[str] | None:
    """The parts of a code of two numbers (1+6) listed in the clause before it as two groups joined by 加 or +, each as
    long as its number: 出台住房加户籍、就业、…、养老及生活困难救助的“1+6”成套政策."""
    numbers = name.split("+")
    if len(numbers) != 2 or not all(n.isdigit() and 1 <= int(n) <= 9 for n in numbers):
        return None
    clause = re.split("[，；：。]", text[start:end])[-1].removesuffix("的")
    groups = re.split("加|\\+", clause)
    if len(groups) != 2:
        return None
    items = [_items(group) for group in groups]
    if [len(group) for group in items] != [int(n) for n in numbers]:
        return None
    parts = items[0] + items[1]
    parts[0] = _LEAD_VERBS.sub("", parts[0]) or parts[0]  # 出台|住房
    plain = all(2 <= len(part) <= 10 and _PLAIN_ITEM.fullmatch(part) and not _LEAD_VERBS.match(part) for part in parts)
    return parts if plain else None  # (the two counts that match vouch for the parts: 就业 and 低保, though verbs)


def _clause_list(clause: str) -> list[str]:
    """The items a clause lists, framed (以A和B为主体, 在A、B、C等领域) or led by verbs; none if it lists nothing."""
    framed = _FRAMED_LIST.search(clause)
    items = _items(framed.group(1) or framed.group(2) if framed else clause)
    items = _split_joined(items, 2) if len(items) == 1 else items
    if len(items) < 2:
        return []
    items[0] = _LEAD_VERBS.sub("", re.sub("^在", "", items[0])) or items[0]
    items[-1] = re.split("等", items[-1])[0] if not framed else _without_own_count(items[-1], len(items))
    return items


def _without_own_count(listed: str, count: int) -> str:
    """A list without the count of its items that closes it (以A、…、饲草|7大产业|为重点的“7+N”; not …为主的|六大优势产业,
    the thing named after 的)."""
    counted = _COUNT_CLOSING_LIST.search(listed)
    if counted is None or counted.start() == 0 or listed[counted.start() - 1] == "的" \
            or numeral_value(counted.group()) != count:
        return listed
    return listed[:counted.start()]


_FRAMED_BEFORE = re.compile(r"以([^以为]{2,}?)为(?:主|主体|重点|核心|引领|支撑|主导)?的?$"  # (以A和B为|两个轮子)
                            r"|把([^把]{2,}?)(?:作为|当作|列为)[^、，把]{0,12}的$"  # (把A、B、C作为政府工作的|三项基本准则)
                            r"|以“([^“”]{2,}、[^“”]+)”[^、，“”以]{1,12}的$"  # (以“A、B、C”深刻总结中华文明的|三个突出特性)
                            r"|^(?:指出|认为|强调|表明)?([^是为]{2,}?)(?:仍然|依然|始终|仍|都)?(?:是|成为)(?:当今|当代|当前)?"
                            r"[^、，是的和与及]{0,6}?的?$"  # (和平与发展|仍然是当今世界|两大主题: the subject names them; not
                            # 关键还是抓|耕地和种子两个要害)
                            r"|不受([^不受]{2,}?)(?:的)?(?:限制|制约|约束)的$")  # (不受A、B、C、D限制的|“四不原则”)
_FRAMED_LIST = re.compile(r"以([^以为]+?)为(?:主体|重点|核心|引领|支撑|主导)|在([^在等]+?)等")


def _list_it_counts(text: str, start: int, end: int, code: str) -> tuple[list[str], int] | None:
    """The list that a number of a code closes, unquoted, in the first sentence after `start` (…针对A、B、…、O等15个产业,
    for the 15 of 15+N), as many items as it says, and where it ends."""
    stop = text.find("。", start, end)
    count = _LIST_COUNTED.search(text, start, end if stop < 0 else stop)
    if count is None or count.group(1) != code:
        return None
    clause_start = max(text.rfind(mark, start, count.start()) for mark in "，；：:") + 1
    items = _items(text[max(clause_start, start):count.start()])
    items[0] = _after_preposition(_LEAD_VERBS.sub("", items[0]), items[1:]) or items[0]
    return (items, count.end()) if len(items) == int(code) and _sane(items, len(items), longest=16) else None


_LIST_COUNTED = re.compile(r"等(\d{1,2})[个项类条种家]")


_NUMBERED_HEAD = re.compile(rf"(?:\d{{1,3}}[.、．]|[（(]\d{{1,3}}[）)])[{HAN}]{{0,16}}")


def _glossary(text: str, cand: Candidate, close_at: int, sentence_start: int) -> str | None:
    """The definition of a glossary entry that opens its sentence: “X”是指……。 or, in a numbered
    名词解释 list, 6.“两重”：是指……。; or of a quoted name anywhere that 即 follows."""
    joint = "、" in cand.name and text.startswith("，即", close_at)  # “五统一、一开放”，即A、…，F: a list of codes defined
    if (text.startswith("即", close_at) or joint) and close_at > cand.end and (match := _GLOSSARY.match(text, close_at - 1)) \
            and match.group(1):  # 开展“五访纳谏”即走访听取…: defined where it is named, up to the next one (，“8个工作方案”即…)
        return _unrestated(match.group(1).split("，“")[0].lstrip("：:"), cand.name)
    if close_at == cand.end and cand.start == sentence_start and (said := _SAID_TO_BE.match(text, cand.end)):
        return _unrestated(said.group(1), cand.name)  # 双轮驱动就是…: a sentence that opens with it, unquoted
    if cand.start - 1 - sentence_start > 22:  # longer than a list number and a qualifier: not at the sentence's start
        return None
    head = text[sentence_start:cand.start - 1]
    numbered = _NUMBERED_HEAD.fullmatch(head) is not None  # 6.轨道交通“四网融合”
    if head and not numbered:
        return None
    match = _GLOSSARY.match(text, close_at - 1)
    if match and match.group(1):
        return _unrestated(match.group(1), cand.name)
    other = _OTHER_DEFINED.match(match.group(2)) if match and numbered else None
    if match and numbered and (other is None or other.group(1) in cand.name):
        return _unrestated(match.group(2), cand.name)
    return None


_COUNT_AFTER_LIST = re.compile(rf"等(\d{{1,3}}|[{COUNT_NUMERALS}]{{1,3}})[个项类种家大]")  # …A、B等5个|国家先进制造业集群


def _restated_count(text: str, start: int, end: int, name: str) -> int | None:
    """The count a glossary entry's body gives its uncounted head, closing a list with it (…等5个|国家先进制造业集群)."""
    for match in _COUNT_AFTER_LIST.finditer(text, start, end):
        if text.startswith(name, match.end()):
            return numeral_value(match.group(1) + "个")
    return None


_RESTATED_COUNT = re.compile(_COUNT_AFTER_LIST.pattern + ".*$")  # the count closing a list, and what it counts


def _parts_in_definition(definition: str, count: int, name: str, longest: int = 16) -> list[str] | None:
    """The parts a glossary definition lists: the first list of `count` items in it (推动良田、良种、良机、
    良法、良制融合发展 → 良田 … 良制); a list closed by 等N类 may hold all of them."""
    head = name[-2:]
    if count == 2 and len(joined := _joined(definition)) == 1 and len(head) == 2 \
            and definition.endswith(head) and definition[:joined[0]].endswith(head):
        return [definition[:joined[0]], definition[joined[0] + 1:]]  # 两个枢纽：A枢纽和面向太平洋、印度洋的B枢纽
    if crossed := _groups_crossed(definition, name):
        return crossed
    if "、" in name and len(items := [item for item in re.split("[、，；]", definition.rstrip("。")) if item]) == count \
            and _sane(items, count, longest=24):
        return items  # “五统一、一开放”：统一市场基础制度、…、统一要素资源市场，持续扩大对内对外开放: each group's parts in turn
    before, _, after = definition.partition("“" + name)  # 金沙江、雅砻江、大渡河|“三江”; 《建设“天府森林四库”…》，提出建设…
    for i, chunk in enumerate(re.split(r"[，；：。]", before) + re.split(r"[，；：。]", after.partition("”")[2])):
        if chunk.count("、") + 2 < count or "、" not in chunk and i and not _pair_of_the_counted(chunk, name, count):
            continue  # (two parts joined by 和: the definition's first, or two that hold what 双 counts)
        restated = _RESTATED_COUNT.search(chunk) or next((m for m in _BARE_COUNT.finditer(chunk)
                                                          if numeral_value(m.group(1) + "个") == count), None)
        if restated:  # …、实施小微企业法律帮扶计划等十项措施, …、教师和科技人员五个方面…: the count said again closes the
            chunk, longest = chunk[:restated.start()], max(longest, 24)  # list, long items too
        chunk = re.sub(r"^(?:即|是指|包括)[：:]?", "", chunk)  # 共提出十二项举措，即“优化服务点位设置”、…
        made = _MADE_OF.search(chunk)
        made_of = made is not None and "、" in made.group(1)
        chunk = made.group(1) if made_of else chunk  # 形成由|学徒工、…、首席技师|构成的…序列: what a whole is made of,
        # nouns whatever the dictionary tags them (学徒)
        quoted = re.findall(r"“([^“”]{2,16})”", chunk)
        if len(quoted) == count and _QUOTED_ITEMS.fullmatch(chunk):
            return quoted  # parts quoted one by one: as printed
        inner = re.search(r"“([^“”]+)”", chunk)
        if inner and inner.group(1).count("、") + 1 == count:
            chunk = inner.group(1)  # 实施“饮净水、控噪声……履家签”专项行动: the quoted list
        items = _items(re.sub(r"的(?:融合|统称|简称|总称)$", "", chunk))
        if len(items) + 1 == count and len(joined := _joined(items[-1])) == 1 \
                and not re.search(r"“[^“”]*[和与及][^“”]*”", chunk):  # 市域铁路和城市轨道交通的融合 (not in a quoted name)
            items[-1:] = [items[-1][:joined[0]], items[-1][joined[0] + 1:]]
        if len(items) != count:
            continue
        if len({item[-2:] for item in items}) == 1:
            longest = max(longest, 24)  # 思政课建设与党的创新理论武装贯通行动、…畅通行动: long names of one kind
        stem = name[1:] if numeral_value(name[:1] + "个") == count and len(name) >= 3 else ""
        if stem and all(stem in item for item in items):  # “双一流”：世界一流大学和一流学科: each names what is counted
            return items if _sane(items, count, longest=longest) else None
        counted = _COUNTED_NOUN.match(name)
        if counted and counted.group(1) in "十百千万" and all(counted.group(1) in item[:-1] for item in items):
            items = [item[item.index(counted.group(1)):] for item in items]  # “双千”：…实施千项合作项目、开展千名…
        framed = items[-1].rsplit("的", 1)
        if len(framed) == 2 and len(framed[1]) >= 2 and name.endswith(framed[1]) and items[0][0] == "对":
            items[0], items[-1] = items[0][1:], framed[0]  # 对伟大祖国、…、中国特色社会主义的认同 (“五个认同”)
        items[0] = _after_opening_verbs(_trim_lead(items[0], items[1:]), items[1:])
        items[-1] = _without_the_names_words(_trim_tail(items[-1], items[:-1]), name, items[:-1])
        # (“四好农村路”：建好、管好、护好、运营好: verbs that end with what is counted)
        alike = counted is not None and all(item.endswith(counted.group(1)) for item in items) \
            or len(items) >= 3 and all(items) and len({item[-1] for item in items}) == 1 \
            or made_of  # (自治、法治、德治: verbs, one head)
        if _sane(items, count, verbs=alike, longest=longest) and _parallel(items):
            return items
    return _clauses_alike(definition, count)


_KIND_AFTER_ETC = 12  # the most characters of the kind after the 等 that closes a list in a definition
_BARE_COUNT = re.compile(rf"(?<=[{HAN}])([{COUNT_NUMERALS}]{{1,2}}|\d{{1,2}})[个项类种大]")  # a count right after a list


def _after_opening_verbs(item: str, others: list[str]) -> str:
    """The first item without the verbs of two characters that open it, when no other item opens with a verb
    (走访听取|县乡干部 among 农民和外出务工人员、社区居民…)."""
    pieces = words.read(item)
    lead = 0
    while lead < len(pieces) - 1 and len(pieces[lead]) == 2 and word_tag(pieces[lead]) == "v":
        lead += 1
    if not lead or any(word_tag(words.read(other)[0]) == "v" for other in others):
        return item
    return "".join(pieces[lead:])


_MADE_OF = re.compile(r"由([^由，。]+?)(?:共同)?(?:构成|组成)")  # what something is made of, listed


_ROUND_COUNTS = {"十": "10", "百": "100", "千": "1000", "万": "10000"}
_ROUND_GROUP = re.compile(f"([{''.join(_ROUND_COUNTS)}])([^{''.join(_ROUND_COUNTS)}])")


def _groups_counted_in_full(definition: str, name: str) -> list[str] | None:
    """The groups of a code of round counts, each listed with its count in figures and holding its character:
    “十县百乡千村万户”：建设10个…示范县、100个…示范乡镇、1000个…示范村（社区）、10000个…示范户 → what each count counts."""
    groups = _ROUND_GROUP.findall(name)
    if len(groups) < 2 or "".join(a + b for a, b in groups) != name:
        return None
    items = re.split("[，；。]", definition, maxsplit=1)[0].split("、")
    if len(items) != len(groups):
        return None
    parts = []
    for item, (numeral, head) in zip(items, groups):
        counted = re.search(rf"(?<!\d){_ROUND_COUNTS[numeral]}(?:多|余)?个", item)
        if counted is None or head not in item[counted.end():]:
            return None
        parts.append(item[counted.end():])
    return parts


def _parts_included(definition: str) -> list[str] | None:
    """The parts of an uncounted formulation whose glossary definition says what it includes, in its first clause:
    “链式改造”：包括“供应链改造”和“产业链改造”。 (two to six items)."""
    opening = _INCLUDES.match(definition)
    if opening is None:
        return None
    items = _split_joined(_items(re.split("[，；。]", definition[opening.end():])[0]), 0)
    items = _split_joined(items, len(items) + 1) if len(items) == 1 else items
    return items if 2 <= len(items) <= 6 and _sane(items, len(items)) else None


_INCLUDES = re.compile(r"(?:是指|指)?(?:主要)?(?:包括|包含|涵盖|分为)[：:]?")


def _groups_by_their_heads(definition: str, name: str) -> list[str] | None:
    """The parts of a code of numbered groups whose definition names each group by its head, in turn, in its first
    sentence: a group of one by the thing named up to its head (重点产业链…场景图谱 for 一图), a group of more by the
    items listed before its head (数据要素、知识模型、工具软件、人才技能四类清单 for 四清单), a group counted in the
    definition by its kind (建成两个中医特色优势专科和一个…推广中心 for 两专科一中心). All the groups or none."""
    groups = _code_groups(name)
    if len(groups) < 2:
        return None
    sentence = definition[_SUBCODE_OPENING.match(definition).end():].split("。")[0]
    parts, at = [], 0
    for group in groups:
        number, head = numeral_value(group[0] + "个"), group[1:]
        found = sentence.find(head, at)
        if not number or found < 0:
            return None
        end = found + len(head)
        while end < len(sentence) and end - found < 3 and is_han(sentence[end]) and sentence[end] not in "和及与并":
            end += 1  # the rest of the head's word (图|谱)
        opening = max(at, *(sentence.rfind(mark, at, found) + 1 for mark in "，；："))
        chunk = unquoted(_HEAD_LEAD.sub("", sentence[opening:found]))
        counted = _GROUP_COUNT.search(chunk)
        if counted and counted.end() == len(chunk) and numeral_value(counted.group(1) + "个") == number:
            found_parts = _items(chunk[:counted.start()])  # A、B、C、D四类|清单
        elif counted and numeral_value(counted.group(1) + "个") == number and "、" not in chunk[counted.end():]:
            found_parts = [chunk[counted.end():] + sentence[found:end]]  # 两个|中医特色优势专科
        elif number == 1:
            found_parts = [chunk + sentence[found:end]]  # 重点行业、重点产业链数字化转型场景图谱
        else:
            found_parts = _items(chunk)  # “不予处罚、…、从重处罚”|清单
        if len(found_parts) > 1:
            found_parts[0] = _LEAD_VERBS.sub("", found_parts[0]) or found_parts[0]
        if number > 1 and len(found_parts) not in (1, number) or any(not 2 <= len(part) <= 30 for part in found_parts) \
                or len(found_parts) == 1 and number > 1 and not counted:
            return None
        parts += found_parts
        at = end
    return parts


_HEAD_LEAD = re.compile(r"^[”、和及与]+|^以及")
_GROUP_COUNT = re.compile(rf"(\d{{1,3}}|[{COUNT_NUMERALS}]{{1,2}})[个类项张份条家所]")


def _pair_of_the_counted(chunk: str, name: str, count: int) -> bool:
    """Two things joined by 和 that each hold what a 双 or 两 counts: “双高计划”：…旨在建设一批高水平学校和高水平专业群."""
    joined = _joined(chunk) if count == 2 and name[:1] in "双两" and len(name) >= 3 else []
    return len(joined) == 1 and name[1] in chunk[:joined[0]] and chunk[joined[0] + 1:].startswith(name[1])


_QUOTED_ITEMS = re.compile(r"(?:“[^“”]+”(?:、|和|及|与)?)+")
_TAKEN_AS = re.compile(r"^(?:坚持)?以(.+?)为[^，；。]{2,8}$")  # 以A、B为目标定位: what a clause takes as its group


def _groups_by_clause(body: str, name: str) -> list[str] | None:
    """The parts of a code of numbered groups (一本三基四梁八柱) given one group a clause, as many as each number
    says and in its order: 坚持以A为根本遵循，以《B》《C》《D》为制度基石，以E、F、G、H为目标定位……"""
    if not _GROUPS.fullmatch(name):
        return None
    numbers = [_NUMERAL_VALUES[ch] for ch in name if ch in _NUMERAL_VALUES]
    groups = []
    for clause in filter(None, re.split("[，；。]", body)):
        taken = _TAKEN_AS.match(clause)
        if taken is None:
            return None
        titles = re.findall(r"《([^《》]+)》", taken.group(1))
        groups.append(titles or _items(taken.group(1)))
    return [part for group in groups for part in group] if [len(g) for g in groups] == numbers else None


def _groups_listed(body: str, name: str) -> list[str] | None:
    """The parts of a code of numbered groups listed one group a clause, as many in each as its number says:
    “三上门两加强”：上门排忧解难、上门宣讲法规、上门敦促企业扛起主体责任，加强源头管理、加强过程管理."""
    if not _GROUPS.fullmatch(name):
        return None
    numbers = [_NUMERAL_VALUES[ch] for ch in name if ch in _NUMERAL_VALUES]
    clauses = [clause for clause in re.split("[，；。]", body) if clause][:len(numbers)]
    if any(re.match(r"“[^“”]{2,4}”(?:为|指|即|是)", clause) for clause in clauses):
        return None  # “四级”为…，“三类”指…: each group decoded by its name (`_quoted_groups`)
    groups = [_items(clause) for clause in clauses]
    for group, number in zip(groups, numbers):  # 建立覆盖|省、州（市）…，包含|总体规划、详细规划和相关专项规划|的…体系
        if len(group) + 1 == number and len(joined := _joined(last := group[-1].split("的", 1)[0])) == 1:
            group[-1:] = [last[:joined[0]], last[joined[0] + 1:]]
        others = min((len(_ITEM_QUALIFIER.sub("", item)) for item in group[1:]), default=0)
        pieces = words.read(group[0])
        while len(pieces) > 1 and word_tag(pieces[0]) == "v" and len("".join(pieces)) > others:
            pieces = pieces[1:]  # (not 加强|源头管理 among 加强过程管理)
        group[0] = "".join(pieces)
    if [len(group) for group in groups] != numbers \
            or not all(_sane(group, len(group), verbs=True, longest=16) for group in groups):
        return None
    return [part for group in groups for part in group]


def _clauses_counted(body: str, count: int) -> list[str] | None:
    """A definition that is a sentence of as many clauses as the count, three or more, each a part: 2026年10件民生实事：
    加大重点群体就业创业支持力度，提高困难群众生活保障标准，……; or of as many clauses between semicolons (六大转变就是
    发展方式从…向…转变；发展要素从…向…转变；…)."""
    sentence = body.split("。")[0]
    for mark, longest in (("；", 60), ("，", 40)):
        clauses = sentence.split(mark)
        if count >= 3 and len(clauses) == count and all(4 <= len(c) <= longest for c in clauses):
            return clauses
    return None


_GROUP = re.compile(rf"[{COUNT_NUMERALS}两双][^{COUNT_NUMERALS}两双]{{1,2}}")


def _code_groups(name: str) -> list[str]:
    """The groups of a code of groups (两清|两改|两治理), or none."""
    return _GROUP.findall(name) if _GROUPS.fullmatch(name) else []


def _groups_listed_before(text: str, floor: int, end: int, name: str) -> tuple[list[str], bool] | None:
    """Every group of a code of groups listed before it, group by group, a semicolon or a comma between the groups and
    each item holding its group's character (学讲话、学文件、学榜样；主动改、倒逼改、督促改；建体系、建机制、建制度的“三学三改三建”)."""
    groups = _code_groups(name)
    if len(groups) < 2 or not all(len(group) == 2 for group in groups):
        return None
    stop = end - 1 if text[end - 1:end] == "的" else end
    pieces = re.split("[；，]", text[floor:stop])[-len(groups):]
    if len(pieces) != len(groups):
        return None
    parts = []
    for group, piece in zip(groups, pieces):
        items = piece.split("、")
        if len(items) >= 2 and len(items[0]) > len(items[1]):
            items[0] = items[0][-len(items[1]):]  # 提出了|学讲话: as long as the items after it
        if len(items) != numeral_value(group[0] + "个") or not all(group[1] in item and 2 <= len(item) <= 8 for item in items):
            return None
        parts += items
    return parts, False


def _groups_run_in_one_list_before(text: str, floor: int, end: int, name: str) -> tuple[list[str], bool] | None:
    """Every group of a code of groups listed in one list, group after group, in the clause naming it or the one before,
    each item holding its group's character (通过微信、微博、微视频、客户端，构建“三微一端”)."""
    groups = _code_groups(name)
    counts = [numeral_value(group[0] + "个") for group in groups]
    if len(groups) < 2 or not all(len(group) == 2 for group in groups) or None in counts:
        return None
    stop = end - 1 if text[end - 1:end] == "的" else end
    for clause in reversed(re.split("[；，。\n]", text[floor:stop])[-2:]):
        items = clause.split("、")
        if len(items) != sum(counts):
            continue
        if len(items[0]) > len(items[1]):
            items[0] = items[0][-len(items[1]):]  # 通过|微信
        bounds = list(accumulate(counts, initial=0))
        if all(group[1] in item and 2 <= len(item) <= 8
               for group, at, to in zip(groups, bounds, bounds[1:]) for item in items[at:to]):
            return items, False
    return None


def _first_group_before(text: str, floor: int, end: int, name: str) -> tuple[list[str], bool] | None:
    """The things the first group of a code of groups counts, listed right before it, each holding the group's
    character (医疗、医保、医药“三医一张网”: the three of 三医; the network of 一张网 is not listed)."""
    groups = _code_groups(name)
    count = numeral_value(groups[0][0] + "个") if len(groups) >= 2 and len(groups[0]) == 2 else None
    if not count or count < 2:
        return None
    listed = list_before(text, floor, end, count)
    return listed if listed and not listed[1] and all(groups[0][1] in item for item in listed[0]) else None


def _crossed(items: list[str], name: str, longest: int, leading: bool) -> bool:
    """Whether `items` are the parts of a code of groups of one count, each holding one of every group's characters in
    turn (`leading`: the first group's opens it: 招才引智 of 双招双引)."""
    groups = _code_groups(name)
    counts = {numeral_value(group[0] + "个") for group in groups}
    if len(groups) < 2 or len(counts) != 1 or any(len(group) != 2 for group in groups) or len(items) != counts.pop():
        return False
    in_turn = re.compile(".*?" + ".*?".join(re.escape(group[1]) for group in groups) + ".*")
    return all(len(item) <= longest and in_turn.fullmatch(item) and (not leading or item[0] == groups[0][1])
               for item in items)


def _groups_crossed(definition: str, name: str) -> list[str] | None:
    """A code of groups of one count whose parts each hold one of every group (“双招双引”：招才引智、招商引资): as many
    items as that count, each with the groups' characters in turn."""
    items = _items(re.split("[，；。]", definition)[0])
    return items if _crossed(items, name, 8, leading=True) else None


def _groups_in_clauses(text: str, start: int, end: int, name: str) -> tuple[list[str], bool] | None:
    """A code of groups filled by the clauses right after it, one clause a group, in turn: “两清两改两治理”，清理乱堆乱放、
    清理残垣断壁，推进改厕、改圈，治理污水、治理垃圾 (each item holds its group's word; a verb before the first is left out)."""
    groups = _code_groups(name)
    namely = _NAMELY.match(text, start)
    if len(groups) < 2 or text[start:start + 1] not in "，：:" and namely is None:
        return None
    clauses = re.split("[，；]", text[namely.end() if namely else start + 1:end])
    parts = _groups_a_clause_each(clauses, groups) or (_groups_taking_turns(clauses, groups) if namely else None)
    return (parts, False) if parts else None


_NAMELY = re.compile(r"(?:的(?:方针|原则|办法|要求|政策))?，即")  # “三保三压”的方针，即…: its parts said next


def _groups_taking_turns(clauses: list[str], groups: list[str]) -> list[str] | None:
    """The parts of a code of groups that take turns, one clause a part, each opening with its group's word, as many
    of each as it counts: “三保三压”的方针，即保计划内建设，压计划外建设；保生产性建设，压非生产性建设；… (as printed)."""
    heads = {group[1:]: numeral_value(group[0] + "个") for group in groups}
    parts, told = [], dict.fromkeys(heads, 0)
    for clause in (c.rstrip("。！？") for c in clauses):
        head = next((h for h in heads if clause.startswith(h)), None)
        if head is None or len(clause) > 16:
            break
        parts.append(clause)
        told[head] += 1
    return parts if told == heads else None


def _groups_a_clause_each(clauses: list[str], groups: list[str]) -> list[str] | None:
    """Each group's parts, one clause a group in turn, every part holding its group's word; a verb that opens the
    first part only (推进改厕、改圈) is left out, one each part has (多留自留地、多搞自由市场) is kept."""
    if len(groups) < 2 or len(clauses) < len(groups):
        return None
    parts = []
    for group, clause in zip(groups, clauses):
        numeral, head = group[0], group[1:]
        items = _items(clause)
        if len(items) != numeral_value(numeral + "个") or not all(head in item and len(item) <= 12 for item in items):
            return None
        if all(item.startswith(head) for item in items[1:]):
            items[0] = items[0][items[0].index(head):]
        parts += items
    return parts


_QUOTED_OBJECT = re.compile(rf"[{HAN}]{{2,6}}“([{HAN}]{{2,6}})”")  # a verb and its quoted object: 改造升级“老字号”
_QUOTED_OBJECTS_CHARS = 120  # how far after a formulation the clauses of its quoted parts may end


def _quoted_objects_after(text: str, start: int, name: str, count: int) -> tuple[list[str], bool] | None:
    """Parts quoted one a clause in the sentence after the formulation's, each the object of its verb and all alike
    (the same length or the same last character), as many as counted and no more: 以“三篇大文章”为抓手，…。改造升级“老字号”，
    深度开发“原字号”，培育壮大“新字号”，…"""
    stop = text.find("。", start, start + _QUOTED_OBJECTS_CHARS)
    end = text.find("。", stop + 1, start + _QUOTED_OBJECTS_CHARS) if stop >= 0 else -1
    if end < 0 or "\n" in text[start:end]:
        return None
    clauses = text[stop + 1:end].split("，")
    objects = [match.group(1) if (match := _QUOTED_OBJECT.fullmatch(clause)) else None for clause in clauses]
    parts = list(itertools.takewhile(lambda part: part is not None, objects))
    alike = len({len(part) for part in parts}) == 1 or len({part[-1] for part in parts}) == 1
    return (parts, False) if len(parts) == count and alike and name not in parts \
        and not any(objects[count:count + 1]) else None


def _groups_spelt_out(text: str, start: int, name: str) -> tuple[list[str], bool] | None:
    """A code of groups whose groups the text after it spells out in turn, each with as many parts as it counts:
    “一核两带三区”…。一核即主城核心区，两带即沿江经济带和沿线经济带，三区即…; “一主两副”，“一主”是指…，“两副”是指襄阳和宜昌.
    All the groups or none."""
    groups = _code_groups(name)
    end = text.find("\n", start, start + _SPELT_OUT_CHARS)
    end = start + _SPELT_OUT_CHARS if end < 0 else end
    parts, at = [], start
    for group in groups:
        said = None
        while said is None and (at := text.find(group, at, end)) >= 0:
            said = _SAID.match(text, at + len(group))  # (a literal scan: no pattern made for each group)
            at += len(group)
        if said is None:
            return None
        clause = re.split("[，；。]", text[said.end():end], maxsplit=1)[0]
        count = numeral_value(group[0] + "个") or 0
        items = _split_joined(_items(clause) if "、" in clause else [clause], count)  # 沿江经济带和沿线经济带
        if len(items) != count and len(clauses := re.split("[；。]", text[said.end():end], maxsplit=1)[0].split("，")) == count:
            items, clause = clauses, "，".join(clauses)  # “五牵头”即A牵头…，B牵头…，…: a clause each
        if len(items) != count or not all(2 <= len(item) <= 24 for item in items):
            return None
        parts += items
        at = said.end() + len(clause)
    return (parts, False) if len(groups) >= 2 else None


def _groups_ending_clauses_after(text: str, start: int, name: str) -> tuple[list[str], bool] | None:
    """A code of groups named by two-character words (五转变一迈进) whose parts are the clauses after it, up to its
    part's next top-level heading, that end in those words, exactly as many as each group counts: …实现“五转变一迈进”。⏎
    一是…推动产业层级从中初级为主向中高端为主转变，…⏎二是…推动发展方式从资源驱动为主向创新引领为主转变，…"""
    groups = _code_groups(name)
    if len(groups) < 2 or any(len(group) != 3 for group in groups):
        return None
    heading = _TOP_HEADING.search(text, start, start + _GROUP_CLAUSES_REACH)
    end = heading.start() if heading else min(len(text), start + _GROUP_CLAUSES_REACH)
    parts = []
    for group in groups:
        word, clauses = group[1:], []
        at = text.find(word, start, end)
        while at >= 0:
            if text[at + 2:at + 3] in _CLAUSE_ENDS:
                opening = max(text.rfind(mark, start, at) for mark in _CLAUSE_ENDS + ("\n",))
                clauses.append(text[opening + 1:at + 2])
            at = text.find(word, at + 2, end)
        if len(clauses) != numeral_value(group[0] + "个") or not all(6 <= len(c) <= 40 for c in clauses):
            return None
        parts += clauses
    return parts, False


_TOP_HEADING = re.compile(rf"\n[{NUMERALS}]{{1,3}}、")  # 三、…: the next part of a report
_GROUP_CLAUSES_REACH = 12000
_CLAUSE_ENDS = ("，", "；", "。")
_SAID = re.compile(r"”?(?:即为|即|是指|指的是|指|是|为)[：:]?")
_SPELT_OUT_CHARS = 400  # how far after a code of groups its groups may be spelt out, within its paragraph


def _groups_crossed_after(text: str, start: int, end: int, name: str) -> tuple[list[str], bool] | None:
    """A code of groups of one count whose parts, listed in the clause after the one naming it (or opening the next
    sentence), each hold one of every group in turn: 建立服务企业“四通四到”机制，畅通联系渠道不叫不到、沟通解决问题随叫随到、…;
    贯彻“四水四定”原则。要坚决落实|以水定城、以水定地…"""
    comma = text.find("，", start, min(end, start + 6))
    if comma < 0 and (comma := text.find("。", start, start + 6)) >= 0:
        end = len(text)  # (the next sentence's first clause)
    items = _items(re.split("[，；。\n]", text[comma + 1:end])[0]) if comma >= 0 else []
    shared = os.path.commonprefix(items[1:]) if len(items) >= 3 else ""
    if len(shared) >= 2 and shared in items[0][1:]:
        items[0] = items[0][items[0].rindex(shared):]  # 坚决落实|以水定城 among 以水定地…: verbs before the first
    return (items, False) if items and _crossed(items, name, 12, leading=False) else None


def _quoted_groups(body: str, name: str, start: int, end: int) -> list[Definition]:
    """A code of numbered groups whose definition decodes each group, quoted: “四级三类”：“四级”为省、市、县、乡，
    “三类”指总体规划、详细规划和专项规划 — the groups as the code's parts, and each group's parts."""
    groups = _code_groups(name)
    found = []
    for group in groups:
        match = re.search(f"“{group}”(?:为|指|即|是)([^，；。]+)", body)
        items = _items(match.group(1)) if match else []
        if items and len(items) + 1 == numeral_value(group) and len(joined := _joined(items[-1])) == 1:
            items[-1:] = [items[-1][:joined[0]], items[-1][joined[0] + 1:]]  # 总体规划、详细规划和专项规划
        if len(items) != numeral_value(group) or not _sane(items, len(items), verbs=True, longest=16):
            return []
        found.append(Definition(group, tuple(items), start, end, f"{len(items)} parts for {group[0]} (definition)"))
    return [Definition(name, tuple(groups), start, end, f"{len(groups)} groups of {name} (definition)")] + found \
        if found else []


def _last_group(body: str, name: str) -> list[str] | None:
    """The parts of the last group of a code of numbered groups (四向八廊 → its eight 廊) that a glossary body lists
    wherever they stand, each ending in the group's character, as many as its number says: 东向长江北走廊、长江南走廊，
    西向川甘青走廊… (without the direction that leads a clause; no item with a number in it)."""
    if not _GROUPS.fullmatch(name) or name[-2] not in _NUMERAL_VALUES:
        return None
    items = [re.sub(f"^[{_DIRECTION_CHARS}]向", "", chunk) for chunk in re.split("[、，；。：]", body)
             if chunk.endswith(name[-1]) and not re.search(r"\d", chunk)]
    return items if len(items) == _NUMERAL_VALUES[name[-2]] and _sane(items, len(items), longest=16) else None


_DIRECTION_CHARS = "东西南北中"


def _first_clause_listed(definition: str, name: str, count: int) -> list[str] | None:
    """A glossary definition whose first clause is a list of as many items as counted (three or more; not a code of
    groups), taken as printed (figures and a closing 的 kept): “三个全覆盖”：国家级农业龙头企业16个州（市）全覆盖、…;
    “三个一律”：对使用…发展产业的、…的，一律… (not “一中心一方案”：省委、省政府出台的…)."""
    if count < 3 or _GROUPS.fullmatch(name):
        return None
    clause = re.split("[，；。：]", definition, maxsplit=1)[0]
    items = [unquoted(item) for item in _LIST_MARK.split(clause)]
    items[0] = items[0][1:] if items[0][:1] in "对把将" else items[0]
    etc = list(_ETC.finditer(items[-1]))
    if len(items) >= 3 and etc and len(items[-1]) - etc[-1].end() <= _KIND_AFTER_ETC:
        items[-1] = items[-1][:etc[-1].start()]  # …、…监督检查|等专项工作方案: the kind the list closes with
    return items if len(items) == count and all(2 <= len(item) <= 30 for item in items) else None


def _clauses_alike(definition: str, count: int) -> list[str] | None:
    """As many clauses as counted that end or begin alike, the parts of a glossary definition: 具体指宣传党的路线、方针、
    政策下基层，调查研究下基层，信访接待下基层，现场办公下基层 for “四下基层”; 必须维护党中央权威，必须… for 五个必须."""
    listed = re.split(r"(?:具体指|是指|即|包括)[：:]?", definition)[-1]  # what the definition opens to list
    clauses = [c for c in re.split(r"[，；。]", listed) if c]
    if len(clauses) != count:
        return None
    ending = os.path.commonprefix([c[::-1] for c in clauses])[::-1]
    opening = os.path.commonprefix(clauses)  # 必须维护党中央权威，必须维护党的团结，… for “五个必须”
    alike = max(ending, opening, key=len)
    return clauses if len(alike) >= 2 and all(len(alike) + 1 < len(c) <= 24 for c in clauses) \
        and _like_lengths(clauses, 4) else None


def _trim_tail(item: str, others: list[str]) -> str:
    """Drop what follows the last item of a list (良制融合发展 → 良制): when the other items share their
    last character, the item ends at its first occurrence; before a figure that only the last item has, what the
    figure measures goes too (保运转支出2585.3亿元 → 保运转)."""
    figure = re.search(r"\d", item)
    if figure and figure.start() >= 2 and not any(ch.isdigit() for other in others for ch in other):
        pieces = words.read(item[:figure.start()])
        item = item[:figure.start()]
        if len(pieces) > 2 and word_tag(pieces[-1]) in ("v", "vn"):
            item = item[:-len(pieces[-1])]
    tail = others[0][-1] if others else ""
    if tail and all(o[-1] == tail for o in others) and tail in item[:-2]:  # not 赣通码 after 赣服通、赣政通、赣企通
        return item[:item.index(tail) + 1]
    lengths = {len(o) for o in others}
    if len(others) >= 2 and len(lengths) == 1 and others[0][0] == item[0] and all(o[0] == item[0] for o in others):
        return item[:lengths.pop()]  # 良田、良种……良制融合发展 → 良制
    return _without_what_they_do(item, others)


def _without_what_they_do(item: str, others: list[str]) -> str:
    """The last part without what all the parts do together, when the others are as long as its first word (经济、政治、
    人文|并驾齐驱的“三轮驱动”: a verb or an idiom follows the last)."""
    lengths = {len(o) for o in others}
    size = lengths.pop() if len(others) >= 2 and len(lengths) == 1 else 0
    if size and len(item) > size and words.read(item)[0] == item[:size] \
            and word_tag(words.read(item[size:])[0]) in ("v", "i", "l", "d", "ad"):
        return item[:size]
    return item


def _without_the_names_words(item: str, name: str, others: list[str]) -> str:
    """The last item without the words of the formulation's name that the other items lack (固体废物处置六大行动：…、
    危险废物、其它固体废物|处置行动): its head, then the last word of what qualifies the count."""
    inner = _INNER_COUNT.fullmatch(name) if not _GROUPS.fullmatch(name) else None  # (not 一委一办|一平台: a code)
    head = _COUNT_AND_MEASURE.sub("", inner.group(1)) if inner else ""
    if len(head) < 2 or not item.endswith(head) or len(item) - len(head) < 2 or any(o.endswith(head) for o in others):
        return item
    rest, qualifier = item[:-len(head)], name[:inner.start(1)]
    last = words.read(qualifier)[-1] if qualifier else ""
    return rest[:-len(last)] if last and rest.endswith(last) and len(rest) - len(last) >= 2 else rest


_COUNT_AND_MEASURE = re.compile(rf"^[{COUNT_NUMERALS}]{{1,2}}[大个项条]?")
_JOINERS = ("和", "与", "及")


def _pair_of_lists(chunk: str, count: int, named: bool) -> list[str] | None:
    """The two parts of a quoted count of two joined by 和, each a short list of its own: 打造|大众创业、万众创新和增加公共产品、
    公共服务“双引擎”."""
    if count != 2 or not named or len(joined := _joined(chunk)) != 1:
        return None
    pair = [_LEAD_VERBS.sub("", chunk[:joined[0]]), chunk[joined[0] + 1:]]
    return pair if all("、" in part and all(2 <= len(item) <= 8 and _PLAIN_ITEM.fullmatch(item)
                                             for item in part.split("、")) for part in pair) else None


_COUNTS_OF_ACTIONS = re.compile("两(?:支|个|项|条|大|场)?(?:底线|红线|任务|队伍|活动|行动)")  # counts whose parts are
# actions (守住|A和B两条底线, 组建A和培养B两支队伍, 策划A和B两场活动)


def _opens_with_verb(item: str) -> bool:
    """Whether a verb of two characters opens `item`, after a negation if one does (保障…, 不|发生…)."""
    pieces = words.read(item)
    verb = pieces[1] if len(pieces) > 1 and pieces[0] in ("不", "无", "未") else pieces[0]
    return len(verb) == 2 and word_tag(verb) == "v"


def _two_short_actions(item: str) -> bool:
    """稳政策稳预期, 促改革调结构: two actions of a verb (or a quality made a verb) of one character and its object."""
    pieces = words.read(item)
    return len(pieces) == 4 and all(len(pieces[k]) == 1 and word_tag(pieces[k]) in ("v", "a") for k in (0, 2)) \
        and all(len(pieces[k]) == 2 for k in (1, 3))


def _after_last_verb(chunk: str) -> str:
    """What the last verb between the last two joins of `chunk` governs, where 和, 与 or 及 joins more than two things in it
    (工业和信息化部坚持|政策和服务: the pair); else `chunk`."""
    joins = _joined(chunk)
    if len(joins) < 2:
        return chunk
    at, cut = 0, 0
    for piece in words.read(chunk):
        at += len(piece)
        if at > joins[-1]:
            break
        if len(piece) >= 2 and word_tag(piece) == "v" and at > joins[-2]:
            cut = at
    return chunk[cut:]


def _after_a_verb(item: str, others: list[str]) -> str:
    """The longest end of a long first item that a verb in it governs, no longer than the other items and joining
    nothing (…打造|和平、增长…), as long as they are when they are of one length (工业设备更新和技术改造|扩能增量、提质增品…:
    扩能 is a verb too); else the item."""
    pieces = words.read(item)
    longest = max(map(len, others))
    tails = ["".join(pieces[k + 1:]) for k, piece in enumerate(pieces)
             if len(piece) >= 2 and word_tag(piece)[:1] == "v"]
    best = max((tail for tail in tails if tail and len(tail) <= longest and not _joined(tail)), key=len, default=item)
    return item[-longest:] if best != item and len(set(map(len, others))) == 1 and longest > len(best) \
        and not _joined(item[-longest:]) else best  # (the verb read inside the part: 扩能|增量, as long as the others)


def _joined(chunk: str) -> list[int]:
    """Where 和, 与 or 及 join two things in `chunk`, read as words of their own (not 与 in 参与)."""
    at, found = 0, []
    for piece in words.read(chunk) if any(joiner in chunk for joiner in _JOINERS) else ():
        if piece in _JOINERS:
            found.append(at)
        at += len(piece)
    return found


def _split_joined(items: list[str], count: int, at: int = -1) -> list[str]:
    """`items` with the one at `at` split where 和, 与 or 及 joins two of them, when the list is one short of `count`
    (A、B和C for 三…)."""
    if len(items) + 1 == count and len(joined := _joined(items[at])) == 1:
        item = items[at]
        k = at % len(items)
        return items[:k] + [item[:joined[0]], item[joined[0] + 1:]] + items[k + 1:]
    return items


_LIST_MARK = re.compile(r"、(?![^（(]*[）)])")  # not inside brackets: 省、州（市）、县（市、区）


def _items(chunk: str) -> list[str]:
    """The items of a list in `chunk`, split at its list marks (not those in brackets), without quote marks."""
    items = [re.sub(rf"[“”‘’]|^[{NUMERALS}]是", "", item) for item in _LIST_MARK.split(chunk)]  # (一是…、二是…)
    return [item[:-1] if item.endswith("的") and len(item) > 2 else item for item in items]


LIST_CHARS = 10_000  # text looked at for a list of parts (`_sane` takes at most 99 items of at most 16 characters)
_QUOTED_RUN = re.compile(r"“[^“”]{1,12}”(?:[、和与及]?“[^“”]{1,12}”)+")
_OPEN_PLUS = re.compile(r"(.+[+＋])[NnX]")  # a plus code open at its end: 文化+N


def _open_plus_listed(text: str, floor: int, open_at: int, name: str) -> tuple[str, ...] | None:
    """The codes of an open plus code quoted right before it and 等, each its lead and another thing: “文化+科技”“文化+金融”
    “文化+旅游”等|“文化+N”."""
    lead = _OPEN_PLUS.fullmatch(name)
    if lead is None or not text.endswith("等", 0, open_at):
        return None
    run = None
    for run in _QUOTED_RUN.finditer(text, max(floor, open_at - 80), open_at - 1):
        pass
    if run is None or run.end() != open_at - 1:
        return None
    items = tuple(re.findall(r"“([^“”]+)”", run.group()))
    return items if all(item.startswith(lead.group(1)) and len(item) > len(lead.group(1)) for item in items) else None
_VERBS_JOINED = re.compile(rf"([{HAN}]{{2}})[和与及]([{HAN}]{{2}})")  # 巩固和发展, 继续和加强
_PAIR_OF_BATTLES = re.compile(rf"两[个大场](?:[{HAN}]{{0,4}}?)攻坚战")  # a count of two battles: two fields of work


_SUBJECT_TAGS = ("ns", "nr", "nt", "r")  # a place, a person, a body or a pronoun that opens a clause as its subject
_PAIR_COUNTS = ("两个", "两种", "两大", "两件")  # a count of two that two nouns side by side may fill (国内国际两个大局)
_QUOTED_CLAUSES = re.compile(r"“([^“”。]{2,60}，[^“”。]{2,60})”$")  # a quotation of clauses right before a count
_COUNTED_BEFORE = re.compile(rf"[{COUNT_NUMERALS}][个件大项条][{HAN}]{{1,3}}$")
_COUNT_CLOSING_LIST = re.compile(rf"[{COUNT_NUMERALS}\d]+[个大项类][{HAN}]{{1,4}}$")  # (…、饲草|7大产业)


_POINTING_BACK = ("这", "这些")
_LINKING_CLAUSES = ("", "实现", "形成", "构成")  # a clause that links the list before it to a quoted count (…人才链，|“七条链”为
# 着力点; …1名农技员，实现|“五个一”; not …业务重组整合，|“一企一策”: one for each)
_QUOTED_MODIFIER = re.compile(rf"”的[{HAN}]{{1,8}}[和与及]$")


_DISCOURSE_LEAD = re.compile("^[^、]{0,6}?(?:另)?一方面(?!、)")  # what opens a clause of one side of an argument (大冶|一方面),
# not the list


def list_before(text: str, floor: int, end: int, count: int, adjacent: bool = False) -> tuple[list[str], bool] | None:
    """Parts listed right before position `end` (the formulation or its opening quote), and whether
    the list is open (A、B等六大行动: some of the parts); `adjacent`: the formulation follows the last part
    directly, without quotes, so set phrases and verbs may be parts (相互尊重、和平共处、合作共赢三原则), and two nouns
    side by side (统筹国内国际两个大局)."""
    pairs = _QUOTED_CLAUSES.search(text, floor, end)
    if pairs and len(items := pairs.group(1).split("，")) == count and all(2 <= len(item) <= 16 for item in items):
        return items, False  # “人口多、土地少，小生产、大市场，投入高、产出低”三大基本矛盾: one part a clause
    if pairs and len(items := pairs.group(1).strip().split("；")) == count and all(4 <= len(item) <= 30 for item in items):
        return items, False  # “要搞马克思主义，不要搞修正主义；要团结，不要分裂；…”三项基本原则: one part a sentence of clauses
    clause = _last_clause(text[floor:end])
    if text[end - len(clause) - 1:end - len(clause)] == "，" and (
            clause in _POINTING_BACK or clause in _LINKING_CLAUSES and text.startswith("“", end)
            and text[end + 1:end + 2] != "一" and "、" in _last_clause(text[floor:end - len(clause) - 1])):
        clause = _last_clause(text[floor:end - len(clause) - 1])  # A、B、C，这|“三抓”: the list of the clause before
    if clause.endswith(_CAUSE_VERBS) or _QUOTED_MODIFIER.search(clause):
        return None  # 伟大成就和伟大变革根本在于|“两个确立”: what they are owed to, not their parts; “机制活、…、生态美”的新福建和|
        # “四个切实”: a list that describes another thing joined to it
    chunk = _TAIL_VERB.sub("", _DISCOURSE_LEAD.sub("", clause.removeprefix("以及").removesuffix("所谓")))  # 粮食面积、总产、
    # 单产实现“两增一稳”; ，以及A、B等…; A、B等所谓“五毒” (so-called); ，一方面|加速A、B…等四大传统产业
    framed = _FRAMED_BEFORE.search(chunk)
    chunk = next(filter(None, framed.groups())) if framed else chunk  # 形成了以|能源、…和高新技术|为主的六大优势产业
    if framed and framed.group(1) and count == 2 and not re.search("[、“]", chunk) and len(joined := _joined(chunk)) == 1:
        items = [chunk[:joined[0]], chunk[joined[0] + 1:]]  # 以|创新驱动和改革开放|为两个轮子: the frame bounds the pair
        return (items, False) if _sane(items, 2, verbs=True) else None
    chunk = _without_own_count(chunk, count) if "、" in chunk else chunk
    chunk = chunk[:-1] if chunk.endswith("”的") and "、" in chunk[chunk.rfind("“"):] else chunk  # “好邻居、…、好伙伴”的|四好精神
    chunk = chunk[:-1] if chunk.endswith("的") and "”" not in chunk and "、" in chunk and text.startswith("“", end) \
        else chunk  # 实现共同发展、…、促进世界繁荣的|“四个伙伴”目标: the goals listed, then their count quoted
    pointing = chunk.endswith("这") and (adjacent or "、" in chunk or count == 2 and len(_joined(chunk)) == 1)
    chunk = chunk[:-1] if pointing else chunk  # …以及“双碳”承诺和自主行动|这|五个重大关系, 旅游景区、度假区、街区和商圈|这|“三区一圈”, 政府和市场|这|
    # “两只手”: the list it points back to
    partial = chunk.endswith("等")
    chunk = chunk[:-1] if partial else chunk
    if not chunk:
        return None
    if count >= 3 and len(chunk) == count == len(set(chunk)) and all(ch in LEVELS for ch in chunk):
        return list(chunk), False  # 省市县乡村|五级书记抓乡村振兴: the levels run together, one character each
    if "、" not in chunk and (lead := _VERBS_JOINED.match(chunk)) and len(chunk) - lead.end() >= 4 \
            and all(word_tag(verb)[:1] == "v" for verb in lead.groups()):
        chunk = chunk[lead.end():]  # 巩固和发展|煤矿瓦斯治理和整顿关闭两个攻坚战: two verbs joined govern the pair
    opening = chunk.rfind("“")
    whole = chunk.endswith("”") and opening >= 0 and chunk[opening - 1:opening] not in ("、", "”")  # (not “A”、“B和C”)
    in_quotes = whole and "、" in chunk[opening:]
    if whole and not in_quotes and len(re.split(f"[{DASHES}]", chunk[opening + 1:-1])) == count >= 3:
        chunk, in_quotes = chunk[:opening + 1] + re.sub(f"[{DASHES}]", "、", chunk[opening + 1:]), True  # “生产-流通-消费”
        # “三合一”: the parts joined by dashes
    if in_quotes:
        chunk = chunk[opening + 1:-1]  # 通过|“债务重组、平台转型…”五措并举: the parts are what the quotes hold
    elif count == 2 and whole and not partial \
            and len(joined := _joined(inner := chunk[opening + 1:-1])) == 1:  # “拓展就业需求与优化就业供给”两端发力
        items = [inner[:joined[0]], inner[joined[0] + 1:]]
        return (items, False) if _sane(items, 2, verbs=True) else None
    split_at_and = False  # (the last two parts were one item joined by 和)
    governed = "、" in chunk and bool(_COUNTED_BEFORE.search(chunk.rsplit("、", 1)[0]))
    if governed:
        chunk = chunk.rsplit("、", 1)[1]  # 统筹国内国际两个大局、|发展安全两件大事: the item before is another count's
        if not chunk:
            return None  # “四个中心、|六个基地”: a count quoted with another, no parts before it
    quoted = _QUOTED_RUN.search(chunk)
    if quoted and quoted.end() == len(chunk):  # “德聊吨半粮”“鲁西南”等六大引领区: names as printed
        if not partial and text.startswith("“", end):
            return None  # “两个基地”“两个枢纽”“两个网络”: formulations side by side, none the parts of the next
        items = re.findall(r"“([^“”]+)”", quoted.group())
        return (items, partial) if len(items) == count or (partial and len(items) < count) \
            or _counts_add_up(items, count) else None  # (“两个屏障”“两个基地”“一个桥头堡”五大战略定位)
    elif "、" in chunk and (pair := _pair_of_lists(chunk, count, named=text.startswith("“", end) and not partial)):
        return pair, False
    elif "、" in chunk:
        items = _items(chunk)
        items[0] = _after_proposing(_after_guarding(items[0]), items[1:])  # 继续把好|土地、信贷两个闸门
        items[0] = _without_leading_verbs(_after_preposition(_after_copula(items[0], items[1:]), items[1:], not in_quotes),
                                          items[1:])
        items[0] = _after_modifier(items[0], items[1:])  # 从传统的|经济、政治“双轨并进”
        if items[0].startswith("全国") and len(items[0]) >= 5 and not any(item.startswith("全国") for item in items[1:]):
            items[0] = items[0][2:]  # 全国|安全生产事故总量、较大事故和重特大事故“三个继续下降”: the scope they all share (全省,
            # 全市: `_LEAD_VERBS`)
        if items[0][:1] == "在" and not is_common_word(items[0][:2], 20) and len(items[0]) > min(map(len, items[1:])):
            items[0] = items[0][1:]  # 在|航空航天装备、…八大领域: where what follows is done
        if text.startswith("“", end):
            items[0] = _after_shared_noun(items[0], items[1:])  # 耕地|数量、质量、生态“三位一体” (not 领导干部、专家、群众三结合)
        size = len(items[-1])
        if all(len(item) == size for item in items[1:]) and items[0][-size - 2:-size] in BILATERAL_PAIRS:
            items[0] = items[0][-size:]  # 推动中欧|和平、增长、改革、文明四大伙伴关系: the two sides the parts are of
        if all(len(item) == 1 for item in items[1:]) \
                or len(items) >= 4 and all(len(item) == 1 for item in items[1:-1]) and len(items[-1]) == 2:
            items[0] = items[0][-1:]  # 使|责、权、利三者结合: parts of one character each (规划|路、水、电、气、光纤“五网”:
            # the last may be a word of two)
        if len(items) < count and chunk[0] in "与和同" and not partial:  # A、B开通运营，与C、D“四线贯通”
            return _joined_clauses(text, floor, end - len(clause), items, count)
        if len(items) + 1 == count and "以及" not in items[-1] and len(joined := _joined(items[-1])) == 1:
            items[-1:] = [items[-1][:joined[0]], items[-1][joined[0] + 1:]]  # 招商产业、项目、目标企业和政策 (not 及 of
            split_at_and = True  # 涉及: 案件数、涉及人数和金额“三下降”)
        elif len(items) + 1 == count and items[-1].count("以及") == 1 and not _joined(items[-1]):
            items[-1:] = items[-1].split("以及")
            split_at_and = True
        elif len(items) + 1 == count and items[-1].count("以及") == 1:  # A和B、C和D以及E和F: pairs, the last by 以及
            items[-1:] = items[-1].split("以及")
        elif partial and len(items) + 1 < count and len(joined := _joined(items[-1])) == 1 \
                and not any(_joined(item) for item in items[:-1]):
            items[-1:] = [items[-1][:joined[0]], items[-1][joined[0] + 1:]]  # A、B和C等“九大行动”: some of the parts
            split_at_and = True
        if len(items) > count >= 4 and text.startswith("“", end) and _joined(items[-count]) \
                and not any(_joined(item) for item in items[1 - count:]):
            items = items[-count:]  # A、B、…改革和|科技研发项目评审、机构评估、人才评价、成果评奖“四评”: a list after another
        if _governs_what_follows(items):
            return None  # 广大少数民族党员、干部深刻领悟|“两个确立”: the last item's verb governs the formulation
        if adjacent and len(items) == count and len(items[0]) > 2 * max(map(len, items[1:])) + 2 and _joined(items[0]):
            items[0] = _after_a_verb(items[0], items[1:])  # 中国和欧盟要…积极致力于打造|和平、增长、改革、文明四大伙伴关系:
            # the 和 joins those who act, not the parts
        pairs = len(items) == count and paired(items)  # 文化和科技、文化和旅游
        joined_first = _joined(items[0])
        if joined_first and not pairs and len(items) == count >= 4 and text.startswith("“", end) \
                and not any(_joined(item) for item in items[1:]):
            items[0] = items[0][joined_first[-1] + 1:]  # …分配改革和|科技研发项目评审、机构评估、人才评价、成果评奖“四评”
            joined_first = []
        qualified = len(items) == count >= 4 and text.startswith("“", end) and all(
            chunk[m.end():m.end() + 1] not in "、，" for m in _OTHER_COUNT.finditer(chunk))  # (…、“四算”新型基础设施、…
        # 等“十大基础设施项目”: as many parts as counted, a code only qualifying one of them)
        if joined_first and not pairs and not in_quotes or _OTHER_COUNT.search(chunk) and not pairs and not qualified:
            return None  # a larger coordination, or clauses about other formulations (坚定拥护“两个确立”、…, “六权”改革、…;
            # not 和 of 和平, nor pairs: …外部约束和内生动力以及“双碳”承诺和自主行动; nor the work of a strategy:
            # “一带一路”建设、京津冀协同发展、长江经济带发展三大战略)
    elif count == 2 and len(joined := _joined(pair := _after_last_verb(chunk))) == 1 and "”" not in chunk:
        chunk = pair  # 货币政策和宏观审慎政策“双支柱”
        items = _items(chunk[:joined[0]] + "、" + chunk[joined[0] + 1:])
        items[0] = _after_guarding(items[0])  # 主要是严把|土地审批和信贷投放两个闸门
        named = text.startswith("“", end) and not partial  # a quoted count of two right after the pair
        if named and len(items[0]) > len(items[1]) >= 4 and _same_shape(tail := items[0][-len(items[1]):], items[1]):
            return [tail, items[1]], False  # 为党领导人民创造|经济快速发展和社会长期稳定“两大奇迹”: two of one shape
        first = _LEAD_VERBS.sub("", items[0]) or items[0]
        if named and "在" in first[:-4] and text.startswith("下", text.find("”", end) + 1):
            first = first[first.rfind("在") + 1:]  # 中新关系在|高水平的政治互信和互利双赢的经贸合作“双轮驱动”下: the frame
        two_actions = named and (all(len(item) >= 5 and len(p := words.read(item)[0]) == 2 and word_tag(p) == "v"
                                     for item in (first, items[1]))  # (not 倡导和推动共建“一带一路”)
                                 or len(first) == len(items[1]) >= 6 and all(map(_two_short_actions, (first, items[1]))))
        if two_actions:  # 守住|保障国家粮食安全和防止规模性返贫致贫“两条底线”: two actions, each with its verb
            items[0] = first
            return (items, False) if _sane(items, 2, verbs=True) else None
        if not named and adjacent and _COUNTS_OF_ACTIONS.match(text, end) and not partial:
            actions = [_after_adverb_and_verb(first), items[1]]  # 牢牢守住|保障国家粮食安全和不发生规模性返贫两条底线
            if all(len(item) >= 5 and _opens_with_verb(item) for item in actions):
                return (actions, False) if _sane(actions, 2, verbs=True) else None
        items[0] = _after_adverb_and_verb(_after_preposition(first, items[1:]))
        if adjacent and _PAIR_OF_BATTLES.match(text, end) and min(map(len, items)) >= 4:
            return (items, partial) if _sane(items, 2, verbs=True) else None  # 打好|污染防治和精准脱贫|两大攻坚战: two
            # fields of work, each a battle
        described = named and all(item.count("的") == 1 and 2 <= len(item) - item.index("的") - 1 <= 6 for item in items)
        # (高水平的政治互信和互利双赢的经贸合作“双轮驱动”: two things, each as described)
        if "的" in items[0][:-2] and not described:
            items[0] = items[0][items[0].rindex("的") + 1:]  # …试验区形成的|线上综合服务和线下产业园区“两平台”
        pieces = words.read(items[0])
        if len(pieces) >= 2 and words.read(items[1]) == [items[1]] and len(pieces[-1]) == len(items[1]) \
                and len(pieces[-2]) == 1 and word_tag(pieces[-2]) == "v" \
                and word_tag(pieces[-1]) == word_tag(items[1]) == "n":
            pieces = pieces[-1:]  # 关键还是抓|耕地和种子两个要害: two nouns alike after a verb of one character (not
            # 碳排放|总量和强度双控)
        verb = max((i for i, piece in enumerate(pieces[:-1]) if i and len(piece) > 1 and word_tag(piece) == "v"
                    and (pieces[i - 1] in MODALS or _tag(pieces[i - 1]) == "d"
                         or i == 1 and word_tag(pieces[0]) in _SUBJECT_TAGS
                         and len("".join(pieces[2:])) + 1 >= len(items[1]))), default=-1)
        pieces = pieces[verb + 1:]  # 湖南要抓住|种子和耕地两个要害, 贵州坚守|生态和发展两条底线: what a verb after a modal,
        # an adverb or its subject governs (not 碳排放总量, 本科促进计划, nor 城市开发|边界 among 生态红线: a name)
        while len(pieces) > 1 and (word_tag(pieces[0]) in _LEADING_TAGS or len(pieces[0]) == 1 and _tag(pieces[0]) == "a"
                                   or word_tag(pieces[0]) == "vn" and len(pieces) == 2 and word_tag(pieces[1]) in NAME_TAGS
                                   or word_tag(pieces[0]) == "vn" and word_tag(pieces[1]) == "v"):  # 调动|保护|好|农民种粮
            pieces = pieces[1:]  # 守|好|发展和生态“两条底线”, 参与|建设|长江和大运河两大国家文化公园 (not 生产|安全…)
        items[0] = "".join(pieces)
        shared = items[1][:2]
        if len(items[1]) >= 4 and shared in items[0][1:]:
            items[0] = items[0][items[0].rindex(shared):]  # 规上工业企业|无研发机构和无研发活动: parts that open alike
        two_words = _two_words(items) or text.startswith(("“双", "“两"), end) and _two_measures(items)
        two_names = len(items[0]) == len(items[1]) >= 4 and _parallel(items) and (
            named or adjacent and all(len(pieces := words.read(item)) == 2 and len(pieces[1]) == 2
                                      and word_tag(pieces[1]) in ("v", "vn") for item in items))
        # 农业科技创新与农村综合改革“两…”; 土地审批和信贷投放|两个闸门: two things done, each a noun and a verb
        if items[0][-1:] != items[1][-1:] and items[0][:2] != shared and not _nouns_of_one_thing(items) and not two_words \
                and not two_names and not described:
            items = _governed_pair(items) if named else None  # 向…群体发放|服务和护理“两项补贴”: what the verb gives
            return (items, partial) if items else None  # two parts of one kind share their head (政策); else the 和 joins something larger
        return (items, partial) if _sane(items, 2, verbs=two_words) else None
    else:
        pair = adjacent and text.startswith(_PAIR_COUNTS, end)  # 国内国际两个大局; not 市属高校一校一策
        items = _shared_suffix_split(chunk, count) or (_noun_pair(chunk, count, governed) if pair else None) \
            or (_pair_sharing_a_head(chunk) if count == 2 and text.startswith("“", end) else None)
        if items is None:
            return None
    if len(items) != count and not (partial and 2 <= len(items) < count):
        return None  # more or fewer items than the numeral says
    actions = len(items) >= 3 and _COUNTED_ACTIONS.match(text, end) is not None
    if _CODE_OF_ONES.match(text, end) and all(_ONE_OF.search(item) for item in items):
        items[0] = items[0][_ONE_OF.search(items[0]).start():]  # 每个贫困村有|1名责任领导、1个帮扶单位…的“五个一”
        return (items, partial) if all(_ONE_OF.match(item) and len(item) <= 16 for item in items) else None
    if in_quotes:
        pass  # (“做强自身实力、发挥支撑作用”: the quotes bound the parts)
    elif actions and (lead := _GOVERNING_VERB.match(items[0])) and len(items[0]) - lead.end() >= 4:
        items[0] = items[0][lead.end():]  # 扎实开展|清理限制民营企业公平竞争障碍、…等“五大行动”
    elif not (count == 2 and text.startswith("“", end) and len(os.path.commonprefix(items)) >= 2):  # (确保A、确保B“两条
        # 底线”: two parts opening alike keep their verb)
        items[0] = _trim_pair_lead(items) if count >= 3 and paired(items) else _trim_lead(items[0], items[1:])
    items[-1] = _without_what_they_do(_before_province(items[-1]), items[:-1])
    _trim_to_middle(items)
    quoted = in_quotes or chunk.endswith("”") and "“" in chunk  # “登高、升规、晋位、上市”四个工程: verbs, quoted as its parts
    quoted = quoted or count >= 3 and text.startswith("“", end) and not any(i.isdigit() or set(i) <= set(NUMERALS)
                                                                           for i in items) \
        and not (split_at_and and any(len(i) <= 2 and _is_verb(i) for i in items[-2:]))
    # (依法办理、舆论引导、社会面管控“三同步”, 责任、政策、帮扶、监管“四个不摘”: what the quoted count names; not
    # 十三、坚持和完善“一国两制”, a heading's number and verbs governing it)
    counted = _COUNTED_NOUN.match(text, end)  # 产业、创业、就业“三业联动”: each part ends with what is counted
    alike = counted is not None and all(item.endswith(counted.group(1)) for item in items) \
        or len(items) >= 3 and all(items) and len({item[-1] for item in items}) == 1 \
        or actions  # (自治、法治、德治: verbs, one head)
    long_names = text.startswith("“", end) and not partial and count >= 3 and not re.search(r"\d", chunk)
    longest = 24 if long_names else 16  # 打造A、B、C“三个样板”: long names, as printed
    return (items, partial) if _sane(items, len(items), verbs=quoted or adjacent or alike, longest=longest,
                                     quoted=in_quotes) \
        and (_parallel(items) or governed or count >= 3 and paired(items) or actions and min(map(len, items)) >= 4
             or in_quotes or count == 2 and text.startswith("“", end) and len(os.path.commonprefix(items)) >= 2) \
        else None  # (“做强自身实力、发挥支撑作用”两大要点: quoted as one, its parts need not look alike; 确保A、确保B“两条底线”:
    # two parts opening alike before a quoted count)


_CODE_OF_ONES = re.compile(rf"的?“?[{COUNT_NUMERALS}]个一”?(?![{HAN}])")  # “五个一”: as many things, one of each
_ONE_OF = re.compile(r"(?<![\d.])[1一][名个支套项家座所条](?=[\u4e00-\u9fff“])")  # 1名第一书记, 一个帮扶单位
_AMOUNT = re.compile(r"\d+(?:\.\d+)?[万亿]*元")  # a sum of money spent on what is named before it
_OTHER_COUNT = re.compile(rf"“[{COUNT_NUMERALS}双][^”]*”(?!建设|倡议)(?=.)")


def _after_modifier(item: str, others: list[str]) -> str:
    """The first part of a list without a modifier of two characters or more and 的 before it, when what follows 的 is a
    short word and the other parts are as long and hold no 的 (传统的|经济、政治; not 党的建设, 提高党的领导水平和…)."""
    lead, _, rest = item.rpartition("的")
    if len(lead) < 2 or not 1 <= len(rest) <= 4 or any("的" in other for other in others) \
            or len(rest) > max(map(len, others)):
        return item
    return rest


def _after_shared_noun(item: str, others: list[str]) -> str:
    """The first part of a list without the noun all the parts are of, when two or more short words of its last word's
    length follow (耕地|数量、质量、生态: the quantity, quality and ecology of farmland)."""
    if len(others) < 2 or len(item) < 4 or any(len(other) != 2 for other in others) \
            or words.read(item)[-2:] != [item[-4:-2], item[-2:]] or word_tag(item[-4:-2]) != "n" \
            or not all(is_common_word(word, 100) for word in [item[-2:], *others]):
        return item
    return item[-2:]


def _known_parts_printed(definition: str, name: str) -> list[str] | None:
    """An established formulation's known parts, as its glossary entry prints them (“双一流”：中国特色、世界一流的大学和
    优势学科), or None when it does not print them all."""
    printed = [next((s for s in sorted(spellings, key=len, reverse=True) if s in definition), None)
               for spellings in formulation_parts().get(name, ())]
    return printed if printed and all(printed) else None


def _as_known_parts(name: str, parts: list[str]) -> bool:
    """Whether the `parts` are spellings of an established formulation's known parts, one each (国际国内|两个大局, where
    the sentence prints its other spelling too: 统筹中华民族伟大复兴战略全局和世界百年未有之大变局…)."""
    known = formulation_parts().get(name, ())
    return len(parts) == len(known) and all(any(part in spellings for part in parts) for spellings in known)


def _like_known_parts(name: str, parts: list[str]) -> bool:
    """Whether the `parts` found for an established formulation are like its known parts, all but one in three (half
    of them when one holds or lies inside a spelling of them: 农民种粮和地方政府抓粮“两个积极性”): each holds a spelling
    of them, lies inside one or shares two characters with one that are not the formulation's own (电动载人汽车 for
    电动汽车; a province's own 新三样 may differ in one; not 全国统一大市场循环枢纽 for 双循环's 国内循环). True for a
    formulation without known parts."""
    known = formulation_parts().get(name)
    if known is None:
        return True
    spellings = [s for part in known for s in part]
    spelt = sum(any(s in part or part in s for s in spellings) for part in parts)
    alike = sum(any(s in part or part in s or any(pair in s and pair not in name for pair in _pairs(part))
                    for s in spellings) for part in parts)
    return alike >= len(parts) - len(parts) // 3 or spelt and 2 * alike >= len(parts)


def _names_for_a_known_formulation(name: str, parts: list[str]) -> bool:
    """Whether `parts` found for an established formulation are all names of institutions or places (郑州大学、河南大学
    “双一流”建设): what it applies to, not its parts."""
    return name in formulation_names() and all(_INSTITUTION_HEAD.search(part) or is_known_place(part) for part in parts)


def _listed_with_it(text: str, open_at: int, close_at: int, items: list[str]) -> bool:
    """Whether the items are a list right before the formulation and the word right after it ends the items before
    the last, so that the formulation and that word are the list's last item, not its parts (最低工资标准、
    残疾人“两项补贴”|标准)."""
    if not text.endswith(items[-1], 0, open_at):
        return False
    after = words.word_read_at(text, close_at)
    return after is not None and len(after) >= 2 and word_tag(after)[:1] == "n" \
        and any(item.endswith(after) for item in items[:-1])


_INSTITUTION_HEAD = re.compile("(?:大学|学院|研究院|研究所|医院|实验室)$")


def _governs_what_follows(items: list[str]) -> bool:
    """Whether the last of `items` ends with a verb that takes a formulation, after other words (…、多次关注|“一老一小”,
    …、干部深刻领悟|“两个确立”): the list is the verb's subject or time, not the parts of what follows it."""
    tail = _GOVERNING_TAIL.search(items[-1])
    if tail is not None and tail.start() >= 2 and _GOVERNING_TAIL.search(items[0]) is None:
        return True
    pieces = words.read(items[-1])  # …、所有家庭都可以|生育|两个孩子: a modal and a verb end the last item
    return len(pieces) >= 3 and (pieces[-2] in MODALS or pieces[-2] in _ABLE) and word_tag(pieces[-1]) in ("v", "vn")


_ABLE = ("可以", "能够")  # what may be done, before its verb


_GOVERNING_TAIL = re.compile("(?:领悟|关注|贯彻|落实|践行|拥护|做到|增强|坚定|出台|打造|学习|理解|把握|聚焦|围绕|坚持)$")


def paired(items: list[str]) -> bool:
    """Whether each item is two things joined by one 和 or 与 (文化和科技、文化和旅游)."""
    return all(len(re.findall(r"[和与]", item)) == 1 for item in items)


def _trim_pair_lead(items: list[str]) -> str:
    """The first of a list of pairs without the verbs and adverbs that lead its first thing: 正确处理|高质量发展和
    高水平保护、重点攻坚和协同治理…"""
    first, joiner, second = re.split("([和与])", items[0])
    lead = _LEAD_VERBS.match(first)
    if lead and len(first) - lead.end() >= 2 and len(first) > max(len(re.split("[和与]", i)[0]) for i in items[1:]):
        first = first[lead.end():]  # 大力推动|专业设置与产业需求、课程内容与职业标准 (the dictionary tags 大力 a noun)
    pieces = words.segment(first)
    while len(pieces) > 1 and len(pieces[0]) > 1 and (_tag(pieces[0]) in ("v", "d", "ad", "a")
                                                      or len(pieces[0]) >= 4 and _tag(pieces[0][-2:]) == "v"):
        pieces = pieces[1:]  # 正确处理|…; 统筹|…
    return "".join(pieces) + joiner + second


def _joined_clauses(text: str, floor: int, clause_start: int, items: list[str], count: int) -> tuple[list[str], bool] | None:
    """The parts of a clause that opens with 与 (`items`) and of the list that opens the clause before it, without
    what that list's last item is said to do: 广佛南环、佛莞城际开通运营，与佛肇、莞惠城际“四线贯通”."""
    if clause_start - 1 <= floor or text[clause_start - 1] != "，":
        return None
    earlier = _items(_last_clause(text[floor:clause_start - 1]))
    pieces = words.read(earlier[-1])
    while len(pieces) > 1 and word_tag(pieces[-1]) in ("v", "vn"):
        pieces.pop()
    earlier[-1] = "".join(pieces)
    earlier[0] = _trim_lead(earlier[0], earlier[1:] + items)
    combined = earlier + [items[0][1:]] + items[1:]
    return (combined, False) if _sane(combined, count) and _parallel(combined) else None


def _trim_to_middle(items: list[str]) -> None:
    """Cut the last item of a list to the one length of the middle ones where what is cut is a verb and what it
    takes, which the list depends on: 主动想、扎实干、看效果|抓工作“三部曲”."""
    lengths = {len(item) for item in items[1:-1]}
    if len(items) < 3 or len(lengths) != 1:
        return
    size = lengths.pop()
    rest = words.read(items[-1][size:]) if len(items[-1]) >= size + 3 else []
    if len(rest) == 2 and word_tag(rest[0]) == "v" and word_tag(rest[1]) in ("n", "vn"):
        items[-1] = items[-1][:size]


_COUNTED_NOUN = re.compile(rf"“?(?!一)[{COUNT_NUMERALS}双][个大项]?([{HAN}])")  # not 一人一档: one each
_GOVERNING_VERB = re.compile(r"^(?:扎实|深入|全面|大力|持续|组织|集中|着力)?(?:开展|实施|启动|推进)+")  # what a list of actions follows
# A count of actions: its parts are what is done, verbs first (清理…障碍、充分激发…活力……等“五大行动”).
_COUNTED_ACTIONS = re.compile(rf"“?(?:\d{{1,2}}|[{COUNT_NUMERALS}]{{1,2}})[大项个][{HAN}]{{0,6}}?(?:行动|工程|攻坚战|攻坚突破|举措)”?(?![{HAN}])")


@lru_cache(maxsize=None)
def _provinces() -> re.Pattern:
    from policykg.extract.resources import divisions

    return re.compile("|".join(sorted({d.short for d in divisions() if d.level == "province"}, key=len, reverse=True)))


def _before_province(item: str) -> str:
    """The last part of a list without the province's words after it (新能源电池|云南工业“新三样”)."""
    province = _provinces().search(item, 2)
    return item[:province.start()] if province and len(item) - province.end() <= 3 else item


# A qualifier in brackets inside a name (联通（湖南）产业互联网传输系统), which does not end a clause.
_QUALIFIER = re.compile(rf"[（(](?<=[{HAN}][（(])[{HAN}]{{1,4}}[）)](?=[{HAN}])")  # the bracket first: a fast scan
# A verb, an adverb or a scale between a list and the formulation it makes up: 粮食面积、总产、单产实现“两增一稳”;
# A、B、C统称“三X”; …比2023年实现“四个翻番”; 荒漠化、沙化土地面积持续“双缩减”; 冷水鱼、冷凉蔬菜万吨级“双冷”.
_CAUSE_VERBS = ("在于", "源于", "得益于", "取决于", "归功于", "来自于", "来源于")
_TAIL_VERB = re.compile(r"(?:[比较](?:\d{4}年|上年|去年)|同比)?(?:连续\d{1,2}年)?(?:持续|继续|不断|同步|均|逐年)?"
                        r"(?:实现|达到|保持|做到|构成|组成|统称|合称|并称|简称|实施|开展|推进)?(?:[\d十百千万亿]+[吨元]?级)?"
                        r"(?:为(?:代表|主体|核心|重点)的?)?$")


def _last_clause(chunk: str) -> str:
    """The clause `chunk` ends with: after its last comma, colon, full stop, bracket (not a qualifier's) or line
    break, or after another quoted count and the conjunction that joins the next list to it (A、B“两个清单”和|C、D)."""
    masked = _QUALIFIER.sub(lambda m: "\x01" * len(m.group()), chunk)
    cut = max(masked.rfind(mark) for mark in "，；：。（）\n")
    joined = max((m.end() - 1 for m in _COUNT_THEN_AND.finditer(chunk, cut + 1)), default=-1)
    return chunk[max(cut, joined) + 1:]


_COUNT_THEN_AND = re.compile(rf"“[{COUNT_NUMERALS}双][^“”]{{1,10}}”(?:以及|和|与|及)")


def _governed_pair(items: list[str]) -> list[str] | None:
    """Two nouns of two characters joined by 和, the first right after a verb that governs both (发放|服务和护理): the
    pair, else None (not 提质培优工程和|高职学校)."""
    pieces = words.read(items[0])
    if len(pieces) < 2 or len(pieces[-2]) != 2 or word_tag(pieces[-2]) != "v":
        return None
    pair = [pieces[-1], items[1]]
    return pair if all(len(p) == 2 and word_tag(p) in ("n", "vn") for p in pair) else None


def _nouns_of_one_thing(items: list[str]) -> bool:
    """碳排放总量和强度: two measures of one thing, the second a short noun, the first ending in one."""
    first, second = items
    return 2 <= len(second) <= 3 and len(first) > len(second) and _tag(second) == "n" == _tag(first[-len(second):])


_LEADING_TAGS = ("v", "d", "p", "c", "ad")  # what leads the first of two parts, not part of it


def _two_words(items: list[str]) -> bool:
    """冰雪和避暑“双品牌”, 标准机架和算力规模“双翻番”: two short items, each a word of the dictionary or ending in a
    noun, a noun among them, make up the pair (not 坚持和落实“两个毫不动摇”, two verbs that govern it)."""
    if not all(2 <= len(item) <= 4 for item in items):
        return False
    heads = [words.read(item)[-1] for item in items]
    return all(word_tag(head) for head in heads) \
        and any(_tag(head) == "n" for head in heads) and sum(map(_is_verb, items)) <= 1


def _two_measures(items: list[str]) -> bool:
    """国企债务余额和资产负债率“双管控”: two nouns of up to eight characters, neither a verb, right before the quoted count
    of two (not 太湖湖西及上游重点河道“一河一策”: one each)."""
    return all(3 <= len(item) <= 8 and _tag(words.read(item)[-1]) == "n" and not _is_verb(item) for item in items)


def _after_adverb_and_verb(item: str) -> str:
    """`item` without the adverb and verb that open it (逐步转向碳排放总量 → 碳排放总量; not 安全生产事故起数)."""
    pieces = words.segment(item)
    at = 0
    while at < len(pieces) - 1 and len(pieces[at]) > 1 and _tag(pieces[at]) == "d":
        at += 1
    if 0 < at < len(pieces) - 1 and _tag(pieces[at]) == "v":
        return "".join(pieces[at + 1:])
    return item


def _tag(word: str) -> str:
    return word_tag(word)[:1]


_KEY_NOUN = re.compile("重点(?:产业|项目|领域|行业|企业|人群|群体|区域|工程)")


def _same_shape(first: str, second: str) -> bool:
    """Two phrases read as words of the same lengths, a noun first (经济|快速|发展, 社会|长期|稳定)."""
    a, b = words.read(first), words.read(second)
    return len(a) == len(b) >= 2 and [len(w) for w in a] == [len(w) for w in b] \
        and word_tag(a[0])[:1] == word_tag(b[0])[:1] == "n"


def _parallel(items: list[str]) -> bool:
    """Items of one kind: one head noun (先进制造业中心、商贸物流中心), or one length and a shared first
    character (最快…、最小…), or nominal items of like length (no item opens with a verb of action), or less alike
    when each ends in a noun (非法集资刑事案件、涉案金额和人员)."""
    lengths = [len(i) for i in items]
    if len({i[-1] for i in items}) == 1 or (len({i[0] for i in items}) == 1 and len(set(lengths)) == 1) \
            or len(items) >= 4 and (len(set(lengths)) == 1 and lengths[0] >= 2 or max(lengths) - min(lengths) == 1
                                    and min(lengths) >= 5) \
            or len(items) == 3 and set(lengths) == {2} and all(is_common_word(i, 50) for i in items):
        return True  # 支持政策、优势资源…; 稳定、发展、生态、强边; 和平、发展、人权
    if len(items) >= 3 and all(2 <= len(i) - i.rfind("的") - 1 <= 3 and i.rfind("的") >= 2 for i in items):
        return True  # 构建命运共同体的旗手、…的先锋、民心相通的典范: things each described (a verb may open one)
    led = [_LEAD_VERBS.match(i) is not None and not _KEY_NOUN.match(i) for i in items]  # not 重点产业招商…: 重点 qualifies
    if len(items) >= 3 and all(is_led or _opens_with_verb(i) for is_led, i in zip(led, items)):
        return True  # actions: 坚持开放合作、深化互联互通、坚持绿色发展; 推进现代化建设、完成祖国统一、维护世界和平…
    if any(led):
        return False
    return _like_lengths(items, 3 if len(items) == 3 else 4) or \
        _like_lengths(items, 4) and all(_tag(words.read(i)[-1]) == "n" for i in items)  # 刑事案件、涉案金额和人员


def _shared_suffix_split(chunk: str, count: int) -> list[str] | None:
    """创新链产业链资金链人才链 → [创新链, 产业链, 资金链, 人才链]: `count` (three or more) items ending in
    the same character."""
    if count < 3:
        return None
    suffix = chunk[-1]
    cuts = [i + 1 for i, ch in enumerate(chunk) if ch == suffix]
    if len(cuts) != count:
        return None
    bounds = [0] + cuts
    items = [chunk[a:b] for a, b in zip(bounds, bounds[1:])]
    lengths = {len(i) for i in items[1:]}
    return items if len(lengths) == 1 and len(items) == count else None


def _pair_sharing_a_head(chunk: str) -> list[str] | None:
    """地下水水位水量 → [水位, 水量]: two nouns of two characters side by side, opening alike, right before a quoted count
    of two (水位水量“双控”); not one word of four."""
    pair = chunk[-4:]
    if len(pair) < 4 or pair[0] != pair[2] or pair[0] == pair[1] or dictionary().get(pair) is not None:
        return None
    items = [pair[:2], pair[2:]]
    return items if all(word_tag(item) in ("n", "vn", "nz") and is_common_word(item, 100) for item in items) else None


def _noun_pair(chunk: str, count: int, governed: bool = False) -> list[str] | None:
    """统筹国内国际 → [国内, 国际]: two nouns of two characters side by side after a verb, the parts of a count of two;
    `governed`: the verb is that of the item before (统筹…两个大局、|发展安全), the chunk is the two words alone."""
    pieces = words.read(chunk)
    if governed:
        return pieces if count == 2 and len(pieces) == 2 and all(
            len(p) == 2 and word_tag(p) in ("n", "s", "ns", "f", "vn", "an") for p in pieces) else None
    if count != 2 or len(pieces) < 3 or word_tag(pieces[-3]) != "v" or \
            not all(len(p) == 2 and word_tag(p) in ("n", "s", "ns", "f") for p in pieces[-2:]):
        return None
    return pieces[-2:]


_LIST_END = re.compile("[，；。（）]")  # what ends a list after its introducing word


def list_after(text: str, start: int, ceiling: int, count: int, descriptor: bool = False,
               name: str = "") -> tuple[list[str], bool] | None:
    """“六稳”，即稳就业、稳金融、…; 六大领域：未来材料、未来能源…: parts listed right after an introducing word
    or a colon (with `descriptor`, also after the word the formulation qualifies: “四个一”工作：一个平台、…); the last
    without the words of the formulation's `name` the others lack."""
    intro = _AFTER_INTRO.match(text, start) or descriptor and _AFTER_DESCRIPTOR.match(text, start)
    if not intro or text.startswith(("一手是", "一方面"), intro.end()):
        return None  # (两手：一手是…，另一手是…: numbered parts, `numbered_parts`)
    stop = _LIST_END.search(text, intro.end(), ceiling)
    chunk = text[intro.end():stop.start() if stop else ceiling]
    items = _split_joined(_items(chunk), count) if count >= 3 else _items(chunk)  # 也就是西北、华北和东北
    if len(items) != count and count >= 3 and stop is not None and text[stop.start()] == "，":
        return _clauses_by_commas(text, intro.end(), ceiling, count)
    if len(items) != count:
        return None
    items[0] = items[0].removeprefix("其中")  # “三个下降”：其中|年均受灾人次、…
    role = next((verb for verb in _BEING_ROLES if items[0].startswith(verb)), None)
    if role and len(items[0]) - len(role) >= 4 and not any(item.startswith(role) for item in items[1:]):
        items[0] = items[0][len(role):]  # 担当好“四个角色”，即做|构建命运共同体的旗手、…的先锋: the roles, without the verb
    if intro.group().endswith("——") and "的" in items[-1]:
        items[-1] = items[-1].split("的")[0]  # “四煤城”——鸡西、…、七台河|的采沉区: the things the dash names, then what they have
    items[-1] = _without_the_names_words(_trim_tail(items[-1], items[:-1]), name, items[:-1])  # 即创新链、…人才链|深度融合
    alike = count >= 3 and (len({i[:2] for i in items}) == 1 or len({i[-2:] for i in items}) == 1) \
        or name.endswith(_TASKS)  # (四大任务是——着力发展…设计业、加速发展…制造业: tasks are things done)
    longest = 24 if alike else 16  # 即坚持党的全面领导、坚持以铸牢中华民族共同体意识为主线、…: long parts of one kind
    return (items, False) if _sane(items, count, verbs=alike, longest=longest) and _parallel(items) else None


def _clauses_by_commas(text: str, start: int, ceiling: int, count: int) -> tuple[list[str], bool] | None:
    """Parts separated by commas up to the sentence's end, as many as the count: short nominal ones (也就是生态保护红线，
    资源利用上线，环境质量底线和环境准入负面清单) or clauses that open with one verb (即坚持共同、综合…的安全观，坚持尊重…)."""
    stop = _SENTENCE_END.search(text, start, ceiling)
    items = _split_joined(text[start:stop.start() if stop else ceiling].split("，"), count)
    if len(items) != count or any(item[:1] in NUMERALS and item[1:2] in "是要" for item in items):
        return None  # (一要坚持原则，二要…: numbered points, read as such)
    if len({item[:2] for item in items}) == 1 and all(6 <= len(item) <= 40 and "“" not in item for item in items) \
            and word_tag(items[0][:2]) == "v":
        return items, False
    return (items, False) if _sane(items, count) and _parallel(items) else None


_SENTENCE_END = re.compile("[；。\n]")
_BEING_ROLES = ("争做", "争当", "成为", "做", "当")  # the verb before roles listed (即做|…的旗手、…的先锋)
_TASKS = ("任务", "举措", "措施", "行动")  # what formulations name whose parts are things to do
_CLAUSES_INTRO = re.compile(r"(?:分别是|分别为)[：:]|(?:[是为]|(?:内容)?包括)[：:](?=1\.)")  # (…十大新闻是：1.…: items
# numbered, run together)
_CLAUSE_ITEM = 80  # the longest clause taken as one part
_COLON = re.compile(r"[”’」]?[：:]")
_MEANING = re.compile(r"[”’」]?[，,](?:指的是|是指)")
_LINKING = re.compile("^(?:而|以及|并且)")  # what links the last clause to those before it


def clauses_after(text: str, start: int, count: int) -> tuple[list[str], bool] | None:
    """Parts one clause each, separated by semicolons after 分别是： (or a colon, the clauses unnumbered), as many as the
    count, up to the full stop: 这6起典型问题分别是：A在…中层层加码…问题；B…问题；…; or numbered 1. to the count and run together, each a title
    whose first phrase names it (十大新闻分别是：1.A 另述2.B…10.J)."""
    intro = _CLAUSES_INTRO.match(text, start)
    colon = None if intro or count < 3 else _COLON.match(text, start) or _MEANING.match(text, start)  # 四大矛盾：A；B；C；D。
    # (unnumbered clauses; “四种形态”，指的是A；B；C；而D。)
    if intro and text.startswith("1.", intro.end()):
        return _run_of_numbered(text, intro.end(), count)
    intro = intro or colon
    stop = text.find("。", start, start + count * _CLAUSE_ITEM) if intro else -1
    if stop < 0:
        return None
    items = [_LINKING.sub("", item) for item in text[intro.end():stop].split("；")]
    commas = text[intro.end():stop].split("，") if colon and len(items) == 1 else []
    if len(commas) == count and len({item[-1:] for item in commas}) == 1:
        items = commas  # 三大标志性战役：A攻坚战，B、C两大沙地歼灭战，D阻击战。: parts alike, separated by commas (not
        # 四个“超过”：力争到2025年，A超过4%，…: clauses)
    if colon and any(_NUMBER_MARK.match(item) or "\n" in item for item in items):
        return None  # (…亮点：一是A；二是B: numbered points, found as such)
    return (items, False) if len(items) == count and all(4 <= len(item) <= _CLAUSE_ITEM for item in items) else None


_THAT_IS_COLON = re.compile(r"[”’」]?[，,]?(?:即|就是|分别是|分别为)[：:]")


def _clauses_of_its_character_after(text: str, start: int, name: str, count: int) -> tuple[list[str], bool] | None:
    """The clauses after 即： up to the full stop, as many as a count of one character says, each opening with the
    character: 做到“五不”，即：不干预…，不干涉非洲内政，…，不在对非投资融资中谋取政治私利。"""
    code = _ONE_CHARACTER_CODE.fullmatch(name)
    intro = _THAT_IS_COLON.match(text, start) if code else None
    stop = text.find("。", intro.end(), intro.end() + count * _CLAUSE_ITEM) if intro else -1
    if stop < 0:
        return None
    items = re.split("[，；]", text[intro.end():stop])
    return (items, False) if len(items) == count and all(
        item.startswith(code.group(1)) and 3 <= len(item) <= _CLAUSE_ITEM for item in items) else None


def _run_of_numbered(text: str, start: int, count: int) -> tuple[list[str], bool] | None:
    """The items numbered 1. to `count` from `start` on one line, each up to its first space (a title's first phrase)."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    marks = [start]
    for number in range(2, count + 1):
        at = text.find(f"{number}.", marks[-1] + 2, line_end)
        while at > 0 and text[at - 1].isdigit():
            at = text.find(f"{number}.", at + 1, line_end)
        if at < 0:
            return None
        marks.append(at)
    if text.find(f"{count + 1}.", marks[-1] + 2, line_end) >= 0:
        return None  # more items than the count
    items = []
    for k, (at, end) in enumerate(zip(marks, marks[1:] + [line_end]), start=1):
        item = text[at + len(f"{k}."):end].lstrip(" \u3000").split(" ")[0]  # (2. 庆祝…: a space after the number)
        items.append(_QUOTE_MARKS.sub("", item))
    return (items, False) if all(4 <= len(item) <= _CLAUSE_ITEM for item in items) else None


_QUOTE_MARKS = re.compile("[“”‘’《》]")


# A period a plan is drawn for: 2025年, “十五五”时期, 到2035年及中长期, 近期.
_PERIOD = rf"(?:到|至)?(?:\d{{4}}年(?:及中长期|前)?|十[{DIGITS}]五(?:时期|期间)|近期|中期|远期|中长期)"
_DOCUMENTS = re.compile(r"[张份本]|(?:清单|图|表|规划|计划|方案)$")
_PERIODS = re.compile(rf"{_PERIOD}(?:(?:、|和|及){_PERIOD})+(?=[{HAN}]{{0,10}}$)")


def _periods_before(text: str, floor: int, end: int, name: str, count: int) -> tuple[list[str], bool] | None:
    """2024年、2025年、“十五五”期间实施重大项目“三张清单”: as many periods as counted, at most ten characters
    of what is done in them before the formulation, which names documents (清单, 图, 规划; not “双提升”)."""
    if not _DOCUMENTS.search(name):
        return None
    clause = re.sub(r"[“”]", "", _last_clause(text[floor:end]))
    match = _PERIODS.search(clause)
    if not match:
        return None
    items = re.findall(_PERIOD, match.group())
    return (items, False) if len(items) == count else None


_COUNT_OPENING = re.compile(rf"(?:\d{{1,2}}|[{COUNT_NUMERALS}]{{1,2}})[大个项]?")
_EARLIER_CHARS = 300  # how far back in its paragraph a counted name looks for the parts it sums up


def find_marked_lists(text: str, slogans: list[Candidate], sentence_bounds: list[tuple[int, int]]) -> list[Definition]:
    """Parts of counted formulations not decoded otherwise, listed near them in their sentence, which mark
    themselves as their parts: in each a word opens with the same character of the name (通硬化路、通客车、通邮路的“三通”; “新三通”的时间表，
    到2035年基本实现A通…、B通…、C通…), or they end alike and are named as the count (数字贸易与货物贸易、服务贸易并列为…
    的三大支柱); and the parts of one not counted, quoted right before it (“吃苦耐劳、一往无前、不达目的绝不罢休”的蒙古马精神).
    Not codes of several groups (一带一路), nor formulations whose parts the glossary knows."""
    found: list[Definition] = []
    starts = [a for a, _ in sentence_bounds]
    known = formulation_parts()
    for cand in slogans:
        count = part_count(cand.name)
        traits = _QUOTED_TRAITS.search(text, max(0, cand.start - 60), cand.start) \
            if count is None and text.endswith("”的", 0, cand.start) else None
        if traits and cand.name not in known and not any(d.name == cand.name for d in found):
            items = traits.group(1).split("、")  # “吃苦耐劳、一往无前、不达目的绝不罢休”的蒙古马精神: what it is
            if len(items) >= 2 and all(2 <= len(item) <= 12 for item in items):
                k = bisect_right(starts, cand.start) - 1
                sentence = sentence_bounds[k] if k >= 0 else (0, len(text))
                found.append(Definition(cand.name, tuple(items), *sentence, f"{len(items)} parts (quoted before it)"))
            continue
        if count is None or count < 2 or cand.name in known or _GROUPS.fullmatch(cand.name) \
                or sum(ch in _NUMERAL_VALUES for ch in cand.name) > 1 or any(d.name == cand.name for d in found):
            continue
        open_at = cand.start - 1 if cand.start and text[cand.start - 1] in "“‘「" else cand.start
        close_at = cand.end + 1 if cand.end < len(text) and text[cand.end] in "”’」" else cand.end
        k = bisect_right(starts, cand.start) - 1
        sentence = sentence_bounds[k] if k >= 0 else (0, len(text))
        parts = _marked_list(text, max(sentence[0], open_at - _MARKED_REACH), open_at, cand.name, count, before=True) \
            or _marked_list(text, close_at, min(sentence[1], close_at + _MARKED_REACH), cand.name, count, before=False) \
            or _pair_of_its_head(text, close_at, min(sentence[1], close_at + _MARKED_REACH), cand.name, count)
        following = bisect_left(starts, sentence[1])
        if not parts and following < len(sentence_bounds) and sentence_bounds[following][0] - sentence[1] <= 2:
            parts = _subjects_of_its_head(text, sentence_bounds[following], cand.name, count)
            sentence = (sentence[0], sentence_bounds[following][1]) if parts else sentence
        if not parts and (opened := _openings_with_its_word(text, sentence[1], cand.name, count)
                          or _hands_taken(text, close_at, sentence_bounds[following][1]
                                          if following < len(sentence_bounds) else sentence[1], cand.name)
                          or _taken_as(text, sentence, open_at, count)
                          or _clauses_led_by_its_word(text, close_at, cand.name, count)
                          or _subjects_sharing_a_head(text, sentence[1], count)):
            parts, sentence = opened[0], (sentence[0], opened[1])
        if parts:
            found.append(Definition(cand.name, tuple(parts), sentence[0], sentence[1],
                                    f"{len(parts)} parts for {_numeral_in(cand.name)} (marked)"))
    return found


_QUOTED_TRAITS = re.compile(r"“([^“”，。；]{2,60}、[^“”，。；]{2,60})”的$")  # a quoted list, then 的, right before
_MARKED_REACH = 60  # characters between a formulation and the list of its parts, at most
_COUNTING_CHARACTERS = frozenset("个大项条类种新双两")
_NAMED_AS = re.compile(r"(?:并列|列|作|定位|确定|统称|合称|并称|称)为")  # A、B、C并列为…的三大支柱


def _pair_of_its_head(text: str, start: int, end: int, name: str, count: int) -> list[str] | None:
    """Two things joined by 和, 与 or 及 in the clause after a count of two, both ending in the word the count names:
    落实“两个责任”，压实主体责任和监督责任."""
    named = _COUNTED_HEAD.search(name)
    clause = re.split("[，；。：]", text[start:end])[1:2] if count == 2 and named else []
    joined = _joined(clause[0]) if clause else []
    if len(joined) != 1:
        return None
    head = named.group(1)  # type: ignore[union-attr]
    pair = [clause[0][:joined[0]], clause[0][joined[0] + 1:]]
    pair[1] = pair[1][:pair[1].find(head) + 2] if head in pair[1] else pair[1]
    pair[0] = _tail_words(pair[0], len(pair[1]))  # 压实|主体责任 and 监督责任
    return pair if all(p.endswith(head) and 3 <= len(p) <= 12 for p in pair) else None


def _subjects_of_its_head(text: str, following: tuple[int, int], name: str, count: int) -> list[str] | None:
    """The subjects of the clauses of the `following` sentence, as many as counted, each ending in the word the count
    names: 加快“三大工程”建设。保障性住房建设工程稳步推进，城中村改造工程加快实施，“平急两用”…建设工程有序开展."""
    named = _COUNTED_HEAD.search(name)
    if named is None or count < 3:
        return None
    head = named.group(1)
    clauses = re.split("[，；]", text[following[0]:following[1]].rstrip("。！？\n"))
    if len(clauses) != count or not all(head in clause[2:] for clause in clauses):
        return None
    subjects = [unquoted(clause[:clause.index(head, 2) + 2]) for clause in clauses]
    return subjects if all(4 <= len(subject) <= 24 and not _LEAD_VERBS.match(subject) for subject in subjects) else None


def _openings_with_its_word(text: str, start: int, name: str, count: int) -> tuple[list[str], int] | None:
    """The opening clauses of the sentences after a count of a word, in its paragraph, that end in the word, as many in
    a row as counted (not more): 答好“两道融合命题”，…。促进文化和科技融合，…；推进文化和旅游深度融合，…；繁荣…;
    and where the last of those sentences ends."""
    named = _COUNT_OF_A_WORD.match(name)
    if named is None or count < 2:
        return None
    word, parts, at = named.group(1), [], start
    for segment in re.split("[。；]", text[start:_paragraph_end(text, start, _FOLLOWING_REACH)]):
        opening = _LEAD_VERBS.sub("", unquoted(segment.split("，")[0]))
        if not opening.endswith(word) or len(opening) <= len(word):
            break
        parts.append(opening)
        at += len(segment) + 1
    return (parts, at) if len(parts) == count and all(len(part) <= 20 for part in parts) else None


# 把|A、B、C|作为|…的|三大支柱: a list taken as what a count names, in its clause.
_LIST_TAKEN_AS = re.compile(r"把([^，。；：把“”]{4,150}?)(?:作为|当作|当成|列为|确定为|定位为)[^，。；、“”]{0,30}$")


def _taken_as(text: str, sentence: tuple[int, int], at: int, count: int) -> tuple[list[str], int] | None:
    """The parts of a count that the list before it is taken as (`_LIST_TAKEN_AS`): 希望双方把提升政治关系、促进务实合作、密切
    人文交流作为中乌战略伙伴关系的三大支柱 — as many as counted; and where the sentence ends."""
    taken = _LIST_TAKEN_AS.search(text, max(sentence[0], at - 200), at)
    items = _items(taken.group(1)) if taken and "、" in taken.group(1) else []
    return (items, sentence[1]) if len(items) == count and _sane(items, count, verbs=True, longest=24) else None


_TWO_HANDS = re.compile("两只?手")
_ONE_HAND = re.compile("一手抓([^，、；。“”]{1,24})")


def _hands_taken(text: str, start: int, end: int, name: str) -> tuple[list[str], int] | None:
    """What each hand takes, for a formulation of two hands (两手抓, 两只手都要硬), in the first run of pairs of
    一手抓… clauses after it, to the end of the next sentence: 坚持两手抓工作。必须一手抓改革开放，一手抓打击犯罪；一手抓物质
    文明建设，一手抓精神文明建设 (four parts, as printed); and where the run ends."""
    first = text.find("一手抓", start, end) if _TWO_HANDS.search(name) else -1
    parts, at, run_end = [], first, first
    while at >= 0 and (taken := _ONE_HAND.match(text, at, end)):
        parts.append(taken.group(1))
        run_end = taken.end()
        at = run_end + 1 if text[run_end:run_end + 1] in ("，", "、", "；") else -1
    return (parts, run_end) if parts and len(parts) % 2 == 0 else None


def _clauses_led_by_its_word(text: str, start: int, name: str, count: int) -> tuple[list[str], int] | None:
    """A run of as many clauses as counted, each opened by the word a count names, after it in its paragraph (within
    `_LED_REACH` characters): 以“五个聚力”推进…，聚力加快…建设，聚力培育…，…，聚力推进人民城市建设。 — as printed; and
    where the run ends."""
    named = _COUNT_OF_A_WORD.match(name)
    end = _paragraph_end(text, start, _LED_REACH)
    first = text.find(named.group(1), start, end) if named and count >= 3 else -1
    if first < 0 or text[first - 1:first] not in "，；。":
        return None
    run = []
    for clause in re.split("[，；。]", text[first:end]):
        if not clause.startswith(named.group(1)):
            break
        run.append(clause)
    last = first + sum(len(clause) + 1 for clause in run)
    return (run, last) if len(run) == count and all(4 <= len(clause) <= 24 for clause in run) else None


_LED_REACH = 300
_FOLLOWING_REACH = 1500  # characters after a count looked at for the sentences that spell out its parts


def _paragraph_end(text: str, start: int, reach: int) -> int:
    """Where the paragraph holding `start` ends, looking no further than `reach` characters."""
    end = text.find("\n", start, start + reach)
    return min(len(text), start + reach) if end < 0 else end


def _subjects_sharing_a_head(text: str, start: int, count: int) -> tuple[list[str], int] | None:
    """The subjects of the sentences right after a count, in its paragraph, as many as counted (not more), that end in
    one head of two or more characters: “三极”要持续挑大梁。海口经济圈要…。三亚经济圈要…。儋洋经济圈要…。; and where the
    last of those sentences ends."""
    sentences = re.split("。", text[start:_paragraph_end(text, start, _FOLLOWING_REACH)])
    subjects = [_SUBJECT.match(sentence) for sentence in sentences[:count + 1]]
    if count < 2 or len(subjects) < count or not all(subjects[:count]):
        return None
    names = [subject.group(1) for subject in subjects[:count]]
    head = names[0][-3:] if all(name.endswith(names[0][-3:]) for name in names) else names[0][-2:]
    if not all(name.endswith(head) and len(name) > len(head) for name in names) or len(set(names)) < count \
            or len(subjects) > count and subjects[count] and subjects[count].group(1).endswith(head):
        return None
    return names, start + sum(len(sentence) + 1 for sentence in sentences[:count])


_SUBJECT = re.compile(rf"([{HAN}]{{3,10}}?)(?:要|将|须|应)")


_COUNT_OF_A_WORD = re.compile(rf"[{COUNT_NUMERALS}]{{1,2}}[个道大项条种]([{HAN}]{{2}})")


def _marked_list(text: str, lo: int, hi: int, name: str, count: int, before: bool) -> list[str] | None:
    """The list of `_marked_lists` in text[lo:hi], the clause nearest the formulation first."""
    if "、" not in text[lo:hi]:
        return None
    keys = set(name) - set(NUMERALS) - _COUNTING_CHARACTERS
    pieces = re.split(r"[，；：。！？\n]", text[lo:hi])
    for piece in reversed(pieces) if before else pieces:
        if "、" not in piece:
            continue
        items = _split_joined(_items(piece), count)
        items = _split_joined(items, count, 0) if len(items) != count else items  # (数字贸易与货物贸易、服务贸易)
        if len(items) != count or not all(items):
            continue
        named = before and piece is pieces[-1] and _NAMED_AS.search(items[-1]) is not None
        parts = _marked_parts(items, keys, named)
        if parts and _sane(parts, count, verbs=True, longest=24):
            return parts
    return None


def _marked_parts(items: list[str], keys: set[str], named: bool) -> list[str] | None:
    """`items` trimmed to the parts they mark (see `find_marked_lists`), or None when unmarked; `named`: the
    list is named as the count, so items that end alike are its parts."""
    first, *others = items
    if any(all(any(word.startswith(key) for word in words.read(item)) for item in items) for key in keys):
        first = _trim_lead(first, others)
        return [first, *others[:-1], _trim_tail(others[-1], [first, *others[:-1]])]  # (医疗、医保、医药|协同发展)
    others[-1] = _trim_tail(others[-1], [first, *others[:-1]]) if len(others) > 1 else others[-1]
    head = os.path.commonprefix([o[::-1] for o in others])[::-1]
    if not named or len(head) < 2 or not first.endswith(head) or any(len(o) == len(head) for o in others):
        return None
    tail = _tail_words(first, max(map(len, others)))  # 中国将|数字贸易 among 货物贸易、服务贸易
    return [tail, *others] if len(tail) > len(head) else None


def _tail_words(item: str, longest: int) -> str:
    """The last words of `item`, at most `longest` characters in all (its first words dropped)."""
    tail = ""
    for piece in reversed(words.read(item)):
        if len(tail) + len(piece) > longest:
            break
        tail = piece + tail
    return tail


_DESCRIPTOR_CHARS = 20  # the longest clause that describes a formulation after the list of its parts (…，区域经济…的)


def _descriptor_clause(text: str, floor: int, at: int) -> int | None:
    """The comma that opens the clause right before `at` when that clause only describes what follows (A、B、C，区域经济
    高质量发展的|三大动力源): short, no list and no other comma in it."""
    comma = text.rfind("，", max(floor, at - _DESCRIPTOR_CHARS), at)
    return comma if comma > floor and "、" not in text[comma:at] and "“" not in text[comma:at] else None


def _whole_clause(text: str, end: int, items: list[str]) -> bool:
    """Whether the clause ending at `end` is the list of `items` and nothing else."""
    start = max(text.rfind(mark, 0, end) for mark in "，。；：\n") + 1
    return text[start:end].lstrip(" \u3000") == "、".join(items)


_SHORT_FORM = re.compile(rf"[{HAN}]{{2,}}?((?:\d{{1,2}}|[{COUNT_NUMERALS}]{{1,2}})[大个项条][{HAN}]{{1,4}})")


def _quoted_before_short_form(text: str, name: str, count: int, sentence_bounds: list[tuple[int, int]],
                              starts: list[int]) -> tuple[tuple[list[str], bool], tuple[int, int]] | None:
    """The parts quoted right before the counted short form of `name` elsewhere in the text (和平共处五项原则: “互相尊重
    主权和领土完整、…、和平共处”五项原则), with the sentence that lists them; a line break between them allowed."""
    short = _SHORT_FORM.fullmatch(name)
    if short is None:
        return None
    tail, qualifier = short.group(1), name[:short.start(1)]
    for at in all_after(text, tail):
        at -= len(tail)
        end = at
        while end and text[end - 1].isspace():
            end -= 1  # (”⏎五项原则: a line break between them)
        if text[end - 1:end] != "”" or text.endswith(qualifier, 0, at):
            continue
        k = bisect_right(starts, end - 1) - 1
        statement = sentence_bounds[k] if k >= 0 else (0, len(text))
        listed = list_before(text, max(statement[0], end - LIST_CHARS), end, count)
        if listed and not listed[1]:
            return listed, (statement[0], max(statement[1], at + len(tail)))
    return None


def _named_earlier(text: str, end: int, name: str, count: int) -> tuple[list[str], bool] | None:
    """Parts named in full earlier in the paragraph and summed up by a count later: 全球发展倡议、全球安全倡议、
    全球文明倡议……三大全球倡议 (each part its qualifier, 全球, then one to six characters, then its head, 倡议;
    the last such list before the name, of as many parts)."""
    opening = _COUNT_OPENING.match(name)
    qualified = name[opening.end():] if opening else ""
    if len(qualified) < 3 or not all(is_han(ch) for ch in qualified):
        return None
    floor = max(text.rfind("\n", 0, end) + 1, end - _EARLIER_CHARS)
    qualifier, head = qualified[:-2], qualified[-2:]
    if text.count(head, floor, end) < 2 or qualifier not in text[floor:end]:
        return None  # (no list of two such parts: no pattern compiled)
    runs: list[list[str]] = []
    last = -1
    for match in re.finditer(rf"{qualifier}\w{{1,6}}?{head}", text[floor:end]):  # (\w: a fast compile)
        if not all(map(is_han, match.group())):
            continue
        if runs and _LIST_GAP.fullmatch(text, floor + last, floor + match.start()) and match.start() > last:
            runs[-1].append(match.group())
        else:
            runs.append([match.group()])
        last = match.end()
    parts = next((run for run in reversed(runs) if len(run) > 1), None)
    return (parts, False) if parts and len(set(parts)) == count == len(parts) else None


def _list_sharing(text: str, start: int, ceiling: int, name: str, count: int) -> tuple[list[str], bool] | None:
    """“两业融合”，围绕先进制造业、现代服务业融合: a list in the two clauses after a quoted formulation whose
    `count` items all begin or end with the character the numeral counts (业 of 两业, 保 of 六保), or (three or
    more) are short nouns: 提升“六要素”品质，加强餐饮、宾馆、交通、景区、商场和导游等从业人员培训."""
    counted = name[1:2]
    value = _COUNTED_VALUE.fullmatch(name)  # “3个100万”：…新增人口100万、…新增人口100万、…: each names the value
    if value is None and (not counted or counted in "大个项条张类种件名位" or name[0] not in _NUMERAL_VALUES
                          or _GROUPS.fullmatch(name)) or text[start - 1:start] not in "”’」":
        return None
    for clause in re.split(r"[，；。：]", text[start:ceiling])[:2]:
        if "、" not in clause:
            continue
        items = _split_joined(_items(clause), count)
        if len(items) != count or not all(items):
            return None
        if value is not None:
            items[0] = items[0][max(items[0].rfind("”"), items[0].rfind("时期") + 1) + 1:]  # “十五五”时期|市（州）…
            return (items, False) if all(item.endswith(value.group(1)) and len(item) <= 24 for item in items) else None
        etc = _ETC.search(items[-1], 1)
        items[-1] = items[-1][:etc.start()] if etc else items[-1]
        items[0] = _trim_lead(items[0], items[1:])
        items[-1] = _trim_tail(items[-1], items[:-1])  # (推动|医疗、医保、医药|协同发展: the first trimmed first)
        alike = all(counted in (item[0], item[-1]) for item in items) or \
            count >= 3 and all(2 <= len(item) <= 4 and _tag(item) == "n" for item in items)
        if alike and _sane(items, count) and _parallel(items):
            return items, False
        return None
    return None


_COUNTED_VALUE = re.compile(rf"(?:\d|[{COUNT_NUMERALS}])个(\d+[万亿]?|\d+%)")  # 3个100万, 三个1亿


def clauses_sharing(text: str, start: int, end: int, name: str, count: int) -> tuple[list[str], bool] | None:
    """“三个1亿人”问题，促进约1亿农业转移人口落户城镇，改造约1亿人居住的…，引导约1亿人在…: as many clauses as the
    numeral says, right after the formulation (and a word of what it is), each holding what the formulation counts
    (1亿) and nothing more after them in the sentence."""
    counted = _COUNTED_CORE.sub("", name)
    opening = _CLAUSES_OPEN.match(text, start, end)
    if len(counted) < 2 or opening is None:
        return None
    clauses = [_ORDINAL_IS.sub("", c.strip(), count=1)  # (…六大合作平台：一是筑牢安全合作平台；二是…)
               for c in re.split(r"[，；]", text[opening.end():end].rstrip("。；"))]
    if len(clauses) != count:
        return None
    shared = next((counted[i:i + size] for size in range(len(counted), 1, -1) for i in range(len(counted) - size + 1)
                   if all(counted[i:i + size] in c for c in clauses)), None)
    plain = all(4 <= len(c) <= 30 and _PLAIN_CLAUSE.fullmatch(c) for c in clauses)
    return (clauses, False) if shared and plain else None


_PLAIN_CLAUSE = re.compile(rf"[{HAN}0-9.]+")
_COUNTED_CORE = re.compile(rf"^[{COUNT_NUMERALS}双]个?")
_CLAUSES_OPEN = re.compile(rf"[{HAN}]{{0,4}}[，：](?:{_THAT_IS}[：，]?|包括[：]?)?")  # “三个1亿人”|问题，; “三个高于”|，即：; 包括


def _formulations_in_turn(code: str, start: int, end: int, slogans: list[Candidate]) -> list[str] | None:
    """The formulations found after a digit code in its sentence whose counts are its digits in order, one a digit
    (运用好“543”体系，牢固树立…五种意识，用好…四个方法，健全…三项机制), or None."""
    names: list[str] = []
    for slogan in sorted((s for s in slogans if start <= s.start < end), key=lambda s: s.start):
        if len(names) < len(code) and part_count(slogan.name) == int(code[len(names)]) and slogan.name not in names:
            names.append(slogan.name)
    return names if len(names) == len(code) >= 2 else None


def _decode_code(text: str, code: str, start: int, bounds: list[tuple[int, int]],
                 starts: list[int]) -> list[Definition]:
    """“33618”: counted lists that follow (3大, 3大, 6大, 18个; 两个, 六项, 五大, 三条 for “2653”) and spell the
    code in order (`starts`: the sentences' starts)."""
    first = bisect_right(starts, start) - 1
    if first < 0:
        return []
    stop = bounds[min(first + 2, len(bounds) - 1)][1]
    counts, parts, end = [], [], start
    for match in _COUNTED.finditer(text, start, stop):
        n = int(match.group(1)) if match.group(1).isdigit() else numeral_value(match.group())
        if n is None:
            continue
        counts.append(str(n))
        chunk = re.split(r"[，；：。（）“”]", text[end:match.start()].rstrip("“‘”’"))[-1]  # (“A、B”五种意识: quoted)
        items = _items(chunk)
        if len(items) == n and n > 1:
            items[0] = _trim_lead(items[0], items[1:])
            if _sane(items, n):
                parts.extend(items)
        end = match.end()
        if "".join(counts) == code:
            sentence_start = bounds[first][0]
            note = "+".join(counts) + f" = {code}"
            return [Definition(code, tuple(parts), sentence_start, text.find("。", match.end()) + 1 or match.end(),
                               note)] if parts else []
        if not code.startswith("".join(counts)):
            counts, parts = [], []
    return []


_GUARDING_VERBS = "严把|把好|把住|把牢|守好|管好"  # verbs of guarding what a list names (把好|土地、信贷两个闸门)
_GUARDING = re.compile(_GUARDING_VERBS)


def _after_guarding(item: str) -> str:
    """The first item of a list without the clause up to a verb of guarding before it (继续把好|土地)."""
    guarded = _GUARDING.search(item)
    return item[guarded.end():] if guarded and len(item) - guarded.end() >= 2 else item


_LEAD_VERBS = re.compile(
    r"^(?:(?:我们|全省|全市|全县|全州|我提出|提出|要|将|并|还|努力|继续|进一步|不断|切实|稳步|着力|聚力|全力|大力|加快|持续|积极|突出|坚持|聚焦|推动|推进|构建|建设|打造|实施|发展|培育|探索|超额完成|"
    r"升级|做强|做大|做优|壮大|提升|围绕|按照|重点|统筹|深化|强化|完善|促进|支持|发挥|把握|实现|形成|打好|抓好|做好|"
    r"深入|全面|奋力|加强|开展|展开|明确|落实|巩固|拓展|优化|引导|鼓励|扩大|依托|用好|坚决|坚定|确保|守住|坚守|防止|着重|制定|出台|加大|提高|"
    r"推行|实行|健全|建立|创建|建成|激活|激发|夯实|弘扬|传承|践行|倡导|树立|唱响|运用|部署|新增(?!长)|充分|更好|是指|针对|以|向|从|"
    r"前瞻|规划|布局|加速|突破|必须(?=紧紧|牢牢)|紧紧|牢牢|抓住|压实|构筑|筑牢|筑起|守牢|着眼于|" + _GUARDING_VERBS + r")+[了好]?)")  # (提出了|钢产量…, 实施好|团结、发展…)


def _trim_lead(item: str, others: list[str]) -> str:
    """Drop the words that lead the first item of a list (聚力打造智能网联新能源汽车 → 智能网联新能源汽车).

    An item no longer than the others loses only its leading verbs (推进三一集团氢能重卡). When the other items share a first character (最快…、最小…) the item starts at its
    last occurrence; else it loses its leading verbs (深入实施消费保稳提质 → 消费保稳提质), and when still
    much longer than the others, all of one length, it gets that length; else it starts after its last
    verb of action (农村实现寄递物流 → 寄递物流).
    """
    if not others or not all(others):
        return item
    said = max(item.rfind("是指"), item.rfind("指的是") + 1)
    if said > 0 and len(item) - said > 3:
        item = item[said + 2:]  # 第二个“4”是指|生物制造、氢能…: what it says the parts are
    placed = next((k for k in (4, 3, 2) if is_known_place(item[:k])), 0)
    if placed and _LEAD_VERBS.match(item[placed:]):
        item = item[placed:]  # 吉林省|建立起农民工工资保证金: the place that acts is no part of the first item
    actions = len(others) >= 2 and all(_LEAD_VERBS.match(o) for o in others)
    related = item.rfind("的", 0, len(item) - 4)
    if actions and related > 0 and _LEAD_VERBS.match(item[related + 1:]):
        return item[related + 1:]  # 司法厅出台的|建立合法性审查与公平竞争审查联动机制: an action after what brought it
    item = _after_preposition(item, others)
    size = len(others[0])
    if len(others) >= 2 and size >= 5 and len(item) > size and all(len(o) == size for o in others) \
            and sum(map(_opens_with_verb, others)) >= len(others) - 1 and _opens_with_verb(item[-size:]) \
            and len(item) - size in accumulate(map(len, words.read(item))):
        return item[-size:]  # 朝着|实现共同发展 among 致力地区和平、携手振兴亚洲…: actions of one length, each with its verb
    lead_run = _LEAD_VERBS.match(item)
    if not actions and lead_run and len(others) >= 2 and all(_opens_with_verb(o) for o in others):
        pieces = words.read(lead_run.group())
        if len(pieces) >= 2 and len(pieces[-1]) == 2 and word_tag(pieces[-1]) == "v":
            return item[lead_run.end() - 2:]  # 实现|推进现代化建设 among 完成祖国统一、维护世界和平…: an action, its own verb kept
    if actions:  # actions: the first from its last verb on
        verbs = [i for i in range(1, len(item) - 1) if _LEAD_VERBS.match(item[i:]) and not item.startswith("重点", i)]
        return item[verbs[-1]:] if verbs else item
    if len(item) <= min(len(o) for o in others):  # leading verbs only, when a name of four or more is left
        trimmed = _without_lead_verbs(item)
        return trimmed if len(trimmed) >= 4 or is_known_place(trimmed) else item  # 深化|合肥
    lead = others[0][0]
    if all(o[0] == lead for o in others) and lead in item[:-1]:
        unled = _LEAD_VERBS.sub("", item)  # (推动|中国制造向中国创造转变 among 中国速度向…: right after its verbs)
        return unled if unled[:1] == lead else item[item.rindex(lead, 0, len(item) - 1):]
    trimmed = _without_lead_verbs(item) or item
    lengths = {len(o) for o in others}
    pieces = words.read(trimmed)
    if len(others) == 1 and len(pieces) >= 2 and len(pieces[-1]) == len(others[0]) == 2 and word_tag(pieces[-2]) == "v":
        return pieces[-1]  # 牢牢抓住|种子 among 耕地: what the verb takes, as long as the other part
    if len(others) >= 2 and all("的" in o for o in others) and "的" in trimmed:
        led = len(pieces) > 2 and len(pieces[0]) == 2 and word_tag(pieces[0]) == "v"  # 紧扣|新发展格局的战略支点 among
        return "".join(pieces[1:]) if led else trimmed  # 高质量发展的示范地…: parts of one shape, X的Y, whole
    if len(pieces) > 2 and word_tag(pieces[0]) == "v" and len(pieces[0]) == 1 and pieces[1] in _COMPLEMENTS \
            and (len(lengths) == 1 and len("".join(pieces[2:])) in lengths
                 or len("".join(pieces[2:])) >= 2 and not any(word_tag(words.read(o)[0]) == "v" for o in others)):
        return "".join(pieces[2:])  # 算|好|财力 among 空间、环境, 做|实|乡村教师 among 医生、农技人员: a verb, its complement
        # and what it governs
    led = 1 if len(pieces) >= 3 and len(pieces[0]) == 1 and word_tag(pieces[0]) == "d" else 0  # 共|设置|论坛会议
    verbs = next((k for k in range(led + 1, min(led + 3, len(pieces))) if len("".join(pieces[k:])) in lengths), 0) \
        if said <= 0 and len(others) >= 2 and len(lengths) == 1 else 0
    if verbs and all(len(piece) == 2 and word_tag(piece) in ("v", "vn") for piece in pieces[led:verbs]):
        return "".join(pieces[verbs:])  # 擦亮|效率 among 服务、诚信, 攻坚|人工智能 among 生物医药、集成电路: verbs (after an
        # adverb) and what they govern: 创新|提出|示范支部 among 党员之家、教育基地 (not 是指免税|购物)
    if len(others) >= 2 and len(lengths) == 1 and trimmed.startswith(_SCOPES) and len(trimmed) - 2 in lengths:
        return trimmed[2:]  # 深化|农村|生产 among 供销、信用: where all the parts are, said once before the first
    inner = max((m.end() for m in _INNER_VERB.finditer(trimmed) if m.end() < len(trimmed) - 1), default=0)
    if inner and len(others) >= 2 and len(lengths) == 1 and len(trimmed) - inner <= min(lengths) + 2 \
            and len(trimmed) > 2 * min(lengths) and word_tag(words.read(trimmed[inner:])[0])[:1] not in ("v", "u"):
        return trimmed[inner:]  # 基本实现|责任规划师 among 建筑师、园艺师: what the verb inside the clause takes (not
        # 发展|面临需求收缩: another verb)
    if len(others) >= 2 and len(lengths) == 1 and len(trimmed) > 2 * min(lengths):
        size = lengths.pop()  # (longer when that is a place, as the others are: 推进中关村 among 昌平、怀柔)
        places = all(is_known_place(o) for o in others)
        bounds, at = set(), 0
        for piece in words.read(item):
            at += len(piece)
            bounds.add(at)
        fit = next((k for k in (size, size + 1, size + 2) if len(item) - k in bounds), size)  # (围绕|一体化制度创新
        return next((item[-k:] for k in range(min(len(item) - 1, 2 * size), size, -1)  # among 重点项目建设…: whole words)
                     if places and is_known_place(item[-k:])), item[-fit:])
    verbs = [m for m in _INNER_VERB.finditer(trimmed) if m.end() < len(trimmed) - 1]
    if verbs and 2 * (len(trimmed) - verbs[-1].end()) < min(len(o) for o in others):
        return trimmed  # 革命老区高质量发展|高地 among …改革开放高地: the verb is inside the name
    if verbs:  # (要紧紧扭住|发展现代农业 among 增加农民收入、建设…: actions like the others, the verb kept)
        trimmed = trimmed[verbs[-1].start() if all(word_tag(words.read(o)[0])[:1] == "v" for o in others)
                          else verbs[-1].end():]
    longest = max(len(o) for o in others)
    if trimmed != item and len(others) >= 2 and len(trimmed) > max(longest + 2, 2 * min(len(o) for o in others)):
        tail = ""  # 深入实施|煤电机组|节能降耗 among 供热、灵活性改造: what the action governs is shared, the part is its end
        for piece in reversed(words.read(trimmed)):
            if len(tail) + len(piece) > longest or piece == "的":
                break
            tail = piece + tail
        return tail if len(tail) >= 2 else trimmed
    return trimmed


def _without_lead_verbs(item: str) -> str:
    """`item` without the verbs that lead it (`_LEAD_VERBS`) and their complement (建立|起|农民工工资保证金)."""
    trimmed = _LEAD_VERBS.sub("", item)
    if trimmed != item and trimmed[:1] in _COMPLEMENTS | {"起"} and len(trimmed) > 3 and not is_common_word(trimmed[:2], 50):
        return trimmed[1:]
    return trimmed


_SCOPES = ("农村", "乡村", "城乡", "城市", "城镇", "县域", "基层", "全国")  # where things are done (全省 leads: _LEAD_VERBS)
_COMPLEMENTS = frozenset("好实到准清")  # after a verb of one character read apart: 算|好, 守|好


def _after_preposition(item: str, others: list[str], framing: bool = True) -> str:
    """What a preposition governs at the end of the first item of a list (正加速与我国|经济、政治、文化…), when that is
    no longer than the other items and they lack that preposition; with `framing`, also a preposition that opens a phrase
    (天津正从|生态环保、…; not in quotes: “钱从哪里来、…”)."""
    governed = [m for m in _GOVERNED.finditer(item, 1) if not is_common_word(item[m.start() - 1:m.start() + 1])
                and not is_common_word(item[m.start():m.start() + 2])  # (not 同 of 共同体)
                and not all(item[m.start()] in other for other in others)]  # (中国制造向中国创造转变、中国速度向…)
    governed += [m for m in _FRAMING.finditer(item, 1) if m.end() < len(item) - 1] if framing else []
    governed.sort(key=lambda m: m.end())
    lead = others[0][:2] if others else ""
    opening = item.find(lead) if len(lead) == 2 and all(other.startswith(lead) for other in others) else -1
    if governed and 0 <= opening < governed[-1].start():
        return item[opening:]  # 采取|禁止其从事与中国有关的进出口活动、禁止其在中国境内新增投资: what the items open with
    return item[governed[-1].end():] if governed and len(item) - governed[-1].end() <= max(map(len, others)) + 2 \
        else item


_COPULA_OPENING = re.compile("(?:应该|应当|必须|主要|就|都|也|正|还)?是(?![指为否非])")


def _after_copula(item: str, others: list[str]) -> str:
    """The first item of a list without the copula that opens its clause (应该是|基础设施、制度规章、人员交流三位一体: what
    the list is said to be), unless a preposition follows it or the other items open with 是 too."""
    copula = _COPULA_OPENING.match(item)
    if copula and len(item) - copula.end() >= 2 and word_tag(item[copula.end()]) != "p" \
            and not any(other.startswith("是") for other in others):  # (主要是在|总路线: a preposition the next step reads)
        return item[copula.end():]
    return item


def _after_proposing(item: str, others: list[str]) -> str:
    """The first item of a list without the clause that proposes the list (高屋建瓴地提出|深耕睦邻友好的示范田、建设…的合作带
    5点建议), when what is left is no longer than the other items."""
    at = max(item.rfind(verb) + len(verb) if verb in item else -1 for verb in _PROPOSING)
    at += at > 0 and item[at:at + 1] in ("了", "的")  # (提出的|相互尊重、…)
    return item[at:] if 0 < at <= len(item) - 2 and len(item) - at <= max(map(len, others)) + 2 else item


def _without_leading_verbs(item: str, others: list[str]) -> str:
    """The first item of a list without the verbs and adverbs that open its clause (今年要继续贯彻|按保护价敞开收购农民余粮、
    粮食收储企业实行顺价销售…), when a preposition opens what is left, four characters or more, and none of the other items
    opens with a verb."""
    item = item[2:] if item.startswith(("那些", "这些")) and len(item) >= 5 else item  # (对那些|重犯行贿、…)
    shared = others[0][:2] if others else ""
    if len(shared) == 2 and word_tag(shared)[:1] in ("v", "p") and all(other.startswith(shared) for other in others) \
            and 0 < item.find(shared) <= 4:
        return item[item.find(shared):]  # 守住|确保国家粮食安全、确保不发生规模性返贫致贫: what the others open with
    if word_tag(item[:2])[:1] not in ("v", "d") and word_tag(item[:1])[:1] not in ("v", "d") \
            and item[:2] not in ("今年", "明年"):
        return item  # (no verb, adverb or time word opens it: the reading is left out)
    pieces = words.read(item)
    lead = 0
    while lead < len(pieces) - 1 and (word_tag(pieces[lead])[:1] in ("v", "d") or pieces[lead] in ("今年", "明年")) \
            and pieces[lead] not in ("是", "指", "是指", "即", "为", "有"):  # (是指|金沙江: what other steps take off)
        lead += 1
    rest = item[sum(map(len, pieces[:lead])):]
    if not lead or len(rest) < 4 or word_tag(pieces[lead]) != "p" \
            or any(word_tag((words.read(other) or [""])[0])[:1] == "v" for other in others):
        return item  # (the rest opens with a preposition: not 解决|人民温饱问题, a verb's own object; nor what a misreading
        # left: 做|强做|优…)
    return rest


_GOVERNED = re.compile(r"[与同对向把](?:我国|我省|我市|我区|全省|全市|本省|本市)?(?=[^与同对向把]{2})")
# Prepositions that open a phrase whose object is a list (支持政协围绕|团结和民主两大主题履行职能; not 服从); inside a list's
# first item, not 从事, nor 从秘鲁到巴西, a route.
FRAMING = "围绕|聚焦于?|(?<![服自遵听随])从|通过|依靠|依托|凭借|借助"
_FRAMING = re.compile(f"(?:{FRAMING}|(?<![所可难得予加用足])以(?![及后来上下外内往便免致此为]))(?<!从(?=[事业而严容来未此中]))"
                      "(?![^、]*[到至])")  # (形成了以|西部、东北…四大板块为基础)
_INNER_VERB = re.compile(r"实现|形成|打造|建设|推进|推动|实施|培育|发展|壮大|提升|聚焦|围绕|抓好|做好|办好|启动|开展|推行|实行|统筹|涵盖|包括|包含|覆盖|涉及|建立|设立")
_PLAIN_ITEM = re.compile(rf"[{HAN}A-Za-z0-9+]+")
_ITEM_QUALIFIER = re.compile(rf"(?<=[{HAN}])[（(][{HAN}、]{{1,8}}[）)]")  # 州（市）, 县（市、区）: a part's note in brackets


_ETC = re.compile("(?<![高平对同相均中初优上头特一二三何超])等")  # "and so on", not 等 of 高等教育


def _sane(items: list[str], count: int, verbs: bool = False, longest: int = 16, quoted: bool = False) -> bool:
    """The right number of short, parallel, nominal items (`verbs`: or verbs; at most `longest` characters; `quoted`:
    the items are what quotes hold, so a first character that may be a preposition opens a part: “对标对表、…”)."""
    if len(items) != count or not all(1 <= len(i) <= longest and _PLAIN_ITEM.fullmatch(_ITEM_QUALIFIER.sub("", i))
                                      for i in items):
        return False
    if any(i[0] in _NOT_FIRST and not quoted and not is_common_word(i[:2], 50) or i[-1] in _NOT_LAST
           or _NOT_A_PART.search(i)
           or (etc := _ETC.search(i, 1)) and not (etc.end() < len(i) and is_common_word(i[etc.start():etc.end() + 1]))
           and (k == len(items) - 1 or len(i) - etc.end() < 3)
           for k, i in enumerate(items)):  # (和平共处: 和 opens a word there; 中医药等澳门品牌工业、…: such as, inside a part)
        return False
    return _like_lengths([_ITEM_QUALIFIER.sub("", i) for i in items], 4) \
        and (verbs or not any(_is_verb(i) for i in items) or _qualities(items) or _one_head(items))


def _one_head(items: list[str]) -> bool:
    """Items that end in one noun of two characters, each qualifying it (政治生态、自然生态), though the dictionary
    reads one as a set phrase."""
    return all(len(i) > 2 and i[-2:] == items[0][-2:] for i in items) and _tag(items[0][-2:]) == "n"


def _qualities(items: list[str]) -> bool:
    """Three or more qualities of two characters, adjectives among nouns: 和平、安宁、繁荣、美丽、友好“五大家园”."""
    return len(items) >= 3 and all(len(i) == 2 and word_tag(i) in _QUALITY_TAGS for i in items)


_QUALITY_TAGS = ("a", "an", "n", "nz", "ns", "vn")


def _like_lengths(items: list[str], factor: int) -> bool:
    """Items of like length (the longest at most `factor` times the shortest), or names of uneven length, the
    shortest a place the gazetteer knows (合肥、上海张江综合性国家科学中心“两心同创”)."""
    lengths = [len(i) for i in items]
    return max(lengths) <= factor * min(lengths) or is_known_place(min(items, key=len))


_NOT_FIRST = set("和与及或在对从向把被为将于")
_NOT_LAST = set("和与及这那其")
# A clause rather than a part: a year, a time span, a verb of continuation at the end.
_NOT_A_PART = re.compile(r"\d{4}年|\d+年(?:实现|以来)?$|(?:持续|实现|连续|不断)$|再创|创新高|\d+(?:所|个|家|名|批|条)")  # (10所学校)


def _is_verb(item: str) -> bool:
    """A lone verb, adverb, adjective or pronoun (做到, 切实, 我们), or a set phrase (稳中求进), which
    governs or describes a list rather than belonging to it."""
    return word_tag(item) in ("v", "vd", "d", "ad", "a", "i", "l", "r") and not is_known_place(item)  # (大连: a place)


_INITIALS_NAME = re.compile(rf"[{HAN}]{{3,8}}")
_CLAUSE_CHUNK = re.compile(r"[^，。；：！？“”‘’（）()\n]+")
_SHORT_PARAGRAPH = 60  # a paragraph this short (a headline) is next to the one after it


def find_initials(text: str, slogans: list[Candidate], paragraphs) -> list[Definition]:
    """Quoted formulations made of one or two characters of each of the parts listed next to them (强富美高 for 经济强、
    百姓富、环境美、社会文明程度高; 放管服 for 简政放权、放管结合、优化服务): the list in the paragraph that names the
    formulation, or in the next one when that paragraph is a headline; each part holds its characters in order."""
    found, done = [], set()
    starts = [p.start for p in paragraphs]
    lists: dict[tuple[int, int], list[tuple[int, int]]] = {}  # the clauses of a stretch with list marks, found once
    for cand in slogans:
        at = bisect_right(starts, cand.start) - 1
        if cand.name in done or at < 0 or text[cand.start - 1:cand.start] != "“" \
                or not _INITIALS_NAME.fullmatch(cand.name) or part_count(cand.name) \
                or any(ch in COUNT_NUMERALS for ch in cand.name) or cand.name in formulation_parts() \
                or all(len(w) >= 2 and w in dictionary() for w in words.read(cand.name)):
            continue  # (quoted, as such a formulation is printed; one with known parts is read by them: not 荒无人烟的沙漠、
            # 戈壁与荒滩… for “沙戈荒”; not a phrase of words: “读懂中国”, 读懂…、推进中国式现代化)
        lo, hi = paragraphs[at].start, paragraphs[at].end
        if hi - lo <= _SHORT_PARAGRAPH and at + 1 < len(paragraphs):
            hi = paragraphs[at + 1].end
        if (lo, hi) not in lists:
            lists[lo, hi] = [chunk.span() for chunk in _CLAUSE_CHUNK.finditer(text, lo, hi) if "、" in chunk.group()] \
                if text.find("、", lo, hi) >= 0 else []
        for start, end in lists[lo, hi]:
            if not set(cand.name) <= set(text[start:end]):
                continue
            items = _items(text[start:end])
            if len(items) > len(cand.name) or not all(2 <= len(item) <= 16 for item in items):
                continue
            parts = _initials_of(cand.name, items)
            if parts:
                done.add(cand.name)
                found.append(Definition(cand.name, tuple(parts), min(cand.start, start), max(cand.end, end),
                                        f"{len(parts)} parts for the characters of {cand.name}"))
                break
    return found


def _initials_of(name: str, items: list[str]) -> list[str] | None:
    """`items` trimmed, when `name` splits into as many runs of one or two characters, each found in order in its
    item, which is longer than its run; else None."""
    def split(rest: str, k: int) -> list[str] | None:
        if k == len(items):
            return [] if not rest else None
        item = items[k]
        for size in (1, 2):
            run = rest[:size]
            if len(run) < size or len(rest) - size < len(items) - k - 1 or len(item) <= size:
                continue
            if _in_order(run, item) and (tail := split(rest[size:], k + 1)) is not None:
                return [run] + tail
        return None
    runs = split(name, 0) if len(items) >= 2 and not any(name in item for item in items) else None
    if runs is None:
        return None
    first = _trim_lead(items[0], items[1:])
    if len(first) > max(map(len, items[1:])) + 2:  # 首次跨越|中国、老挝、泰国、马来西亚: from the word of its run
        pieces, at = words.read(first), 0
        for piece in pieces:
            if runs[0][0] in piece:
                first = first[at:]
                break
            at += len(piece)
    parts = [first] + items[1:-1] + [_COUNTED_TAIL.sub("", items[-1]) or items[-1]]
    return parts if _sane(parts, len(parts)) and all(_in_order(run, part) for run, part in zip(runs, parts)) else None


_COUNTED_TAIL = re.compile(rf"(?<=[{HAN}]{{2}})[{COUNT_NUMERALS}\d]{{1,2}}[个国省市地方家项类]$")  # 马来西亚|四国


def _in_order(run: str, item: str) -> bool:
    at = 0
    for ch in run:
        at = item.find(ch, at) + 1
        if not at:
            return False
    return True


# A count of steps (分两步走, 两步设想, “三步走”): the steps spelt out after a colon (两步走：A；B。) or as points
# (第一步，…；第二步，…) in the stretch around it.
STEPS = re.compile("([两三四五])步(?:走|设想)")
_STEP_REACH = 1500  # how far before the count its points may be printed (按两步来设想：第一步… ⏎…实现上述两步设想)
_STEP_POINT = 400  # the longest point
_TIME_CLAUSE = re.compile(rf"(?:即|再)?(?:用|在|到|至|从|经过)?[{HAN}\d○〇]{{0,12}}(?:年|时间|以前|以后|以内|之内|内|世纪|中叶|末|时期|期间)")


def step_parts(text: str, start: int, end: int, count: int) -> list[str] | None:
    """The steps of a count of `count` steps at [start, end): the clauses after its colon, separated by semicolons, or
    the points 第一步 … 第N步 nearest to it; each step is its first clause that is not only a time (用十五年时间，即在
    一九八○年以前，|建成…体系)."""
    if text.startswith(("：", ":"), end):
        stop = text.find("。", end, end + count * _STEP_POINT)
        items = text[end + 1:stop].split("；") if stop > 0 else []
        return _steps(items) if len(items) == count else _steps_by_period(items[0] if len(items) == 1 else "", count)
    firsts = _step_marks(text, 1, max(0, start - _STEP_REACH), min(len(text), end + _STEP_REACH))
    for first in sorted(firsts, key=lambda at: abs(at - start)):
        marks = [first]
        for k in range(2, count + 2):
            following = _step_marks(text, k, marks[-1], marks[-1] + _STEP_POINT)
            if not following:
                break
            marks.append(following[0])
        if len(marks) != count:
            continue  # fewer points, or more than the count
        stop = text.find("。", marks[-1], marks[-1] + _STEP_POINT)
        if stop < 0:
            continue
        items = [text[a + 3:b].strip("，,：:；;。 ") for a, b in zip(marks, marks[1:] + [stop])]
        return _steps(items)
    return None


def _step_marks(text: str, k: int, lo: int, hi: int) -> list[int]:
    """Where 第k步 opens a point in text[lo:hi]: after a colon, a semicolon, a full stop or a line break and before a
    comma or colon (not 实现第二步设想的目标)."""
    mark, found = f"第{'一二三四五六'[k - 1]}步", []
    at = text.find(mark, lo, hi)
    while at >= 0:
        if text[at - 1:at] in ("：", "；", "。", "\n") and text[at + 3:at + 4] in ("，", "：", ",", ":"):
            found.append(at)
        at = text.find(mark, at + 1, hi)
    return found


_PERIOD_OPENING = re.compile(rf"(?:[前后头][{NUMERALS}\d]{{1,3}}年|近期|中期|远期)")  # 前十年…，后十年…


def _steps_by_period(sentence: str, count: int) -> list[str] | None:
    """The steps of a sentence whose clauses each step opens with its period (前十年主要是打好基础，积蓄力量，创造条件，|
    后十年要进入…): the clauses from each such opening to the next, as many as the count."""
    clauses = sentence.split("，")
    opening = [k for k, clause in enumerate(clauses) if _PERIOD_OPENING.match(clause)]
    if len(opening) != count or opening[0] != 0:
        return None
    steps = ["，".join(clauses[a:b]) for a, b in zip(opening, opening[1:] + [len(clauses)])]
    return steps if all(4 <= len(step) <= _STEP_POINT for step in steps) else None


def _steps(items: list[str]) -> list[str] | None:
    """Each item's first clause that is not only a time, or None when one has none."""
    parts = []
    for item in items:
        clause = next((c for c in re.split("[，,]", item) if c and not _TIME_CLAUSE.fullmatch(c)), None)
        if clause is None or not 4 <= len(clause) <= 60:
            return None
        parts.append(clause)
    return parts


def printed_names_of_other_parts(text: str, definitions: list[Definition], slogans: list[Candidate]) -> dict[str, str]:
    """Established formulations the document prints by another name only and decodes with parts unlike their known
    ones, each with that name as printed (四个坚持：一是坚持守望相助…: not 四项基本原则, whose alias it is)."""
    printed: dict[str, set[str]] = {}
    for cand in slogans:
        printed.setdefault(cand.name, set()).add(text[cand.start:cand.end])
    renamed = {}
    for d in definitions:
        names = printed.get(d.name, set())
        alias = next(iter(names), d.name)
        if d.role == "part" and len(names) == 1 and alias != d.name and formulation_parts().get(d.name):
            spellings = [s for part in formulation_parts()[d.name] for s in part]
            if not any(s in part or part in s or any(pair in s and not set(pair) & set(alias) for pair in _pairs(part))
                       for s in spellings for part in d.parts):
                renamed[d.name] = alias  # (no part shares two characters with a known one but those of the name as
                # printed: 坚持)
    return renamed


def _pairs(part: str) -> list[str]:
    """The pairs of characters side by side in `part`."""
    return [part[i:i + 2] for i in range(len(part) - 1)]


def printed_again(text: str, definitions: list[Definition], slogans: list[Candidate],
                  sentence_bounds: list[tuple[int, int]]) -> list[Definition]:
    """The decodings printed again in the sentence of another mention of their formulation (在总路线、大跃进和人民公社这
    三面红旗之下…；…在总路线、大跃进和人民公社这三面红旗的引导下): evidence of each, all parts of two characters or more."""
    first = {}
    for d in definitions:
        if d.role == "part" and all(len(part) >= 2 for part in d.parts):
            first.setdefault(d.name, d)
    starts = [a for a, _ in sentence_bounds]
    found, seen = [], set()
    for cand in slogans:
        if (decoding := first.get(cand.name)) is None:
            continue
        k = bisect_right(starts, cand.start) - 1
        start, end = sentence_bounds[k] if k >= 0 else (0, len(text))
        if decoding.start < end and start < decoding.end or (cand.name, start) in seen:
            continue  # (the decoding's own sentences)
        sentence = text[start:cand.start] + "。" * cand.length + text[cand.end:end]  # (not the parts in its own name)
        if _listed_in(sentence, decoding.parts):
            seen.add((cand.name, start))
            found.append(replace(decoding, start=start, end=end, note=f"{decoding.note} (printed again)"))
    return found


def _listed_in(text: str, parts: tuple[str, ...]) -> bool:
    """Whether `parts` are printed as one list in `text`, each right after the one before but for a mark or a
    conjunction (总路线、大跃进和人民公社), in any order."""
    at = {part: text.find(part) for part in parts}
    if any(offset < 0 for offset in at.values()):
        return False
    ordered = sorted(parts, key=at.get)
    return all(0 <= at[b] - at[a] - len(a) <= 1 for a, b in zip(ordered, ordered[1:]))


def find_steps(text: str, slogans: list[Candidate]) -> list[Definition]:
    """Counts of steps whose steps are spelt out (`step_parts`)."""
    found, done = [], set()
    for cand in slogans:
        match = STEPS.fullmatch(cand.name)
        if match is None or cand.name in done:
            continue
        parts = step_parts(text, cand.start, cand.end, numeral_value(cand.name) or 0)
        if parts:
            done.add(cand.name)
            found.append(Definition(cand.name, tuple(parts), cand.start, cand.end, f"{len(parts)} steps"))
    return found


_HAN_LIST_RUN = re.compile(rf"[{HAN}]{{2,12}}(?:、[{HAN}]{{2,8}})+(?:和[{HAN}]{{2,8}})?")


def homogeneous_list_before(text: str, start: int, count: int) -> list[str] | None:
    """Parts listed before a counted name, in its sentence or the one before, as many as the count (three or more),
    each of two to eight characters ending in the same character: 具有强大的思政引领力、人才竞争力、…、国际影响力。…
    总书记对教育强国六大特质的论述."""
    if count < 3:
        return None
    stop = text.rfind("。", 0, start)
    lo = max(text.rfind("。", 0, stop) + 1 if stop >= 0 else 0, start - 300, text.rfind("\n", 0, start) + 1)
    for run in _HAN_LIST_RUN.finditer(text, lo, start):
        items = re.split("、|和", run.group())
        items[0] = items[0].rsplit("的", 1)[-1]  # (强大的|思政引领力)
        if len(items) == count and all(2 <= len(item) <= 8 for item in items) and len(set(items)) == count \
                and len({item[-1] for item in items}) == 1 and len(items[0]) <= max(map(len, items[1:])):
            return items
    return None


_COUNT_OF_A_KIND = re.compile(rf"[{COUNT_NUMERALS}]{{1,2}}[大个项种类][{HAN}]{{2,6}}")  # 六大特质 (not a code: “三保”)


def find_listed_before(text: str, slogans: list[Candidate]) -> list[Definition]:
    """Counts of a kind whose parts are listed before them (`homogeneous_list_before`)."""
    found, done = [], set()
    for cand in slogans:
        count = numeral_value(cand.name) if _COUNT_OF_A_KIND.fullmatch(cand.name) else None
        parts = homogeneous_list_before(text, cand.start, count) if count and cand.name not in done else None
        if parts:
            done.add(cand.name)
            found.append(Definition(cand.name, tuple(parts), cand.start, cand.end, f"{count} parts listed before"))
    return found


def aspects_after(text: str, start: int, count: int) -> tuple[list[str], bool] | None:
    """The aspects the rest of a count's paragraph goes through, a sentence each opening with one, as many as the count:
    抓实能源科技创新9条路径，…。煤炭智能绿色安全开采方面，…。新能源规模化基地化开发方面，…"""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    parts, at = [], text.find("方面，", start, end)
    while at >= 0 and len(parts) <= count:
        opening = max(text.rfind(mark, start, at) for mark in ("。", "；")) + 1
        if opening > 0 and 3 <= at - opening <= 20 and all(map(is_han, text[opening:at])):
            parts.append(text[opening:at])
        at = text.find("方面，", at + 3, end)
    return (parts, False) if count >= 3 and len(parts) == count else None


_SHORT_CLAUSE = re.compile(rf"(?:(?![{''.join(sorted(LEFT_STOPS))}就都也还又才])[{HAN}]){{4,8}}")  # no function word in it


def _clauses_as_items_before(text: str, floor: int, end: int, count: int) -> tuple[list[str], bool] | None:
    """Parts printed as short clauses, commas between them, right before the count that follows the last directly, the
    first after the verb of its clause: 国家今年启动|农民工融入，新生城市培育，新型城市建设三大重点工程 (three or more)."""
    clauses = text[floor:end].split("，")
    if count < 3 or len(clauses) < count:
        return None
    items = clauses[-count:]
    pieces = words.read(items[0])
    verb = next((k for k, piece in enumerate(pieces) if word_tag(piece)[:1] == "v" and len(piece) >= 2), None)
    if verb is not None and verb < len(pieces) - 1:
        items[0] = "".join(pieces[verb + 1:])
    before = clauses[-count - 1] if len(clauses) > count else ""
    if not all(_SHORT_CLAUSE.fullmatch(item) for item in items) or _SHORT_CLAUSE.fullmatch(before) \
            or not _sane(items, count, verbs=True, longest=8):
        return None  # (a clause as short before them: one of more items, or clauses of another kind)
    return items, False


RUN_IN = "(run-in headings)"  # the note of parts named by run-in headings: later evidence, not the first statement
_HEAD_OF_COUNT = re.compile(rf"(?:[{COUNT_NUMERALS}]|\d{{1,2}})[个大项条]?([{HAN}]{{2,3}})$")
_RUN_IN_INTRO = 8  # characters after a count before the full stop that ends a run-in heading (“五个中心”建设。)
_RUN_IN_LONGEST = 30  # characters of a run-in heading sentence


def run_in_headings(text: str, start: int, name: str, count: int) -> tuple[list[str], bool] | None:
    """The parts a count's paragraph goes through in run-in headings, short sentences without a comma that each open
    with a verb and then name one part ending in the count's head noun, the first right after the count's own sentence:
    加快推进“五个中心”建设。增强国际经济中心核心功能。…提升国际金融中心服务能级。… (as many as counted)."""
    head = _HEAD_OF_COUNT.search(name)
    stop = text.find("。", start, start + _RUN_IN_INTRO)
    if head is None or count < 3 or stop < 0 or any(mark in text[start:stop] for mark in "，；：\n"):
        return None
    head = head.group(1)
    end = text.find("\n", stop)
    end = len(text) if end < 0 else end
    parts: list[str] = []
    at = stop + 1
    while at < end and len(parts) <= count:
        close = text.find("。", at, end)
        close = end if close < 0 else close
        part = _run_in_part(text[at:close], head) if close - at <= _RUN_IN_LONGEST and "，" not in text[at:close] else None
        if part is not None and part not in parts:
            parts.append(part)
        elif not parts:
            return None  # (the first sentence after the count names no part: no run-in headings)
        at = close + 1
    return (parts, False) if len(parts) == count else None


def _run_in_part(sentence: str, head: str) -> str | None:
    """The part a run-in heading names: after its opening verb, up to the head noun (增强|国际经济中心|核心功能)."""
    pieces = words.read(sentence)
    if len(pieces) < 3 or word_tag(pieces[0])[:1] != "v" or len(pieces[0]) < 2:
        return None
    at = sentence.find(head, len(pieces[0]))
    part = sentence[len(pieces[0]):at + len(head)] if at > len(pieces[0]) else ""
    return part if 3 <= len(part) <= 12 and all(map(is_han, part)) else None


_REPRESENTED = re.compile(rf"以([{HAN}\w、\-]{{2,40}}?)为代表的$")


def _included_before(text: str, floor: int, end: int, count: int) -> tuple[list[str], bool] | None:
    """Some or all of the parts, said to be included in what is counted right before it (实施包括危旧房改造、安全饮水在内的
    农村牧区“十个全覆盖”工程)."""
    match = _INCLUDED.search(text, max(floor, end - 80), end)
    items = _items(match.group(1)) if match else []
    if not 2 <= len(items) <= count or not all(2 <= len(item) <= 16 for item in items):
        return None
    return items, len(items) < count


_INCLUDED = re.compile(r"包括([^，。；“”]{2,60}?)在内的[^，。；“”]{0,10}$")


def _sector_letters_before(text: str, end: int, count: int) -> tuple[list[str], bool] | None:
    """Sectors named by one letter each, run together right before a quoted count of three or more (党政军警民“五位一体”,
    政产学研用“五位一体”)."""
    start = end - count
    letters = text[start:end] if count >= 3 and start > 0 and text.startswith("“", end) else ""
    return (list(letters), False) if letters and all(ch in _SECTOR_LETTERS for ch in letters) \
        and text[start - 1] not in _SECTOR_LETTERS else None


_SECTOR_LETTERS = frozenset("党政军警民兵企学研产用医校家社工农商德智体美劳")  # (德智体美劳“五育”: the sides of an education)


def _quoted_clauses_named(text: str, floor: int, end: int, count: int) -> tuple[list[str], bool] | None:
    """Parts quoted together before a verb that names them the count (把“韩村的精神，秦寨的决心，…”树立为|四面红旗;
    “A、B、C”概括为|三个…), as many as it counts."""
    match = _QUOTED_NAMED.search(text, max(floor, end - 80), end)
    items = re.split("[，、]", match.group(1)) if match else []
    return (items, False) if len(items) == count and all(2 <= len(item) <= 12 for item in items) else None


_QUOTED_NAMED = re.compile(rf"“([^“”。；]+)”[{HAN}]{{0,2}}(?:为|成|作)$")


_WHAT_THEY_ARE = re.compile(rf"[，,]?(?:是|(?:正|将|已)?(?:作为|成为))[{HAN}]{{0,24}}的$")  # …，是建设社会主义强大国家的|
# 三项伟大革命运动; 雄安新区与北京城市副中心正作为北京新的|“两翼”


def subjects_of_their_count(text: str, floor: int, end: int, count: int) -> tuple[list[str], bool] | None:
    """The parts listed as the subject of a clause that says what they are, the count ending it: 阶级斗争、生产斗争和科学
    实验，是建设社会主义强大国家的三项伟大革命运动; or the clauses before it, one a part, each opening with its verb (在这个时期，
    |建立…体制，保持…发展，|是必须解决好的两大课题), those before them not."""
    said = _WHAT_THEY_ARE.search(text, max(floor, end - 26), end) if text.endswith("的", 0, end) else None
    if said is None or said.start() <= floor:
        return None
    listed = list_before(text, floor, said.start(), count, adjacent=True)
    if listed or not text.startswith("，", said.start()):
        return listed
    clauses = text[floor:said.start()].split("，")
    parts, before = clauses[-count:], clauses[:-count]
    acting = [bool(part) and word_tag(words.read(part)[0])[:1] == "v" for part in clauses]
    return (parts, False) if len(parts) == count and all(acting[-count:]) and not any(acting[:-count]) \
        and all(4 <= len(part) <= 30 and all(map(is_han, part)) for part in parts) and len(before) <= 1 else None


def _represented_by(text: str, floor: int, end: int, count: int) -> tuple[list[str], bool] | None:
    """The parts a count is represented by, named before it: 以5G-A和万兆光网为代表的“双万兆”."""
    match = _REPRESENTED.search(text, max(floor, end - 50), end) if text.endswith("为代表的", 0, end) else None
    items = _items(match.group(1)) if match else []
    if len(items) == 1 and len(joined := _joined(items[0])) == 1:
        items = [items[0][:joined[0]], items[0][joined[0] + 1:]]  # 5G-A和万兆光网
    return (items, False) if items and len(items) == count and all(2 <= len(item) <= 16 for item in items) else None
