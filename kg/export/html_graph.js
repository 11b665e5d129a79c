/* kg graph page: small graph algorithms the page runs on its own data, kept apart from the DOM.
   Exposes window.kgGraph = { shortestPath, relax }. */
(function () {
  "use strict";

  /* Shortest chain of entity ids from a to b over relations in either direction (breadth-first,
     neighbours in the order of edgesOf), or null when none connects them. */
  function shortestPath(edgesOf, a, b) {
    var prev = new Map([[a, null]]), queue = [a];
    for (var i = 0; i < queue.length && !prev.has(b); i++) {
      var cur = queue[i];
      edgesOf.get(cur).forEach(function (e) {
        var o = e.from === cur ? e.to : e.from;
        if (!prev.has(o)) { prev.set(o, cur); queue.push(o); }
      });
    }
    if (!prev.has(b)) return null;
    var chain = [b];
    while (prev.get(chain[0]) !== null) chain.unshift(prev.get(chain[0]));
    return chain;
  }

  /* A few rounds of forces on newly opened neighbours only (points {x, y}, moved in place): held
     near a ring of `radius` around `centre`, pushed off every other drawn dot and each other, so an
     opened neighbourhood does not land on what is already drawn. Deterministic: no randomness,
     fixed rounds. */
  function relax(pts, centre, others, radius) {
    var GAP = 110;
    for (var round = 0; round < 60; round++) {
      pts.forEach(function (p, i) {
        var dx = p.x - centre.x, dy = p.y - centre.y, d = Math.hypot(dx, dy) || 1;
        var fx = -(d - radius) * dx / d * 0.1, fy = -(d - radius) * dy / d * 0.1;
        function push(q) {
          var ex = p.x - q.x, ey = p.y - q.y, e = Math.hypot(ex, ey);
          if (e > 0 && e < GAP) { fx += (GAP - e) * ex / e * 0.5; fy += (GAP - e) * ey / e * 0.5; }
        }
        others.forEach(push);
        pts.forEach(function (q, j) { if (j !== i) push(q); });
        push(centre);
        p.x += fx; p.y += fy;
      });
    }
  }

  window.kgGraph = { shortestPath: shortestPath, relax: relax };
})();
