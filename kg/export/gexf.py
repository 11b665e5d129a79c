"""graph.gexf for Gephi: lists stringified (GEXF writers crash on list values)."""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx

from kg.export.atomic import atomic_open
from kg.export.flatten import scalar_copy
from kg.export.parts import Parts
from kg.export.xmlstream import gexf_writer, streamable, write_gexf_stream


def write_gexf(G: nx.MultiDiGraph, path: str | os.PathLike, *, scalar: nx.MultiDiGraph | None = None,
               parts: Parts | None = None) -> Path:
    """``scalar``: ``scalar_copy(G)`` if the caller already made one (it is not modified).
    Without one, a graph ``kg.export.xmlstream`` covers is written element by element (the same bytes),
    reusing the elements of the previous file that ``parts`` (``kg.export.parts``) finds there."""
    if scalar is None and streamable(G, gexf=True):
        with atomic_open(path, "wb") as fh:
            write_gexf_stream(G, fh, parts, Path(path).name)
        return Path(path)
    H = scalar if scalar is not None else scalar_copy(G)
    unlabelled = [n for n, d in H.nodes(data=True) if "label" not in d]
    if unlabelled:  # Gephi shows the label attribute
        H = H.copy()
        for n in unlabelled:
            H.nodes[n]["label"] = str(n)
    writer = gexf_writer()  # nx.write_gexf(H, fh) without today's date
    writer.add_graph(H)
    with atomic_open(path, "wb") as fh:
        writer.write(fh)
    return Path(path)
