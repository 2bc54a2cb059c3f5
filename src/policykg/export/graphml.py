"""GraphML (yEd, Gephi, Cytoscape): list and object properties as JSON text."""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from policykg.graph.schema import flat_copy, restore
from policykg.io import atomic_path

if TYPE_CHECKING:
    from policykg.export import Content


def write(content: Content, folder: Path) -> list[Path]:
    """The `graphml` writer of `policykg.export.WRITERS`: folder/graph.graphml."""
    write_graphml(content.graph, folder / "graph.graphml")
    return [folder / "graph.graphml"]


def write_graphml(graph: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    with atomic_path(path) as tmp:
        nx.write_graphml(flat_copy(graph), tmp, encoding="utf-8", prettyprint=True)


def read_graphml(path: str | os.PathLike) -> nx.MultiDiGraph:
    flat = nx.read_graphml(path, node_type=str, edge_key_type=str, force_multigraph=True)
    return restore(flat)
