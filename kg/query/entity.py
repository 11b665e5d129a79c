"""One entity at a time: find it, its neighbours, the evidence between two, the path between two,
its card (``kg show``) and why its names were merged (``kg explain``)."""

from __future__ import annotations

from typing import Any, Literal

import networkx as nx

from kg.contract import (
    EntityNotFound, as_list, close_names, edge_evidence, label, lookup, mentions, normalize_name,
)
from kg.contract import find as _find
from kg.query.rows import Rows

__all__ = [
    "EntityNotFound", "card", "evidence", "example_graph", "explain_rows", "find", "find_all",
    "neighbours", "normalize_name", "path",
]


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
               evidence=[ev("ByteDance is the parent company of TikTok.", 0)],
               predicate="subsidiary", wikidata="P355")
    G.add_edge("org:microsoft", "product:tiktok", relation="in talks to buy", confidence=0.8,
               evidence=[ev("Microsoft is in talks to buy TikTok.", 43),
                         ev("Microsoft confirmed it was in talks to buy TikTok.", 80)], predicate="other")
    G.add_edge("org:cfius", "org:bytedance", relation="investigated", confidence=0.7,
               evidence=[ev("CFIUS investigated ByteDance.", 131)], predicate="investigated")
    return G



# --------------------------------------------------------------------------------------------
# Finding entities (the matching itself lives in kg.contract)
# --------------------------------------------------------------------------------------------

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
    return _find(G, name)


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
    columns = ["label", "type", "mentions", "matched", "score", "id"]
    return Rows(close_names(G, query, cutoff=cutoff)[:limit], columns)


# --------------------------------------------------------------------------------------------
# Edges, neighbours and paths
# --------------------------------------------------------------------------------------------

def _flags(data: dict[str, Any]) -> str:
    return ", ".join(f for f in ("negated", "hedged") if data.get(f) in (True, "true", "True", 1))


def _edge_fields(data: dict[str, Any]) -> dict[str, Any]:
    evidence = edge_evidence(data)
    return {
        "relation": data.get("relation", ""),
        "predicate": data.get("predicate", ""),
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
    predicate: str | None = None,
) -> Rows:
    """One row per edge touching ``name``: who is on the other end, how, and the evidence.

    ``direction`` "out" keeps edges where the entity is the subject (``entity relation
    neighbour``), "in" those where it is the object (``neighbour relation entity``). ``relation``
    keeps edges whose relation contains that text (case-insensitive), ``predicate`` those of that
    type (a name of kg's predicate vocabulary, ``kg/data/predicates.yaml``). ``evidence`` is the first
    supporting sentence and ``n_evidence`` how many there are; ``flags`` says if the statement was
    negated or hedged. Raises :class:`EntityNotFound` (a KeyError) for an unknown name.

    >>> G = example_graph()
    >>> [(r["direction"], r["relation"], r["neighbour"]) for r in neighbours(G, "TikTok")]
    [('in', 'parent company of', 'ByteDance'), ('in', 'in talks to buy', 'Microsoft')]
    >>> neighbours(G, "ByteDance", direction="out").column("neighbour")
    ['TikTok']
    >>> neighbours(G, "tiktok", relation="buy")[0]["evidence"]
    'Microsoft is in talks to buy TikTok.'
    >>> neighbours(G, "TikTok", predicate="subsidiary").column("neighbour")
    ['ByteDance']
    """
    if direction not in ("both", "out", "in"):
        raise ValueError(f"direction must be 'both', 'out' or 'in', not {direction!r}")
    node = lookup(G, name)
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
        if predicate and fields["predicate"] != predicate:
            continue
        rows.append({"entity": label(G, node), "neighbour": label(G, other),
                     "neighbour_type": G.nodes[other].get("type"), "direction": way,
                     **fields, "neighbour_id": other})
    rows.sort(key=lambda r: (-r["confidence"], -r["n_evidence"], r["neighbour"], r["relation"],
                             r["direction"]))
    columns = ["entity", "neighbour", "neighbour_type", "direction", "relation", "predicate", "confidence",
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
    u, v = lookup(G, a), lookup(G, b)
    wanted = relation.casefold() if relation else None
    pairs = [(u, v)] if u == v else [(u, v), (v, u)]
    rows = []
    for head, tail in pairs:
        for data in G.get_edge_data(head, tail, default={}).values():
            rel = str(data.get("relation", ""))
            if wanted and wanted not in rel.casefold():
                continue
            for ev in edge_evidence(data):
                rows.append({"subject": label(G, head), "relation": rel,
                             "object": label(G, tail), "doc": ev.get("doc"),
                             "start": ev.get("start"), "end": ev.get("end"),
                             "sentence": ev.get("sentence", ""), "flags": _flags(data)})
    return Rows(rows, ["subject", "relation", "object", "doc", "start", "end", "sentence",
                       "flags"])


def _best_edge(G: nx.MultiDiGraph, u: str, v: str) -> tuple[str, dict]:
    """The strongest edge between u and v in either direction, and its direction from u."""
    candidates = [("out", d) for d in G.get_edge_data(u, v, default={}).values()]
    candidates += [("in", d) for d in G.get_edge_data(v, u, default={}).values()]
    return min(candidates, key=lambda c: (-float(c[1].get("confidence") or 0),
                                          -len(edge_evidence(c[1])), c[0] != "out",
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
    source, target = lookup(G, a), lookup(G, b)
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
        rows.append({"hop": hop, "from": label(G, u), "relation": fields["relation"],
                     "to": label(G, v), "direction": way, "confidence": fields["confidence"],
                     "evidence": fields["evidence"],
                     "doc": fields["docs"][0] if fields["docs"] else None})
    return Rows(rows, columns)


# --------------------------------------------------------------------------------------------
# One entity's card and the reasons behind its names (``kg show``, ``kg explain``)
# --------------------------------------------------------------------------------------------

def card(G: nx.MultiDiGraph, name: str) -> dict[str, Any]:
    """Everything about one entity: id, label, type, aliases, mentions, documents, and each relation
    touching it (its own statements first) with every evidence sentence. ``kg show`` prints it.

    >>> c = card(example_graph(), "tiktok")
    >>> c["label"], c["mentions"], [(r["head"], r["relation"]) for r in c["relations"]]
    ('TikTok', 14, [('ByteDance', 'parent company of'), ('Microsoft', 'in talks to buy')])
    """
    node = lookup(G, name)
    d = G.nodes[node]
    touching = list(G.out_edges(node, data=True)) + list(G.in_edges(node, data=True))
    touching.sort(key=lambda e: (e[0] != node, G.nodes[e[1] if e[0] == node else e[0]].get("label", "")))
    relations = [{
        "direction": "out" if u == node else "in",
        "head": G.nodes[u].get("label", u), "relation": data.get("relation"),
        "tail": G.nodes[v].get("label", v), "confidence": data.get("confidence"),
        "negated": bool(data.get("negated")), "hedged": bool(data.get("hedged")),
        "evidence": data.get("evidence", []),
    } for u, v, data in touching]
    return {"id": node, "label": d.get("label"), "type": d.get("type"), "aliases": as_list(d.get("aliases")),
            "mentions": d.get("mentions"), "docs": as_list(d.get("docs")), "relations": relations}


def explain_rows(G: nx.MultiDiGraph, name: str) -> Rows:
    """Why these names are one entity: each alias, the merge rule that joined it (``rule``), how
    often it was seen (``count``), an example sentence and, where resolution declined to merge the
    alias with a name it fits, why (``apart``, else ``None``). ``kg explain`` prints it.

    A graph without ``merges`` (an older build) lists each alias with rule ``?``.

    >>> explain_rows(example_graph(), "CFIUS").column("rule")
    ['?', '?']
    """
    node = lookup(G, name)
    d = G.nodes[node]
    merges = as_list(d.get("merges")) or [{"alias": a, "rule": "?", "count": None, "example": None}
                                          for a in as_list(d.get("aliases"))]
    sentences = _example_sentences(G, node)
    rows = []
    for m in merges:
        ex = m.get("example") or {}
        rows.append({"alias": m["alias"], "rule": m["rule"], "count": m.get("count"),
                     "example": sentences.get((ex.get("doc"), ex.get("start"), ex.get("end")), ""),
                     "doc": ex.get("doc"), "apart": m.get("apart")})
    return Rows(rows, ["alias", "rule", "count", "example", "doc", "apart"])


def _example_sentences(G: nx.MultiDiGraph, node: str) -> dict:
    """Sentence text by (doc, start, end), from the node's ``merges`` examples and edge evidence."""
    found = {}
    for _u, _v, data in list(G.out_edges(node, data=True)) + list(G.in_edges(node, data=True)):
        for ev in edge_evidence(data):
            found.setdefault((ev.get("doc"), ev.get("start"), ev.get("end")), ev.get("sentence", ""))
    for m in as_list(G.nodes[node].get("merges")):
        ex = m.get("example") or {}
        if ex.get("sentence"):
            found[(ex.get("doc"), ex.get("start"), ex.get("end"))] = ex["sentence"]
    return found
