"""DEFINES: decode a formulation into the parts the text spells out.

Three shapes are read:
- a list right before a numeral formulation: 政府侧、社会侧、产业侧、企业侧“四侧”,
  创新链产业链资金链人才链“四链融合”;
- a list right after it: “六稳”，即稳就业、稳金融……;
- a digit code followed by counted lists: “33618”……A、B、C3大……D、E、F3大……6大……18个,
  where the counts read in order spell the code.
A decoding is kept only when the number of parts matches the numeral (四 → 4;
33618 → 3, 3, 6, 18). A code also gets its descriptor: “33618”现代制造业集群体系.
Glossary entries (名词解释: “供应链改造”是指……。) give a formulation its definition.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from policykg.extract.candidates import Candidate

_DIGITS = {"一": 1, "二": 2, "两": 2, "双": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_COUNTED = re.compile(r"(\d{1,3})(?:大|个|项|条|张|类|种|件)")
_AFTER_INTRO = re.compile(r"[”’」]?(?:[\u4e00-\u9fff]{1,4}?)?(?:，|：)?(?:即|是指|指的是|主要是|包括|也就是)[：，]?")
_DESCRIPTOR = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:集群体系|体系|布局|格局|机制|战略|工程|行动|计划|模式|矩阵|框架|目标)")
_GLOSSARY = re.compile(r"[”’」](?:，|：)?(?:是指|指的是|即为|即)([^。；\n]{6,200})[。；]"
                       r"|[”’」][^：:，。\n]{0,12}[：:](?:是指|指的是|即)?([^。；\n]{6,200})[。；\n]")
_VERBISH = ("v", "vd", "vn", "d", "ad", "p", "c", "r")


@dataclass(frozen=True, slots=True)
class Definition:
    """A formulation, its parts and the clean span of the statement that gives them."""

    name: str
    parts: tuple[str, ...]
    start: int
    end: int
    note: str
    role: str = "part"  # or "descriptor", "definition"


def numeral_value(name: str) -> int | None:
    """四链融合 → 4, 两大定位 → 2, 十四五 → None (a plan, not a count), 九大关键枢纽 → 9."""
    if not name or name[0] not in _DIGITS or name.startswith(("十一五", "十二五", "十三五", "十四五", "十五五")):
        return None
    if name[0] == "十" and len(name) > 1 and name[1] in _DIGITS and name[1] != "十":
        return 10 + _DIGITS[name[1]]
    if len(name) > 1 and name[1] == "十":
        return _DIGITS[name[0]] * 10 + (_DIGITS.get(name[2], 0) if len(name) > 2 else 0)
    return _DIGITS[name[0]]


def find_definitions(text: str, slogans: list[Candidate], sentence_bounds: list[tuple[int, int]]) -> list[Definition]:
    """Decodings stated in `text` for the formulations found in it."""
    found: list[Definition] = []
    starts = [a for a, _ in sentence_bounds]
    for cand in slogans:
        open_at = cand.start - 1 if cand.start and text[cand.start - 1] in "“‘「" else cand.start
        close_at = cand.end + 1 if cand.end < len(text) and text[cand.end] in "”’」" else cand.end
        k = bisect_right(starts, cand.start) - 1
        sentence = sentence_bounds[k] if k >= 0 else (0, len(text))
        count = numeral_value(cand.name)
        if count is not None and count >= 2:
            parts = _list_before(text, sentence[0], open_at, count) or _list_after(text, close_at, sentence[1], count)
            if parts:
                found.append(Definition(cand.name, tuple(parts), sentence[0], sentence[1],
                                        f"{len(parts)} parts for {cand.name[0]}"))
        if close_at > cand.end and not any(d.name == cand.name and d.role == "part" for d in found):
            definition = _glossary(text, cand, close_at, sentence[0])
            if definition:
                found.append(Definition(cand.name, (definition,), sentence[0], sentence[1], "definition",
                                        "definition"))
        if cand.name.isdigit():
            found.extend(_decode_code(text, cand.name, close_at, sentence_bounds))
            match = _DESCRIPTOR.match(text, close_at)
            if match and close_at == cand.end + 1:
                found.append(Definition(cand.name, (match.group(),), sentence[0], sentence[1], "descriptor",
                                        "descriptor"))
    return found


def _glossary(text: str, cand: Candidate, close_at: int, sentence_start: int) -> str | None:
    """The definition of a glossary entry that opens its sentence: “X”是指……。 or, in a numbered
    名词解释 list, 6.“两重”：是指……。"""
    head = text[sentence_start:cand.start - 1]
    numbered = re.fullmatch(r"\d{1,3}[.、．]|[（(]\d{1,3}[）)]", head) is not None
    if head and not numbered:
        return None
    match = _GLOSSARY.match(text, close_at - 1)
    if match and match.group(1):
        return match.group(1)
    if match and numbered:
        return match.group(2)
    return None


def _items(chunk: str) -> list[str]:
    items = [re.sub(r"[“”‘’]", "", item) for item in chunk.split("、")]
    return [item[:-1] if item.endswith("的") and len(item) > 2 else item for item in items]


def _list_before(text: str, floor: int, end: int, count: int) -> list[str] | None:
    """Parts listed right before position `end` (the opening quote)."""
    chunk = text[floor:end]
    chunk = re.split(r"[，；：。（）]", chunk)[-1]
    if not chunk:
        return None
    if "、" in chunk:
        items = _items(chunk)
        if len(items) != count:
            return None  # more or fewer items than the numeral says
        if re.search(r"[和与及]", items[0]) or any("“" in raw for raw in chunk.split("、")):
            return None  # a larger coordination, or a list of clauses about other formulations
    else:
        items = _shared_suffix_split(chunk, count)
        if items is None:
            return None
    items[0] = _trim_lead(items[0], items[1:])
    return items if _sane(items, count) and _parallel(items) else None


def _parallel(items: list[str]) -> bool:
    """Items of one kind: one length and a shared first or last character (政府侧、社会侧), or
    nominal items (no leading verb) sharing a character or, three or more, of like length."""
    lengths = [len(i) for i in items]
    shared = len({i[-1] for i in items}) == 1 or len({i[0] for i in items}) == 1
    if shared and len(set(lengths)) == 1:
        return True
    if any(_starts_with_verb(i) for i in items):
        return False
    return shared or (len(items) >= 3 and max(lengths) <= 3 * min(lengths))


@lru_cache(maxsize=4096)
def _starts_with_verb(item: str) -> bool:
    words = _tag(item)
    return bool(words) and words[0].flag.startswith(("v", "d", "p", "c", "m", "t"))


def _shared_suffix_split(chunk: str, count: int) -> list[str] | None:
    """创新链产业链资金链人才链 → [创新链, 产业链, 资金链, 人才链]: `count` items ending in the same character."""
    suffix = chunk[-1]
    cuts = [i + 1 for i, ch in enumerate(chunk) if ch == suffix]
    if len(cuts) != count:
        return None
    bounds = [0] + cuts
    items = [chunk[a:b] for a, b in zip(bounds, bounds[1:])]
    lengths = {len(i) for i in items[1:]}
    return items if len(lengths) == 1 and len(items) == count else None


def _list_after(text: str, start: int, ceiling: int, count: int) -> list[str] | None:
    """“六稳”，即稳就业、稳金融、…: parts listed right after an introducing word."""
    intro = _AFTER_INTRO.match(text, start)
    if not intro:
        return None
    chunk = re.split(r"[，；。（）]", text[intro.end():ceiling])[0]
    items = _items(chunk)
    if len(items) != count:
        return None
    return items if _sane(items, count) and _parallel(items) else None


def _decode_code(text: str, code: str, start: int, bounds: list[tuple[int, int]]) -> list[Definition]:
    """“33618”: counted lists that follow (3大, 3大, 6大, 18个) and spell the code in order."""
    first = bisect_right([a for a, _ in bounds], start) - 1
    if first < 0:
        return []
    stop = bounds[min(first + 2, len(bounds) - 1)][1]
    counts, parts, end = [], [], start
    for match in _COUNTED.finditer(text, start, stop):
        counts.append(match.group(1))
        n = int(match.group(1))
        chunk = re.split(r"[，；：。（）“”]", text[end:match.start()])[-1]
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


_LEAD_VERBS = re.compile(
    r"^(?:(?:我们|要|将|并|还|着力|聚力|全力|大力|加快|持续|积极|突出|坚持|聚焦|推动|推进|构建|建设|打造|实施|发展|培育|"
    r"升级|创新|做强|做大|做优|壮大|提升|围绕|按照|重点|统筹|深化|强化|完善|促进|支持|发挥|把握)+)")


def _tag(text: str) -> list:
    """jieba part-of-speech tags (quiet; the dictionary loads on first use)."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return list(jieba.posseg.cut(text))


@lru_cache(maxsize=4096)
def _trim_lead_cached(item: str) -> str:
    item = _LEAD_VERBS.sub("", item) or item
    words = _tag(item)
    i = 0
    while i < len(words) - 1 and words[i].flag in _VERBISH:
        i += 1
    return "".join(w.word for w in words[i:])


def _trim_lead(item: str, others: list[str]) -> str:
    """Drop the words that lead the first item of a list (聚力打造智能网联新能源汽车 → 智能网联新能源汽车).

    When the other items share a first character (最快…、最小…) the item starts at its
    last occurrence; when they all have one length, the item gets that length.
    """
    if not others or not all(others) or len(item) <= min(len(o) for o in others):
        return item
    lead = others[0][0]
    if all(o[0] == lead for o in others) and lead in item[:-1]:
        return item[item.rindex(lead, 0, len(item) - 1):]
    lengths = {len(o) for o in others}
    if len(lengths) == 1:
        return item[-lengths.pop():]
    return _trim_lead_cached(item)


def _sane(items: list[str], count: int) -> bool:
    """The right number of short, parallel, nominal items."""
    if len(items) != count or not all(1 <= len(i) <= 16 and re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9+]+", i)
                                      for i in items):
        return False
    if any(i[0] in "和与及或" or "等" in i[1:] for i in items):
        return False
    lengths = [len(i) for i in items]
    return max(lengths) <= 4 * min(lengths) and not any(_is_verb(i) for i in items)


@lru_cache(maxsize=4096)
def _is_verb(item: str) -> bool:
    """A lone verb or adverb (做到, 切实), which governs a list rather than belonging to it."""
    words = _tag(item)
    return len(words) == 1 and words[0].flag in ("v", "vd", "d", "ad", "a")
