/* kg graph page: export what is shown. PNG is the canvas as drawn; SVG redraws the shown dots,
   lines and the labels the page drew; JSON (node-link) and GraphML hold the shown subgraph with its
   evidence. Everything is built with DOM/XML serialisers (no string-built markup) and saved through
   a Blob download, so nothing leaves the machine.
   Exposes window.kgExport = { svg, json, graphml, wire }. */
(function () {
  "use strict";

  var SVG = "http://www.w3.org/2000/svg";

  function save(name, type, text) {
    var a = document.createElement("a");
    a.download = name;
    a.href = URL.createObjectURL(new Blob([text], { type: type }));
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
  }

  /* The current view as an SVG document (string). */
  function svg(kg) {
    var net = kg.network, canvas = net.canvas.frame.canvas;
    var w = canvas.clientWidth, h = canvas.clientHeight, scale = net.getScale();
    var doc = document.implementation.createDocument(SVG, "svg", null), root = doc.documentElement;
    function node(tag, attrs, parent) {
      var e = doc.createElementNS(SVG, tag);
      Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
      (parent || root).appendChild(e);
      return e;
    }
    root.setAttribute("width", w); root.setAttribute("height", h); root.setAttribute("viewBox", "0 0 " + w + " " + h);
    node("rect", { width: w, height: h, fill: "#ffffff" });
    var shown = kg.visible(), pos = net.getPositions(shown.nodes);
    shown.edges.forEach(function (id) {
      var e = kg.edge(id);
      var a = net.canvasToDOM(pos[e.from]), b = net.canvasToDOM(pos[e.to]);
      var line = node("line", { x1: a.x.toFixed(1), y1: a.y.toFixed(1), x2: b.x.toFixed(1), y2: b.y.toFixed(1),
        stroke: e.negated ? kg.data.colors.negated : e.hedged ? kg.data.colors.hedged : kg.data.colors.edge, "stroke-width": 1.2 });
      if (e.negated || e.hedged) line.setAttribute("stroke-dasharray", e.negated ? "2 4" : "7 4");
    });
    shown.nodes.forEach(function (id) {
      var body = net.body.nodes[id], c = net.canvasToDOM(pos[id]);
      node("circle", { cx: c.x.toFixed(1), cy: c.y.toFixed(1), r: (body.options.size * scale).toFixed(1),
        fill: body.options.color.background, stroke: body.options.color.border });
    });
    kg.labelBoxes().forEach(function (b) {
      if (b.kind === "edge") node("rect", { x: b.x.toFixed(1), y: b.y.toFixed(1), width: b.w.toFixed(1), height: b.h.toFixed(1), fill: "#ffffff", "fill-opacity": 0.9 });
      var t = node("text", { x: (b.x + b.w / 2).toFixed(1), y: (b.y + b.h / 2).toFixed(1), "font-size": b.size,
        "font-family": "sans-serif", "text-anchor": "middle", "dominant-baseline": "central",
        "font-weight": b.kind === "node" ? 600 : 400, fill: b.kind === "node" ? "#1d2330" : "#4a505c" });
      if (b.kind === "node") { t.setAttribute("stroke", "#ffffff"); t.setAttribute("stroke-width", "3"); t.setAttribute("paint-order", "stroke"); }
      t.textContent = b.text;
    });
    return new XMLSerializer().serializeToString(doc);
  }

  function subgraph(kg) {
    var shown = kg.visible(), ns = new Set(shown.nodes), es = new Set(shown.edges);
    return { nodes: kg.data.nodes.filter(function (n) { return ns.has(n.id); }),
             edges: kg.data.edges.filter(function (e) { return es.has(e.id); }) };
  }
  /* The shown subgraph in kg's node-link shape (the same keys as graph.json where they exist). */
  function json(kg) {
    var g = subgraph(kg);
    return JSON.stringify({
      directed: true, multigraph: true, graph: { title: kg.data.title },
      nodes: g.nodes.map(function (n) { return { id: n.id, label: n.label, type: n.type, aliases: n.aliases, mentions: n.mentions, docs: n.docs }; }),
      edges: g.edges.map(function (e) {
        var o = { source: e.from, target: e.to, key: e.key, relation: e.relation, confidence: e.confidence,
                  hedged: e.hedged, negated: e.negated, evidence: e.evidence };
        ["predicate", "wikidata", "date", "money", "quantity", "reported_by"].forEach(function (k) { if (e[k] !== undefined) o[k] = e[k]; });
        return o;
      })
    }, null, 1);
  }
  function graphml(kg) {
    var NS = "http://graphml.graphdrawing.org/xmlns", g = subgraph(kg);
    var doc = document.implementation.createDocument(NS, "graphml", null), root = doc.documentElement;
    function add(parent, tag, attrs, text) {
      var e = doc.createElementNS(NS, tag);
      Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
      if (text !== undefined) e.textContent = String(text);
      parent.appendChild(e);
      return e;
    }
    var keys = [["label", "node", "string"], ["type", "node", "string"], ["mentions", "node", "int"],
                ["relation", "edge", "string"], ["predicate", "edge", "string"], ["confidence", "edge", "double"],
                ["hedged", "edge", "boolean"], ["negated", "edge", "boolean"], ["evidence", "edge", "string"]];
    keys.forEach(function (k) { add(root, "key", { id: k[0], "for": k[1], "attr.name": k[0], "attr.type": k[2] }); });
    var graph = add(root, "graph", { id: "G", edgedefault: "directed" });
    g.nodes.forEach(function (n) {
      var x = add(graph, "node", { id: n.id });
      add(x, "data", { key: "label" }, n.label); add(x, "data", { key: "type" }, n.type); add(x, "data", { key: "mentions" }, n.mentions);
    });
    g.edges.forEach(function (e) {
      var x = add(graph, "edge", { id: e.id, source: e.from, target: e.to });
      add(x, "data", { key: "relation" }, e.relation);
      if (e.predicate) add(x, "data", { key: "predicate" }, e.predicate);
      if (e.confidence !== null) add(x, "data", { key: "confidence" }, e.confidence);
      add(x, "data", { key: "hedged" }, e.hedged); add(x, "data", { key: "negated" }, e.negated);
      add(x, "data", { key: "evidence" }, e.evidence.map(function (v) { return v.sentence; }).join("\n"));
    });
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc);
  }

  function wire(kg) {
    var base = "graph-view";
    document.getElementById("kg-export-png").addEventListener("click", function () {
      kg.network.canvas.frame.canvas.toBlob(function (blob) {
        var a = document.createElement("a"); a.download = base + ".png"; a.href = URL.createObjectURL(blob);
        document.body.appendChild(a); a.click(); a.remove();
      });
    });
    document.getElementById("kg-export-svg").addEventListener("click", function () { save(base + ".svg", "image/svg+xml", svg(kg)); });
    document.getElementById("kg-export-json").addEventListener("click", function () { save(base + ".json", "application/json", json(kg)); });
    document.getElementById("kg-export-graphml").addEventListener("click", function () { save(base + ".graphml", "application/xml", graphml(kg)); });
  }

  window.kgExport = { svg: svg, json: json, graphml: graphml, wire: wire };
})();
