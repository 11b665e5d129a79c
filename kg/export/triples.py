"""triples.csv: one row per evidence sentence of every edge (head, relation, tail, doc, sentence).

``predicate``, ``wikidata`` and ``wikidata_inverse`` (kg/predicates.py) come last, so readers of the
older columns by position are unaffected."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import networkx as nx

from kg.export.atomic import atomic_open

COLUMNS = ["head", "relation", "tail", "doc", "sentence", "confidence", "head_id", "tail_id",
           "negated", "hedged", "rule", "predicate", "wikidata", "wikidata_inverse"]


def write_triples_csv(G: nx.MultiDiGraph, path: str | os.PathLike) -> Path:
    with atomic_open(path, "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(COLUMNS)
        for u, v, _k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
            for ev in d.get("evidence") or [{"doc": "", "sentence": ""}]:
                w.writerow([
                    G.nodes[u].get("label", u), d.get("relation", ""), G.nodes[v].get("label", v),
                    ev.get("doc", ""), ev.get("sentence", ""), d.get("confidence", ""), u, v,
                    bool(d.get("negated")), bool(d.get("hedged")), d.get("rule", ""),
                    d.get("predicate", ""), d.get("wikidata", ""), d.get("wikidata_inverse", ""),
                ])
    return Path(path)
