"""The source memo (``kg.sources_memo``): a rebuild keys the files that did not change without
reading them, and writes the bytes of a build that read every file, whatever happened to the
files (changed, added, deleted, touched but unchanged, edited with their times put back) or to
the memo and the cache (damaged, an entry gone)."""

from __future__ import annotations

import marshal
import os
import sqlite3
from pathlib import Path

import pytest

import kg
import kg.ingest
import kg.sources_memo
from kg.cache import CACHE_DIRNAME, document_key
from kg.model import Document
from kg.sources_memo import MEMO_FILE, Known, SourceMemo

from conftest import seed_files

OUTPUTS = ("graph.json", "graph.graphml", "graph.gexf", "triples.csv", "graph.html")


@pytest.fixture()
def reads(monkeypatch) -> list[str]:
    """The files the builds read (every file would be read without the memo); files count as
    old at once (the racy window shut: the test's files are seconds old)."""
    monkeypatch.setattr(kg.sources_memo, "RACY_NS", 0)
    seen: list[str] = []
    real = kg.ingest._file_documents

    def counted(source, *args):
        seen.append(source.path.name)
        return real(source, *args)

    monkeypatch.setattr(kg.ingest, "_file_documents", counted)
    return seen


def _assert_full(src: Path, out: Path, full: Path) -> None:
    kg.build([str(src)], output_dir=full, cache=False)
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (full / name).read_bytes(), name


def test_unchanged_files_are_not_read_and_every_change_is_seen(tmp_path, reads):
    src = seed_files(tmp_path)
    out = tmp_path / "out"
    files = sorted(src.glob("*.txt"))
    kg.build([str(src)], output_dir=out)
    assert len(reads) == len(files)
    assert (out / CACHE_DIRNAME / MEMO_FILE).is_file()

    reads.clear()
    kg.build([str(src)], output_dir=out)  # nothing changed: no file read
    assert reads == []

    # a change of the same size, its modification time put back (as ``touch -d`` or ``cp -p`` do):
    # its status-change time moved, so it is read
    edited = files[3]
    st = edited.stat()
    text = edited.read_text(encoding="utf-8")
    edited.write_text(text.replace("the", "THE", 1) if "the" in text else text.upper(), encoding="utf-8")
    os.utime(edited, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert edited.stat().st_size == st.st_size and edited.stat().st_mtime_ns == st.st_mtime_ns
    reads.clear()
    kg.build([str(src)], output_dir=out)
    assert reads == [edited.name]
    _assert_full(src, out, tmp_path / "full-edited")

    (src / "zz_new.txt").write_text("Microsoft bought GitHub in 2018. Satya Nadella praised the deal.\n",
                                    encoding="utf-8")
    files[5].unlink()
    os.utime(files[1])  # touched, unchanged: read again, the same document
    reads.clear()
    kg.build([str(src)], output_dir=out)
    assert sorted(reads) == sorted([files[1].name, "zz_new.txt"])
    _assert_full(src, out, tmp_path / "full-added-deleted-touched")
    kept = marshal.loads((out / CACHE_DIRNAME / MEMO_FILE).read_bytes())["files"]
    assert str(files[5].absolute()) not in kept and str((src / "zz_new.txt").absolute()) in kept


def test_a_known_file_whose_cached_result_is_gone_is_read_and_parsed(tmp_path, reads):
    src = seed_files(tmp_path)
    out = tmp_path / "out"
    kg.build([str(src)], output_dir=out)
    gone = sorted(src.glob("*.txt"))[2]
    db = sqlite3.connect(out / CACHE_DIRNAME / "results.sqlite")
    assert db.execute("DELETE FROM results WHERE doc = ?", (gone.name,)).rowcount == 1
    db.commit()
    db.close()
    reads.clear()
    kg.build([str(src)], output_dir=out)
    assert reads == [gone.name]
    _assert_full(src, out, tmp_path / "full")


@pytest.mark.parametrize("damage", [b"", b"not marshal", marshal.dumps([1, 2]),
                                    marshal.dumps({"header": None, "files": {}}), "entries"])
def test_a_damaged_memo_is_ignored(tmp_path, reads, damage):
    src = seed_files(tmp_path)
    out = tmp_path / "out"
    kg.build([str(src)], output_dir=out)
    memo = out / CACHE_DIRNAME / MEMO_FILE
    if damage == "entries":  # the right header, entries of the wrong shape
        data = marshal.loads(memo.read_bytes())
        data["files"] = {path: ("x", None) for path in data["files"]}
        memo.write_bytes(marshal.dumps(data))
    else:
        memo.write_bytes(damage)
    reads.clear()
    kg.build([str(src)], output_dir=out)
    assert len(reads) == len(list(src.glob("*.txt")))  # every file read, as without a memo
    _assert_full(src, out, tmp_path / "full")
    reads.clear()
    kg.build([str(src)], output_dir=out)  # and the memo made again
    assert reads == []


def test_the_memo_vouches_only_for_old_files_of_the_same_status_and_fingerprint(tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir()
    old = tmp_path / "old.txt"
    old.write_text("Ariel Sharon visited Canberra.\n", encoding="utf-8")
    st = old.stat()
    doc = Document("old.txt", "Ariel Sharon visited Canberra.", str(old))

    racy = SourceMemo(folder, None, now_ns=st.st_ctime_ns + 1)  # the file is younger than the window
    racy.bind("fp")
    racy.note(str(old), st, doc)
    assert racy.new == {}

    memo = SourceMemo(folder, None, now_ns=st.st_ctime_ns + 10 * kg.sources_memo.RACY_NS)
    memo.bind("fp")
    memo.note(str(old), st, doc)
    memo.complete = True
    memo.save()
    again = SourceMemo(folder, None)
    again.bind("fp")
    assert again.known(str(old), st, "old.txt") == document_key(doc, "fp")
    assert again.known(str(old), st, "old.txt~2") is None  # another id: another key
    other = SourceMemo(folder, None)
    other.bind("another fingerprint")
    assert other.known(str(old), st, "old.txt") is None
    limited = SourceMemo(folder, 1000)
    limited.bind("fp")
    assert limited.known(str(old), st, "old.txt") is None
    old.write_text("Ariel Sharon visited Canberra!\n", encoding="utf-8")  # same size, new times
    assert again.known(str(old), old.stat(), "old.txt") is None


def test_ingest_yields_known_documents_with_the_ids_and_sources_of_read_ones(tmp_path):
    src = tmp_path / "src"
    (src / "a").mkdir(parents=True)
    (src / "a" / "x.txt").write_text("Canberra is a city.\n", encoding="utf-8")
    (src / "y.md").write_text("# Title\n\nSydney is a city.\n", encoding="utf-8")
    (src / "a" / "link.txt").symlink_to(src / "y.md")
    plain = list(kg.ingest.iter_documents([src, src / "a" / "x.txt"]))
    folder = tmp_path / "cache"
    folder.mkdir()
    memo = SourceMemo(folder, kg.ingest.MAX_DOC_CHARS, now_ns=10**20)
    memo.bind("fp")
    first = list(kg.ingest.iter_documents([src, src / "a" / "x.txt"], memo=memo))
    assert first == plain and memo.complete
    memo.save()
    memo = SourceMemo(folder, kg.ingest.MAX_DOC_CHARS, now_ns=10**20)
    memo.bind("fp")
    known = list(kg.ingest.iter_documents([src, src / "a" / "x.txt"], memo=memo))
    assert all(type(k) is Known for k in known)
    assert [(k.id, k.source, k.key) for k in known] == [
        (d.id, d.source, document_key(d, "fp")) for d in plain]
    assert [k.read() for k in known] == plain
