"""The embedded database of a rebuild: the previous ``graph.lbug`` copied and brought up to date
row by row, instead of a new database loaded from every row again.

Why: after one changed document almost every row of the database is what the last build wrote,
yet it was made again from scratch: the six tables written as CSV, a new database created and
every table copied in (at 300 stories 0.5 s of CPU, the dearest writer of a rebuild; at 50,000
documents millions of evidence rows). The database's contract is its rows, not its bytes
(LadybugDB writes a random id into every file, so two full builds never give the same file):
here the previous file is copied beside it, the rows that went or changed are deleted, and
those that came or changed are copied in from CSV files of only them, through the very
``COPY`` statements of a full write (:func:`kg.export.cypherdb.copy_statement`), so every value
is read and typed the same way. The result holds the rows a full write loads, no other.

Which rows changed is read from the graph's parts (:mod:`kg.export.parts`): a node's rows (its
``Entity`` row and its ``MENTIONED_IN`` rows) are a function of its id and attributes, an edge's
(``RELATED``, its ``Evidence`` and their ``FROM_DOCUMENT``) of its ends, key and attributes, so the
digests graph.json's parts are named by tell which rows a rebuild must replace, without making
the rows of the others; a ``Document`` row is digested itself. Deleting a node in LadybugDB
deletes its relationships too: those of the nodes that stay are copied in again. An entity or a
document still there whose row changed is not deleted: its row is set in place from a CSV file
read as ``COPY`` reads it (:func:`kg.export.cypherdb.set_statement`), and an entity's
``MENTIONED_IN`` rows are replaced. What the last
build loaded is kept in the cache folder (``parts/graph.lbug.idx``): those digests, the schema,
and the database file's stamp as that build left it. The previous file is used only if all of that still holds
and no write-ahead log lies beside it: a database the user wrote to, replaced or removed, a
damaged or stale index, another schema, or a change touching over a quarter of the rows is
written whole, as before. So is a file grown past twice the size of the last full write
(deleted rows leave room behind).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.export.neo4j import (Table, document_row, edge_id, entity_row, evidence_rows, make_tables,
                             mentioned_rows, relation_row, write_table)
from kg.export.parts import _VERSION as _PARTS_VERSION

if TYPE_CHECKING:
    import networkx as nx

    from kg.export.parts import Parts

#: Past this share of changed nodes, edges and documents a full write is cheaper.
MAX_CHANGED_SHARE = 0.25
#: Ids deleted per statement.
_BATCH = 5000

Digests = dict[str, dict[Any, Any]]


def digests(G: nx.MultiDiGraph, records: list[dict], parts: Parts) -> Digests:
    """What the database's rows are made from: each node's and edge's digest (the parts'), and
    each ``Document`` row's (None where a value has no JSON form: always written again).
    ``records``: the database's documents (:func:`kg.export.neo4j.documents_of`, which walks the
    whole graph: made once per write, not once per use)."""
    return {"nodes": {n: parts.node(n, attrs) for n, attrs in G.nodes(data=True)},
            "edges": {(u, v, k): parts.edge(u, v, k, attrs) for u, v, k, attrs in G.edges(keys=True, data=True)},
            "docs": {row[0]: _digest(repr(row)) for row in map(document_row, records)}}


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def context(schema: list[str]) -> str:
    """What the kept digests also depend on: the tables' schema."""
    return "db2\n" + "\n".join(schema)


def previous(parts: Parts, name: str, schema: list[str]) -> tuple[Digests | None, int]:
    """The last build's digests and the size of its last full write, if the database file
    ``name`` in the output folder is as that build left it (``stat``, see
    :func:`kg.export.parts.seal`), of the same schema, with no log to replay and not grown past
    twice that size; else ``(None, 0)``."""
    from kg.export.parts import _read_index

    index = _read_index(parts.index_path(name))
    db = parts.out / name
    if index is None or index.get("context") != context(schema) or (db.parent / (name + ".wal")).exists():
        return None, 0
    full = index.get("full_size")
    try:
        st = os.stat(db)
    except OSError:
        return None, 0
    if [st.st_ino, st.st_size, st.st_mtime_ns] != index.get("stat") or not isinstance(full, int):
        return None, 0
    if st.st_size > 2 * full + (1 << 20) or set(index["parts"]) != {"nodes", "edges", "docs"}:
        return None, 0
    return index["parts"], full


def keep(parts: Parts, name: str, schema: list[str], kept: Digests, full_size: int) -> None:
    """Keep this build's digests beside the old ones until the outputs are in place
    (:func:`kg.export.parts.seal` stamps them with the file then)."""
    from kg.export.parts import _pending, _write_bytes

    payload = marshal.dumps({"v": _PARTS_VERSION, "context": context(schema), "parts": kept,
                             "full_size": full_size})
    try:
        _write_bytes(_pending(parts.index_path(name)), payload)
    except OSError:  # only the reuse is lost
        pass


def update(G: nx.MultiDiGraph, records: list[dict], parts: Parts, name: str, fresh: Path,
           work: Path, schema: list[str], new: Digests) -> bool:
    """Make ``fresh`` the database of ``G`` (its documents ``records``, as for :func:`digests`)
    from a copy of the previous one, replacing only the rows of changed nodes, edges and
    documents; False (and no ``fresh``) where it cannot."""
    from kg.export.cypherdb import BUFFER_POOL, copy_statement, import_ladybug, max_db_size, set_statement

    old, full_size = previous(parts, name, schema)
    if old is None:
        return False
    changes = _Changes(old, new)
    if changes.count > MAX_CHANGED_SHARE * max(1, sum(len(v) for v in new.values())):
        return False
    shutil.copyfile(parts.out / name, fresh)
    if changes.count:
        ladybug = import_ladybug()
        try:
            db = ladybug.Database(str(fresh), buffer_pool_size=BUFFER_POOL, max_num_threads=2,
                                  auto_checkpoint=False, max_db_size=max_db_size())
            try:
                conn = ladybug.Connection(db)
                try:
                    changes.delete(conn)
                    for t in sorted(changes.rows(G, records), key=lambda t: t.kind != "node"):
                        if t.rows:
                            write_table(t, work / t.filename, atomic=False)
                            conn.execute(copy_statement(t, work / t.filename))
                    for t in changes.updated(G, records):
                        if t.rows:
                            write_table(t, work / ("set-" + t.filename), atomic=False)
                            conn.execute(set_statement(t, work / ("set-" + t.filename)))
                finally:
                    conn.close()
            finally:
                db.close()  # checkpoints: the changes go into the file (0.01 s less than a CHECKPOINT first)
            if fresh.with_name(fresh.name + ".wal").exists():  # a LadybugDB that does not: never lose its log
                raise RuntimeError("the database was closed without a checkpoint")
        except RuntimeError:  # a full write follows, which reports a real failure itself
            for p in (fresh, fresh.with_name(fresh.name + ".wal")):
                p.unlink(missing_ok=True)
            return False
    keep(parts, name, schema, new, full_size)
    return True


class _Changes:
    """The nodes, edges and documents whose rows went (``gone``) and those whose rows are to be
    copied in (``made``: new); the nodes and documents still there whose row changed (``changed``:
    an entity's mentions, aliases or label; a document's path, title or date) are neither: their
    rows are set in place (:meth:`updated`), and of their relationships only an entity's
    ``MENTIONED_IN`` rows are replaced (they follow its ``docs``). Why: deleting a node deleted
    every relationship it has, all to be copied in again, and a ``COPY`` into the entities costs
    about 0.03 s however few its rows; a corpus read from a new path changes every document's
    row (at 300 stories the database took 0.24 s of a one-changed rebuild, 0.13 s this way)."""

    def __init__(self, old: Digests, new: Digests) -> None:
        self.gone = {part: {key for key, d in old[part].items() if d is None or new[part].get(key) != d}
                     for part in ("nodes", "edges", "docs")}
        self.made = {part: {key for key, d in new[part].items() if d is None or old[part].get(key) != d}
                     for part in ("nodes", "edges", "docs")}
        self.changed = {part: self.gone[part] & self.made[part] for part in ("nodes", "docs")}
        for part, keys in self.changed.items():
            self.gone[part] -= keys
            self.made[part] -= keys
        # a row set in place counts once (one row written), a replaced row twice (deleted, copied)
        self.count = (sum(len(v) for v in self.gone.values()) + sum(len(v) for v in self.made.values())
                      + sum(len(v) for v in self.changed.values()))

    def delete(self, conn: Any) -> None:
        """Relationships of edges between nodes that stay, then evidence, entities and documents
        (each with its relationships), and the ``MENTIONED_IN`` rows of changed entities."""
        gone_nodes = self.gone["nodes"]
        edges = self.gone["edges"]
        kept_ends = [edge_id(str(u), str(k), str(v)) for u, v, k in edges if u not in gone_nodes and v not in gone_nodes]
        _run(conn, "MATCH (:Entity)-[r:RELATED]->(:Entity) WHERE r.id IN $ids DELETE r", kept_ends)
        _run(conn, "MATCH (x:Evidence) WHERE x.edge IN $ids DETACH DELETE x",
             [edge_id(str(u), str(k), str(v)) for u, v, k in edges])
        _run(conn, "MATCH (x:Entity) WHERE x.id IN $ids DETACH DELETE x", [str(n) for n in gone_nodes])
        _run(conn, "MATCH (x:Entity)-[r:MENTIONED_IN]->(:Document) WHERE x.id IN $ids DELETE r",
             [str(n) for n in self.changed["nodes"]])
        _run(conn, "MATCH (x:Document) WHERE x.id IN $ids DETACH DELETE x", list(self.gone["docs"]))

    def rows(self, G: nx.MultiDiGraph, records: list[dict]) -> list[Table]:
        """The rows to copy in: those of made nodes, edges and documents, the relationships that
        deleting a node took with it, and the ``MENTIONED_IN`` rows of changed entities."""
        nodes, docs = self.made["nodes"], self.made["docs"]  # new documents only: none had relationships
        edges = set(self.made["edges"])
        for n in nodes:
            edges.update(G.out_edges(n, keys=True))
            edges.update(G.in_edges(n, keys=True))
        made_edges = self.made["edges"]
        evidence = [row for u, v, k in sorted(made_edges, key=str) for row in evidence_rows(u, v, k, G.edges[u, v, k])]
        found_in = [(row[0], row[2]) for row in evidence]
        mentioned = [row for n in sorted(nodes | self.changed["nodes"], key=str) for row in mentioned_rows(n, G.nodes[n])]
        return make_tables(
            [entity_row(n, G.nodes[n]) for n in sorted(nodes, key=str)],
            [document_row(d) for d in records if d["id"] in docs],
            evidence, [relation_row(u, v, k, G.edges[u, v, k]) for u, v, k in sorted(edges, key=str)],
            mentioned, found_in)

    def updated(self, G: nx.MultiDiGraph, records: list[dict]) -> list[Table]:
        """The rows of the entities and documents still there whose values changed, to be set in place."""
        nodes, docs = self.changed["nodes"], self.changed["docs"]
        return [t for t in make_tables([entity_row(n, G.nodes[n]) for n in sorted(nodes, key=str)],
                                       [document_row(d) for d in records if d["id"] in docs], [], [], [], [])
                if t.kind == "node" and t.label != "Evidence"]


def _run(conn: Any, statement: str, ids: list[str]) -> None:
    ids = sorted(ids)
    for i in range(0, len(ids), _BATCH):
        conn.execute(statement, {"ids": ids[i:i + _BATCH]})
