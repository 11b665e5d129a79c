"""Cypher over a build folder's embedded database, and exports of a built graph.

``cypher()`` is what ``kg query`` and a notebook call; ``export()`` is what ``kg export`` calls.
Both are pure functions of a build folder (``graph.json`` and ``graph.lbug``, see
:mod:`kg.export.cypherdb`), so the CLI stays a thin layer.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

from kg.export.cypherdb import DB_NAME, DatabaseMissing
from kg.query import Rows

#: ``kg export --format``: what each writes into the destination folder.
EXPORTS: dict[str, str] = {
    "neo4j": "entities.csv, documents.csv, evidence.csv, relations.csv, mentioned_in.csv, "
             "from_document.csv, load.cypher",
    "turtle": "graph.ttl",
    "jsonld": "graph.jsonld",
}


def database_path(path: str | os.PathLike) -> Path:
    """The database of a build folder, of the ``graph.json`` in it, or the database file itself."""
    p = Path(path)
    if p.is_dir():
        p = p / DB_NAME
    elif p.suffix == ".json":
        p = p.with_name(DB_NAME)
    if not p.is_file():
        raise DatabaseMissing(f"no embedded database at {p}; rebuild with kg build to create it")
    return p


def cypher(path: str | os.PathLike, query: str, parameters: dict[str, Any] | None = None) -> Rows:
    """Run a Cypher query on a build's embedded database (read-only); the result as ``Rows``.

    ``path`` is the output folder of ``kg build`` (or its ``graph.json``, or ``graph.lbug``).
    Column names are the query's ``RETURN`` expressions.
    """
    from kg.export.cypherdb import BUFFER_POOL, import_ladybug, max_db_size

    ladybug = import_ladybug()
    db = ladybug.Database(str(database_path(path)), read_only=True, buffer_pool_size=BUFFER_POOL,
                          max_num_threads=2, max_db_size=max_db_size())
    try:
        conn = ladybug.Connection(db)
        try:
            result = conn.execute(query, parameters or {})
            results = result if isinstance(result, list) else [result]
            last = results[-1]  # several statements: the last one's rows
            columns = last.get_column_names()
            rows = []
            while last.has_next():
                rows.append(dict(zip(columns, last.get_next())))
            for r in results:
                r.close()
        finally:
            conn.close()
    finally:
        db.close()
    return Rows(rows, columns)


def rows_table(rows: Rows):
    """Query rows as a ``rich`` table for the terminal (lists shown comma-separated)."""
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False)
    for c in rows.columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*(Text(_shown(r.get(c))) for c in rows.columns))
    return table


def _shown(value: Any) -> str:
    if value is None:
        return ""
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def rows_to_csv(rows: Rows) -> str:
    """CSV text of query rows (lists joined by ``;``, as in the Neo4j files)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(rows.columns)
    for row in rows:
        w.writerow([_plain(row.get(c), csv=True) for c in rows.columns])
    return buf.getvalue()


def rows_to_json(rows: Rows) -> str:
    return json.dumps([{c: _plain(r.get(c)) for c in rows.columns} for r in rows], ensure_ascii=False,
                      indent=1, default=str)


def _plain(value: Any, csv: bool = False) -> Any:
    """Query values as JSON/CSV take them: nodes and relationships (dicts) lose internal ids."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if not k.startswith("_")}
    if isinstance(value, list):
        items = [_plain(v) for v in value]
        return ";".join(str(v) for v in items) if csv else items
    return value


def export(build_dir: str | os.PathLike, fmt: str, destination: str | os.PathLike | None = None,
           base: str | None = None) -> dict[str, Path]:
    """Write a built graph in another format; return the files written by name.

    The graph comes from ``build_dir/graph.json``, the documents' paths and titles from the
    embedded database when there is one. Files go to ``destination`` (default: ``build_dir``,
    or ``build_dir/neo4j`` for the Neo4j CSV set).
    """
    from kg.api import load

    if fmt not in EXPORTS:
        raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(EXPORTS)}")
    folder = Path(build_dir)
    if folder.suffix == ".json":
        folder = folder.parent
    G = load(folder)
    documents = _documents(folder)
    if fmt == "neo4j":
        from kg.export.neo4j import write_neo4j

        return write_neo4j(G, Path(destination) if destination else folder / "neo4j", documents)
    from kg.export.rdf import RDF_FILES, write_rdf

    target = Path(destination or folder)
    if target.suffix == "":
        target = target / RDF_FILES[fmt]
    return {fmt: write_rdf(G, target, fmt=fmt, documents=documents, base=base)}


def _documents(folder: Path) -> list[dict] | None:
    """Document records from the build's database; ``None`` without one (ids from the graph then)."""
    try:
        rows = cypher(folder, "MATCH (d:Document) RETURN d.id AS id, d.path AS path, d.title AS title, "
                              "d.date AS date ORDER BY d.id")
    except DatabaseMissing:
        return None
    return list(rows)
