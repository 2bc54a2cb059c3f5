"""The result of a build: the graph with the documents and mentions behind it; read back from a build folder."""
from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pandas as pd

from policykg.errors import PolicyKGError
from policykg.export import FORMATS, write_outputs, write_periods
from policykg.graph import analytics, tables
from policykg.model import Mention
from policykg.records import mention_from_row


@dataclass
class KnowledgeGraph:
    """A built graph with the documents and mentions behind it."""

    graph: nx.MultiDiGraph
    documents_list: list[dict] = field(default_factory=list)
    mentions_list: list[Mention] = field(default_factory=list)
    periods: dict[str, nx.MultiDiGraph] = field(default_factory=dict)  # one graph per year or month, if asked

    @property
    def nodes(self) -> pd.DataFrame:
        return tables.nodes_table(self.graph)

    @property
    def edges(self) -> pd.DataFrame:
        return tables.edges_table(self.graph)

    @property
    def mentions(self) -> pd.DataFrame:
        return tables.mentions_table(self.mentions_list)

    @property
    def documents(self) -> pd.DataFrame:
        return tables.documents_table(self.documents_list)

    def ego(self, name: str, radius: int = 1) -> nx.MultiDiGraph:
        return analytics.ego(self.graph, name, radius)

    def path(self, source: str, target: str) -> list[dict]:
        return analytics.shortest_path(self.graph, source, target)

    def write(self, folder: str | os.PathLike, formats: Iterable[str] | None = None,
              title: str = "policykg") -> list[Path]:
        """Write the graph in the given formats (default: all of `policykg.export.FORMATS`); returns the files."""
        written = write_outputs(self.graph, self.documents_list, folder, FORMATS if formats is None else formats,
                                title, mentions=self.mentions_list)
        return written + write_periods(self.periods, folder)


def load(folder: str | os.PathLike, mentions: bool = True) -> KnowledgeGraph:
    """A build output folder read back: the graph from its tables (Parquet, else CSV), documents and (unless
    `mentions` is false: they are the largest table by far) mentions."""
    folder = Path(folder)
    suffix = "parquet" if (folder / "nodes.parquet").is_file() else "csv"
    if not (folder / f"nodes.{suffix}").is_file():
        raise PolicyKGError(f"{folder}: no nodes.parquet or nodes.csv; is it the output folder of policykg build?")
    graph = tables.graph_from_tables(tables.read_table(folder / f"nodes.{suffix}"),
                                     tables.read_table(folder / f"edges.{suffix}"))
    documents = tables.read_table(folder / f"documents.{suffix}").to_dict("records") \
        if (folder / f"documents.{suffix}").is_file() else []
    mentions_list = [mention_from_row(row) for row in tables.read_table(folder / f"mentions.{suffix}").to_dict("records")] \
        if mentions and (folder / f"mentions.{suffix}").is_file() else []
    return KnowledgeGraph(graph, documents, mentions_list)
