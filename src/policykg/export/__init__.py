"""Writers of the graph: one module per format, each with a `write(content, folder)` that returns the
files it wrote, chosen by format name from WRITERS.

`write_outputs` writes the chosen formats of a build (a large graph's page and GEXF file in a second
process meanwhile), `write_periods` the graphs per year or month; the mention files are streamed during
a build by `policykg.export.mentions.MentionWriter`; `policykg.export.neo4j` pushes into a database.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

import networkx as nx

from policykg.choices import FORMATS
from policykg.errors import PolicyKGError
from policykg.export import gexf, graphml, html, json, neo4j_admin, tables
from policykg.graph import tables as graph_tables
from policykg.model import Mention


@dataclass(frozen=True)
class Content:
    """What the writers write: the graph, its documents and mentions, and how the page looks."""

    graph: nx.MultiDiGraph
    documents: list[dict] = field(default_factory=list)
    mentions: list[Mention] | None = None  # None: no mention tables (a build streams them itself)
    title: str = "policykg"
    max_nodes: int = 10_000  # nodes shown on the HTML page (the most important)

    @cached_property
    def tables(self) -> dict:
        """The tables, by file name (the CSV and Parquet writers share them)."""
        frames = {"nodes": graph_tables.nodes_table(self.graph), "edges": graph_tables.edges_table(self.graph),
                  "documents": graph_tables.documents_table(self.documents)}
        if self.mentions is not None:
            frames["mentions"] = graph_tables.mentions_table(self.mentions)
        return frames


Writer = Callable[[Content, Path], list[Path]]
WRITERS: dict[str, Writer] = {
    "html": html.write, "graphml": graphml.write, "gexf": gexf.write, "json": json.write,
    "csv": tables.write_csv, "parquet": tables.write_parquet, "neo4j-csv": neo4j_admin.write,
}
PARALLEL_EDGES = 5_000  # graphs with fewer edges are written faster than a process starts
CHILD_FORMATS = ("html", "gexf", "neo4j-csv")  # written by a second process when `jobs` > 1 (about half the time)


def check_formats(formats: Iterable[str]) -> list[str]:
    """The formats in FORMATS order; ValueError names any unknown one."""
    formats = list(formats)
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise ValueError(f"unknown format(s): {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
    return [f for f in FORMATS if f in formats]


def write_outputs(graph: nx.MultiDiGraph, documents: list[dict], folder: str | os.PathLike,
                  formats: Iterable[str] = FORMATS, title: str = "policykg",
                  mentions: list[Mention] | None = None, max_nodes: int = 10_000, jobs: int = 1) -> list[Path]:
    """Write the requested formats into `folder`, each file atomically; the HTML page keeps the
    `max_nodes` most important nodes (and says what it left out). With `jobs` > 1 a large
    graph's HTML page, GEXF file and neo4j-admin files are written by a second process meanwhile."""
    chosen = check_formats(formats)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    content = Content(graph, documents, mentions, title, max_nodes)
    elsewhere = [f for f in chosen if f in CHILD_FORMATS] \
        if jobs > 1 and graph.number_of_edges() >= PARALLEL_EDGES and len(chosen) > 1 else []
    if not elsewhere:
        return _write_formats(content, folder, chosen)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        # the mentions (a build has none here: it streamed them into the folder) only for neo4j-csv
        future = pool.submit(_write_formats, replace(content, mentions=content.mentions if "neo4j-csv" in elsewhere
                                                     else None), folder, elsewhere)
        here = _write_formats(content, folder, [f for f in chosen if f not in elsewhere])
        try:
            there = future.result()
        except BrokenProcessPool:
            raise PolicyKGError(f"the process writing {' and '.join(elsewhere)} into {folder} died "
                                "(out of memory?); rerun with --jobs 1") from None
    return there + here


def _write_formats(content: Content, folder: Path, formats: list[str]) -> list[Path]:
    return [path for name in formats for path in WRITERS[name](content, folder)]


def write_periods(periods: dict[str, nx.MultiDiGraph], folder: str | os.PathLike) -> list[Path]:
    """One folder per period (by_period/2024/...) with GraphML, GEXF and the node and edge tables."""
    written: list[Path] = []
    for key, graph in periods.items():
        written += write_outputs(graph, [], Path(folder) / "by_period" / key, ["graphml", "gexf", "csv"])
    return written
