"""Words of the general dictionary in short stretches of text (maximum matching)."""
from __future__ import annotations

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
