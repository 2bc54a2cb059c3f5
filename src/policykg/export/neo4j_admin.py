"""CSV files for `neo4j-admin database import full`: the database `policykg neo4j push --documents` makes.

neo4j/nodes.csv holds the entities (`:Entity:<Type>`, ID space Entity), relationships.csv the edges;
documents.csv and mentions.csv the `:Document` nodes and their MENTIONS when the build's mentions are
known (given, or streamed into the folder by the build). Headers are typed as Neo4j stores the values
(`policykg.export.neo4j_values`): lists as arrays (`aliases:string[]`, `starts:long[]`), objects as JSON
text. neo4j/import.sh holds the command, with the array delimiter: ";" (Neo4j's default) unless a
value contains one.
"""
from __future__ import annotations

import csv
import os
import shlex
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from policykg.errors import PolicyKGError
from policykg.export.mentions import mention_offsets
from policykg.export.neo4j_values import (MENTION_FIELDS, MENTION_PROPERTY_TYPES, document_properties,
                                          mention_relationships, neo4j_kind, neo4j_type, neo4j_value, node_properties)
from policykg.graph.schema import EDGE_FIELDS, NEO4J_LABELS, NODE_FIELDS, neo4j_id
from policykg.io import atomic_write
from policykg.records import DOCUMENT_COLUMNS

if TYPE_CHECKING:
    from policykg.export import Content

ARRAY_DELIMITERS = (";", "|", "\x1f")  # the first that no array element contains
IMPORT_SCRIPT = """#!/bin/sh
# Import these files into a new or empty Neo4j 5 database with neo4j-admin (stop the database first):
#   sh import.sh [DATABASE]        (default: neo4j)
cd "$(dirname "$0")" || exit 1
exec neo4j-admin database import full {options} "${{1:-neo4j}}"
"""


def write(content: Content, folder: Path) -> list[Path]:
    """The `neo4j-csv` writer of `policykg.export.WRITERS`: folder/neo4j/{nodes,relationships}.csv, with
    documents.csv and mentions.csv when the mentions are known, and import.sh."""
    return write_neo4j_admin(content.graph, folder / "neo4j", content.documents,
                             mention_offsets(folder, content.mentions))


def write_neo4j_admin(graph: nx.MultiDiGraph, folder: str | os.PathLike, documents: list[dict] = (),
                      mentions: Iterable[tuple] | None = None) -> list[Path]:
    """The files for `graph`; `mentions`: (document, entity id, start, end, sentence) in corpus order
    (`policykg.export.mentions.mention_offsets`), read once.

    Two passes over each table of the graph and the documents: the first finds the columns, their types
    and the array delimiter, the second writes the rows. The MENTIONS are written as they are grouped,
    one document at a time (a build has millions of mentions).
    """
    folder = Path(folder)
    # file → (identity columns, the rows' identity cells and properties, property order)
    tables: dict[str, tuple[list[str], Callable[[], Iterator[tuple[list, dict]]], Iterable[str]]] = {
        "nodes.csv": (["id:ID(Entity)", ":LABEL"], lambda: (
            ([neo4j_id(node), ["Entity", NEO4J_LABELS[data["label"]]] if data.get("label") in NEO4J_LABELS else ["Entity"]],
             node_properties(data))
            for node, data in sorted(graph.nodes(data=True))), NODE_FIELDS),
        "relationships.csv": ([":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"], lambda: (
            ([neo4j_id(u), neo4j_id(v), key], {k: x for k, x in data.items() if k != "kind"})
            for u, v, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[2], e[0], e[1]))),
            EDGE_FIELDS),
    }
    if documents and mentions is not None:
        tables["documents.csv"] = (["id:ID(Document)", ":LABEL"], lambda: (
            ([neo4j_id(d["id"]), ["Document"]], document_properties(d)) for d in documents), DOCUMENT_COLUMNS)
    taken: set[str] = set()  # array delimiters some list item holds
    columns = {name: _columns(items(), order, taken) for name, (_, items, order) in tables.items()}
    delimiter = next((d for d in ARRAY_DELIMITERS if d not in taken), None)
    if delimiter is None:
        raise PolicyKGError("neo4j-csv: list values contain every array delimiter policykg can use (; | U+001F)")
    for name, (identity, items, _) in tables.items():
        with atomic_write(folder / name) as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(identity + [f"{column}:{kind}" for column, kind in columns[name]])
            for cells, data in items():
                row = cells + [neo4j_value(data.get(column)) for column, _ in columns[name]]
                writer.writerow([delimiter.join(map(str, cell)) if isinstance(cell, list) else _cell(cell)
                                 for cell in row])
    files = list(tables)
    if "documents.csv" in tables:
        _write_mentions(folder / "mentions.csv", mentions, graph, {d["id"] for d in documents}, delimiter)
        files.append("mentions.csv")
    options = [f"--nodes={name}" for name in ("nodes.csv", "documents.csv") if name in files]
    options += [f"--relationships={name}" for name in ("relationships.csv", "mentions.csv") if name in files]
    options += ["--array-delimiter=" + ("U+001F" if delimiter == "\x1f" else f"'{delimiter}'")]
    if "documents.csv" in files:
        options.append("--multiline-fields=true")  # the text of a document read from a PDF, Word or HTML file
    with atomic_write(folder / "import.sh") as handle:
        handle.write(IMPORT_SCRIPT.format(options=" ".join(options)))
    return [folder / name for name in files] + [folder / "import.sh"]


def import_options(folder: str | os.PathLike) -> list[str]:
    """The options of `neo4j-admin database import full` that folder/import.sh (written by
    `write_neo4j_admin`) gives, with file names relative to `folder`; ValueError if it holds none."""
    for line in (Path(folder) / "import.sh").read_text(encoding="utf-8").splitlines():
        if line.startswith("exec neo4j-admin database import full "):
            return [word for word in shlex.split(line)[5:] if word.startswith("--")]
    raise ValueError(f"{folder}/import.sh: no neo4j-admin command")


def _write_mentions(path: Path, mentions: Iterable[tuple], graph: nx.MultiDiGraph, doc_ids: set[str],
                    delimiter: str) -> None:
    with atomic_write(path) as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow([":START_ID(Document)", ":END_ID(Entity)", ":TYPE",
                         *(f"{column}:{kind}" for column, kind in MENTION_PROPERTY_TYPES.items())])
        writer.writerows((doc, entity, "MENTIONS", data["count"], *(delimiter.join(map(str, data[field]))
                                                                   for field in MENTION_FIELDS[1:]))
                         for (doc, entity), data in mention_relationships(mentions, graph, doc_ids))


def _columns(items: Iterator[tuple[list, dict]], order: Iterable[str], taken: set[str]) -> list[tuple[str, str]]:
    """(property, neo4j-admin type) of every property present, those of `order` first; adds to `taken` the
    array delimiters found in list items."""
    kinds: dict[str, set[str]] = {}
    for cells, data in items:
        for value in cells:  # the :LABEL cell
            if isinstance(value, list):
                _delimiters(value, taken)
        for key, value in data.items():
            value = neo4j_value(value)
            if value is not None:
                kinds.setdefault(key, set()).add(neo4j_kind(value))
                if isinstance(value, list):
                    _delimiters(value, taken)
    rank = {name: i for i, name in enumerate(order)}
    return [(key, neo4j_type(kinds[key])) for key in sorted(kinds, key=lambda k: (rank.get(k, len(rank)), k))]


def _delimiters(items: list, taken: set[str]) -> None:
    if items and isinstance(items[0], str):
        for delimiter in ARRAY_DELIMITERS:
            if delimiter not in taken and any(delimiter in item for item in items):
                taken.add(delimiter)


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value
