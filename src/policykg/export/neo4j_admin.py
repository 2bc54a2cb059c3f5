"""CSV files with `neo4j-admin database import` headers, for bulk loads of large graphs.

    neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \
        --array-delimiter=";" neo4j
"""
from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from policykg.graph.schema import EDGE_FIELDS, NEO4J_LABELS, NODE_FIELDS, encode
from policykg.io import atomic_write

if TYPE_CHECKING:
    from policykg.export import Content

_NEO4J_TYPES = {"str": "string", "int": "long", "float": "double", "json": "string"}


def write(content: Content, folder: Path) -> list[Path]:
    """The `neo4j-csv` writer of `policykg.export.WRITERS`: folder/neo4j/{nodes,relationships}.csv."""
    write_neo4j_admin(content.graph, folder / "neo4j")
    return [folder / "neo4j" / "nodes.csv", folder / "neo4j" / "relationships.csv"]


def write_neo4j_admin(graph: nx.MultiDiGraph, folder: str | os.PathLike) -> None:
    folder = Path(folder)
    node_fields = [f for f in NODE_FIELDS if f != "label" and any(f in d for _, d in graph.nodes(data=True))]
    with atomic_write(folder / "nodes.csv") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id:ID", ":LABEL"] + [f"{f}:{_NEO4J_TYPES[NODE_FIELDS[f][0]]}" for f in node_fields])
        for node, data in sorted(graph.nodes(data=True)):
            labels = "Entity;" + NEO4J_LABELS.get(data.get("label"), "Entity")
            writer.writerow([node, labels] + [_cell(f, data.get(f)) for f in node_fields])
    edge_fields = [f for f in EDGE_FIELDS if f != "kind" and any(f in d for _, _, d in graph.edges(data=True))]
    with atomic_write(folder / "relationships.csv") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow([":START_ID", ":END_ID", ":TYPE"] + [f"{f}:{_NEO4J_TYPES[EDGE_FIELDS[f][0]]}" for f in edge_fields])
        for u, v, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[2], e[0], e[1])):
            writer.writerow([u, v, key] + [_cell(f, data.get(f)) for f in edge_fields])


def _cell(field: str, value) -> str:
    if value is None:
        return ""
    return str(encode(field, value))
