"""Exploring a built graph: one-line answers to the questions people ask in a notebook.

Every function takes a graph that follows the contract in DESIGN.md (a ``networkx.MultiDiGraph``
as returned by ``kg.build(...).graph`` or ``kg.load(path)``) and never modifies it. Entities can be
named by label, by any alias or by node id (see :func:`find`). Tabular answers are :class:`Rows`:
plain lists of dicts that print as a table, render as HTML in Jupyter and convert to pandas.

Try it on the built-in toy graph:

>>> G = example_graph()
>>> find(G, "byte skipping")
'org:bytedance'
>>> path(G, "Microsoft", "CFIUS").column("to")
['TikTok', 'ByteDance', 'CFIUS']
>>> neighbours(G, "TikTok")[0]["evidence"]
'ByteDance is the parent company of TikTok.'
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Literal

import networkx as nx

__all__ = [
    "Community", "CommunityList", "EntityNotFound", "Rows", "communities", "draw", "evidence",
    "example_graph", "find", "find_all", "neighbours", "normalize_name", "path", "rank", "show",
    "subgraph", "summary",
]

_CELL_WIDTH = 60  # plain-text tables truncate long cells (evidence sentences) to this many chars


# --------------------------------------------------------------------------------------------
# Rows: the tabular result type
# --------------------------------------------------------------------------------------------

class Rows(list):
    """A list of dicts that shows itself as a table (text, or HTML in Jupyter).

    It stays a plain list, so indexing, ``len`` and comprehensions work as usual; ``columns``
    keeps the column order even when there are no rows, and :meth:`to_pandas` converts it when
    pandas is installed (pandas is not a dependency of kg).

    >>> rows = Rows([{"entity": "TikTok", "mentions": 12}], columns=["entity", "mentions"])
    >>> rows
    entity  mentions
    ------  --------
    TikTok  12
    >>> rows[0]["mentions"]
    12
    >>> Rows([], columns=["entity"])
    (no rows)
    """

    def __init__(self, rows: Iterable[dict[str, Any]] = (), columns: list[str] | None = None):
        super().__init__(rows)
        if columns is None:
            columns = []
            for row in self:
                columns.extend(k for k in row if k not in columns)
        self.columns: list[str] = list(columns)

    def __getitem__(self, index):  # slices stay Rows, so rows[:5] still prints as a table
        item = super().__getitem__(index)
        return Rows(item, self.columns) if isinstance(index, slice) else item

    def column(self, name: str) -> list[Any]:
        """All values of one column, in row order."""
        return [row.get(name) for row in self]

    def to_pandas(self):
        """This table as a ``pandas.DataFrame`` (needs pandas installed)."""
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("Rows.to_pandas() needs pandas: pip install pandas") from exc
        return pd.DataFrame([dict(r) for r in self], columns=self.columns)

    def __repr__(self) -> str:
        if not self:
            return "(no rows)"
        cells = [[_cell_text(row.get(c), _CELL_WIDTH) for c in self.columns] for row in self]
        widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(self.columns)]
        lines = ["  ".join(c.ljust(w) for c, w in zip(self.columns, widths)).rstrip(),
                 "  ".join("-" * w for w in widths)]
        lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
        return "\n".join(lines)

    __str__ = __repr__

    def _repr_html_(self) -> str:
        if not self:
            return "<p><em>(no rows)</em></p>"
        head = "".join(f"<th>{html.escape(c)}</th>" for c in self.columns)
        body = "".join(
            "<tr>" + "".join(
                f'<td style="text-align:left">{html.escape(_cell_text(row.get(c)))}</td>'
                for c in self.columns
            ) + "</tr>"
            for row in self
        )
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cell_text(value: Any, width: int | None = None) -> str:
    if value is None:
        text = ""
    elif isinstance(value, float):
        text = f"{value:.3g}"
    elif isinstance(value, (list, tuple, set)):
        text = ", ".join(str(v) for v in value)
    else:
        text = str(value)
    text = " ".join(text.split())
    if width is not None and len(text) > width:
        text = text[: width - 1] + "…"
    return text


# --------------------------------------------------------------------------------------------
# A toy graph that follows the contract (for doctests and for trying the API)
# --------------------------------------------------------------------------------------------

def example_graph() -> nx.MultiDiGraph:
    """A four-entity graph that follows the contract, to try the API without building anything.

    >>> G = example_graph()
    >>> sorted(G.nodes)
    ['org:bytedance', 'org:cfius', 'org:microsoft', 'product:tiktok']
    >>> G.nodes["org:bytedance"]["aliases"]
    ['ByteDance', 'byte skipping', 'bytes']
    """
    G = nx.MultiDiGraph()
    nodes = [
        ("org:bytedance", "ByteDance", "ORG", ["ByteDance", "byte skipping", "bytes"], 9),
        ("product:tiktok", "TikTok", "PRODUCT", ["TikTok", "tiktok"], 14),
        ("org:microsoft", "Microsoft", "ORG", ["Microsoft"], 4),
        ("org:cfius", "CFIUS", "ORG", ["CFIUS", "Committee on Foreign Investment"], 2),
    ]
    for node_id, label, type_, aliases, mentions in nodes:
        G.add_node(node_id, label=label, type=type_, aliases=aliases, mentions=mentions,
                   docs=["example"])

    def ev(sentence: str, start: int) -> dict[str, Any]:
        return {"doc": "example", "sentence": sentence, "start": start,
                "end": start + len(sentence)}

    G.add_edge("org:bytedance", "product:tiktok", relation="parent company of", confidence=0.9,
               evidence=[ev("ByteDance is the parent company of TikTok.", 0)])
    G.add_edge("org:microsoft", "product:tiktok", relation="in talks to buy", confidence=0.8,
               evidence=[ev("Microsoft is in talks to buy TikTok.", 43),
                         ev("Microsoft confirmed it was in talks to buy TikTok.", 80)])
    G.add_edge("org:cfius", "org:bytedance", relation="investigated", confidence=0.7,
               evidence=[ev("CFIUS investigated ByteDance.", 131)])
    return G


# --------------------------------------------------------------------------------------------
# Finding entities
# --------------------------------------------------------------------------------------------

class EntityNotFound(KeyError):
    """No entity of the graph has this name (the message suggests close names)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def normalize_name(text: str) -> str:
    """Fold a name for lookup: case, a leading the/a/an, possessive 's and punctuation.

    >>> normalize_name("The U.S.'s  Treasury")
    'us treasury'
    >>> normalize_name("ByteDance’s")
    'bytedance'
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"['’]s\b", "", text)
    text = re.sub(r"[^\w\s]|_", "", text)
    text = " ".join(text.split())
    return re.sub(r"^(the|a|an) (?=\S)", "", text)


def _as_list(value: Any) -> list:
    """Lists may arrive JSON-encoded (GraphML/GEXF cannot hold lists); accept both."""
    if value is None:
        return []
    if isinstance(value, str):
        try:
            decoded = json.loads(value)
        except ValueError:
            return [value]
        return decoded if isinstance(decoded, list) else [decoded]
    return list(value)


def _label(G: nx.MultiDiGraph, node: str) -> str:
    return str(G.nodes[node].get("label") or node)


def _mentions(G: nx.MultiDiGraph, node: str) -> int:
    return int(G.nodes[node].get("mentions") or 0)


def find(G: nx.MultiDiGraph, name: str) -> str | None:
    """The id of the entity called ``name`` (label, alias or id), or None.

    Matching ignores case, a leading "the", a possessive 's and punctuation. A node id wins,
    then a label match, then an alias match; between equals the entity with most mentions wins.

    >>> G = example_graph()
    >>> find(G, "the Byte Skipping's")
    'org:bytedance'
    >>> find(G, "Tik-Tok"), find(G, "Tok") is None
    ('product:tiktok', True)
    """
    if name in G:
        return name
    wanted = normalize_name(name)
    if not wanted:
        return None
    best: tuple | None = None
    for node, data in G.nodes(data=True):
        if normalize_name(str(data.get("label") or "")) == wanted:
            tier = 0
        elif any(normalize_name(str(a)) == wanted for a in _as_list(data.get("aliases"))):
            tier = 1
        else:
            continue
        key = (tier, -_mentions(G, node), _label(G, node), str(node))
        if best is None or key < best[0]:
            best = (key, node)
    return None if best is None else best[1]


def find_all(G: nx.MultiDiGraph, query: str, *, limit: int = 10, cutoff: float = 80) -> Rows:
    """Entities whose label or an alias contains ``query``, or is close to it (typos).

    ``score`` is 100 for an exact (normalized) match, 95 when the query is part of a name, and
    otherwise rapidfuzz's similarity ratio; names scoring under ``cutoff`` are left out.

    >>> G = example_graph()
    >>> find_all(G, "byte").column("label")
    ['ByteDance']
    >>> find_all(G, "Microsfot")[0]["matched"]
    'Microsoft'
    """
    from rapidfuzz import fuzz

    columns = ["label", "type", "mentions", "matched", "score", "id"]
    wanted = normalize_name(query)
    if not wanted:
        return Rows([], columns)
    hits = []
    for node, data in G.nodes(data=True):
        best: tuple[float, str] | None = None
        for name in [data.get("label") or str(node), *_as_list(data.get("aliases"))]:
            norm = normalize_name(str(name))
            if norm == wanted:
                score = 100.0
            elif wanted in norm:
                score = 95.0
            else:
                score = round(fuzz.ratio(wanted, norm), 1)
            if score >= cutoff and (best is None or score > best[0]):
                best = (score, str(name))
        if best is not None:
            hits.append({"label": _label(G, node), "type": data.get("type"),
                         "mentions": _mentions(G, node), "matched": best[1], "score": best[0],
                         "id": node})
    hits.sort(key=lambda r: (-r["score"], -r["mentions"], r["label"], str(r["id"])))
    return Rows(hits[:limit], columns)


def _resolve(G: nx.MultiDiGraph, name: str) -> str:
    node = find(G, name)
    if node is None:
        close = find_all(G, name, limit=5, cutoff=70).column("label")
        hint = f"; did you mean: {', '.join(close)}?" if close else ""
        raise EntityNotFound(f"no entity named {name!r} in the graph{hint}")
    return node


# --------------------------------------------------------------------------------------------
# Edges, neighbours and paths
# --------------------------------------------------------------------------------------------

def _evidence(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in _as_list(data.get("evidence")) if isinstance(e, dict)]


def _flags(data: dict[str, Any]) -> str:
    return ", ".join(f for f in ("negated", "hedged") if data.get(f) in (True, "true", "True", 1))


def _edge_fields(data: dict[str, Any]) -> dict[str, Any]:
    evidence = _evidence(data)
    return {
        "relation": data.get("relation", ""),
        "confidence": float(data.get("confidence") or 0.0),
        "evidence": evidence[0].get("sentence", "") if evidence else "",
        "n_evidence": len(evidence),
        "docs": sorted({str(e.get("doc")) for e in evidence if e.get("doc") is not None}),
        "flags": _flags(data),
    }


def neighbours(
    G: nx.MultiDiGraph,
    name: str,
    *,
    relation: str | None = None,
    direction: Literal["both", "out", "in"] = "both",
) -> Rows:
    """One row per edge touching ``name``: who is on the other end, how, and the evidence.

    ``direction`` "out" keeps edges where the entity is the subject (``entity relation
    neighbour``), "in" those where it is the object (``neighbour relation entity``). ``relation``
    keeps edges whose relation contains that text (case-insensitive). ``evidence`` is the first
    supporting sentence and ``n_evidence`` how many there are; ``flags`` says if the statement was
    negated or hedged. Raises :class:`EntityNotFound` (a KeyError) for an unknown name.

    >>> G = example_graph()
    >>> [(r["direction"], r["relation"], r["neighbour"]) for r in neighbours(G, "TikTok")]
    [('in', 'parent company of', 'ByteDance'), ('in', 'in talks to buy', 'Microsoft')]
    >>> neighbours(G, "ByteDance", direction="out").column("neighbour")
    ['TikTok']
    >>> neighbours(G, "tiktok", relation="buy")[0]["evidence"]
    'Microsoft is in talks to buy TikTok.'
    """
    if direction not in ("both", "out", "in"):
        raise ValueError(f"direction must be 'both', 'out' or 'in', not {direction!r}")
    node = _resolve(G, name)
    wanted = relation.casefold() if relation else None
    edges: list[tuple[str, str, dict]] = []
    if direction in ("both", "out"):
        edges += [("out", v, d) for _, v, d in G.out_edges(node, data=True)]
    if direction in ("both", "in"):
        edges += [("in", u, d) for u, _, d in G.in_edges(node, data=True)
                  if not (direction == "both" and u == node)]  # a self-loop is listed once
    rows = []
    for way, other, data in edges:
        fields = _edge_fields(data)
        if wanted and wanted not in str(fields["relation"]).casefold():
            continue
        rows.append({"entity": _label(G, node), "neighbour": _label(G, other),
                     "neighbour_type": G.nodes[other].get("type"), "direction": way,
                     **fields, "neighbour_id": other})
    rows.sort(key=lambda r: (-r["confidence"], -r["n_evidence"], r["neighbour"], r["relation"],
                             r["direction"]))
    columns = ["entity", "neighbour", "neighbour_type", "direction", "relation", "confidence",
               "evidence", "n_evidence", "docs", "flags", "neighbour_id"]
    return Rows(rows, columns)


def evidence(G: nx.MultiDiGraph, a: str, b: str, *, relation: str | None = None) -> Rows:
    """Every sentence stating a relation between ``a`` and ``b`` (either direction), one per row.

    ``relation`` keeps relations containing that text (case-insensitive); ``start``/``end`` are
    character offsets of the sentence in the cleaned document ``doc``.

    >>> G = example_graph()
    >>> for row in evidence(G, "TikTok", "Microsoft"):
    ...     print(row["subject"], "|", row["relation"], "|", row["sentence"])
    Microsoft | in talks to buy | Microsoft is in talks to buy TikTok.
    Microsoft | in talks to buy | Microsoft confirmed it was in talks to buy TikTok.
    """
    u, v = _resolve(G, a), _resolve(G, b)
    wanted = relation.casefold() if relation else None
    pairs = [(u, v)] if u == v else [(u, v), (v, u)]
    rows = []
    for head, tail in pairs:
        for data in G.get_edge_data(head, tail, default={}).values():
            rel = str(data.get("relation", ""))
            if wanted and wanted not in rel.casefold():
                continue
            for ev in _evidence(data):
                rows.append({"subject": _label(G, head), "relation": rel,
                             "object": _label(G, tail), "doc": ev.get("doc"),
                             "start": ev.get("start"), "end": ev.get("end"),
                             "sentence": ev.get("sentence", ""), "flags": _flags(data)})
    return Rows(rows, ["subject", "relation", "object", "doc", "start", "end", "sentence",
                       "flags"])


def _best_edge(G: nx.MultiDiGraph, u: str, v: str) -> tuple[str, dict]:
    """The strongest edge between u and v in either direction, and its direction from u."""
    candidates = [("out", d) for d in G.get_edge_data(u, v, default={}).values()]
    candidates += [("in", d) for d in G.get_edge_data(v, u, default={}).values()]
    return min(candidates, key=lambda c: (-float(c[1].get("confidence") or 0),
                                          -len(_evidence(c[1])), c[0] != "out",
                                          str(c[1].get("relation", ""))))


def path(G: nx.MultiDiGraph, a: str, b: str, *, max_candidates: int = 50) -> Rows:
    """How ``a`` is connected to ``b``: the shortest chain of relations, one row per hop.

    Edge direction is ignored when searching; ``direction`` says how each hop reads: "out" means
    ``from relation to``, "in" means the statement is ``to relation from``. Among equally short
    paths (the first ``max_candidates`` found) the one with the most confident edges wins; between
    two entities the most confident edge is shown. Returns empty Rows when the entities are not
    connected (or are the same); raises :class:`EntityNotFound` (a KeyError) for an unknown name.

    >>> G = example_graph()
    >>> hops = path(G, "Microsoft", "CFIUS")
    >>> [(r["from"], r["direction"], r["to"]) for r in hops]
    [('Microsoft', 'out', 'TikTok'), ('TikTok', 'in', 'ByteDance'), ('ByteDance', 'in', 'CFIUS')]
    >>> hops[2]["evidence"]
    'CFIUS investigated ByteDance.'
    >>> G.add_node("gpe:mars", label="Mars", type="LOC")
    >>> len(path(G, "Microsoft", "Mars"))
    0
    """
    columns = ["hop", "from", "relation", "to", "direction", "confidence", "evidence", "doc"]
    source, target = _resolve(G, a), _resolve(G, b)
    undirected = G.to_undirected(as_view=True)
    try:
        candidates = []
        for nodes in nx.all_shortest_paths(undirected, source, target):
            candidates.append(nodes)
            if len(candidates) >= max_candidates:
                break
    except nx.NetworkXNoPath:
        return Rows([], columns)
    if len(candidates[0]) < 2:
        return Rows([], columns)

    def strength(nodes: list[str]) -> float:
        return sum(float(_best_edge(G, u, v)[1].get("confidence") or 0)
                   for u, v in zip(nodes, nodes[1:]))

    best = max(candidates, key=strength)  # max keeps the first of equals: deterministic
    rows = []
    for hop, (u, v) in enumerate(zip(best, best[1:]), start=1):
        way, data = _best_edge(G, u, v)
        fields = _edge_fields(data)
        rows.append({"hop": hop, "from": _label(G, u), "relation": fields["relation"],
                     "to": _label(G, v), "direction": way, "confidence": fields["confidence"],
                     "evidence": fields["evidence"],
                     "doc": fields["docs"][0] if fields["docs"] else None})
    return Rows(rows, columns)


# --------------------------------------------------------------------------------------------
# Rankings, communities, sub-graphs, summary
# --------------------------------------------------------------------------------------------

def _simple_undirected(G: nx.MultiDiGraph) -> nx.Graph:
    """One link per connected pair, weighted by how many relations join them (self-loops out).

    Centrality and communities use this projection: the direction of an extracted relation
    follows grammar (who is the subject), not importance.
    """
    H = nx.Graph()
    H.add_nodes_from(G.nodes)
    for u, v in G.edges():
        if u == v:
            continue
        if H.has_edge(u, v):
            H[u][v]["weight"] += 1
        else:
            H.add_edge(u, v, weight=1)
    return H


def _igraph_scores(H: nx.Graph, by: str) -> dict[str, float]:
    """PageRank or betweenness with igraph (fast, and no SciPy needed unlike networkx's)."""
    from kg.igraph_loader import load_igraph

    ig = load_igraph()

    nodes = list(H.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    g = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in H.edges()])
    if by == "pagerank":
        weights = [d["weight"] for _, _, d in H.edges(data=True)] or None
        scores = g.pagerank(weights=weights, damping=0.85)
    else:
        scores = g.betweenness(directed=False)
        n = len(nodes)
        scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0  # same normalization as networkx
        scores = [s * scale for s in scores]
    return {node: float(s) for node, s in zip(nodes, scores)}


def rank(
    G: nx.MultiDiGraph,
    by: Literal["mentions", "degree", "pagerank", "betweenness"] = "mentions",
    top: int | None = 10,
) -> Rows:
    """The ``top`` entities by mentions, degree, PageRank or betweenness (None: all of them).

    ``degree`` counts distinct neighbours; PageRank (weighted by the number of relations between
    two entities) and betweenness (normalized to 0..1) are computed ignoring edge direction.
    Ties are broken by mentions, then label.

    >>> G = example_graph()
    >>> rank(G, "mentions", top=2).column("entity")
    ['TikTok', 'ByteDance']
    >>> [(r["entity"], r["betweenness"]) for r in rank(G, "betweenness", top=2)]
    [('TikTok', 0.6666666666666666), ('ByteDance', 0.6666666666666666)]
    """
    if by not in ("mentions", "degree", "pagerank", "betweenness"):
        raise ValueError(f"by must be mentions, degree, pagerank or betweenness, not {by!r}")
    H = _simple_undirected(G)
    degree = dict(H.degree())
    score = _igraph_scores(H, by) if by in ("pagerank", "betweenness") and len(H) else {}
    rows = []
    for node, data in G.nodes(data=True):
        row = {"entity": _label(G, node), "type": data.get("type"),
               "mentions": _mentions(G, node), "degree": degree.get(node, 0)}
        if by in ("pagerank", "betweenness"):
            row[by] = score.get(node, 0.0)
        row["id"] = node
        rows.append(row)
    rows.sort(key=lambda r: (-r[by], -r["mentions"], r["entity"], str(r["id"])))
    rows = rows[:top] if top is not None else rows
    for i, row in enumerate(rows, start=1):
        row["rank"] = i
    columns = ["rank", "entity", "type", "mentions", "degree"]
    columns += [by] if by in ("pagerank", "betweenness") else []
    return Rows(rows, columns + ["id"])


@dataclass
class Community:
    """A group of entities more connected to each other than to the rest (Louvain).

    ``members``/``ids`` are sorted by mentions; ``types`` counts member types and ``relations``
    counts the relations between members; ``about`` says both in one line.
    """

    index: int
    ids: list[str]
    members: list[str]
    types: dict[str, int] = field(default_factory=dict)
    relations: dict[str, int] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return len(self.ids)

    @property
    def about(self) -> str:
        types = ", ".join(f"{t} {n}" for t, n in list(self.types.items())[:3])
        rels = ", ".join(f"{r} ×{n}" for r, n in list(self.relations.items())[:3])
        return f"{types}; relations: {rels}" if rels else f"{types}; no relations inside"

    def to_row(self, show: int = 8) -> dict[str, Any]:
        members = ", ".join(self.members[:show])
        if self.size > show:
            members += f" (+{self.size - show} more)"
        return {"community": self.index, "size": self.size, "members": members,
                "about": self.about}


class CommunityList(list):
    """A list of :class:`Community` that shows itself as a table."""

    def to_rows(self, show: int = 8) -> Rows:
        return Rows([c.to_row(show) for c in self], ["community", "size", "members", "about"])

    def __repr__(self) -> str:
        return repr(self.to_rows())

    def _repr_html_(self) -> str:
        return self.to_rows()._repr_html_()


def communities(
    G: nx.MultiDiGraph, seed: int = 42, *, resolution: float = 1.0, min_size: int = 1
) -> CommunityList:
    """Groups of densely related entities, largest first (networkx Louvain, fixed ``seed``).

    Runs on the undirected projection, each pair weighted by the number of relations joining
    it. Entities without relations form communities of one; ``min_size=2`` hides them.

    >>> G = example_graph()
    >>> G.add_node("gpe:mars", label="Mars", type="LOC", mentions=1)
    >>> comms = communities(G)
    >>> [c.members for c in comms]
    [['TikTok', 'Microsoft'], ['ByteDance', 'CFIUS'], ['Mars']]
    >>> comms[1].about
    'ORG 2; relations: investigated ×1'
    >>> len(communities(G, min_size=2))
    2
    """
    H = _simple_undirected(G)
    groups = nx.community.louvain_communities(H, weight="weight", resolution=resolution,
                                              seed=seed) if len(H) else []
    order = lambda n: (-_mentions(G, n), _label(G, n), str(n))  # noqa: E731
    groups = [sorted(g, key=order) for g in groups if len(g) >= min_size]
    groups.sort(key=lambda g: (-len(g), order(g[0])))
    result = CommunityList()
    for i, ids in enumerate(groups, start=1):
        inside = set(ids)
        types = Counter(str(G.nodes[n].get("type")) for n in ids)
        rels = Counter(str(d.get("relation", ""))
                       for _, _, d in G.subgraph(inside).edges(data=True))
        result.append(Community(
            index=i, ids=ids, members=[_label(G, n) for n in ids],
            types=dict(sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))),
            relations=dict(sorted(rels.items(), key=lambda kv: (-kv[1], kv[0]))),
        ))
    return result


def subgraph(G: nx.MultiDiGraph, name: str, depth: int = 1) -> nx.MultiDiGraph:
    """The entities within ``depth`` relations of ``name`` (either direction), with every edge
    among them and all attributes: a copy that the exporters and :func:`show` can render.

    >>> G = example_graph()
    >>> sorted(subgraph(G, "ByteDance").nodes)
    ['org:bytedance', 'org:cfius', 'product:tiktok']
    >>> subgraph(G, "CFIUS", depth=3).number_of_edges()
    3
    """
    node = _resolve(G, name)
    return nx.ego_graph(G, node, radius=depth, undirected=True)


class Summary(dict):
    """The dict returned by :func:`summary`; shows as a two-column table in Jupyter."""

    def _repr_html_(self) -> str:
        rows = Rows([{"what": k, "value": _summary_value(v)} for k, v in self.items()],
                    ["what", "value"])
        return rows._repr_html_()


def _summary_value(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    return str(value)


def summary(G: nx.MultiDiGraph, top: int = 10) -> Summary:
    """Counts that describe the graph: documents, entities (by type), relations (top kinds).

    >>> s = summary(example_graph())
    >>> s["documents"], s["entities"], s["relations"], s["entities_by_type"]
    (1, 4, 3, {'ORG': 3, 'PRODUCT': 1})
    >>> s["top_relations"]
    {'in talks to buy': 1, 'investigated': 1, 'parent company of': 1}
    """
    docs: set[str] = set()
    for _, data in G.nodes(data=True):
        docs.update(str(d) for d in _as_list(data.get("docs")))
    relations: Counter[str] = Counter()
    with_evidence = 0
    for _, _, data in G.edges(data=True):
        relations[str(data.get("relation", ""))] += 1
        evidence = _evidence(data)
        with_evidence += bool(evidence)
        docs.update(str(e["doc"]) for e in evidence if e.get("doc") is not None)
    types = Counter(str(d.get("type")) for _, d in G.nodes(data=True))
    by_count = lambda kv: (-kv[1], kv[0])  # noqa: E731
    return Summary(
        documents=len(docs),
        entities=G.number_of_nodes(),
        entities_by_type=dict(sorted(types.items(), key=by_count)),
        relations=G.number_of_edges(),
        relations_with_evidence=with_evidence,
        distinct_relations=len(relations),
        isolated_entities=sum(1 for n in G if G.degree(n) == 0),
        top_relations=dict(sorted(relations.items(), key=by_count)[:top]),
    )


# --------------------------------------------------------------------------------------------
# Pictures: interactive (HTML) and static (matplotlib)
# --------------------------------------------------------------------------------------------

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
                            labels={n: _label(H, n) for n in simple})
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
        ax.set_title(f"{_label(G, _resolve(G, focus))} and its neighbours (depth {depth})")
    ax.margins(0.08)  # room for the labels of nodes on the rim
    ax.set_axis_off()
    return ax
