"""GEXF for Gephi: names as labels, entity types as colours (`policykg.graph.style`), CO_OCCURS undirected."""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from policykg.graph.schema import flat_copy
from policykg.graph.style import COLOURS, DEFAULT_COLOUR
from policykg.io import atomic_path

if TYPE_CHECKING:
    from policykg.export import Content


def write(content: Content, folder: Path) -> list[Path]:
    """The `gexf` writer of `policykg.export.WRITERS`: folder/graph.gexf."""
    write_gexf(content.graph, folder / "graph.gexf")
    return [folder / "graph.gexf"]


def write_gexf(graph: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Gephi shows `label` (the name); the entity type is the attribute `type`."""
    flat = flat_copy(graph)
    out = nx.MultiDiGraph()
    for node, data in flat.nodes(data=True):
        attrs = {k: v for k, v in data.items() if k not in ("label", "name")}
        r, g, b = COLOURS.get(data.get("label"), DEFAULT_COLOUR)
        out.add_node(node, label=data.get("name", node), type=data.get("label", ""),
                     viz={"color": {"r": r, "g": g, "b": b, "a": 1.0},
                          "size": 4.0 + min(40.0, float(data.get("mentions", 1)) ** 0.5 * 3)},
                     **attrs)
    for i, (u, v, key, data) in enumerate(flat.edges(keys=True, data=True)):
        out.add_edge(u, v, key=key, id=f"e{i}", label=key,
                     type="undirected" if key == "CO_OCCURS" else "directed",
                     **{k: val for k, val in data.items() if k != "kind"})
    with atomic_path(path) as tmp:
        nx.write_gexf(out, tmp, encoding="utf-8", prettyprint=True, version="1.2draft")
