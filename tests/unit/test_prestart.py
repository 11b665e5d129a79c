"""``kg.engines.prestart.touched``: the guess that starts a rebuild's parse child early."""

from __future__ import annotations

import os
import time
from pathlib import Path

from kg.engines.prestart import STAMP, touched


def _built(src: Path, out: Path) -> int:
    """A finished earlier build into ``out``: its cache and its start stamp, after every source."""
    (out / ".kg-cache").mkdir(parents=True)
    (out / ".kg-cache" / "results.sqlite").write_bytes(b"")
    start = time.time_ns()
    for path in [src, *src.rglob("*")]:
        os.utime(path, ns=(start - 10**9, start - 10**9))
    (out / ".kg-cache" / STAMP).touch()
    os.utime(out / ".kg-cache" / STAMP, ns=(start, start))
    return start


def test_a_changed_added_or_deleted_file_is_seen_and_the_output_folder_is_not(tmp_path):
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "a.txt").write_text("A.", encoding="utf-8")
    (src / "b.txt").write_text("B.", encoding="utf-8")
    out = src / "out"  # the output folder inside the sources: its own writes do not count
    start = _built(src, out)
    (out / "graph.json").write_text("{}", encoding="utf-8")
    os.utime(out, ns=(start + 10**9, start + 10**9))
    assert not touched([src], out)
    assert not touched([src / "b.txt"], out)
    os.utime(src / "sub" / "a.txt", ns=(start + 10**9, start + 10**9))  # saved after the build started
    assert touched([src], out) and not touched([src / "b.txt"], out)
    (out / ".kg-cache").rename(tmp_path / "old-cache")
    _built(src, out)  # a new build: nothing newer than its start
    (src / "b.txt").unlink()  # a deletion changes the folder's time
    assert touched([src], out)


def test_no_stamp_or_no_cache_means_no_guess(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("A.", encoding="utf-8")
    out = tmp_path / "out"
    assert not touched([src], out)  # never built
    _built(src, out)
    (out / ".kg-cache" / "results.sqlite").unlink()  # --no-cache since, or the cache cleared
    os.utime(src / "a.txt")
    assert not touched([src], out)
