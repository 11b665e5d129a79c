"""``kg build --watch``: which changes count, a real file watcher, and the command end to end."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kg.ingest import count_documents, iter_documents
from kg.watch import Watcher, WatchPlan, describe


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "a.txt").write_text("Microsoft bought GitHub.", encoding="utf-8")
    (docs / "sub" / "b.md").write_text("# B\n\nApple bought Beats.", encoding="utf-8")
    (tmp_path / "corpus.jsonl").write_text('{"id": "x", "text": "Intel bought Altera."}\n', encoding="utf-8")
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "mine.yaml").write_text("", encoding="utf-8")
    return tmp_path


def test_plan_wants_only_what_the_build_reads(tree: Path):
    plan = WatchPlan.of([tree / "docs", tree / "corpus.jsonl"], [tree / "packs" / "mine.yaml"],
                        output_dir=tree / "docs" / "out")
    assert plan.wants(tree / "docs" / "a.txt")
    assert plan.wants(tree / "docs" / "sub" / "new.html")  # a new document deep in a folder
    assert plan.wants(tree / "docs" / "aliases.yaml")  # a folder pack, at the folder's root only
    assert not plan.wants(tree / "docs" / "sub" / "aliases.yaml")
    assert not plan.wants(tree / "docs" / "notes.py")
    assert not plan.wants(tree / "docs" / ".hidden" / "c.txt")
    assert not plan.wants(tree / "docs" / "out" / "graph.html")  # the build's own output
    assert plan.wants(tree / "corpus.jsonl")
    assert not plan.wants(tree / "other.jsonl")  # next to a file source, but not named
    assert plan.wants(tree / "packs" / "mine.yaml")


def test_single_files_are_watched_through_their_folder(tree: Path):
    plan = WatchPlan.of([tree / "docs", tree / "docs" / "a.txt", tree / "corpus.jsonl"])
    assert plan.roots() == [(tree / "docs").resolve(), tree.resolve()]


def test_describe_shortens_long_lists():
    assert describe([Path("a.txt")]) == "a.txt"
    assert describe([Path(f"{i}.txt") for i in range(5)]) == "0.txt, 1.txt, 2.txt and 2 more"


def test_output_folder_inside_a_source_folder_is_not_read(tree: Path):
    out = tree / "docs" / "out"
    out.mkdir()
    (out / "graph.html").write_text("<html><body>an earlier build's page</body></html>", encoding="utf-8")
    assert count_documents([tree / "docs"]) == 3
    assert count_documents([tree / "docs"], exclude=[out]) == 2
    ids = [d.id for d in iter_documents([tree / "docs"], exclude=[out])]
    assert ids == ["a.txt", "sub/b.md"]


def test_watcher_reports_a_saved_document_and_ignores_the_output(tree: Path):
    plan = WatchPlan.of([tree / "docs"], output_dir=tree / "docs" / "out")
    (tree / "docs" / "out").mkdir()
    with Watcher(plan, step_ms=50) as watcher:
        time.sleep(0.5)  # the watcher thread is up
        (tree / "docs" / "out" / "graph.json").write_text("{}", encoding="utf-8")
        (tree / "docs" / "notes.py").write_text("x = 1", encoding="utf-8")
        assert watcher.wait(timeout=1.5) is None
        (tree / "docs" / "c.txt").write_text("Intel bought Altera.", encoding="utf-8")
        (tree / "docs" / "a.txt").unlink()
        changed = watcher.wait(timeout=10)
    assert changed is not None
    assert {p.name for p in changed} == {"c.txt", "a.txt"}


def _read_lines(stream, lines: list[str]) -> None:
    for line in stream:
        lines.append(line)


def _wait_for(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def _start_watch(docs: Path, out: Path, *extra: str) -> subprocess.Popen:
    # SIGINT back to its default: a parent started in the background (nohup, '&') passes it on ignored
    return subprocess.Popen([sys.executable, "-m", "kg", "build", str(docs), "-o", str(out), "--watch", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


@pytest.mark.slow
def test_build_watch_rebuilds_on_change_and_stops_on_ctrl_c(tree: Path):
    docs, out = tree / "docs", tree / "docs" / "out"  # output inside the watched folder
    proc = _start_watch(docs, out)
    stdout: list[str] = []
    stderr: list[str] = []
    readers = [threading.Thread(target=_read_lines, args=(s, lines), daemon=True)
               for s, lines in ((proc.stdout, stdout), (proc.stderr, stderr))]
    for r in readers:
        r.start()
    try:
        assert _wait_for(lambda: any("Watching" in line for line in stderr), 120), "".join(stderr)
        assert "from 2 document(s)" in "".join(stdout)
        time.sleep(0.3)  # let the first build's own writes settle: they must not trigger a rebuild
        assert not any("changed" in line for line in stderr), "".join(stderr)

        (docs / "c.txt").write_text("Satya Nadella is the chief executive of Microsoft.", encoding="utf-8")

        def rebuilt() -> bool:
            graph = out / "graph.json"
            return graph.exists() and "Satya Nadella" in graph.read_text(encoding="utf-8")

        assert _wait_for(rebuilt, 60), "".join(stderr)
        assert _wait_for(lambda: sum("Built graph" in line for line in stdout) == 2, 10)
        summary = [line for line in stdout if "Built graph" in line][-1]  # more lines may follow it
        assert "from 3 document(s)" in summary and "2 from cache" in summary
        labels = {n["label"] for n in json.loads((out / "graph.json").read_text(encoding="utf-8"))["nodes"]}
        assert {"Microsoft", "GitHub", "Satya Nadella"} <= labels

        (docs / "aliases.yaml").write_text("[this is not: a pack", encoding="utf-8")  # half-edited
        assert _wait_for(lambda: any("still watching" in line for line in stderr), 60), "".join(stderr)
        assert proc.poll() is None  # a failed rebuild does not end the watch
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
        for r in readers:
            r.join(timeout=5)
    assert proc.returncode == 0, "".join(stderr)
    assert "Stopped watching." in "".join(stderr)
    assert sum("Built graph" in line for line in stdout) == 2


@pytest.mark.slow
def test_build_watch_stops_cleanly_on_sigterm(tree: Path):
    proc = _start_watch(tree / "docs", tree / "out")
    try:
        stderr: list[str] = []
        reader = threading.Thread(target=_read_lines, args=(proc.stderr, stderr), daemon=True)
        reader.start()
        assert _wait_for(lambda: any("Watching" in line for line in stderr), 120), "".join(stderr)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    reader.join(timeout=5)
    assert proc.returncode == 0
    assert "Stopped watching." in "".join(stderr)
