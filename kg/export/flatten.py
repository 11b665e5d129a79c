"""Flattening list/dict attributes for formats that only take scalars (GraphML, GEXF)."""

from __future__ import annotations

import json

import networkx as nx


def scalar_copy(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are str/int/float/bool: lists and dicts become JSON strings.

    Nodes and edges are inserted in sorted order so the files are byte-stable.
    """
    H = nx.MultiDiGraph()
    H.graph.update({k: _scalar(v) for k, v in G.graph.items() if v is not None})
    for n in sorted(G.nodes, key=str):
        H.add_node(n, **{k: _scalar(v) for k, v in sorted(G.nodes[n].items()) if v is not None})
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        H.add_edge(u, v, key=k, **{a: _scalar(b) for a, b in sorted(d.items()) if b is not None})
    return H


#: ``json.dumps(value, ensure_ascii=False, sort_keys=True)``, its encoder made once (``json.dumps``
#: with options makes one per call: a third of the cost of flattening a short list).
_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def _scalar(value):
    if isinstance(value, (str, int, float, bool)):
        return value
    return _ENCODE(value)
