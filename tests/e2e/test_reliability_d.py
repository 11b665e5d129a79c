"""Reliability audit, section D: faults while writing, the cache's integrity, concurrent builds.

Fault injection: a SIGKILL at a hook point of the write phase (a real subprocess), a full disk
(a small tmpfs when running as root, and always a write patched to raise ENOSPC), a read-only
output folder. Each must leave the previous set of outputs intact and say so in one line.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import LEE_CORPUS
from typer.testing import CliRunner

from kg.cli import app
from kg.export.atomic import KILL_AT_ENV, LOCK_NAME, STAGING_DIRNAME, OutputClaim

runner = CliRunner()
OUTPUTS = ("graph.json", "graph.graphml", "graph.gexf", "triples.csv", "graph.html")


def digests(out: Path) -> dict[str, str]:
    return {n: hashlib.sha256((out / n).read_bytes()).hexdigest() for n in OUTPUTS}


def kg(*args: str):
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def corpora(tmp_path: Path) -> tuple[Path, Path]:
    """Two corpora whose graphs differ: the old build and the new one."""
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    (old / "a.txt").write_text("Apple bought Beats in 2014.\n", encoding="utf-8")
    (new / "a.txt").write_text("Apple bought Beats in 2014.\n", encoding="utf-8")
    (new / "b.txt").write_text("Microsoft bought GitHub in 2018. Satya Nadella praised it.\n", encoding="utf-8")
    return old, new


def built(src: Path, out: Path, *extra: str) -> dict[str, str]:
    result = kg("build", str(src), "-o", str(out), "-q", *extra)
    assert result.exit_code == 0, result.output
    return digests(out)


def killed_build(src: Path, out: Path, point: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, **{KILL_AT_ENV: point})
    return subprocess.run([sys.executable, "-m", "kg", "build", str(src), "-o", str(out), "-q"],
                          env=env, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize("point", ["staged:graph.json", "staged:graph.gexf", "staged:graph.html"])
def test_d4_d5_sigkill_while_staging_leaves_the_previous_set(corpora, tmp_path, point):
    old, new = corpora
    out = tmp_path / "out"
    before = built(old, out)
    run = killed_build(new, out, point)
    assert run.returncode == -9, run.stderr
    assert digests(out) == before  # every file from the previous build
    assert (out / STAGING_DIRNAME).is_dir()  # the half-written set, out of the way
    # D6: the next build tidies up and writes the new set
    after = built(new, out)
    assert after == built(new, tmp_path / "clean")
    assert not (out / STAGING_DIRNAME).exists()
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_sigkill_mid_swap_is_completed_before_the_next_build_reads_anything(corpora, tmp_path):
    old, new = corpora
    out = tmp_path / "out"
    built(old, out)
    run = killed_build(new, out, "swapping")
    assert run.returncode == -9, run.stderr
    assert (out / STAGING_DIRNAME).is_dir()
    empty = tmp_path / "empty"
    empty.mkdir()
    result = kg("build", str(empty), "-o", str(out))  # fails (no documents) after claiming the folder
    assert result.exit_code == 1
    assert digests(out) == built(new, tmp_path / "clean")  # the killed build's set, whole
    assert not (out / STAGING_DIRNAME).exists()


def test_the_database_is_replaced_with_the_set(corpora, tmp_path):
    """graph.lbug (the "db" output) is staged like the files: a build killed while staging leaves
    the previous database, and the next build swaps in one that holds the new documents."""
    from kg.db import cypher

    old, new = corpora
    out = tmp_path / "out"
    built(old, out)
    db_before = hashlib.sha256((out / "graph.lbug").read_bytes()).hexdigest()
    run = killed_build(new, out, "staged:graph.html")  # the database is written after the page
    assert run.returncode == -9, run.stderr
    assert hashlib.sha256((out / "graph.lbug").read_bytes()).hexdigest() == db_before
    assert cypher(out, "MATCH (d:Document) RETURN count(d) AS n")[0]["n"] == 1
    built(new, out)
    assert cypher(out, "MATCH (d:Document) RETURN count(d) AS n")[0]["n"] == 2
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp") or p.name == STAGING_DIRNAME]


def test_a_staged_folder_replaces_an_output_folder(tmp_path):
    """An output written as a folder (an embedded database may be one) cannot be renamed over a
    folder: the swap moves the old one aside, and a rebuild with the same bytes keeps a file."""
    from kg.export.atomic import staged_set

    out = tmp_path / "out"
    (out / "graph.lbug").mkdir(parents=True)
    (out / "graph.lbug" / "old.bin").write_bytes(b"old")
    (out / "graph.json").write_text("{}", encoding="utf-8")
    mtime = (out / "graph.json").stat().st_mtime_ns
    with staged_set(out) as staging:
        (staging / "graph.lbug").mkdir()
        (staging / "graph.lbug" / "new.bin").write_bytes(b"new")
        (staging / "graph.json").write_text("{}", encoding="utf-8")
    assert sorted(p.name for p in (out / "graph.lbug").iterdir()) == ["new.bin"]
    assert (out / "graph.json").stat().st_mtime_ns == mtime  # same bytes: left untouched
    assert sorted(p.name for p in out.iterdir()) == ["graph.json", "graph.lbug"]


def test_d6_stale_temp_files_are_removed(corpora, tmp_path):
    old, _ = corpora
    out = tmp_path / "out"
    built(old, out)
    (out / ".graph.json.9h90esgo.tmp").write_text("half", encoding="utf-8")
    (out / ".graph.html.63lo54oh.tmp").write_bytes(b"")
    (out / STAGING_DIRNAME).mkdir()
    (out / STAGING_DIRNAME / "graph.json").write_text("{", encoding="utf-8")
    (out / ".notes.tmp").write_text("the user's", encoding="utf-8")  # not kg's: kept
    built(old, out)
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == \
        [".kg-cache", LOCK_NAME, ".notes.tmp"]


def test_a37_disk_full_while_writing_keeps_the_previous_set(corpora, tmp_path, monkeypatch):
    """ENOSPC from the last writer (patched: works without root)."""
    import kg.export.html as html

    old, new = corpora
    out = tmp_path / "out"
    before = built(old, out)

    def full(path, *args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(html, "atomic_open", full)  # the page is written piece by piece through it
    result = kg("build", str(new), "-o", str(out))
    assert result.exit_code == 1
    assert result.output.count("kg: error:") == 1
    assert "No space left on device; the previous outputs are unchanged" in result.output
    assert digests(out) == before
    assert not (out / STAGING_DIRNAME).exists()


@pytest.fixture
def tmpfs(tmp_path: Path):
    """Mount a small tmpfs (root only); yields a function (size, read_only) -> mount point."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    mounts: list[Path] = []

    def mount(size: str) -> Path:
        point = tmp_path / f"mnt{len(mounts)}"
        point.mkdir()
        run = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
                             capture_output=True, text=True)
        if run.returncode:
            pytest.skip(f"cannot mount a tmpfs here: {run.stderr.strip()}")
        mounts.append(point)
        return point

    yield mount
    for point in mounts:
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


@pytest.mark.skipif(not LEE_CORPUS.is_file(), reason="needs the Lee ABC stories (bench/bench_corpus.py caches them)")
def test_a37_real_full_disk_keeps_the_previous_set(corpora, tmp_path, tmpfs):
    old, _ = corpora
    big = tmp_path / "big"
    big.mkdir()
    stories = [line for line in LEE_CORPUS.read_text(encoding="utf-8").split("\n") if line.strip()]
    for i, story in enumerate(stories[:40], 1):
        (big / f"abc_{i:03d}.txt").write_text(story + "\n", encoding="utf-8")
    out = tmpfs("2500k")  # the old set (graph.lbug too) fits, the new one does not
    before = built(old, out, "--no-cache")
    result = kg("build", str(big), "-o", str(out), "--no-cache")
    assert result.exit_code == 1, result.output
    assert result.output.count("kg: error:") == 1 and "the previous outputs are unchanged" in result.output
    assert "No space left on device" in result.output or "not enough space" in result.output
    assert digests(out) == before
    assert not (out / STAGING_DIRNAME).exists()


def test_a35_a36_read_only_output_folder(corpora, tmp_path, tmpfs):
    old, new = corpora
    out = tmpfs("20m")
    before = built(old, out)
    cache = out / ".kg-cache" / "results.sqlite"
    cache_before = cache.read_bytes()
    subprocess.run(["mount", "-o", "remount,ro", str(out)], check=True)
    result = kg("build", str(new), "-o", str(out))
    assert result.exit_code == 1
    assert result.output.count("kg: error:") == 1
    assert f"output folder {out} is not writable: Read-only file system" in result.output
    assert "damaged" not in result.output
    assert digests(out) == before and cache.read_bytes() == cache_before


def test_a35_read_only_without_root(corpora, tmp_path, monkeypatch):
    """The same check when the file system cannot be remounted: creating a file fails with EROFS."""
    import tempfile

    old, new = corpora
    out = tmp_path / "out"
    before = built(old, out)

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    result = kg("build", str(new), "-o", str(out))
    assert result.exit_code == 1
    assert "is not writable: Read-only file system" in result.output
    assert digests(out) == before


def test_d19_edited_but_valid_cache_entry_is_not_served(corpora, tmp_path):
    _, new = corpora
    out = tmp_path / "out"
    clean = built(new, out)
    with sqlite3.connect(out / ".kg-cache" / "results.sqlite") as db:
        key, data = db.execute("SELECT key, data FROM results WHERE doc = 'b.txt'").fetchone()
        db.execute("UPDATE results SET data = ? WHERE key = ?", (data.replace("GitHub", "GitHab"), key))
    # with the record of the last build in place nothing changed, so the build keeps its outputs
    # without reading the cache (kg/unchanged.py); without it the cache is read, and must refuse b.txt
    (out / ".kg-cache" / "last-outputs.json").unlink()
    result = kg("build", str(new), "-o", str(out))
    assert result.exit_code == 0
    assert "1 from cache" in result.stdout  # a.txt served, b.txt recomputed
    assert digests(out) == clean


def test_d21_d22_a_second_concurrent_build_stops_with_a_message(corpora, tmp_path):
    old, new = corpora
    out = tmp_path / "out"
    before = built(old, out)
    with OutputClaim(out, OUTPUTS):  # another build holds the folder
        result = kg("build", str(new), "-o", str(out))
    assert result.exit_code == 1
    assert f"another kg build is writing to {out}" in result.output
    assert digests(out) == before
    built(new, out)  # free again once the first build is over
