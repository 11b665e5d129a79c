/* kg graph page: the label layer. vis-network draws the dots and lines; this draws the names and
   the relations on top, at a constant screen size (never below MIN_FONT px), most important first,
   and only where a label overlaps no label already drawn (sigma.js's label grid is the model).
   Edge labels are centred on their edge, on the curve itself for curved edges, and only where
   they fit between the two dots or belong to the focused entity's neighbourhood.
   Exposes window.kgLabels = { layer: makeLayer(...) }. */
(function () {
  "use strict";

  var MIN_FONT = 10;
  var FONT_FACE = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
  var CELL = 64;  // px: grid bucket for collision checks

  /* Axis-aligned boxes in screen pixels, bucketed in a uniform grid: overlap queries stay local. */
  function BoxGrid() { this.cells = new Map(); }
  BoxGrid.prototype.keys = function (b) {
    var out = [];
    for (var gx = Math.floor(b.x / CELL); gx <= Math.floor((b.x + b.w) / CELL); gx++) {
      for (var gy = Math.floor(b.y / CELL); gy <= Math.floor((b.y + b.h) / CELL); gy++) out.push(gx + "," + gy);
    }
    return out;
  };
  BoxGrid.prototype.hits = function (b, ignore) {
    var keys = this.keys(b);
    for (var i = 0; i < keys.length; i++) {
      var list = this.cells.get(keys[i]);
      if (!list) continue;
      for (var j = 0; j < list.length; j++) {
        var o = list[j];
        if (ignore && ignore.indexOf(o.owner) >= 0) continue;
        if (b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h) return true;
      }
    }
    return false;
  };
  BoxGrid.prototype.add = function (b) {
    var self = this;
    this.keys(b).forEach(function (k) {
      var list = self.cells.get(k);
      if (!list) self.cells.set(k, list = []);
      list.push(b);
    });
  };

  /* The label layer of one network. `source` answers what to label:
       nodes(): ids of drawn nodes, most important first
       edges(): ids of drawn edges, most important first
       nodeText(id), edgeText(id), focus(): {centres, nodes, edges: Set} labelled first if room
     Returns {draw(ctx), boxes()}; boxes() lists the labels of the last frame in CSS pixels
     relative to the canvas, for tests and measurements. */
  function makeLayer(network, source) {
    var measureCache = new Map();
    var last = [];

    function font(kind, size) { return (kind === "node" ? "600 " : "") + size + "px " + FONT_FACE; }
    function textWidth(ctx, text, size, kind) {
      var key = kind + size + "|" + text;
      var w = measureCache.get(key);
      if (w === undefined) {
        ctx.font = font(kind, size);
        w = ctx.measureText(text).width;
        if (measureCache.size > 20000) measureCache.clear();
        measureCache.set(key, w);
      }
      return w;
    }
    // Canvas point (x, y) -> CSS pixels of the canvas element.
    function toDom(p) { return network.canvasToDOM(p); }
    function edgeMiddle(id) {
      var edge = network.body.edges[id];
      if (!edge || !edge.from || !edge.to) return null;
      // getPoint(0.5) lies on the drawn curve; for straight edges it is the midpoint.
      var p = edge.edgeType.getPoint(0.5);
      return { mid: toDom(p), from: toDom({ x: edge.from.x, y: edge.from.y }), to: toDom({ x: edge.to.x, y: edge.to.y }),
               r1: edge.from.options.size, r2: edge.to.options.size };
    }

    function place(ctx) {
      var scale = network.getScale();
      var canvas = network.canvas.frame.canvas;
      var width = canvas.clientWidth, height = canvas.clientHeight;
      var grid = new BoxGrid();
      var drawn = [];
      var focus = source.focus();
      function onScreen(b) { return b.x >= 0 && b.y >= 0 && b.x + b.w <= width && b.y + b.h <= height; }  // whole, never cut

      // Parts of the canvas covered by the page (message bar, details panel) take no label.
      (source.covered ? source.covered() : []).forEach(function (r) { grid.add({ x: r.x, y: r.y, w: r.w, h: r.h, owner: "cover" }); });
      var nodeIds = source.nodes();
      var pos = network.getPositions(nodeIds);
      var dots = new Map();
      nodeIds.forEach(function (id) {
        var p = pos[id], body = network.body.nodes[id];
        if (p && body) dots.set(id, { c: toDom(p), r: body.options.size * scale });
      });
      function tryNode(id, size) {
        var d = dots.get(id);
        if (!d) return;
        var text = source.nodeText(id);
        var w = textWidth(ctx, text, size, "node") + 4, h = size + 4;
        // Below the dot, else above, right, left: the first place that is free.
        var spots = [[d.c.x - w / 2, d.c.y + d.r + 1], [d.c.x - w / 2, d.c.y - d.r - 1 - h],
                     [d.c.x + d.r + 2, d.c.y - h / 2], [d.c.x - d.r - 2 - w, d.c.y - h / 2]];
        var b = null;
        for (var s = 0; s < spots.length && !b; s++) {
          var c = { kind: "node", id: id, text: text, size: size, x: spots[s][0], y: spots[s][1], w: w, h: h, owner: id };
          if (onScreen(c) && !grid.hits(c, [id])) b = c;
        }
        if (!b) return;
        grid.add(b); drawn.push(b);
        // A labelled entity's dot is kept clear of later labels (an unlabelled one is not:
        // in a dense core, small dots would otherwise keep the hubs nameless).
        if (d.r >= 2) grid.add({ x: d.c.x - d.r, y: d.c.y - d.r, w: 2 * d.r, h: 2 * d.r, owner: id, dot: true });
      }
      function tryEdge(id, size, mustFit) {
        var m = edgeMiddle(id);
        if (!m) return;
        var text = source.edgeText(id);
        if (!text) return;
        var w = textWidth(ctx, text, size, "edge") + 6, h = size + 4;
        var b = { kind: "edge", id: id, text: text, size: size, x: m.mid.x - w / 2, y: m.mid.y - h / 2, w: w, h: h,
                  cx: m.mid.x, cy: m.mid.y, owner: "e:" + id };
        if (mustFit) {
          // Fits: the label's extent along the edge leaves both dots clear.
          var len = Math.hypot(m.to.x - m.from.x, m.to.y - m.from.y);
          var along = Math.abs(m.to.x - m.from.x) / (len || 1) * w + Math.abs(m.to.y - m.from.y) / (len || 1) * h;
          if (len - (m.r1 + m.r2) * scale < along + 8) return;
        }
        if (!onScreen(b) || grid.hits(b, null)) return;
        grid.add(b); drawn.push(b);
      }
      // 1. the focused neighbourhood (selected or hovered entity), 2. other names by importance,
      // 3. relations that fit. A name never displaces a focused one.
      // The focused entity's name, then its statements, then its neighbours' names.
      nodeIds.forEach(function (id) { if (focus.centres.has(id)) tryNode(id, 14); });
      source.edges().forEach(function (id) { if (focus.edges.has(id)) tryEdge(id, 12, false); });
      nodeIds.forEach(function (id) { if (focus.nodes.has(id) && !focus.centres.has(id)) tryNode(id, 13); });
      var budget = 600;  // past this many names the picture is unreadable anyway; keeps frames fast
      for (var i = 0; i < nodeIds.length && budget > 0; i++) {
        if (focus.nodes.has(nodeIds[i])) continue;
        var before = drawn.length;
        tryNode(nodeIds[i], i < 12 ? 14 : 12);
        if (drawn.length > before) budget--;
      }
      var edgeBudget = 400;
      var edgeIds = source.edges();
      for (var k = 0; k < edgeIds.length && edgeBudget > 0; k++) {
        if (focus.edges.has(edgeIds[k])) continue;
        var n0 = drawn.length;
        tryEdge(edgeIds[k], 11, true);
        if (drawn.length > n0) edgeBudget--;
      }
      return drawn;
    }

    function paint(ctx, boxes) {
      ctx.save();
      var ratio = network.canvas.pixelRatio || 1;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.textAlign = "center";
      ctx.textBaseline = "middle";
      ctx.lineJoin = "round";
      boxes.forEach(function (b) {
        ctx.font = font(b.kind, b.size);
        var cx = b.x + b.w / 2, cy = b.y + b.h / 2;
        if (b.kind === "edge") {
          ctx.fillStyle = "rgba(255,255,255,0.92)";
          ctx.fillRect(b.x, b.y, b.w, b.h);
          ctx.fillStyle = source.edgeColor ? source.edgeColor(b.id) : "#4a505c";
          ctx.fillText(b.text, cx, cy);
        } else {
          ctx.strokeStyle = "rgba(255,255,255,0.95)";
          ctx.lineWidth = 4;
          ctx.strokeText(b.text, cx, cy);
          ctx.fillStyle = "#1d2330";
          ctx.fillText(b.text, cx, cy);
        }
      });
      ctx.restore();
    }

    return {
      draw: function (ctx) {
        last = place(ctx);
        paint(ctx, last);
      },
      boxes: function () {
        return last.map(function (b) {
          var o = { kind: b.kind, id: b.id, text: b.text, size: b.size, x: b.x, y: b.y, w: b.w, h: b.h };
          if (b.kind === "edge") { o.cx = b.cx; o.cy = b.cy; }
          return o;
        });
      },
      MIN_FONT: MIN_FONT
    };
  }

  window.kgLabels = { makeLayer: makeLayer, BoxGrid: BoxGrid };
})();
