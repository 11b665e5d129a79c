"""graph.graphml for Gephi/yEd: lists (aliases, evidence…) are stored as JSON strings."""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx

from kg.export.atomic import atomic_open
from kg.export.flatten import scalar_copy
from kg.export.parts import Parts
from kg.export.xmlstream import streamable, write_graphml_stream


def write_graphml(G: nx.MultiDiGraph, path: str | os.PathLike, *, scalar: nx.MultiDiGraph | None = None,
                  parts: Parts | None = None) -> Path:
    """``scalar``: ``scalar_copy(G)`` if the caller already made one (it is not modified).
    Without one, a graph ``kg.export.xmlstream`` covers is written element by element (the same bytes),
    reusing the elements of the previous file that ``parts`` (``kg.export.parts``) finds there."""
    if scalar is None and streamable(G):
        with atomic_open(path, "wb") as fh:
            write_graphml_stream(G, fh, parts, Path(path).name)
        return Path(path)
    H = scalar if scalar is not None else scalar_copy(G)
    with atomic_open(path, "wb") as fh:
        # the pure-Python writer, always: nx.write_graphml picks lxml when it is installed (trafilatura
        # brings it), and lxml lays the file out differently; the bytes must not depend on that
        nx.write_graphml_xml(H, fh, named_key_ids=True)
    return Path(path)
