(function () {
  "use strict";
  // The policykg explorer. Positions come precomputed; vis-network draws nodes and edges, this script
  // draws the labels (in screen pixels, most important first, none overlapping), finds the node under
  // the pointer, filters, focuses, finds paths and lists every sentence behind a node or an edge.
  // Every string from the input reaches the page as text (textContent, text nodes, canvas text).
  var api = window.policykg = {ready: false, timings: {}};
  function mark(name) { api.timings[name] = Math.round(performance.now()); }
  mark("script");
  var DATA = JSON.parse(document.getElementById("pk-data").textContent);
  api.data = DATA;
  var N = DATA.nodes, E = DATA.edges, DOCS = DATA.docs, TYPES = DATA.types, KINDS = DATA.kinds;
  var SENTS = DATA.sentences, GROUPS = DATA.groups, META = DATA.meta;
  var SVG = "http://www.w3.org/2000/svg", GREY = "#b5b5b5";
  var LABEL_MIN = 11, LABEL_MAX = 20, LABEL_BUDGET = 400, HIT_TOLERANCE = 4;

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
    return Number.isInteger(x) ? x.toLocaleString("en-US") : String(Math.round(x * 10000) / 10000);
  }
  function button(text, cls, onClick) {
    var b = el("button", cls || "pk-button", text);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  // ---- derived data: adjacency, degree, metrics, years
  var n = N.length;
  var adj = N.map(function () { return []; });
  E.forEach(function (e, i) { adj[e.s].push(i); if (e.t !== e.s) adj[e.t].push(i); });
  var degree = new Int32Array(n);
  adj.forEach(function (list, i) {
    var seen = {};
    list.forEach(function (ei) { var j = E[ei].s === i ? E[ei].t : E[ei].s; seen[j] = 1; });
    degree[i] = Object.keys(seen).length;
  });
  function metric(name, i) {
    var node = N[i];
    if (name === "degree") return degree[i];
    if (name === "documents") return node.ndocs || 0;
    return node[name] || 0;
  }
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
  var searchIndex = N.map(function (node) {
    return [node.name].concat(node.aliases || []).map(function (s) { return String(s).toLowerCase(); });
  });
  var X = new Float64Array(n), Y = new Float64Array(n), R = new Float64Array(n);
  N.forEach(function (node, i) { X[i] = node.x; Y[i] = node.y; R[i] = node.size; });
  // what the filters show (set by applyFilters) and what vis was last told
  var nodeOn = new Uint8Array(n), edgeOn = new Uint8Array(E.length), nodeBase = new Uint8Array(n);
  var nodeShown = new Uint8Array(n).fill(1), edgeShown = new Uint8Array(E.length).fill(1);

  // ---- view state
  var state = {colour: GROUPS.length > 1 ? "community" : "type", size: "mentions", order: null, importance: null, selected: -1,
               focus: null};
  function rankBy(name) {
    var values = new Float64Array(n), top = 0, i;
    for (i = 0; i < n; i++) { values[i] = metric(name, i); if (values[i] > top) top = values[i]; }
    var order = Array.from({length: n}, function (_, k) { return k; });
    order.sort(function (a, b) { return values[b] - values[a] || N[b].mentions - N[a].mentions || a - b; });
    state.order = order;
    state.importance = values.map(function (v) { return top > 0 ? Math.sqrt(v / top) : 0; });
  }
  rankBy(state.size);

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

  // ---- the network (no vis labels: the labels are drawn below)
  // vis groups: one per type (colour by type) and one per community and type (colour by community)
  var visGroups = {}, COLOURED = META.coloured_groups;
  function style(shape, c) {
    return {shape: shape, color: {background: c, border: "#3a3a3a", highlight: {background: c, border: "#000"},
                                  hover: {background: c, border: "#000"}}};
  }
  TYPES.forEach(function (t, ti) {
    visGroups["t" + ti] = style(t.shape, t.colour);
    for (var g = 0; g <= Math.min(COLOURED, GROUPS.length); g++)
      visGroups["c" + g + "t" + ti] = style(t.shape, GROUPS[g] ? GROUPS[g].colour : GREY);  // the legend's colours
  });
  function visGroup(i) {
    var node = N[i];
    return state.colour === "community" ? "c" + Math.min(node.group, COLOURED) + "t" + node.type : "t" + node.type;
  }
  function nodeSize(i) { return 8 + 32 * state.importance[i]; }
  var nodesDS = new vis.DataSet(N.map(function (node, i) {
    R[i] = nodeSize(i);
    return {id: i, x: X[i], y: Y[i], size: R[i], group: visGroup(i)};
  }));
  var edgesDS = new vis.DataSet(E.map(function (e, i) {
    var o = {id: i, from: e.s, to: e.t, width: Math.max(0.5, e.w * 0.6)}, k = KINDS[e.k];
    if (k.key !== "CO_OCCURS") o.color = {color: k.colour, highlight: k.colour, hover: k.colour, opacity: 0.9};
    if (k.directed) o.arrows = "to";
    if (e.curve) o.smooth = {enabled: true, type: "curvedCW", roundness: e.curve};
    return o;
  }));
  var big = n > 2000;
  mark("datasets");
  var options = {
    autoResize: true,
    groups: visGroups,
    layout: {improvedLayout: false, randomSeed: 7},
    nodes: {borderWidth: 1, font: {size: 0}},
    edges: {smooth: false, selectionWidth: 2, hoverWidth: 0,
            color: {color: (KINDS.filter(function (k) { return k.key === "CO_OCCURS"; })[0] || {colour: GREY}).colour,
                    highlight: "#e67e22", hover: "#e67e22", opacity: 0.55},
            arrows: {to: {scaleFactor: 0.5}}},
    interaction: {hover: false, hideEdgesOnDrag: big, hideEdgesOnZoom: big, keyboard: false, multiselect: false,
                  selectConnectedEdges: true, tooltipDelay: 300},
    physics: {enabled: false, solver: "forceAtlas2Based",
              forceAtlas2Based: {gravitationalConstant: -60, centralGravity: 0.005, springLength: 80, springConstant: 0.05,
                                 damping: 0.5, avoidOverlap: 0.8},
              stabilization: {enabled: false}}
  };
  var container = $("pk-network");
  var network = new vis.Network(container, {}, options);
  api.network = network; api.nodes = nodesDS; api.edges = edgesDS;

  // ---- positions: kept here too, with a grid for finding the node under the pointer
  var grid = null;
  function buildGrid() {
    var cell = 64, cells = new Map(), i, key;
    for (i = 0; i < n; i++) {
      key = Math.floor(X[i] / cell) + "," + Math.floor(Y[i] / cell);
      var list = cells.get(key);
      if (!list) cells.set(key, list = []);
      list.push(i);
    }
    grid = {cell: cell, cells: cells};
  }
  function moveNodes(moves) {  // [[i, x, y], ...]
    if (!moves.length) return;
    moves.forEach(function (m) { X[m[0]] = m[1]; Y[m[0]] = m[2]; });
    nodesDS.update(moves.map(function (m) { return {id: m[0], x: m[1], y: m[2]}; }));
    buildGrid();
  }
  function syncPositions() {  // after vis moved nodes itself (dragging, physics)
    var body = network.body.nodes;
    for (var i = 0; i < n; i++) if (body[i]) { X[i] = body[i].x; Y[i] = body[i].y; }
    buildGrid();
  }
  network.on("dragEnd", syncPositions);
  network.on("stabilized", syncPositions);
  function view() {
    var v = network.body.view;
    return {scale: v.scale, tx: v.translation.x, ty: v.translation.y};
  }
  function toDOM(i, v) { return {x: X[i] * v.scale + v.tx, y: Y[i] * v.scale + v.ty}; }
  function drawnAt(i, v, body) {  // where vis draws a node now (it moves them while dragging and in physics)
    var b = body[i];
    return b ? {x: b.x * v.scale + v.tx, y: b.y * v.scale + v.ty} : toDOM(i, v);
  }
  function nodeAt(domX, domY) {
    // the visible node whose disc (plus a few pixels) holds the point; the nearest centre wins; else a label
    var v = view(), cx = (domX - v.tx) / v.scale, cy = (domY - v.ty) / v.scale;
    var tol = HIT_TOLERANCE / v.scale, best = -1, bestD = Infinity, reach = 40 + tol;
    var c0 = Math.floor((cx - reach) / grid.cell), c1 = Math.floor((cx + reach) / grid.cell);
    var r0 = Math.floor((cy - reach) / grid.cell), r1 = Math.floor((cy + reach) / grid.cell);
    for (var a = c0; a <= c1; a++) for (var b = r0; b <= r1; b++) {
      var list = grid.cells.get(a + "," + b);
      if (!list) continue;
      for (var k = 0; k < list.length; k++) {
        var i = list[k];
        if (!nodeOn[i]) continue;
        var d = Math.hypot(X[i] - cx, Y[i] - cy);
        if (d <= R[i] + tol && d < bestD) { best = i; bestD = d; }
      }
    }
    if (best >= 0) return best;
    for (var j = 0; j < placed.length; j++) {
      var p = placed[j];
      if (domX >= p.x && domX <= p.x + p.w && domY >= p.y && domY <= p.y + p.h) return p.i;
    }
    return -1;
  }
  api.nodeAt = nodeAt;
  api.domPosition = function (i) {  // page coordinates of a node's centre
    var d = toDOM(i, view()), r = container.getBoundingClientRect();
    return {x: r.left + d.x, y: r.top + d.y, radius: R[i] * view().scale};
  };

  // ---- labels: screen pixels, important first, never overlapping, only for visible nodes
  var placed = [], widths = new Map();
  function labelWidth(ctx, i, size) {
    var key = i * 64 + size, w = widths.get(key);
    if (w === undefined) { ctx.font = size + "px " + DATA.font; w = ctx.measureText(N[i].name).width; widths.set(key, w); }
    return w;
  }
  function drawLabels(ctx) {
    var v = view(), ratio = network.canvas.pixelRatio || 1, body = network.body.nodes;
    var width = container.clientWidth, height = container.clientHeight, cell = 48, taken = new Map();
    placed = [];
    function free(x, y, w, h) {
      for (var a = Math.floor(x / cell); a <= Math.floor((x + w) / cell); a++)
        for (var b = Math.floor(y / cell); b <= Math.floor((y + h) / cell); b++) {
          var list = taken.get(a * 100003 + b);
          if (!list) continue;
          for (var k = 0; k < list.length; k++) {
            var o = list[k];
            if (x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h) return false;
          }
        }
      return true;
    }
    function take(r) {
      for (var a = Math.floor(r.x / cell); a <= Math.floor((r.x + r.w) / cell); a++)
        for (var b = Math.floor(r.y / cell); b <= Math.floor((r.y + r.h) / cell); b++) {
          var key = a * 100003 + b, list = taken.get(key);
          if (!list) taken.set(key, list = []);
          list.push(r);
        }
    }
    var first = [];
    if (state.selected >= 0) {
      first.push(state.selected);
      adj[state.selected].forEach(function (ei) { var e = E[ei]; first.push(e.s === state.selected ? e.t : e.s); });
    }
    if (state.focus) first = first.concat(state.focus.members);
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    function place(i) {
      if (!nodeOn[i] || placed.length >= LABEL_BUDGET) return;
      var d = drawnAt(i, v, body);
      if (d.x < -50 || d.y < -50 || d.x > width + 50 || d.y > height + 50) return;
      var size = Math.round(LABEL_MIN + (LABEL_MAX - LABEL_MIN) * state.importance[i]);
      if (i === state.selected) size = LABEL_MAX;
      var w = labelWidth(ctx, i, size) + 4, h = size + 3;
      var gap = R[i] * v.scale + 1, r = null;
      var spots = [[d.x - w / 2, d.y + gap], [d.x - w / 2, d.y - gap - h], [d.x + gap, d.y - h / 2], [d.x - gap - w, d.y - h / 2]];
      for (var s = 0; s < spots.length && !r; s++) {  // below the node, else above, right, left
        var x = spots[s][0], y = spots[s][1];
        if (x >= 0 && y >= 0 && x + w <= width && y + h <= height && free(x, y, w, h)) r = {i: i, x: x, y: y, w: w, h: h, size: size};
      }
      if (!r) return;
      take(r);
      placed.push(r);
      ctx.font = (i === state.selected ? "bold " : "") + size + "px " + DATA.font;
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255,255,255,0.92)";
      ctx.strokeText(N[i].name, r.x + w / 2, r.y + 1);
      ctx.fillStyle = "#1d1d1d";
      ctx.fillText(N[i].name, r.x + w / 2, r.y + 1);
    }
    var done = new Uint8Array(n);
    first.forEach(function (i) { if (!done[i]) { done[i] = 1; place(i); } });
    for (var k = 0; k < n && placed.length < LABEL_BUDGET; k++) {
      var i = state.order[k];
      if (!done[i]) place(i);
    }
    ctx.restore();
  }
  api.labels = function () {
    return placed.map(function (p) { return {i: p.i, name: N[p.i].name, x: p.x, y: p.y, w: p.w, h: p.h, size: p.size}; });
  };
  network.on("beforeDrawing", function (ctx) {
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
  });
  network.on("afterDrawing", drawLabels);

  // ---- ready
  function markReady() {
    if (api.ready) return;
    mark("ready");
    api.ready = true;
    document.documentElement.setAttribute("data-ready", "1");
  }
  network.once("afterDrawing", function () { mark("firstDraw"); markReady(); });
  buildGrid();
  network.setData({nodes: nodesDS, edges: edgesDS});
  mark("data");
  if (!n) markReady();

  // ---- summary and what was left out
  $("pk-summary").textContent = fmt(META.shown_nodes) + " 个节点 nodes · " + fmt(META.shown_edges) + " 条连线 edges";
  if (META.omitted_nodes || META.omitted_edges) {
    var om = $("pk-omitted");
    om.hidden = false;
    om.appendChild(el("strong", null, "未显示 Not shown"));
    om.appendChild(el("p", null, "共 " + fmt(META.total_nodes) + " 个节点、" + fmt(META.total_edges) + " 条连线；显示 " +
      fmt(META.shown_nodes) + " 个节点、" + fmt(META.shown_edges) + " 条连线。"));
    if (META.omitted_nodes) {
      om.appendChild(el("p", null, "省略了 " + fmt(META.omitted_nodes) + " 个重要性（PageRank、提及次数）较低的节点" +
        "（上限 max_nodes = " + fmt(META.max_nodes) + "）：" +
        META.omitted_by_type.map(function (t) { return t[0] + " " + fmt(t[2]); }).join("、") + "。"));
      if (META.omitted_top.length) om.appendChild(el("p", null, "例如 e.g.: " + META.omitted_top.join("、")));
    }
    if (META.edges_over_cap) om.appendChild(el("p", null, "另有 " + fmt(META.edges_over_cap) +
      " 条权重较低的连线超出上限 max_edges = " + fmt(META.max_edges) + "。"));
  }

  // ---- legends, colour and size
  var typeOn = TYPES.map(function () { return true; });
  var kindOn = KINDS.map(function () { return true; });
  function legend(box, items, flags, iconFor) {
    items.forEach(function (item, i) {
      var label = el("label");
      var check = document.createElement("input");
      check.type = "checkbox"; check.checked = true;
      check.setAttribute("data-key", String(item.key));
      check.addEventListener("change", function () { flags[i] = check.checked; applyFilters(); });
      label.appendChild(check);
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
  function communityLegend() {
    var box = $("pk-groups");
    clear(box);
    box.hidden = state.colour !== "community";
    GROUPS.slice(0, 12).forEach(function (g, i) {
      var row = el("div", "pk-group");
      var dot = el("span", "pk-dot"); dot.style.background = g.colour;
      row.appendChild(dot);
      row.appendChild(el("span", null, g.top.join("、")));
      row.appendChild(el("span", "pk-count", fmt(g.size)));
      row.title = "社区 community " + i;
      box.appendChild(row);
    });
    if (GROUPS.length > 12) box.appendChild(el("p", "pk-note", "另有 " + fmt(GROUPS.length - 12) + " 个较小的社区（灰色 grey when beyond 20）"));
  }
  function setColour(mode) {
    state.colour = mode;
    $("pk-colour").value = mode;
    nodesDS.update(N.map(function (_, i) { return {id: i, group: visGroup(i)}; }));
    communityLegend();
  }
  function setSize(name) {
    state.size = name;
    $("pk-size").value = name;
    rankBy(name);
    widths.clear();
    nodesDS.update(N.map(function (_, i) { R[i] = nodeSize(i); return {id: i, size: R[i]}; }));
  }
  DATA.metrics.forEach(function (m) {
    var o = el("option", null, {mentions: "提及 mentions", documents: "文档 documents", degree: "连接 degree",
      pagerank: "PageRank", betweenness: "介数 betweenness"}[m] || m);
    o.value = m;
    $("pk-size").appendChild(o);
  });
  $("pk-colour").value = state.colour;
  $("pk-colour").addEventListener("change", function () { setColour(this.value); });
  $("pk-size").addEventListener("change", function () { setSize(this.value); });
  api.setColour = setColour; api.setSize = setSize;
  communityLegend();

  // ---- filters: they hide edges, and nodes left without a visible edge (unless asked not to)
  var W = DATA.weights, slider = $("pk-weight"), degreeSlider = $("pk-degree"), isolated = $("pk-isolated");
  slider.max = String(Math.max(0, W.length - 1));
  $("pk-weight-value").textContent = fmt(W[0]);
  slider.addEventListener("input", function () { $("pk-weight-value").textContent = fmt(W[+slider.value]); applyFilters(); });
  var maxDegree = 0;
  for (var d = 0; d < n; d++) if (degree[d] > maxDegree) maxDegree = degree[d];
  degreeSlider.max = String(Math.min(maxDegree, 50));
  degreeSlider.addEventListener("input", function () { $("pk-degree-value").textContent = degreeSlider.value; applyFilters(); });
  isolated.addEventListener("change", applyFilters);

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
  function edgeAllowed(ei, tf) {  // by the relation filters alone (focus and paths follow these)
    var e = E[ei];
    return kindOn[e.k] && (e.weight === null || e.weight >= (W[+slider.value] || 0)) && timeOk(edgeYears[ei], tf);
  }
  function applyFilters() {
    var tf = timeFilter(), minDegree = +degreeSlider.value, hideAlone = isolated.checked, i, e;
    var focus = state.focus, count = new Int32Array(n);
    for (i = 0; i < n; i++) {
      nodeBase[i] = typeOn[N[i].type] && timeOk(nodeYears[i], tf) && degree[i] >= minDegree &&
        (!focus || focus.member[i]) ? 1 : 0;
    }
    for (i = 0; i < E.length; i++) {
      e = E[i];
      edgeOn[i] = nodeBase[e.s] && nodeBase[e.t] && edgeAllowed(i, tf) ? 1 : 0;
      if (edgeOn[i]) { count[e.s]++; count[e.t]++; }
    }
    for (i = 0; i < n; i++) nodeOn[i] = nodeBase[i] && (!hideAlone || count[i] > 0 || (focus && focus.member[i])) ? 1 : 0;
    var nu = [], eu = [];
    for (i = 0; i < n; i++) if (nodeOn[i] !== nodeShown[i]) { nodeShown[i] = nodeOn[i]; nu.push({id: i, hidden: !nodeOn[i]}); }
    for (i = 0; i < E.length; i++) if (edgeOn[i] !== edgeShown[i]) { edgeShown[i] = edgeOn[i]; eu.push({id: i, hidden: !edgeOn[i]}); }
    if (nu.length) nodesDS.update(nu);
    if (eu.length) edgesDS.update(eu);
    if (!nu.length && !eu.length) network.redraw();
    showCounts();
  }
  function total(arr) { var c = 0; for (var i = 0; i < arr.length; i++) c += arr[i]; return c; }
  function showCounts() {
    $("pk-visible").textContent = "可见 Visible: " + fmt(total(nodeOn)) + " / " + fmt(n) + " 节点 nodes, " +
      fmt(total(edgeOn)) + " / " + fmt(E.length) + " 连线 edges";
  }
  function visibleIds() { var ids = []; for (var i = 0; i < n; i++) if (nodeOn[i]) ids.push(i); return ids; }
  function fit(ids) { network.fit({nodes: ids || visibleIds(), animation: false}); }
  applyFilters();
  mark("filters");
  fit();
  api.visibleNodeCount = function () { return total(nodeOn); };
  api.visibleEdgeCount = function () { return total(edgeOn); };
  api.isNodeVisible = function (i) { return !!nodeOn[i]; };
  api.isEdgeVisible = function (i) { return !!edgeOn[i]; };
  api.applyFilters = applyFilters;
  api.fit = fit;
  $("pk-fit").addEventListener("click", function () { fit(); });
  var physicsBox = $("pk-physics");
  physicsBox.addEventListener("change", function () {
    network.setOptions({physics: {enabled: physicsBox.checked}});
    if (!physicsBox.checked) syncPositions();
  });

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
    var b = button(N[i].name, "pk-link", function () { focusNode(i); });
    b.setAttribute("data-node", String(i));
    return b;
  }
  function edgeLink(ei, text) { return button(text, "pk-link", function () { focusEdge(ei); }); }
  function docLine(di) {
    var d = DOCS[di], line = el("span", "pk-doc");
    if (!d) return line;
    var parts = [d.title || d.id];
    if (d.date) parts.push(d.date);
    if (d.source) parts.push(d.source);
    if (d.title) parts.push(d.id);
    line.textContent = parts.join(" · ");
    return line;
  }
  function section(title, items, render, note) {
    if (!items.length) return null;
    panel.appendChild(el("h3", null, title));
    var list = el("ul");
    items.forEach(function (item) { var li = el("li"); render(li, item); list.appendChild(li); });
    panel.appendChild(list);
    if (note) panel.appendChild(el("p", "pk-note", note));
    return list;
  }
  function heading(children) {
    var h = el("h2");
    children.forEach(function (c) { h.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    panel.appendChild(h);
  }
  function hiddenNote(visible) {
    if (!visible) panel.appendChild(el("p", "pk-note", "（当前被筛选隐藏 Hidden by the current filters）"));
  }
  function terms(node) {  // what to mark in a sentence: the name and aliases of two characters or more
    return [node.name].concat((node.aliases || []).filter(function (s) { return String(s).length > 1; }))
      .filter(function (s) { return s && String(s).length; });
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
  function sentenceList(numbers, groupsOfTerms, cls) {
    var list = el("ol", cls);
    numbers.forEach(function (si) {
      var s = SENTS[si], li = el("li");
      var doc = docLine(s[0]);
      if (s[1] !== null && s[1] !== undefined) doc.appendChild(document.createTextNode(" · 句 sentence " + s[1]));
      li.appendChild(doc);
      var p = el("p", "pk-sentence");
      p.appendChild(highlight(String(s[2]), groupsOfTerms));
      li.appendChild(p);
      list.appendChild(li);
    });
    return list;
  }
  function byDate(numbers) {  // sentences by their document's date (undated last), then as given
    return numbers.map(function (si, k) { return [si, k]; }).sort(function (a, b) {
      var da = (DOCS[SENTS[a[0]][0]] || {}).date || "~", db = (DOCS[SENTS[b[0]][0]] || {}).date || "~";
      return da < db ? -1 : da > db ? 1 : a[1] - b[1];
    }).map(function (p) { return p[0]; });
  }

  function showNode(i) {
    var node = N[i], t = TYPES[node.type];
    clear(panel);
    panel.setAttribute("data-show", "node");
    panel.setAttribute("data-node", String(i));
    heading([icon(t.shape, t.colour), el("span", "pk-name", node.name)]);
    hiddenNote(nodeOn[i]);
    var tools = el("div", "pk-tools");
    if (state.focus && state.focus.member[i]) {
      tools.appendChild(button(state.focus.added[i] ? "收起 Collapse" : "展开 Expand", "pk-button pk-expand",
                               function () { toggleExpand(i); showNode(i); }));
      tools.appendChild(button("退出聚焦 Exit focus", "pk-button", exitFocus));
    } else {
      tools.appendChild(button("聚焦 Focus · 1 跳 hop", "pk-button pk-focus1", function () { enterFocus(i, 1); }));
      tools.appendChild(button("2 跳 hops", "pk-button pk-focus2", function () { enterFocus(i, 2); }));
    }
    tools.appendChild(button("路径起点 Path from", "pk-button", function () { $("pk-path-from").value = node.name; }));
    tools.appendChild(button("终点 to", "pk-button", function () { $("pk-path-to").value = node.name; }));
    panel.appendChild(tools);
    var dl = el("dl");
    field(dl, "类型 Type", t.name + (t.name !== t.key ? " " + t.key : ""));
    if (node.aliases && node.aliases.length) field(dl, "别名 Aliases", node.aliases.join("、"));
    field(dl, "身份 Role", node.role);
    field(dl, "所指 Stands for", node.descriptor);
    if (node.parts && node.parts.length) field(dl, "组成 Parts", node.parts.join("；"));
    field(dl, "释义 Definition", node.definition);
    field(dl, "提及 Mentions", node.mentions);
    field(dl, "文档 Documents", node.ndocs);
    field(dl, "时间 Seen", span(node.first, node.last));
    field(dl, "按年 By year", yearsText(node.by_year));
    field(dl, "连接 Degree", degree[i]);
    field(dl, "PageRank", node.pagerank);
    field(dl, "介数 Betweenness", node.betweenness);
    field(dl, "社区 Community", node.group);
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
    var ctx = node.ctx || [];
    if (ctx.length || node.mentions) {
      var shown = ctx.length < (node.mentions || 0) ? fmt(ctx.length) + " / " + fmt(node.mentions) : fmt(ctx.length);
      panel.appendChild(el("h3", "pk-mentions-title", "提及 Mentions (" + shown + ")"));
      if (ctx.length) panel.appendChild(sentenceList(byDate(ctx), [terms(node)], "pk-mentions"));
      if (ctx.length < (node.mentions || 0)) {
        panel.appendChild(el("p", "pk-note", META.concordance ? "列出前 " + fmt(ctx.length) + " 句（语料顺序）；全部提及见 mentions.csv。" +
          " The first sentences in corpus order; every mention is in mentions.csv."
          : "此页面没有句子（由 policykg build 生成的页面才有）。No sentences in this page (pages made by policykg build have them)."));
      }
    }
    section("文档 Documents", node.docs || [], function (li, di) { li.appendChild(docLine(di)); },
      node.ndocs && node.docs && node.ndocs > node.docs.length ? "仅列出前 " + node.docs.length + " 篇 (of " + fmt(node.ndocs) + ")" : null);
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
    panel.appendChild(sentenceList(ev, [terms(a), terms(b)], "pk-evidence"));
  }
  function clearPanel() {
    clear(panel);
    panel.removeAttribute("data-show");
    state.selected = -1;
    panel.appendChild(el("p", "pk-hint", "点击节点或连线查看详情；双击节点聚焦。Click a node or an edge for details; double-click a node to focus on it."));
  }
  function select(i) {
    state.selected = i;
    network.selectNodes([i], true);
  }
  function focusNode(i) {
    select(i);
    if (!nodeOn[i]) showNode(i);
    else {
      network.focus(i, {scale: Math.max(network.getScale(), 0.8), animation: false});
      showNode(i);
    }
  }
  function focusEdge(ei) {
    state.selected = -1;
    network.setSelection({nodes: [], edges: [ei]}, {unselectAll: true, highlightEdges: false});
    showEdge(ei);
  }
  api.showNode = showNode; api.showEdge = showEdge; api.focusNode = focusNode; api.focusEdge = focusEdge;

  network.on("click", function (p) {
    var i = nodeAt(p.pointer.DOM.x, p.pointer.DOM.y);
    if (i >= 0) { select(i); showNode(i); }
    else if (p.edges.length && edgeOn[p.edges[0]]) { focusEdge(p.edges[0]); }
    else { network.unselectAll(); clearPanel(); }
  });
  network.on("doubleClick", function (p) {
    var i = nodeAt(p.pointer.DOM.x, p.pointer.DOM.y);
    if (i < 0) return;
    if (state.focus && state.focus.member[i]) toggleExpand(i); else enterFocus(i, 1);
    select(i); showNode(i);
  });

  // ---- hover tip (our own: vis hover is off)
  var tip = $("pk-tip"), pending = null;
  container.addEventListener("mousemove", function (ev) {
    if (pending) return;
    pending = requestAnimationFrame(function () {
      pending = null;
      var r = container.getBoundingClientRect(), x = ev.clientX - r.left, y = ev.clientY - r.top;
      var i = nodeAt(x, y);
      if (i < 0) { tip.hidden = true; container.style.cursor = ""; return; }
      var node = N[i];
      tip.textContent = node.name + " · " + TYPES[node.type].name + (node.mentions !== undefined ? " · 提及 " + fmt(node.mentions) : "") +
        " · 连接 " + fmt(degree[i]);
      tip.style.left = (ev.clientX + 14) + "px";
      tip.style.top = (ev.clientY + 14) + "px";
      tip.hidden = false;
      container.style.cursor = "pointer";
    });
  });
  container.addEventListener("mouseleave", function () { tip.hidden = true; });
  ["dragStart", "zoom"].forEach(function (name) { network.on(name, function () { tip.hidden = true; }); });

  // ---- focus: the ego network of a node, laid out around it; expand and collapse in place
  var banner = $("pk-banner");
  function showBanner(text) {
    clear(banner);
    banner.hidden = !text;
    if (!text) return;
    banner.appendChild(el("span", null, text));
    banner.appendChild(button("退出 Exit", "pk-button", exitFocus));
  }
  function ring(centre, items, radius, start, spread) {  // positions on an arc around `centre`
    var moves = [], count = items.length;
    items.forEach(function (j, k) {
      var angle = start + (count === 1 ? 0 : spread * (k / count - 0.5 + 0.5 / count));
      if (spread >= 2 * Math.PI) angle = start + 2 * Math.PI * k / count;
      moves.push([j, centre[0] + radius * Math.cos(angle), centre[1] + radius * Math.sin(angle)]);
    });
    return moves;
  }
  function spacingFor(count) { return Math.max(140, count * 46 / (2 * Math.PI)); }
  function neighbours(i, tf) {
    var out = [], seen = {};
    adj[i].forEach(function (ei) {
      if (!edgeAllowed(ei, tf)) return;
      var e = E[ei], j = e.s === i ? e.t : e.s;
      if (!typeOn[N[j].type] || seen[j]) return;
      seen[j] = 1;
      out.push([j, e.weight || 0]);
    });
    out.sort(function (a, b) { return b[1] - a[1] || state.importance[b[0]] - state.importance[a[0]] || a[0] - b[0]; });
    return out.map(function (p) { return p[0]; });
  }
  function startFocus(root, title) {
    if (state.focus) restorePositions();
    state.focus = {root: root, member: new Uint8Array(n), members: [], saved: new Map(), added: {}, title: title};
  }
  function addMembers(items) {
    var f = state.focus;
    items.forEach(function (j) { if (!f.member[j]) { f.member[j] = 1; f.members.push(j); } });
  }
  function placeMembers(moves) {
    var f = state.focus;
    moves.forEach(function (m) { if (!f.saved.has(m[0])) f.saved.set(m[0], [X[m[0]], Y[m[0]]]); });
    moveNodes(moves);
  }
  function enterFocus(i, hops) {
    var tf = timeFilter();
    startFocus(i, N[i].name + " · " + hops + (hops === 1 ? " 跳 hop" : " 跳 hops"));
    var centre = [X[i], Y[i]], first = neighbours(i, tf), moves = [];
    addMembers([i]);
    addMembers(first);
    var r1 = spacingFor(first.length);
    moves = moves.concat(ring(centre, first, r1, 0, 2 * Math.PI));
    if (hops > 1) {
      var second = [], angleOf = {};
      moves.forEach(function (m) { angleOf[m[0]] = Math.atan2(m[2] - centre[1], m[1] - centre[0]); });
      first.forEach(function (j) {
        neighbours(j, tf).forEach(function (k) { if (!state.focus.member[k] && second.indexOf(k) < 0) { second.push(k); angleOf[k] = angleOf[j]; } });
      });
      second.sort(function (a, b) { return angleOf[a] - angleOf[b] || a - b; });
      addMembers(second);
      moves = moves.concat(ring(centre, second, Math.max(r1 + 160, spacingFor(second.length)), angleOf[second[0]] || 0, 2 * Math.PI));
    }
    placeMembers(moves);
    showBanner("聚焦 Focus: " + state.focus.title + " · " + fmt(state.focus.members.length) + " 个节点 nodes");
    applyFilters();
    fit(state.focus.members);
    select(i); showNode(i);
  }
  function toggleExpand(i) {
    var f = state.focus;
    if (!f) return;
    if (f.added[i]) {  // collapse: what expanding `i` brought, and what expanding those brought
      var drop = [], stack = f.added[i].slice();
      delete f.added[i];
      while (stack.length) { var j = stack.pop(); drop.push(j); if (f.added[j]) { stack = stack.concat(f.added[j]); delete f.added[j]; } }
      var back = [];
      drop.forEach(function (j) {
        f.member[j] = 0;
        if (f.saved.has(j)) { back.push([j].concat(f.saved.get(j))); f.saved.delete(j); }
      });
      f.members = f.members.filter(function (j) { return f.member[j]; });
      moveNodes(back);
    } else {
      var fresh = neighbours(i, timeFilter()).filter(function (j) { return !f.member[j]; });
      if (!fresh.length) return;
      var away = Math.atan2(Y[i] - Y[f.root], X[i] - X[f.root]);
      f.added[i] = fresh;
      addMembers(fresh);
      placeMembers(ring([X[i], Y[i]], fresh, Math.max(110, spacingFor(fresh.length) / 2), away, i === f.root ? 2 * Math.PI : Math.PI));
    }
    showBanner("聚焦 Focus: " + f.title + " · " + fmt(f.members.length) + " 个节点 nodes");
    applyFilters();
  }
  function restorePositions() {
    var back = [];
    state.focus.saved.forEach(function (xy, j) { back.push([j, xy[0], xy[1]]); });
    moveNodes(back);
  }
  function exitFocus() {
    if (!state.focus) return;
    restorePositions();
    state.focus = null;
    showBanner(null);
    applyFilters();
    fit();
    if (state.selected >= 0) showNode(state.selected);
  }
  api.focus = enterFocus; api.expand = toggleExpand; api.exitFocus = exitFocus;
  api.focusMembers = function () { return state.focus ? state.focus.members.slice() : null; };

  // ---- path finder: the strongest shortest path (a step costs 1/weight), as kg.path() finds it
  function findPath(a, b) {
    var tf = timeFilter(), cost = new Float64Array(n).fill(Infinity), via = new Int32Array(n).fill(-1);
    var heap = [[0, a]];
    cost[a] = 0;
    while (heap.length) {
      var top = heap[0], last = heap.pop();
      if (heap.length) {  // sift down
        heap[0] = last;
        for (var p = 0;;) {
          var l = 2 * p + 1, r = l + 1, m = p;
          if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
          if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
          if (m === p) break;
          var t = heap[m]; heap[m] = heap[p]; heap[p] = t; p = m;
        }
      }
      var c = top[0], i = top[1];
      if (c > cost[i]) continue;
      if (i === b) break;
      adj[i].forEach(function (ei) {
        if (!edgeAllowed(ei, tf)) return;
        var e = E[ei], j = e.s === i ? e.t : e.s;
        if (j !== b && !typeOn[N[j].type]) return;
        var next = c + 1 / Math.max(e.weight || 1, 1e-9);
        if (next < cost[j] - 1e-12) {
          cost[j] = next; via[j] = ei;
          heap.push([next, j]);
          for (var q = heap.length - 1; q > 0;) {  // sift up
            var up = (q - 1) >> 1;
            if (heap[up][0] <= heap[q][0]) break;
            var s = heap[up]; heap[up] = heap[q]; heap[q] = s; q = up;
          }
        }
      });
    }
    if (a !== b && via[b] < 0) return null;
    var steps = [], at = b;
    while (at !== a) { var ei = via[at], e = E[ei]; steps.unshift(ei); at = e.s === at ? e.t : e.s; }
    return steps;
  }
  function showPath(a, b) {
    var steps = findPath(a, b);
    clear(panel);
    panel.setAttribute("data-show", "path");
    heading(["路径 Path: ", nodeLink(a), " → ", nodeLink(b)]);
    if (!steps) {
      panel.appendChild(el("p", "pk-none", "没有路径 No path between them with the relations shown."));
      return null;
    }
    var nodes = [a];
    steps.forEach(function (ei) { var e = E[ei], last = nodes[nodes.length - 1]; nodes.push(e.s === last ? e.t : e.s); });
    panel.appendChild(el("p", "pk-note", fmt(steps.length) + " 步 steps; 每步是连接两者最强的关系 each step its relation and evidence."));
    var list = el("ol", "pk-path");
    steps.forEach(function (ei, k) {
      var e = E[ei], kind = KINDS[e.k], li = el("li", "pk-step"), from = nodes[k], to = nodes[k + 1];
      var line = el("div");
      line.appendChild(nodeLink(from));
      line.appendChild(el("span", "pk-small", " —" + kind.name + " " + kind.key + (kind.directed ? (e.s === from ? "→ " : "← ") : "— ")));
      line.appendChild(nodeLink(to));
      line.appendChild(el("span", "pk-small", " · 权重 " + fmt(e.weight) + " "));
      line.appendChild(edgeLink(ei, "详情"));
      li.appendChild(line);
      li.appendChild(sentenceList((e.ev || []).slice(0, 3), [terms(N[from]), terms(N[to])], "pk-evidence"));
      list.appendChild(li);
    });
    panel.appendChild(list);
    startFocus(a, "路径 path " + N[a].name + " → " + N[b].name);
    addMembers(nodes);
    var spacing = 180, y = Y[a];
    placeMembers(nodes.map(function (j, k) { return [j, X[a] + k * spacing, y + (k % 2 ? 60 : 0)]; }));
    showBanner("路径 Path: " + N[a].name + " → " + N[b].name + " · " + fmt(steps.length) + " 步 steps");
    applyFilters();
    fit(nodes);
    network.setSelection({nodes: nodes, edges: steps}, {unselectAll: true, highlightEdges: false});
    return {nodes: nodes, edges: steps};
  }
  function pathFromInputs() {
    var a = find($("pk-path-from").value)[0], b = find($("pk-path-to").value)[0], note = $("pk-path-note");
    note.textContent = a === undefined ? "找不到起点 No match for the start." : b === undefined ? "找不到终点 No match for the end." : "";
    if (a === undefined || b === undefined) return null;
    return showPath(a, b);
  }
  $("pk-path-go").addEventListener("click", pathFromInputs);
  ["pk-path-from", "pk-path-to"].forEach(function (id) {
    $(id).addEventListener("keydown", function (ev) { if (ev.key === "Enter") { ev.preventDefault(); pathFromInputs(); } });
  });
  api.findPath = function (a, b) { return showPath(a, b); };

  // ---- export: the current view as PNG, the visible nodes and edges as CSV
  function download(name, url) {
    var a = document.createElement("a");
    a.href = url; a.download = name;
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
  }
  function csvCell(value) {
    if (value === undefined || value === null) return "";
    var text = String(value);
    return /[",\n\r]/.test(text) ? "\"" + text.replace(/"/g, "\"\"") + "\"" : text;
  }
  function csv(rows) { return "\ufeff" + rows.map(function (r) { return r.map(csvCell).join(","); }).join("\r\n") + "\r\n"; }
  function nodeRows() {
    var rows = [["id", "name", "type", "community", "mentions", "documents", "degree", "pagerank", "betweenness",
                 "first_seen", "last_seen", "x", "y"]];
    for (var i = 0; i < n; i++) if (nodeOn[i]) {
      var node = N[i];
      rows.push([node.id, node.name, TYPES[node.type].key, node.group, node.mentions, node.ndocs, degree[i], node.pagerank,
                 node.betweenness, node.first, node.last, Math.round(X[i]), Math.round(Y[i])]);
    }
    return rows;
  }
  function edgeRows() {
    var rows = [["source", "target", "source_name", "target_name", "kind", "weight", "count", "documents", "npmi",
                 "first_seen", "last_seen"]];
    for (var i = 0; i < E.length; i++) if (edgeOn[i]) {
      var e = E[i];
      rows.push([N[e.s].id, N[e.t].id, N[e.s].name, N[e.t].name, KINDS[e.k].key, e.weight, e.count, e.ndocs, e.npmi, e.first, e.last]);
    }
    return rows;
  }
  function exportCSV(which) {
    var text = csv(which === "edges" ? edgeRows() : nodeRows());
    download("policykg-" + which + ".csv", "data:text/csv;charset=utf-8," + encodeURIComponent(text));
    return text;
  }
  function exportPNG() {
    network.redraw();
    var url = network.canvas.frame.canvas.toDataURL("image/png");
    download("policykg.png", url);
    return url.length;
  }
  $("pk-png").addEventListener("click", exportPNG);
  $("pk-csv-nodes").addEventListener("click", function () { exportCSV("nodes"); });
  $("pk-csv-edges").addEventListener("click", function () { exportCSV("edges"); });
  api.exportCSV = exportCSV; api.exportPNG = exportPNG;

  // ---- search, with "no match"
  var search = $("pk-search"), results = $("pk-results"), hits = [];
  function find(q) {
    q = String(q || "").trim().toLowerCase();
    if (!q) return [];
    var ranked = [];
    for (var i = 0; i < n; i++) {
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
    var q = search.value.trim();
    if (q && !hits.length) {
      var none = el("li", "pk-none", "无匹配 No match for “" + q + "”");
      none.setAttribute("role", "option");
      results.appendChild(none);
      return;
    }
    hits.forEach(function (i, rank) {
      var li = el("li");
      li.setAttribute("role", "option");
      if (!rank) li.className = "pk-active";
      li.appendChild(el("span", null, N[i].name));
      var lower = q.toLowerCase();
      var alias = (N[i].aliases || []).filter(function (a) { return String(a).toLowerCase().indexOf(lower) >= 0; })[0];
      li.appendChild(el("span", "pk-small", " " + TYPES[N[i].type].name + (alias && N[i].name.toLowerCase().indexOf(lower) < 0 ? " · 别名 " + alias : "") +
        (nodeOn[i] ? "" : " · 已隐藏 hidden")));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(i); });
      results.appendChild(li);
    });
  }
  function choose(i) { hits = []; clear(results); focusNode(i); }
  search.addEventListener("input", function () { hits = find(search.value); renderResults(); });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { hits = find(search.value); if (hits.length) choose(hits[0]); else renderResults(); ev.preventDefault(); }
    else if (ev.key === "Escape") { hits = []; clear(results); }
  });
  search.addEventListener("blur", function () { hits = []; clear(results); });
  api.search = find;
})();
