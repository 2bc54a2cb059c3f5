"""The one schema shared by NetworkX, the tables, GraphML/GEXF/JSON, HTML and Neo4j.

Nodes are keyed "LABEL:name" (LABEL one of `policykg.model.LABELS`). Edges live in a
MultiDiGraph with the kind as the key; CO_OCCURS is symmetric and stored once, from
the smaller id to the larger. Owns the property tables, their flat encoding (JSON
text for lists and objects) and the Neo4j names of the node types.
"""
from __future__ import annotations

import json

import networkx as nx

from policykg.model import RELATIONS

EDGE_KINDS = ("CO_OCCURS", *RELATIONS)
DIRECTED = frozenset(RELATIONS)
NEO4J_LABELS = {"PERSON": "Person", "POSITION": "Position", "PLACE": "Place", "COMPANY": "Company", "ORG": "Org",
                "SLOGAN": "Slogan"}

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


def encode(key: str, value):
    """A property value as stored in flat formats (GraphML, GEXF, CSV): JSON text for lists and objects."""
    if key in JSON_FIELDS:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return value


def decode(key: str, value):
    """The inverse of `encode`."""
    if key in JSON_FIELDS and isinstance(value, str):
        return json.loads(value) if value else None
    return value


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
