#!/usr/bin/env python3
"""Score every gold set quickly, one line a set, for development: what `scripts/evaluate.py` scores, without the
span sets, the model and the speed runs.

    .venv/bin/python scripts/score_sets.py [--shared ../shared] [--external FOLDER ...] [--gold DIR] [--only REGEX]
        [--tables DIR] [--jobs N]

Prints `name P R F1 HOLDS DEFINES` for each set (the seeds, the development gold, eval/gold/*.json and, with
--external, eval/gold/external/*.json with the texts read from the folders given; --gold DIR scores the gold files
of DIR instead, e.g. fresh held-out gold not yet copied into the repository), then the pooled micro scores.
--tables writes each set's whole table (score.py -v) to DIR/NAME.score. Run it with PYTHONPATH=SNAPSHOT/src to score
a snapshot of the code while the working tree changes.
"""
from __future__ import annotations

import argparse
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate import ROOT, gold_sets, gold_table  # noqa: E402  (one way to find texts and score them)

_ALL = re.compile(r"^ALL\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)/(\d+)\s+(\d+)/(\d+)", re.M)
_RELATIONS = re.compile(r"^(HOLDS|DEFINES)\s+recall (\d+)/(\d+)", re.M)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--external", type=Path, action="append", default=[])
    parser.add_argument("--gold", type=Path, help="score the gold files of this folder instead")
    parser.add_argument("--only", help="a regular expression the names of the sets scored match")
    parser.add_argument("--tables", type=Path, help="write each set's table to this folder")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if args.gold:
        sets = [(path.stem, path) for path in sorted(args.gold.glob("*.json"))]
    else:
        sets = [(path.stem, path) for _, path in gold_sets(args.shared, holdout=True, external=bool(args.external))]
    sets = [(name, path) for name, path in sets if not args.only or re.search(args.only, name)]
    with ThreadPoolExecutor(args.jobs) as pool:
        tables = list(pool.map(lambda item: gold_table(args.shared, item[1], external=tuple(args.external)), sets))
    pooled = [0, 0, 0, 0]
    relations = {"HOLDS": [0, 0], "DEFINES": [0, 0]}
    for (name, _), table in zip(sets, tables):
        if args.tables:
            args.tables.mkdir(parents=True, exist_ok=True)
            (args.tables / f"{name}.score").write_text(table, encoding="utf-8")
        scores = _ALL.search(table)
        found = {kind: (int(a), int(b)) for kind, a, b in _RELATIONS.findall(table)}
        for kind, (a, b) in found.items():
            relations[kind][0] += a
            relations[kind][1] += b
        if scores:
            pooled = [total + int(count) for total, count in zip(pooled, scores.groups()[3:])]
        cells = " ".join(scores.groups()[:3]) if scores else "? ? ?"
        print(f"{name:28} {cells} " + " ".join(f"{a}/{b}" if (a, b) != (None, None) else "-"
                                                for a, b in (found.get(kind, (None, None)) for kind in relations)))
    recall = pooled[0] / pooled[1] if pooled[1] else 0.0
    precision = pooled[2] / pooled[3] if pooled[3] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"pooled P {precision:.3f} R {recall:.3f} F1 {f1:.3f} "
          + " ".join(f"{kind} {a}/{b}" for kind, (a, b) in relations.items()))


if __name__ == "__main__":
    main()
