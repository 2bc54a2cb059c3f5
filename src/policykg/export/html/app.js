(function () {
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
