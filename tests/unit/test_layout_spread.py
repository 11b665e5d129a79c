"""``kg.export.layout._spread`` measures only near pairs: the same floats as measuring them all."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from kg.export import layout
from kg.export.layout import _near_pairs, _spread, _spread_all


@pytest.mark.parametrize("n", [3, 4, 9, 40, 81, 300, 700])
@pytest.mark.parametrize("extent", [0.5, 4.0, 30.0])
def test_the_points_are_the_floats_of_pushing_every_pair(n, extent):
    rng = np.random.default_rng(n * 1000 + int(extent * 10))
    points = rng.uniform(0, extent, (n, 2))
    points[: n // 5] = np.round(points[: n // 5], 1)  # shared x or y values, near-coincident points
    radii = rng.choice([0.1, 0.12, 0.2, 0.45], n)
    spread, every = _spread(points, radii, 0.55), _spread_all(points, radii, 0.55)
    assert spread.tobytes() == every.tobytes()
    if extent == 0.5:  # crowded: they did move
        assert not np.array_equal(spread, points)


def test_coincident_and_not_finite_points_give_what_pushing_every_pair_gives():
    points = np.zeros((6, 2))
    radii = np.full(6, 0.1)
    assert _spread(points, radii, 0.55).tobytes() == _spread_all(points, radii, 0.55).tobytes()
    points = np.array([[0.0, 0.0], [0.1, 0.0], [np.inf, 1.0], [5.0, 5.0]])
    with np.errstate(all="ignore"):
        assert _spread(points, np.full(4, 0.1), 0.55).tobytes() == _spread_all(points, np.full(4, 0.1), 0.55).tobytes()


def test_near_pairs_are_every_pair_within_reach_on_both_axes_in_row_order():
    rng = np.random.default_rng(7)
    points = rng.uniform(0, 10, (200, 2))
    points[:30, 0] = 3.0  # ties in x
    i, j = _near_pairs(points, 1.3)
    want = [(a, b) for a in range(200) for b in range(200)
            if a != b and abs(points[a, 0] - points[b, 0]) < 1.3 and abs(points[a, 1] - points[b, 1]) < 1.3]
    assert list(zip(i.tolist(), j.tolist())) == want  # sorted: row by row, columns in order
    assert _near_pairs(points, 1e-12)[0].size == 0  # nothing near: no pair


def test_a_graphs_page_positions_are_those_of_pushing_every_pair(monkeypatch):
    G = nx.MultiDiGraph()
    G.add_edges_from((f"hub{h}", f"n{h}-{i}") for h in range(4) for i in range(60))
    G.add_edges_from((f"hub{h}", f"hub{h + 1}") for h in range(3))
    for node in G:
        G.nodes[node]["mentions"] = 1 + len(node) % 7
    fast = layout.layout_positions(G, spacing=120.0)
    monkeypatch.setattr(layout, "_spread", _spread_all)
    assert layout.layout_positions(G, spacing=120.0) == fast
