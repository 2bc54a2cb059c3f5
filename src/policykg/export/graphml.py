"""GraphML (yEd, Gephi, Cytoscape): list and object properties as JSON text."""
from __future__ import annotations

import os

import networkx as nx

from policykg.graph.schema import decode, encode
from policykg.io import atomic_path


def flat_copy(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose property values are all scalars (lists and objects as JSON text)."""
    flat = nx.MultiDiGraph(**{k: v for k, v in graph.graph.items() if isinstance(v, (str, int, float))})
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **{k: encode(k, v) for k, v in data.items() if v is not None})
    for u, v, key, data in graph.edges(keys=True, data=True):
        flat.add_edge(u, v, key=key, **{k: encode(k, val) for k, val in data.items() if val is not None})
    return flat


def restore(flat: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The inverse of `flat_copy`."""
    graph = nx.MultiDiGraph(**flat.graph)
    for node, data in flat.nodes(data=True):
        graph.add_node(node, **{k: decode(k, v) for k, v in data.items()})
    for u, v, key, data in flat.edges(keys=True, data=True):
        graph.add_edge(u, v, key=key, **{k: decode(k, val) for k, val in data.items()})
    return graph


def write_graphml(graph: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    with atomic_path(path) as tmp:
        nx.write_graphml(flat_copy(graph), tmp, encoding="utf-8", prettyprint=True)


def read_graphml(path: str | os.PathLike) -> nx.MultiDiGraph:
    flat = nx.read_graphml(path, node_type=str, edge_key_type=str, force_multigraph=True)
    return restore(flat)
