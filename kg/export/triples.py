"""triples.csv: one row per evidence sentence of every edge (head, relation, tail, doc, sentence).

``predicate``, ``wikidata`` and ``wikidata_inverse`` (kg/predicates.py) come last, so readers of the
older columns by position are unaffected.

Cells come from documents, file names, JSON Lines ids and alias-pack labels, so a cell may start
like a spreadsheet formula (``=HYPERLINK(…)``, ``+1 Oracle…``, ``@Tesla``) and run when the file is
opened in Excel or LibreOffice. As OWASP recommends for CSV injection, such a cell (first character
``=``, ``+``, ``-``, ``@``, tab or carriage return) gets a leading ``'``, which spreadsheets hide and
treat as "this is text". ``raw=True`` (``kg build --raw-csv``) writes cells unchanged, for tools
that read the CSV as data.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export.atomic import atomic_open
from kg.export.parts import Parts, PartWriter, no_key, sorted_graph

COLUMNS = ["head", "relation", "tail", "doc", "sentence", "confidence", "head_id", "tail_id",
           "negated", "hedged", "rule", "predicate", "wikidata", "wikidata_inverse"]
#: First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: object) -> object:
    """``'=HYPERLINK(…)`` for ``=HYPERLINK(…)``; other cells (and non-strings) unchanged.

    >>> neutralise("+1 Oracle hired Larry Ellison."), neutralise("Oracle"), neutralise(0.5)
    ("'+1 Oracle hired Larry Ellison.", 'Oracle', 0.5)
    """
    return "'" + cell if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) else cell


def write_triples_csv(G: nx.MultiDiGraph, path: str | os.PathLike, *, raw: bool = False,
                      parts: Parts | None = None) -> Path:
    """One row per evidence sentence, edge by edge in the order of every output's records.

    ``parts`` (``kg.export.parts``): an edge's rows are a part named by the edge's digest and its
    two ends' labels (the rows are a function of them), copied from the previous triples.csv when
    it has them; ``raw`` is the parts' context (it changes every row's text)."""
    _nodes, edges = sorted_graph(G, parts)
    ekey = parts.edge if parts is not None else no_key
    buffer = io.StringIO()
    w = csv.writer(buffer, lineterminator="\n")

    def rows(u: Any, v: Any, d: dict) -> str:
        buffer.seek(0)
        buffer.truncate()
        for ev in d.get("evidence") or [{"doc": "", "sentence": ""}]:
            row = [
                G.nodes[u].get("label", u), d.get("relation", ""), G.nodes[v].get("label", v),
                ev.get("doc", ""), ev.get("sentence", ""), d.get("confidence", ""), u, v,
                bool(d.get("negated")), bool(d.get("hedged")), d.get("rule", ""),
                d.get("predicate", ""), d.get("wikidata", ""), d.get("wikidata_inverse", ""),
            ]
            w.writerow(row if raw else [neutralise(c) for c in row])
        return buffer.getvalue()

    w.writerow(COLUMNS)
    header = buffer.getvalue()
    with atomic_open(path, "wb") as fh:
        out = parts.writer(Path(path).name, fh, "raw" if raw else "") if parts is not None else PartWriter(fh)
        out.text(header)
        for u, v, k, d in edges:
            key = _rows_key(ekey(u, v, k, d), G.nodes[u].get("label", u), G.nodes[v].get("label", v))
            out.part(key, lambda e=(u, v, d): rows(*e))
        out.close()
    return Path(path)


def _rows_key(digest: bytes | None, head: Any, tail: Any) -> bytes | None:
    """An edge's rows' name: its digest with its ends' labels (``repr`` keeps their types apart)."""
    if digest is None:
        return None
    return hashlib.blake2b(b"csv" + digest + repr((head, tail)).encode("utf-8", "surrogatepass"),
                           digest_size=16).digest()
