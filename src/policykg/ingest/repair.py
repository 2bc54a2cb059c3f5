"""Repair PDF/OCR page text for matching, keeping a map back to the original offsets.

The repaired ("clean") text joins lines broken mid-sentence, turns the breaks that
remain into single "\\n" paragraph separators, drops indentation and the marks of notes
(［5］), and unifies full-/half-width forms and writes traditional characters simplified, character
for character (what is extracted keeps the characters as printed). Only deletions change lengths,
so a clean offset maps to the original by one binary search over the kept runs.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from policykg.vocabulary import HAN, BYLINE_ROLE, NUMERALS

TERMINAL = "。！？!?…"
CLOSERS = "”’」』）)》"
CONTINUATION = "，、：；,:;“‘（(《—-·"
_SPACE = " \t\r\f\v\u3000\u00a0\ufeff"
_MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+")
_BYLINE_START = re.compile(
    rf"^(?:[（(]?(?:新重庆-)?[{HAN}]{{0,10}}{BYLINE_ROLE}|据《|据新重庆|[{HAN}]{{2,4}}[ \u3000]*摄/)"
)

_ITEM_START = re.compile(rf"^(?:[-*•]\s|\d{{1,3}}[.、]|[（(][{NUMERALS}\d]{{1,3}}[）)]|[{NUMERALS}]{{1,3}}、)")
_CREDIT_END = re.compile(rf"(?:摄影?|记者|通讯员)[ \u3000]*[{HAN}]{{2,4}}(?:[ \u3000]+[{HAN}]{{2,4}})*(?:/[^\s/]{{2,8}})?$|/视觉[{HAN}]{{2}}$")
_SPACED_WORDS = re.compile(rf"[{HAN}”][ \u3000]+[{HAN}“]")

# Full-width ASCII letters and digits become ASCII; ASCII punctuation used in Chinese
# prose becomes the full-width form; the ideographic space becomes a space.
_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}
_WIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})
_WIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})
_WIDTH.update({ord(","): "，", ord(";"): "；", ord(":"): "：", ord("?"): "？", ord("!"): "！",
               ord("("): "（", ord(")"): "）", 0x3000: " ", 0x00A0: " ", 0xFEFF: " ",
               0xFF0B: "+", 0xFF05: "%", 0xFF0E: ".", 0xFF0D: "-", 0xFF0F: "/"})
# Control characters (a form feed or vertical tab from a PDF) become spaces: no name carries one into an export.
_WIDTH.update({cp: " " for cp in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0), 0xFFFE,
                                  0xFFFF)})
_NEEDS_WIDTH = re.compile("[{0}][{0}]*".format("".join(re.escape(chr(cp)) for cp in sorted(_WIDTH))))  # a set first: a fast scan
_DIGIT_PUNCT = re.compile(r"[，：](?<=\d[，：])(?=\d)")  # the mark first: the scan skips to the marks
_STRAIGHT_QUOTES = re.compile(r'"([^"\n]{0,200})"')
# The mark of a note after a word (“五停一关［5］”, 国资运营[2]等): one or two digits in square brackets.
_NOTE_MARK = re.compile(rf"[［\[](?<=[{HAN}”）)][［\[])\d{{1,2}}[］\]]")
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060"  # pasted from web pages inside words (中国选手|\u200c|齐迎)
_DELETED = re.compile(f"{_NOTE_MARK.pattern}|[{_ZERO_WIDTH}]+")


@dataclass(frozen=True, slots=True)
class CleanText:
    """Repaired text plus the runs that map it back to the original."""

    text: str
    starts: tuple[int, ...]  # clean offset where each run starts
    raw_starts: tuple[int, ...]  # original offset of each run's first character
    printed: str  # `text` with the characters as printed (traditional ones not simplified), for what is shown

    def to_raw(self, index: int) -> int:
        """Original offset of the clean character at `index`."""
        k = bisect_right(self.starts, index) - 1
        return self.raw_starts[k] + index - self.starts[k]

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of a clean span; anything deleted inside it is included."""
        if end <= start:
            raw = self.to_raw(start) if start < len(self.text) else self.raw_end()
            return raw, raw
        starts, raw_starts = self.starts, self.raw_starts
        k = bisect_right(starts, start) - 1
        j = k if k + 1 == len(starts) or end <= starts[k + 1] else bisect_right(starts, end - 1) - 1  # (mostly one run)
        return raw_starts[k] + start - starts[k], raw_starts[j] + end - starts[j]

    def raw_end(self) -> int:
        if not self.starts:
            return 0
        return self.raw_starts[-1] + len(self.text) - self.starts[-1]


def normalise_width(text: str) -> str:
    """Unify full-/half-width forms and write traditional characters simplified (廣州 → 广州: the lexicon's), one
    character for one character."""
    return _simplified(_unify_width(text))


def _unify_width(text: str) -> str:
    text = _NEEDS_WIDTH.sub(lambda m: m.group().translate(_WIDTH), text)
    text = _DIGIT_PUNCT.sub(lambda m: "," if m.group() == "，" else ":", text)
    return _STRAIGHT_QUOTES.sub(lambda m: "“" + m.group(1) + "”", text)


def _simplified(text: str) -> str:
    """`text` with its traditional characters simplified, one for one."""
    traditional, table = _traditional()
    return traditional.sub(lambda m: m.group().translate(table), text)


@lru_cache(maxsize=1)
def _traditional() -> tuple[re.Pattern, dict[int, str]]:
    """A scan for runs of traditional characters and their simplified forms (data/traditional.tsv)."""
    pairs = [line.split("\t") for line in files("policykg").joinpath("data", "traditional.tsv").read_text("utf-8").splitlines()
             if line and not line.startswith("#")]
    table = {ord(printed): read for printed, read in pairs}
    return re.compile("[{0}]+".format("".join(re.escape(chr(cp)) for cp in sorted(table)))), table


def _is_terminal(line: str) -> bool:
    stripped = line.rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in TERMINAL


def _column_width(lengths: list[int]) -> int | None:
    """The column width of a newspaper-column layout, or None for free text."""
    long_enough = [n for n in lengths if n >= 8]
    if len(long_enough) < 8:
        return None
    width, _ = Counter(long_enough).most_common(1)[0]
    near = sum(1 for n in long_enough if width - 3 <= n <= width + 2)
    return width if near >= 0.5 * len(long_enough) and width <= 40 else None


def _ends_with_credit(line: str) -> bool:
    tail = line[-40:]
    return ("摄" in tail or "记者" in tail or "通讯员" in tail or "/视觉" in tail) and _CREDIT_END.search(tail) is not None


def is_deck(line: str) -> bool:
    """A headline or deck: words separated by spaces, no sentence punctuation."""
    return _SPACED_WORDS.search(line) is not None and not any(ch in "，。；（）(),;" for ch in line)


def _joins(prev: str, nxt: str, column: int | None) -> bool:
    """Whether the break between two non-empty lines falls inside a sentence."""
    if _is_terminal(prev) or _BYLINE_START.match(nxt) or _ITEM_START.match(nxt) or _ends_with_credit(prev):
        return False
    if is_deck(prev) or is_deck(nxt):
        return False
    if prev[-1] in CONTINUATION:
        return True
    if column is not None:
        return len(prev) >= column - 3
    return (len(prev) >= 40 or (len(prev) >= 8 and any(ch in "，,；;" for ch in prev))) and not _headline_run_on(prev, nxt)


def _headline_run_on(prev: str, nxt: str) -> bool:
    """Free text whose line ends in a headline run on after the last sentence of an item (…组建新政府。美国航空一架客机因
    安全原因备降罗马), before a paragraph of its own that opens with the headline's subject (美国航空公司23日表示…):
    a break, not a sentence broken across lines (…以县城为重|载体的城镇化建设)."""
    last = max(prev.rfind(ch) for ch in TERMINAL)
    tail = prev[last + 1:].lstrip()
    return last >= 0 and 8 <= len(tail) <= 30 and not any(ch in "，,；;：:、" for ch in tail) \
        and tail[0] == nxt[0] and len(nxt) >= 40 and _is_terminal(nxt)


def repair(raw: str, keep_breaks: bool = False) -> CleanText:
    """Join broken lines and normalise widths; see the module docstring.

    `keep_breaks`: every line is a paragraph (text laid out by the PDF, Word and HTML readers).
    """
    lines = []  # (content start, content end, is a markdown heading), non-empty lines only
    pos = 0
    for line in raw.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        while a < b and raw[a] in _SPACE:
            a += 1
        while b > a and raw[b - 1] in _SPACE:
            b -= 1
        if a < b:
            heading = _MARKDOWN_HEADING.match(raw, a, b)
            if heading and heading.end() < b:
                a = heading.end()
            lines.append((a, b, heading is not None))
    column = None if keep_breaks else _column_width([b - a for a, b, _ in lines])

    pieces: list[str] = []
    starts: list[int] = []
    raw_starts: list[int] = []
    length = 0
    notes = "［" in raw or "[" in raw or any(ch in raw for ch in _ZERO_WIDTH)  # (most texts have none: no scan of each
    # line for them)
    for i, (a, b, heading) in enumerate(lines):
        content = raw[a:b]
        if i:
            pa, pb, prev_heading = lines[i - 1]
            previous = raw[pa:pb]
            if keep_breaks or heading or prev_heading or not _joins(previous, content, column):
                separator = "\n"
            elif previous[-1].isascii() and previous[-1].isalnum() and content[0].isascii() and content[0].isalnum():
                separator = " "
            else:
                separator = ""
            if separator:
                pieces.append(separator)
                starts.append(length)
                raw_starts.append(pb)
                length += 1
        at = a
        for note in _DELETED.finditer(raw, a, b) if notes else ():  # “五停一关［5］”: the note's number goes, the term
            # stays whole; 中国|\u200c|选手: a zero-width character goes
            pieces.append(raw[at:note.start()])
            starts.append(length)
            raw_starts.append(at)
            length += note.start() - at
            at = note.end()
        pieces.append(raw[at:b])
        starts.append(length)
        raw_starts.append(at)
        length += b - at
    printed = _unify_width("".join(pieces))
    return CleanText(_simplified(printed), tuple(starts), tuple(raw_starts), printed)
