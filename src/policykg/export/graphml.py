"""GraphML (Gephi, yEd, Cytoscape, networkx), valid against the GraphML 1.0 schema.

Node ids are the graph's ids ("PERSON:袁家军") as XML name tokens (`xmlgraph.xml_token`: a character a
token cannot hold is written _xHHHH_); `label` is the entity's name and `type` its entity type; edges
have unique ids and their `kind`; key ids are the property names. The graph is undirected (see
`policykg.export.xmlgraph`); `read_graphml` gives back the MultiDiGraph.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from policykg.export.xmlgraph import Flat, attribute, edge_ends, text, token_text, value_text, xml_token
from policykg.graph.schema import from_exchange
from policykg.io import atomic_write

if TYPE_CHECKING:
    from policykg.export import Content

NAMESPACE = "http://graphml.graphdrawing.org/xmlns"
HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          f'<graphml xmlns="{NAMESPACE}" '
          'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
          f'xsi:schemaLocation="{NAMESPACE} {NAMESPACE}/1.0/graphml.xsd">\n')


def write(content: Content, folder: Path) -> list[Path]:
    """The `graphml` writer of `policykg.export.WRITERS`: folder/graph.graphml."""
    write_graphml(content.graph, folder / "graph.graphml")
    return [folder / "graph.graphml"]


def write_graphml(graph: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    flat = Flat(graph)
    keys = {}  # (domain, property) → key id
    with atomic_write(path) as out:
        out.write(HEADER)
        for domain, fields in (("graph", flat.graph_fields), ("node", flat.node_fields), ("edge", flat.edge_fields)):
            for name, kind in fields:
                token = xml_token(name)
                key = token if domain == "node" or domain == "edge" and ("node", name) not in keys \
                    else f"{domain}.{token}"
                keys[domain, name] = key
                out.write(f'  <key id="{key}" for="{domain}" attr.name="{token}" attr.type="{kind}"/>\n')
        out.write('  <graph id="G" edgedefault="undirected">\n')
        out.write(_data(flat.graph, keys, "graph", "    "))
        for node, data in flat.nodes:
            out.write(f'    <node id="{attribute(xml_token(str(node)))}">\n{_data(data, keys, "node", "      ")}'
                      f'    </node>\n')
        for number, (u, v, data) in enumerate(flat.edges):
            out.write(f'    <edge id="e{number}" source="{attribute(xml_token(str(u)))}" '
                      f'target="{attribute(xml_token(str(v)))}">\n{_data(data, keys, "edge", "      ")}    </edge>\n')
        out.write("  </graph>\n</graphml>\n")


def _data(data: dict, keys: dict, domain: str, indent: str) -> str:
    return "".join(f'{indent}<data key="{keys[domain, name]}">{text(value_text(value))}</data>\n'
                   for name, value in data.items())


def read_graphml(path: str | os.PathLike) -> nx.MultiDiGraph:
    """A GraphML file of `write_graphml` as the policykg graph (a MultiDiGraph keyed by kind)."""
    read = nx.read_graphml(path, node_type=str, force_multigraph=True)
    ends = edge_ends(path, NAMESPACE)
    graph = {token_text(k): v for k, v in read.graph.items() if k not in ("node_default", "edge_default")}
    nodes = ((token_text(n), _names(d)) for n, d in read.nodes(data=True))
    edges = ((*map(token_text, ends[key]), _names(d)) for _, _, key, d in read.edges(keys=True, data=True))
    return from_exchange(nodes, edges, graph)


def _names(data: dict) -> dict:
    return {token_text(k): v for k, v in data.items()}
