"""Character classes shared by the extractors."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

PUNCT = set("，。、；：！？“”‘’（）《》〈〉「」『』【】—…·,.;:!?()[]\"' \n\t/|-")

# Characters of transliterated foreign names (Xinhua's tables, the common part).
TRANSLITERATION = set(
    "阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕宾波伯勃博布查达戴丹道德登迪蒂丁杜多厄恩尔法凡菲费芬丰弗福夫盖冈戈格"
    "根古瓜哈海汉豪赫亨胡霍基吉加贾杰捷金卡凯坎康柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里利莉列林琳卢鲁路伦罗洛"
    "马玛迈麦曼梅蒙米摩莫姆穆纳奈南内尼涅纽努诺帕潘佩皮普齐奇乔切琼萨塞桑森沙莎舍什施斯松苏索塔泰坦汤特提"
    "图托瓦万威韦维温沃乌伍西希谢辛雅亚扬耶伊因尤约泽扎詹兹佐茨顿娜妮丝露黛琪薇夏延默舒英圭贡铁思斐瑟娅丽珀翁茹嘉赛锡喀阔易夫卜罕娃契热明敏若哲隆·")
# Characters that end a name-like run when scanning left from a suffix (的 is not
# here: 美的, 重庆美的通用制冷设备有限公司).
CONJUNCTIONS = set("与和及或并")
LEFT_STOPS = set("在由与和及对向从把被将于到给同跟以据经为是了着过让等并或其该各每这那此")
LEFT_STOP_WORDS = ("位于", "来自", "包括", "联合", "依托", "推动", "支持", "引进", "落户", "携手", "通过", "其中", "以及",
                   "作为", "成立", "组建", "牵头", "依靠", "参观", "走进", "记者", "近日", "目前", "如今", "据悉", "同时",
                   "成为", "获批", "设立", "打造", "建设", "发挥", "完善", "强化", "推进", "深化", "加快", "引导", "办好",
                   "抓好", "培育", "壮大", "做强", "新组建", "重组", "整合", "举办", "主办", "承办", "会见", "会晤",
                   "接见", "率领", "出席", "欢迎", "访问", "看望", "慰问", "当选", "荣获", "获得", "新增",
                   "提高")


def trim_left(text: str, start: int, end: int, place_ends: dict[int, int]) -> int:
    """Where a name ending at `end` starts, given the maximal name-like run text[start:end].

    Cuts after the last stop word, conjunction (与, 和) or preposition; a list item or
    bracketed name that begins with a place keeps its prepositions (重庆中科云从科技有限公司).
    Cuts after 的 too, unless the name starts with a place and the 的 comes later
    (重庆美的通用制冷设备有限公司). `place_ends` maps each PLACE's start to its end.
    """
    list_item = start in place_ends and (start == 0 or text[start - 1] in "、（(：:，,；;\n ")
    stops = CONJUNCTIONS if list_item else LEFT_STOPS
    best = start
    for i in range(start, end):
        if text[i] in stops:
            best = i + 1
    span = text[best:end]
    for word in LEFT_STOP_WORDS:
        pos = span.rfind(word)
        if pos >= 0:
            best = max(best, best + pos + len(word))
    k = text.rfind("的", best, end)
    if k >= 0:
        place_end = place_ends.get(best)
        if place_end is None or k <= place_end:
            best = k + 1
    return best


def crosses_word(text: str, pos: int, min_freq: int = 50, min_inside: int = 1, side: str = "both") -> bool:
    """Whether a dictionary word (two to four characters) runs across position `pos`.

    `min_inside` characters of the word must lie on `side` ("left" or "right") of `pos`
    (both sides when side is "both").
    """
    if pos <= 0 or pos >= len(text) or not ("\u4e00" <= text[pos - 1] <= "\u9fff" and "\u4e00" <= text[pos] <= "\u9fff"):
        return False
    words = _WORDS or _load_words()
    if min_freq >= 1:  # every word looked up below holds the pair of characters at `pos`: most pairs are in none
        bit = (ord(text[pos - 1]) * _PAIR_FACTOR + ord(text[pos])) & _PAIR_MASK
        if not _PAIRS[bit >> 3] >> (bit & 7) & 1:
            return False
    for left, right in _WORD_SPANS[side, min_inside]:
        if left <= pos:
            entry = words.get(text[pos - left:pos + right])
            if entry is not None and entry[0] >= min_freq:
                return True
    return False


_WORDS: dict[str, tuple[int, str]] = {}  # the dictionary, once loaded
_PAIRS = b""  # its `word_pairs`, loaded with it


def _load_words() -> dict[str, tuple[int, str]]:
    global _WORDS, _PAIRS
    from policykg.extract import compiled
    from policykg.extract.resources import dictionary

    _PAIRS = compiled.word_pairs()
    _WORDS = dictionary()
    return _WORDS


_PAIR_BITS = 22  # a filter of 2 ** 22 bits: about 7 % of the pairs in none of the words pass it
PAIRS_SIZE = 1 << (_PAIR_BITS - 3)  # its bytes (512 kB)
_PAIR_MASK = (1 << _PAIR_BITS) - 1
_PAIR_FACTOR = 0x9E3779B1


def word_pairs(words: dict[str, tuple[int, str]]) -> bytes:
    """A filter of the pairs of characters side by side in the dictionary's words of two to four characters with a
    frequency of 1 or more: the bit of each such pair (its characters' code points hashed) is set; a pair whose bit
    is not set is in none of them (`crosses_word`)."""
    bits = bytearray(PAIRS_SIZE)
    for word, (freq, _) in words.items():
        if 2 <= len(word) <= 4 and freq >= 1:
            for i in range(len(word) - 1):
                bit = (ord(word[i]) * _PAIR_FACTOR + ord(word[i + 1])) & _PAIR_MASK
                bits[bit >> 3] |= 1 << (bit & 7)
    return bytes(bits)


# (characters left of the position, characters right of it) of the words `crosses_word` looks up, by
# (side, min_inside)
_WORD_SPANS = {(side, inside): tuple((left, right) for left in (1, 2, 3) for right in (1, 2, 3) if left + right <= 4
                                     and not (side == "left" and left < inside) and not (side == "right" and right < inside))
               for side in ("left", "right", "both") for inside in (1, 2, 3)}


_SCANS: ContextVar[dict | None] = ContextVar("scans", default=None)  # see `keeping_scans`


@contextmanager
def keeping_scans(kept: dict) -> Iterator[None]:
    """Within it, `scan` keeps the matches it finds in `kept` (one document's) and gives them again for the
    same text: pass 2 runs some steps again on the text pass 1 scanned, with other candidates."""
    token = _SCANS.set(kept)
    try:
        yield
    finally:
        _SCANS.reset(token)


def scan(finder: re.Pattern | Callable[[str], Iterable[re.Match]], text: str) -> Iterable[re.Match]:
    """The matches of a pattern (`finditer`) or of a function in the whole of `text` (see `keeping_scans`)."""
    kept = _SCANS.get()
    find = finder.finditer if isinstance(finder, re.Pattern) else finder
    if kept is None:
        return find(text)
    scanned = kept.get(finder)
    if scanned is None or scanned[0] is not text:
        scanned = kept[finder] = (text, list(find(text)))
    return scanned[1]


def matches_at(pattern: re.Pattern, text: str, starts: Iterable[int]) -> Iterator[re.Match]:
    """`pattern.finditer(text)` when every match starts at one of `starts` (ascending), tried there only: the
    scan of a pattern that opens with a repeat, or with many alternatives of common characters, is slow."""
    end = 0
    for start in starts:
        if start >= end:
            match = pattern.match(text, start)
            if match:
                end = match.end()
                yield match
