"""Atomic writes: of one file (never truncated in place of the old one) and of the set of outputs
(staged, then swapped in, so a failed or killed build leaves the previous set whole).
"""

from __future__ import annotations

import glob
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator

from kg.errors import OutputError


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
        _fault(f"staged:{path.name}")
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


# --------------------------------------------------------------------------------------------
# The set of outputs: staged, then swapped in; checked and locked before a build parses anything
# --------------------------------------------------------------------------------------------

STAGING_DIRNAME = ".kg-staging"
LOCK_NAME = ".kg-lock"
_COMPLETE = "COMPLETE"  # written into the staging folder once every file in it is whole and synced
#: Environment variable naming a point of the write phase where the process kills itself
#: (SIGKILL): the fault-injection tests' hook. Points: ``staged:<file name>``, ``swapping``.
KILL_AT_ENV = "KG_TEST_KILL_AT"


#: Set in a forked writer (``kg.export._write_in_child``): a fault there kills the build, its parent, too.
IN_FORKED_WRITER = False


def _fault(point: str) -> None:
    if os.environ.get(KILL_AT_ENV) == point:
        import signal

        if IN_FORKED_WRITER:
            os.kill(os.getppid(), signal.SIGKILL)
        os.kill(os.getpid(), signal.SIGKILL)


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)


def check_output_dir(out: str | os.PathLike, names: Iterable[str]) -> None:
    """Fail fast, before any parsing, if ``out`` cannot take a new set of ``names``: it must be a
    folder (or creatable as one), writable, with room for at least the size of the set it holds."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise OutputError(f"output folder {out} is a file, not a folder")
    for parent in out.parents:
        if parent.exists():
            if not parent.is_dir():
                raise OutputError(f"cannot create output folder {out}: {parent} is a file")
            break
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".kg-probe-", dir=out)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OutputError(f"output folder {out} is not writable: {_why(exc)}") from None
    last = sum(p.stat().st_size for p in (out / n for n in names) if p.is_file())
    free = shutil.disk_usage(out).free
    if last > free:
        raise OutputError(f"not enough space in {out}: the last outputs took {last:,} bytes, "
                          f"{free:,} are free; the previous outputs are unchanged")


class OutputClaim:
    """Exclusive use of an output folder by one build: a lock file (``fcntl.flock``, released by
    the kernel even if the process is killed) plus the tidying a killed build left to do."""

    def __init__(self, out: str | os.PathLike, names: Iterable[str]) -> None:
        self.out = Path(out)
        self.names = list(names)
        self._fd: int | None = None

    def __enter__(self) -> OutputClaim:
        check_output_dir(self.out, self.names)
        lock = self.out / LOCK_NAME
        try:
            self._fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise OutputError(f"output folder {self.out} is not writable: {_why(exc)}") from None
        try:
            import fcntl

            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # pragma: no cover - not POSIX: no lock, as before
            pass
        except OSError:
            os.close(self._fd)
            self._fd = None
            raise OutputError(f"another kg build is writing to {self.out} (it holds {lock}); "
                              "wait for it to finish, or use another -o folder") from None
        recover(self.out, self.names)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._fd is not None:
            os.close(self._fd)  # releases the lock; the file stays (deleting it would race)
            self._fd = None


def recover(out: Path, names: Iterable[str]) -> None:
    """Finish or undo what a killed build left: a complete staged set is swapped in (the kill came
    mid-swap), an incomplete one deleted, and the outputs' stray temporary files removed."""
    staging = out / STAGING_DIRNAME
    if staging.is_dir():
        if (staging / _COMPLETE).is_file():
            _swap(staging, out)
        shutil.rmtree(staging, ignore_errors=True)
    for name in names:  # atomic_open's temporaries: ".graph.json.x1y2z3.tmp"
        for stray in out.glob(f".{glob.escape(name)}.*.tmp"):  # and a database's work folders
            if stray.is_dir() and not stray.is_symlink():
                shutil.rmtree(stray, ignore_errors=True)
            elif stray.is_file():
                stray.unlink(missing_ok=True)


def _swap(staging: Path, out: Path) -> None:
    names = (staging / _COMPLETE).read_text(encoding="utf-8").split("\n")
    for i, name in enumerate(n for n in names if n):
        if (staging / name).exists():
            _move_in(staging / name, out / name)
        if i == 0:
            _fault("swapping")
    _fsync_dir(out)


def _move_in(new: Path, target: Path) -> None:
    """Put one staged output in place. A file with the bytes already there is dropped, leaving the
    old one (and its mtime) untouched, so watchers, ``rsync`` and browser caches see no change. A
    folder (an embedded database may be one) cannot be renamed over a folder: the old one is
    renamed aside first and deleted after. An old database's write-ahead log and lock file
    (``graph.lbug.wal``, ``.lock``) go too: a new database must not replay an old log."""
    if new.is_file() and _same_bytes(str(new), target):
        new.unlink()
        return
    for side in (target.with_name(target.name + ".wal"), target.with_name(target.name + ".lock")):
        if side.is_file() and not (new.parent / side.name).exists():
            side.unlink(missing_ok=True)
    if target.is_dir() and not target.is_symlink():
        aside = target.with_name(f".{target.name}.old.tmp")
        shutil.rmtree(aside, ignore_errors=True)
        os.replace(target, aside)
        os.replace(new, target)
        shutil.rmtree(aside, ignore_errors=True)
    else:
        if new.is_dir() and target.is_file():
            target.unlink()
        os.replace(new, target)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def staged_set(out: str | os.PathLike) -> Iterator[Path]:
    """Yield a staging folder next to the outputs; once the body has written the whole set there,
    swap it in. A reader sees the old set or the new one: the swap starts only when every new file
    is complete and synced, and a kill during it is completed by the next build (``recover``).
    On an error nothing is swapped, the staging folder goes, and ``OutputError`` says so in one line."""
    out = Path(out)
    staging = out / STAGING_DIRNAME
    try:
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
    except OSError as exc:
        raise OutputError(f"cannot write the outputs to {out}: {_why(exc)}; "
                          "the previous outputs are unchanged") from None
    try:
        yield staging
        names = sorted(p.name for p in staging.iterdir())
        write_text_atomic(staging / _COMPLETE, "\n".join(names) + "\n")
        _fsync_dir(staging)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise OutputError(f"cannot write the outputs to {out}: {_why(exc)}; "
                          "the previous outputs are unchanged") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _swap(staging, out)
    shutil.rmtree(staging, ignore_errors=True)
