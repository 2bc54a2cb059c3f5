"""The graph as pandas tables (nodes, edges, mentions, documents), and back.

In DataFrames, list and object properties stay Python objects; CSV and Parquet
files hold them as JSON text (see `policykg.graph.schema.encode`).
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
import pandas as pd

from policykg.graph.schema import EDGE_FIELDS, JSON_FIELDS, NODE_FIELDS, decode, encode
from policykg.io import atomic_path
from policykg.model import Mention
from policykg.records import DOCUMENT_COLUMNS, MENTION_COLUMNS, mention_rows


def nodes_table(graph: nx.MultiDiGraph) -> pd.DataFrame:
    columns = ["id"] + [f for f in NODE_FIELDS if any(f in d for _, d in graph.nodes(data=True))]
    rows = [{"id": n, **{f: d.get(f) for f in columns[1:]}} for n, d in sorted(graph.nodes(data=True))]
    return pd.DataFrame(rows, columns=columns)


def edges_table(graph: nx.MultiDiGraph) -> pd.DataFrame:
    fields = [f for f in EDGE_FIELDS if any(f in d for _, _, d in graph.edges(data=True))]
    columns = ["source", "target"] + fields
    rows = [{"source": u, "target": v, **{f: d.get(f) for f in fields}}
            for u, v, k, d in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[2], e[0], e[1]))]
    return pd.DataFrame(rows, columns=columns)


def mentions_table(mentions: Iterable[Mention]) -> pd.DataFrame:
    return pd.DataFrame(mention_rows(list(mentions)), columns=list(MENTION_COLUMNS))


def documents_table(documents: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(documents, columns=list(DOCUMENT_COLUMNS))


def graph_from_tables(nodes: pd.DataFrame, edges: pd.DataFrame, **graph_attrs) -> nx.MultiDiGraph:
    """Rebuild the graph from its node and edge tables."""
    graph = nx.MultiDiGraph(**graph_attrs)
    for row in nodes.to_dict("records"):
        node_id = row.pop("id")
        graph.add_node(node_id, **{k: _restore(k, v) for k, v in row.items() if not _missing(v)})
    for row in edges.to_dict("records"):
        u, v = row.pop("source"), row.pop("target")
        attrs = {k: _restore(k, val) for k, val in row.items() if not _missing(val)}
        graph.add_edge(u, v, key=attrs["kind"], **attrs)
    return graph


def _missing(value) -> bool:
    if isinstance(value, (list, dict)):
        return False
    return value is None or (isinstance(value, float) and value != value)


def _restore(key: str, value):
    value = decode(key, value)
    if key in NODE_FIELDS and NODE_FIELDS[key][0] == "int" or key in EDGE_FIELDS and EDGE_FIELDS[key][0] == "int":
        return int(value)
    if key in NODE_FIELDS and NODE_FIELDS[key][0] == "float" or key in EDGE_FIELDS and EDGE_FIELDS[key][0] == "float":
        return float(value)
    return value


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    flat = frame.copy()
    for column in flat.columns:
        if column in JSON_FIELDS:
            flat[column] = [None if _missing(v) else encode(column, v) for v in flat[column]]
    return flat


def write_table(frame: pd.DataFrame, path: str | os.PathLike) -> None:
    """CSV (UTF-8, no index) or Parquet, by the file's suffix; written atomically."""
    path = Path(path)
    flat = _flat(frame)
    with atomic_path(path) as tmp:
        if path.suffix == ".parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq
            table = pa.Table.from_pandas(flat, preserve_index=False)
            pq.write_table(table.replace_schema_metadata(None), tmp, compression="zstd")  # (no pandas metadata: it
            # holds pandas' version, and the file must not change with it)
        else:
            flat.to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n")


def read_table(path: str | os.PathLike) -> pd.DataFrame:
    """A table written by `write_table`, with JSON columns decoded."""
    path = Path(path)
    if path.suffix == ".parquet":
        frame = pd.read_parquet(path)
    else:
        frame = pd.read_csv(path, encoding="utf-8", keep_default_na=False, na_values=[""], dtype=str)
    for column in frame.columns:
        if column in JSON_FIELDS:
            frame[column] = [None if _missing(v) else decode(column, v) for v in frame[column]]
    return frame
