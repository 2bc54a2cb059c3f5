"""The one schema shared by NetworkX, the tables, GraphML/GEXF/JSON, HTML and Neo4j.

Nodes are keyed "LABEL:name". Edges live in a MultiDiGraph with the kind as the
key; CO_OCCURS is symmetric and stored once, from the smaller id to the larger.
"""
from __future__ import annotations

import json

NODE_LABELS = ("PERSON", "POSITION", "PLACE", "COMPANY", "ORG", "SLOGAN")
EDGE_KINDS = ("CO_OCCURS", "HOLDS", "DEFINES", "PROMOTES")
DIRECTED = frozenset({"HOLDS", "DEFINES", "PROMOTES"})

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
