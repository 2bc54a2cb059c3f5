"""Interactive HTML explorer of the graph: one self-contained, offline, UTF-8 file.

The page is drawn by vis-network 9.1.2, taken from the copy bundled with pyvis (pyvis's own page
template is not used: it adds Bootstrap and CDN links even with ``cdn_resources="in_line"``, and it
inserts the heading and, when a title contains "href", node titles as raw HTML).

Safety: every string from the input travels inside one ``<script type="application/json">`` block
(``<``, ``>``, ``&``, U+2028 and U+2029 escaped) and reaches the page only through ``textContent``,
text nodes and canvas labels; vis ``title`` popups are never used. The page title and heading are
HTML-escaped.

Large graphs: above ``physics_threshold`` nodes the positions are computed here (communities packed
on shelves, each laid out by a grid-accelerated Fruchterman–Reingold with a fixed seed) and physics
is off in the browser; ``max_nodes`` / ``max_edges`` keep the most important nodes (PageRank, then
mentions) and the heaviest edges, and the page says what was left out.

The same graph always gives a byte-identical file.
"""
from __future__ import annotations

import html as _html
import json
import math
import os
import re
from collections import Counter, defaultdict
from importlib import resources

import networkx as nx
import numpy as np

from policykg.export.gexf import COLOURS
from policykg.graph.schema import DIRECTED, decode
from policykg.io import atomic_write

PHYSICS_THRESHOLD = 500   # nodes; above it positions are precomputed and physics is off
MAX_NODES = 10_000        # default cap on nodes shown (None: no cap)
MAX_EDGES = 50_000        # default cap on edges shown (None: no cap)
MAX_EVIDENCE = 20         # evidence sentences kept per edge
MAX_DOCS = 100            # documents listed per node
SEED = 42

DEFAULT_COLOUR = (120, 120, 120)
SHAPES = {"PERSON": "dot", "POSITION": "square", "PLACE": "triangle", "COMPANY": "diamond",
          "ORG": "hexagon", "SLOGAN": "star"}
TYPE_NAMES = {"PERSON": "人物", "POSITION": "职务", "PLACE": "地点", "COMPANY": "企业", "ORG": "机构",
              "SLOGAN": "提法"}
KIND_STYLES = {  # edge kind → (colour, Chinese name)
    "CO_OCCURS": ("#aab4be", "共现"), "HOLDS": ("#c0392b", "任职"), "DEFINES": ("#d68910", "定义"),
    "PROMOTES": ("#7d3c98", "推动"),
}
TYPE_ORDER = tuple(COLOURS)
FONT_STACK = ('"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", '
              '"PingFang SC", "Hiragino Sans GB", "Heiti SC", "Noto Sans SC", sans-serif')

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


# ----------------------------------------------------------------------------------------------
# public API


def write_html(graph: nx.MultiDiGraph, path: str | os.PathLike, title: str = "policykg", *,
               documents=None, max_nodes: int | None = MAX_NODES, max_edges: int | None = MAX_EDGES,
               physics_threshold: int = PHYSICS_THRESHOLD, seed: int = SEED) -> None:
    """Write the explorer page for `graph` to `path` (UTF-8, atomically).

    `documents`: optional document records (dicts with "id" and any of "title", "date", "source",
    e.g. ``KnowledgeGraph.documents_list``) so evidence shows document titles instead of ids.
    `max_nodes` / `max_edges`: caps (None for no cap); `physics_threshold`: node count above which
    the layout is precomputed in Python and physics is off in the browser.
    """
    page = render_html(graph, title, documents=documents, max_nodes=max_nodes, max_edges=max_edges,
                       physics_threshold=physics_threshold, seed=seed)
    with atomic_write(path) as handle:
        handle.write(page)


def render_html(graph: nx.MultiDiGraph, title: str = "policykg", *, documents=None,
                max_nodes: int | None = MAX_NODES, max_edges: int | None = MAX_EDGES,
                physics_threshold: int = PHYSICS_THRESHOLD, seed: int = SEED) -> str:
    """The explorer page as a string (see `write_html`)."""
    data = page_data(graph, title, documents=documents, max_nodes=max_nodes, max_edges=max_edges,
                     physics_threshold=physics_threshold, seed=seed)
    parts = {"TITLE": _html.escape(str(title), quote=True), "CSS": _CSS.replace("@@FONT@@", FONT_STACK),
             "VIS": _vis_js(), "APP": _APP_JS, "DATA": _json_for_script(data)}
    return re.sub(r"@@([A-Z]+)@@", lambda m: parts[m.group(1)], _PAGE)  # one pass: values are not rescanned


def show(graph: nx.MultiDiGraph, height: int | str = 720, title: str = "policykg", **options):
    """Show the explorer inline in Jupyter: an ``IPython.display.HTML`` iframe (``srcdoc``) of the page."""
    try:
        from IPython.display import HTML
    except ImportError as exc:  # pragma: no cover - IPython is part of the notebooks extra
        raise ImportError("policykg.export.html.show needs IPython (pip install 'policykg[notebooks]')") from exc
    page = render_html(graph, title, **options)
    css_height = f"{int(height)}px" if isinstance(height, (int, float)) else str(height)
    frame = (f'<div class="policykg-frame"><iframe srcdoc="{_html.escape(page, quote=True)}" title="{_html.escape(str(title), quote=True)}" '
             f'sandbox="allow-scripts" style="width: 100%; height: {_html.escape(css_height, quote=True)}; '
             f'border: 1px solid #ddd;"></iframe></div>')  # a div: IPython warns about a bare <iframe>
    return HTML(frame)


# ----------------------------------------------------------------------------------------------
# data


def page_data(graph: nx.MultiDiGraph, title: str = "policykg", *, documents=None,
              max_nodes: int | None = MAX_NODES, max_edges: int | None = MAX_EDGES,
              physics_threshold: int = PHYSICS_THRESHOLD, seed: int = SEED) -> dict:
    """Everything the page shows, as plain JSON-able data (deterministic for a given graph)."""
    all_ids = sorted(graph.nodes, key=str)
    kept, omitted = _select_nodes(graph, all_ids, max_nodes)
    index = {node: i for i, node in enumerate(kept)}

    raw_edges = []
    total_edges = 0
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        total_edges += 1
        if u in index and v in index:
            kind = str(attrs.get("kind") or key)
            raw_edges.append((index[u], index[v], kind, str(key), attrs))
    raw_edges.sort(key=lambda e: (e[0], e[1], e[2], e[3]))
    edges_dropped = 0
    if max_edges is not None and len(raw_edges) > max_edges:
        ranked = sorted(range(len(raw_edges)), key=lambda i: (-_number(raw_edges[i][4].get("weight"), 1.0), i))
        keep = sorted(ranked[:max_edges])
        edges_dropped = len(raw_edges) - len(keep)
        raw_edges = [raw_edges[i] for i in keep]

    doc_meta = _document_meta(documents if documents is not None else graph.graph.get("documents"))
    docs: dict[str, int] = {}
    doc_order: list[str] = []

    def doc_index(doc) -> int:
        doc = str(doc)
        if doc not in docs:
            docs[doc] = len(doc_order)
            doc_order.append(doc)
        return docs[doc]

    for doc in doc_meta:  # the given order (corpus order) first
        doc_index(doc)

    type_keys = sorted({_str(graph.nodes[n].get("label")) or "ENTITY" for n in kept},
                       key=lambda t: (TYPE_ORDER.index(t) if t in TYPE_ORDER else len(TYPE_ORDER), t))
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
            record["docs"] = [doc_index(d) for d in list(doc_ids)[:MAX_DOCS]]
        nodes.append(record)

    pair_count = Counter((min(s, t), max(s, t)) for s, t, *_ in raw_edges)
    pair_seen: Counter = Counter()
    kind_keys = sorted({e[2] for e in raw_edges},
                       key=lambda k: (list(KIND_STYLES).index(k) if k in KIND_STYLES else len(KIND_STYLES), k))
    kind_index = {k: i for i, k in enumerate(kind_keys)}
    kind_counts = Counter()
    weights = []
    edges = []
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
        evidence = []
        for item in list(attrs.get("evidence") or [])[:MAX_EVIDENCE]:
            if isinstance(item, dict):
                text = _str(item.get("text"))
                if not text:
                    continue
                sentence = item.get("sentence")
                evidence.append([doc_index(item.get("doc", "")) if item.get("doc") is not None else -1,
                                 _json_number(sentence) if isinstance(sentence, (int, float)) else None, text])
            elif _str(item):
                evidence.append([-1, None, _str(item)])
        if evidence:
            record["ev"] = evidence
        edges.append(record)

    static = len(kept) > physics_threshold
    if static:
        positions = _layout(graph, kept, [(e["s"], e["t"]) for e in edges], seed)
        for record, (x, y) in zip(nodes, positions):
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
    return {
        "format": "policykg-html/1",
        "title": str(title),
        "static": static,
        "font": FONT_STACK,
        "meta": meta,
        "types": [{"key": t, "name": TYPE_NAMES.get(t, t), "colour": _hex(COLOURS.get(t, DEFAULT_COLOUR)),
                   "shape": SHAPES.get(t, "dot"), "count": type_counts[t]} for t in type_keys],
        "kinds": [{"key": k, "name": KIND_STYLES.get(k, ("", k))[1], "colour": KIND_STYLES.get(k, ("#7f8c8d",))[0],
                   "directed": k in DIRECTED, "count": kind_counts[k]} for k in kind_keys],
        "weights": _weight_steps(weights),
        "years": years,
        "docs": [_doc_record(d, doc_meta.get(d)) for d in doc_order],
        "nodes": nodes,
        "edges": edges,
    }


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


def _hex(rgb) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _json_for_script(data) -> str:
    """JSON that is safe inside <script type="application/json"> (no "</script>", no "<!--")."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escape in _JSON_ESCAPES.items():
        text = text.replace(char, escape)
    return text


def _vis_js() -> str:
    lib = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
    script = lib.read_text(encoding="utf-8")
    if "</script" in script.lower():  # pragma: no cover - the bundled file has none
        script = script.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")
    return script


# ----------------------------------------------------------------------------------------------
# layout for large graphs


def _layout(graph, kept, edges, seed, spacing=70.0):
    """Positions (rounded px) for the kept nodes: communities on shelves, each laid out by FR."""
    n = len(kept)
    community = _communities(graph, kept, edges, seed)
    members = defaultdict(list)
    for i, c in enumerate(community):
        members[c].append(i)
    groups = sorted(members.values(), key=lambda m: (-len(m), m[0]))
    local = np.zeros(n, dtype=np.int64)
    group_of = np.zeros(n, dtype=np.int64)
    for g, m in enumerate(groups):
        group_of[m] = g
        local[m] = np.arange(len(m))
    per_group_edges = defaultdict(list)
    for s, t in edges:
        if s != t and group_of[s] == group_of[t]:
            per_group_edges[group_of[s]].append((local[s], local[t]))

    boxes = []
    for g, m in enumerate(groups):
        pairs = np.array(per_group_edges.get(g, []), dtype=np.int64).reshape(-1, 2)
        pos = _fruchterman_reingold(len(m), pairs, seed + g, spacing)
        pos -= pos.min(axis=0)
        boxes.append(pos)

    # shelf packing, biggest first
    areas = sum((b[:, 0].max() + spacing) * (b[:, 1].max() + spacing) for b in boxes)
    row_width = max(max(b[:, 0].max() for b in boxes) + spacing, math.sqrt(areas) * 1.2)
    out = np.zeros((n, 2))
    x = y = row_height = 0.0
    for m, pos in zip(groups, boxes):
        w, h = pos[:, 0].max(), pos[:, 1].max()
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + spacing, 0.0
        out[m] = pos + (x, y)
        x += w + spacing
        row_height = max(row_height, h)
    out -= (out.max(axis=0) + out.min(axis=0)) / 2
    return [(round(float(px), 1), round(float(py), 1)) for px, py in out]


def _communities(graph, kept, edges, seed) -> list:
    values = [graph.nodes[node].get("community") for node in kept]
    if all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in values):
        return [int(v) for v in values]
    simple = nx.Graph()
    simple.add_nodes_from(range(len(kept)))
    simple.add_edges_from((s, t) for s, t in edges if s != t)
    found = nx.community.louvain_communities(simple, seed=seed)
    ordered = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))
    out = [0] * len(kept)
    for i, group in enumerate(ordered):
        for node in group:
            out[node] = i
    return out


def _fruchterman_reingold(n, pairs, seed, k, iterations=None):
    """Fruchterman–Reingold with repulsion limited to 2k (the grid variant), via a k-d tree."""
    from scipy.spatial import cKDTree

    if n == 1:
        return np.zeros((1, 2))
    if iterations is None:
        iterations = 80 if n <= 2000 else 50
    rng = np.random.default_rng(seed)
    side = k * math.sqrt(n)
    pos = rng.random((n, 2)) * side
    temperature = side / 6
    cooling = temperature / (iterations + 1)
    a, b = (pairs[:, 0], pairs[:, 1]) if len(pairs) else (None, None)
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        close = cKDTree(pos).query_pairs(2 * k, output_type="ndarray")
        if len(close):
            i, j = close[:, 0], close[:, 1]
            delta = pos[i] - pos[j]
            dist2 = np.maximum((delta * delta).sum(axis=1), 1e-2)
            force = delta * (k * k / dist2)[:, None]
            for axis in (0, 1):
                disp[:, axis] += np.bincount(i, force[:, axis], n) - np.bincount(j, force[:, axis], n)
        if a is not None:
            delta = pos[a] - pos[b]
            dist = np.sqrt(np.maximum((delta * delta).sum(axis=1), 1e-2))
            force = delta * (dist / k)[:, None]
            for axis in (0, 1):
                disp[:, axis] += np.bincount(b, force[:, axis], n) - np.bincount(a, force[:, axis], n)
        length = np.sqrt((disp * disp).sum(axis=1))
        pos += disp * (np.minimum(length, temperature) / np.maximum(length, 1e-9))[:, None]
        temperature -= cooling
    return pos


# ----------------------------------------------------------------------------------------------
# the page


_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="policykg">
<title>@@TITLE@@</title>
<style>
@@CSS@@
</style>
<script>
@@VIS@@
</script>
</head>
<body>
<header id="pk-header">
<h1 id="pk-heading">@@TITLE@@</h1>
<span id="pk-summary"></span>
<div id="pk-search-box">
<input id="pk-search" type="search" placeholder="搜索名称或别名 Search name / alias" autocomplete="off" aria-label="搜索 Search">
<ul id="pk-results" role="listbox"></ul>
</div>
</header>
<main>
<aside id="pk-side">
<section><h2>类型 Types</h2><div id="pk-types" class="pk-legend"></div></section>
<section><h2>关系 Relations</h2><div id="pk-kinds" class="pk-legend"></div></section>
<section><h2>最小权重 Min. weight: <output id="pk-weight-value">0</output></h2>
<input id="pk-weight" type="range" min="0" max="0" value="0" step="1" aria-label="最小权重 Minimum weight"></section>
<section id="pk-time" hidden><h2>时间 Time</h2>
<label>从 From <select id="pk-year-from"></select></label>
<label>至 To <select id="pk-year-to"></select></label>
<label class="pk-check"><input type="checkbox" id="pk-undated" checked> 含无日期条目 Undated</label></section>
<section><button id="pk-fit" type="button">适应窗口 Fit</button>
<label class="pk-check"><input type="checkbox" id="pk-physics"> 物理模拟 Physics</label></section>
<section id="pk-visible"></section>
<section id="pk-omitted" hidden></section>
</aside>
<div id="pk-network"></div>
<aside id="pk-panel"><p class="pk-hint">点击节点或连线查看详情。<br>Click a node or an edge for details.</p></aside>
</main>
<div id="pk-tip" hidden></div>
<noscript>This page needs JavaScript.</noscript>
<script type="application/json" id="pk-data">@@DATA@@</script>
<script>
@@APP@@
</script>
</body>
</html>
"""

_CSS = """* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font-family: @@FONT@@; font-size: 14px; color: #222; background: #fff; display: flex;
  flex-direction: column; height: 100vh; overflow: hidden; }
button, input, select { font: inherit; }
#pk-header { display: flex; align-items: center; gap: 12px; padding: 6px 12px; border-bottom: 1px solid #ddd;
  flex: 0 0 auto; }
#pk-heading { font-size: 18px; margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
  max-width: 40vw; }
#pk-summary { color: #666; font-size: 12px; }
#pk-search-box { margin-left: auto; position: relative; }
#pk-search { width: 280px; padding: 4px 8px; }
#pk-results { position: absolute; right: 0; top: 100%; z-index: 20; background: #fff; border: 1px solid #ccc;
  list-style: none; margin: 2px 0 0; padding: 0; max-height: 60vh; overflow: auto; min-width: 280px;
  box-shadow: 0 2px 8px rgba(0,0,0,.15); }
#pk-results:empty { display: none; }
#pk-results li { padding: 4px 8px; cursor: pointer; }
#pk-results li:hover, #pk-results li.pk-active { background: #eef3f8; }
main { flex: 1 1 auto; display: flex; min-height: 0; }
#pk-side { width: 230px; flex: 0 0 auto; overflow: auto; padding: 6px 10px; border-right: 1px solid #ddd;
  font-size: 13px; }
#pk-side h2 { font-size: 13px; margin: 10px 0 4px; }
#pk-side section { margin-bottom: 6px; }
#pk-weight { width: 100%; }
.pk-legend label, .pk-check { display: flex; align-items: center; gap: 5px; margin: 2px 0; cursor: pointer; }
.pk-legend .pk-count { margin-left: auto; color: #888; }
.pk-icon { width: 14px; height: 14px; flex: 0 0 auto; }
.pk-line { width: 18px; height: 0; border-top: 3px solid; flex: 0 0 auto; }
#pk-network { flex: 1 1 auto; position: relative; min-width: 0; background: #fcfcfc; }
#pk-panel { width: 360px; flex: 0 0 auto; overflow: auto; padding: 8px 12px; border-left: 1px solid #ddd; }
#pk-panel h2 { font-size: 17px; margin: 4px 0 8px; display: flex; align-items: center; gap: 6px;
  flex-wrap: wrap; }
#pk-panel h3 { font-size: 14px; margin: 14px 0 4px; border-bottom: 1px solid #eee; }
#pk-panel dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0; }
#pk-panel dt { color: #666; }
#pk-panel dd { margin: 0; overflow-wrap: anywhere; }
#pk-panel ul, #pk-panel ol { margin: 0; padding-left: 20px; }
#pk-panel li { margin: 3px 0; }
.pk-hint, .pk-note { color: #777; font-size: 12px; }
.pk-link { background: none; border: none; padding: 0; color: #1f5fa8; cursor: pointer; text-align: left; }
.pk-link:hover { text-decoration: underline; }
.pk-small { color: #888; font-size: 12px; }
.pk-doc { color: #555; font-size: 12px; }
.pk-sentence { margin: 2px 0 8px; line-height: 1.6; }
mark.pk-m0 { background: #fde2a8; }
mark.pk-m1 { background: #c6e5ff; }
#pk-tip { position: fixed; z-index: 30; pointer-events: none; background: rgba(30,30,30,.88); color: #fff;
  padding: 3px 7px; border-radius: 4px; font-size: 12px; max-width: 360px; }
#pk-omitted { background: #fff7e6; border: 1px solid #f5d28a; padding: 6px; font-size: 12px; }
#pk-visible { color: #555; font-size: 12px; }"""

_APP_JS = r"""(function () {
  "use strict";
  var api = window.policykg = {ready: false, timings: {}};
  function mark(name) { api.timings[name] = Math.round(performance.now()); }
  mark("script");
  var DATA = JSON.parse(document.getElementById("pk-data").textContent);
  api.data = DATA;
  var N = DATA.nodes, E = DATA.edges, DOCS = DATA.docs, TYPES = DATA.types, KINDS = DATA.kinds;
  var SVG = "http://www.w3.org/2000/svg";

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function fmt(x) {
    if (typeof x !== "number") return x;
    return Number.isInteger(x) ? x.toLocaleString("en-US") : String(Math.round(x * 1000) / 1000);
  }

  // ---- derived data
  var adj = N.map(function () { return []; });
  E.forEach(function (e, i) { adj[e.s].push(i); if (e.t !== e.s) adj[e.t].push(i); });
  function yearsOf(item) {
    var ys = [], k, y;
    if (item.by_year) {
      for (k in item.by_year) { y = parseInt(k, 10); if (y > 0 && item.by_year[k] !== 0) ys.push(y); }
    }
    if (!ys.length && (item.first || item.last)) {
      var a = parseInt(String(item.first || item.last).slice(0, 4), 10);
      var b = parseInt(String(item.last || item.first).slice(0, 4), 10);
      if (a > 0 && b >= a) for (y = a; y <= b; y++) ys.push(y);
    }
    return ys;
  }
  var nodeYears = N.map(yearsOf), edgeYears = E.map(yearsOf);
  var searchIndex = N.map(function (n) {
    return [n.name].concat(n.aliases || []).map(function (s) { return String(s).toLowerCase(); });
  });

  // ---- icons
  function icon(shape, colour) {
    var svg = document.createElementNS(SVG, "svg"), s;
    svg.setAttribute("viewBox", "0 0 20 20");
    svg.setAttribute("class", "pk-icon");
    var points = {
      triangle: "10,2 19,18 1,18", diamond: "10,1 19,10 10,19 1,10",
      hexagon: "5,2 15,2 19,10 15,18 5,18 1,10",
      star: "10,1 12.6,7 19,7.4 14,11.6 15.6,18 10,14.4 4.4,18 6,11.6 1,7.4 7.4,7"
    };
    if (shape === "square") { s = document.createElementNS(SVG, "rect"); s.setAttribute("x", "2"); s.setAttribute("y", "2"); s.setAttribute("width", "16"); s.setAttribute("height", "16"); }
    else if (points[shape]) { s = document.createElementNS(SVG, "polygon"); s.setAttribute("points", points[shape]); }
    else { s = document.createElementNS(SVG, "circle"); s.setAttribute("cx", "10"); s.setAttribute("cy", "10"); s.setAttribute("r", "8"); }
    s.setAttribute("fill", colour);
    s.setAttribute("stroke", "#555");
    s.setAttribute("stroke-width", "0.6");
    svg.appendChild(s);
    return svg;
  }

  // ---- the network
  var big = !!DATA.static;
  var groups = {};
  TYPES.forEach(function (t, i) {
    groups["t" + i] = {shape: t.shape, color: {background: t.colour, border: "#444",
      highlight: {background: t.colour, border: "#000"}, hover: {background: t.colour, border: "#000"}}};
  });
  var nodesDS = new vis.DataSet(N.map(function (n, i) {
    var o = {id: i, label: n.name, group: "t" + n.type, size: n.size};
    if (big) { o.x = n.x; o.y = n.y; }
    return o;
  }));
  var edgesDS = new vis.DataSet(E.map(function (e, i) {
    var o = {id: i, from: e.s, to: e.t, width: e.w}, k = KINDS[e.k];
    if (k.key !== "CO_OCCURS") o.color = {color: k.colour, highlight: k.colour, hover: k.colour, opacity: 0.9};
    if (k.directed) o.arrows = "to";
    if (e.curve) o.smooth = {enabled: true, type: "curvedCW", roundness: e.curve};
    return o;
  }));
  var options = {
    autoResize: true,
    groups: groups,
    layout: {improvedLayout: false, randomSeed: 7},
    nodes: {borderWidth: 1, font: {face: DATA.font, size: 14, color: "#222", strokeWidth: big ? 0 : 3, strokeColor: "#ffffff"},
            scaling: {label: {drawThreshold: big ? 7 : 5}}},
    edges: {smooth: false, selectionWidth: 2, hoverWidth: 1,
            color: {color: "#b6bec7", highlight: "#e67e22", hover: "#e67e22", opacity: 0.75},
            arrows: {to: {scaleFactor: 0.6}}},
    interaction: {hover: !big, hideEdgesOnDrag: big, hideEdgesOnZoom: big, keyboard: false, multiselect: false,
                  tooltipDelay: 300},
    physics: big ? {enabled: false} : {
      enabled: true, solver: "forceAtlas2Based",
      forceAtlas2Based: {gravitationalConstant: -80, centralGravity: 0.02, springLength: 90, springConstant: 0.06,
                         damping: 0.5, avoidOverlap: 0.6},
      minVelocity: 1, stabilization: {enabled: true, iterations: 300, updateInterval: 50, fit: true}
    }
  };
  var container = $("pk-network");
  var network = new vis.Network(container, {}, options);
  api.network = network; api.nodes = nodesDS; api.edges = edgesDS;

  function markReady() {
    if (api.ready) return;
    mark("ready");
    api.ready = true;
    document.documentElement.setAttribute("data-ready", "1");
  }
  var physicsBox = $("pk-physics");
  if (big) {
    physicsBox.disabled = true;
    physicsBox.parentNode.title = "Layout precomputed for a large graph";
    network.once("afterDrawing", function () { mark("firstDraw"); markReady(); });
  } else {
    physicsBox.checked = true;
    network.once("stabilizationIterationsDone", function () {
      mark("stabilized");
      network.setOptions({physics: {enabled: false}});
      physicsBox.checked = false;
      network.fit({animation: false});
      network.once("afterDrawing", function () { mark("firstDraw"); markReady(); });
      network.redraw();
    });
  }
  physicsBox.addEventListener("change", function () { network.setOptions({physics: {enabled: physicsBox.checked}}); });
  network.setData({nodes: nodesDS, edges: edgesDS});
  mark("data");
  if (big) network.fit({animation: false});
  if (!N.length) markReady();

  // ---- summary and notes
  var meta = DATA.meta;
  $("pk-summary").textContent = fmt(meta.shown_nodes) + " 个节点 nodes · " + fmt(meta.shown_edges) + " 条连线 edges" +
    (big ? " · 布局已预计算 precomputed layout" : "");
  if (meta.omitted_nodes || meta.omitted_edges) {
    var om = $("pk-omitted");
    om.hidden = false;
    om.appendChild(el("strong", null, "未显示 Not shown"));
    om.appendChild(el("p", null, "共 " + fmt(meta.total_nodes) + " 个节点、" + fmt(meta.total_edges) + " 条连线；显示 " +
      fmt(meta.shown_nodes) + " 个节点、" + fmt(meta.shown_edges) + " 条连线。"));
    if (meta.omitted_nodes) {
      om.appendChild(el("p", null, "省略了 " + fmt(meta.omitted_nodes) + " 个重要性（PageRank、提及次数）较低的节点" +
        "（上限 max_nodes = " + fmt(meta.max_nodes) + "）：" +
        meta.omitted_by_type.map(function (t) { return t[0] + " " + fmt(t[2]); }).join("、") + "。"));
      if (meta.omitted_top.length) om.appendChild(el("p", null, "例如 e.g.: " + meta.omitted_top.join("、")));
    }
    if (meta.edges_over_cap) om.appendChild(el("p", null, "另有 " + fmt(meta.edges_over_cap) +
      " 条权重较低的连线超出上限 max_edges = " + fmt(meta.max_edges) + "。"));
  }

  // ---- legend and filters
  var typeOn = TYPES.map(function () { return true; });
  var kindOn = KINDS.map(function () { return true; });
  function legend(box, items, flags, iconFor) {
    items.forEach(function (item, i) {
      var label = el("label");
      var box2 = document.createElement("input");
      box2.type = "checkbox"; box2.checked = true;
      box2.setAttribute("data-key", String(item.key));
      box2.addEventListener("change", function () { flags[i] = box2.checked; applyFilters(); });
      label.appendChild(box2);
      label.appendChild(iconFor(item));
      label.appendChild(el("span", null, item.name + (item.name !== item.key ? " " + item.key : "")));
      label.appendChild(el("span", "pk-count", fmt(item.count)));
      box.appendChild(label);
    });
  }
  legend($("pk-types"), TYPES, typeOn, function (t) { return icon(t.shape, t.colour); });
  legend($("pk-kinds"), KINDS, kindOn, function (k) {
    var line = el("span", "pk-line"); line.style.borderTopColor = k.colour; return line;
  });

  var W = DATA.weights, slider = $("pk-weight");
  slider.max = String(Math.max(0, W.length - 1));
  $("pk-weight-value").textContent = fmt(W[0]);
  slider.addEventListener("input", function () { $("pk-weight-value").textContent = fmt(W[+slider.value]); applyFilters(); });

  var YEARS = DATA.years, yFrom = $("pk-year-from"), yTo = $("pk-year-to"), undated = $("pk-undated");
  if (YEARS.length) {
    $("pk-time").hidden = false;
    YEARS.forEach(function (y) {
      var a = el("option", null, y), b = el("option", null, y);
      a.value = b.value = String(y);
      yFrom.appendChild(a); yTo.appendChild(b);
    });
    yFrom.value = String(YEARS[0]); yTo.value = String(YEARS[YEARS.length - 1]);
    [yFrom, yTo, undated].forEach(function (c) { c.addEventListener("change", applyFilters); });
  }
  function timeFilter() {
    if (!YEARS.length) return null;
    var a = +yFrom.value, b = +yTo.value;
    if (a > b) { var c = a; a = b; b = c; }
    return {from: a, to: b, full: a <= YEARS[0] && b >= YEARS[YEARS.length - 1], undated: undated.checked};
  }
  function timeOk(ys, tf) {
    if (!tf) return true;
    if (!ys.length) return tf.undated;
    if (tf.full) return true;
    for (var i = 0; i < ys.length; i++) if (ys[i] >= tf.from && ys[i] <= tf.to) return true;
    return false;
  }
  var nodeOn = new Uint8Array(N.length).fill(1), edgeOn = new Uint8Array(E.length).fill(1);
  function applyFilters() {
    var minW = W[+slider.value] || 0, tf = timeFilter(), nu = [], eu = [], i, v;
    for (i = 0; i < N.length; i++) {
      v = typeOn[N[i].type] && timeOk(nodeYears[i], tf) ? 1 : 0;
      if (v !== nodeOn[i]) { nodeOn[i] = v; nu.push({id: i, hidden: !v}); }
    }
    for (i = 0; i < E.length; i++) {
      var e = E[i];
      v = kindOn[e.k] && (e.weight === null || e.weight >= minW) && nodeOn[e.s] && nodeOn[e.t] && timeOk(edgeYears[i], tf) ? 1 : 0;
      if (v !== edgeOn[i]) { edgeOn[i] = v; eu.push({id: i, hidden: !v}); }
    }
    if (nu.length) nodesDS.update(nu);
    if (eu.length) edgesDS.update(eu);
    showCounts();
  }
  function count(arr) { var c = 0; for (var i = 0; i < arr.length; i++) c += arr[i]; return c; }
  function showCounts() {
    $("pk-visible").textContent = "可见 Visible: " + fmt(count(nodeOn)) + " / " + fmt(N.length) + " 节点 nodes, " +
      fmt(count(edgeOn)) + " / " + fmt(E.length) + " 连线 edges";
  }
  showCounts();
  api.visibleNodeCount = function () { return count(nodeOn); };
  api.visibleEdgeCount = function () { return count(edgeOn); };
  api.isNodeVisible = function (i) { return !!nodeOn[i]; };
  api.applyFilters = applyFilters;
  $("pk-fit").addEventListener("click", function () { network.fit({animation: false}); });

  // ---- side panel
  var panel = $("pk-panel");
  function field(dl, label, value) {
    if (value === undefined || value === null || value === "") return;
    dl.appendChild(el("dt", null, label));
    var dd = el("dd");
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(fmt(value));
    dl.appendChild(dd);
  }
  function span(a, b) { return a || b ? (a || "?") + (b && b !== a ? " – " + b : "") : null; }
  function yearsText(by) {
    if (!by) return null;
    var keys = Object.keys(by).sort();
    return keys.length ? keys.map(function (k) { return k + ": " + fmt(by[k]); }).join(", ") : null;
  }
  function nodeLink(i) {
    var b = el("button", "pk-link", N[i].name);
    b.type = "button";
    b.addEventListener("click", function () { focusNode(i); });
    return b;
  }
  function edgeLink(ei, text) {
    var b = el("button", "pk-link", text);
    b.type = "button";
    b.addEventListener("click", function () { focusEdge(ei); });
    return b;
  }
  function docName(di) {
    var d = DOCS[di];
    if (!d) return "";
    return d.title ? d.title : d.id;
  }
  function docLine(di) {
    var d = DOCS[di], line = el("span", "pk-doc");
    if (!d) return line;
    line.textContent = docName(di) + (d.date ? " · " + d.date : "") + (d.source ? " · " + d.source : "") +
      (d.title ? " · " + d.id : "");
    return line;
  }
  function section(title, items, render, note) {
    if (!items.length) return;
    panel.appendChild(el("h3", null, title));
    var list = el("ul");
    items.forEach(function (item) { var li = el("li"); render(li, item); list.appendChild(li); });
    panel.appendChild(list);
    if (note) panel.appendChild(el("p", "pk-note", note));
  }
  function heading(children) {
    var h = el("h2");
    children.forEach(function (c) { h.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    panel.appendChild(h);
  }
  function hiddenNote(visible) {
    if (!visible) panel.appendChild(el("p", "pk-note", "（当前被筛选隐藏 Hidden by the current filters）"));
  }

  function showNode(i) {
    var n = N[i], t = TYPES[n.type];
    clear(panel);
    panel.setAttribute("data-show", "node");
    heading([icon(t.shape, t.colour), el("span", "pk-name", n.name)]);
    hiddenNote(nodeOn[i]);
    var dl = el("dl");
    field(dl, "类型 Type", t.name + (t.name !== t.key ? " " + t.key : ""));
    if (n.aliases && n.aliases.length) field(dl, "别名 Aliases", n.aliases.join("、"));
    field(dl, "身份 Role", n.role);
    field(dl, "所指 Stands for", n.descriptor);
    if (n.parts && n.parts.length) field(dl, "组成 Parts", n.parts.join("；"));
    field(dl, "释义 Definition", n.definition);
    field(dl, "提及 Mentions", n.mentions);
    field(dl, "文档 Documents", n.ndocs);
    field(dl, "时间 Seen", span(n.first, n.last));
    field(dl, "按年 By year", yearsText(n.by_year));
    field(dl, "PageRank", n.pagerank);
    field(dl, "社区 Community", n.community);
    panel.appendChild(dl);

    var holds = [], heldBy = [], other = [], nb = {};
    adj[i].forEach(function (ei) {
      var e = E[ei], key = KINDS[e.k].key, j = e.s === i ? e.t : e.s;
      if (key === "HOLDS") { (e.s === i ? holds : heldBy).push(ei); }
      else if (key !== "CO_OCCURS") other.push(ei);
      var agg = nb[j] || (nb[j] = {j: j, w: 0, best: ei});
      agg.w += e.weight || 0;
      if ((e.weight || 0) > (E[agg.best].weight || 0)) agg.best = ei;
    });
    function byWeight(a, b) { return (E[b].weight || 0) - (E[a].weight || 0) || a - b; }
    holds.sort(byWeight); heldBy.sort(byWeight); other.sort(byWeight);
    function relation(li, ei) {
      var e = E[ei], j = e.s === i ? e.t : e.s;
      if (KINDS[e.k].key !== "HOLDS") li.appendChild(el("span", "pk-small", KINDS[e.k].name + (e.s === i ? " → " : " ← ")));
      li.appendChild(nodeLink(j));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(edgeLink(ei, "证据 ×" + fmt(e.count !== undefined ? e.count : e.weight)));
    }
    function more(list) { return list.length > 20 ? "共 " + fmt(list.length) + " 条 (20 shown)" : null; }
    section("职务 Positions held", holds.slice(0, 20), relation, more(holds));
    section("任职者 Held by", heldBy.slice(0, 20), relation, more(heldBy));
    section("其他关系 Relations", other.slice(0, 20), relation, more(other));
    var top = Object.keys(nb).map(function (k) { return nb[k]; });
    top.sort(function (a, b) { return b.w - a.w || N[b.j].mentions - N[a.j].mentions || a.j - b.j; });
    section("主要关联 Top neighbours", top.slice(0, 15), function (li, item) {
      li.appendChild(nodeLink(item.j));
      li.appendChild(el("span", "pk-small", " " + TYPES[N[item.j].type].name + " · 权重 " + fmt(item.w) + " "));
      li.appendChild(edgeLink(item.best, "证据"));
    }, top.length > 15 ? "共 " + top.length + " 个邻居 neighbours" : null);
    section("文档 Documents", n.docs || [], function (li, di) { li.appendChild(docLine(di)); },
      n.ndocs && n.docs && n.ndocs > n.docs.length ? "仅列出前 " + n.docs.length + " 篇 (of " + fmt(n.ndocs) + ")" : null);
  }

  function terms(n) {
    return [n.name].concat(n.aliases || []).filter(function (s) { return s && String(s).length; });
  }
  function highlight(text, groupsOfTerms) {
    var found = [];
    groupsOfTerms.forEach(function (ts, g) {
      ts.forEach(function (term) {
        var from = 0, p;
        while ((p = text.indexOf(term, from)) !== -1) { found.push([p, p + term.length, g]); from = p + 1; }
      });
    });
    found.sort(function (a, b) { return a[0] - b[0] || (b[1] - b[0]) - (a[1] - a[0]) || a[2] - b[2]; });
    var out = document.createDocumentFragment(), pos = 0;
    found.forEach(function (f) {
      if (f[0] < pos) return;
      if (f[0] > pos) out.appendChild(document.createTextNode(text.slice(pos, f[0])));
      out.appendChild(el("mark", "pk-m" + f[2], text.slice(f[0], f[1])));
      pos = f[1];
    });
    if (pos < text.length) out.appendChild(document.createTextNode(text.slice(pos)));
    return out;
  }
  function showEdge(ei) {
    var e = E[ei], k = KINDS[e.k], a = N[e.s], b = N[e.t];
    clear(panel);
    panel.setAttribute("data-show", "edge");
    var m0 = el("mark", "pk-m0"), m1 = el("mark", "pk-m1");
    m0.appendChild(nodeLink(e.s)); m1.appendChild(nodeLink(e.t));
    heading([m0, k.directed ? " → " : " — ", m1]);
    hiddenNote(edgeOn[ei]);
    var dl = el("dl");
    field(dl, "关系 Relation", k.name + (k.name !== k.key ? " " + k.key : ""));
    field(dl, "权重 Weight", e.weight);
    field(dl, "次数 Count", e.count);
    field(dl, "文档 Documents", e.ndocs);
    field(dl, "NPMI", e.npmi);
    field(dl, "时间 Seen", span(e.first, e.last));
    field(dl, "按年 By year", yearsText(e.by_year));
    field(dl, "说明 Note", e.note);
    panel.appendChild(dl);
    var ev = e.ev || [];
    panel.appendChild(el("h3", null, "证据 Evidence (" + ev.length + (e.count > ev.length ? " / " + fmt(e.count) : "") + ")"));
    if (!ev.length) panel.appendChild(el("p", "pk-note", "没有证据句 No evidence sentences."));
    var list = el("ol", "pk-evidence"), hl = [terms(a), terms(b)];
    ev.forEach(function (item) {
      var li = el("li");
      var doc = docLine(item[0]);
      if (item[1] !== null && item[1] !== undefined) doc.appendChild(document.createTextNode(" · 句 sentence " + item[1]));
      li.appendChild(doc);
      var p = el("p", "pk-sentence");
      p.appendChild(highlight(String(item[2]), hl));
      li.appendChild(p);
      list.appendChild(li);
    });
    panel.appendChild(list);
  }
  function clearPanel() {
    clear(panel);
    panel.removeAttribute("data-show");
    panel.appendChild(el("p", "pk-hint", "点击节点或连线查看详情。Click a node or an edge for details."));
  }
  function focusNode(i) {
    network.selectNodes([i], true);
    network.focus(i, {scale: Math.max(network.getScale(), big ? 1.2 : 1.0), animation: false});
    showNode(i);
  }
  function focusEdge(ei) {
    network.setSelection({nodes: [], edges: [ei]}, {unselectAll: true, highlightEdges: false});
    showEdge(ei);
  }
  api.showNode = showNode; api.showEdge = showEdge; api.focusNode = focusNode; api.focusEdge = focusEdge;

  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
    else clearPanel();
  });

  // ---- hover tip (small graphs)
  var tip = $("pk-tip");
  function showTip(p, text) {
    tip.textContent = text;
    var r = container.getBoundingClientRect();
    tip.style.left = (r.left + p.pointer.DOM.x + 14) + "px";
    tip.style.top = (r.top + p.pointer.DOM.y + 14) + "px";
    tip.hidden = false;
  }
  network.on("hoverNode", function (p) {
    var n = N[p.node];
    showTip(p, n.name + " · " + TYPES[n.type].name + (n.mentions !== undefined ? " · 提及 " + fmt(n.mentions) : ""));
  });
  network.on("hoverEdge", function (p) {
    var e = E[p.edge], k = KINDS[e.k];
    showTip(p, N[e.s].name + (k.directed ? " → " : " — ") + N[e.t].name + " · " + k.name + " · 权重 " + fmt(e.weight));
  });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (ev) { network.on(ev, function () { tip.hidden = true; }); });

  // ---- search
  var search = $("pk-search"), results = $("pk-results"), hits = [];
  function find(q) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    var ranked = [];
    for (var i = 0; i < N.length; i++) {
      var names = searchIndex[i], best = 9;
      for (var j = 0; j < names.length; j++) {
        var s = names[j], r = s === q ? 0 : s.indexOf(q) === 0 ? 1 : s.indexOf(q) > 0 ? 2 : 9;
        if (r < best) best = r + (j ? 0.5 : 0);
      }
      if (best < 9) ranked.push([best, -(N[i].mentions || 0), i]);
    }
    ranked.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    return ranked.slice(0, 30).map(function (r) { return r[2]; });
  }
  function renderResults() {
    clear(results);
    hits.forEach(function (i, rank) {
      var li = el("li");
      li.setAttribute("role", "option");
      if (!rank) li.className = "pk-active";
      li.appendChild(el("span", null, N[i].name));
      var q = search.value.trim().toLowerCase();
      var alias = (N[i].aliases || []).filter(function (a) { return String(a).toLowerCase().indexOf(q) >= 0; })[0];
      li.appendChild(el("span", "pk-small", " " + TYPES[N[i].type].name + (alias && N[i].name.toLowerCase().indexOf(q) < 0 ? " · 别名 " + alias : "")));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(i); });
      results.appendChild(li);
    });
  }
  function choose(i) { hits = []; clear(results); focusNode(i); }
  search.addEventListener("input", function () { hits = find(search.value); renderResults(); });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { hits = find(search.value); if (hits.length) choose(hits[0]); ev.preventDefault(); }
    else if (ev.key === "Escape") { hits = []; clear(results); }
  });
  search.addEventListener("blur", function () { hits = []; clear(results); });
  api.search = find;
})();
"""
