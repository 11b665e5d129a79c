/* kg graph page: the sidebar controls (legend, filters that compose, size and colour choices), the
   URL-hash encoding of those choices, and the search box. Text only, never HTML.
   Exposes window.kgControls = { build, encode, decode } and window.kgSearch = { attach, hidden }. */
(function () {
  "use strict";

  var SVG = "http://www.w3.org/2000/svg";

  function checkRow(el, text, checked, onChange, swatch, count) {
    var li = el("li"), label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = checked;
    box.addEventListener("change", function () { onChange(box.checked); });
    label.appendChild(box);
    if (swatch) label.appendChild(swatch);
    label.appendChild(el("span", "kg-name", text));
    if (count !== undefined) label.appendChild(el("span", "kg-count", count));
    li.appendChild(label);
    return { li: li, box: box };
  }
  function lineSwatch(color, dash) {
    var svg = document.createElementNS(SVG, "svg"), line = document.createElementNS(SVG, "line");
    svg.setAttribute("width", "30"); svg.setAttribute("height", "10"); svg.setAttribute("aria-hidden", "true");
    line.setAttribute("x1", "1"); line.setAttribute("y1", "5"); line.setAttribute("x2", "29"); line.setAttribute("y2", "5");
    line.setAttribute("stroke", color); line.setAttribute("stroke-width", "2");
    if (dash) line.setAttribute("stroke-dasharray", dash);
    svg.appendChild(line);
    return svg;
  }

  function build(c) {
    var D = c.data, state = c.state, el = c.el;
    var typeBoxes = {}, groupBoxes = {}, kindBoxes = {};
    var typeList = document.getElementById("kg-legend-types");
    D.types.forEach(function (t) {
      var sw = el("span", "kg-swatch"); sw.style.background = t.color;
      var row = checkRow(el, t.type, true, function (on) {
        if (on) state.types.add(t.type); else state.types.delete(t.type);
        c.apply();
      }, sw, t.count);
      row.box.value = t.type;
      typeBoxes[t.type] = row.box;
      typeList.appendChild(row.li);
    });
    var commList = document.getElementById("kg-legend-communities");
    D.communities.forEach(function (m) {
      var li = el("li"), sw = el("span", "kg-swatch");
      sw.style.background = m.color;
      li.appendChild(sw); li.appendChild(el("span", "kg-name", m.name)); li.appendChild(el("span", "kg-count", m.size));
      commList.appendChild(li);
    });

    var kindList = document.getElementById("kg-legend-edges");
    [["stated", "stated", D.colors.edge, null], ["hedged", "hedged", D.colors.hedged, "7 4"],
     ["negated", "negated", D.colors.negated, "2 4"]].forEach(function (k) {
      var row = checkRow(el, k[1], true, function (on) { state[k[0]] = on; c.apply(); }, lineSwatch(k[2], k[3]), D.kinds[k[0]]);
      row.box.value = k[0];
      kindBoxes[k[0]] = row.box;
      kindList.appendChild(row.li);
    });

    var groupList = document.getElementById("kg-filter-groups");
    D.predicates.forEach(function (p) {
      var row = checkRow(el, p.label, false, function (on) {
        if (on) state.groups.add(p.key); else state.groups.delete(p.key);
        c.apply();
      }, null, p.count);
      row.box.value = p.key;
      row.li.dataset.text = p.label.toLowerCase();
      groupBoxes[p.key] = row.box;
      groupList.appendChild(row.li);
    });
    var groupFind = document.getElementById("kg-filter-groups-find");
    groupFind.addEventListener("input", function () {
      var q = groupFind.value.trim().toLowerCase();
      Array.prototype.forEach.call(groupList.children, function (li) { li.hidden = q && li.dataset.text.indexOf(q) < 0; });
    });

    var doc = document.getElementById("kg-filter-doc");
    doc.appendChild(new Option("All documents", ""));
    D.docs.forEach(function (d) { doc.appendChild(new Option(d, d)); });
    doc.addEventListener("change", function () { state.doc = doc.value; c.apply(); });
    var mentions = document.getElementById("kg-filter-mentions");
    mentions.addEventListener("input", function () { state.minMentions = Math.max(0, parseInt(mentions.value, 10) || 0); c.apply(); });
    var conf = document.getElementById("kg-filter-confidence"), confOut = document.getElementById("kg-filter-confidence-value");
    conf.addEventListener("input", function () { state.minConfidence = parseFloat(conf.value) || 0; confOut.textContent = state.minConfidence.toFixed(2); c.apply(); });
    var yFrom = document.getElementById("kg-filter-year-from"), yTo = document.getElementById("kg-filter-year-to");
    document.getElementById("kg-filter-years").hidden = !D.years;
    if (D.years) {
      yFrom.placeholder = D.years[0]; yTo.placeholder = D.years[1];
      yFrom.addEventListener("change", function () { state.yearFrom = yFrom.value; c.apply(); });
      yTo.addEventListener("change", function () { state.yearTo = yTo.value; c.apply(); });
    }
    var iso = document.getElementById("kg-filter-isolated");
    iso.addEventListener("change", function () { state.showIsolated = iso.checked; c.apply(); });
    document.getElementById("kg-filter-reset").addEventListener("click", c.reset);
    var sizeBy = document.getElementById("kg-size-by"), colorBy = document.getElementById("kg-color-by");
    sizeBy.addEventListener("change", function () { state.sizeBy = sizeBy.value; c.restyle(); });
    colorBy.addEventListener("change", function () { state.colorBy = colorBy.value; sync(); c.restyle(); });

    function sync() {
      Object.keys(typeBoxes).forEach(function (t) { typeBoxes[t].checked = state.types.has(t); });
      Object.keys(groupBoxes).forEach(function (g) { groupBoxes[g].checked = state.groups.has(g); });
      Object.keys(kindBoxes).forEach(function (k) { kindBoxes[k].checked = state[k]; });
      doc.value = state.doc; mentions.value = String(state.minMentions);
      conf.value = String(state.minConfidence); confOut.textContent = Number(state.minConfidence).toFixed(2);
      yFrom.value = state.yearFrom; yTo.value = state.yearTo; iso.checked = state.showIsolated;
      sizeBy.value = state.sizeBy; colorBy.value = state.colorBy;
      document.getElementById("kg-section-types").hidden = state.colorBy !== "type";
      document.getElementById("kg-section-communities").hidden = state.colorBy !== "community";
    }
    sync();
    return { sync: sync };
  }

  /* The active filters in words, for the "nothing to show" message and the hidden-entity notice. */
  function describe(state, DATA, groupLabel) {
    var out = [];
    var hiddenTypes = DATA.types.filter(function (t) { return !state.types.has(t.type); });
    if (hiddenTypes.length) out.push("types hidden: " + hiddenTypes.map(function (t) { return t.type; }).join(", "));
    if (state.groups.size) out.push("relations: " + Array.from(state.groups).map(groupLabel).join(", "));
    var kinds = ["stated", "hedged", "negated"].filter(function (k) { return !state[k]; });
    if (kinds.length) out.push("hiding " + kinds.join(", ") + " statements");
    if (state.minConfidence > 0) out.push("confidence ≥ " + state.minConfidence);
    if (state.yearFrom || state.yearTo) out.push("dated " + (state.yearFrom || "…") + "–" + (state.yearTo || "…"));
    if (state.doc) out.push("document " + state.doc);
    if (state.minMentions > 0) out.push("at least " + state.minMentions + " mentions");
    return out;
  }
    /* state -> ["key=value", ...], only what differs from the defaults. */
  function encode(state, defaults, D) {
    var out = [], E = encodeURIComponent;
    var hidden = D.types.filter(function (t) { return !state.types.has(t.type); }).map(function (t) { return E(t.type); });
    if (hidden.length) out.push("hide=" + hidden.join(","));
    if (state.groups.size) out.push("rel=" + Array.from(state.groups).sort().map(E).join(","));
    var kinds = ["stated", "hedged", "negated"].filter(function (k) { return !state[k]; });
    if (kinds.length) out.push("not=" + kinds.join(","));
    if (state.minConfidence > 0) out.push("conf=" + state.minConfidence);
    if (state.yearFrom || state.yearTo) out.push("years=" + E(state.yearFrom) + "-" + E(state.yearTo));
    if (state.doc) out.push("doc=" + E(state.doc));
    if (state.minMentions > 0) out.push("mentions=" + state.minMentions);
    if (state.showIsolated) out.push("isolated=1");
    if (state.sizeBy !== defaults.sizeBy) out.push("size=" + state.sizeBy);
    if (state.colorBy !== defaults.colorBy) out.push("colour=" + state.colorBy);
    return out;
  }
  /* Read a hash into state; returns the selected entity id, if any. Unknown values are ignored. */
  function decode(hash, state, D) {
    var sel = null, D_ = decodeURIComponent;
    String(hash || "").replace(/^#/, "").split("&").forEach(function (part) {
      var i = part.indexOf("="); if (i < 0) return;
      var k = part.slice(0, i), v = part.slice(i + 1);
      try {
        if (k === "hide") v.split(",").forEach(function (t) { state.types.delete(D_(t)); });
        else if (k === "rel") v.split(",").forEach(function (g) { state.groups.add(D_(g)); });
        else if (k === "not") v.split(",").forEach(function (x) { if (x in { stated: 1, hedged: 1, negated: 1 }) state[x] = false; });
        else if (k === "conf") state.minConfidence = Math.min(1, Math.max(0, parseFloat(v) || 0));
        else if (k === "years") { var y = v.split("-"); state.yearFrom = D_(y[0] || ""); state.yearTo = D_(y[1] || ""); }
        else if (k === "doc") state.doc = D_(v);
        else if (k === "mentions") state.minMentions = Math.max(0, parseInt(v, 10) || 0);
        else if (k === "isolated") state.showIsolated = v === "1";
        else if (k === "size" && (v === "degree" || v === "mentions")) state.sizeBy = v;
        else if (k === "colour" && (v === "type" || v === "community")) state.colorBy = v;
        else if (k === "sel") sel = D_(v);
      } catch (err) { /* a malformed escape: ignore that part */ }
    });
    return sel;
  }

  // ---------- search: label and aliases, exact > prefix > substring ----------
  var resultsList = null;
  function attach(nodesData, nodeById, typeColor, norm, el, clear, choose) {
    // Index in display order (most related first), so hits come out ranked without sorting:
    // a one-letter query matches most of 50,000 entities.
    var index = nodesData.slice().sort(function (a, b) {
      return b.degree - a.degree || b.mentions - a.mentions || a.label.localeCompare(b.label);
    }).map(function (n) {
      return { id: n.id, label: norm(n.label), aliases: n.aliases.map(function (a) { return [norm(a), a]; }) };
    });
    function search(query, limit) {
      var q = norm(query || "");
      if (!q) return [];
      limit = limit || 12;
      var buckets = [[], [], [], [], [], []];  // exact label, exact alias, label prefix, alias prefix, label/alias substring
      for (var i = 0; i < index.length; i++) {
        var entry = index[i], best = null, via = null;
        if (entry.label === q) best = 0;
        else if (entry.label.indexOf(q) === 0) best = 2;
        else if (entry.label.indexOf(q) > 0) best = 4;
        if (best !== 0) {
          for (var j = 0; j < entry.aliases.length; j++) {
            var a = entry.aliases[j][0], rank = a === q ? 1 : a.indexOf(q) === 0 ? 3 : a.indexOf(q) > 0 ? 5 : null;
            if (rank !== null && (best === null || rank < best)) { best = rank; via = entry.aliases[j][1]; }
          }
        }
        if (best !== null && buckets[best].length < limit) buckets[best].push({ id: entry.id, rank: best, via: via });
      }
      var hits = [].concat.apply([], buckets).slice(0, limit);
      return hits.map(function (h) {
        var n = nodeById.get(h.id);
        return { id: h.id, label: n.label, type: n.type, via: h.rank % 2 === 1 ? h.via : null };
      });
    }
    var input = document.getElementById("kg-search");
    var results = resultsList = document.getElementById("kg-search-results");
    var current = [], active = 0;
    function render() {
      clear(results);
      current.forEach(function (r, i) {
        var li = el("li", i === active ? "kg-active" : null);
        li.setAttribute("role", "option");
        var sw = el("span", "kg-swatch"); sw.style.background = typeColor[r.type] || "#7f7f7f";
        li.appendChild(sw); li.appendChild(el("span", null, r.label));
        if (r.via) li.appendChild(el("span", "kg-via", "“" + r.via + "”"));
        li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(i); });
        results.appendChild(li);
      });
      if (!current.length && input.value.trim()) results.appendChild(el("li", "kg-via", "No entity matches."));
      results.hidden = !input.value.trim();
    }
    function pick(i) {
      var r = current[i];
      if (!r) return;
      results.hidden = true;
      choose(r.id);
    }
    input.addEventListener("input", function () { current = search(input.value); active = 0; render(); });
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter") { current = search(input.value); pick(active < current.length ? active : 0); ev.preventDefault(); }
      else if (ev.key === "ArrowDown") { active = Math.min(active + 1, current.length - 1); render(); ev.preventDefault(); }
      else if (ev.key === "ArrowUp") { active = Math.max(active - 1, 0); render(); ev.preventDefault(); }
      else if (ev.key === "Escape" && !results.hidden) { results.hidden = true; ev.stopPropagation(); }
    });
    input.addEventListener("blur", function () { results.hidden = true; });
    return search;
  }

  window.kgControls = { build: build, describe: describe, encode: encode, decode: decode };
  window.kgSearch = { attach: attach, hidden: function () { return !resultsList || resultsList.hidden; } };
})();
