"""Node-link JSON (d3, networkx.node_link_graph)."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from policykg.graph.schema import CONCORDANCE
from policykg.io import atomic_write

if TYPE_CHECKING:
    from policykg.export import Content


def write(content: Content, folder: Path) -> list[Path]:
    """The `json` writer of `policykg.export.WRITERS`: folder/graph.json."""
    write_json(content.graph, folder / "graph.json")
    return [folder / "graph.json"]


def write_json(graph: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Node-link JSON with one node or link per line."""
    data = nx.node_link_data(graph, edges="links")
    data["graph"] = {k: v for k, v in data["graph"].items() if k != CONCORDANCE}  # for the HTML page only
    fields = []
    for key in sorted(data):
        value = data[key]
        if isinstance(value, list) and value:  # item by item: json.dumps is C code, json.dump with indent is not
            value_text = "[\n" + ",\n".join(map(_encode, value)) + "\n]"
        else:
            value_text = _encode(value)
        fields.append(f"{_encode(key)}: {value_text}")
    with atomic_write(path) as handle:
        handle.write("{\n" + ",\n".join(fields) + "\n}\n")


def _encode(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def read_json(path: str | os.PathLike) -> nx.MultiDiGraph:
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
