"""graph.gexf for Gephi: lists stringified (GEXF writers crash on list values)."""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx

from kg.export.atomic import atomic_open
from kg.export.flatten import scalar_copy


def write_gexf(G: nx.MultiDiGraph, path: str | os.PathLike, *, scalar: nx.MultiDiGraph | None = None) -> Path:
    """``scalar``: ``scalar_copy(G)`` if the caller already made one (it is not modified)."""
    H = scalar if scalar is not None else scalar_copy(G)
    unlabelled = [n for n, d in H.nodes(data=True) if "label" not in d]
    if unlabelled:  # Gephi shows the label attribute
        H = H.copy()
        for n in unlabelled:
            H.nodes[n]["label"] = str(n)
    with atomic_open(path, "wb") as fh:
        nx.write_gexf(H, fh)
    return Path(path)
