"""The graph-database commands of the CLI: `kg query` (Cypher on the build's embedded database)
and `kg export` (Neo4j import files, RDF). Registered on :data:`kg.cli.app` when kg.cli loads."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.cli import JsonOpt, app, fail, out


@app.command()
def query(
    output: Annotated[Path, typer.Argument(help="A build folder (or its graph.json / graph.lbug).")],
    cypher: Annotated[str, typer.Argument(help='A Cypher query, e.g. "MATCH (e:Entity) RETURN e.type, count(*)".')],
    as_json: JsonOpt = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="CSV output (lists joined by ';').")] = False,
) -> None:
    """Run a Cypher query on the embedded graph database that kg build wrote."""
    from kg.db import DatabaseMissing, cypher as run_cypher, rows_table, rows_to_csv, rows_to_json

    try:
        rows = run_cypher(output, cypher)
    except DatabaseMissing:
        raise  # a KgError: reported once by the app, exit 2
    except RuntimeError as exc:  # LadybugDB reports parser, binder and runtime errors this way
        raise fail(f"query failed: {exc}")
    if as_json or as_csv:
        sys.stdout.write(rows_to_json(rows) + "\n" if as_json else rows_to_csv(rows))
    else:
        out.print(rows_table(rows))
        out.print(f"{len(rows)} row(s)")


@app.command("export")
def export_cmd(
    output: Annotated[Path, typer.Argument(help="A build folder written by kg build.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="neo4j (neo4j-admin import CSVs + load.cypher), turtle or jsonld (RDF).")],
    to: Annotated[Optional[Path], typer.Option("--to", help="Where to write (default: OUTPUT/neo4j/ for neo4j, OUTPUT/graph.ttl or graph.jsonld).")] = None,
    bolt: Annotated[Optional[str], typer.Option("--bolt", help="With --format neo4j: also write into a running Neo4j at this URI (bolt://host:7687; user and password from $NEO4J_USER, $NEO4J_PASSWORD).")] = None,
) -> None:
    """Export a built graph for Neo4j or as RDF (Turtle, JSON-LD)."""
    from kg.db import EXPORTS, export
    from kg.export.bolt import push

    if fmt not in EXPORTS or (bolt and fmt != "neo4j"):
        raise fail(f"unknown export format {fmt!r}; choose from {', '.join(EXPORTS)}" if fmt not in EXPORTS
                   else "--bolt needs --format neo4j", 2)
    if not (output / "graph.json").is_file():
        raise fail(f"no graph.json in {output}; run kg build first", 2)
    try:
        for path in export(output, fmt, to).values():
            out.print(f"wrote {path}", markup=False)
        if bolt:
            sent = push(output, bolt)
            out.print(f"sent to {bolt}: " + ", ".join(f"{v} {k}" for k, v in sent.items()), markup=False)
    except ImportError as exc:  # a missing extra: the message is the install command
        raise fail(str(exc))
