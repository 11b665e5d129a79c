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
    build's ``scalar`` (the flattened copy GraphML and GEXF share), ``title``, ``summary``,
    ``layout_memo``, ``documents`` and ``raw`` (``--raw-csv``). The module is imported only when its format is written.
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
    "csv": OutputFormat("triples.csv", "kg.export.triples", "write_triples_csv", ("raw",)),
    "html": OutputFormat("graph.html", "kg.export.html", "write_html", ("title", "summary", "layout_memo")),
    "db": OutputFormat("graph.lbug", "kg.export.cypherdb", "write_database", ("documents",)),
}


def write_outputs(G: nx.MultiDiGraph, output_dir: str | os.PathLike, *, formats: Iterable[str] = tuple(FORMATS),
                  title: str | None = None, summary: dict | None = None,
                  layout_memo: LayoutMemo | None = None, documents: list[dict] | None = None,
                  raw_csv: bool = False) -> dict[str, Path]:
    """Write the chosen formats into ``output_dir`` as one set; return their paths.

    The outputs (the database ``graph.lbug`` too) are written into a staging folder and swapped in
    together (:func:`kg.export.atomic.staged_set`): a failed or killed write leaves the previous
    set whole and raises ``OutputError``; an output whose bytes did not change is left untouched.

    ``documents`` (id, path, title, date of each; see ``kg.api.document_records``) fill the
    embedded database's ``Document`` table; without them it knows the documents' ids only.
    ``raw_csv`` writes triples.csv cells that start like a spreadsheet formula unchanged.

    ``layout_memo`` (e.g. the build's ``LayoutCache``) spares re-computing the HTML page's
    layout for graph components that did not change; the bytes written are the same.
    """
    from kg.export.atomic import staged_set
    from kg.export.flatten import scalar_copy

    out = Path(output_dir)
    formats = list(formats)
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    options = {
        "scalar": scalar_copy(G) if {"graphml", "gexf"} <= set(formats) else None,  # made once for both
        "title": title, "summary": _html_summary(G, summary), "layout_memo": layout_memo,
        "documents": documents, "raw": raw_csv,
    }
    written: dict[str, Path] = {}
    with staged_set(out) as staging:
        for fmt in formats:
            spec = FORMATS[fmt]
            write = getattr(importlib.import_module(spec.module), spec.function)
            write(G, staging / spec.file, **{name: options[name] for name in spec.options})
            written[fmt] = out / spec.file
    return written


def _html_summary(G: nx.MultiDiGraph, summary: dict | None) -> dict:
    """The page footer's counts: documents *read* by the build (not only those cited)."""
    docs = (summary or {}).get("documents") or G.graph.get("documents")
    return {"documents": docs, "entities": G.number_of_nodes(), "relations": G.number_of_edges()}
