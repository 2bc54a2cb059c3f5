"""COMPANY: legal names with their suffixes, branches and brackets; groups; short names.

A legal suffix (有限公司, 股份有限公司 ...) anchors a name; the name runs left to
the nearest boundary (punctuation, a preposition, a stop word). Short names come
from "（以下简称“川仪精密”）" and from full names with the place and the legal
form removed (重庆长安汽车股份有限公司 → 长安汽车).
"""
from __future__ import annotations

import re

from policykg.extract.candidates import RULE, Candidate
from policykg.extract.lexicon import builtin
from policykg.extract.resources import dictionary, is_common_word
from policykg.extract.text import PUNCT, crosses_word, trim_left

_LEGAL = re.compile(
    r"(?:集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|股份公司|集团公司|(?<![分子总])公司)"
    r"(?:[\u4e00-\u9fff]{2,6}?分公司)?(?:（(?:普通合伙|有限合伙)）)?"
)
_GROUP = re.compile(r"([\u4e00-\u9fff]{2,4})集团(?![\u4e00-\u9fff]{0,2}(?:公司|军))")
ALIAS_INTRO = re.compile(r"[（(]以下简称“([^”]{2,12})”[）)]")
_LEGAL_FORMS = ("集团股份有限公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司", "股份公司", "集团公司", "公司")
_MAX_NAME = 30


def find_companies(text: str, places: list[Candidate], known: list[Candidate] = ()) -> list[Candidate]:
    """Companies anchored by a legal suffix or by 集团 (unless a known name ends there: 二十国集团)."""
    place_ends = {p.start: p.end for p in places}
    known_ends = {k.end for k in known}
    found: list[Candidate] = []
    for match in _LEGAL.finditer(text):
        start = _name_start(text, match.start(), place_ends)
        if start is None or match.start() - start < 2 or is_common_word(text[start:match.start()], 50) \
                or crosses_word(text, match.end()):
            continue
        if match.group().startswith("公司") and (start not in place_ends or match.start() - place_ends[start] < 2):
            continue  # a bare 公司 names a company only after a place: 长春长生公司, not 融资平台公司
        found.append(Candidate(start, match.end(), "COMPANY", text[start:match.end()], RULE))
    place_spans = sorted(place_ends.items())
    for match in _GROUP.finditer(text):
        start = _name_start(text, match.end(1), place_ends, limit=10)
        if start is None or match.end() in known_ends:
            continue
        start = max(start, match.start(1))
        start = next((a for a, b in place_spans if a < start < b), start)  # 新加坡金鹰集团, not 加坡金鹰集团
        core = text[start:match.end(1)]
        if len(core) > 2 and is_common_word(core[:2], 100):
            start, core = start + 2, core[2:]
        if len(core) >= 2 and not is_common_word(core, 50) and not is_common_word(core + "集团"):
            found.append(Candidate(start, match.end(), "COMPANY", text[start:match.end()], RULE - 15))
    return found


def _name_start(text: str, end: int, place_ends: dict[int, int], limit: int = _MAX_NAME) -> int | None:
    """Start of the name that ends at `end`: a run of name characters, brackets balanced."""
    i = end
    depth = 0
    while i > 0 and end - i < limit:
        ch = text[i - 1]
        if ch == "）":
            depth += 1
        elif ch == "（":
            if depth == 0:
                break
            depth -= 1
        elif ch in PUNCT or not ("\u4e00" <= ch <= "\u9fff" or ch.isalnum()):
            break
        i -= 1
    if depth:
        return None
    return trim_left(text, i, end, place_ends)


def short_name(full: str) -> str | None:
    """长安汽车 for 重庆长安汽车股份有限公司: no leading place, no legal form, 4–6 characters."""
    core = full
    for form in _LEGAL_FORMS:
        if core.endswith(form):
            core = core[: -len(form)]
            break
    else:
        return None
    if "分公司" in full or "（" in core:
        return None
    lexicon = builtin()
    for size in (4, 3, 2):
        entry = lexicon.get(core[:size])
        if entry is not None and entry[0] == "PLACE" and len(core) - size >= 4:
            core = core[size:]
            break
    entry = dictionary().get(core)
    ordinary = entry is not None and entry[1] not in ("nt", "nz", "nr", "ns") and entry[0] >= 3
    return core if 4 <= len(core) <= 6 and not ordinary else None
