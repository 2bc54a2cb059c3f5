"""What the explorer page shows, as plain JSON-able data: nodes with their positions, edges, the sentences
behind them, documents, legends, notes.

Deterministic for a given graph. Positions come from `policykg.export.html.layout` (communities apart,
isolated nodes gathered below). `max_nodes` / `max_edges` keep the most important nodes (PageRank and
mentions in turn, each with the entities its relations name) and the heaviest edges, and `meta` says
what was left out. Sentences (edge evidence and each node's concordance, from the graph attribute
`policykg.graph.schema.CONCORDANCE`) are stored once and referred to by number; at most
`MAX_SENTENCES` of them, the concordance of every node cut to the same length when there are more.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict

import networkx as nx
import numpy as np

from policykg.export.html.layout import layout
from policykg.graph.analytics import communities
from policykg.graph.schema import CONCORDANCE, DIRECTED, decode
from policykg.graph.style import (COLOURS, COMMUNITY_COLOURS, DEFAULT_COLOUR, KIND_STYLES, SHAPES, TYPE_NAMES,
                                  hex_colour)
from policykg.model import LABELS

MAX_NODES = 10_000        # default cap on nodes shown (None: no cap)
MAX_EDGES = 50_000        # default cap on edges shown (None: no cap)
MAX_EVIDENCE = 20         # evidence sentences kept per edge
MAX_DOCS = 100            # documents listed per node
MAX_SENTENCES = 30_000    # sentences in the page (evidence and concordance)
SEED = 42
FONT_STACK = ('"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", '
              '"PingFang SC", "Hiragino Sans GB", "Heiti SC", "Noto Sans SC", sans-serif')
METRICS = ("mentions", "documents", "degree", "pagerank", "betweenness")  # node size and label priority


def page_data(graph: nx.MultiDiGraph, title: str = "policykg", *, documents=None,
              max_nodes: int | None = MAX_NODES, max_edges: int | None = MAX_EDGES, seed: int = SEED) -> dict:
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
    sentences = _Sentences(docs)
    kinds, weights, edges = _edges(raw_edges, sentences)
    types, nodes = _nodes(graph, kept, docs)
    concordance = _concordance(graph.graph.get(CONCORDANCE), kept, sentences)
    for record, found in zip(nodes, concordance):
        if found:
            record["ctx"] = found
    pairs = [(e["s"], e["t"], e["weight"] or 1.0) for e in edges]
    groups = _groups(graph, kept, pairs, seed)
    for record, group in zip(nodes, groups):
        record["group"] = group
    for record, (x, y) in zip(nodes, layout(groups, pairs, [n["size"] for n in nodes], seed)):
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
        "max_nodes": max_nodes, "max_edges": max_edges, "concordance": CONCORDANCE in graph.graph,
        "sentences_cut": sentences.cut, "coloured_groups": len(COMMUNITY_COLOURS),  # the others share one grey
    }
    return {"format": "policykg-html/2", "title": str(title), "font": FONT_STACK, "meta": meta, "types": types,
            "kinds": kinds, "groups": _group_legend(nodes, groups), "metrics": list(METRICS),
            "weights": _weight_steps(weights), "years": years, "docs": docs.records(),
            "sentences": sentences.records, "nodes": nodes, "edges": edges}


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


class _Sentences:
    """Sentences numbered once: [document number or -1, sentence number or None, text]."""

    def __init__(self, docs: _Documents):
        self.docs = docs
        self.records: list[list] = []
        self.numbers: dict[tuple, int] = {}
        self.cut = 0  # concordance sentences left out for MAX_SENTENCES

    def number(self, doc, sentence, text: str) -> int:
        doc_number = self.docs.number(doc) if doc is not None else -1
        sentence = _json_number(sentence) if isinstance(sentence, (int, float)) else None
        key = (doc_number, sentence, text)
        found = self.numbers.get(key)
        if found is None:
            found = self.numbers[key] = len(self.records)
            self.records.append([doc_number, sentence, text])
        return found


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
        for field, out in (("documents", "ndocs"), ("community", "community")):
            if attrs.get(field) is not None:
                record[out] = _json_number(attrs[field])
        for field in ("pagerank", "betweenness"):
            if attrs.get(field) is not None:
                record[field] = _json_number(round(_number(attrs[field], 0.0), 8))
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


def _edges(raw_edges: list[tuple], sentences: _Sentences) -> tuple[list[dict], list[float], list[dict]]:
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
        evidence = _evidence(attrs.get("evidence"), sentences)
        if evidence:
            record["ev"] = evidence
        edges.append(record)
    kinds = [{"key": k, "name": KIND_STYLES.get(k, ("", k))[1], "colour": KIND_STYLES.get(k, ("#7f8c8d",))[0],
              "directed": k in DIRECTED, "count": kind_counts[k]} for k in kind_keys]
    return kinds, weights, edges


def _evidence(items, sentences: _Sentences) -> list[int]:
    """The sentence numbers of an edge's evidence."""
    evidence = []
    for item in list(items or [])[:MAX_EVIDENCE]:
        if isinstance(item, dict):
            text = _str(item.get("text"))
            if text:
                evidence.append(sentences.number(item.get("doc"), item.get("sentence"), text))
        elif _str(item):
            evidence.append(sentences.number(None, None, _str(item)))
    return evidence


def _concordance(found, kept: list, sentences: _Sentences) -> list[list[int]]:
    """Each kept node's concordance as sentence numbers: its mention sentences, all of them if the page
    has room, else the first `cap` of each node with the largest cap that keeps within MAX_SENTENCES."""
    lists = [list(found.get(node) or []) if isinstance(found, dict) else [] for node in kept]
    room = max(0, MAX_SENTENCES - len(sentences.records))
    low, high = 0, max(map(len, lists), default=0)
    while low < high:  # the largest cap with sum(min(length, cap)) <= room
        middle = (low + high + 1) // 2
        if sum(min(len(x), middle) for x in lists) <= room:
            low = middle
        else:
            high = middle - 1
    cap = low
    sentences.cut = sum(max(0, len(x) - cap) for x in lists)
    return [[sentences.number(doc, sentence, _str(text)) for doc, sentence, text in refs[:cap]] for refs in lists]


def _groups(graph: nx.MultiDiGraph, kept: list, pairs: list[tuple[int, int, float]], seed: int) -> list[int]:
    """The community of each kept node, numbered by size: the graph's own (else Louvain on the edges shown),
    with a node alone in its community joining the community of its strongest neighbour."""
    values = [graph.nodes[node].get("community") for node in kept]
    if not all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in values):
        simple = nx.Graph()
        simple.add_nodes_from(range(len(kept)))
        simple.add_edges_from((s, t) for s, t, _ in pairs if s != t)
        found = communities(simple, seed)
        values = [found[i] for i in range(len(kept))]
    size = Counter(values)
    strongest: dict[int, tuple[float, int]] = {}
    for s, t, weight in pairs:
        for a, b in ((s, t), (t, s)):
            if size[values[b]] > 1 and (a not in strongest or (weight, -b) > (strongest[a][0], -strongest[a][1])):
                strongest[a] = (weight, b)
    joined = [values[strongest[i][1]] if size[v] == 1 and i in strongest else v for i, v in enumerate(values)]
    order = {g: rank for rank, (g, _) in enumerate(sorted(Counter(joined).items(), key=lambda gc: (-gc[1], gc[0])))}
    return [order[g] for g in joined]


def _group_legend(nodes: list[dict], groups: list[int]) -> list[dict]:
    """Each community: its colour, size and best-known members (by mentions)."""
    members = defaultdict(list)
    for record, group in zip(nodes, groups):
        members[group].append(record)
    legend = []
    for group in sorted(members):
        top = sorted(members[group], key=lambda n: (-(n.get("mentions") or 0), n["name"]))[:3]
        legend.append({"colour": COMMUNITY_COLOURS[group] if group < len(COMMUNITY_COLOURS) else hex_colour(DEFAULT_COLOUR),
                       "size": len(members[group]), "top": [n["name"] for n in top]})
    return legend


def _select_nodes(graph, ids, max_nodes):
    """(kept ids in sorted order, omitted ids by decreasing importance).

    The most important nodes by PageRank and by mentions in turn; a node kept brings what its DEFINES
    and HOLDS edges point to, so a formulation comes with its parts and an official with the positions
    (a node whose group does not fit in what is left is held back whole).
    """
    if max_nodes is None or len(ids) <= max_nodes:
        return ids, []

    def rank(key):
        return sorted(ids, key=lambda n: (-key(graph.nodes[n]), str(n)))

    by_pagerank = rank(lambda a: _number(decode("pagerank", a.get("pagerank")), 0.0))
    by_mentions = rank(lambda a: _number(a.get("mentions"), 0.0))
    position = {node: i for i, node in enumerate(by_pagerank)}
    partners = defaultdict(list)
    for u, v, key in graph.edges(keys=True):
        if key in ("DEFINES", "HOLDS"):
            partners[u].append(v)
    kept, left, seen = [], [], set()
    for node in (n for pair in zip(by_pagerank, by_mentions) for n in pair):
        group = [item for item in (node, *sorted(partners.get(node, ()), key=position.__getitem__)) if item not in seen]
        if not group or group[0] != node:
            continue  # the node came with another one's group, or a group of its own that did not fit
        seen.update(group)
        if len(kept) + len(group) <= max(0, max_nodes):  # a formulation with all its parts, or not at all
            kept.extend(group)
        else:
            left.append(node)
            seen.difference_update(group[1:])  # its partners may still come on their own
    keep, held_back = set(kept), set(left)
    return [n for n in ids if n in keep], left + [n for n in by_pagerank if n not in keep and n not in held_back]


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
    """id, title, date and source, but not a source that is the file's path (the id names the file)."""
    out = {"id": doc_id}
    for field in ("title", "date", "source"):
        if record and _str(record.get(field)):
            out[field] = _str(record[field])
    source = out.get("source", "")
    if source and (source.replace("\\", "/").endswith(doc_id) or "/" in source or "\\" in source):
        del out["source"]
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
