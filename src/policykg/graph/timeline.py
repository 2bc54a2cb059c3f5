"""Term timelines: first and last appearance of each entity, counts per year or month."""
from __future__ import annotations

import networkx as nx
import pandas as pd

PERIODS = ("year", "month")


def check_period(by: str | None) -> None:
    """ValueError unless `by` is None or one of PERIODS."""
    if by is not None and by not in PERIODS:
        raise ValueError(f"by must be year or month, not {by!r}")


def term_table(graph: nx.MultiDiGraph, by: str = "year", labels: tuple[str, ...] | None = ("SLOGAN",),
               min_mentions: int = 1) -> pd.DataFrame:
    """One row per entity: first/last seen, mentions, documents, decoded parts, counts per period.

    Rows are ordered by first appearance, then by mentions.
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
    frame = pd.DataFrame(rows)
    if frame.empty:
        return pd.DataFrame(columns=["name", "label", "first_seen", "last_seen", "mentions", "documents", "parts",
                                     "descriptor"])
    fixed = ["name", "label", "first_seen", "last_seen", "mentions", "documents", "parts", "descriptor"]
    periods = sorted(c for c in frame.columns if c not in fixed)
    frame = frame[fixed + periods]
    frame[periods] = frame[periods].fillna(0).astype(int)
    return frame.sort_values(["first_seen", "mentions", "name"], ascending=[True, False, True],
                             na_position="last").reset_index(drop=True)
