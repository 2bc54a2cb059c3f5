"""How properties are stored in Neo4j, shared by `push` and the neo4j-admin files: lists of scalars as
Neo4j lists, objects and lists of objects as JSON text, nothing for a missing value or an empty list
(neo4j-admin cannot type an empty array); and the MENTIONS of documents."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import networkx as nx

from policykg.graph.schema import common_kind, json_text, neo4j_id, value_kind

# The properties of a MENTIONS relationship and their neo4j-admin types.
MENTION_PROPERTY_TYPES = {"count": "long", "starts": "long[]", "ends": "long[]", "sentences": "long[]"}
MENTION_FIELDS = tuple(MENTION_PROPERTY_TYPES)
DOCUMENT_COUNTS = ("chars", "sentences", "mentions")  # whole numbers (text when read back from CSV)


def neo4j_value(value):
    """The value as Neo4j stores it (None: no property)."""
    if isinstance(value, (list, tuple)):  # the lists of the schema hold one kind of item
        if value and isinstance(value[0], (dict, list, tuple)):
            return json_text(value)
        return list(value) or None
    if isinstance(value, dict):
        return json_text(value)
    if isinstance(value, float) and value != value:
        return None
    return value


def neo4j_kind(value) -> str:
    """The neo4j-admin type of a stored value (not None): long, double, boolean, string, or an array of one."""
    return value_kind(value[0]) + "[]" if isinstance(value, list) else value_kind(value)


def neo4j_type(kinds: set[str]) -> str:
    """The header type of a column whose values have these kinds."""
    arrays = [k for k in kinds if k.endswith("[]")]
    if arrays and len(arrays) == len(kinds):
        return common_kind(k[:-2] for k in arrays) + "[]"
    return "string" if arrays else common_kind(kinds)


def node_properties(data: dict) -> dict:
    """A node's properties as Neo4j stores them: a name too long for the name index shortened like an id
    (`policykg.graph.schema.neo4j_id`), the whole name in ``full_name``."""
    name = data.get("name")
    if isinstance(name, str) and neo4j_id(name) != name:
        return {**data, "name": neo4j_id(name), "full_name": name}
    return data


def document_properties(document: dict) -> dict:
    """A document record's properties for its :Document node (its id aside)."""
    return {k: int(v) if k in DOCUMENT_COUNTS and neo4j_value(v) is not None else v
            for k, v in document.items() if k != "id"}


def mention_relationships(mentions: Iterable[tuple], graph: nx.MultiDiGraph, doc_ids: set[str]
                          ) -> Iterator[tuple[tuple[str, str], dict]]:
    """One MENTIONS relationship per document and entity of the graph, in order of first mention, with the
    offsets of every mention, between the documents' and entities' Neo4j ids; `mentions`: (document, entity id, start, end, sentence), a document's
    together (as the mention files and `KnowledgeGraph.mentions_list` hold them). One document at a time."""
    entities = set(graph)
    current, found = None, {}
    for doc, entity, start, end, sentence in mentions:
        if doc != current:
            yield from _relationships(current, found)
            current, found = doc, {}
        if entity in entities and doc in doc_ids:
            found.setdefault(entity, []).append((start, end, sentence))
    yield from _relationships(current, found)


def _relationships(doc, found: dict):
    for entity, offsets in found.items():
        offsets.sort()
        starts, ends, sentences = map(list, zip(*offsets))
        yield (neo4j_id(doc), neo4j_id(entity)), {"count": len(offsets), "starts": starts, "ends": ends,
                                                  "sentences": sentences}
