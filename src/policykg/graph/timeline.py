"""Term timelines: first and last appearance of each entity, counts per year or month; the table as
lines that fit a terminal."""
from __future__ import annotations

import math
import unicodedata

import networkx as nx
import pandas as pd

from policykg.choices import PERIODS
from policykg.ingest.dates import date_order

FIXED = ["name", "label", "first_seen", "last_seen", "mentions", "documents", "parts", "descriptor"]
SPARKS = "▁▂▃▄▅▆▇█"
NAME_WIDTH = 24  # columns; longer names are cut in `term_lines` (the CSV and --wide keep them)


def check_period(by: str | None) -> None:
    """ValueError unless `by` is None or one of PERIODS."""
    if by is not None and by not in PERIODS:
        raise ValueError(f"by must be year or month, not {by!r}")


def term_table(graph: nx.MultiDiGraph, by: str = "year", labels: tuple[str, ...] | None = ("SLOGAN",),
               min_mentions: int = 1) -> pd.DataFrame:
    """One row per entity: first/last seen, mentions, documents, decoded parts, counts per period.

    Rows are ordered by first appearance (as dates: `policykg.ingest.dates.date_order`), then by mentions.
    """
    check_period(by)
    field = "by_year" if by == "year" else "by_month"
    rows = []
    for node, data in graph.nodes(data=True):
        if labels and data.get("label") not in labels or data.get("mentions", 0) < min_mentions:
            continue
        rows.append({
            "name": data.get("name"), "label": data.get("label"),
            "first_seen": data.get("first_seen"), "last_seen": data.get("last_seen"),
            "mentions": data.get("mentions", 0), "documents": data.get("documents", 0),
            "parts": list(data.get("parts") or []), "descriptor": data.get("descriptor") or "",
            **{str(k): v for k, v in (data.get(field) or {}).items()},
        })
    rows.sort(key=lambda r: (r["first_seen"] is None, date_order(r["first_seen"] or "9999"), -r["mentions"],
                             r["name"]))
    frame = pd.DataFrame(rows)
    if frame.empty:
        return pd.DataFrame(columns=FIXED)
    periods = sorted(c for c in frame.columns if c not in FIXED)
    frame = frame[FIXED + periods]
    frame[periods] = frame[periods].fillna(0).astype(int)
    return frame


def term_lines(table: pd.DataFrame, width: int = 100) -> list[str]:
    """The term table in `width` columns: name, type (when there are several), first and last seen,
    mentions, documents, the counts per period as a sparkline (one character per period column, from the
    first to the last, scaled to the row's largest count; a space for none), then the decoded parts and
    descriptor cut to the width left."""
    if table.empty:
        return []
    periods = [c for c in table.columns if c not in FIXED]
    several = table["label"].nunique() > 1
    heads = ["name", *(["type"] if several else []), "first", "last", "mentions", "docs",
             f"{periods[0]}…{periods[-1][2:]}" if len(periods) > 1 else (periods[0] if periods else ""), "parts"]
    rows = []
    for record in table.to_dict("records"):
        counts = [int(record[p]) for p in periods]
        top = max(counts, default=0)
        spark = "".join(SPARKS[max(0, math.ceil(c / top * len(SPARKS)) - 1)] if c else " " for c in counts)
        about = "；".join(record["parts"]) + (f" ({record['descriptor']})" if record["descriptor"] else "")
        rows.append([str(record["name"]), *([str(record["label"])] if several else []), record["first_seen"] or "",
                     record["last_seen"] or "", str(record["mentions"]), str(record["documents"]), spark, about])
    widths = [max(_width(h), *(_width(r[i]) for r in rows)) for i, h in enumerate(heads[:-1])]
    others = sum(widths[1:]) + 2 * len(widths)
    widths[0] = min(widths[0], NAME_WIDTH, max(8, width - others - 10))  # names cut to leave room for parts
    for row in rows:
        row[0] = _cut(row[0], widths[0])
    left = max(10, width - widths[0] - others)
    right = {heads.index(h) for h in ("mentions", "docs")}
    lines = []
    for row in [heads, *rows]:
        cells = [_pad(cell, w, i in right) for i, (cell, w) in enumerate(zip(row, widths))]
        lines.append("  ".join(cells + [_cut(row[-1], left)]).rstrip())
    return lines


def _width(text: str) -> int:
    """Display width: wide and full-width characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int, right: bool = False) -> str:
    space = " " * (width - _width(text))
    return space + text if right else text + space


def _cut(text: str, width: int) -> str:
    if _width(text) <= width:
        return text
    out, used = [], 0
    for c in text:
        used += _width(c)
        if used > width - 1:
            break
        out.append(c)
    return "".join(out) + "…"
