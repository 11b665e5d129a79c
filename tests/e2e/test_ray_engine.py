"""``--engine ray``: the same bytes as a local build, failed documents reported alike, killed actors retried.

Ray is an optional extra (``pip install -e ".[ray]"``, about 240 MB), not part of ``.[test]``:
without it these tests skip with that notice, except the one that checks ``--engine ray`` then
says how to install it. They share one local Ray runtime (2 CPUs) started once for the module.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg
from kg.cli import app

from conftest import SEEDS, split_seed_corpus

OUTPUTS = ("graph.json", "graph.graphml", "graph.gexf", "triples.csv", "graph.html")


def _same_outputs(a: Path, b: Path) -> None:
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_ray_engine_without_ray_says_how_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # what an environment without the extra sees
    result = CliRunner().invoke(app, ["build", str(SEEDS), "-o", str(tmp_path), "--engine", "ray"])
    assert result.exit_code == 1
    assert 'pip install "kg-builder[ray]"' in result.output
    assert not (tmp_path / "graph.json").exists()


try:
    import ray
except ImportError:  # the optional extra is not installed
    ray = None
needs_ray = pytest.mark.skipif(
    ray is None, reason='Ray is an optional extra: pip install -e ".[ray]" to run the Ray tests')


@pytest.fixture(scope="module")
def ray_runtime():
    """One local Ray runtime for the module (kg uses a runtime it finds running and leaves it up)."""
    import logging

    from kg.extract import FAIL_DOC_ENV, STRICT_ENV

    # The actors see the failure hook only through the job's environment (not this process's);
    # they extract as a user's do, a failing document failed alone (not the suite's strict mode).
    ray.init(num_cpus=2, include_dashboard=False, logging_level=logging.WARNING, log_to_driver=False,
             runtime_env={"env_vars": {FAIL_DOC_ENV: FAILING_DOC, STRICT_ENV: ""}})
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return split_seed_corpus(tmp_path_factory.mktemp("ray_corpus"))


@pytest.fixture(scope="module")
def local_build(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("local_out")
    result = kg.build([str(corpus)], output_dir=out, cache=False)
    return out, result


@needs_ray
def test_ray_build_is_byte_identical_to_local(ray_runtime, corpus, local_build, tmp_path):
    local_out, local = local_build
    result = kg.build([str(corpus)], output_dir=tmp_path, engine="ray", jobs=2, batch_size=4)
    assert result.documents == local.documents > 10
    _same_outputs(local_out, tmp_path)
    again = kg.build([str(corpus)], output_dir=tmp_path, engine="ray", jobs=2, batch_size=4)
    assert again.cached == local.documents  # the cache was written after: nothing goes to Ray
    _same_outputs(local_out, tmp_path)


#: The document whose extraction raises (``$KG_TEST_FAIL_DOC``): no text fails extraction on its
#: own any more (a text over spaCy's ``nlp.max_length``, this test's first fault, is parsed in pieces).
FAILING_DOC = "b.txt"


def _failing_corpus(folder: Path) -> Path:
    """Three documents; the second one's extraction raises in whichever process parses it."""
    folder.mkdir()
    (folder / "a.txt").write_text("Alice Smith works for Acme Corp in Paris.\n", encoding="utf-8")
    (folder / FAILING_DOC).write_text("Bob Jones lives in Berlin.\n", encoding="utf-8")
    (folder / "c.txt").write_text("Carol White founded Globex in Rome.\n", encoding="utf-8")
    return folder


@needs_ray
def test_one_document_failure_is_reported_as_locally(ray_runtime, tmp_path, monkeypatch):
    """The failing document is skipped and reported alike; the rest gives the same bytes."""
    from kg.extract import FAIL_DOC_ENV, STRICT_ENV

    src = _failing_corpus(tmp_path / "src")
    monkeypatch.setenv(FAIL_DOC_ENV, FAILING_DOC)
    monkeypatch.delenv(STRICT_ENV, raising=False)
    local = kg.build([str(src)], output_dir=tmp_path / "local", engine="local")
    remote = kg.build([str(src)], output_dir=tmp_path / "ray", engine="ray", jobs=1, batch_size=8)
    assert [s.document for s in local.skipped] == [s.document for s in remote.skipped] == [FAILING_DOC]
    assert [s.reason for s in remote.skipped] == [s.reason for s in local.skipped]
    assert "InjectedFailure" in remote.skipped[0].reason
    assert local.documents == remote.documents == 2
    _same_outputs(tmp_path / "local", tmp_path / "ray")


def _kill_one_busy_actor() -> int | None:
    """SIGKILL one Ray Data actor process (``ray::_MapWorker…``) that is running a batch."""
    import psutil

    for proc in psutil.process_iter(["pid", "cmdline"]):
        title = " ".join(proc.info["cmdline"] or [])
        if title.startswith("ray::") and "MapWorker" in title and "submit" in title:
            os.kill(proc.info["pid"], signal.SIGKILL)
            return proc.info["pid"]
    return None


@needs_ray
def test_killed_actor_has_its_documents_retried_once(ray_runtime, corpus, local_build, tmp_path):
    local_out, local = local_build
    killed: list[int] = []
    seen: list[str] = []

    def on_document(result) -> None:
        seen.append(result.doc)
        if not killed:  # the first result is back: other batches are in flight
            pid = _kill_one_busy_actor()
            if pid:
                killed.append(pid)

    result = kg.build([str(corpus)], output_dir=tmp_path, engine="ray", jobs=2, batch_size=2, cache=False,
                      on_document=on_document)
    assert killed, "no busy actor process was found to kill"
    assert len(seen) == len(set(seen)) == local.documents == result.documents  # none lost, none twice
    _same_outputs(local_out, tmp_path)
