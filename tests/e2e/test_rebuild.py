"""One-shot rebuilds (a fresh ``kg build`` process over the previous output folder) write the bytes
of a full build after a document is changed, added or deleted; the rebuild's helpers (the forked
parse of the changed documents, the forked writer, the code-fingerprint memo) fall back to doing
the work here when they fail, and never change a byte."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import kg
from kg.cache import CACHE_DIRNAME, CODE_MEMO, ResultCache, code_fingerprint, document_key

from conftest import seed_files

OUTPUTS = ("graph.json", "graph.graphml", "graph.gexf", "triples.csv", "graph.html")


def one_shot(src: Path, out: Path) -> str:
    """``kg build`` in a fresh process, as a user runs it; its stderr (warnings) returned."""
    run = subprocess.run([sys.executable, "-m", "kg", "build", str(src), "-o", str(out), "-q"],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    return run.stderr


def assert_same_as_full(src: Path, out: Path, full: Path) -> None:
    kg.build([str(src)], output_dir=full, cache=False)  # from scratch: no cache, no layouts
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (full / name).read_bytes(), name


def test_rebuilds_after_a_change_an_addition_and_a_deletion_write_the_bytes_of_full_builds(tmp_path):
    src = seed_files(tmp_path)
    out = tmp_path / "out"
    one_shot(src, out)
    docs = sorted(src.glob("*.txt"))
    assert len(docs) >= 8

    docs[3].write_text(docs[3].read_text(encoding="utf-8").strip()
                       + " Jane Doe of the Federal Trade Commission met TikTok in Washington.\n", encoding="utf-8")
    one_shot(src, out)
    assert_same_as_full(src, out, tmp_path / "full-changed")

    (src / "zz_new.txt").write_text("Microsoft bought GitHub in 2018. Satya Nadella praised the deal.\n",
                                    encoding="utf-8")
    one_shot(src, out)
    assert_same_as_full(src, out, tmp_path / "full-added")

    docs[5].unlink()
    one_shot(src, out)  # nothing to parse: no child, no spaCy
    assert_same_as_full(src, out, tmp_path / "full-deleted")


def test_a_damaged_code_memo_is_ignored_and_rewritten(tmp_path):
    src = seed_files(tmp_path)
    out = tmp_path / "out"
    one_shot(src, out)
    memo = out / CACHE_DIRNAME / CODE_MEMO
    kept = json.loads(memo.read_text(encoding="utf-8"))
    assert kept["code"] == code_fingerprint()
    for damage in ("{not json", json.dumps({"stamp": kept["stamp"], "code": 7}), ""):
        memo.write_text(damage, encoding="utf-8")
        stderr = one_shot(src, out)
        assert "Traceback" not in stderr
        assert json.loads(memo.read_text(encoding="utf-8"))["code"] == code_fingerprint()


def test_a_stale_code_memo_is_not_served(tmp_path):
    """The memo is keyed by the size and mtime of every file of the package: an edit to a module
    extraction imports gives a new fingerprint, as without the memo."""
    root = tmp_path / "kg"
    root.mkdir()
    (root / "__init__.py").write_text("")
    (root / "extract.py").write_text("from kg.model import Thing\n")
    (root / "model.py").write_text("class Thing: pass\n")
    memo = tmp_path / "memo.json"
    first = code_fingerprint(root, memo=memo)
    assert first == code_fingerprint(root, memo=memo) == code_fingerprint(root)
    (root / "model.py").write_text("class Thing:\n    x = 1\n")
    os.utime(root / "model.py", ns=(1, 1))
    second = code_fingerprint(root, memo=memo)
    assert second != first
    assert second == code_fingerprint(root)


def _keyed(src: Path, out: Path) -> tuple[list, str, object]:
    """The corpus's documents, the build's cache fingerprint and its extractor (packs included)."""
    from kg.api import _packs
    from kg.cache import extraction_fingerprint
    from kg.extract import DocumentExtractor
    from kg.ingest import iter_documents
    from kg.nlp import load_pipeline, resolve_model_name

    packs = _packs([src], [], True, True)
    return (list(iter_documents([src], exclude=[out])), extraction_fingerprint(resolve_model_name(None), packs),
            DocumentExtractor(load_pipeline(), packs))


def test_a_background_parse_that_dies_is_parsed_in_this_process(tmp_path):
    """The forked child that parses a rebuild's changed documents is killed before it answers:
    the rebuild parses them itself, and the results are those of the in-process engine."""
    from kg.engines.cached import extract_all
    from kg.engines.background import BackgroundParse
    from kg.extract import DocumentExtractor

    src = seed_files(tmp_path)
    out = tmp_path / "out"
    kg.build([str(src)], output_dir=out)
    docs, fingerprint, extractor = _keyed(src, out)
    store = ResultCache(out / CACHE_DIRNAME)
    docs[2] = replace(docs[2], text=docs[2].text + " The FTC fined TikTok.")

    def dies() -> DocumentExtractor:
        os._exit(3)

    def run(documents):
        return extractor.run(documents)

    try:
        got = list(extract_all(iter(docs), run, store, fingerprint, early=lambda: BackgroundParse(dies)))
    finally:
        store.close()
    assert got == list(extractor.run(docs))
    assert document_key(docs[2], fingerprint) in ResultCache(out / CACHE_DIRNAME).stored_keys()


def test_a_writer_child_that_dies_leaves_the_outputs_written_here(tmp_path, monkeypatch):
    import kg.export

    src = seed_files(tmp_path)
    G = kg.build([str(src)], output_dir=tmp_path / "normal").graph

    def dies(*args: object) -> None:
        os._exit(3)

    monkeypatch.setattr(kg.export, "_write_in_child", dies)
    kg.export.write_outputs(G, tmp_path / "fallback", summary={"documents": G.graph["documents"]})
    for name in OUTPUTS:
        assert (tmp_path / "fallback" / name).read_bytes() == (tmp_path / "normal" / name).read_bytes(), name
    assert (tmp_path / "fallback" / "graph.lbug").exists()  # written here after the child died
    assert not [p for p in (tmp_path / "fallback").iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("limit", [64, 2])
def test_a_rebuild_parses_its_changes_in_the_child_or_streams_too_many(tmp_path, monkeypatch, limit):
    """Up to ``EARLY_PARSE_MAX`` changed documents go to the forked child; over it the child is
    stopped and the engine parses them as usual. Either way: the in-process engine's results."""
    import kg.engines.cached
    from kg.engines.background import BackgroundParse
    from kg.extract import DocumentExtractor

    src = seed_files(tmp_path)
    out = tmp_path / "out"
    kg.build([str(src)], output_dir=out)
    docs, fingerprint, extractor = _keyed(src, out)
    for i in range(4):
        docs[i] = replace(docs[i], text=docs[i].text + " Reuters reported it.")
    children: list[BackgroundParse] = []
    parsed_here: list[str] = []

    def start() -> BackgroundParse:
        children.append(BackgroundParse(lambda: extractor))
        return children[-1]

    def run(documents):
        for result in extractor.run(documents):
            parsed_here.append(result.doc)
            yield result

    monkeypatch.setattr(kg.engines.cached, "EARLY_PARSE_MAX", limit)
    store = ResultCache(out / CACHE_DIRNAME)
    try:
        got = list(kg.engines.cached.extract_all(iter(docs), run, store, fingerprint, early=start))
    finally:
        store.close()
    assert got == list(extractor.run(docs))
    assert len(children) == 1 and not children[0].process.is_alive()
    assert parsed_here == ([] if limit == 64 else [d.id for d in docs[:4]])


@pytest.mark.parametrize("child_takes_shared", [True, False])
def test_a_shared_format_is_written_once_by_whichever_process_takes_it(tmp_path, monkeypatch, child_takes_shared):
    """GEXF (``SHARED_FORMATS``) goes to the first process free for it. A child that took it and
    died leaves it to this process; a child that never got to it leaves it here too: same bytes."""
    import kg.export

    src = seed_files(tmp_path)
    G = kg.build([str(src)], output_dir=tmp_path / "normal").graph
    real = kg.export._write_in_child
    taken: list[str] = []

    def child(fmts, staging, conn, parent_end, claim):
        if child_takes_shared:  # takes every shared format, then dies before writing any
            taken.extend(f for f in fmts if f in kg.export.SHARED_FORMATS and claim(f))
            os._exit(3)
        real([f for f in fmts if f not in kg.export.SHARED_FORMATS], staging, conn, parent_end, claim)

    monkeypatch.setattr(kg.export, "_write_in_child", child)
    kg.export.write_outputs(G, tmp_path / "shared", summary={"documents": G.graph["documents"]})
    for name in OUTPUTS:
        assert (tmp_path / "shared" / name).read_bytes() == (tmp_path / "normal" / name).read_bytes(), name
    assert not [p for p in (tmp_path / "shared").iterdir() if p.name.endswith(".tmp")]
    writer = kg.export._ChildWriter.__new__(kg.export._ChildWriter)  # the claim is exclusive
    writer.claims = __import__("multiprocessing").get_context("fork").Array("b", len(kg.export.SHARED_FORMATS))
    assert writer.claim("gexf") and not writer.claim("gexf")


PRESTART_SCRIPT = """
import sys, kg
from kg.engines import background, prestart
src, out = sys.argv[1], sys.argv[2]
started = prestart.begin([src], {"output_dir": out})
child = background._PRESTARTED
result = kg.build([src], output_dir=out)
prestart.end(out, started, True)
print(child is not None, background._PRESTARTED is None, child is None or not child.process.is_alive(),
      result.cached, "spacy" in sys.modules)
"""


def test_kg_build_starts_the_parse_child_first_when_the_sources_changed(tmp_path):
    """``kg.engines.prestart``: a source modified since the last build's start forks the parse
    child before the build's imports; the build takes it (the bytes of a full build), or stops it
    when the text did not change after all. Unchanged sources start nothing."""
    from kg.engines.prestart import STAMP, touched

    src = seed_files(tmp_path)
    out = tmp_path / "out"
    one_shot(src, out)
    docs = sorted(src.glob("*.txt"))
    assert (out / CACHE_DIRNAME / STAMP).is_file() and not touched([src], out)

    def run() -> list[str]:
        done = subprocess.run([sys.executable, "-c", PRESTART_SCRIPT, str(src), str(out)], capture_output=True,
                              text=True, timeout=600)
        assert done.returncode == 0, done.stderr
        return done.stdout.split()

    docs[2].write_text(docs[2].read_text(encoding="utf-8").strip() + " Reuters reported it.\n", encoding="utf-8")
    assert touched([src], out)
    assert run() == ["True", "True", "True", str(len(docs) - 1), "False"]  # taken, parsed there
    assert_same_as_full(src, out, tmp_path / "full")
    assert run() == ["False", "True", "True", str(len(docs)), "False"]  # nothing touched: no child
    os.utime(docs[5])  # saved again, same text: a child on a hunch, stopped
    assert run() == ["True", "True", "True", str(len(docs)), "False"]
    assert not touched([src], out)
    assert not touched([src], tmp_path / "never-built")


def test_a_rebuild_after_text_ftfy_must_fix_writes_the_bytes_of_a_full_build(tmp_path):
    """Plain ASCII skips ftfy (``kg.markup._fix_text``); a change that brings curly quotes and
    mojibake into a corpus read so far without ftfy goes through it, and the rebuild is still
    the full build's bytes."""
    src = seed_files(tmp_path)
    docs = sorted(src.glob("*.txt"))
    for doc in docs:  # the corpus as plain ASCII first
        doc.write_text(doc.read_text(encoding="utf-8").encode("ascii", "ignore").decode(), encoding="utf-8")
    out = tmp_path / "out"
    one_shot(src, out)
    docs[4].write_text(docs[4].read_text(encoding="utf-8").strip()
                       + " \u201cTikTok\u201d said it doesn\u00e2\u20ac\u2122t agree with the Federal Trade Commission.\n",
                       encoding="utf-8")
    one_shot(src, out)
    assert_same_as_full(src, out, tmp_path / "full")
    assert "doesn't agree" in json.dumps(json.loads((out / "graph.json").read_text(encoding="utf-8")))
