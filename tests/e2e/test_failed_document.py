"""A document whose extraction raises (a bug of kg's met on some text) costs that document only.

The fault is injected with ``$KG_TEST_FAIL_DOC`` (read by ``kg/extract.py``): the build goes on
without the document, names it and the error in one line (no traceback; with --quiet too), writes the others'
graph, and caches nothing for it, so the next build tries it again. Real processes: the CLI in a
subprocess (``--jobs 1`` and ``--jobs 2``: the pool's workers), and the forked child a rebuild
parses its few changed documents in.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.extract import FAIL_DOC_ENV, STRICT_ENV

FAILING = "b.txt"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Microsoft bought GitHub in 2018.\n", encoding="utf-8")
    (src / FAILING).write_text("TikTok is owned by ByteDance.\n", encoding="utf-8")
    (src / "c.txt").write_text("Satya Nadella leads Microsoft.\n", encoding="utf-8")
    return src


def build(src: Path, out: Path, *extra: str, fail: str | None = FAILING) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in (FAIL_DOC_ENV, STRICT_ENV)}  # as a user runs it
    if fail:
        env[FAIL_DOC_ENV] = fail
    return subprocess.run([sys.executable, "-m", "kg", "build", str(src), "-o", str(out), *extra],
                          env=env, capture_output=True, text=True, timeout=300)


def names(out: Path) -> set[str]:
    return {n["label"] for n in json.loads((out / "graph.json").read_text(encoding="utf-8"))["nodes"]}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_build_goes_on_without_the_failing_document(corpus, tmp_path, jobs):
    out = tmp_path / "out"
    run = build(corpus, out, "--jobs", jobs)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr + run.stdout
    assert f"extraction failed on document '{FAILING}' (InjectedFailure:" in " ".join(run.stderr.split())
    assert "Skipped 1 document(s) whose extraction failed" in run.stdout
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert graph["graph"]["documents"] == 2
    assert {"Microsoft", "GitHub", "Satya Nadella"} <= names(out)
    assert not {"TikTok", "ByteDance"} & names(out)

    again = build(corpus, out, "--jobs", jobs, fail=None)  # fixed: only the failed document is parsed
    assert again.returncode == 0, again.stderr
    assert "2 from cache" in again.stdout
    assert {"TikTok", "ByteDance", "Microsoft"} <= names(out)


def test_a_rebuild_child_reports_its_failure_the_same_way(corpus, tmp_path):
    """A rebuild with one changed document parses it in a forked child (kg.engines.background)."""
    out = tmp_path / "out"
    assert build(corpus, out, fail=None).returncode == 0
    (corpus / FAILING).write_text("TikTok is owned by ByteDance. Oracle bid for it.\n", encoding="utf-8")
    run = build(corpus, out)
    assert run.returncode == 0, run.stderr
    assert f"extraction failed on document '{FAILING}'" in " ".join(run.stderr.split())
    assert not {"TikTok", "Oracle"} & names(out)


def test_the_python_api_lists_it_in_skipped(corpus, tmp_path, monkeypatch):
    monkeypatch.delenv(STRICT_ENV, raising=False)
    monkeypatch.setenv(FAIL_DOC_ENV, FAILING)
    result = kg.build([str(corpus)], output_dir=None)
    assert result.documents == 2
    [failed] = result.skipped
    assert failed.document == FAILING and failed.path.endswith(FAILING)
    assert "InjectedFailure" in failed.reason and " at kg/extract.py:" in failed.reason  # where, for a report


def test_a_long_document_fails_whole_not_half_read(monkeypatch):
    """Parsed in pieces, a document with a failing piece is failed, never joined from the rest."""
    from kg.extract import DocumentExtractor, InjectedFailure
    from kg.model import Document
    from kg.nlp import load_pipeline

    extractor = DocumentExtractor(load_pipeline())
    monkeypatch.setattr("kg.extract.PIECE_CHARS", 60)
    text = "Microsoft bought GitHub in 2018.\n\nSatya Nadella leads Microsoft.\n\nTikTok is owned by ByteDance.\n"
    fine = extractor.one(Document("long.txt", text, "long.txt"))
    assert not fine.failed and {m.text for m in fine.mentions} >= {"GitHub", "ByteDance"}
    monkeypatch.setenv(FAIL_DOC_ENV, "long.txt")
    with pytest.raises(InjectedFailure):  # the test suite's strict mode
        extractor.one(Document("long.txt", text, "long.txt"))
    monkeypatch.delenv(STRICT_ENV)
    failed = extractor.one(Document("long.txt", text, "long.txt"))
    assert failed.failed.startswith("InjectedFailure:")
    assert failed.doc == "long.txt" and failed.mentions == [] and failed.triples == []


def test_quiet_still_names_the_failing_document_and_nothing_else(corpus, tmp_path):
    # --quiet prints "nothing but errors": a document kg failed to extract is one
    run = build(corpus, tmp_path / "out", "--quiet")
    assert run.returncode == 0 and run.stdout == "", run.stdout
    assert f"extraction failed on document '{FAILING}' (InjectedFailure:" in " ".join(run.stderr.split())
    clean = build(corpus, tmp_path / "out2", "--quiet", fail=None)
    assert clean.stdout == "" and clean.stderr == "", clean.stderr
