"""graph.json: ``networkx.node_link_data`` of the MultiDiGraph, sorted and byte-stable."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export.atomic import atomic_open
from kg.export.jsonstream import Items, Part, iter_json
from kg.export.parts import Parts, PartWriter, no_key, sorted_graph

#: ``json.dumps`` options of graph.json.
JSON_OPTIONS = {"ensure_ascii": False, "indent": 1, "sort_keys": True}


def to_json_data(G: nx.MultiDiGraph) -> dict:
    data = nx.node_link_data(G, edges="edges")
    data["nodes"] = sorted(data["nodes"], key=lambda n: str(n["id"]))
    data["edges"] = sorted(data["edges"], key=lambda e: (str(e["source"]), str(e["target"]), str(e["key"])))
    return data


def _streamed_data(G: nx.MultiDiGraph, parts: Parts | None = None) -> dict:
    """:func:`to_json_data` with its node and edge records made while they are written (the
    records ``nx.node_link_data`` makes, in the same sorted order), each a part named by its
    node's or edge's digest (``kg.export.parts``: a record's text is a function of it), and made
    only if the previous graph.json does not have it."""
    nodes, edges = sorted_graph(G, parts)
    nkey, ekey = (parts.node, parts.edge) if parts is not None else (no_key, no_key)
    node_data = G.nodes
    return {"directed": G.is_directed(), "multigraph": G.is_multigraph(), "graph": G.graph,
            "nodes": Items(lambda: ((nkey(n, node_data[n]), lambda n=n: {**node_data[n], "id": n})
                                    for n in nodes), keyed=True),
            "edges": Items(lambda: ((ekey(u, v, k, d), lambda e=(u, v, k, d): _edge_record(*e))
                                    for u, v, k, d in edges), keyed=True)}


def _edge_record(u: Any, v: Any, k: Any, attrs: dict) -> dict:
    return {**attrs, "source": u, "target": v, "key": k}


def dumps(G: nx.MultiDiGraph) -> str:
    return json.dumps(to_json_data(G), **JSON_OPTIONS) + "\n"


def write_json(G: nx.MultiDiGraph, path: str | os.PathLike, *, parts: Parts | None = None) -> Path:
    """The bytes of :func:`dumps`, written node by node and edge by edge (``kg.export.jsonstream``):
    at 50,000 documents the text alone is hundreds of megabytes. ``parts``: the records whose
    text the previous graph.json holds are copied from it (``kg.export.parts``)."""
    with atomic_open(path, "wb") as fh:
        w = parts.writer(Path(path).name, fh) if parts is not None else PartWriter(fh)
        for piece in iter_json(_streamed_data(G, parts), depth=2, **JSON_OPTIONS):
            if isinstance(piece, Part):
                w.part(piece.key, piece.make, lead=piece.lead)
            else:
                w.text(piece)
        w.text("\n")
        w.close()
    return Path(path)


def load(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read a graph.json written by kg back into a MultiDiGraph.

    Raises ``ValueError`` (saying what is wrong) for JSON that is not a kg graph: the query
    commands read these attributes and must not crash on a hand-edited or foreign file.
    """
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    check_graph_data(data)
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


#: Attributes the query commands read, and the JSON types they must have when present.
NODE_ATTRS: dict[str, tuple[type, ...]] = {
    "label": (str,), "type": (str,), "aliases": (list,), "mentions": (int,), "docs": (list,), "merges": (list,),
}
EDGE_ATTRS: dict[str, tuple[type, ...]] = {
    "relation": (str,), "evidence": (list,), "confidence": (int, float), "negated": (bool,), "hedged": (bool,),
}


def check_graph_data(data: object) -> None:
    """Raise ``ValueError`` unless ``data`` is node-link JSON of a kg graph (types checked)."""
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list) or not isinstance(data.get("edges"), list):
        raise ValueError("expected an object with 'nodes' and 'edges' lists")
    ids = set()
    for i, node in enumerate(data["nodes"]):
        if not isinstance(node, dict) or "id" not in node:
            raise ValueError(f"node {i + 1} is not an object with an 'id'")
        if not isinstance(node.get("label"), str) or not isinstance(node.get("type"), str):
            raise ValueError(f"node {node['id']!r} has no 'label' and 'type' strings")
        _check_attrs(node, NODE_ATTRS, f"node {node['id']!r}")
        ids.add(_hashable(node["id"]))
    for i, edge in enumerate(data["edges"]):
        if not isinstance(edge, dict) or _hashable(edge.get("source")) not in ids \
                or _hashable(edge.get("target")) not in ids:
            raise ValueError(f"edge {i + 1} does not join two nodes of the graph")
        _check_attrs(edge, EDGE_ATTRS, f"edge {i + 1}")
        if not all(isinstance(ev, dict) for ev in edge.get("evidence") or []):
            raise ValueError(f"edge {i + 1}: 'evidence' must be a list of objects")


def _check_attrs(item: dict, expected: dict[str, tuple[type, ...]], what: str) -> None:
    for key, types in expected.items():
        if key not in item:
            continue
        value = item[key]
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise ValueError(f"{what}: {key!r} must be {' or '.join(t.__name__ for t in types)}, "
                             f"not {type(value).__name__}")


def _hashable(value: object) -> object:
    return json.dumps(value, sort_keys=True) if isinstance(value, (list, dict)) else value
