"""Writers for every output format, one module per format (as in ``networkx.readwrite``), and
the registry :data:`FORMATS` that :func:`write_outputs` (and ``kg build``) goes through.

To add a format: a module here with a ``write_…(G, path)`` function and a row in :data:`FORMATS`.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

if TYPE_CHECKING:
    from kg.export.layout import LayoutMemo

__all__ = ["FORMATS", "OutputFormat", "write_outputs"]


@dataclass(frozen=True)
class OutputFormat:
    """One output of ``kg build``: the file it writes and the function that writes it.

    The writer is ``module.function(G, path, **options)``; ``options`` names what it takes of the
    build's ``scalar`` (the flattened copy GraphML and GEXF share), ``title``, ``summary`` and
    ``layout_memo``. The module is imported only when its format is written.
    """

    file: str
    module: str
    function: str
    options: tuple[str, ...] = ()


#: Every output ``build`` can write, by format name, in the order they are written.
FORMATS: dict[str, OutputFormat] = {
    "json": OutputFormat("graph.json", "kg.export.json_io", "write_json"),
    "graphml": OutputFormat("graph.graphml", "kg.export.graphml", "write_graphml", ("scalar",)),
    "gexf": OutputFormat("graph.gexf", "kg.export.gexf", "write_gexf", ("scalar",)),
    "csv": OutputFormat("triples.csv", "kg.export.triples", "write_triples_csv"),
    "html": OutputFormat("graph.html", "kg.export.html", "write_html", ("title", "summary", "layout_memo")),
    "db": OutputFormat("graph.lbug", "kg.export.cypherdb", "write_database", ("documents",)),
}


def write_outputs(G: nx.MultiDiGraph, output_dir: str | os.PathLike, *, formats: Iterable[str] = tuple(FORMATS),
                  title: str | None = None, summary: dict | None = None,
                  layout_memo: LayoutMemo | None = None, documents: list[dict] | None = None) -> dict[str, Path]:
    """Write the chosen formats into ``output_dir`` (each atomically); return their paths.

    ``documents`` (id, path, title, date of each; see ``kg.api.document_records``) fill the
    embedded database's ``Document`` table; without them it knows the documents' ids only.

    ``layout_memo`` (e.g. the build's ``LayoutCache``) spares re-computing the HTML page's
    layout for graph components that did not change; the bytes written are the same.
    """
    from kg.export.flatten import scalar_copy

    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    formats = list(formats)
    options = {
        "scalar": scalar_copy(G) if {"graphml", "gexf"} <= set(formats) else None,  # made once for both
        "title": title, "summary": _html_summary(G, summary), "layout_memo": layout_memo,
        "documents": documents,
    }
    for fmt in formats:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
        spec = FORMATS[fmt]
        target = out / spec.file
        write = getattr(importlib.import_module(spec.module), spec.function)
        write(G, target, **{name: options[name] for name in spec.options})
        written[fmt] = target
    return written


def _html_summary(G: nx.MultiDiGraph, summary: dict | None) -> dict:
    """The page footer's counts: documents *read* by the build (not only those cited)."""
    docs = (summary or {}).get("documents") or G.graph.get("documents")
    return {"documents": docs, "entities": G.number_of_nodes(), "relations": G.number_of_edges()}
