"""GEXF 1.3 for Gephi, valid against the GEXF 1.3 schema and read by `networkx.read_gexf`.

Nodes keep their ids ("PERSON:袁家军") and have the name as `label`, the entity type as the attribute
`type` and its colour (`policykg.graph.style`) and a size by mentions as `viz`; edges have unique ids,
their `kind` (the GEXF 1.3 edge kind, and an attribute) and their `weight`. The graph is undirected (see
`policykg.export.xmlgraph`); `read_gexf` gives back the MultiDiGraph.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from policykg.export.xmlgraph import Flat, attribute, edge_ends, text, value_text
from policykg.graph.schema import from_exchange
from policykg.graph.style import COLOURS, DEFAULT_COLOUR
from policykg.io import atomic_write

if TYPE_CHECKING:
    from policykg.export import Content

NAMESPACE = "http://gexf.net/1.3"
HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          f'<gexf xmlns="{NAMESPACE}" xmlns:viz="{NAMESPACE}/viz" version="1.3">\n')


def write(content: Content, folder: Path) -> list[Path]:
    """The `gexf` writer of `policykg.export.WRITERS`: folder/graph.gexf."""
    write_gexf(content.graph, folder / "graph.gexf", title=content.title)
    return [folder / "graph.gexf"]


def write_gexf(graph: nx.MultiDiGraph, path: str | os.PathLike, title: str = "policykg") -> None:
    flat = Flat(graph)
    edge_fields = [(name, kind) for name, kind in flat.edge_fields if name != "weight"]  # weight: the XML attribute
    with atomic_write(path) as out:
        out.write(HEADER)
        out.write(f"  <meta>\n    <creator>policykg</creator>\n    <description>{text(title)}"
                  "</description>\n  </meta>\n")
        out.write('  <graph defaultedgetype="undirected" idtype="string">\n')
        for domain, fields in (("node", [f for f in flat.node_fields if f[0] != "label"]), ("edge", edge_fields)):
            out.write(f'    <attributes class="{domain}">\n')
            out.writelines(f'      <attribute id="{attribute(name)}" title="{attribute(name)}" type="{kind}"/>\n'
                           for name, kind in fields)
            out.write("    </attributes>\n")
        out.write(f'    <nodes count="{len(flat.nodes)}">\n')
        for node, data in flat.nodes:
            label = f' label="{attribute(str(data["label"]))}"' if "label" in data else ""
            r, g, b = COLOURS.get(data.get("type"), DEFAULT_COLOUR)
            size = 4.0 + min(40.0, max(float(data.get("mentions") or 1), 0.0) ** 0.5 * 3)
            out.write(f'      <node id="{attribute(str(node))}"{label}>\n'
                      f'{_values({k: v for k, v in data.items() if k != "label"})}'
                      f'        <viz:color r="{r}" g="{g}" b="{b}"/>\n'
                      f'        <viz:size value="{size:.2f}"/>\n'
                      '      </node>\n')
        out.write("    </nodes>\n")
        out.write(f'    <edges count="{len(flat.edges)}">\n')
        for number, (u, v, data) in enumerate(flat.edges):
            weight = f' weight="{value_text(data["weight"])}"' if "weight" in data else ""
            out.write(f'      <edge id="e{number}" source="{attribute(str(u))}" target="{attribute(str(v))}" '
                      f'kind="{attribute(str(data["kind"]))}"{weight}>\n'
                      f'{_values({k: v for k, v in data.items() if k != "weight"})}      </edge>\n')
        out.write("    </edges>\n  </graph>\n</gexf>\n")


def _values(data: dict) -> str:
    if not data:
        return ""
    values = "".join(f'          <attvalue for="{attribute(name)}" value="{attribute(value_text(value))}"/>\n'
                     for name, value in data.items())
    return f"        <attvalues>\n{values}        </attvalues>\n"


def read_gexf(path: str | os.PathLike) -> nx.MultiDiGraph:
    """A GEXF file of `write_gexf` as the policykg graph (a MultiDiGraph keyed by kind)."""
    read = nx.read_gexf(path, node_type=str)
    ends = edge_ends(path, NAMESPACE)
    nodes = ((n, {k: v for k, v in d.items() if k != "viz" and v is not None}) for n, d in read.nodes(data=True))
    edges = ((*ends[d["id"]], {k: v for k, v in d.items() if k != "id"}) for *_, d in read.edges(data=True))
    return from_exchange(nodes, edges)
