"""Benchmark of the HTML explorer on a synthetic graph (10,000 nodes and 40,000 edges by default).

Writes the page, opens it from disk in headless Chromium (Debian's /usr/bin/chromium through
Playwright, all non-file: requests blocked) and reports the time from navigation start until the
page is interactive: the first draw of the network, with its labels, is complete (positions are
precomputed in Python, physics off).

    .venv/bin/python bench/html_bench.py                      # 10k nodes, 40k edges, 3 runs
    .venv/bin/python bench/html_bench.py --nodes 2000 --edges 8000 --runs 5
    .venv/bin/python bench/html_bench.py --no-community       # let write_html run Louvain itself

Target: under 3 s to interactive on the 10k/40k graph.
"""
from __future__ import annotations

import argparse
import shlex
import statistics
import sys
import time
from pathlib import Path

import networkx as nx
import numpy as np

from policykg.export.html import write_html

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
LABELS = ("PERSON", "POSITION", "PLACE", "COMPANY", "ORG", "SLOGAN")
SYLLABLES = "国家发展改革委员会重庆市科技创新产业集群数字经济高质量智能网联新能源汽车制造业西部陆海新通道"


def synthetic_graph(n_nodes: int, n_edges: int, seed: int = 1, communities: bool = True) -> nx.MultiDiGraph:
    """A planted-partition graph shaped like policykg's schema (names, types, weights, evidence, years)."""
    rng = np.random.default_rng(seed)
    graph = nx.MultiDiGraph(window="sentence")
    block_size = 100
    ids = []
    for i in range(n_nodes):
        label = LABELS[int(rng.integers(len(LABELS)))]
        name = "".join(SYLLABLES[j] for j in rng.integers(len(SYLLABLES), size=int(rng.integers(2, 7)))) + str(i)
        ids.append(f"{label}:{name}")
        mentions = int(rng.pareto(1.5) * 3) + 1
        years = {str(y): int(rng.integers(1, 5)) for y in rng.choice(range(2019, 2026), size=2, replace=False)}
        attrs = {"label": label, "name": name, "aliases": [], "mentions": mentions, "documents": 1 + mentions // 3,
                 "doc_ids": [f"doc{int(d):05d}.txt" for d in rng.integers(0, 5000, size=min(3, mentions))],
                 "by_year": years, "first_seen": f"{min(years)}-01-01", "last_seen": f"{max(years)}-12-31",
                 "pagerank": float(rng.random()) / n_nodes}
        if communities:
            attrs["community"] = i // block_size
        graph.add_node(ids[-1], **attrs)
    seen = set()
    while len(seen) < n_edges:
        u = int(rng.integers(n_nodes))
        v = (u // block_size) * block_size + int(rng.integers(block_size)) if rng.random() < 0.85 \
            else int(rng.integers(n_nodes))
        v = min(v, n_nodes - 1)
        a, b = sorted((ids[u], ids[v]))
        if a == b or (a, b) in seen:
            continue
        seen.add((a, b))
        count = int(rng.pareto(2.0)) + 1
        graph.add_edge(a, b, key="CO_OCCURS", kind="CO_OCCURS", weight=float(count), count=count, documents=1,
                       evidence=[{"doc": f"doc{int(rng.integers(5000)):05d}.txt", "sentence": 3, "start": 0,
                                  "end": 20, "text": f"{graph.nodes[a]['name']}与{graph.nodes[b]['name']}共同推进。"}],
                       by_year={"2024": count}, first_seen="2024-05-01", last_seen="2024-05-01")
    return graph


def measure(path: Path, runs: int, screenshot: Path | None) -> list[dict]:
    from playwright.sync_api import sync_playwright

    results = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for run in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            blocked: list[str] = []
            errors: list[str] = []
            page.route(lambda url: not url.startswith("file:"), lambda route: (blocked.append(route.request.url),
                                                                              route.abort()))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            start = time.perf_counter()
            page.goto(path.resolve().as_uri())
            page.wait_for_function("window.policykg && window.policykg.ready", timeout=120_000, polling=20)
            wall = time.perf_counter() - start
            timings = page.evaluate("window.policykg.timings")
            # then one interaction: hide a type (about a sixth of the nodes) and wait for the redraw
            filter_ms = page.evaluate("""() => new Promise(resolve => {
                const box = document.querySelector('#pk-types input[data-key="SLOGAN"]');
                const t0 = performance.now();
                policykg.network.once('afterDrawing', () => resolve(performance.now() - t0));
                box.click(); })""")
            shown = page.evaluate("[window.policykg.nodes.length, window.policykg.edges.length]")
            if screenshot and run == 0:
                page.screenshot(path=str(screenshot))
            results.append({"ready_ms": timings["ready"], "wall_s": wall, "filter_ms": filter_ms, "timings": timings, "shown": shown,
                            "blocked": blocked, "errors": errors})
            page.close()
        browser.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nodes", type=int, default=10_000)
    parser.add_argument("--edges", type=int, default=40_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-community", action="store_true", help="no community attribute: Louvain runs in write_html")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "output")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found (apt-get install chromium fonts-wqy-microhei)", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    command = "$ " + shlex.join([sys.executable, *sys.argv]) if argv is None else f"main({argv!r})"

    t0 = time.perf_counter()
    graph = synthetic_graph(args.nodes, args.edges, communities=not args.no_community)
    t1 = time.perf_counter()
    page = args.out / "bench.html"
    write_html(graph, page, title=f"benchmark {args.nodes} nodes / {args.edges} edges", max_nodes=None, max_edges=None)
    t2 = time.perf_counter()
    results = measure(page, args.runs, args.out / "bench.png")

    ready = [r["ready_ms"] / 1000 for r in results]
    print(command)
    print(f"graph: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges (built in {t1 - t0:.1f} s)")
    print(f"write_html: {t2 - t1:.2f} s, {page.stat().st_size / 1e6:.1f} MB -> {page}")
    for i, r in enumerate(results, 1):
        t = r["timings"]
        print(f"run {i}: interactive after {r['ready_ms'] / 1000:.2f} s (script {t.get('script')} ms, "
              f"data set {t.get('data')} ms, first draw {t.get('firstDraw')} ms; wall {r['wall_s']:.2f} s); "
              f"hiding SLOGAN + redraw {r['filter_ms']:.0f} ms; "
              f"shown {r['shown'][0]:,} nodes / {r['shown'][1]:,} edges; blocked requests {len(r['blocked'])}; "
              f"console errors {len(r['errors'])}")
    median = statistics.median(ready)
    print(f"time to interactive (median of {len(ready)}): {median:.2f} s  (target < 3 s: {'OK' if median < 3 else 'SLOW'})")
    return 0 if median < 3 else 1


if __name__ == "__main__":
    sys.exit(main())
