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
import os
from pathlib import Path

import networkx as nx

from kg.export.atomic import atomic_open

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


def write_triples_csv(G: nx.MultiDiGraph, path: str | os.PathLike, *, raw: bool = False) -> Path:
    with atomic_open(path, "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(COLUMNS)
        for u, v, _k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
            for ev in d.get("evidence") or [{"doc": "", "sentence": ""}]:
                row = [
                    G.nodes[u].get("label", u), d.get("relation", ""), G.nodes[v].get("label", v),
                    ev.get("doc", ""), ev.get("sentence", ""), d.get("confidence", ""), u, v,
                    bool(d.get("negated")), bool(d.get("hedged")), d.get("rule", ""),
                    d.get("predicate", ""), d.get("wikidata", ""), d.get("wikidata_inverse", ""),
                ]
                w.writerow(row if raw else [neutralise(c) for c in row])
    return Path(path)
