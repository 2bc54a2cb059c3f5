"""The explorer at corpus scale: the 28 reports of ../shared/corpus/policy_texts in headless Chromium at
1280×720, every non-file: request blocked (the acceptance checks of issue 18). Skips without ../shared.
Screenshots go to tests/output/html/."""
import struct

import networkx as nx
import pytest

import policykg
from policykg.export.html import write_html
from policykg.ingest.dates import date_order

from browser import ROOT, Tab

CORPUS = ROOT.parent / "shared" / "corpus" / "policy_texts"

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/policy_texts is not available")]


@pytest.fixture(scope="module")
def reports():
    kg = policykg.build([CORPUS], jobs=2)
    assert len(kg.documents_list) == 28  # the folder's README.md is not a report
    return kg


@pytest.fixture(scope="module")
def page(reports, tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "graph.html"
    write_html(reports.graph, path, title="政府工作报告与党代会报告 2012–2025", documents=reports.documents_list)
    return path


@pytest.fixture
def tab(browser, page):
    opened = Tab(browser, page, 1280, 720)
    yield opened
    assert opened.requests == [] and opened.errors == [] and opened.dialogs == []
    opened.close()


def test_the_first_view_reads(tab, reports):
    labels = tab.js("policykg.labels()")
    box = tab.js("(() => { const c = document.getElementById('pk-network'); return [c.clientWidth, c.clientHeight]; })()")
    readable = [label for label in labels if label["size"] >= 10]
    assert len(readable) >= 30
    for label in labels:  # inside the canvas, none over another
        assert 0 <= label["x"] and label["x"] + label["w"] <= box[0] and 0 <= label["y"] and label["y"] + label["h"] <= box[1]
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            assert a["x"] + a["w"] <= b["x"] or b["x"] + b["w"] <= a["x"] or a["y"] + a["h"] <= b["y"] or b["y"] + b["h"] <= a["y"]
    inked = tab.js("""labels => { const canvas = document.querySelector('#pk-network canvas');
        const ctx = canvas.getContext('2d'), ratio = canvas.width / canvas.clientWidth;
        return labels.map(l => { const d = ctx.getImageData(Math.round(l.x * ratio), Math.round(l.y * ratio),
                                                             Math.round(l.w * ratio), Math.round(l.h * ratio)).data;
                                 let dark = 0; for (let i = 0; i < d.length; i += 4) dark += d[i] < 90 && d[i + 1] < 90 && d[i + 2] < 90;
                                 return dark; }); }""", readable[:40])
    assert all(dark > 10 for dark in inked)  # the text is there, not just a place for it
    names = {label["name"] for label in readable}
    assert {"中国", "习近平"} <= names

    linked = {n for u, v in reports.graph.edges() for n in (u, v)}
    alone = [n for n in reports.graph if n not in linked]
    assert len(alone) > 100  # formulations named once, with no edge
    assert tab.js("policykg.visibleNodeCount()") == len(linked)
    hidden = tab.js("() => policykg.data.nodes.map((n, i) => [n.id, policykg.network.body.nodes[i].options.hidden])")
    assert all(is_hidden for node, is_hidden in hidden if node in set(alone))  # no isolated node is drawn
    tab.screenshot("policy_texts.png")


def test_clicks_hit_the_node_under_the_pointer(tab):
    targets = [label["i"] for label in tab.js("policykg.labels()")][:40] + [tab.node("习近平"), tab.node("十四五")]
    for i in targets:
        tab.click_node(i)
        assert tab.js("document.getElementById('pk-panel').getAttribute('data-node')") == str(i), \
            tab.js("i => policykg.data.nodes[i].name", i)
        assert tab.js("policykg.network.getSelectedNodes()") == [i]
    for k in range(5, 15):  # a click on a label opens its node (labels move as the selection changes)
        tab.js("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")  # the redraw after a click
        label = tab.js("policykg.labels()")[k]
        box = tab.js("(() => { const r = document.getElementById('pk-network').getBoundingClientRect(); return [r.left, r.top]; })()")
        x, y = round(label["x"] + label["w"] / 2), round(label["y"] + label["h"] / 2)  # the browser clicks whole pixels
        under = tab.js("p => policykg.nodeAt(p.x, p.y)", {"x": x, "y": y})
        assert under >= 0  # the label's node, or a node whose disc lies over the label
        tab.page.mouse.click(box[0] + x, box[1] + y)
        assert tab.js("document.getElementById('pk-panel').getAttribute('data-node')") == str(under)


def test_hovering_a_node_names_it(tab):
    i = tab.node("十四五")
    at = tab.js("i => policykg.domPosition(i)", i)
    tab.page.mouse.move(at["x"], at["y"])
    tab.page.wait_for_selector("#pk-tip:not([hidden])")
    assert tab.page.locator("#pk-tip").inner_text().startswith("十四五 · 提法")


def test_a_capped_page_keeps_the_key_terms_and_their_parts(reports):
    from policykg.export.html import page_data

    data = page_data(reports.graph, max_nodes=300)
    names = {n["name"] for n in data["nodes"]}
    slogans = sorted((d for _, d in reports.graph.nodes(data=True) if d["label"] == "SLOGAN"),
                     key=lambda d: (-d["mentions"], d["name"]))
    assert {d["name"] for d in slogans[:20]} <= names  # the most mentioned formulations
    assert "DEFINES" in {k["key"] for k in data["kinds"]}
    kept_with_parts = [d for d in slogans if d["name"] in names and d.get("parts")]
    assert kept_with_parts and all(set(d["parts"]) <= names for d in kept_with_parts[:10])


def test_the_path_finder_gives_the_strongest_path_with_its_evidence(tab, reports):
    tab.page.fill("#pk-path-from", "习近平")
    tab.page.fill("#pk-path-to", "宁德时代")
    tab.page.click("#pk-path-go")
    tab.page.wait_for_selector("#pk-panel[data-show=path]")
    found = tab.js("policykg.findPath(policykg.data.nodes.findIndex(n => n.name === '习近平'), "
                   "policykg.data.nodes.findIndex(n => n.name === '宁德时代'))")
    ids = [tab.js("i => policykg.data.nodes[i].id", i) for i in found["nodes"]]
    graph = reports.graph

    def cost(path):
        return sum(1 / max(d["weight"] for d in [*graph.get_edge_data(a, b, default={}).values(),
                                                   *graph.get_edge_data(b, a, default={}).values()])
                   for a, b in zip(path, path[1:]))

    expected = [reports.path("习近平", "宁德时代")[0]["source"]] + [step["target"] for step in reports.path("习近平", "宁德时代")]
    assert ids[0] == "PERSON:习近平" and ids[-1] == expected[-1]
    assert cost(ids) == pytest.approx(cost(expected))  # as strong as kg.path's
    steps = tab.page.locator("#pk-panel .pk-step")
    assert steps.count() == len(ids) - 1
    for k in range(steps.count()):
        marks = steps.nth(k).locator("mark").all_inner_texts()
        assert marks and steps.nth(k).locator(".pk-sentence").count() >= 1
    assert sorted(tab.js("policykg.focusMembers()")) == sorted(found["nodes"])
    assert tab.js("policykg.visibleNodeCount()") == len(ids)
    tab.screenshot("policy_texts_path.png")

    alone = next(n for n in graph if graph.degree(n) == 0)
    tab.js("policykg.exitFocus()")
    tab.page.fill("#pk-path-to", graph.nodes[alone]["name"])
    tab.page.click("#pk-path-go")
    assert "没有路径 No path" in tab.page.locator("#pk-panel").inner_text()


def test_the_concordance_lists_every_sentence_with_the_term_date_and_document(tab, reports):
    node = "SLOGAN:新质生产力"
    data = reports.graph.nodes[node]
    assert 5 < data["mentions"] <= 100
    tab.js("i => policykg.focusNode(i)", tab.node("新质生产力"))
    items = tab.page.locator("#pk-panel .pk-mentions > li")
    sentences = reports.graph.graph["concordance"][node]
    assert items.count() == len(sentences) >= data["documents"]
    title = tab.page.locator("#pk-panel .pk-mentions-title").inner_text()
    assert title == f"提及 Mentions ({len(sentences)})" if len(sentences) == data["mentions"] else "/" in title
    titles = {d["title"]: d.get("date") for d in reports.documents_list}
    lines = [line.split(" · ") for line in items.locator(".pk-doc").all_inner_texts()]
    assert all(line[0] in titles and line[1] == titles[line[0]] for line in lines)  # title · date · file
    assert [line[1] for line in lines] == sorted((line[1] for line in lines), key=date_order)  # by date
    assert all(items.nth(k).locator("mark").count() >= 1 for k in range(items.count()))
    assert set(items.locator("mark").all_inner_texts()) <= {data["name"], *data["aliases"]}
    tab.screenshot("policy_texts_mentions.png")


def test_focus_expand_collapse_and_back(tab, reports):
    i = tab.node("习近平")
    before = tab.js("() => { const p = policykg.network.getPositions(); return Object.keys(p).map(k => [p[k].x, p[k].y]); }")
    tab.click_node(i)
    tab.page.click(".pk-focus1")
    members = tab.js("policykg.focusMembers()")
    neighbours = set(nx.Graph(reports.graph.to_undirected()).neighbors("PERSON:习近平"))
    assert len(members) == len(neighbours) + 1 == tab.js("policykg.visibleNodeCount()")
    assert "聚焦 Focus: 习近平" in tab.page.locator("#pk-banner").inner_text()
    tab.screenshot("policy_texts_focus.png")
    neighbour = next(j for j in members if j != i and len(tab.js(
        "j => policykg.data.edges.filter(e => e.s === j || e.t === j)", j)) > 3)
    tab.js("j => policykg.focusNode(j)", neighbour)
    tab.page.click(".pk-expand")  # expand
    grown = tab.js("policykg.focusMembers()")
    assert len(grown) > len(members) and set(members) <= set(grown)
    tab.page.click(".pk-expand")  # collapse
    assert sorted(tab.js("policykg.focusMembers()")) == sorted(members)
    tab.page.locator("#pk-banner button").click()  # exit
    assert tab.js("policykg.focusMembers()") is None
    after = tab.js("() => { const p = policykg.network.getPositions(); return Object.keys(p).map(k => [p[k].x, p[k].y]); }")
    assert after == before


def test_the_view_exports_as_png_and_the_visible_graph_as_csv(tab):
    with tab.page.expect_download() as download:
        tab.page.click("#pk-png")
    png = open(download.value.path(), "rb").read()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20_000
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == tuple(tab.js("(() => { const c = document.querySelector('#pk-network canvas'); "
                                           "return [c.width, c.height]; })()"))
    tab.page.locator('#pk-types input[data-key="PLACE"]').uncheck()
    for which, count in (("nodes", "policykg.visibleNodeCount()"), ("edges", "policykg.visibleEdgeCount()")):
        with tab.page.expect_download() as download:
            tab.page.click(f"#pk-csv-{which}")
        rows = open(download.value.path(), encoding="utf-8-sig").read().splitlines()
        assert len(rows) - 1 == tab.js(count) > 0
        assert rows[0].startswith("id,name,type" if which == "nodes" else "source,target,source_name")
        assert which == "edges" or not any(",PLACE," in row for row in rows[1:])


def test_documents_are_named_as_the_folder_names_them_and_the_panel_fits(tab, reports):
    tab.js("i => policykg.focusNode(i)", tab.node("习近平"))
    lines = tab.page.locator("#pk-panel .pk-doc").all_inner_texts()
    assert lines and not any("/work" in line or str(ROOT.parent) in line for line in lines)
    assert any("national_gwr_2025.txt" in line for line in lines)  # the id, relative to the folder given
    assert tab.js("(() => { const p = document.getElementById('pk-panel'); return p.scrollWidth <= p.clientWidth; })()")
    assert tab.js("document.documentElement.scrollWidth <= window.innerWidth")
