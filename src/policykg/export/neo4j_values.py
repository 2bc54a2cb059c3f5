"""How properties are stored in Neo4j, shared by `push` and the neo4j-admin files: lists of scalars as
Neo4j lists, objects and lists of objects as JSON text, nothing for a missing value or an empty list
(neo4j-admin cannot type an empty array); and the MENTIONS of documents."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import networkx as nx

from policykg.graph.schema import json_text, scalar_type

MENTION_FIELDS = ("count", "starts", "ends", "sentences")
DOCUMENT_COUNTS = ("chars", "sentences", "mentions")  # whole numbers (text when read back from CSV)


def neo4j_value(value):
    """The value as Neo4j stores it (None: no property)."""
    if isinstance(value, (list, tuple)):
        if any(isinstance(x, (dict, list, tuple)) for x in value):
            return json_text(value)
        return list(value) or None
    if isinstance(value, dict):
        return json_text(value)
    if isinstance(value, float) and value != value:
        return None
    return value


def neo4j_type(values: Iterable) -> str:
    """The neo4j-admin header type of a column of stored values: string, long, double, boolean or an array."""
    values = list(values)
    if values and all(isinstance(v, list) for v in values):
        return scalar_type(x for v in values for x in v) + "[]"
    return scalar_type(values)


def document_properties(document: dict) -> dict:
    """A document record's properties for its :Document node (its id aside)."""
    return {k: int(v) if k in DOCUMENT_COUNTS and neo4j_value(v) is not None else v
            for k, v in document.items() if k != "id"}


def mention_relationships(mentions: Iterable[tuple], graph: nx.MultiDiGraph, doc_ids: set[str]
                          ) -> list[tuple[tuple[str, str], dict]]:
    """One MENTIONS relationship per document and entity of the graph, in order of first mention, with the
    offsets of every mention; `mentions`: (document, entity id, start, end, sentence)."""
    grouped: dict[tuple[str, str], list[tuple[int, int, int]]] = defaultdict(list)
    for doc, entity, start, end, sentence in mentions:
        if doc in doc_ids and entity in graph:
            grouped[doc, entity].append((int(start), int(end), int(sentence)))
    relationships = []
    for pair, found in grouped.items():
        found.sort()
        relationships.append((pair, {"count": len(found), "starts": [m[0] for m in found],
                                     "ends": [m[1] for m in found], "sentences": [m[2] for m in found]}))
    return relationships
