"""A static picture of the graph (or of one entity's neighbourhood) for reports: PNG or SVG.

Drawn with matplotlib's Agg backend (no display needed) on the same deterministic layout and
colours as the HTML page, so the same graph gives the same picture. Big graphs stay readable by
labelling only their most-mentioned entities and dropping edge labels past a threshold.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Hashable
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # before pyplot: never needs a display, same output everywhere

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
from matplotlib.collections import LineCollection  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import FancyArrowPatch  # noqa: E402

from kg.contract import lookup  # noqa: E402
from kg.contract import neighbourhood as contract_neighbourhood  # noqa: E402
from kg.errors import EntityNotFound  # noqa: E402
from kg.export.atomic import atomic_open  # noqa: E402
from kg.export.layout import LayoutMemo, layout_positions  # noqa: E402
from kg.export.style import (  # noqa: E402
    EDGE_COLOR, HEDGED_COLOR, NEGATED_COLOR, TYPE_COLORS, node_size, type_color,
)

#: Above this many nodes only the most-mentioned ones get a label.
MAX_NODE_LABELS = 60
#: Above this many edges relations are not written on the edges.
MAX_EDGE_LABELS = 80
EDGE_FONT = 7.5
#: Above this many edges they are drawn as plain lines (no arrowheads), which is 20x faster.
MAX_ARROWS = 600
FORMATS = {".png": "png", ".svg": "svg"}


def find_entity(G: nx.Graph, name: str) -> Hashable:
    """The node whose id, label or an alias is ``name`` (the lookup of :mod:`kg.contract`).

    Raises :class:`~kg.errors.EntityNotFound` (a ``KeyError``) naming close names.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("org:1", label="ByteDance", aliases=["byte skipping"], mentions=3)
    >>> find_entity(G, "BYTE  skipping")
    'org:1'
    """
    try:
        return lookup(G, name)
    except EntityNotFound as exc:
        hint = f" Did you mean: {', '.join(exc.suggestions)}?" if exc.suggestions else ""
        error = EntityNotFound(f"no entity named {name!r} in the graph.{hint}")
        error.name, error.suggestions = exc.name, exc.suggestions
        raise error from None


def neighbourhood(G: nx.MultiDiGraph, focus: str, depth: int = 1) -> tuple[nx.MultiDiGraph, Hashable]:
    """Subgraph of everything within ``depth`` hops of ``focus`` (either edge direction)."""
    if depth < 0:
        raise ValueError("depth must be >= 0")
    centre = find_entity(G, focus)
    return contract_neighbourhood(G, centre, depth), centre


def render_image(G: nx.MultiDiGraph, path: str | os.PathLike[str], *, focus: str | None = None,
                 depth: int = 1, title: str | None = None, layout_memo: LayoutMemo | None = None) -> Path:
    """Draw ``G`` (or the ``depth``-hop neighbourhood of ``focus``) to a PNG or SVG file.

    The format follows the suffix of ``path``. Raises ``EntityNotFound`` (a ``KeyError``) when
    ``focus`` names no entity and ``ValueError`` for an unsupported suffix. ``layout_memo`` (the build's
    ``LayoutCache``) reuses the layouts the HTML page already computed.
    """
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"{path}: unsupported image type {path.suffix!r}; use .png or .svg")
    centre = None
    if focus is not None:
        G, centre = neighbourhood(G, focus, depth)
        if title is None:
            label = G.nodes[centre].get("label") or centre
            title = f"{label}: neighbourhood within {depth} hop{'s' if depth != 1 else ''}"
    fig = _draw(G, centre=centre, title=title, memo=layout_memo)
    try:
        # Fixed SVG ids and no date/software metadata: same graph, same bytes.
        with plt.rc_context({"svg.hashsalt": "kg", "svg.fonttype": "none"}), \
                atomic_open(path, "wb") as fh:
            fig.savefig(fh, format=fmt, dpi=150, facecolor="white",
                        metadata={"Date": None} if fmt == "svg" else {"Software": None})
    finally:
        plt.close(fig)
    return path


def _draw(G: nx.MultiDiGraph, *, centre: Hashable | None, title: str | None, memo: LayoutMemo | None = None):
    """The figure: graph area sized from the layout's extent, margins for labels and legend."""
    n = G.number_of_nodes()
    # Same layout as the page; y flipped because screens count downwards and axes upwards.
    pos = {v: (x, -y) for v, (x, y) in layout_positions(G, memo=memo).items()}
    if n == 0:
        fig = plt.figure(figsize=(4, 2))
        fig.text(0.5, 0.5, "empty graph", ha="center", va="center")
        return fig
    nodes = sorted(G.nodes, key=str)
    xs = [pos[v][0] for v in nodes]
    ys = [pos[v][1] for v in nodes]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    per_unit = min(1.7, 24.0 / max(width, height, 1e-9))  # inches per layout unit
    gw, gh = max(width * per_unit, 1.5), max(height * per_unit, 1.0)
    margin, top, legend_w, title_h = 0.9, 0.45, 2.4, (0.6 if title else 0.0)
    fig_w, fig_h = gw + 2 * margin + legend_w, gh + margin + top + title_h
    fig = plt.figure(figsize=(fig_w, fig_h))
    ax = fig.add_axes((margin / fig_w, margin / fig_h, gw / fig_w, gh / fig_h))
    ax.axis("off")
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    ax.set_xlim(cx - gw / per_unit / 2, cx + gw / per_unit / 2)
    ax.set_ylim(cy - gh / per_unit / 2, cy + gh / per_unit / 2)
    if title:
        fig.text(margin / fig_w, 1 - 0.2 / fig_h, str(title), fontsize=14, va="top", ha="left")

    # Marker diameter in points; half of it lets arrows stop at the circle's edge.
    radius = {v: node_size(G.nodes[v].get("mentions")) * (0.75 if n > 100 else 1.0) for v in nodes}
    if centre is not None:
        radius[centre] *= 1.3

    ranked = sorted(nodes, key=lambda v: (-int(G.nodes[v].get("mentions") or 0), str(v)))
    labelled = set(ranked[:MAX_NODE_LABELS]) | ({centre} if centre is not None else set())
    pt = 1 / 72 / per_unit  # one typographic point in layout units
    # Boxes already used by dots and node labels; edge labels are placed to avoid them.
    taken: list[tuple[float, float, float, float]] = []
    for v in nodes:
        x, y = pos[v]
        r = radius[v] / 2 * pt
        taken.append((x - r, y - r, x + r, y + r))
        if v in labelled:
            w = _text_width(str(G.nodes[v].get("label") or v), 10) * pt
            label_top = y - (radius[v] / 2 + 3) * pt
            taken.append((x - w / 2, label_top - 12 * pt, x + w / 2, label_top))
    _draw_edges(ax, G, pos, radius, taken, pt)
    ax.scatter(xs, ys, s=[(radius[v]) ** 2 for v in nodes],
               c=[type_color(G.nodes[v].get("type")) for v in nodes],
               edgecolors=["#1d2330" if v == centre else "#3a3f4a" for v in nodes],
               linewidths=[2.0 if v == centre else 0.6 for v in nodes], zorder=2, clip_on=False)

    for v in nodes:
        if v not in labelled:
            continue
        x, y = pos[v]
        ax.annotate(str(G.nodes[v].get("label") or v), (x, y), xytext=(0, -(radius[v] / 2 + 3)),
                    textcoords="offset points", ha="center", va="top", zorder=4,
                    fontsize=10 if v == centre else 8.5,
                    fontweight="bold" if v == centre else "normal",
                    color="#1d2330", annotation_clip=False,
                    # A box rather than a stroke path effect: SVG keeps the label as real text.
                    bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.75})

    _legend(fig, G, anchor=(1 - (legend_w - 0.1) / fig_w, 1 - (top + title_h) / fig_h))
    return fig


def _draw_edges(ax, G: nx.MultiDiGraph, pos: dict, radius: dict, taken: list[tuple[float, float, float, float]],
                pt: float) -> None:
    """Arrows (curved apart when two entities share several edges) and their relation labels,
    placed clear of ``taken``; past ``MAX_ARROWS`` edges, plain lines without labels' arrows."""
    edges = sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    pair_total = Counter(frozenset((str(u), str(v))) for u, v, _, _ in edges)
    seen: Counter[tuple[str, str]] = Counter()
    edge_labels = len(edges) <= MAX_EDGE_LABELS
    lines: list[tuple[tuple[float, float], tuple[float, float]]] = []
    line_styles: list[tuple[str, Any]] = []
    for u, v, _key, attrs in edges:
        rad = 0.0
        if u != v and pair_total[frozenset((str(u), str(v)))] > 1:
            seen[(str(u), str(v))] += 1
            rad = 0.15 * seen[(str(u), str(v))]
        color, style = EDGE_COLOR, "solid"
        if attrs.get("negated"):
            color, style = NEGATED_COLOR, (0, (1.5, 2.5))
        elif attrs.get("hedged"):
            color, style = HEDGED_COLOR, (0, (5, 3))
        (x1, y1), (x2, y2) = pos[u], pos[v]
        if u == v:
            continue  # a self-loop says little in a static picture
        if len(edges) > MAX_ARROWS:  # one patch per edge is slow (20 s at 3,000): plain lines
            lines.append(((x1, y1), (x2, y2)))
            line_styles.append((color, style))
            continue
        ax.add_patch(FancyArrowPatch(
            (x1, y1), (x2, y2), connectionstyle=f"arc3,rad={rad}", arrowstyle="-|>",
            mutation_scale=11, color=color, linestyle=style, linewidth=1.1, alpha=0.9,
            shrinkA=radius[u] / 2 + 1, shrinkB=radius[v] / 2 + 2, zorder=1, clip_on=False))
        if edge_labels and attrs.get("relation"):
            text = str(attrs["relation"])
            mx, my = _label_spot(text, (x1, y1), (x2, y2), rad, taken, pt)
            ax.text(mx, my, text, fontsize=EDGE_FONT, color="#4a505c", ha="center",
                    va="center", zorder=3, clip_on=False,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85})

    if lines:
        ax.add_collection(LineCollection(
            lines, colors=[c for c, _ in line_styles], linestyles=[st for _, st in line_styles],
            linewidths=0.6, alpha=0.7, zorder=1))


def _text_width(text: str, size: float) -> float:
    """Rough width in points of ``text`` at font ``size`` (DejaVu Sans averages ~0.6 em)."""
    return len(text) * size * 0.6


def _label_spot(text: str, p1: tuple[float, float], p2: tuple[float, float], rad: float,
                taken: list[tuple[float, float, float, float]], pt: float) -> tuple[float, float]:
    """Where along an edge its label overlaps nothing already drawn (the middle if nowhere).

    Points follow matplotlib's ``arc3`` quadratic Bézier, so labels sit on curved edges too;
    the chosen box is added to ``taken``.
    """
    (x1, y1), (x2, y2) = p1, p2
    cx = (x1 + x2) / 2 + rad * (y2 - y1)
    cy = (y1 + y2) / 2 - rad * (x2 - x1)
    half_w, half_h = (_text_width(text, EDGE_FONT) / 2 + 2) * pt, (EDGE_FONT / 2 + 2) * pt
    best = None
    for t in (0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78):
        x = (1 - t) ** 2 * x1 + 2 * (1 - t) * t * cx + t ** 2 * x2
        y = (1 - t) ** 2 * y1 + 2 * (1 - t) * t * cy + t ** 2 * y2
        box = (x - half_w, y - half_h, x + half_w, y + half_h)
        if best is None:
            best = box
        if not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3]
                   for b in taken):
            best = box
            break
    taken.append(best)
    return (best[0] + best[2]) / 2, (best[1] + best[3]) / 2


def _legend(fig, G: nx.MultiDiGraph, *, anchor: tuple[float, float]) -> None:
    types = Counter(str(t) for _, t in G.nodes(data="type"))
    order = sorted(types, key=lambda t: (list(TYPE_COLORS).index(t) if t in TYPE_COLORS else 99, t))
    handles = [Line2D([], [], marker="o", linestyle="", markersize=8, color=type_color(t),
                      markeredgecolor="#3a3f4a", label=f"{t} ({types[t]})") for t in order]
    flags = {k for _, _, a in G.edges(data=True) for k in ("hedged", "negated") if a.get(k)}
    handles.append(Line2D([], [], color=EDGE_COLOR, label="stated"))
    if "hedged" in flags:
        handles.append(Line2D([], [], color=HEDGED_COLOR, linestyle=(0, (5, 3)), label="hedged"))
    if "negated" in flags:
        handles.append(Line2D([], [], color=NEGATED_COLOR, linestyle=(0, (1.5, 2.5)), label="negated"))
    fig.legend(handles=handles, loc="upper left", bbox_to_anchor=anchor, frameon=False,
               fontsize=8.5)
