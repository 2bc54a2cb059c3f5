"""Node-link JSON (d3, networkx.node_link_graph)."""
from __future__ import annotations

import json
import os

import networkx as nx

from policykg.io import atomic_write


def write_json(graph: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    data = nx.node_link_data(graph, edges="links")
    with atomic_write(path) as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1, sort_keys=True)
        handle.write("\n")


def read_json(path: str | os.PathLike) -> nx.MultiDiGraph:
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
