"""What the explorer page shows, as plain JSON-able data: nodes, edges, documents, legend, notes.

Deterministic for a given graph. Above `physics_threshold` nodes the positions are computed
here (`policykg.export.html.layout`); `max_nodes` / `max_edges` keep the most important nodes
(PageRank, then mentions) and the heaviest edges, and `meta` says what was left out.
"""
from __future__ import annotations

import math
from collections import Counter

import networkx as nx
import numpy as np

from policykg.export.html.layout import layout
from policykg.graph.analytics import communities
from policykg.graph.schema import DIRECTED, decode
from policykg.graph.style import COLOURS, DEFAULT_COLOUR, KIND_STYLES, SHAPES, TYPE_NAMES, hex_colour
from policykg.model import LABELS

PHYSICS_THRESHOLD = 500   # nodes; above it positions are precomputed and physics is off
MAX_NODES = 10_000        # default cap on nodes shown (None: no cap)
MAX_EDGES = 50_000        # default cap on edges shown (None: no cap)
MAX_EVIDENCE = 20         # evidence sentences kept per edge
MAX_DOCS = 100            # documents listed per node
SEED = 42
FONT_STACK = ('"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", '
              '"PingFang SC", "Hiragino Sans GB", "Heiti SC", "Noto Sans SC", sans-serif')


def page_data(graph: nx.MultiDiGraph, title: str = "policykg", *, documents=None,
              max_nodes: int | None = MAX_NODES, max_edges: int | None = MAX_EDGES,
              physics_threshold: int = PHYSICS_THRESHOLD, seed: int = SEED) -> dict:
    """Everything the page shows (see the module docstring)."""
    all_ids = sorted(graph.nodes, key=str)
    kept, omitted = _select_nodes(graph, all_ids, max_nodes)
    index = {node: i for i, node in enumerate(kept)}
    raw_edges, total_edges = [], 0
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        total_edges += 1
        if u in index and v in index:
            raw_edges.append((index[u], index[v], str(attrs.get("kind") or key), str(key), attrs))
    raw_edges.sort(key=lambda e: (e[0], e[1], e[2], e[3]))
    edges_dropped = 0
    if max_edges is not None and len(raw_edges) > max_edges:
        ranked = sorted(range(len(raw_edges)), key=lambda i: (-_number(raw_edges[i][4].get("weight"), 1.0), i))
        keep = sorted(ranked[:max_edges])
        edges_dropped = len(raw_edges) - len(keep)
        raw_edges = [raw_edges[i] for i in keep]

    docs = _Documents(documents if documents is not None else graph.graph.get("documents"))
    types, nodes = _nodes(graph, kept, docs)
    kinds, weights, edges = _edges(raw_edges, docs)
    static = len(kept) > physics_threshold
    if static:
        pairs = [(e["s"], e["t"]) for e in edges]
        for record, (x, y) in zip(nodes, layout(_communities(graph, kept, pairs, seed), pairs, seed)):
            record["x"], record["y"] = x, y
    years = sorted({int(y) for item in nodes + edges for y in (item.get("by_year") or {})}
                   | {int(item[f][:4]) for item in nodes + edges for f in ("first", "last")
                      if item.get(f, "")[:4].isdigit()})
    omitted_types = Counter(_str(graph.nodes[n].get("label")) or "ENTITY" for n in omitted)
    meta = {
        "total_nodes": len(all_ids), "total_edges": total_edges, "shown_nodes": len(nodes), "shown_edges": len(edges),
        "omitted_nodes": len(omitted), "omitted_edges": total_edges - len(edges), "edges_over_cap": edges_dropped,
        "omitted_by_type": [[TYPE_NAMES.get(t, t), t, c] for t, c in
                            sorted(omitted_types.items(), key=lambda tc: (-tc[1], tc[0]))],
        "omitted_top": [_str(graph.nodes[n].get("name")) or _name_from_id(n) for n in omitted[:10]],
        "max_nodes": max_nodes, "max_edges": max_edges, "layout": "precomputed" if static else "physics",
    }
    return {"format": "policykg-html/1", "title": str(title), "static": static, "font": FONT_STACK, "meta": meta,
            "types": types, "kinds": kinds, "weights": _weight_steps(weights), "years": years,
            "docs": docs.records(), "nodes": nodes, "edges": edges}


class _Documents:
    """The documents the page refers to, numbered: the given ones (corpus order) first, then as met."""

    def __init__(self, documents):
        self.meta = _document_meta(documents)
        self.numbers: dict[str, int] = {}
        for doc in self.meta:
            self.number(doc)

    def number(self, doc) -> int:
        return self.numbers.setdefault(str(doc), len(self.numbers))

    def records(self) -> list[dict]:
        return [_doc_record(doc, self.meta.get(doc)) for doc in self.numbers]


def _nodes(graph: nx.MultiDiGraph, kept: list, docs: _Documents) -> tuple[list[dict], list[dict]]:
    """(the legend of node types, one record per kept node)."""
    type_keys = sorted({_str(graph.nodes[n].get("label")) or "ENTITY" for n in kept},
                       key=lambda t: (LABELS.index(t) if t in LABELS else len(LABELS), t))
    type_index = {t: i for i, t in enumerate(type_keys)}
    type_counts = Counter()
    nodes = []
    for node in kept:
        attrs = {k: decode(k, v) for k, v in graph.nodes[node].items()}
        label = _str(attrs.get("label")) or "ENTITY"
        type_counts[label] += 1
        mentions = _number(attrs.get("mentions"), 0)
        record = {"id": str(node), "name": _str(attrs.get("name")) or _name_from_id(node), "type": type_index[label],
                  "size": round(8 + min(40.0, max(mentions, 1) ** 0.5 * 3), 2), "mentions": _json_number(mentions)}
        aliases = [_str(a) for a in (attrs.get("aliases") or []) if _str(a)]
        if aliases:
            record["aliases"] = aliases
        parts = [_str(x) for x in (attrs.get("parts") or []) if _str(x)] if isinstance(attrs.get("parts"), list) else []
        if parts:
            record["parts"] = parts
        for field, out in (("role", "role"), ("descriptor", "descriptor"), ("definition", "definition"),
                           ("first_seen", "first"), ("last_seen", "last")):
            if _str(attrs.get(field)):
                record[out] = _str(attrs[field])
        for field in ("documents", "degree", "community"):
            if attrs.get(field) is not None:
                record["ndocs" if field == "documents" else field] = _json_number(attrs[field])
        if attrs.get("pagerank") is not None:
            record["pagerank"] = _json_number(round(_number(attrs["pagerank"], 0.0), 6))
        by_year = _by_year(attrs.get("by_year"))
        if by_year:
            record["by_year"] = by_year
        doc_ids = attrs.get("doc_ids") or []
        if doc_ids:
            record["docs"] = [docs.number(d) for d in list(doc_ids)[:MAX_DOCS]]
        nodes.append(record)
    types = [{"key": t, "name": TYPE_NAMES.get(t, t), "colour": hex_colour(COLOURS.get(t, DEFAULT_COLOUR)),
              "shape": SHAPES.get(t, "dot"), "count": type_counts[t]} for t in type_keys]
    return types, nodes


def _edges(raw_edges: list[tuple], docs: _Documents) -> tuple[list[dict], list[float], list[dict]]:
    """(the legend of edge kinds, the edge weights, one record per edge)."""
    pair_count = Counter((min(s, t), max(s, t)) for s, t, *_ in raw_edges)
    pair_seen: Counter = Counter()
    kind_keys = sorted({e[2] for e in raw_edges},
                       key=lambda k: (list(KIND_STYLES).index(k) if k in KIND_STYLES else len(KIND_STYLES), k))
    kind_index = {k: i for i, k in enumerate(kind_keys)}
    kind_counts = Counter()
    weights, edges = [], []
    for s, t, kind, _key, attrs in raw_edges:
        attrs = {k: decode(k, v) for k, v in attrs.items()}
        kind_counts[kind] += 1
        weight = _number(attrs.get("weight"), _number(attrs.get("count"), 1.0))
        weights.append(weight)
        record = {"s": s, "t": t, "k": kind_index[kind], "weight": _json_number(weight),
                  "w": round(min(10.0, 1.0 + 1.5 * math.log2(max(weight, 1.0))), 2)}
        pair = (min(s, t), max(s, t))
        if pair_count[pair] > 1:
            rank = pair_seen[pair]
            pair_seen[pair] += 1
            if rank:
                record["curve"] = round(0.15 * rank, 2)
        for field, out in (("count", "count"), ("documents", "ndocs"), ("npmi", "npmi")):
            if attrs.get(field) is not None:
                record[out] = _json_number(attrs[field])
        for field, out in (("first_seen", "first"), ("last_seen", "last"), ("note", "note")):
            if _str(attrs.get(field)):
                record[out] = _str(attrs[field])
        by_year = _by_year(attrs.get("by_year"))
        if by_year:
            record["by_year"] = by_year
        evidence = _evidence(attrs.get("evidence"), docs)
        if evidence:
            record["ev"] = evidence
        edges.append(record)
    kinds = [{"key": k, "name": KIND_STYLES.get(k, ("", k))[1], "colour": KIND_STYLES.get(k, ("#7f8c8d",))[0],
              "directed": k in DIRECTED, "count": kind_counts[k]} for k in kind_keys]
    return kinds, weights, edges


def _evidence(items, docs: _Documents) -> list[list]:
    """[document number or -1, sentence or None, text] per evidence reference."""
    evidence = []
    for item in list(items or [])[:MAX_EVIDENCE]:
        if isinstance(item, dict):
            text = _str(item.get("text"))
            if not text:
                continue
            sentence = item.get("sentence")
            evidence.append([docs.number(item.get("doc", "")) if item.get("doc") is not None else -1,
                             _json_number(sentence) if isinstance(sentence, (int, float)) else None, text])
        elif _str(item):
            evidence.append([-1, None, _str(item)])
    return evidence


def _communities(graph: nx.MultiDiGraph, kept: list, edges: list[tuple[int, int]], seed: int) -> list[int]:
    """The community of each kept node: the graph's own, else Louvain on the edges shown."""
    values = [graph.nodes[node].get("community") for node in kept]
    if all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in values):
        return [int(v) for v in values]
    simple = nx.Graph()
    simple.add_nodes_from(range(len(kept)))
    simple.add_edges_from((s, t) for s, t in edges if s != t)
    found = communities(simple, seed)
    return [found[i] for i in range(len(kept))]
def _select_nodes(graph, ids, max_nodes):
    """(kept ids in sorted order, omitted ids by decreasing importance)."""
    if max_nodes is None or len(ids) <= max_nodes:
        return ids, []

    def importance(node):
        attrs = graph.nodes[node]
        return (-_number(decode("pagerank", attrs.get("pagerank")), 0.0), -_number(attrs.get("mentions"), 0.0),
                -_number(attrs.get("weighted_degree"), _number(attrs.get("degree"), 0.0)), str(node))

    ranked = sorted(ids, key=importance)
    keep = set(ranked[:max(0, max_nodes)])
    return [n for n in ids if n in keep], ranked[max(0, max_nodes):]


def _document_meta(documents) -> dict[str, dict]:
    meta: dict[str, dict] = {}
    if isinstance(documents, dict):
        documents = [{"id": k, **(v if isinstance(v, dict) else {"title": v})} for k, v in documents.items()]
    if not isinstance(documents, (list, tuple)):
        return meta
    for record in documents:
        if isinstance(record, dict) and record.get("id") is not None:
            meta.setdefault(str(record["id"]), record)
    return meta


def _doc_record(doc_id: str, record: dict | None) -> dict:
    out = {"id": doc_id}
    for field in ("title", "date", "source"):
        if record and _str(record.get(field)):
            out[field] = _str(record[field])
    return out


def _weight_steps(weights: list[float], limit: int = 200) -> list:
    values = sorted(set(weights))
    if len(values) > limit:
        values = [values[round(i * (len(values) - 1) / (limit - 1))] for i in range(limit)]
    return [_json_number(v) for v in values] or [0]


def _by_year(value) -> dict:
    if not isinstance(value, dict):
        return {}
    out = {}
    for year, count in sorted(value.items(), key=lambda kv: str(kv[0])):
        year = str(year)
        if year[:4].isdigit() and len(year) == 4:
            out[year] = _json_number(count)
    return out


def _str(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _number(value, default):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


def _json_number(value):
    """Ints stay ints, finite floats stay floats, anything else becomes None (JSON has no NaN)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    number = _number(value, None)
    if number is None:
        return None
    return int(number) if number.is_integer() and abs(number) < 2 ** 53 else number


def _name_from_id(node) -> str:
    text = str(node)
    return text.split(":", 1)[1] if ":" in text else text
