"""The HTML explorer: static checks of the file and its data, then the seeds page in a real headless
Chromium (Debian's, via Playwright; tests/export/browser.py). The 28-report build is tested in
test_html_corpus.py.

Browser tests are marked `browser` and skip when /usr/bin/chromium or Playwright is missing. One browser
per module; every page blocks and records all requests that are not file: URLs. Screenshots go to
tests/output/html/.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import networkx as nx
import numpy as np
import pytest

import policykg
from policykg.export.html import page_data, render_html, show, write_html
from policykg.graph.schema import CONCORDANCE

from browser import OUTPUT, ROOT, Tab


# ----------------------------------------------------------------------------------------------
# graphs


@pytest.fixture(scope="module")
def seeds_kg():
    return policykg.build([ROOT / "seeds"])


@pytest.fixture(scope="module")
def seeds_page(seeds_kg) -> Path:
    path = OUTPUT / "seeds.html"
    write_html(seeds_kg.graph, path, title="policykg seeds 种子语料", documents=seeds_kg.documents_list)
    return path


def data_block(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="pk-data">(.*?)</script>', page, flags=re.S)
    assert match
    return json.loads(match.group(1))


PAYLOADS = [
    '<img src=x onerror="window.__pwned=1;alert(1)">',
    '</script><script>window.__pwned=2;alert(2)</script>',
    'javascript:window.__pwned=3;alert(3)',
    '<a href="javascript:window.__pwned=4;alert(4)">点我 href</a>',
    '" onmouseover="window.__pwned=5" x="',
    "'><svg onload=window.__pwned=6;alert(6)>",
    '<!-- <script>window.__pwned=7</script>',
    '\u2028\u2029<iframe srcdoc="<script>parent.__pwned=8</script>">',
    '{{7*7}} ${alert(9)} @@DATA@@ @@TITLE@@',
    '<style>*{display:none}</style><b>粗体</b> &amp; &lt;',
]
EVIL_TITLE = '<script>window.__pwned="title";alert("title")</script> href="javascript:alert(1)"'


def xss_graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    ids = []
    for i, payload in enumerate(PAYLOADS):
        label = ("PERSON", "ORG", "SLOGAN", "POSITION")[i % 4] if i != 5 else '<img src=x onerror="window.__pwned=10">'
        node = f"{label}:{payload}"
        ids.append(node)
        graph.add_node(node, label=label, name=payload, aliases=[f"alias {payload}", "href=" + payload],
                       mentions=i + 1, documents=1, doc_ids=[f"<img src=x onerror=window.__pwned=11>{i}.txt"],
                       role=payload, descriptor=payload, definition=payload, parts=[payload],
                       first_seen="2024-01-01", last_seen="2025-01-01", by_year={"2024": 1, payload: 2},
                       community=0, pagerank=0.1)
    for i in range(len(ids)):
        u, v = ids[i], ids[(i + 1) % len(ids)]
        kind = "HOLDS" if i % 3 == 0 else "CO_OCCURS"
        graph.add_edge(u, v, key=kind, kind=kind, weight=float(i + 1), count=i + 1, note=PAYLOADS[i],
                       first_seen="2024-02-02", last_seen=PAYLOADS[i],
                       evidence=[{"doc": f"{PAYLOADS[i]}.txt", "sentence": i, "start": 0, "end": 10,
                                  "text": f"{graph.nodes[u]['name']}和{graph.nodes[v]['name']} {PAYLOADS[i]}"}])
    return graph


def big_graph(n=1200, m=3600, seed=3) -> nx.MultiDiGraph:
    """Above the physics threshold; no `community` attribute, so Louvain runs."""
    simple = nx.gnm_random_graph(n, m, seed=seed)
    graph = nx.MultiDiGraph()
    for i in simple.nodes:
        graph.add_node(f"ORG:机构{i}", label="ORG", name=f"机构{i}", mentions=1 + i % 17, pagerank=(i % 101) / 1e4)
    for u, v in simple.edges:
        a, b = sorted((f"ORG:机构{u}", f"ORG:机构{v}"))
        graph.add_edge(a, b, key="CO_OCCURS", kind="CO_OCCURS", weight=1.0 + (u + v) % 5, count=1)
    return graph


# ----------------------------------------------------------------------------------------------
# the file, without a browser


def test_page_is_self_contained_utf8(seeds_page):
    raw = seeds_page.read_bytes()
    page = raw.decode("utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert "袁家军" in page  # Chinese stays readable, not \\u escapes
    live = re.sub(r"<!--.*?-->", "", page, flags=re.S)
    tags = re.findall(r"<(?:script|link|img|iframe|object|embed)\b[^>]*>", live, flags=re.I)
    assert tags
    for tag in tags:
        assert not re.search(r"\b(?:src|href|data)\s*=", tag, flags=re.I), tag
    assert not re.search(r"<link\b", live, flags=re.I)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", live, flags=re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(?:https?:)?//", live, flags=re.I)
    assert "bootstrap" not in page.lower() and "cdnjs" not in page and "jsdelivr" not in page
    assert "WenQuanYi Micro Hei" in page and "Noto Sans CJK SC" in page


def test_same_graph_gives_identical_bytes(seeds_kg, tmp_path):
    graph = seeds_kg.graph
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    write_html(graph, first, title="t")
    write_html(graph, second, title="t")
    assert first.read_bytes() == second.read_bytes()
    shuffled = nx.MultiDiGraph()  # same graph, built in another order
    shuffled.graph.update(graph.graph)
    shuffled.add_nodes_from(reversed(list(graph.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(graph.edges(keys=True, data=True))))
    assert render_html(shuffled, "t") == first.read_text(encoding="utf-8")


def test_layout_keeps_nodes_and_communities_apart_and_gathers_isolated_nodes():
    graph = big_graph()
    for i in range(40):  # nodes without edges
        graph.add_node(f"SLOGAN:孤{i}", label="SLOGAN", name=f"孤{i}", mentions=1)
    data = page_data(graph)
    nodes = data["nodes"]
    xy = np.array([(n["x"], n["y"]) for n in nodes])
    radius = np.array([n["size"] for n in nodes])
    gap = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1)) - radius[:, None] - radius[None, :]
    np.fill_diagonal(gap, np.inf)
    assert gap.min() > 0  # no two nodes overlap
    linked = {i for e in data["edges"] for i in (e["s"], e["t"])}
    alone = [i for i in range(len(nodes)) if i not in linked]
    assert {nodes[i]["name"] for i in alone} >= {f"孤{i}" for i in range(40)}
    assert xy[alone, 1].min() > xy[sorted(linked), 1].max()  # gathered below
    centre, extent = {}, {}
    for g in {n["group"] for n in nodes if nodes.index(n) in linked}:
        members = [i for i in linked if nodes[i]["group"] == g]
        centre[g] = xy[members].mean(axis=0)
        extent[g] = max(np.hypot(*(xy[i] - centre[g])) for i in members)
    groups = sorted(centre)
    assert len(groups) > 3
    for a in groups:  # each community inside a disc that no other community's disc overlaps
        for b in groups:
            if a < b:
                assert np.hypot(*(centre[a] - centre[b])) > extent[a] + extent[b]
    assert render_html(graph) == render_html(graph)  # deterministic


def test_a_node_alone_in_its_community_joins_its_strongest_neighbour():
    graph = nx.MultiDiGraph()
    for name, community in (("四链融合", 0), ("创新链", 1), ("产业链", 2), ("重庆", 0), ("袁家军", 0)):
        graph.add_node(f"SLOGAN:{name}", label="SLOGAN", name=name, mentions=3, community=community)
    for part in ("创新链", "产业链"):
        graph.add_edge("SLOGAN:四链融合", f"SLOGAN:{part}", key="DEFINES", kind="DEFINES", weight=1.0)
    graph.add_edge("SLOGAN:四链融合", "SLOGAN:重庆", key="CO_OCCURS", kind="CO_OCCURS", weight=2.0)
    graph.add_edge("SLOGAN:四链融合", "SLOGAN:袁家军", key="CO_OCCURS", kind="CO_OCCURS", weight=2.0)
    data = page_data(graph)
    assert len({n["group"] for n in data["nodes"]}) == 1  # the parts are drawn with their formulation
    assert data["groups"][0]["size"] == 5


def test_max_nodes_keeps_the_most_important_with_their_relations_and_says_what_was_left_out():
    graph = big_graph(300, 900)
    data = page_data(graph, max_nodes=100, max_edges=50)
    meta = data["meta"]
    by_pagerank = sorted(graph.nodes, key=lambda n: (-graph.nodes[n]["pagerank"], n))
    by_mentions = sorted(graph.nodes, key=lambda n: (-graph.nodes[n]["mentions"], n))
    order = list(dict.fromkeys(n for pair in zip(by_pagerank, by_mentions) for n in pair))
    assert {n["id"] for n in data["nodes"]} == set(order[:100])  # the best of each ranking in turn
    assert meta["shown_nodes"] == 100 and meta["omitted_nodes"] == 200 and meta["total_nodes"] == 300
    assert meta["omitted_by_type"] == [["机构", "ORG", 200]]
    assert meta["omitted_top"][0] == graph.nodes[order[100]]["name"]
    assert len(data["edges"]) <= 50 and meta["shown_edges"] == len(data["edges"])
    assert meta["omitted_edges"] == graph.number_of_edges() - len(data["edges"])
    kept = set(order[:100])
    between = sorted((d["weight"] for u, v, d in graph.edges(data=True) if u in kept and v in kept), reverse=True)
    assert len(between) > 50 and meta["edges_over_cap"] == len(between) - 50
    assert sorted((e["weight"] for e in data["edges"]), reverse=True) == between[:50]  # the heaviest are kept


def test_max_nodes_keeps_the_parts_of_a_formulation(seeds_kg):
    data = page_data(seeds_kg.graph, max_nodes=40)
    names = {n["name"] for n in data["nodes"]}
    kinds = [k["key"] for k in data["kinds"]]
    assert "33618" in names and {"DEFINES", "HOLDS"} <= set(kinds)
    parts = seeds_kg.graph.nodes["SLOGAN:33618"]["parts"]
    assert set(parts) <= names  # a formulation comes with its decoded parts


def test_concordance_sentences_are_in_the_page(seeds_kg):
    data = page_data(seeds_kg.graph, documents=seeds_kg.documents_list)
    sentences, nodes = data["sentences"], {n["name"]: n for n in data["nodes"]}
    code = nodes["33618"]
    assert len(code["ctx"]) == len(seeds_kg.graph.graph[CONCORDANCE]["SLOGAN:33618"]) <= code["mentions"]
    for number in code["ctx"]:
        doc, sentence, text = sentences[number]
        assert "33618" in text and data["docs"][doc]["date"]
    with_context = [n for n in data["nodes"] if n.get("ctx")]
    found = sum(any(term in sentences[s][2] for term in [n["name"], *n.get("aliases", [])]) for n in with_context
                for s in n["ctx"])
    assert found >= 0.95 * sum(len(n["ctx"]) for n in with_context)  # the entity is in its sentences
    assert all(not d.get("source", "").startswith("/") for d in data["docs"])  # no file paths, ids are relative


def test_input_strings_never_reach_the_markup_raw():
    graph = xss_graph()
    page = render_html(graph, EVIL_TITLE)
    data = data_block(page)
    assert {n["name"] for n in data["nodes"]} == set(PAYLOADS)  # intact after the round trip
    assert data["title"] == EVIL_TITLE
    outside_data = page.replace(re.search(r'id="pk-data">.*?</script>', page, flags=re.S).group(0), "")
    for payload in PAYLOADS + [EVIL_TITLE]:
        assert payload not in outside_data
    assert f"<title>{html.escape(EVIL_TITLE)}</title>" in page
    assert "<img" not in page and "<iframe" not in page and "\u2028" not in page
    assert page.count("</script>") == 3  # vis-network, the data block, the app


def test_odd_graphs_render():
    assert data_block(render_html(nx.MultiDiGraph()))["nodes"] == []
    graph = nx.MultiDiGraph()  # integer ids, no attributes, JSON-encoded lists as read back from GraphML
    graph.add_node(1)
    graph.add_node(2, label="PERSON", name="张三", aliases='["张三丰"]', by_year='{"2024": 2}', mentions=float("nan"))
    graph.add_edge(1, 2, key="X", weight=float("inf"), evidence='[{"doc": "d", "text": "张三"}]')
    data = data_block(render_html(graph))
    assert [n["name"] for n in data["nodes"]] == ["1", "张三"]
    assert data["nodes"][1]["aliases"] == ["张三丰"] and data["nodes"][1]["mentions"] == 0  # NaN
    assert data["edges"][0]["ev"] == [0] and data["sentences"] == [[0, None, "张三"]] and data["years"] == [2024]


def test_notebook_helper_is_an_iframe_of_the_same_page(seeds_kg):
    pytest.importorskip("IPython")
    frame = show(seeds_kg.graph, height=500, title="笔记本")
    text = frame.data
    assert text.startswith('<div class="policykg-frame"><iframe srcdoc="') and "height: 500px" in text and 'sandbox="allow-scripts"' in text
    srcdoc = html.unescape(re.search(r'srcdoc="([^"]*)"', text).group(1))
    assert srcdoc == render_html(seeds_kg.graph, "笔记本")


def test_write_html_via_the_api_signature(seeds_kg, tmp_path):
    written = policykg.export.write_outputs(seeds_kg.graph, seeds_kg.documents_list, tmp_path, formats=["html"],
                                         title="API")
    assert written == [tmp_path / "graph.html"]
    assert data_block((tmp_path / "graph.html").read_text(encoding="utf-8"))["meta"]["shown_nodes"] == \
        seeds_kg.graph.number_of_nodes()
    assert not list(tmp_path.glob(".*.tmp"))


# ----------------------------------------------------------------------------------------------
# the browser


@pytest.fixture
def tab(browser, seeds_page):
    opened = Tab(browser, seeds_page)
    yield opened
    opened.close()


def center(box: dict) -> tuple[float, float]:
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def node_index(tab: Tab, node_id: str) -> int:
    return tab.js("id => policykg.data.nodes.findIndex(n => n.id === id)", node_id)


def linked_nodes(graph: nx.MultiDiGraph) -> int:
    return len({n for u, v in graph.edges() for n in (u, v)})


@pytest.mark.browser
def test_seeds_page_loads_offline_with_cjk_glyphs_and_readable_labels(tab, seeds_kg):
    graph = seeds_kg.graph
    assert tab.js("policykg.nodes.length") == graph.number_of_nodes()
    assert tab.js("policykg.edges.length") == graph.number_of_edges()
    assert tab.js("policykg.visibleNodeCount()") == linked_nodes(graph)  # nodes without edges are hidden
    assert tab.js("document.title") == "policykg seeds 种子语料"
    labels = tab.js("policykg.labels()")
    assert len([label for label in labels if label["size"] >= 10]) >= 30
    tab.screenshot("seeds.png")
    # CJK glyphs, not boxes: in the page's own font stack, 袁 家 军 each leave ink and all differ
    # (missing glyphs would all be the same .notdef box), and they are as wide as a CJK glyph.
    glyphs = tab.js("""() => {
        const canvas = document.createElement('canvas'); canvas.width = 48; canvas.height = 48;
        const ctx = canvas.getContext('2d', {willReadFrequently: true});
        const font = '40px ' + policykg.data.font;
        const shot = ch => { ctx.clearRect(0, 0, 48, 48); ctx.font = font; ctx.fillStyle = '#000';
                             ctx.fillText(ch, 2, 40); const d = ctx.getImageData(0, 0, 48, 48).data;
                             let ink = 0, sig = ''; for (let i = 3; i < d.length; i += 4) { ink += d[i] > 0; sig += d[i] > 127 ? '1' : '0'; }
                             return {ink, sig, width: ctx.measureText(ch).width}; };
        return ['袁', '家', '军', '\\u{E0100}\\u{10FFFD}'].map(shot); }""")
    yuan, jia, jun, missing = glyphs
    assert all(g["ink"] > 40 for g in (yuan, jia, jun))
    assert len({yuan["sig"], jia["sig"], jun["sig"]}) == 3
    assert missing["sig"] not in {yuan["sig"], jia["sig"], jun["sig"]}
    assert all(abs(g["width"] - 40) < 4 for g in (yuan, jia, jun))
    assert tab.requests == [] and tab.errors == [] and tab.dialogs == []


@pytest.mark.browser
def test_clicking_an_edge_shows_its_evidence(tab, seeds_kg):
    # a point on an edge with evidence, the only edge between its two nodes, where the real mouse hits that edge and
    # no node (the points around it too: the mouse lands on whole pixels)
    target = tab.js("""() => {
        const net = policykg.network, E = policykg.data.edges;
        const box = document.getElementById('pk-network').getBoundingClientRect();
        const pairs = {};
        E.forEach(e => { const k = Math.min(e.s, e.t) + ':' + Math.max(e.s, e.t); pairs[k] = (pairs[k] || 0) + 1; });
        const alone = i => pairs[Math.min(E[i].s, E[i].t) + ':' + Math.max(E[i].s, E[i].t)] === 1;
        const order = E.map((e, i) => i).filter(i => E[i].ev && E[i].ev.length > 1 && alone(i))
                       .concat(E.map((e, i) => i).filter(i => E[i].ev && E[i].ev.length === 1 && alone(i)));
        const hits = (c, i) => [[0, 0], [1, 1], [-1, -1], [1, -1], [-1, 1]].every(([dx, dy]) =>
            policykg.nodeAt(c.x + dx, c.y + dy) < 0 && net.getEdgeAt({x: c.x + dx, y: c.y + dy}) === i);
        for (const i of order) {
            const p = net.getPositions([E[i].s, E[i].t]), a = p[E[i].s], b = p[E[i].t];
            for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
                const c = net.canvasToDOM({x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t});
                if (c.x < 10 || c.y < 10 || c.x > box.width - 10 || c.y > box.height - 10) continue;
                if (!hits(c, i)) continue;
                return {edge: i, x: box.left + c.x, y: box.top + c.y};
            }
        }
        return null; }""")
    assert target is not None
    tab.page.mouse.click(target["x"], target["y"])
    tab.page.wait_for_selector("#pk-panel[data-show=edge]")
    assert tab.js("policykg.network.getSelectedEdges()") == [target["edge"]]

    edge = tab.js("i => { const e = policykg.data.edges[i], N = policykg.data.nodes; "
                  "return {s: N[e.s].id, t: N[e.t].id, kind: policykg.data.kinds[e.k].key}; }", target["edge"])
    attrs = seeds_kg.graph.edges[edge["s"], edge["t"], edge["kind"]]
    sentences = tab.page.locator("#pk-panel .pk-evidence .pk-sentence").all_inner_texts()
    assert sentences == [ev["text"] for ev in attrs["evidence"]]
    titles = {d["id"]: d["title"] for d in seeds_kg.documents_list}
    docs = tab.page.locator("#pk-panel .pk-evidence .pk-doc").all_inner_texts()
    assert [d.split(" · ")[0] for d in docs] == [titles[ev["doc"]] for ev in attrs["evidence"]]
    names = {seeds_kg.graph.nodes[n]["name"]: [seeds_kg.graph.nodes[n]["name"], *seeds_kg.graph.nodes[n]["aliases"]]
             for n in (edge["s"], edge["t"])}
    marked = set(tab.page.locator("#pk-panel .pk-evidence mark").all_inner_texts())
    for name, spellings in names.items():
        if any(s in ev["text"] for s in spellings if len(s) > 1 for ev in attrs["evidence"]):
            assert marked & set(spellings), name
    heading = tab.page.locator("#pk-panel h2").inner_text()
    assert all(name in heading for name in names)
    assert tab.errors == [] and tab.requests == []


@pytest.mark.browser
def test_search_finds_yuan_jiajun_and_aliases_and_says_when_nothing_matches(tab, seeds_kg):
    box = tab.page.locator("#pk-search")
    box.fill("袁家")
    assert tab.page.locator("#pk-results li").first.inner_text().startswith("袁家军")
    box.press("Enter")
    tab.page.wait_for_selector("#pk-panel[data-show=node]")
    assert tab.page.locator("#pk-panel .pk-name").inner_text() == "袁家军"
    assert tab.js("policykg.network.getSelectedNodes()") == [node_index(tab, "PERSON:袁家军")]
    panel = tab.page.locator("#pk-panel").inner_text()
    assert "人物" in panel and "主要关联" in panel and "袁家军在重庆市深入推动制造业高质量发展大会上强调" in panel
    held = [seeds_kg.graph.nodes[v]["name"] for _, v, k in seeds_kg.graph.out_edges("PERSON:袁家军", keys=True)
            if k == "HOLDS"]
    assert held and all(name in panel for name in held)

    node, data = next((n, d) for n, d in sorted(seeds_kg.graph.nodes(data=True)) if d.get("aliases")
                      and all(d["aliases"][0] not in o["name"] for _, o in seeds_kg.graph.nodes(data=True)))
    box.fill(data["aliases"][0])
    box.press("Enter")
    assert tab.page.locator("#pk-panel .pk-name").inner_text() == data["name"]

    box.fill("不存在的名字")
    assert tab.page.locator("#pk-results li").all_inner_texts() == ["无匹配 No match for “不存在的名字”"]
    box.press("Enter")
    assert tab.page.locator("#pk-results li.pk-none").count() == 1
    assert tab.errors == []


@pytest.mark.browser
def test_filters_hide_nodes_with_their_edges(tab, seeds_kg):
    graph = seeds_kg.graph
    shown = "() => policykg.data.nodes.map((n, i) => i).filter(i => !policykg.network.body.nodes[i].options.hidden)"
    slogans = {i for i, n in enumerate(tab.js("policykg.data.nodes")) if n["type"] == tab.js(
        "policykg.data.types.findIndex(t => t.key === 'SLOGAN')")}
    tab.page.locator('#pk-types input[data-key="SLOGAN"]').uncheck()
    assert not set(tab.js(shown)) & slogans
    assert all(not ({e["s"], e["t"]} & slogans) for i, e in enumerate(tab.js("policykg.data.edges"))
               if tab.js("i => policykg.isEdgeVisible(i)", i))
    tab.page.locator('#pk-types input[data-key="SLOGAN"]').check()
    assert tab.js("policykg.visibleNodeCount()") == linked_nodes(graph)

    # the weight slider hides the light edges and the nodes they leave alone
    tab.page.locator("#pk-weight").fill(str(tab.js("policykg.data.weights.length - 1")))
    top = max(d["weight"] for *_, d in graph.edges(data=True))
    heavy = [(u, v) for u, v, d in graph.edges(data=True) if d["weight"] >= top]
    assert tab.js("policykg.visibleEdgeCount()") == len(heavy)
    assert tab.js("policykg.visibleNodeCount()") == len({n for pair in heavy for n in pair})
    tab.page.locator("#pk-isolated").uncheck()  # unless asked to keep them
    assert tab.js("policykg.visibleNodeCount()") == graph.number_of_nodes()
    tab.page.locator("#pk-isolated").check()
    tab.page.locator("#pk-weight").fill("0")
    assert tab.js("policykg.visibleEdgeCount()") == graph.number_of_edges()

    tab.page.locator("#pk-degree").fill("5")  # at least five neighbours
    degree = nx.Graph(graph.to_undirected()).degree
    assert tab.js("policykg.visibleNodeCount()") == len({n for u, v in graph.edges() for n in (u, v)
                                                          if degree[u] >= 5 and degree[v] >= 5})
    tab.page.locator("#pk-degree").fill("0")

    years = tab.js("policykg.data.years")
    assert len(years) > 1
    tab.page.select_option("#pk-year-from", str(years[-1]))
    tab.page.locator("#pk-undated").uncheck()
    assert 0 < tab.js("policykg.visibleNodeCount()") < linked_nodes(graph)
    assert tab.errors == []


@pytest.mark.browser
def test_a_dragged_node_keeps_its_label_and_its_clicks(tab):
    i = node_index(tab, "PERSON:袁家军")
    start = tab.js("i => policykg.domPosition(i)", i)
    tab.page.mouse.move(start["x"], start["y"])
    tab.page.mouse.down()
    tab.page.mouse.move(start["x"] + 60, start["y"] + 40, steps=8)
    tab.page.mouse.up()
    moved = tab.js("i => policykg.domPosition(i)", i)
    assert abs(moved["x"] - start["x"] - 60) < 3 and abs(moved["y"] - start["y"] - 40) < 3
    label = next(label for label in tab.js("policykg.labels()") if label["i"] == i)
    box = tab.page.locator("#pk-network").bounding_box()
    assert abs(box["x"] + label["x"] + label["w"] / 2 - moved["x"]) < 2  # under the node where it is now
    tab.page.mouse.click(box["x"] + 5, box["y"] + 5)
    tab.click_node(i)
    assert tab.js("document.getElementById('pk-panel').getAttribute('data-node')") == str(i)
    assert tab.errors == []


@pytest.mark.browser
def test_large_capped_page_reports_omissions(browser, tmp_path):
    path = tmp_path / "big.html"
    write_html(big_graph(), path, max_nodes=1000)
    tab = Tab(browser, path)
    try:
        assert tab.js("policykg.nodes.length") == 1000
        assert tab.js("policykg.network.physics.physicsEnabled") is False
        note = tab.page.locator("#pk-omitted").inner_text()
        assert "省略了 200 个" in note and "1,200" in note
        assert tab.js("policykg.timings.ready") < 10_000
        assert tab.requests == [] and tab.errors == []
    finally:
        tab.close()


@pytest.mark.browser
def test_xss_payloads_execute_nothing(browser, tmp_path):
    path = tmp_path / "xss.html"
    graph = xss_graph()
    write_html(graph, path, title=EVIL_TITLE, documents=[{"id": f"{p}.txt", "title": p, "date": p} for p in PAYLOADS])
    tab = Tab(browser, path)
    try:
        page = tab.page
        assert tab.js("document.title") == EVIL_TITLE
        assert page.locator("#pk-heading").inner_text() == EVIL_TITLE
        injected_js = """() => Array.from(document.querySelectorAll('*')).filter(el =>
            ['IMG', 'IFRAME', 'A', 'STYLE', 'SVG'].includes(el.tagName.toUpperCase()) && el.closest('body')
                && !el.classList.contains('pk-icon') ||
            Array.from(el.attributes).some(a => /^on/i.test(a.name) || /javascript:/i.test(a.value))).length"""

        def assert_nothing_ran():
            page.wait_for_timeout(50)
            assert tab.js("window.__pwned") is None and tab.dialogs == []
            assert tab.js(injected_js) == 0

        for i in range(graph.number_of_nodes()):  # every node and edge panel, the focus and the path
            tab.js("i => policykg.focusNode(i)", i)
            assert_nothing_ran()
            page.mouse.move(*center(page.locator("#pk-panel .pk-link").first.bounding_box()))
        for i in range(graph.number_of_edges()):
            tab.js("i => policykg.focusEdge(i)", i)
            assert_nothing_ran()
        tab.js("policykg.focus(0, 2)")
        tab.js("policykg.findPath(0, 5)")
        assert_nothing_ran()
        tab.js("policykg.exitFocus()")
        page.locator("#pk-search").fill("script")
        assert page.locator("#pk-results li").count() > 1
        assert_nothing_ran()
        page.mouse.move(*center(page.locator("#pk-results li").first.bounding_box()))
        page.locator("#pk-search").press("Enter")
        assert_nothing_ran()
        box = page.locator("#pk-network").bounding_box()
        for x in range(20, int(box["width"]), 100):  # sweep the canvas: hover tips and clicks
            for y in range(20, int(box["height"]), 100):
                page.mouse.move(box["x"] + x, box["y"] + y)
        positions = tab.js("() => { const net = policykg.network; return Object.values(net.getPositions())"
                           ".map(p => net.canvasToDOM(p)); }")
        for pos in positions:
            page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
            page.mouse.move(box["x"] + pos["x"] + 1, box["y"] + pos["y"] + 1)
        page.wait_for_timeout(200)
        assert_nothing_ran()
        labels = [label["name"] for label in tab.js("policykg.labels()")]
        assert labels and set(labels) <= set(PAYLOADS)  # drawn as text
        assert tab.js("policykg.nodes.get().every(n => n.title === undefined && n.label === undefined)")
        assert tab.requests == [] and tab.errors == []
    finally:
        tab.close()


def test_nodes_and_edges_are_drawn_in_the_legend_s_colours(tab):
    """Community colours and the co-occurrence colour come from the page's data, as the legend shows them."""
    drawn = tab.js("""() => policykg.data.groups.map((g, i) => {
        const group = policykg.network.groups.get('c' + Math.min(i, policykg.data.meta.coloured_groups) + 't0');
        return [g.colour, group.color.background]; })""")
    assert drawn and all(legend == colour for legend, colour in drawn)
    co_occurs = next(k["colour"] for k in tab.js("policykg.data.kinds") if k["key"] == "CO_OCCURS")
    assert tab.js("policykg.network.edgesHandler.options.color.color") == co_occurs
