"""graph.graphml for Gephi/yEd: lists (aliases, evidence…) are stored as JSON strings."""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx

from kg.export.atomic import atomic_open
from kg.export.flatten import scalar_copy


def write_graphml(G: nx.MultiDiGraph, path: str | os.PathLike, *, scalar: nx.MultiDiGraph | None = None) -> Path:
    """``scalar``: ``scalar_copy(G)`` if the caller already made one (it is not modified)."""
    H = scalar if scalar is not None else scalar_copy(G)
    with atomic_open(path, "wb") as fh:
        # the pure-Python writer, always: nx.write_graphml picks lxml when it is installed (trafilatura
        # brings it), and lxml lays the file out differently; the bytes must not depend on that
        nx.write_graphml_xml(H, fh, named_key_ids=True)
    return Path(path)
