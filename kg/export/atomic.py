"""Atomic file writes: an interrupted build never leaves a truncated file in place of the old one."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator


@contextmanager
def atomic_open(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8",
                newline: str | None = None) -> Iterator[IO]:
    """Write to a temporary file next to ``path`` and rename it over ``path`` on success, unless
    ``path`` already holds the same bytes (then it is left as it was)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else encoding,
                       newline=None if "b" in mode else newline) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if _same_bytes(tmp, path):  # unchanged output: keep the old file (and its mtime) untouched
            os.unlink(tmp)
            return
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _same_bytes(new: str, old: Path) -> bool:
    """True if ``old`` exists and holds exactly the bytes of ``new``: then a rebuild that changed
    nothing in this output leaves it alone, so file watchers, ``rsync`` and browser caches see no
    change. Sizes are compared first; the contents only when they match."""
    try:
        if os.path.getsize(new) != old.stat().st_size or not old.is_file():
            return False
        import filecmp

        return filecmp.cmp(new, old, shallow=False)
    except OSError:
        return False


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomic(path: str | os.PathLike, text: str) -> Path:
    with atomic_open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    return Path(path)
