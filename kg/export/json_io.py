"""graph.json: ``networkx.node_link_data`` of the MultiDiGraph, sorted and byte-stable."""

from __future__ import annotations

import json
import os
from pathlib import Path

import networkx as nx

from kg.export.atomic import write_text_atomic


def to_json_data(G: nx.MultiDiGraph) -> dict:
    data = nx.node_link_data(G, edges="edges")
    data["nodes"] = sorted(data["nodes"], key=lambda n: str(n["id"]))
    data["edges"] = sorted(data["edges"], key=lambda e: (str(e["source"]), str(e["target"]), str(e["key"])))
    return data


def dumps(G: nx.MultiDiGraph) -> str:
    return json.dumps(to_json_data(G), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_json(G: nx.MultiDiGraph, path: str | os.PathLike) -> Path:
    return write_text_atomic(path, dumps(G))


def load(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read a graph.json written by kg back into a MultiDiGraph."""
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
