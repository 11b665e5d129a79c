"""The page's records of nodes and edges (``kg.export.html``), and how each is found again in the
previous page (``kg.export.parts``).

Why a module of their own: a rebuild makes a record only where the previous page does not hold
its text, so the records are made one at a time from the graph's attributes (:func:`_page_node`,
:func:`_page_edge`), named by their node's or edge's digest and what the page adds to it
(:func:`keyed_nodes`, :func:`keyed_edges`), and what the page's header counts over the edges is
read from the same attributes (:func:`edge_stats`), never from the records.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import networkx as nx

from kg.export.parts import Parts, no_key
from kg.export.style import node_size

_EDGE_EXTRAS = ("predicate", "wikidata", "reported_by", "rule", "date", "money", "quantity")


def _jsonable(value: Any) -> Any:
    """Plain JSON data from graph attributes: sets sorted, tuples listed, NaN/inf dropped."""
    kind = type(value)  # the graph's own types first: Mapping's isinstance is an ABC's, 10x slower
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if kind is float:
        return value if math.isfinite(value) else None
    if kind is dict:
        return {str(k): _jsonable(v) for k, v in value.items()}
    if kind is list:
        return [_jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((_jsonable(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if hasattr(value, "item"):  # numpy scalars
        return _jsonable(value.item())
    return str(value)


def _as_list(value: Any) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    return list(value)


def _node_docs(attrs: Mapping[str, Any]) -> list[str]:
    return [str(d) for d in _as_list(attrs.get("docs"))]


_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")


def _node_facts(node: Any, attrs: Mapping[str, Any], degree: int, community: int) -> dict[str, Any]:
    """What the page's counts read of a node record (:func:`_page_node` adds the rest)."""
    return {
        "id": str(node),
        "label": str(attrs.get("label") or node),
        "type": str(attrs.get("type") or "OTHER"),
        "mentions": int(attrs.get("mentions") or 0),
        "docs": _node_docs(attrs),
        "degree": degree,
        "community": community,
    }


def _page_node(facts: dict[str, Any], attrs: Mapping[str, Any], xy: tuple[float, float]) -> dict[str, Any]:
    item = {
        **facts,
        "aliases": [str(a) for a in _as_list(attrs.get("aliases"))],
        "x": xy[0],
        "y": xy[1],
        "size": node_size(attrs.get("mentions")),
    }
    if attrs.get("merges"):
        item["merges"] = _jsonable(_as_list(attrs["merges"]))
    return item


def _extra(attrs: Mapping[str, Any], name: str, default: Any = None) -> Any:
    """An edge's optional attribute as its page record holds it, or ``default`` where it has none."""
    return _jsonable(attrs[name]) if attrs.get(name) not in (None, "", []) else default


def _page_edge(i: int, u: Any, v: Any, key: Any, attrs: Mapping[str, Any], curve: float | None,
               shared: dict[int, dict[str, str]] | None) -> dict[str, Any]:
    """The page's record of the ``i``-th edge; ``shared``: one page record per evidence record of
    the graph, when they are all kept (made one edge at a time, they need no sharing)."""
    item: dict[str, Any] = {
        "id": f"e{i}",
        "from": str(u),
        "to": str(v),
        "key": str(key),
        "relation": str(attrs.get("relation") or ""),
        "evidence": [_page_evidence(ev, shared) for ev in _as_list(attrs.get("evidence"))],
        "confidence": _jsonable(attrs.get("confidence")),
        "hedged": bool(attrs.get("hedged")),
        "negated": bool(attrs.get("negated")),
    }
    for extra in _EDGE_EXTRAS:
        if attrs.get(extra) not in (None, "", []):
            item[extra] = _jsonable(attrs[extra])
    if curve is not None:
        item["curve"] = curve
    return item


def _edge_stats(raw_edges: list[tuple[Any, Any, Any, dict]]) -> dict[str, Any]:
    """What the page's header and filters count over the edges, in one pass, read from the
    graph's attributes as :func:`_page_edge` puts them in its records; and each edge's curve:
    parallel or opposite edges between one pair curve apart instead of overlapping."""
    degree: Counter[str] = Counter()
    docs: set[str] = set()
    years: list[int] = []
    predicates: Counter[str] = Counter()
    typed: set[str] = set()
    kinds = {"stated": 0, "hedged": 0, "negated": 0}
    pair_total = Counter(frozenset((str(u), str(v))) for u, v, _, _ in raw_edges)
    seen_direction: Counter[tuple[str, str]] = Counter()
    curves: list[float | None] = []
    for u, v, _, attrs in raw_edges:
        su, sv = str(u), str(v)
        degree[su] += 1
        if sv != su:
            degree[sv] += 1
        for ev in _as_list(attrs.get("evidence")):
            if isinstance(ev, Mapping) and (doc := str(ev.get("doc", ""))):
                docs.add(doc)
        if m := _YEAR.search(str(_extra(attrs, "date", ""))):
            years.append(int(m.group(1)))
        predicate = _extra(attrs, "predicate")
        predicates[str(predicate or str(attrs.get("relation") or ""))] += 1
        if predicate:
            typed.add(str(predicate))
        kinds["negated" if attrs.get("negated") else "hedged" if attrs.get("hedged") else "stated"] += 1
        if su != sv and pair_total[frozenset((su, sv))] > 1:
            seen_direction[(su, sv)] += 1
            curves.append(round(0.15 * seen_direction[(su, sv)], 2))
        else:
            curves.append(None)
    return {"degree": degree, "docs": docs, "years": years, "predicates": predicates, "typed": typed,
            "kinds": kinds, "curves": curves}


def _part_key(digest: bytes | None, *more: Any) -> bytes | None:
    """A page part's name: its node's or edge's digest (``kg.export.parts``) with what the page
    adds to the record (``repr`` tells 1 from 1.0 and None from 0, as the JSON does)."""
    if digest is None:
        return None
    return hashlib.blake2b(b"page" + digest + repr(more).encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _keyed_nodes(G: nx.MultiDiGraph, order: list[Any], light: list[dict[str, Any]],
                 positions: Mapping[Any, tuple[float, float]], parts: Parts | None) -> Iterator[tuple]:
    nkey = parts.node if parts is not None else no_key
    for node, facts in zip(order, light):
        attrs, xy = G.nodes[node], positions[node]
        yield (_part_key(nkey(node, attrs), xy, facts["degree"], facts["community"]),
               lambda facts=facts, attrs=attrs, xy=xy: _page_node(facts, attrs, xy))


def _keyed_edges(raw_edges: list[tuple[Any, Any, Any, dict]], curves: list[float | None],
                 parts: Parts | None) -> Iterator[tuple]:
    ekey = parts.edge if parts is not None else no_key
    for i, ((u, v, key, attrs), curve) in enumerate(zip(raw_edges, curves)):
        yield (_part_key(ekey(u, v, key, attrs), curve),
               lambda e=(i, u, v, key, attrs, curve): _page_edge(*e, None), _edge_id_mend(i))


#: Where an edge record's text holds its position: its "id" sits between "hedged" (always there,
#: the key before it) and "key" (always there, the key after it).
_EDGE_ID = re.compile(rb'"hedged":(?:true|false),"id":"e([0-9]+)","key":')


def _edge_id_mend(i: int) -> Callable[[bytes], bytes | None]:
    """The previous page's text of an edge record with this position's id (``e{i}``). The id is
    found as the one place the record's keys around it give; a record with that text twice (a
    value holding those keys) is refused, so it is made afresh, never mended in the wrong place."""
    def mend(data: bytes) -> bytes | None:
        found = _EDGE_ID.findall(data)
        if len(found) != 1:
            return None
        m = _EDGE_ID.search(data)
        return data[:m.start(1)] + str(i).encode("ascii") + data[m.end(1):]
    return mend


def _page_evidence(ev: Any, shared: dict[int, dict[str, str]] | None) -> dict[str, str]:
    """An evidence sentence as the page shows it; the same record for the same graph record:
    derived edges share their premises' evidence, tens of times over in a large corpus."""
    if not isinstance(ev, Mapping):
        return {"doc": "", "sentence": str(ev)}
    if shared is None:
        return {"doc": str(ev.get("doc", "")), "sentence": str(ev.get("sentence", ""))}
    item = shared.get(id(ev))
    if item is None:
        item = shared[id(ev)] = {"doc": str(ev.get("doc", "")), "sentence": str(ev.get("sentence", ""))}
    return item
