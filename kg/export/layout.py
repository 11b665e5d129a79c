"""Deterministic 2-D positions for drawing a graph (HTML page and static image).

Positions are computed once in Python with igraph's Fruchterman-Reingold (0.3 s for 2,000 nodes;
networkx's spring layout takes 15-20 s), so the browser never has to run a physics simulation
before showing a large graph, and the same graph gives the same picture on every load and machine.
"""

from __future__ import annotations

import math
import random
import threading
from collections.abc import Hashable

import igraph
import networkx as nx

#: Fixed seed: the same graph always gets the same picture.
DEFAULT_SEED = 20240601

#: Components up to this size use Kamada-Kawai (even edge lengths), bigger ones FR (fast).
KK_MAX_NODES = 80

_RNG_LOCK = threading.Lock()


def layout_positions(
    G: nx.Graph, *, seed: int = DEFAULT_SEED, spacing: float = 1.0
) -> dict[Hashable, tuple[float, float]]:
    """Return ``{node: (x, y)}``: each connected component laid out alone, then packed.

    A force layout of a whole disconnected graph flings small components and isolated nodes to
    a far ring and squeezes the giant component into a blob, so each component gets its own
    seeded Fruchterman-Reingold layout, scaled to about ``sqrt(size)`` units per side, and the
    components are packed in rows, largest first (isolated nodes end up as a tidy grid).
    Parallel and reverse edges collapse into one weighted link. Nodes are processed in sorted-id
    order so insertion order does not change the result. Coordinates are centred on 0, multiplied
    by ``spacing`` and rounded to about ``spacing / 1000`` so float noise cannot change bytes.

    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c")])
    >>> layout_positions(G) == layout_positions(nx.MultiDiGraph([("b", "c"), ("a", "b")]))
    True
    """
    nodes = sorted(G.nodes, key=str)
    if not nodes:
        return {}
    undirected = nx.Graph()
    undirected.add_nodes_from(nodes)
    for u, v in G.edges():
        if u != v:
            w = undirected.get_edge_data(u, v, {"weight": 0})["weight"]
            undirected.add_edge(u, v, weight=w + 1)
    components = sorted(
        (sorted(c, key=str) for c in nx.connected_components(undirected)),
        key=lambda c: (-len(c), str(c[0])),
    )
    boxes = [_component_layout(undirected, comp, seed) for comp in components]
    placed = _pack(boxes)
    xs = [x for x, _ in placed.values()]
    ys = [y for _, y in placed.values()]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    digits = max(0, 3 - math.floor(math.log10(spacing)))
    return {
        node: (round((x - cx) * spacing, digits) + 0.0, round((y - cy) * spacing, digits) + 0.0)
        for node, (x, y) in sorted(placed.items(), key=lambda kv: str(kv[0]))
    }


def _component_layout(
    G: nx.Graph, comp: list[Hashable], seed: int
) -> dict[Hashable, tuple[float, float]]:
    """Seeded KK/FR layout of one component, min corner at (0, 0), about sqrt(n) units per side."""
    n = len(comp)
    if n == 1:
        return {comp[0]: (0.0, 0.0)}
    if n == 2:
        return {comp[0]: (0.0, 0.0), comp[1]: (1.0, 0.0)}
    index = {node: i for i, node in enumerate(comp)}
    pairs = sorted(tuple(sorted((index[u], index[v]))) for u, v in G.subgraph(comp).edges())
    weights = [math.log1p(G.edges[comp[a], comp[b]]["weight"]) + 1.0 for a, b in pairs]
    rng = random.Random(seed)
    # A seeded starting circle plus a private RNG for igraph's own jitter: fully reproducible.
    start = [
        [math.cos(2 * math.pi * i / n) * math.sqrt(n) + rng.uniform(-0.5, 0.5),
         math.sin(2 * math.pi * i / n) * math.sqrt(n) + rng.uniform(-0.5, 0.5)]
        for i in range(n)
    ]
    ig = igraph.Graph(n=n, edges=pairs, directed=False)
    with _RNG_LOCK:
        igraph.set_random_number_generator(random.Random(seed))
        try:
            if n <= KK_MAX_NODES:  # evener edge lengths, fewer crossings; fine at this size
                coords = ig.layout_kamada_kawai(seed=start, maxiter=50 * n).coords
            else:
                coords = ig.layout_fruchterman_reingold(
                    weights=weights, seed=start, niter=500, grid="auto"
                ).coords
        finally:
            igraph.set_random_number_generator(random)
    xs = [c[0] for c in coords]
    ys = [c[1] for c in coords]
    extent = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = max(1.0, math.sqrt(n)) / extent
    return {node: ((x - min(xs)) * scale, (y - min(ys)) * scale)
            for node, (x, y) in zip(comp, coords)}


def _pack(boxes: list[dict[Hashable, tuple[float, float]]],
          gap: float = 1.0) -> dict[Hashable, tuple[float, float]]:
    """Shelf-pack component layouts (largest first) into rows of a roughly square area."""
    sizes = [(max(x for x, _ in b.values()), max(y for _, y in b.values())) for b in boxes]
    area = sum((w + gap) * (h + gap) for w, h in sizes)
    row_width = max(max(w for w, _ in sizes), math.sqrt(area) * 1.2)
    placed: dict[Hashable, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for box, (w, h) in zip(boxes, sizes):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        for node, (bx, by) in box.items():
            placed[node] = (x + bx, y + by)
        x += w + gap
        row_height = max(row_height, h)
    return placed
