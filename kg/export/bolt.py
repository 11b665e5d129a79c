"""``kg export OUTPUT --format neo4j --bolt URI``: the same tables, sent to a running Neo4j.

Uses the official driver (``pip install "kg-builder[bolt]"``); user and password come from
``$NEO4J_USER`` (default ``neo4j``) and ``$NEO4J_PASSWORD``. Nodes are merged on their ``id``
and relationships on their ends (and ``id`` for relations), so sending a graph twice changes
nothing the second time.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from kg.errors import BoltError  # noqa: F401  (raised here; defined with the other errors)
from kg.export.extras import require
from kg.export.neo4j import ARRAY_DELIMITER, Table, tables

BATCH = 1000




def _props(table: Table, values: tuple) -> dict:
    out = {}
    for (name, typ), value in zip(table.columns, values):
        if value is None:
            continue
        out[name] = value.split(ARRAY_DELIMITER) if typ == "string[]" else value
    return out


def _batches(table: Table) -> Iterator[list[dict]]:
    rows = []
    for row in table.rows:
        if table.kind == "node":
            rows.append({"id": row[0], "props": _props(table, row[1:])})
        else:
            rows.append({"start": row[0], "end": row[1], "props": _props(table, row[2:])})
        if len(rows) == BATCH:
            yield rows
            rows = []
    if rows:
        yield rows


def statement(table: Table) -> str:
    """The ``UNWIND $rows`` statement that merges one batch of a table."""
    if table.kind == "node":
        return f"UNWIND $rows AS row MERGE (n:{table.label} {{id: row.id}}) SET n += row.props"
    key = " {id: row.props.id}" if any(name == "id" for name, _ in table.columns) else ""
    return (f"UNWIND $rows AS row MATCH (a:{table.start} {{id: row.start}}) MATCH (b:{table.end} {{id: row.end}}) "
            f"MERGE (a)-[r:{table.label}{key}]->(b) SET r += row.props")


def push(build_dir: str | os.PathLike, uri: str) -> dict[str, int]:
    """Write a build folder's graph into the Neo4j at ``uri``; rows sent per table."""
    from kg.api import load
    from kg.db import _documents

    neo4j = require("neo4j", '--bolt needs the Neo4j driver: pip install "kg-builder[bolt]"')
    folder = Path(build_dir)
    all_tables = tables(load(folder), _documents(folder))
    auth = (os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""))
    sent: dict[str, int] = {}
    try:
        _send(neo4j, uri, auth, all_tables, sent)
    except neo4j.exceptions.Neo4jError as exc:
        raise BoltError(f"Neo4j at {uri} refused the data: {exc}") from exc
    except neo4j.exceptions.DriverError as exc:
        raise BoltError(f"cannot write to Neo4j at {uri}: {exc}") from exc
    return sent


def _send(neo4j, uri: str, auth: tuple[str, str], all_tables: list[Table], sent: dict[str, int]) -> None:
    with neo4j.GraphDatabase.driver(uri, auth=auth) as driver:
        driver.verify_connectivity()
        with driver.session() as session:
            for t in all_tables:
                if t.kind == "node":
                    session.run(f"CREATE CONSTRAINT {t.label.lower()}_id IF NOT EXISTS "
                                f"FOR (n:{t.label}) REQUIRE n.id IS UNIQUE").consume()
            for t in sorted(all_tables, key=lambda t: t.kind != "node"):
                for rows in _batches(t):
                    session.execute_write(lambda tx, q=statement(t), r=rows: tx.run(q, rows=r).consume())
                sent[t.name] = len(t.rows)
