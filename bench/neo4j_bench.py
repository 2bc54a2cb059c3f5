"""Benchmark of `policykg.export.neo4j.push` on a synthetic graph (25,000 nodes, 100,000 relationships).

Starts the bundled Neo4j server (or uses --uri), warms it up, then measures in the same run:
  batched   push(wipe=True) of the whole graph: relationships/s of the relationship stage (target ≥ 20,000/s);
  again     the same push once more (every MERGE finds its match; properties are set again);
  naive     a sample of the relationships deleted and re-created one transaction per row, same Cypher.

    .venv/bin/python bench/neo4j_bench.py
    .venv/bin/python bench/neo4j_bench.py --relationships 200000 --batch-size 10000
    .venv/bin/python bench/neo4j_bench.py --uri bolt://localhost:7687 --password secret   # WIPES that database
"""
from __future__ import annotations

import argparse
import os
import random
import shlex
import sys
import time
from contextlib import nullcontext
from importlib import util
from pathlib import Path

import neo4j

from html_bench import synthetic_graph  # same folder: a graph in policykg's schema, CO_OCCURS with evidence
from policykg.export.neo4j import plan, push
from policykg.neo4j_server import LocalNeo4j

DELETE_QUERY = "UNWIND $rows AS row MATCH (:Entity {id: row[0]})-[r:CO_OCCURS]->(:Entity {id: row[1]}) DELETE r"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nodes", type=int, default=25_000)
    parser.add_argument("--relationships", type=int, default=100_000)
    parser.add_argument("--batch-size", type=int, default=5000)
    parser.add_argument("--sample", type=int, default=2000, help="rows pushed one transaction each")
    parser.add_argument("--uri", help="an existing Neo4j (its database is wiped); default: start the bundled one")
    parser.add_argument("--password")
    args = parser.parse_args(argv)
    command = "$ " + shlex.join([sys.executable, *sys.argv]) if argv is None else f"main({argv!r})"

    load = os.getloadavg()[0]
    graph = synthetic_graph(args.nodes, args.relationships)
    stage = next(stage for stage in plan(graph) if stage.name == "CO_OCCURS")
    rows = stage.rows
    sample = random.Random(1).sample(rows, args.sample)
    server = nullcontext() if args.uri else LocalNeo4j(heap="2g", pagecache="512m")
    with server as running:
        uri = args.uri or running.uri
        auth = ("neo4j", args.password) if args.password else None

        marks: list[tuple[str, float, float]] = []  # (stage, Python CPU s, server CPU s) after each batch

        def mark(done: int, total: int, name: str) -> None:
            marks.append((name, time.process_time(), _cpu(running.process.pid) if running else float("nan")))

        for _ in range(2):  # the first push warms up (JIT, query plans, store files)
            marks.clear()
            start = time.perf_counter()
            stats = push(graph, uri, password=args.password, batch_size=args.batch_size, wipe=True, progress=mark)
            whole = time.perf_counter() - start - stats.seconds["wipe"]
        before = [m for m in marks if m[0] != "CO_OCCURS"][-1]  # the end of the node stages
        client_cpu, server_cpu = marks[-1][1] - before[1], marks[-1][2] - before[2]
        batched = stats.seconds["CO_OCCURS"]
        again = push(graph, uri, password=args.password, batch_size=args.batch_size).seconds["CO_OCCURS"]
        with neo4j.GraphDatabase.driver(uri, auth=auth) as driver, driver.session(database="neo4j") as session:
            session.execute_write(lambda tx: tx.run(DELETE_QUERY, rows=sample).consume())
            start = time.perf_counter()
            for row in sample:
                session.execute_write(lambda tx: tx.run(stage.query, rows=[row]).consume())
            naive = time.perf_counter() - start

    n = len(rows)
    batched_rate, again_rate, naive_rate = n / batched, n / again, len(sample) / naive
    node_seconds = sum(s for name, s in stats.seconds.items() if name not in ("wipe", "CO_OCCURS"))
    print(f"{command}\n")
    print(f"graph: {graph.number_of_nodes():,} nodes, {n:,} CO_OCCURS relationships with evidence; "
          f"batches of {args.batch_size:,}; {uri if args.uri else 'bundled Neo4j 5.26 (heap 2g, page cache 512m)'}; "
          f"driver {neo4j.__version__}, {_packstream()}\n")
    print("| push | rows | seconds | rows/s |")
    print("|---|---:|---:|---:|")
    print(f"| nodes, batched | {graph.number_of_nodes():,} | {node_seconds:.2f} | "
          f"{graph.number_of_nodes() / node_seconds:,.0f} |")
    print(f"| relationships, batched, into an empty graph | {n:,} | {batched:.2f} | **{batched_rate:,.0f}** |")
    print(f"| relationships, batched, again (all exist) | {n:,} | {again:.2f} | {again_rate:,.0f} |")
    print(f"| relationships, naive: one transaction per row | {len(sample):,} | {naive:.2f} | {naive_rate:,.0f} |")
    print(f"| whole `push()`: rows prepared, schema, nodes, relationships | {graph.number_of_nodes() + n:,} | "
          f"{whole:.2f} | {(graph.number_of_nodes() + n) / whole:,.0f} |")
    print(f"\nCPU time during the batched relationship stage: client (Python) {client_cpu:.2f} s, "
          f"server (JVM, all threads) {server_cpu:.2f} s, wall {batched:.2f} s; load average before the run "
          f"{load:.1f} on {os.cpu_count()} CPUs.")
    print(f"\nbatched / naive: **{batched_rate / naive_rate:.0f}×**; target ≥ 20,000 relationships/s: "
          f"{'met' if batched_rate >= 20_000 else 'NOT met'}")
    return 0


def _cpu(pid: int) -> float:
    """User + system CPU seconds of a process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _packstream() -> str:
    if util.find_spec("neo4j._rust"):
        return "Rust packstream (neo4j-rust-ext)"
    return "pure-Python packstream (pip install neo4j-rust-ext for the Rust one)"


if __name__ == "__main__":
    sys.exit(main())
