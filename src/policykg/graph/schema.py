"""The one schema shared by NetworkX, the tables, GraphML/GEXF/JSON, HTML and Neo4j.

Nodes are keyed "LABEL:name" (LABEL one of `policykg.model.LABELS`). Edges live in a
MultiDiGraph with the kind as the key; CO_OCCURS is symmetric and stored once, from
the smaller id to the larger. Owns the property tables, their flat encoding (JSON
text for lists and objects), the exchange form of GraphML and GEXF (`label` the name,
`type` the entity type) and the Neo4j names of the node types.
"""
from __future__ import annotations

import hashlib
import json
import numbers
from collections.abc import Iterable

import networkx as nx

from policykg.model import RELATIONS

EDGE_KINDS = ("CO_OCCURS", *RELATIONS)
DIRECTED = frozenset(RELATIONS)
# Graph attribute: entity id → [(document id, sentence number, sentence text), ...] of its first mentions, for
# the HTML page's concordance; the page is the only output that writes it.
CONCORDANCE = "concordance"
NEO4J_LABELS = {"PERSON": "Person", "POSITION": "Position", "PLACE": "Place", "COMPANY": "Company", "ORG": "Org",
                "SLOGAN": "Slogan"}

NEO4J_ID_BYTES = 4000  # ids longer than this (UTF-8) do not fit a Neo4j index key (8 kB in all): hashed


def neo4j_id(key: str) -> str:
    """The id of a node in Neo4j: its key ("PERSON:袁家军", a document id), or for a key too long for an index
    its first 64 characters, "…#" and the SHA-256 of the whole key (the name stays a property)."""
    if len(key) * 4 <= NEO4J_ID_BYTES or len(key.encode("utf-8", "surrogatepass")) <= NEO4J_ID_BYTES:
        return key
    return f"{key[:64]}…#{hashlib.sha256(key.encode('utf-8', 'surrogatepass')).hexdigest()}"


# Node properties: name → (type, description). Types: str, int, float, json.
NODE_FIELDS = {
    "label": ("str", "entity type: PERSON, POSITION, PLACE, COMPANY, ORG or SLOGAN"),
    "name": ("str", "canonical name"),
    "aliases": ("json", "other spellings seen in the texts (list)"),
    "role": ("str", "for PERSON: reporter, photographer or editor when only seen in bylines"),
    "mentions": ("int", "number of mentions"),
    "documents": ("int", "number of documents mentioning it"),
    "doc_ids": ("json", "the first 100 documents mentioning it, in corpus order (list)"),
    "first_seen": ("str", "date of the earliest dated document mentioning it"),
    "last_seen": ("str", "date of the latest dated document mentioning it"),
    "by_year": ("json", "mentions per year (object)"),
    "by_month": ("json", "mentions per month (object)"),
    "parts": ("json", "for SLOGAN: decoded components, from DEFINES (list)"),
    "descriptor": ("str", "for a code: what it names (“33618” → 现代制造业集群体系)"),
    "definition": ("str", "for SLOGAN: a glossary definition (名词解释) found in the texts"),
    "degree": ("int", "number of co-occurrence neighbours"),
    "weighted_degree": ("float", "sum of co-occurrence counts"),
    "pagerank": ("float", "PageRank on the co-occurrence graph (weight = count)"),
    "betweenness": ("float", "betweenness centrality (sampled from 500 sources above 1,000 nodes, fixed seed)"),
    "community": ("int", "Louvain community (fixed seed), numbered by size"),
}

EDGE_FIELDS = {
    "kind": ("str", "CO_OCCURS, HOLDS, DEFINES or PROMOTES"),
    "weight": ("float", "the edge weight used for layout and analytics (= count)"),
    "count": ("int", "number of windows (CO_OCCURS) or statements (other kinds)"),
    "documents": ("int", "number of documents with at least one of them"),
    "npmi": ("float", "CO_OCCURS: normalised pointwise mutual information over windows"),
    "association": ("float", "CO_OCCURS: association strength N·c_ij / (n_i·n_j), as in VOSviewer"),
    "jaccard": ("float", "CO_OCCURS: c_ij / (n_i + n_j − c_ij)"),
    "first_seen": ("str", "date of the earliest dated document with the edge"),
    "last_seen": ("str", "date of the latest dated document with the edge"),
    "by_year": ("json", "count per year (object)"),
    "note": ("str", "DEFINES: how the parts were checked against the numeral"),
    "evidence": ("json", "up to N references {doc, sentence, start, end, text}, first in corpus order (list)"),
}

# documents.*: `blocks` of a document read from a PDF, Word or HTML file, [{start, end, kind, page}, ...]
JSON_FIELDS = frozenset(k for k, (t, _) in {**NODE_FIELDS, **EDGE_FIELDS}.items() if t == "json") | {"blocks"}


def json_text(value) -> str:
    """Compact JSON with sorted keys and Chinese as it is: how flat formats hold lists and objects."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def value_kind(value) -> str:
    """boolean, long, double or string: the type a scalar reads back as (the type names of GraphML, GEXF
    and neo4j-admin)."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, numbers.Integral):
        return "long"
    return "double" if isinstance(value, numbers.Real) else "string"


def common_kind(kinds: Iterable[str]) -> str:
    """The narrowest type all values of these kinds read back as (long and double: double)."""
    kinds = set(kinds)
    if len(kinds) == 1:
        return kinds.pop()
    return "double" if kinds == {"long", "double"} else "string"


def scalar_type(values: Iterable) -> str:
    """The narrowest type all the values read back as."""
    return common_kind(map(value_kind, values))


def encode(key: str, value):
    """A property value as stored in flat formats (GraphML, GEXF, CSV): JSON text for lists and objects."""
    return json_text(value) if key in JSON_FIELDS else value


def decode(key: str, value):
    """The inverse of `encode`."""
    if key in JSON_FIELDS and isinstance(value, str):
        return json.loads(value) if value else None
    return value


def flat_properties(data: dict) -> dict:
    """Properties with lists and objects as JSON text and missing values left out."""
    return {k: json_text(v) if isinstance(v, (list, dict, tuple)) else v for k, v in data.items() if v is not None}


EXCHANGE_NAMES = {"name": "label", "label": "type"}  # node property → its name in GraphML and GEXF


def _rename(data: dict, names: dict) -> dict:
    """`data` with the properties of `names` renamed and put first, in the order of `names`."""
    out = {names[k]: data[k] for k in names if k in data}
    out.update((k, v) for k, v in data.items() if k not in names)
    return out


def exchange_node(data: dict) -> dict:
    """A node's flat properties as GraphML and GEXF give them: `label` is the name (the label Gephi, yEd
    and Cytoscape show), `type` the entity type."""
    return _rename(flat_properties(data), EXCHANGE_NAMES)


def from_exchange(nodes: Iterable[tuple[str, dict]], edges: Iterable[tuple[str, str, dict]],
                  graph: dict | None = None) -> nx.MultiDiGraph:
    """The graph from nodes and edges in the exchange form (the inverse of `exchange_node`): `type` back
    to `label`, `label` back to `name`, JSON text decoded, each edge keyed by its `kind`."""
    out = nx.MultiDiGraph(**(graph or {}))
    back = {exchanged: name for name, exchanged in EXCHANGE_NAMES.items()}
    for node, data in nodes:
        out.add_node(node, **{k: decode(k, v) for k, v in _rename(data, back).items()})
    for u, v, data in edges:
        out.add_edge(u, v, key=data["kind"], **{k: decode(k, val) for k, val in data.items()})
    return out
