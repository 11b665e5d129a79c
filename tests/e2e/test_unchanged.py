"""A rebuild that changes nothing stops once its documents are read (``kg.unchanged``), and every
change that could alter an output makes it build in full: the outputs are always the bytes of a
build from scratch."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import kg
import kg.api
from kg.cache import CACHE_DIRNAME
from kg.unchanged import RECORD

from conftest import append_to_document, split_seed_corpus

OUTPUTS = ("graph.json", "graph.graphml", "graph.gexf", "triples.csv", "graph.html")


def _stamps(out: Path) -> dict[str, tuple[int, int]]:
    return {name: (os.stat(out / name).st_ino, os.stat(out / name).st_mtime_ns)
            for name in OUTPUTS + ("graph.lbug",)}


@pytest.fixture()
def corpus(tmp_path):
    """The seed story cut into documents, built once into ``out`` (a first build: no record yet)."""
    src = split_seed_corpus(tmp_path / "src")
    out = tmp_path / "out"
    kg.build([str(src)], output_dir=out, keep_unchanged=True)
    assert (out / CACHE_DIRNAME / RECORD).is_file()
    return src, out


def _counting(monkeypatch) -> list[int]:
    """Count the builds that get as far as resolution and the graph."""
    calls: list[int] = []
    real = kg.api.graph_from_results

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(kg.api, "graph_from_results", counted)
    return calls


def _assert_full(src: Path, out: Path, full: Path, **options) -> None:
    kg.build([str(src)], output_dir=full, cache=False, **options)
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (full / name).read_bytes(), name


def test_nothing_changed_stops_before_resolution_and_keeps_every_file(corpus, monkeypatch):
    src, out = corpus
    before = _stamps(out)
    full = kg.load(out)
    calls = _counting(monkeypatch)
    heard: list[str] = []
    result = kg.build([str(src)], output_dir=out, keep_unchanged=True, on_document=lambda r: heard.append(r.doc))
    assert calls == [] and _stamps(out) == before
    assert result.documents == result.cached == len(heard) == len(src.joinpath("docs.jsonl").read_text().splitlines())
    assert (result.entities, result.relations) == (full.number_of_nodes(), full.number_of_edges())
    assert set(result.outputs) == {"json", "graphml", "gexf", "csv", "html", "db"}
    kg.build([str(src)], output_dir=out)  # the cache kept every entry: nothing parsed, outputs the same
    after = _stamps(out)
    assert {n: after[n] for n in OUTPUTS} == {n: before[n] for n in OUTPUTS}  # the database has a new random id
    assert calls == [1]  # without keep_unchanged (the API's default) it builds


def _edit_document(src: Path, _out: Path) -> dict:
    append_to_document(src, 2)
    return {}


def _delete_document(src: Path, _out: Path) -> dict:
    docs = src / "docs.jsonl"
    lines = docs.read_text(encoding="utf-8").splitlines()
    docs.write_text("\n".join(lines[:4] + lines[5:]) + "\n", encoding="utf-8")
    return {}


def _edit_output(_src: Path, out: Path) -> dict:
    csv = out / "triples.csv"
    data = csv.read_bytes()
    csv.write_bytes(data[:-2] + (b"X" if data[-2:-1] != b"X" else b"Y") + data[-1:])  # same size
    return {}


def _remove_output(_src: Path, out: Path) -> dict:
    (out / "graph.gexf").unlink()
    return {}


def _new_title(_src: Path, _out: Path) -> dict:
    return {"title": "Another title"}




@pytest.mark.parametrize("change", [_edit_document, _delete_document, _edit_output, _remove_output, _new_title])
def test_a_change_that_can_alter_an_output_builds_in_full(corpus, monkeypatch, tmp_path, change):
    src, out = corpus
    options = change(src, out)
    calls = _counting(monkeypatch)
    kg.build([str(src)], output_dir=out, keep_unchanged=True, **options)
    assert calls == [1]
    _assert_full(src, out, tmp_path / "full", **options)
    del calls[:]
    kg.build([str(src)], output_dir=out, keep_unchanged=True, **options)  # and then nothing changed
    assert calls == []


def test_changed_code_or_libraries_build_in_full(corpus, monkeypatch):
    """The record keeps the stamp of every file of the kg package and of the libraries' folders."""
    import kg.cache
    import kg.unchanged

    src, out = corpus
    calls = _counting(monkeypatch)
    real = kg.cache._tree_stamp
    monkeypatch.setattr(kg.cache, "_tree_stamp", lambda root, module: real(root, module) + "-edited")
    kg.build([str(src)], output_dir=out, keep_unchanged=True)
    assert calls == [1]
    monkeypatch.setattr(kg.cache, "_tree_stamp", real)
    monkeypatch.setattr(kg.unchanged.sys, "path", [*sys.path, str(out / "site-packages")])
    (out / "site-packages").mkdir()
    kg.build([str(src)], output_dir=out, keep_unchanged=True)
    assert calls == [1, 1]


def test_a_failed_build_leaves_no_record(corpus, monkeypatch):
    src, out = corpus
    _edit_document(src, out)

    def fails(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kg.api, "write_outputs", fails)
    with pytest.raises(OSError):
        kg.build([str(src)], output_dir=out, keep_unchanged=True)
    assert not (out / CACHE_DIRNAME / RECORD).exists()


def test_kg_build_keeps_unchanged_outputs_in_a_fresh_process(tmp_path):
    """The command line takes the shortcut (no resolution memo written), and not with --png."""
    src = split_seed_corpus(tmp_path / "src")
    out = tmp_path / "out"

    def run(*extra: str) -> None:
        done = subprocess.run([sys.executable, "-m", "kg", "build", str(src), "-o", str(out), "-q", *extra],
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr

    run()
    memo = out / CACHE_DIRNAME / "resolution.marshal"
    before, stamp = _stamps(out), memo.stat().st_mtime_ns
    run()
    assert _stamps(out) == before and memo.stat().st_mtime_ns == stamp
    run("--png")
    assert memo.stat().st_mtime_ns != stamp and (out / "graph.png").is_file()


KEPT_SCRIPT = """
import sys, kg
result = kg.build([sys.argv[1]], output_dir=sys.argv[2], keep_unchanged=True)
print("networkx" in sys.modules, "spacy" in sys.modules, result.cached == result.documents)
print(result.entities > 0, "networkx" in sys.modules)
"""


def test_a_kept_build_imports_neither_networkx_nor_spacy_until_its_graph_is_asked_for(corpus):
    """What a build that keeps its outputs does not need, it does not import (``kg.api._LAZY``)."""
    src, out = corpus
    done = subprocess.run([sys.executable, "-c", KEPT_SCRIPT, str(src), str(out)], capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "False", "True", "True", "True"]
