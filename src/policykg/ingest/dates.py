"""Dates of documents: from fields, file names and the text itself; comparing dates of any precision.

A date keeps its precision (YYYY, YYYY-MM or YYYY-MM-DD) and is compared as a date, part by part down
to the precision both have; when they agree that far, the more precise date is the earlier and the
later one alike, so a year never hides a day of that year ("2025" and "2025-03-21": first and last
seen 2025-03-21; "2024" and "2025-03-21": first seen 2024).
"""
from __future__ import annotations

import re

_ISO = re.compile(r"^\s*((?:19|20)\d{2})(?:[-/.年]\s*(\d{1,2})(?:[-/.月]\s*(\d{1,2})日?)?月?)?\s*$")
_FILENAME_YMD = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")
_FILENAME_YM = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.](0[1-9]|1[0-2])(?!\d)")
_FILENAME_Y = re.compile(r"(?<![0-9A-Za-z])((?:19|20)\d{2})(?![0-9A-Za-z])")
_TEXT_YMD = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日")
_TEXT_MD = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")
_SIGNATURE_DATE = re.compile(r"^[ \u3000]*((?:19|20)\d{2})[ \u3000]*年[ \u3000]*(\d{1,2})[ \u3000]*月[ \u3000]*(\d{1,2})"
                             r"[ \u3000]*日[ \u3000]*$", re.MULTILINE)


def normalise_date(value: object) -> str | None:
    """An ISO date string (YYYY, YYYY-MM or YYYY-MM-DD) from a field value, or None."""
    if value is None:
        return None
    match = _ISO.match(str(value))
    if not match:
        return None
    year, month, day = match.groups()
    return _iso(year, month, day)


def date_from_filename(name: str) -> str | None:
    """A date written in a file name: 20250321, 2025-03-21, 2025-03 or a lone year."""
    for pattern in (_FILENAME_YMD, _FILENAME_YM, _FILENAME_Y):
        match = pattern.search(name)
        if match:
            return _iso(*match.groups())
    return None


def date_from_text(text: str, year_hint: str | None = None) -> str | None:
    """A dateline near the start of a text; "3月21日" needs the year from elsewhere."""
    head = text[:300]
    match = _TEXT_YMD.search(head)
    if match:
        return _iso(*match.groups())
    match = _TEXT_MD.search(head)
    if match and year_hint:
        return _iso(year_hint[:4], *match.groups())
    return None


def date_from_signature(text: str) -> str | None:
    """The date of an official document: a line holding only a date among its last lines (成文日期)."""
    matches = list(_SIGNATURE_DATE.finditer(text[-300:]))
    return _iso(*matches[-1].groups()) if matches else None


def _iso(year: str, month: str | None = None, day: str | None = None) -> str | None:
    y = int(year)
    if month is None:
        return f"{y:04d}"
    m = int(month)
    if not 1 <= m <= 12:
        return f"{y:04d}"
    if day is None:
        return f"{y:04d}-{m:02d}"
    d = int(day)
    if not 1 <= d <= 31:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def date_order(date: str) -> tuple[int, int, int]:
    """Sort key of dates of any precision: (year, month, day), a missing part 0."""
    parts = [int(x) for x in date.split("-")]
    return (*parts, 0, 0)[:3]


def earlier(a: str | None, b: str) -> str:
    """The earlier of two dates (`a` may be None: none yet); the more precise one where they agree."""
    return _pick(a, b, first=True)


def later(a: str | None, b: str) -> str:
    """The later of two dates (`a` may be None: none yet); the more precise one where they agree."""
    return _pick(a, b, first=False)


def _pick(a: str | None, b: str, first: bool) -> str:
    if a is None:
        return b
    n = min(len(a), len(b))  # ISO dates: compared down to the precision both have
    if a[:n] != b[:n]:
        return b if (b[:n] < a[:n]) == first else a
    return b if len(b) > len(a) else a
