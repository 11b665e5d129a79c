"""Deterministic 2-D positions for drawing a graph (HTML page and static image).

Positions are computed once in Python with igraph's Fruchterman-Reingold (0.3 s for 2,000 nodes;
networkx's spring layout takes 15-20 s), so the browser never has to run a physics simulation
before showing a large graph, and the same graph gives the same picture on every load and machine.
A component's force layout depends only on its shape, so it can be memoised across builds
(``memo``): a rebuild re-runs igraph only for the components that changed.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import threading
from collections.abc import Hashable
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Protocol

import networkx as nx
import numpy as np

from kg.export.style import node_size

#: Fixed seed: the same graph always gets the same picture.
DEFAULT_SEED = 20240601

#: Components up to this size use Kamada-Kawai (even edge lengths), bigger ones FR (fast).
KK_MAX_NODES = 80

#: Median edge length of every component, in layout units (a unit is room for one node).
EDGE_LENGTH = 1.6
#: Gap kept between the rims of two nodes of a component (up to SPREAD_MAX_NODES nodes).
MIN_DISTANCE = 0.55
#: Screen pixels per layout unit in the HTML page; node radii are converted with it.
PIXELS_PER_UNIT = 120.0
SPREAD_MAX_NODES = 1000

_RNG_LOCK = threading.Lock()


class LayoutMemo(Protocol):
    """Where component layouts are remembered: a dict, or ``kg.cache.LayoutCache`` across builds."""

    def get(self, key: str, default: list | None = None) -> list | None: ...

    def __setitem__(self, key: str, coords: list) -> None: ...


def layout_positions(
    G: nx.Graph, *, seed: int = DEFAULT_SEED, spacing: float = 1.0, memo: LayoutMemo | None = None
) -> dict[Hashable, tuple[float, float]]:
    """Return ``{node: (x, y)}``: each connected component laid out alone, then packed.

    A force layout of a whole disconnected graph flings small components and isolated nodes to
    a far ring and squeezes the giant component into a blob, so each component gets its own
    seeded Kamada-Kawai (small) or Fruchterman-Reingold (large) layout, scaled to a common median
    edge length with crowded nodes pushed apart, and the
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
    radius = {v: node_size(G.nodes[v].get("mentions")) / PIXELS_PER_UNIT for v in nodes}
    boxes = [_component_layout(undirected, comp, seed, radius, memo) for comp in components]
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
    G: nx.Graph, comp: list[Hashable], seed: int, radius: dict[Hashable, float], memo: LayoutMemo | None = None
) -> dict[Hashable, tuple[float, float]]:
    """Seeded KK/FR layout of one component, min corner at (0, 0), median edge EDGE_LENGTH."""
    n = len(comp)
    if n == 1:
        return {comp[0]: (0.0, 0.0)}
    if n == 2:
        return {comp[0]: (0.0, 0.0), comp[1]: (EDGE_LENGTH, 0.0)}
    index = {node: i for i, node in enumerate(comp)}
    pairs = sorted(tuple(sorted((index[u], index[v]))) for u, v in G.subgraph(comp).edges())
    counts = [G.edges[comp[a], comp[b]]["weight"] for a, b in pairs]
    key = placed_key = None
    coords = None
    if memo is not None:
        shape = json.dumps([_layout_fingerprint(), seed, n, pairs, counts], separators=(",", ":"))
        key = hashlib.sha256(shape.encode()).hexdigest()
        # the finished layout also depends on the nodes' sizes (``_spread``): memoised apart
        placed_key = hashlib.sha256(json.dumps([key, [radius[v] for v in comp]]).encode()).hexdigest()
        placed = memo.get(placed_key)
        if placed is not None and len(placed) == n:
            return {node: (float(x), float(y)) for node, (x, y) in zip(comp, placed)}
        coords = memo.get(key)
    if coords is None or len(coords) != n:
        coords = _force_layout(n, pairs, counts, seed)
        if memo is not None:
            memo[key] = coords
    # Scale so the median edge has the same length in every component and every graph:
    # long enough for a relation label, and components comparable once packed side by side.
    # Dense components (FR hairballs) also get at least about one unit of area per node.
    lengths = sorted(math.dist(coords[a], coords[b]) for a, b in pairs)
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    extent = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = max(EDGE_LENGTH / (lengths[len(lengths) // 2] or 1.0), math.sqrt(n) / extent)
    points = np.array(coords, dtype=float) * scale
    if n <= SPREAD_MAX_NODES:
        points = _spread(points, np.array([radius[v] for v in comp]), MIN_DISTANCE)
    points -= points.min(axis=0)
    box = {node: (float(x), float(y)) for node, (x, y) in zip(comp, points)}
    if memo is not None:
        memo[placed_key] = [list(xy) for xy in box.values()]
    return box


@lru_cache(maxsize=1)
def _layout_fingerprint() -> str:
    """This file's code and igraph's version: memoised layouts never outlive either."""
    source = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]
    try:
        return f"{source}:igraph={metadata.version('igraph')}"
    except metadata.PackageNotFoundError:  # pragma: no cover - igraph is a dependency
        return source


def _force_layout(n: int, pairs: list[tuple[int, int]], counts: list[int], seed: int) -> list[list[float]]:
    """igraph's Kamada-Kawai (small) or Fruchterman-Reingold (large) layout, fully seeded."""
    from kg.igraph_loader import load_igraph

    igraph = load_igraph()  # imported here, and only when some layout is not memoised

    weights = [math.log1p(c) + 1.0 for c in counts]
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
    return [[float(x), float(y)] for x, y in coords]


def _spread(points: np.ndarray, radii: np.ndarray, gap: float, rounds: int = 30) -> np.ndarray:
    """Push apart nodes whose rims are closer than ``gap`` (hubs' neighbours pile up otherwise).

    Each round moves every node by the sum of the pushes of the nodes that overlap it. Only pairs
    near on both axes are measured (:func:`_near_pairs`, found in x order): any other pair's push
    is zero. Each node's pushes are added in the order the sum over its whole row adds them
    (``np.bincount`` adds its weights one after another, as numpy's sum along that axis does), so
    the points are the same floats as measuring all n x n pairs (:func:`_spread_all`, kept for the
    tests) in a fraction of the time: a rebuild whose change reshapes the 534-node component of
    300 news stories spent 0.7-0.8 s of CPU here, now 0.05 s.
    """
    n = len(points)
    # A tiny index-based offset so coincident points have a direction to move apart in.
    angles = np.arange(n) * 2.399963  # golden angle
    points = points + 1e-6 * np.column_stack([np.cos(angles), np.sin(angles)])
    wanted = gap + radii[:, None] + radii[None, :]
    # No pair farther apart than this on either axis overlaps (a margin over the widest rims).
    reach = float(wanted.max()) * 1.01 + 1e-9
    for _ in range(rounds):
        if not np.isfinite(points).all():  # inf or NaN pushes reach every pair: push them all
            return _spread_rounds(points, wanted, rounds - _)
        i, j = _near_pairs(points, reach)
        delta = points[i] - points[j]
        dist = np.hypot(delta[:, 0], delta[:, 1])
        overlap = np.clip(wanted[i, j] - dist, 0.0, None)
        hit = np.nonzero(overlap)[0]
        if not len(hit):
            break
        i, delta, dist, overlap = i[hit], delta[hit], dist[hit], overlap[hit]
        push = delta / dist[:, None] * (overlap / 2)[:, None]
        points = points + np.column_stack([np.bincount(i, push[:, 0], n), np.bincount(i, push[:, 1], n)])
    return points


def _near_pairs(points: np.ndarray, reach: float) -> tuple[np.ndarray, np.ndarray]:
    """Every ordered pair ``(i, j)``, ``i != j``, closer than ``reach`` on both axes, sorted by
    ``i`` then ``j`` (the order a row's sum adds its columns in)."""
    n = len(points)
    order = np.argsort(points[:, 0], kind="stable")
    xs = points[order, 0]
    lo = np.searchsorted(xs, xs - reach, side="left")
    hi = np.searchsorted(xs, xs + reach, side="right")
    counts = hi - lo
    a = np.repeat(np.arange(n), counts)  # positions in x order
    b = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts) + np.repeat(lo, counts)
    i, j = order[a], order[b]
    keep = (i != j) & (np.abs(points[i, 1] - points[j, 1]) < reach)
    i, j = i[keep], j[keep]
    first = np.lexsort((j, i))
    return i[first], j[first]


def _spread_rounds(points: np.ndarray, wanted: np.ndarray, rounds: int) -> np.ndarray:
    """Rounds of :func:`_spread` pushing every pair (all n x n of them)."""
    for _ in range(rounds):
        delta = points[:, None, :] - points[None, :, :]
        dist = np.hypot(delta[..., 0], delta[..., 1])
        np.fill_diagonal(dist, np.inf)
        overlap = np.clip(wanted - dist, 0.0, None)
        if not overlap.any():
            break
        points = points + (delta / dist[..., None] * (overlap / 2)[..., None]).sum(axis=1)
    return points


def _spread_all(points: np.ndarray, radii: np.ndarray, gap: float, rounds: int = 30) -> np.ndarray:
    """:func:`_spread` pushing every pair, as it was written first: the reference its floats are
    tested against."""
    n = len(points)
    angles = np.arange(n) * 2.399963
    points = points + 1e-6 * np.column_stack([np.cos(angles), np.sin(angles)])
    return _spread_rounds(points, gap + radii[:, None] + radii[None, :], rounds)


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


def communities(G: nx.Graph, *, seed: int = DEFAULT_SEED, memo: LayoutMemo | None = None) -> dict[Hashable, int]:
    """``{node: community index}`` for entities with a relation; 0 is the largest community.

    igraph's Louvain (multilevel) on the undirected projection, each pair weighted by its number
    of relations: 50,000 entities in about a second, where networkx's pure-Python Louvain takes
    minutes. Nodes go in sorted-id order and igraph's RNG is seeded, so the same graph always
    gets the same colours. Entities without a relation get no entry. ``memo`` (the layout
    cache) remembers the answer per graph shape, as ``[node index, community]`` pairs, so an
    unchanged rebuild does not import igraph for it.

    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y")]); G.add_node("z")
    >>> communities(G)
    {'a': 0, 'b': 0, 'c': 0, 'x': 1, 'y': 1}
    """
    from kg.igraph_loader import load_igraph

    nodes = sorted({n for u, v in G.edges() if u != v for n in (u, v)}, key=str)
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    weight: dict[tuple[int, int], int] = {}
    for u, v in G.edges():
        if u != v:
            pair = tuple(sorted((index[u], index[v])))
            weight[pair] = weight.get(pair, 0) + 1
    pairs = sorted(weight)
    key = None
    if memo is not None:
        shape = json.dumps([_layout_fingerprint(), "communities", seed, [str(n) for n in nodes], pairs,
                            [weight[p] for p in pairs]], separators=(",", ":"))
        key = hashlib.sha256(shape.encode()).hexdigest()
        known = memo.get(key)
        if known is not None and len(known) == len(nodes):
            return {nodes[int(i)]: int(rank) for i, rank in known}
    igraph = load_igraph()
    ig = igraph.Graph(n=len(nodes), edges=pairs, directed=False)
    with _RNG_LOCK:
        igraph.set_random_number_generator(random.Random(seed))
        try:
            membership = ig.community_multilevel(weights=[weight[p] for p in pairs]).membership
        finally:
            igraph.set_random_number_generator(random)
    groups: dict[int, list[int]] = {}
    for i, m in enumerate(membership):
        groups.setdefault(m, []).append(i)
    ranked = sorted(groups.values(), key=lambda g: (-len(g), g[0]))
    result = {nodes[i]: rank for rank, group in enumerate(ranked) for i in group}
    if memo is not None:
        memo[key] = [[index[n], rank] for n, rank in result.items()]
    return result
