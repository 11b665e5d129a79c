"""graph.gexf for Gephi: lists stringified (GEXF writers crash on list values)."""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx

from kg.export.atomic import atomic_open
from kg.export.tabular import scalar_copy


def write_gexf(G: nx.MultiDiGraph, path: str | os.PathLike) -> Path:
    H = scalar_copy(G)
    for n, d in H.nodes(data=True):
        d.setdefault("label", str(n))  # Gephi shows the label attribute
    with atomic_open(path, "wb") as fh:
        nx.write_gexf(H, fh)
    return Path(path)
