"""Pictures of a graph in a notebook: the interactive page inline (:func:`show`) and a static
matplotlib drawing (:func:`draw`)."""

from __future__ import annotations

import html

import networkx as nx

from kg.contract import label, lookup
from kg.query.entity import example_graph  # noqa: F401  (the toy graph of the doctests)
from kg.query.overview import subgraph

__all__ = ["draw", "show"]


def show(G: nx.MultiDiGraph, focus: str | None = None, depth: int = 1, *, height: str = "600px",
         title: str | None = None, **kw):
    """The interactive graph page, inline in Jupyter (returns an ``IPython.display.HTML``).

    The page from ``kg.export.html.render_html`` is embedded in a sandboxed ``<iframe srcdoc>``
    because pyvis's own ``show()`` does not work in recent Jupyter; ``title`` and other keyword
    arguments (``summary``, ``physics``) go to ``render_html``. With ``focus``, the page holds
    only that entity's ``depth``-hop neighbourhood (the notebook stays small: each embed carries
    its data and the page's scripts).

    >>> frame = show(example_graph(), height="300px")
    >>> "<iframe srcdoc=" in frame.data and "height:300px" in frame.data
    True
    """
    from IPython.display import HTML

    from kg.export.html import render_html

    if focus is not None:
        G = subgraph(G, focus, depth)
    page = render_html(G, title=title, **kw)
    label = html.escape(title or "Knowledge graph", quote=True)
    style = (f"width:100%;height:{html.escape(height, quote=True)};border:1px solid #ddd;"
             "box-sizing:border-box")
    return HTML(  # wrapped in a div: IPython warns about bare <iframe> HTML
        f'<div class="kg-show"><iframe srcdoc="{html.escape(page, quote=True)}" '
        f'sandbox="allow-scripts" style="{style}" title="{label}"></iframe></div>'
    )


def draw(G: nx.MultiDiGraph, focus: str | None = None, depth: int = 1, ax=None, *,
         edge_labels: bool | None = None):
    """A static matplotlib picture of the graph, or of the entities around ``focus``.

    Nodes are coloured by type and sized by mentions (the same colours and layout as the HTML
    page); relations are written on the edges when there are few enough to read (``edge_labels``
    forces it on or off). Returns the matplotlib ``Axes``.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> ax = draw(example_graph(), focus="ByteDance")
    >>> sorted(t.get_text() for t in ax.texts)[:3]
    ['ByteDance', 'CFIUS', 'TikTok']
    """
    import matplotlib.pyplot as plt

    from kg.export.layout import layout_positions
    from kg.export.style import node_size, type_color

    H = subgraph(G, focus, depth) if focus is not None else G
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 7))
    pos = layout_positions(H)
    simple = nx.DiGraph()
    simple.add_nodes_from(H.nodes)
    for u, v, data in H.edges(data=True):
        if simple.has_edge(u, v):
            simple[u][v]["relations"].append(str(data.get("relation", "")))
        else:
            simple.add_edge(u, v, relations=[str(data.get("relation", ""))])
    types = {n: H.nodes[n].get("type") for n in H}
    nx.draw_networkx_edges(simple, pos, ax=ax, edge_color="#8a8f98", arrows=True, arrowsize=12,
                           node_size=[node_size(H.nodes[n].get("mentions")) ** 2 for n in simple])
    nx.draw_networkx_nodes(simple, pos, ax=ax, node_color=[type_color(types[n]) for n in simple],
                           node_size=[node_size(H.nodes[n].get("mentions")) ** 2 for n in simple],
                           edgecolors="white")
    nx.draw_networkx_labels(simple, pos, ax=ax, font_size=9,
                            labels={n: label(H, n) for n in simple})
    if edge_labels if edge_labels is not None else simple.number_of_edges() <= 40:
        nx.draw_networkx_edge_labels(
            simple, pos, ax=ax, font_size=7, font_color="#555555",
            edge_labels={(u, v): "; ".join(d["relations"]) for u, v, d in simple.edges(data=True)},
        )
    for type_ in sorted({t for t in types.values() if t}):
        ax.scatter([], [], color=type_color(type_), label=type_)
    if types:
        ax.legend(loc="best", fontsize=8, frameon=False)
    if focus is not None:
        ax.set_title(f"{label(G, lookup(G, focus))} and its neighbours (depth {depth})")
    ax.margins(0.08)  # room for the labels of nodes on the rim
    ax.set_axis_off()
    return ax
