/* kg graph page. Document text is only ever placed with textContent / createTextNode:
   nothing from the data is parsed as HTML. vis-network draws only what is shown (a DataSet kept in
   step with the filters, never all 50,000 entities); the page data keeps every entity and relation
   for search, paths and the panel. Exposes window.kg for tests and notebooks. */
(function () {
  "use strict";

  var timing = { scriptStart: performance.now() };
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  timing.dataParsed = performance.now();
  var OPTIONS = DATA.options;
  var TYPE_COLOR = {};
  DATA.types.forEach(function (t) { TYPE_COLOR[t.type] = t.color; });
  var COMMUNITY_COLOR = {};
  DATA.communities.forEach(function (c) { COMMUNITY_COLOR[c.index] = c.color; });

  var nodeById = new Map(), edgeById = new Map(), edgesOf = new Map();
  DATA.nodes.forEach(function (n) { nodeById.set(n.id, n); edgesOf.set(n.id, []); });
  DATA.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    edgesOf.get(e.from).push(e);
    if (e.to !== e.from) edgesOf.get(e.to).push(e);
    var m = /\b(1[0-9]{3}|20[0-9]{2})\b/.exec(e.date || "");
    e.year = m ? parseInt(m[1], 10) : null;
  });
  function groupKey(e) { return e.predicate || e.relation; }
  var GROUP_LABEL = {};
  DATA.predicates.forEach(function (p) { GROUP_LABEL[p.key] = p.label; });
  function groupLabel(key) { return GROUP_LABEL[key] || key; }

  var U = window.kgPanel.makePanel({
    data: { nodeById: nodeById, edgeById: edgeById, edgesOf: edgesOf },
    typeColor: function (t) { return TYPE_COLOR[t] || "#7f7f7f"; },
    groupKey: groupKey, groupLabel: groupLabel,
    selectNode: function (id) { return selectNode(id); }, selectEdge: function (id) { return selectEdge(id); },
    expand: function (id) { expand(id); }, startPath: function (id) { startPath(id); },
    filterDoc: function (d) { setFilter({ doc: d }); },
    hiddenNotice: function (id, panel) { hiddenNotice(id, panel); }
  });
  var el = U.el, clear = U.clear, linkButton = U.linkButton;
  function norm(s) { return String(s).normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim(); }
  function plural(n, one, many) { return n.toLocaleString("en") + " " + (n === 1 ? one : many); }

  // ---------- what is shown ----------
  var DEFAULTS = { types: null, groups: [], stated: true, hedged: true, negated: true, minConfidence: 0,
                   yearFrom: "", yearTo: "", doc: "", minMentions: 0, showIsolated: false,
                   sizeBy: "mentions", colorBy: "type" };
  var state = JSON.parse(JSON.stringify(DEFAULTS));
  state.types = new Set(DATA.types.map(function (t) { return t.type; }));
  state.groups = new Set();
  // Big graphs open on an overview (the most connected entities); `scope` is what is open of it.
  // Positions given on the page (the overview's own layout, expanded neighbourhoods, re-layout)
  // take precedence over the whole graph's layout.
  var placed = new Map(), scope = null;
  function openOverview() {
    scope = new Set(DATA.overview.ids);
    placed = new Map();
    Object.keys(DATA.overview.positions).forEach(function (id) {
      var p = DATA.overview.positions[id]; placed.set(id, { x: p[0], y: p[1] });
    });
  }
  function showAll() { scope = null; placed = new Map(); nodes.clear(); edges.clear(); applyFilters(); }
  if (DATA.overview) openOverview();
  var visibleNodes = new Set(), visibleEdges = new Set();

  function nodePasses(n) {
    return state.types.has(n.type) && n.mentions >= state.minMentions &&
      (!state.doc || n.docs.indexOf(state.doc) >= 0);
  }
  function edgePasses(e) {
    if (state.groups.size && !state.groups.has(groupKey(e))) return false;
    if (e.negated ? !state.negated : e.hedged ? !state.hedged : !state.stated) return false;
    if (state.minConfidence > 0 && (e.confidence === null || e.confidence < state.minConfidence)) return false;
    if ((state.yearFrom || state.yearTo) && (e.year === null || (state.yearFrom && e.year < +state.yearFrom) ||
        (state.yearTo && e.year > +state.yearTo))) return false;
    if (state.doc && !e.evidence.some(function (ev) { return ev.doc === state.doc; })) return false;
    return true;
  }
  function edgeFilterActive() {
    return state.groups.size || !state.stated || !state.hedged || !state.negated || state.minConfidence > 0 ||
      state.yearFrom || state.yearTo;
  }
  function computeVisible() {
    var vn = new Set(), ve = new Set(), touched = new Set();
    var passing = new Set();
    DATA.nodes.forEach(function (n) { if (nodePasses(n)) passing.add(n.id); });
    DATA.nodes.forEach(function (n) { if (passing.has(n.id) && (!scope || scope.has(n.id))) vn.add(n.id); });
    // "Touched": has a relation that passes the filters, drawn or (outside an overview) not.
    DATA.edges.forEach(function (e) {
      if (!passing.has(e.from) || !passing.has(e.to) || !edgePasses(e)) return;
      touched.add(e.from); touched.add(e.to);
      if (vn.has(e.from) && vn.has(e.to)) ve.add(e.id);
    });
    // Entities left without a relation go, unless asked for: with an edge filter always (a
    // relation filter should show its relations), otherwise the "no relation" ones by default.
    var keepBare = state.showIsolated && !edgeFilterActive();
    vn.forEach(function (id) { if (!touched.has(id) && !keepBare) vn.delete(id); });
    if (keepBare && scope) {
      DATA.nodes.forEach(function (n) { if (n.degree === 0 && nodePasses(n)) vn.add(n.id); });
    }
    visibleNodes = vn; visibleEdges = ve;
  }

  // ---------- vis data ----------
  function shade(hex, f) {
    var v = parseInt(hex.slice(1), 16);
    var r = Math.round(((v >> 16) & 255) * f), g = Math.round(((v >> 8) & 255) * f), b = Math.round((v & 255) * f);
    return "#" + ((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1);
  }
  OPTIONS.groups = {};
  DATA.types.forEach(function (t) {
    OPTIONS.groups[t.type] = { color: { background: t.color, border: shade(t.color, 0.7),
      highlight: { background: t.color, border: "#1d2330" }, hover: { background: t.color, border: "#1d2330" } } };
  });
  function sizeOf(n) {
    var v = state.sizeBy === "degree" ? n.degree : n.mentions;
    return Math.round(Math.min(48, 10 + 4 * Math.sqrt(Math.max(1, v))) * 10) / 10;
  }
  function visNode(n) {
    var p = placed.get(n.id) || n;
    var item = { id: n.id, x: p.x, y: p.y, size: sizeOf(n), group: n.type,
      title: n.label + " (" + n.type + ", " + plural(n.mentions, "mention", "mentions") + ", " +
        plural(n.degree, "relation", "relations") + ")" };
    if (state.colorBy === "community") {
      var c = COMMUNITY_COLOR[n.community] || DATA.colors.other;
      item.color = { background: c, border: shade(c, 0.7), highlight: { background: c, border: "#1d2330" } };
    }
    return item;
  }
  function visEdge(e) {
    var item = { id: e.id, from: e.from, to: e.to,
      title: U.verbPhrase(e) + " (" + plural(e.evidence.length, "sentence", "sentences") + ")" };
    if (e.negated || e.hedged) {
      item.color = { color: e.negated ? DATA.colors.negated : DATA.colors.hedged, highlight: "#1d2330", hover: "#1d2330" };
      item.dashes = e.negated ? [2, 4] : [7, 4];
    }
    if (e.curve) item.smooth = { enabled: true, type: "curvedCW", roundness: e.curve };
    return item;
  }
  var nodes = new vis.DataSet([]), edges = new vis.DataSet([]);
  // Bring the DataSets in step with visibleNodes/visibleEdges, touching only what changed.
  function sync(restyle) {
    var gone = nodes.getIds().filter(function (id) { return !visibleNodes.has(id); });
    var goneE = edges.getIds().filter(function (id) { return !visibleEdges.has(id); });
    edges.remove(goneE); nodes.remove(gone);
    var add = [];
    visibleNodes.forEach(function (id) { if (restyle || !nodes.get(id)) add.push(visNode(nodeById.get(id))); });
    nodes.update(add);
    var addE = [];
    visibleEdges.forEach(function (id) { if (!edges.get(id)) addE.push(visEdge(edgeById.get(id))); });
    edges.add(addE);
    importance = null;
  }

  // ---------- network ----------
  var container = document.getElementById("kg-network");
  var message = document.getElementById("kg-message");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, OPTIONS);
  network.once("afterDrawing", function () {
    timing.firstDraw = performance.now();
    if (!OPTIONS.physics.enabled) timing.stable = timing.firstDraw;
  });
  network.once("stabilizationIterationsDone", function () {
    fit();
    network.once("afterDrawing", function () { timing.stable = performance.now(); });
  });
  // What the panel covers: its width on the right, or (narrow screens) its height at the bottom.
  function panelCover() {
    if (!U.isOpen()) return { w: 0, h: 0 };
    return window.innerWidth >= 700 ? { w: U.box.offsetWidth + 20, h: 0 } : { w: 0, h: U.box.offsetHeight + 12 };
  }
  /* Fit to what is shown, in the part of the canvas the panel leaves free. */
  function fit(ids) {
    ids = ids || nodes.getIds();
    if (!ids.length) return;
    var pos = network.getPositions(ids), x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    ids.forEach(function (id) {
      var p = pos[id], r = sizeOf(nodeById.get(id));
      x0 = Math.min(x0, p.x - r); x1 = Math.max(x1, p.x + r); y0 = Math.min(y0, p.y - r); y1 = Math.max(y1, p.y + r + 24);
    });
    // Screen margins for what the dots' box leaves out: names run wider than their dots, the
    // message bar covers the top.
    var top = message.hidden ? 16 : message.offsetHeight + 36, side = 80, bottom = 24;
    var cover = panelCover(), pw = cover.w;
    bottom += cover.h;
    var W = container.clientWidth - pw - 2 * side, H = container.clientHeight - top - bottom;
    var scale = Math.max(0.02, Math.min(1.2, W / Math.max(1, x1 - x0), H / Math.max(1, y1 - y0)));
    network.moveTo({ position: { x: (x0 + x1) / 2 + pw / 2 / scale, y: (y0 + y1) / 2 - (top - bottom) / 2 / scale },
                     scale: scale, animation: false });
  }
  function centreOn(id) {
    var p = network.getPositions([id])[id];
    if (!p) return;
    var scale = Math.max(network.getScale(), 1.0);
    var cover = panelCover();
    network.moveTo({ position: { x: p.x + cover.w / 2 / scale, y: p.y + cover.h / 2 / scale }, scale: scale, animation: { duration: 300 } });
  }
  timing.dataSets = performance.now();

  // ---------- labels ----------
  var focus = { centres: new Set(), nodes: new Set(), edges: new Set() }, hovered = null, importance = null;
  function focusOf(id, into) {
    if (!id || !visibleNodes.has(id)) return;
    into.centres.add(id); into.nodes.add(id);
    edgesOf.get(id).forEach(function (e) {
      if (!visibleEdges.has(e.id)) return;
      into.edges.add(e.id); into.nodes.add(e.from); into.nodes.add(e.to);
    });
  }
  function refreshFocus() {
    focus = { centres: new Set(), nodes: new Set(), edges: new Set() };
    network.getSelectedNodes().forEach(function (id) { focusOf(id, focus); });
    network.getSelectedEdges().forEach(function (id) {
      var e = edgeById.get(id); if (e && visibleEdges.has(id)) { focus.edges.add(id); focus.nodes.add(e.from); focus.nodes.add(e.to); }
    });
    focusOf(hovered, focus);
  }
  function order() {
    if (importance) return importance;
    var key = state.sizeBy === "degree" ? "degree" : "mentions", other = key === "degree" ? "mentions" : "degree";
    var ns = Array.from(visibleNodes).map(function (id) { return nodeById.get(id); });
    ns.sort(function (a, b) { return b[key] - a[key] || b[other] - a[other] || (a.label < b.label ? -1 : 1); });
    var es = Array.from(visibleEdges).map(function (id) { return edgeById.get(id); });
    es.sort(function (a, b) {
      var ia = nodeById.get(a.from)[key] + nodeById.get(a.to)[key], ib = nodeById.get(b.from)[key] + nodeById.get(b.to)[key];
      return b.evidence.length - a.evidence.length || ib - ia || (a.id < b.id ? -1 : 1);
    });
    importance = { nodes: ns.map(function (n) { return n.id; }), edges: es.map(function (e) { return e.id; }) };
    return importance;
  }
  var labels = window.kgLabels.makeLayer(network, {
    nodes: function () { return order().nodes; },
    edges: function () { return order().edges; },
    nodeText: function (id) { return nodeById.get(id).label; },
    edgeText: function (id) { var e = edgeById.get(id); return e.negated ? "not " + e.relation.replace(/^(did )?not /, "") : e.relation; },
    edgeColor: function (id) { var e = edgeById.get(id); return e.negated ? "#8e2318" : e.hedged ? "#7a5a00" : "#4a505c"; },
    focus: function () { return focus; },
    covered: function () {
      var base = container.getBoundingClientRect();
      return [message, U.box].filter(function (e) { return !e.hidden; }).map(function (e) {
        var r = e.getBoundingClientRect();
        return { x: r.left - base.left, y: r.top - base.top, w: r.width, h: r.height };
      });
    }
  });
  // With thousands of dots drawn ("Show all" on a big graph), names wait until a drag or zoom
  // stops: placing them every frame would halve the frame rate.
  var moving = false, still = null;
  function motion() { moving = true; clearTimeout(still); still = setTimeout(function () { moving = false; network.redraw(); }, 160); }
  network.on("dragging", motion);
  network.on("zoom", motion);
  network.on("afterDrawing", function (ctx) { if (!moving || visibleNodes.size < 3000) labels.draw(ctx); });
  network.on("hoverNode", function (p) { hovered = p.node; refreshFocus(); network.redraw(); });
  network.on("blurNode", function () { hovered = null; refreshFocus(); network.redraw(); });

  // ---------- filters ----------
  function describeFilters() { return window.kgControls.describe(state, DATA, groupLabel); }
  function applyFilters(keepView) {
    computeVisible();
    sync(false);
    refreshFocus();
    document.getElementById("kg-visible").textContent =
      "Showing " + visibleNodes.size.toLocaleString("en") + " of " + plural(DATA.nodes.length, "entity", "entities") +
      ", " + visibleEdges.size.toLocaleString("en") + " of " + plural(DATA.edges.length, "relation", "relations") + ".";
    clear(message);
    var isolated = DATA.isolated;
    if (!visibleNodes.size) {
      var why = describeFilters();
      message.appendChild(el("strong", null, "Nothing to show. "));
      message.appendChild(document.createTextNode(why.length ? "No relation passes the filters (" + why.join("; ") + "). "
        : "This graph has no relation yet. "));
      if (why.length) message.appendChild(linkButton("Reset filters", resetFilters));
      if (!why.length && isolated && !state.showIsolated) message.appendChild(linkButton("Show the " + plural(isolated, "entity", "entities"), function () { setFilter({ showIsolated: true }); }));
    } else {
      if (scope) {
        message.appendChild(document.createTextNode("Overview: " + plural(scope.size, "entity", "entities") + " of " +
          DATA.nodes.length.toLocaleString("en") + " (the most connected and what you opened). Search, double-click or “Expand” opens more. "));
        message.appendChild(linkButton("Show all", showAll));
        message.appendChild(document.createTextNode(" · "));
      }
      if (isolated && !edgeFilterActive()) {
        message.appendChild(document.createTextNode(plural(isolated, "entity", "entities") + " with no relation — "));
        message.appendChild(linkButton(state.showIsolated ? "hide" : "show", function () { setFilter({ showIsolated: !state.showIsolated }); }));
      }
    }
    message.hidden = !message.firstChild;
    if (!keepView) fit();
    writeHash();
  }
  function setFilter(changes) {
    Object.keys(changes).forEach(function (k) { state[k] = changes[k]; });
    syncControls();
    applyFilters();
  }
  function resetFilters() {
    state.types = new Set(DATA.types.map(function (t) { return t.type; }));
    state.groups = new Set();
    ["stated", "hedged", "negated", "minConfidence", "yearFrom", "yearTo", "doc", "minMentions", "showIsolated"]
      .forEach(function (k) { state[k] = DEFAULTS[k]; });
    syncControls();
    applyFilters();
  }
  var controls = window.kgControls.build({
    data: DATA, state: state, el: el, groupLabel: groupLabel, typeColor: TYPE_COLOR, communityColor: COMMUNITY_COLOR,
    apply: function () { applyFilters(); }, reset: resetFilters,
    restyle: function () { sync(true); network.redraw(); }
  });
  function syncControls() { controls.sync(); }

  // ---------- selection ----------
  var pendingHidden = null;
  function hiddenNotice(id, panel) {
    if (visibleNodes.has(id)) return;
    var n = nodeById.get(id), box = el("div", "kg-notice");
    var why = describeFilters();
    box.appendChild(document.createTextNode(n.label + " is not drawn" + (why.length ? " (filters: " + why.join("; ") + "). " : n.degree ? ". " : ": it has no relation. ")));
    box.appendChild(linkButton(why.length ? "Clear the filters and show it" : "Show it", function () {
      if (why.length) resetFilters();
      if (!n.degree) setFilter({ showIsolated: true });
      selectNode(id);
    }));
    panel.insertBefore(box, panel.children[2] || null);
  }
  /* Open more of an overview: the entity and its neighbours, neighbours placed around it if their
     global position is far away (laid out anew for this view). */
  function expand(id) {
    if (scope) {
      var fresh = [];
      if (!scope.has(id)) { scope.add(id); fresh.push(id); }
      edgesOf.get(id).forEach(function (e) {
        var other = e.from === id ? e.to : e.from;
        if (!scope.has(other)) { scope.add(other); fresh.push(other); }
      });
      placeAround(id, fresh);
      applyFilters(true);
    }
    var hood = [id].concat(edgesOf.get(id).map(function (e) { return e.from === id ? e.to : e.from; }));
    fit(hood.filter(function (o) { return visibleNodes.has(o); }));
  }
  /* Positions for entities newly opened in an overview: the entity next to a drawn neighbour (or
     in the middle of the view), its new neighbours on a ring around it. */
  function placeAround(id, fresh) {
    var drawn = network.getPositions(nodes.getIds()), keys = Object.keys(drawn);
    var ring = fresh.filter(function (o) { return o !== id; });
    var radius = Math.max(180, ring.length * 16);
    if (!drawn[id]) {
      // Not drawn yet: right of everything drawn, level with a drawn neighbour if it has one.
      var anchor = edgesOf.get(id).map(function (e) { return e.from === id ? e.to : e.from; })
        .filter(function (o) { return drawn[o]; })[0];
      var right = keys.reduce(function (m, k) { return Math.max(m, drawn[k].x); }, -Infinity);
      placed.set(id, keys.length ? { x: Math.round(right + radius + 160), y: anchor ? drawn[anchor].y : drawn[keys[0]].y }
                                 : { x: 0, y: 0 });
    }
    var centre = placed.get(id) || drawn[id];
    ring.forEach(function (o, i) {
      var a = 2 * Math.PI * i / ring.length;
      placed.set(o, { x: centre.x + radius * Math.cos(a), y: centre.y + radius * Math.sin(a) });
    });
    if (ring.length <= 200) {
      window.kgGraph.relax(ring.map(function (o) { return placed.get(o); }), centre,
        keys.filter(function (k) { return k !== id; }).map(function (k) { return drawn[k]; }), radius);
    }
    ring.forEach(function (o) { var p = placed.get(o); p.x = Math.round(p.x); p.y = Math.round(p.y); });
  }
  function selectNode(id, zoom) {
    if (!nodeById.has(id)) return false;
    if (pathFrom && pathFrom !== id) { var from = pathFrom; pathFrom = null; return showPath(from, id); }
    if (scope && !scope.has(id) && nodePasses(nodeById.get(id))) expand(id);
    var shown = U.showNode(id);  // first: centring leaves room for the panel
    if (visibleNodes.has(id)) {
      network.selectNodes([id]);
      refreshFocus();
      if (zoom !== false) centreOn(id);
    } else network.unselectAll();
    writeHash();
    return shown;
  }
  function selectEdge(id) {
    var e = edgeById.get(id);
    if (!e) return false;
    if (scope && (!scope.has(e.from) || !scope.has(e.to))) { scope.add(e.from); scope.add(e.to); applyFilters(true); }
    if (visibleEdges.has(id)) network.setSelection({ nodes: [], edges: [id] }, { unselectAll: true, highlightEdges: false });
    refreshFocus();
    return U.showEdge(id);
  }
  function clearSelection() { network.unselectAll(); U.close(); refreshFocus(); network.redraw(); writeHash(); }
  network.on("click", function (params) {
    if (params.nodes.length) selectNode(params.nodes[0], false);
    else if (params.edges.length) selectEdge(params.edges[0]);
    else clearSelection();
  });
  network.on("doubleClick", function (params) { if (params.nodes.length) expand(params.nodes[0]); });
  document.getElementById("kg-panel-close").addEventListener("click", clearSelection);
  document.getElementById("kg-fit").addEventListener("click", function () { fit(); });
  document.getElementById("kg-relayout").addEventListener("click", relayout);
  /* Lay out what is shown anew: a short force simulation, then still again. */
  function relayout() {
    network.setOptions({ physics: { enabled: true } });
    network.stabilize(150);
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      var pos = network.getPositions();
      Object.keys(pos).forEach(function (id) { placed.set(id, pos[id]); });
      fit();
    });
  }

  // ---------- paths ----------
  var pathFrom = null;
  function startPath(id) {
    pathFrom = id;
    U.open("path", id);
    U.panel.appendChild(el("h2", null, "Path from " + nodeById.get(id).label));
    U.panel.appendChild(el("p", "kg-meta", "Now pick the other entity: search for it or click it."));
    document.getElementById("kg-search").focus();
  }
  function shortestPath(a, b) { return window.kgGraph.shortestPath(edgesOf, a, b); }
  function showPath(a, b) {
    var chain = shortestPath(a, b);
    U.open("path", a + "|" + b);
    U.panel.appendChild(el("h2", null, nodeById.get(a).label + " → " + nodeById.get(b).label));
    if (!chain) { U.panel.appendChild(el("p", "kg-meta", "No chain of relations connects them.")); return false; }
    U.panel.appendChild(el("p", "kg-meta", plural(chain.length - 1, "step", "steps")));
    var ol = el("ol", "kg-path"), pathEdges = [];
    for (var i = 0; i + 1 < chain.length; i++) {
      var li = el("li"), ul = el("ul");
      edgesOf.get(chain[i]).filter(function (e) { return e.from === chain[i + 1] || e.to === chain[i + 1]; }).forEach(function (e) {
        var item = el("li"); item.appendChild(U.statement(e, null)); pathEdges.push(e.id);
        if (e.evidence.length) item.appendChild(el("div", "kg-meta kg-example", e.evidence[0].sentence));
        ul.appendChild(item);
      });
      li.appendChild(ul); ol.appendChild(li);
    }
    U.panel.appendChild(ol);
    if (scope) chain.forEach(function (id) { scope.add(id); });
    applyFilters(true);
    var drawn = chain.filter(function (id) { return visibleNodes.has(id); });
    network.setSelection({ nodes: drawn, edges: pathEdges.filter(function (id) { return visibleEdges.has(id); }) }, { highlightEdges: false });
    refreshFocus();
    fit(drawn);
    return true;
  }

  // ---------- URL hash: selection and filters, so a view can be shared and reloaded ----------
  var hashReady = false;
  function writeHash() {
    if (!hashReady) return;
    var h = window.kgControls.encode(state, DEFAULTS, DATA);
    var sel = U.panel.dataset.kind === "node" ? U.panel.dataset.id : "";
    if (sel) h.push("sel=" + encodeURIComponent(sel));
    var text = h.length ? "#" + h.join("&") : " ";
    if (location.hash === text.trim()) return;
    try {
      history.replaceState(null, "", text === " " ? location.pathname + location.search : text);
    } catch (err) { /* a sandboxed embed (about:srcdoc, as in notebooks) has no URL of its own */ }
  }
  function readHash() {
    var sel = window.kgControls.decode(location.hash, state, DATA);
    syncControls();
    return sel;
  }

  // ---------- keys and search ----------
  var input = document.getElementById("kg-search");
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") {
      if (!window.kgSearch.hidden()) return;  // the search box closes its list first
      if (U.isOpen()) { clearSelection(); if (document.activeElement) document.activeElement.blur(); }
      pathFrom = null;
    } else if (ev.key === "/" && document.activeElement !== input && !/^(INPUT|SELECT|TEXTAREA)$/.test(ev.target.tagName)) {
      input.focus(); ev.preventDefault();
    }
  });
  var search = window.kgSearch.attach(DATA.nodes, nodeById, TYPE_COLOR, norm, el, clear, function (id) { selectNode(id); });
  window.addEventListener("resize", function () { fit(); });

  var startSel = readHash();
  applyFilters();
  timing.setData = performance.now();
  hashReady = true;
  if (startSel && nodeById.has(startSel)) selectNode(startSel);
  writeHash();

  window.kg = {
    data: DATA, network: network, nodes: nodes, edges: edges, state: state, timing: timing, search: search,
    selectNode: selectNode, selectEdge: selectEdge, showNode: U.showNode, showEdge: U.showEdge,
    applyFilters: applyFilters, setFilter: setFilter, resetFilters: resetFilters, expand: expand, fit: fit,
    shortestPath: shortestPath, showPath: showPath, relayout: relayout,
    labelBoxes: function () { return labels.boxes(); },
    node: function (id) { return nodeById.get(id); }, edge: function (id) { return edgeById.get(id); },
    visible: function () { return { nodes: Array.from(visibleNodes), edges: Array.from(visibleEdges) }; },
    scope: function () { return scope ? Array.from(scope) : null; },
    drawnCounts: function () {
      return { nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length };
    }
  };
  window.kgExport.wire(window.kg);
})();
