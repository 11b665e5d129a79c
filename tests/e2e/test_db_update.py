"""A rebuild's database (``graph.lbug``) is the previous one with its changed rows replaced
(:mod:`kg.export.db_update`) and holds exactly the rows of a full write; whatever makes the kept
digests untrustworthy (the database written to, replaced or removed, a damaged index, another
schema) gives a full write."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import kg
import kg.export as export
from kg.cache import CACHE_DIRNAME
from kg.db import cypher
from kg.export import cypherdb, db_update
from kg.export.neo4j import tables

from conftest import append_to_document, split_seed_corpus


def all_rows(folder: Path) -> dict[str, list]:
    """Every row of every table, sorted: what a full write and an update must agree on."""
    G = kg.load(folder)
    rows = {}
    for t in tables(G):
        props = ", ".join(f"x.`{name}`" for name, _ in t.columns)
        if t.kind == "node":
            query = f"MATCH (x:{t.label}) RETURN x.id{', ' + props if props else ''}"
        else:
            query = f"MATCH (a:{t.start})-[x:{t.label}]->(b:{t.end}) RETURN a.id, b.id{', ' + props if props else ''}"
        rows[t.name] = sorted(json.dumps(r, sort_keys=True) for r in cypher(folder, query))
    return rows


@pytest.fixture()
def writes(monkeypatch):
    """Every database write here (no forked writer), and how many were full ones."""
    monkeypatch.setattr(export, "_may_fork", lambda: False)
    full: list[Path] = []
    real = cypherdb.load_tables
    monkeypatch.setattr(cypherdb, "load_tables", lambda *a: (full.append(Path(a[1])), real(*a))[1])
    return full


@pytest.fixture(scope="module")
def parsed(tmp_path_factory) -> Path:
    """The seed corpus (one change and one addition included) parsed once: a results cache to start from."""
    folder = tmp_path_factory.mktemp("parsed")
    src = split_seed_corpus(folder / "src")
    kg.build([str(src)], output_dir=folder / "a", formats=["json"])
    append_to_document(src, 3)
    docs = src / "docs.jsonl"
    docs.write_text(docs.read_text(encoding="utf-8") + json.dumps({"id": "new", "text": ADDED}) + "\n",
                    encoding="utf-8")
    kg.build([str(src)], output_dir=folder / "a", formats=["json"])
    return folder / "a" / CACHE_DIRNAME / "results.sqlite"


ADDED = "Ann Lee of Acme Corp met Bob Smith in Paris."


def _build(src: Path, out: Path, parsed: Path | None = None) -> None:
    """A build into ``out``; with ``parsed``, its results cache first (a full write: no parts kept)."""
    if parsed is not None:
        (out / CACHE_DIRNAME).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(parsed, out / CACHE_DIRNAME / "results.sqlite")
    kg.build([str(src)], output_dir=out)


def full_rows(src: Path, folder: Path, parsed: Path) -> dict[str, list]:
    """The rows of a full write of ``src`` into ``folder``."""
    _build(src, folder, parsed)
    return all_rows(folder)


def test_change_addition_and_deletion_update_the_rows_in_place(tmp_path, writes, parsed, monkeypatch):
    src = split_seed_corpus(tmp_path / "src")
    out = tmp_path / "out"
    _build(src, out, parsed)
    ran: list[tuple[str, list]] = []
    real_run = db_update._run
    monkeypatch.setattr(db_update, "_run", lambda conn, statement, ids: (ran.append((statement, ids)),
                                                                          real_run(conn, statement, ids))[1])
    assert len(writes) == 1
    for step in range(4):
        if step == 0:
            append_to_document(src, 3)
        elif step == 1:
            docs = src / "docs.jsonl"
            docs.write_text(docs.read_text(encoding="utf-8")
                            + json.dumps({"id": "new", "text": ADDED}) + "\n",
                            encoding="utf-8")
        elif step == 2:
            docs = src / "docs.jsonl"
            docs.write_text("\n".join(docs.read_text(encoding="utf-8").splitlines()[1:]) + "\n", encoding="utf-8")
        else:  # a document's own row changes: set in place, its relationships kept
            docs = src / "docs.jsonl"
            lines = docs.read_text(encoding="utf-8").splitlines()
            record = json.loads(lines[2])
            record["title"] = "A title of its own"
            lines[2] = json.dumps(record)
            docs.write_text("\n".join(lines) + "\n", encoding="utf-8")
        _build(src, out)
        assert len(writes) == 1, step  # no full write: the previous database was updated
        assert all_rows(out) == full_rows(src, tmp_path / f"full{step}", parsed), step
        assert len(writes) == 2
        writes.pop()
        assert not (out / "graph.lbug.wal").exists()
    # entities still there whose rows changed were set in place (their MENTIONED_IN rows replaced)
    assert [ids for statement, ids in ran if "MENTIONED_IN" in statement and ids]


@pytest.mark.parametrize("spoil", ["written", "removed", "replaced", "index", "wal", "schema"])
def test_a_database_or_index_that_cannot_be_trusted_is_written_whole(tmp_path, writes, spoil, monkeypatch, parsed):
    src = split_seed_corpus(tmp_path / "src")
    out = tmp_path / "out"
    _build(src, out, parsed)
    db = out / "graph.lbug"
    if spoil == "written":  # the user's own statement: its rows are no longer the build's
        ladybug = cypherdb.import_ladybug()
        conn = ladybug.Connection(handle := ladybug.Database(str(db)))
        conn.execute("CREATE (:Entity {id: 'mine', label: 'Mine'})")
        conn.close()
        handle.close()
    elif spoil == "removed":
        db.unlink()
    elif spoil == "replaced":
        other = tmp_path / "other"
        _build(src, other, parsed)
        db.unlink()
        (other / "graph.lbug").rename(db)
    elif spoil == "index":
        index = out / ".kg-cache" / "parts" / "graph.lbug.idx"
        index.write_bytes(index.read_bytes()[:-3] + b"xyz")
    elif spoil == "wal":
        (out / "graph.lbug.wal").write_bytes(b"")
    else:
        monkeypatch.setattr(db_update, "context", lambda schema: "another\n" + "\n".join(schema))
    append_to_document(src, 3)
    _build(src, out)
    assert len(writes) == (3 if spoil == "replaced" else 2), spoil
    assert all_rows(out) == full_rows(src, tmp_path / "full", parsed)


def test_a_change_to_most_rows_is_written_whole(tmp_path, writes, monkeypatch, parsed):
    src = split_seed_corpus(tmp_path / "src")
    out = tmp_path / "out"
    _build(src, out, parsed)
    monkeypatch.setattr(db_update, "MAX_CHANGED_SHARE", 0.0)
    append_to_document(src, 3)
    _build(src, out)
    assert len(writes) == 2
    assert all_rows(out) == full_rows(src, tmp_path / "full", parsed)


def test_nothing_changed_leaves_the_database_file_as_it_was(tmp_path, writes, parsed):
    src = split_seed_corpus(tmp_path / "src")
    out = tmp_path / "out"
    _build(src, out, parsed)
    before = (out / "graph.lbug").stat()
    _build(src, out)
    after = (out / "graph.lbug").stat()
    assert len(writes) == 1
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)


def test_documents_read_from_a_new_path_are_updated_in_place(tmp_path, writes, monkeypatch, parsed):
    """Every ``Document`` row changes (its path), no document is deleted: the rows are set in
    place and their relationships kept; the database holds the rows of a full write."""
    src = split_seed_corpus(tmp_path / "src")
    out = tmp_path / "out"
    _build(src, out, parsed)
    monkeypatch.setattr(db_update, "MAX_CHANGED_SHARE", 1.0)  # all documents changed: not written whole
    deleted: list[tuple[str, list]] = []
    real_run = db_update._run
    monkeypatch.setattr(db_update, "_run", lambda conn, statement, ids: (deleted.append((statement, ids)),
                                                                          real_run(conn, statement, ids))[1])
    (src / "docs.jsonl").rename(src / "moved.jsonl")
    _build(src, out)
    assert len(writes) == 1  # updated, not written whole
    assert not [ids for statement, ids in deleted if "Document" in statement and ids]
    rows = all_rows(out)
    assert rows == full_rows(src, tmp_path / "full", parsed)
    assert rows["documents"] and all("moved.jsonl" in row for row in rows["documents"])
    assert rows["mentioned_in"] and rows["from_document"]


def test_a_database_closed_without_its_checkpoint_is_written_whole(tmp_path, writes, monkeypatch, parsed):
    """The update relies on closing the database to checkpoint it; a log left beside the copy
    (a LadybugDB that does not) is never dropped with its changes: the database is written whole."""
    src = split_seed_corpus(tmp_path / "src")
    out = tmp_path / "out"
    _build(src, out, parsed)
    ladybug = cypherdb.import_ladybug()
    real_close = ladybug.Database.close

    def close_leaving_a_log(self):
        real_close(self)
        path = Path(self.database_path)
        if path.name == "graph.lbug" and ".tmp" in str(path.parent):
            path.with_name(path.name + ".wal").write_bytes(b"")

    monkeypatch.setattr(ladybug.Database, "close", close_leaving_a_log)
    append_to_document(src, 3)
    _build(src, out)
    monkeypatch.setattr(ladybug.Database, "close", real_close)
    assert len(writes) == 2  # the update gave up: a full write
    assert all_rows(out) == full_rows(src, tmp_path / "full", parsed)
