"""Words of the general dictionary in short stretches of text (maximum matching)."""
from __future__ import annotations

from functools import lru_cache
from math import log

from policykg.extract.resources import NAME_TAGS, dictionary

_LONGEST = 5


def segment(text: str) -> list[str]:
    """`text` cut into dictionary words, longest first from the left; unknown characters stay single."""
    words = dictionary()
    result = []
    i = 0
    while i < len(text):
        for size in range(min(_LONGEST, len(text) - i), 1, -1):
            if text[i:i + size] in words:
                break
        else:
            size = 1
        result.append(text[i:i + size])
        i += size
    return result


def has_name_word(text: str) -> bool:
    """Whether `text` holds a name rather than only ordinary words: a word the dictionary tags as a name
    (东湖, 吴越), a Latin token, or two characters in a row that form no word (尚思 in 尚思自然科学研究院)."""
    words = dictionary()
    single = 0
    for word in segment(text):
        if word.isascii() or words.get(word, (0, ""))[1] in NAME_TAGS:
            return True
        single = single + 1 if len(word) == 1 else 0
        if single >= 2:
            return True
    return False


_TOTAL = 60_101_964  # the sum of the dictionary's frequencies (jieba's, as `segment` reads it)
_WINDOW = 4  # characters read on each side of the stretch `reads_as_word` looks at
_UNKNOWN = log(1 / _TOTAL)  # the log probability of a character no word takes
_WEIGHTS: dict[str, float] = {}  # the log probability of each word `read` has looked up


def read(text: str) -> list[str]:
    """`text` cut into its likeliest reading by the dictionary's word frequencies (as jieba reads a
    sentence, without its model of unknown words): 入选|国家|中医药, where `segment` gives 入选国|家中|医药."""
    return list(_read(text))


def forget_readings() -> None:
    """Forget the remembered readings, so that each timed run of a benchmark starts alike."""
    _read.cache_clear()


@lru_cache(maxsize=1 << 16)
def _read(text: str) -> tuple[str, ...]:
    """`read`, remembered: both passes read the same stretches."""
    words = dictionary()
    weights = _WEIGHTS
    size = len(text)
    best = [0.0] + [float("-inf")] * size  # best[i]: the likeliest reading of text[:i]
    cut = [0] * (size + 1)
    for i in range(size):
        here = best[i]
        for end in range(i + 1, min(i + _LONGEST, size) + 1):
            piece = text[i:end]
            weight = weights.get(piece)
            if weight is None:
                entry = words.get(piece)
                if entry is None:
                    if end > i + 1:
                        continue
                    weight = _UNKNOWN
                else:
                    weight = weights[piece] = log(entry[0] / _TOTAL) if entry[0] else _UNKNOWN
            score = here + weight
            if score > best[end]:
                best[end], cut[end] = score, i
    pieces = []
    i = len(text)
    while i > 0:
        pieces.append(text[cut[i]:i])
        i = cut[i]
    return tuple(pieces[::-1])


def word_read_at(text: str, start: int) -> str | None:
    """The word that the likeliest reading (`read`) of the text around `start` has starting there, if one does:
    日本国会 in 愿同|日本国会|开展."""
    low = max(0, start - _WINDOW)
    for word in read(text[low:min(len(text), start + _LONGEST + _WINDOW)]):
        if low == start:
            return word
        low += len(word)
        if low > start:
            return None
    return None


def reads_as_word(text: str, start: int, end: int) -> bool:
    """Whether the likeliest reading (`read`) of the text around `text[start:end]` has a word boundary at
    both `start` and `end`: 申建|中国 (though 建中 is a word), 融入|关中平原; not 繁荣|昌盛 for 荣昌."""
    low = max(0, start - _WINDOW)
    bounds = {low}
    for word in read(text[low:min(len(text), end + _WINDOW)]):
        low += len(word)
        bounds.add(low)
    return start in bounds and end in bounds
