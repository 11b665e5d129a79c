/* kg graph page. Document text is only ever placed with textContent / createTextNode:
   nothing from the data is parsed as HTML. Exposes window.kg for tests and notebooks. */
(function () {
  "use strict";

  var timing = { scriptStart: performance.now() };
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  timing.dataParsed = performance.now();
  var OPTIONS = DATA.options;
  var TYPE_COLOR = {};
  DATA.types.forEach(function (t) { TYPE_COLOR[t.type] = t.color; });

  var nodeById = new Map();
  var edgeById = new Map();
  var edgesOf = new Map();
  DATA.nodes.forEach(function (n) { nodeById.set(n.id, n); edgesOf.set(n.id, []); });
  DATA.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    edgesOf.get(e.from).push(e);
    if (e.to !== e.from) edgesOf.get(e.to).push(e);
  });

  // ---------- small DOM helpers (text only, never HTML) ----------
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function linkButton(text, onClick, title) {
    var b = el("button", "kg-link", text);
    b.type = "button";
    if (title) b.title = title;
    b.addEventListener("click", onClick);
    return b;
  }
  function norm(s) { return String(s).normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim(); }
  function escapeRegExp(s) { return s.replace(/[.*+?^${}()|[\]\\\/]/g, "\\$&"); }
  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  // ---------- vis data ----------
  function shade(hex, f) {
    var v = parseInt(hex.slice(1), 16);
    var r = Math.round(((v >> 16) & 255) * f), g = Math.round(((v >> 8) & 255) * f), b = Math.round((v & 255) * f);
    return "#" + ((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1);
  }
  // Per-type colours go in vis "groups", and per-element options only where they differ from
  // the defaults: vis-network deep-copies each element's options, the main cost at 2,000+ nodes.
  OPTIONS.groups = {};
  DATA.types.forEach(function (t) {
    OPTIONS.groups[t.type] = { color: { background: t.color, border: shade(t.color, 0.7),
      highlight: { background: t.color, border: "#1d2330" }, hover: { background: t.color, border: "#1d2330" } } };
  });
  function visNode(n) {
    var item = {
      id: n.id, label: n.label, x: n.x, y: n.y, size: n.size, group: n.type,
      title: n.label + " (" + n.type + ", " + plural(n.mentions, "mention", "mentions") + ")"
    };
    // Bigger entities get bigger labels, so hubs stay labelled when zoomed out.
    var fontSize = Math.round(15 + Math.max(0, n.size - 14) * 0.7);
    if (fontSize !== 15) item.font = { size: fontSize };
    return item;
  }
  function visEdge(e) {
    var item = {
      id: e.id, from: e.from, to: e.to, label: e.relation,
      title: e.relation + " (" + plural(e.evidence.length, "sentence", "sentences") + ")"
    };
    if (e.negated || e.hedged) {
      item.color = { color: e.negated ? DATA.colors.negated : DATA.colors.hedged, highlight: "#1d2330", hover: "#1d2330" };
      item.dashes = e.negated ? [2, 4] : [7, 4];
    }
    if (e.curve) item.smooth = { enabled: true, type: "curvedCW", roundness: e.curve };
    return item;
  }
  var nodes = new vis.DataSet(DATA.nodes.map(visNode));
  var edges = new vis.DataSet(DATA.edges.map(visEdge));

  // ---------- filters ----------
  var state = {
    types: new Set(DATA.types.map(function (t) { return t.type; })),
    relation: "", doc: "", minMentions: 0, hideIsolated: false
  };
  var visibleNodes = new Set(nodeById.keys());
  var visibleEdges = new Set(edgeById.keys());

  function computeVisible() {
    var vn = new Set();
    DATA.nodes.forEach(function (n) {
      if (!state.types.has(n.type)) return;
      if (n.mentions < state.minMentions) return;
      if (state.doc && n.docs.indexOf(state.doc) < 0) return;
      vn.add(n.id);
    });
    var ve = new Set();
    var touched = new Set();
    DATA.edges.forEach(function (e) {
      if (!vn.has(e.from) || !vn.has(e.to)) return;
      if (state.relation && e.relation !== state.relation) return;
      if (state.doc && !e.evidence.some(function (ev) { return ev.doc === state.doc; })) return;
      ve.add(e.id); touched.add(e.from); touched.add(e.to);
    });
    if (state.hideIsolated) vn.forEach(function (id) { if (!touched.has(id)) vn.delete(id); });
    visibleNodes = vn; visibleEdges = ve;
  }
  var nodesView = new vis.DataView(nodes, { filter: function (n) { return visibleNodes.has(n.id); } });
  var edgesView = new vis.DataView(edges, { filter: function (e) { return visibleEdges.has(e.id); } });

  function applyFilters() {
    computeVisible();
    nodesView.refresh();
    edgesView.refresh();
    document.getElementById("kg-visible").textContent =
      "Showing " + visibleNodes.size + " of " + plural(DATA.nodes.length, "entity", "entities") +
      ", " + visibleEdges.size + " of " + plural(DATA.edges.length, "relation", "relations") + ".";
  }

  // ---------- network ----------
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: [], edges: [] }, OPTIONS);
  network.once("afterDrawing", function () {
    timing.firstDraw = performance.now();
    if (!OPTIONS.physics.enabled) timing.stable = timing.firstDraw;
  });
  network.once("stabilizationIterationsDone", function () {
    fitAll();
    network.once("afterDrawing", function () { timing.stable = performance.now(); });
  });
  // fit() only accounts for the dots; leave a margin so labels at the edge are not cut off.
  function fitAll() {
    network.fit({ animation: false });
    network.moveTo({ scale: network.getScale() * 0.9, animation: false });
  }
  timing.dataSets = performance.now();
  network.setData({ nodes: nodesView, edges: edgesView });
  if (!OPTIONS.physics.enabled) fitAll();
  timing.setData = performance.now();

  var physicsBox = document.getElementById("kg-physics");
  physicsBox.checked = !!OPTIONS.physics.enabled;
  physicsBox.addEventListener("change", function () {
    network.setOptions({ physics: { enabled: physicsBox.checked } });
  });
  document.getElementById("kg-fit").addEventListener("click", fitAll);

  // ---------- legend + filter controls ----------
  (function buildControls() {
    var typeList = document.getElementById("kg-legend-types");
    DATA.types.forEach(function (t) {
      var li = el("li"), label = el("label"), box = el("input"), sw = el("span", "kg-swatch");
      box.type = "checkbox"; box.checked = true; box.value = t.type;
      box.addEventListener("change", function () {
        if (box.checked) state.types.add(t.type); else state.types.delete(t.type);
        applyFilters();
      });
      sw.style.background = t.color;
      label.appendChild(box); label.appendChild(sw); label.appendChild(document.createTextNode(t.type));
      label.appendChild(el("span", "kg-count", t.count));
      li.appendChild(label); typeList.appendChild(li);
    });

    var edgeList = document.getElementById("kg-legend-edges");
    var SVG = "http://www.w3.org/2000/svg";
    [["stated", DATA.colors.edge, null], ["hedged (reportedly, may…)", DATA.colors.hedged, "7 4"],
     ["negated (did not…)", DATA.colors.negated, "2 4"]].forEach(function (row) {
      var li = el("li"), svg = document.createElementNS(SVG, "svg"), line = document.createElementNS(SVG, "line");
      svg.setAttribute("width", "34"); svg.setAttribute("height", "10"); svg.setAttribute("aria-hidden", "true");
      line.setAttribute("x1", "1"); line.setAttribute("y1", "5"); line.setAttribute("x2", "33"); line.setAttribute("y2", "5");
      line.setAttribute("stroke", row[1]); line.setAttribute("stroke-width", "2");
      if (row[2]) line.setAttribute("stroke-dasharray", row[2]);
      svg.appendChild(line); li.appendChild(svg); li.appendChild(document.createTextNode(row[0]));
      edgeList.appendChild(li);
    });

    function fillSelect(select, allText, items) {
      select.appendChild(new Option(allText, ""));
      items.forEach(function (it) { select.appendChild(new Option(it[1], it[0])); });
    }
    var rel = document.getElementById("kg-filter-relation");
    fillSelect(rel, "All relations", DATA.relations.map(function (r) { return [r.relation, r.relation + " (" + r.count + ")"]; }));
    rel.addEventListener("change", function () { state.relation = rel.value; applyFilters(); });
    var doc = document.getElementById("kg-filter-doc");
    fillSelect(doc, "All documents", DATA.docs.map(function (d) { return [d, d]; }));
    doc.addEventListener("change", function () { state.doc = doc.value; applyFilters(); });
    var mentions = document.getElementById("kg-filter-mentions");
    mentions.addEventListener("input", function () {
      state.minMentions = Math.max(0, parseInt(mentions.value, 10) || 0); applyFilters();
    });
    var iso = document.getElementById("kg-filter-isolated");
    iso.addEventListener("change", function () { state.hideIsolated = iso.checked; applyFilters(); });
    document.getElementById("kg-filter-reset").addEventListener("click", resetFilters);
  })();

  function resetFilters() {
    state.types = new Set(DATA.types.map(function (t) { return t.type; }));
    state.relation = ""; state.doc = ""; state.minMentions = 0; state.hideIsolated = false;
    document.querySelectorAll("#kg-legend-types input").forEach(function (b) { b.checked = true; });
    document.getElementById("kg-filter-relation").value = "";
    document.getElementById("kg-filter-doc").value = "";
    document.getElementById("kg-filter-mentions").value = "0";
    document.getElementById("kg-filter-isolated").checked = false;
    applyFilters();
  }

  // ---------- side panel ----------
  var panel = document.getElementById("kg-panel");
  var panelBox = document.getElementById("kg-panel-box");
  function openPanel(kind, id) {
    clear(panel);
    panel.dataset.kind = kind; panel.dataset.id = id;
    panelBox.hidden = false;
    panel.scrollTop = 0;
  }

  function typeBadge(type) {
    var b = el("span", "kg-badge", type);
    b.style.background = TYPE_COLOR[type] || "#7f7f7f";
    return b;
  }
  function section(title, body) {
    var frag = document.createDocumentFragment();
    frag.appendChild(el("h3", null, title));
    frag.appendChild(body);
    return frag;
  }
  function listOf(items, render, limit) {
    var ul = el("ul");
    items.slice(0, limit || items.length).forEach(function (it) {
      var li = el("li"); var content = render(it);
      if (typeof content === "string") li.textContent = content; else li.appendChild(content);
      ul.appendChild(li);
    });
    if (limit && items.length > limit) ul.appendChild(el("li", "kg-meta", "… and " + (items.length - limit) + " more"));
    return ul;
  }

  function showNode(id) {
    var n = nodeById.get(id);
    if (!n) return false;
    openPanel("node", id);
    var row = el("div", "kg-title-row");
    row.appendChild(typeBadge(n.type));
    panel.appendChild(row);
    panel.appendChild(el("h2", "kg-node-label", n.label));
    panel.appendChild(el("p", "kg-meta", plural(n.mentions, "mention", "mentions") + " in " +
                                       plural(n.docs.length, "document", "documents")));
    var aliases = n.aliases.filter(function (a) { return a !== n.label; });
    if (aliases.length) panel.appendChild(section("Also called", listOf(aliases, String)));
    if (n.merges && n.merges.length) {
      panel.appendChild(section("Why these names were merged", listOf(n.merges, function (m) {
        if (typeof m !== "object" || m === null) return String(m);
        var frag = document.createDocumentFragment();
        var s = "“" + (m.alias || "") + "”";
        if (m.rule) s += " — " + m.rule;
        if (m.count) s += " (" + m.count + "×)";
        frag.appendChild(document.createTextNode(s));
        var ex = m.example;
        if (ex && typeof ex === "object") ex = ex.sentence || ex.text || (ex.doc ? "in " + ex.doc : "");
        if (ex) frag.appendChild(el("div", "kg-meta kg-example", ex));
        return frag;
      })));
    }
    if (n.docs.length) panel.appendChild(section("Documents", listOf(n.docs, String, 50)));
    var rels = edgesOf.get(id).slice().sort(function (a, b) {
      var x = a.relation.localeCompare(b.relation); return x || a.id.localeCompare(b.id, undefined, { numeric: true });
    });
    panel.appendChild(section("Relations (" + rels.length + ")", rels.length ? listOf(rels, function (e) {
      // Read as a statement: "Head relation Tail", this entity in bold, the rest clickable.
      var frag = document.createDocumentFragment();
      function end(nodeId) {
        return nodeId === id ? el("strong", null, n.label)
          : linkButton(nodeById.get(nodeId).label, function () { selectNode(nodeId); });
      }
      frag.appendChild(end(e.from));
      frag.appendChild(document.createTextNode(" "));
      frag.appendChild(linkButton(e.relation + (e.negated ? " (negated)" : e.hedged ? " (hedged)" : ""),
                                  function () { selectEdge(e.id); }, "Show the evidence"));
      frag.appendChild(document.createTextNode(" "));
      frag.appendChild(end(e.to));
      return frag;
    }, 300) : el("p", "kg-meta", "None.")));
    return true;
  }

  // Non-overlapping [start, end, cls] ranges of entity names in a sentence (longest names first,
  // whole words preferred, case-insensitive), so both mentions can be highlighted.
  function mentionRanges(sentence, groups) {
    var terms = [];
    groups.forEach(function (g) {
      g.names.forEach(function (name) { if (name && name.trim().length >= 2) terms.push({ text: name.trim(), cls: g.cls }); });
    });
    terms.sort(function (a, b) { return b.text.length - a.text.length; });
    var ranges = [];
    function free(s, e) { return ranges.every(function (r) { return e <= r[0] || s >= r[1]; }); }
    [true, false].forEach(function (wholeWord) {
      terms.forEach(function (t) {
        var body = escapeRegExp(t.text).replace(/\s+/g, "\\s+");
        var re;
        try {
          re = new RegExp(wholeWord ? "(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}])" : body, "giu");
        } catch (err) { return; }
        var m;
        while ((m = re.exec(sentence)) !== null) {
          if (!m[0].length) { re.lastIndex++; continue; }
          var s = m.index, e = s + m[0].length;
          if (free(s, e)) ranges.push([s, e, t.cls]);
        }
      });
      // Fall back to substrings only for a side that has no whole-word match.
      groups.forEach(function (g) {
        if (wholeWord && !ranges.some(function (r) { return r[2] === g.cls; })) return;
        terms = terms.filter(function (t) { return t.cls !== g.cls; });
      });
    });
    return ranges.sort(function (a, b) { return a[0] - b[0]; });
  }
  function highlighted(sentence, head, tail) {
    var p = el("p", "kg-sentence");
    var ranges = mentionRanges(sentence, [
      { cls: "kg-head", names: [head.label].concat(head.aliases) },
      { cls: "kg-tail", names: head.id === tail.id ? [] : [tail.label].concat(tail.aliases) }
    ]);
    var pos = 0;
    ranges.forEach(function (r) {
      if (r[0] > pos) p.appendChild(document.createTextNode(sentence.slice(pos, r[0])));
      p.appendChild(el("mark", r[2], sentence.slice(r[0], r[1])));
      pos = r[1];
    });
    if (pos < sentence.length) p.appendChild(document.createTextNode(sentence.slice(pos)));
    return p;
  }

  function showEdge(id) {
    var e = edgeById.get(id);
    if (!e) return false;
    var head = nodeById.get(e.from), tail = nodeById.get(e.to);
    openPanel("edge", id);
    var flags = el("div", "kg-title-row");
    flags.appendChild(el("span", "kg-badge kg-flag", "relation"));
    if (e.hedged) flags.appendChild(el("span", "kg-badge kg-flag kg-hedged", "hedged"));
    if (e.negated) flags.appendChild(el("span", "kg-badge kg-flag kg-negated", "negated"));
    panel.appendChild(flags);
    var h = el("h2", "kg-edge-title");
    var hm = el("mark", "kg-head"); hm.appendChild(linkButton(head.label, function () { selectNode(head.id); }));
    var tm = el("mark", "kg-tail"); tm.appendChild(linkButton(tail.label, function () { selectNode(tail.id); }));
    h.appendChild(hm); h.appendChild(document.createTextNode(" " + e.relation + " ")); h.appendChild(tm);
    panel.appendChild(h);
    var meta = [];
    if (e.confidence !== null && e.confidence !== undefined) meta.push("confidence " + Number(e.confidence).toFixed(2));
    ["date", "money", "quantity", "rule"].forEach(function (k) {
      if (e[k] !== undefined) meta.push(k + ": " + (typeof e[k] === "object" ? JSON.stringify(e[k]) : e[k]));
    });
    if (meta.length) panel.appendChild(el("p", "kg-meta", meta.join(" · ")));
    var ol = el("ol", "kg-evidence");
    e.evidence.forEach(function (ev) {
      var li = el("li");
      li.appendChild(el("div", "kg-doc", ev.doc));
      li.appendChild(highlighted(ev.sentence, head, tail));
      ol.appendChild(li);
    });
    panel.appendChild(section("Evidence (" + e.evidence.length + ")", e.evidence.length ? ol : el("p", "kg-meta", "None recorded.")));
    return true;
  }

  function clearPanel() {
    clear(panel);
    delete panel.dataset.kind; delete panel.dataset.id;
    panelBox.hidden = true;
  }
  document.getElementById("kg-panel-close").addEventListener("click", function () {
    network.unselectAll(); clearPanel();
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && !panelBox.hidden && ev.target !== input) { network.unselectAll(); clearPanel(); }
  });

  function ensureVisible(ids) {
    if (ids.every(function (i) { return visibleNodes.has(i); })) return;
    resetFilters();
  }
  function selectNode(id, zoom) {
    if (!nodeById.has(id)) return false;
    ensureVisible([id]);
    network.selectNodes([id]);
    if (zoom !== false) network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 350 } });
    return showNode(id);
  }
  function selectEdge(id) {
    var e = edgeById.get(id);
    if (!e) return false;
    ensureVisible([e.from, e.to]);
    if (!visibleEdges.has(id)) resetFilters();
    network.setSelection({ nodes: [], edges: [id] }, { unselectAll: true, highlightEdges: false });
    return showEdge(id);
  }

  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else clearPanel();
  });

  // ---------- search ----------
  var index = DATA.nodes.map(function (n) {
    return { id: n.id, label: norm(n.label), aliases: n.aliases.map(function (a) { return [norm(a), a]; }) };
  });
  function search(query, limit) {
    var q = norm(query || "");
    if (!q) return [];
    var hits = [];
    index.forEach(function (entry) {
      var best = null, via = null;
      function consider(rank, text) { if (best === null || rank < best) { best = rank; via = text; } }
      if (entry.label === q) consider(0, null);
      else if (entry.label.indexOf(q) === 0) consider(2, null);
      else if (entry.label.indexOf(q) > 0) consider(4, null);
      entry.aliases.forEach(function (a) {
        if (a[0] === q) consider(1, a[1]);
        else if (a[0].indexOf(q) === 0) consider(3, a[1]);
        else if (a[0].indexOf(q) > 0) consider(5, a[1]);
      });
      if (best !== null) hits.push({ id: entry.id, rank: best, via: via });
    });
    hits.sort(function (a, b) {
      var na = nodeById.get(a.id), nb = nodeById.get(b.id);
      return a.rank - b.rank || nb.mentions - na.mentions || na.label.localeCompare(nb.label);
    });
    return hits.slice(0, limit || 12).map(function (h) {
      var n = nodeById.get(h.id);
      return { id: h.id, label: n.label, type: n.type, via: h.rank % 2 === 1 ? h.via : null };
    });
  }

  var input = document.getElementById("kg-search");
  var results = document.getElementById("kg-search-results");
  var current = [], active = 0;
  function renderResults() {
    clear(results);
    current.forEach(function (r, i) {
      var li = el("li", i === active ? "kg-active" : null);
      li.setAttribute("role", "option");
      var sw = el("span", "kg-swatch"); sw.style.background = TYPE_COLOR[r.type] || "#7f7f7f";
      li.appendChild(sw); li.appendChild(el("span", null, r.label));
      if (r.via) li.appendChild(el("span", "kg-via", "“" + r.via + "”"));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(i); });
      results.appendChild(li);
    });
    if (!current.length && input.value.trim()) results.appendChild(el("li", "kg-via", "No entity matches."));
    results.hidden = !input.value.trim();
  }
  function choose(i) {
    var r = current[i];
    if (!r) return;
    results.hidden = true;
    selectNode(r.id);
  }
  input.addEventListener("input", function () { current = search(input.value); active = 0; renderResults(); });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { current = search(input.value); choose(active < current.length ? active : 0); ev.preventDefault(); }
    else if (ev.key === "ArrowDown") { active = Math.min(active + 1, current.length - 1); renderResults(); ev.preventDefault(); }
    else if (ev.key === "ArrowUp") { active = Math.max(active - 1, 0); renderResults(); ev.preventDefault(); }
    else if (ev.key === "Escape") { results.hidden = true; }
  });
  input.addEventListener("blur", function () { results.hidden = true; });

  applyFilters();

  window.kg = {
    data: DATA, network: network, nodes: nodes, edges: edges, nodesView: nodesView, edgesView: edgesView,
    state: state, timing: timing, search: search, selectNode: selectNode, selectEdge: selectEdge,
    showNode: showNode, showEdge: showEdge, applyFilters: applyFilters, resetFilters: resetFilters,
    drawnCounts: function () {
      return { nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length };
    }
  };
})();
