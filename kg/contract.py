"""Reading the graph contract: the one place that knows how a kg graph stores its attributes.

A kg graph is a ``networkx.MultiDiGraph`` whose nodes carry ``label``, ``type``, ``aliases``,
``mentions``, ``docs`` and ``merges``, and whose edges carry ``relation``, ``evidence``,
``confidence``, ``negated``, ``hedged`` and the like (the README's "graph contract"). Loaded back
from GraphML or GEXF, list attributes arrive as JSON strings. Everything that reads a graph, the
query API, the CLI and the static picture, goes through these helpers, so an entity is looked up,
and a near miss answered with "did you mean", in one way everywhere.

(``kg.export.html`` keeps its own list reader for now: it wraps a non-JSON string differently,
and changing that would change the bytes of ``graph.html``.)

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("microsoft", label="Microsoft", aliases=["Microsoft", "MSFT"], mentions=4)
>>> find(G, "the msft")
'microsoft'
>>> lookup(G, "Microsfot")
Traceback (most recent call last):
...
kg.errors.EntityNotFound: no entity named 'Microsfot' in the graph; did you mean: Microsoft?
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Hashable
from typing import Any

import networkx as nx

from kg.errors import EntityNotFound

__all__ = [
    "EntityNotFound", "as_list", "close_names", "edge_evidence", "find", "label", "lookup",
    "mentions", "neighbourhood", "normalize_name",
]

#: Names scoring at least this (rapidfuzz ratio, 0-100) are offered as "did you mean".
SUGGEST_CUTOFF = 70
#: How many names "did you mean" offers.
SUGGEST_LIMIT = 5


def as_list(value: Any) -> list:
    """A list attribute as a list: lists may arrive JSON-encoded (GraphML/GEXF cannot hold lists).

    >>> as_list('["a", "b"]'), as_list("plain"), as_list(None), as_list(("x",))
    (['a', 'b'], ['plain'], [], ['x'])
    """
    if value is None:
        return []
    if isinstance(value, str):
        try:
            decoded = json.loads(value)
        except ValueError:
            return [value]
        return decoded if isinstance(decoded, list) else [decoded]
    return list(value)


def label(G: nx.MultiDiGraph, node: Hashable) -> str:
    """The node's label, or its id when it has none."""
    return str(G.nodes[node].get("label") or node)


def mentions(G: nx.MultiDiGraph, node: Hashable) -> int:
    """How often the entity was mentioned (0 when the graph does not say)."""
    return int(G.nodes[node].get("mentions") or 0)


def edge_evidence(data: dict[str, Any]) -> list[dict[str, Any]]:
    """An edge's evidence records (``doc``, ``sentence``, ``start``, ``end``), whatever its format."""
    return [e for e in as_list(data.get("evidence")) if isinstance(e, dict)]


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


def find(G: nx.MultiDiGraph, name: str) -> Hashable | None:
    """The id of the entity called ``name`` (label, alias or id), or None.

    Matching ignores case, a leading "the", a possessive 's and punctuation. A node id wins,
    then a label match, then an alias match; between equals the entity with most mentions wins.
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
        elif any(normalize_name(str(a)) == wanted for a in as_list(data.get("aliases"))):
            tier = 1
        else:
            continue
        key = (tier, -mentions(G, node), label(G, node), str(node))
        if best is None or key < best[0]:
            best = (key, node)
    return None if best is None else best[1]


def close_names(G: nx.MultiDiGraph, query: str, *, cutoff: float = 80) -> list[dict[str, Any]]:
    """Entities whose label or an alias contains ``query`` or is close to it, best first.

    ``score`` is 100 for an exact (normalized) match, 95 when the query is part of a name, and
    otherwise rapidfuzz's similarity ratio; names scoring under ``cutoff`` are left out. Each
    row: ``label``, ``type``, ``mentions``, ``matched`` (the name that matched), ``score``, ``id``.
    """
    from rapidfuzz import fuzz

    wanted = normalize_name(query)
    if not wanted:
        return []
    hits = []
    for node, data in G.nodes(data=True):
        best: tuple[float, str] | None = None
        for name in [data.get("label") or str(node), *as_list(data.get("aliases"))]:
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
            hits.append({"label": label(G, node), "type": data.get("type"),
                         "mentions": mentions(G, node), "matched": best[1], "score": best[0],
                         "id": node})
    hits.sort(key=lambda r: (-r["score"], -r["mentions"], r["label"], str(r["id"])))
    return hits


def lookup(G: nx.MultiDiGraph, name: str) -> Hashable:
    """The id of the entity called ``name``; :class:`EntityNotFound` (a KeyError) if none.

    The error carries ``name`` and ``suggestions`` (labels of close names, best first) so that
    each front end words "did you mean" its own way; its message is the query API's wording.
    """
    node = find(G, name)
    if node is None:
        close = [r["label"] for r in close_names(G, name, cutoff=SUGGEST_CUTOFF)[:SUGGEST_LIMIT]]
        hint = f"; did you mean: {', '.join(close)}?" if close else ""
        error = EntityNotFound(f"no entity named {name!r} in the graph{hint}")
        error.name, error.suggestions = name, close
        raise error
    return node


def neighbourhood(G: nx.MultiDiGraph, node: Hashable, depth: int = 1) -> nx.MultiDiGraph:
    """Everything within ``depth`` relations of ``node`` (either direction), with every edge among
    them and all attributes (a copy)."""
    if depth < 0:
        raise ValueError("depth must be >= 0")
    return nx.ego_graph(G, node, radius=depth, undirected=True)
