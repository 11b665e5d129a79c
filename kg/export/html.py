"""The interactive HTML page: one self-contained, offline, deterministic file per graph.

Built on vis-network as shipped *inside* the pyvis package (inlined, never from a CDN), with our own
page instead of pyvis's template, because that template links Bootstrap from a CDN, writes ``lib/``
into the working directory in its default mode, renders titles through ``innerHTML`` and does not
escape its heading (a title such as ``<img src=x onerror=…>`` would run). Here:

- graph data travels as JSON in a ``<script type="application/json">`` whose ``<``, ``>`` and ``&``
  are ``\\u``-escaped, so no document text can close the script element;
- the page script builds the side panel with ``createElement``/``textContent`` only;
- a Content-Security-Policy allows no network at all and only the page's own scripts (by hash);
- positions are precomputed (:mod:`kg.export.layout`), so large graphs show at once with physics off;
- big graphs open on an overview of their most related entities, with a layout of its own;
- the page scripts (``PAGE_SCRIPTS``) draw the labels themselves (vis-network's are off): constant
  size, most important first, never overlapping, relation labels on their edges.
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export.atomic import atomic_open
from kg.export.jsonstream import CHUNK, Items, Part, iter_json
from kg.export.layout import PIXELS_PER_UNIT, LayoutMemo, layout_positions
from kg.export.parts import Parts, PartWriter, sorted_graph
from kg.export.page_records import (
    _as_list, _edge_stats, _jsonable, _keyed_edges, _keyed_nodes, _node_docs, _node_facts, _page_edge, _page_node,
)
from kg.export.layout import communities as community_index
from kg.export.style import (
    COMMUNITY_COLORS, EDGE_COLOR, HEDGED_COLOR, NEGATED_COLOR, OTHER_COLOR, TYPE_COLORS,
)

#: Pixels per layout unit (kg.export.layout: a median edge is 1.6 units, ~190 px at zoom 1).
SPACING = PIXELS_PER_UNIT
#: Past this many nodes, hover effects are off and edges hide while dragging (keeps panning fluid).
BIG_GRAPH_NODES = 1000
#: Past this many entities with a relation the page opens on an overview of the most connected.
OVERVIEW_THRESHOLD = 1500
#: How many entities that overview shows.
OVERVIEW_SIZE = 300
#: Our page scripts, inlined in this order after vis-network (each allowed by its CSP hash).
PAGE_SCRIPTS = ("html_labels.js", "html_graph.js", "html_panel.js", "html_controls.js", "html_export.js",
                "html_page.js")
#: Version of vis-network bundled by pyvis 0.3.2 that we inline.
VIS_VERSION = "9.1.2"
DEFAULT_TITLE = "Knowledge graph"

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                 "\u2028": "\\u2028", "\u2029": "\\u2029"}
_PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)\}\}")


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    """Text of one of our page files (template, script, style) shipped next to this module."""
    return Path(__file__).with_name(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def _vis_asset(name: str) -> str:
    """vis-network's JS/CSS from inside the installed pyvis package (no network, no copying)."""
    spec = importlib.util.find_spec("pyvis")  # locate the package without importing it (~1 s)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis is not installed: it ships the vis-network files kg inlines")
    path = Path(spec.submodule_search_locations[0], "templates", "lib", f"vis-{VIS_VERSION}", name)
    text = path.read_text(encoding="utf-8")
    if "</script" in text.lower() or "</style" in text.lower():  # would end our inline element
        raise RuntimeError(f"bundled {name} cannot be inlined safely")
    return text


def script_json(data: Any) -> str:
    """JSON that is safe inside ``<script>``: ``<``, ``>``, ``&`` become ``\\u`` escapes.

    >>> script_json({"s": "</script><b>&"})
    '{"s":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    return _script_escape(json.dumps(data, **_SCRIPT_JSON))


#: ``json.dumps`` options of the page's data.
_SCRIPT_JSON: dict[str, Any] = {"ensure_ascii": False, "sort_keys": True, "separators": (",", ":"),
                                "allow_nan": False}


def _script_escape(text: str) -> str:
    """``<``, ``>``, ``&`` (and the JavaScript line separators) as ``\\u`` escapes; one character
    each, so escaping the JSON in pieces gives the bytes of escaping it whole."""
    for char, escape in _JSON_ESCAPES.items():  # str.replace: 7x faster than str.translate here
        text = text.replace(char, escape)
    return text


def default_summary(G: nx.MultiDiGraph) -> dict[str, int]:
    """Documents, entities and relations of a graph, as shown in the page footer.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", docs=["d1"]); G.add_node("b", docs=["d1", "d2"])
    >>> _ = G.add_edge("a", "b", relation="owns", evidence=[{"doc": "d3", "sentence": "a owns b"}])
    >>> default_summary(G)
    {'documents': 3, 'entities': 2, 'relations': 1}
    """
    docs: set[str] = set()
    for _, attrs in G.nodes(data=True):
        docs.update(_node_docs(attrs))
    for _, _, attrs in G.edges(data=True):
        docs.update(str(ev.get("doc")) for ev in _as_list(attrs.get("evidence"))
                    if isinstance(ev, Mapping) and ev.get("doc") is not None)
    return {"documents": len(docs), "entities": G.number_of_nodes(),
            "relations": G.number_of_edges()}


def page_data(G: nx.MultiDiGraph, *, physics: bool | None = None,
              layout_memo: LayoutMemo | None = None, lazy: bool = False,
              parts: Parts | None = None) -> dict[str, Any]:
    """Everything the page script needs: nodes with positions, edges with evidence, options.

    Nodes and edges are sorted by id, so attribute insertion order cannot change the bytes.
    ``layout_memo`` remembers component layouts across builds (same bytes, less work).
    Every entity and relation is in the data (search, paths and the panel reach all of them);
    the page draws only what its filters and, for big graphs, its overview let through.

    ``lazy``: the node and edge records are made while they are written, one at a time, as the
    parts of keyed ``jsonstream.Items`` (a graph of millions of edges never holds them all), and
    only where ``parts`` (``kg.export.parts``) does not find a record's text in the previous page:
    each part is named by its node's or edge's digest and what the page adds to it (position,
    degree, community; an edge's curve), which the record is a function of. What the header and
    filters count is taken from the graph's attributes (:func:`_edge_stats`), not from the records,
    so a record the previous page has is never made.
    """
    # Physics is off unless asked for: the precomputed layout is the picture (stable on every
    # load, the same as `kg render`), and vis-network needs ~5 s to settle 500 nodes with physics
    # on, the page frozen meanwhile. The page has a "Re-layout" button for what is shown.
    positions = layout_positions(G, spacing=SPACING, memo=layout_memo)
    community = community_index(G, memo=layout_memo)
    order, raw_edges = sorted_graph(G, parts)  # the order of graph.json's, GraphML's and GEXF's records
    stats = _edge_stats(raw_edges)
    degree = stats["degree"]
    light = [_node_facts(node, G.nodes[node], degree[str(node)], community.get(node, -1)) for node in order]
    nodes: list[dict[str, Any]] | Items
    edges: list[dict[str, Any]] | Items
    if lazy:
        nodes = Items(lambda: _keyed_nodes(G, order, light, positions, parts), keyed=True)
        edges = Items(lambda: _keyed_edges(raw_edges, stats["curves"], parts), keyed=True)
    else:
        nodes = [_page_node(facts, G.nodes[node], positions[node]) for node, facts in zip(order, light)]
        shared: dict[int, dict[str, str]] = {}
        edges = [_page_edge(i, *edge, curve, shared) for i, (edge, curve) in enumerate(zip(raw_edges, stats["curves"]))]
    type_counts = Counter(node["type"] for node in light)
    docs = sorted({d for node in light for d in node["docs"]} | stats["docs"])
    years = stats["years"]
    return {
        "nodes": nodes,
        "edges": edges,
        "types": [{"type": t, "color": TYPE_COLORS.get(t, OTHER_COLOR), "count": type_counts[t]}
                  for t in sorted(type_counts, key=lambda t: (list(TYPE_COLORS).index(t)
                                                             if t in TYPE_COLORS else 99, t))],
        "predicates": _predicate_groups(stats["predicates"], stats["typed"]),
        "communities": _communities(light),
        "kinds": stats["kinds"],
        "years": [min(years), max(years)] if years else None,
        "isolated": sum(1 for node in light if not node["degree"]),
        "overview": _overview(G, light, layout_memo),
        "docs": docs,
        "colors": {"edge": EDGE_COLOR, "hedged": HEDGED_COLOR, "negated": NEGATED_COLOR,
                   "other": OTHER_COLOR},
        "options": _vis_options(physics=bool(physics), big=G.number_of_nodes() > BIG_GRAPH_NODES),
    }


def _overview(G: nx.MultiDiGraph, nodes: list[dict[str, Any]],
              layout_memo: LayoutMemo | None) -> dict[str, Any] | None:
    """For big graphs, the entities the page opens on and their own layout.

    The most related entities (relations, then mentions, then id), laid out as a graph of their
    own: at their places in the whole graph's layout they would be a sparse scatter.
    """
    related = [n for n in nodes if n["degree"]]
    if len(related) <= OVERVIEW_THRESHOLD:
        return None
    top = sorted(related, key=lambda n: (-n["degree"], -n["mentions"], n["id"]))[:OVERVIEW_SIZE]
    by_id = {str(node): node for node in G.nodes}
    sub = G.subgraph([by_id[n["id"]] for n in top])
    positions = layout_positions(sub, spacing=SPACING, memo=layout_memo)
    return {"ids": sorted(n["id"] for n in top),
            "positions": {str(k): [x, y] for k, (x, y) in sorted(positions.items(), key=lambda kv: str(kv[0]))}}


def _predicates(edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The relation filter's groups: typed predicates where edges have them, else phrases.

    >>> _predicates([{"predicate": "located_in", "relation": "based in"},
    ...              {"predicate": "located_in", "relation": "in"}, {"relation": "sued"}])
    [{'key': 'located_in', 'label': 'located in', 'count': 2}, {'key': 'sued', 'label': 'sued', 'count': 1}]
    """
    counts = Counter(str(e.get("predicate") or e["relation"]) for e in edges)
    typed = {str(e["predicate"]) for e in edges if e.get("predicate")}
    return _predicate_groups(counts, typed)


def _predicate_groups(counts: Counter[str], typed: set[str]) -> list[dict[str, Any]]:
    return [{"key": k, "label": k.replace("_", " ") if k in typed else k, "count": c}
            for k, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _communities(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Legend of the coloured communities, named after their most related member."""
    members: dict[int, list[dict[str, Any]]] = {}
    for node in nodes:
        if node["community"] >= 0:
            members.setdefault(node["community"], []).append(node)
    out = []
    for index in sorted(members)[:len(COMMUNITY_COLORS)]:
        top = min(members[index], key=lambda n: (-n["degree"], -n["mentions"], n["label"]))
        out.append({"index": index, "color": COMMUNITY_COLORS[index], "size": len(members[index]),
                    "name": top["label"]})
    return out


def _vis_options(*, physics: bool, big: bool) -> dict[str, Any]:
    """vis-network options: fixed seed, no automatic re-layout, lighter interaction when big."""
    font = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "physics": {
            "enabled": physics,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -6000, "springLength": 160,
                          "springConstant": 0.02, "damping": 0.35, "avoidOverlap": 0.2},
            "stabilization": {"enabled": True, "iterations": 200, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 250, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "multiselect": False, "keyboard": False},
        "nodes": {
            "shape": "dot",
            "borderWidth": 1.5,
            "font": {"size": 15, "face": font, "color": "#1d2330", "strokeWidth": 4,
                     "strokeColor": "#ffffff"},
            "scaling": {"label": {"enabled": False, "drawThreshold": 5, "maxVisible": 26}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.55}},
            "color": {"color": EDGE_COLOR, "highlight": "#1d2330", "hover": "#1d2330",
                      "inherit": False},
            # A label background, not a stroke: a stroke leaves the line visible between words.
            "font": {"size": 11, "face": font, "color": "#4a505c", "strokeWidth": 0,
                     "background": "rgba(255,255,255,0.9)", "align": "middle"},
            "smooth": False,
            "width": 1.2,
            "selectionWidth": 1.5,
        },
    }


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _footer(summary: Mapping[str, Any]) -> str:
    parts = []
    for key, value in summary.items():
        if value is None:
            continue
        name = str(key)[:1].upper() + str(key)[1:]
        parts.append(f'<span class="kg-stat"><span class="kg-stat-name">{html.escape(name)}</span> '
                     f'<span class="kg-stat-value">{html.escape(str(value))}</span></span>')
    parts.append(f'<span class="kg-credit">kg · vis-network {VIS_VERSION} (bundled with pyvis)'
                 '</span>')
    return "\n".join(parts)


def render_html(G: nx.MultiDiGraph, *, title: str | None = None, summary: Mapping[str, Any] | None = None,
                physics: bool | None = None, layout_memo: LayoutMemo | None = None) -> str:
    """The complete page as a string (also handy in notebooks via an ``<iframe srcdoc>``).

    ``summary`` fills the footer (default: documents, entities, relations); ``physics=True``
    opens the page with the force simulation running (default: off; the page has a switch).
    The same text as :func:`write_html` writes (its records are held here, made there as written).

    >>> G = nx.MultiDiGraph(); G.add_node("n1", label="A</script>", type="ORG")
    >>> page = render_html(G, title="<T>")
    >>> "<script src" in page, "A</script>" in page, "&lt;T&gt;" in page
    (False, False, True)
    """
    return "".join(part if isinstance(part, str) else _script_escape("".join(part))
                   for part in _page_parts(G, title=title, summary=summary, physics=physics,
                                           layout_memo=layout_memo))


def _page_parts(G: nx.MultiDiGraph, *, title: str | None, summary: Mapping[str, Any] | None,
                physics: bool | None, layout_memo: LayoutMemo | None, lazy: bool = False,
                parts: Parts | None = None) -> Iterator[str | Iterator[str | Part]]:
    """The page in order: the template's text and values as strings, the graph data as pieces of
    its JSON (:mod:`kg.export.jsonstream`) still to be escaped (:func:`_script_escape`); with
    ``lazy``, the node and edge records among them as :class:`~kg.export.jsonstream.Part` s."""
    title = DEFAULT_TITLE if title is None else str(title)
    summary = default_summary(G) if summary is None else summary
    data = page_data(G, physics=physics, layout_memo=layout_memo, lazy=lazy, parts=parts)
    data["title"] = title
    data["summary"] = _jsonable(dict(summary))
    vis_js, page_js = _vis_asset("vis-network.min.js"), [_asset(name) for name in PAGE_SCRIPTS]
    csp = ("default-src 'none'; "
           f"script-src {' '.join(_csp_hash(js) for js in [vis_js, *page_js])}; "
           "style-src 'unsafe-inline'; img-src data:; font-src data:; "
           "connect-src 'none'; form-action 'none'; base-uri 'none'")
    values = {
        "CSP": html.escape(csp, quote=False),  # no '"' in it; keep the quotes CSP needs readable
        "TITLE": html.escape(title),
        "VIS_CSS": _vis_asset("vis-network.css"),
        "PAGE_CSS": _asset("html_page.css"),
        "FOOTER": _footer(summary),
        "VIS_JS": vis_js,
        "PAGE_SCRIPTS": "\n".join(f"<script>{js}</script>" for js in page_js),
    }
    # One pass: text substituted in is never scanned again for placeholders.
    for i, part in enumerate(_PLACEHOLDER.split(_asset("html_page.html"))):
        if i % 2 == 0:
            yield part
        elif part == "DATA":
            yield iter_json(data, depth=2, **_SCRIPT_JSON)
        else:
            yield values[part]


def write_html(G: nx.MultiDiGraph, path: str | os.PathLike[str], *, title: str | None = None,
               summary: Mapping[str, Any] | None = None, physics: bool | None = None,
               layout_memo: LayoutMemo | None = None, parts: Parts | None = None) -> Path:
    """Write the page to ``path`` as UTF-8, atomically (a crash never leaves half a page).

    Nothing else is written: no ``lib/`` folder, no copied assets. The records are made one at a
    time while written (at 50,000 documents the data is hundreds of MB); ``parts``: those whose
    text the previous page holds are copied from it (``kg.export.parts``), as graph.json's are.
    """
    with atomic_open(path, "wb") as fh:
        out = parts.writer(Path(path).name, fh) if parts is not None else PartWriter(fh)
        for part in _page_parts(G, title=title, summary=summary, physics=physics,
                                layout_memo=layout_memo, lazy=True, parts=parts):
            if isinstance(part, str):
                out.text(part)
            else:
                _write_data(part, out)
        out.close()
    return Path(path)


def _write_data(pieces: Iterable[str | Part], out: PartWriter) -> None:
    """The page's data, escaped for its script element: text joined in batches (each escape is
    one character, so escaping pieces gives the bytes of escaping the whole), each record a part."""
    batch: list[str] = []
    size = 0
    for piece in pieces:
        if isinstance(piece, Part):
            if batch:
                out.text(_script_escape("".join(batch)))
                batch, size = [], 0
            out.part(piece.key, lambda make=piece.make: _script_escape(make()), piece.mend, piece.lead)
            continue
        batch.append(piece)
        size += len(piece)
        if size >= CHUNK:
            out.text(_script_escape("".join(batch)))
            batch, size = [], 0
    if batch:
        out.text(_script_escape("".join(batch)))
