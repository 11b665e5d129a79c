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


def test_a_deletion_alone_starts_nothing_when_the_stamp_lists_the_last_builds_files(tmp_path):
    """The stamp lists the files the last build saw: a deleted file changes only its folder's
    time and needs no parse child; a file the last build did not see does, whatever its time
    (copied with ``cp -p``, renamed); a stamp without the list keeps the folder rule."""
    from kg.engines import prestart

    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    for name in ("a.txt", "b.txt", "sub/c.txt"):
        (src / name).write_text(name, encoding="utf-8")
    out = tmp_path / "out"
    start = _built(src, out)
    changed, files = prestart.scan([src], out)
    assert not changed and files == sorted(os.path.abspath(src / n) for n in ("a.txt", "b.txt", "sub/c.txt"))
    prestart._SEEN = files
    prestart.end(out, start, True)  # the stamp: the build's start, the files it saw
    assert (out / ".kg-cache" / STAMP).stat().st_mtime_ns == start and prestart._SEEN is None
    assert not touched([src], out)
    (src / "sub" / "c.txt").unlink()
    (src / "b.txt").unlink()
    os.utime(src, ns=(start + 10**9, start + 10**9))  # the folders' times move on a deletion
    os.utime(src / "sub", ns=(start + 10**9, start + 10**9))
    assert not touched([src], out)
    (src / "d.txt").write_text("D.", encoding="utf-8")
    os.utime(src / "d.txt", ns=(start - 10**9, start - 10**9))  # added with an old time
    assert touched([src], out)
    (src / "d.txt").unlink()
    os.utime(src / "a.txt", ns=(start + 10**9, start + 10**9))  # and a modified file, as always
    assert touched([src], out)
    os.utime(src / "a.txt", ns=(start - 10**9, start - 10**9))
    assert not touched([src], out)
    (out / ".kg-cache" / STAMP).write_bytes(b"")  # a stamp from before the list: a folder's time counts
    os.utime(out / ".kg-cache" / STAMP, ns=(start, start))
    assert touched([src], out)


def test_begin_records_the_files_and_a_build_without_cache_records_none(tmp_path):
    from kg.engines import prestart

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("A.", encoding="utf-8")
    out = tmp_path / "out"
    prestart.begin([src], {"output_dir": out})  # a first build: no stamp, no child
    assert prestart._SEEN == [os.path.abspath(src / "a.txt")]
    prestart.begin([src], {"output_dir": out, "cache": False})
    assert prestart._SEEN is None
