"""ORG: party and government bodies, congresses, CPPCC, universities, institutes, media,
international organisations and the state bodies of other countries.

National bodies, media and international organisations come from the lexicon. Local bodies are built from a
level (市, 区, 县 ...) or a place (渝北区) plus a department, with one canonical
short name per body: 市经济信息委, 市经信委 and 市经济和信息化委员会 are all 市经信委.
"""
from __future__ import annotations

import re
from functools import lru_cache

from policykg.extract import resources
from policykg.extract.candidates import FULL, RULE, Candidate
from policykg.extract.text import LEFT_STOP_WORDS, LEFT_STOPS, PUNCT

LEVELS = "市区县省州镇乡"
# The leading bodies of a place: implied by a position (市委书记, 市政协主席), not listed apart from it.
_COMMITTEES = frozenset({"委", "党工委", "管委会", "政协", "人大", "人大常委会", "政府", "纪委", "监委", "纪委监委"})
_INSTITUTION = re.compile(r"(?:大学|学院|研究院|研究所|科学院|工程院|实验室|医院|党校|代表团)")
# A party department named bare inside a stack of titles: 市委常委、组织部部长张轩.
_STACKED_DEPARTMENT = re.compile(r"、(组织部|宣传部|统战部|政法委|秘书长|办公厅)(?=部长|副部长|书记|主任|秘书长|常务)")
_DIRECTIONS = ("西南", "西北", "东南", "东北", "华中", "华南", "华东", "华北", "中南", "中国", "国家", "中央", "全国")


@lru_cache(maxsize=None)
def department_forms() -> tuple[re.Pattern, dict[str, str]]:
    """A pattern for level + department, and each department spelling → canonical short form."""
    canonical: dict[str, str] = {}
    for short, aliases, full in resources.departments():
        for spelling in (short, *aliases, full.replace("{level}", "") if full else ""):
            if spelling:
                canonical.setdefault(spelling, short)
    alternation = "|".join(sorted(map(re.escape, canonical), key=lambda s: (-len(s), s)))
    pattern = re.compile(f"([{LEVELS}])({alternation})(?![托屈婉任派员会])")
    return pattern, canonical


# The state bodies of another country named after it: 美国国会, 日本政府, 韩国外交部.
_FOREIGN_BODY = re.compile(r"(?:政府|国会|议会|参议院|众议院|内阁|外交部|国防部|财政部|商务部|司法部|国务院|中央银行|央行|"
                           r"驻华大使馆|驻华使馆|总统府)")


@lru_cache(maxsize=None)
def _foreign_countries() -> frozenset[str]:
    return frozenset(e.name for e in resources.places() if e.kind == "country" and e.name != "中国")


def find_orgs(text: str, places: list[Candidate], orgs: list[Candidate]) -> list[Candidate]:
    """Local bodies (level or place + department), foreign state bodies, delegations and institutions."""
    pattern, canonical = department_forms()
    place_by_end = {p.end: p for p in places}
    found: list[Candidate] = []
    countries = _foreign_countries()
    for place in places:
        body = _FOREIGN_BODY.match(text, place.end) if place.name in countries else None
        if body and not text.startswith(("长", "行长"), body.end()):  # a title: 美国财政部长, 日本央行行长  # FULL: not harvested, the rule finds it again wherever the country is found
            found.append(Candidate(place.start, body.end(), "ORG", place.name + body.group(), FULL))
    for match in pattern.finditer(text):
        level_at = match.start(1)
        dept = canonical[match.group(2)]
        role = "committee" if dept in _COMMITTEES else None
        place = place_by_end.get(level_at + 1)
        if place is not None and place.start < level_at:
            found.append(Candidate(place.start, match.end(), "ORG", place.name + dept, RULE, role))
            continue
        before = text[level_at - 1:level_at + 1] if level_at else ""
        if before and resources.is_common_word(before, 20):
            continue
        found.append(Candidate(level_at, match.end(), "ORG", match.group(1) + dept, RULE, role))

    for match in _STACKED_DEPARTMENT.finditer(text):
        found.append(Candidate(match.start(1), match.end(1), "ORG", match.group(1), RULE, "committee"))
    anchors = sorted(places + orgs + found, key=lambda c: c.start)
    starts = {c.start for c in anchors}
    for match in _INSTITUTION.finditer(text):
        start = _institution_start(text, match.start(), starts, nearest=match.group() == "代表团")
        if start is not None and match.end() - start >= 4:
            found.append(Candidate(start, match.end(), "ORG", text[start:match.end()], FULL))
    return found


def _institution_start(text: str, suffix_at: int, anchor_starts: set[int], nearest: bool) -> int | None:
    """The leftmost (or nearest) anchor — a place, a body, a direction word — that starts a clean run to the suffix."""
    best = None
    i = suffix_at
    while i > 0 and suffix_at - i < 16:
        ch = text[i - 1]
        if ch in PUNCT or ch in LEFT_STOPS or ch == "的" or not ("\u4e00" <= ch <= "\u9fff" or ch.isalnum()):
            break
        i -= 1
        if text.startswith(LEFT_STOP_WORDS, i):  # 会见 in 财政部长会见代表团
            break
        if i in anchor_starts or text.startswith(_DIRECTIONS, i):
            best = i
            if nearest:
                break
    return best
