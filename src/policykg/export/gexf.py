"""GEXF for Gephi: names as labels, entity types as colours, CO_OCCURS undirected."""
from __future__ import annotations

import os

import networkx as nx

from policykg.export.graphml import flat_copy
from policykg.io import atomic_path

COLOURS = {  # entity type → (r, g, b), the same palette as the HTML explorer
    "PERSON": (231, 76, 60), "POSITION": (149, 165, 166), "PLACE": (39, 174, 96),
    "COMPANY": (41, 128, 185), "ORG": (142, 68, 173), "SLOGAN": (243, 156, 18),
}


def write_gexf(graph: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Gephi shows `label` (the name); the entity type is the attribute `type`."""
    flat = flat_copy(graph)
    out = nx.MultiDiGraph()
    for node, data in flat.nodes(data=True):
        attrs = {k: v for k, v in data.items() if k not in ("label", "name")}
        r, g, b = COLOURS.get(data.get("label"), (120, 120, 120))
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
