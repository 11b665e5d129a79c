"""The whole graph at once: rankings, communities, neighbourhoods as sub-graphs, and summaries
(``kg stats`` prints :func:`stats`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

import networkx as nx

from kg.contract import as_list, edge_evidence, label, lookup, mentions, neighbourhood
from kg.query.entity import example_graph  # noqa: F401  (the toy graph of the doctests)
from kg.query.rows import Rows, Summary

__all__ = ["Community", "CommunityList", "communities", "rank", "stats", "subgraph", "summary"]


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
        row = {"entity": label(G, node), "type": data.get("type"),
               "mentions": mentions(G, node), "degree": degree.get(node, 0)}
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
    order = lambda n: (-mentions(G, n), label(G, n), str(n))  # noqa: E731
    groups = [sorted(g, key=order) for g in groups if len(g) >= min_size]
    groups.sort(key=lambda g: (-len(g), order(g[0])))
    result = CommunityList()
    for i, ids in enumerate(groups, start=1):
        inside = set(ids)
        types = Counter(str(G.nodes[n].get("type")) for n in ids)
        rels = Counter(str(d.get("relation", ""))
                       for _, _, d in G.subgraph(inside).edges(data=True))
        result.append(Community(
            index=i, ids=ids, members=[label(G, n) for n in ids],
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
    return neighbourhood(G, lookup(G, name), depth)


def summary(G: nx.MultiDiGraph, top: int = 10) -> Summary:
    """Counts that describe the graph: documents, entities (by type), relations (top kinds).

    >>> s = summary(example_graph())
    >>> s["documents"], s["entities"], s["relations"], s["entities_by_type"]
    (1, 4, 3, {'ORG': 3, 'PRODUCT': 1})
    >>> s["top_relations"]
    {'in talks to buy': 1, 'investigated': 1, 'parent company of': 1}
    >>> s["predicates"]
    {'investigated': 1, 'other': 1, 'subsidiary': 1}
    """
    docs: set[str] = set()
    for _, data in G.nodes(data=True):
        docs.update(str(d) for d in as_list(data.get("docs")))
    relations: Counter[str] = Counter()
    predicates: Counter[str] = Counter()
    with_evidence = 0
    for _, _, data in G.edges(data=True):
        relations[str(data.get("relation", ""))] += 1
        predicates[str(data.get("predicate", "other"))] += 1
        evidence = edge_evidence(data)
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
        predicates=dict(sorted(predicates.items(), key=by_count)),
    )


def stats(G: nx.MultiDiGraph, top: int = 10) -> dict[str, Any]:
    """:func:`summary` plus the ``top`` entities by mentions and by degree (``kg stats``).

    >>> s = stats(example_graph(), top=2)
    >>> s["top_by_mentions"]
    [{'entity': 'TikTok', 'type': 'PRODUCT', 'mentions': 14}, {'entity': 'ByteDance', 'type': 'ORG', 'mentions': 9}]
    >>> [r["degree"] for r in s["top_by_degree"]]
    [2, 2]
    """
    s: dict[str, Any] = dict(summary(G, top=top))
    s["top_by_mentions"] = [{"entity": r["entity"], "type": r["type"], "mentions": r["mentions"]}
                            for r in rank(G, by="mentions", top=top)]
    s["top_by_degree"] = [{"entity": r["entity"], "type": r["type"], "degree": r["degree"]}
                          for r in rank(G, by="degree", top=top)]
    return s
