"""Watching the sources of a build: which file changes call for a rebuild (``kg build --watch``).

A watching process stays up, so spaCy and the model load once; with the per-document cache a
rebuild then re-parses only the documents that changed. In a fresh process, importing spaCy and
loading the model alone take about 2 s, most of an incremental rebuild of a few hundred documents.
"""

from __future__ import annotations

import os
import queue
import signal
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kg.ingest import SUFFIXES

#: File names of folder-level alias packs (see ``kg.aliases.discover_packs``).
PACK_NAMES = frozenset({"aliases.yaml", "aliases.yml"})


@dataclass(frozen=True)
class WatchPlan:
    """What to watch: source folders (recursively), single files, and a folder to ignore."""

    folders: tuple[Path, ...]
    files: frozenset[Path]
    ignore: Path | None = None

    @classmethod
    def of(cls, sources: Iterable[str | os.PathLike], packs: Iterable[str | os.PathLike] = (),
           output_dir: str | os.PathLike | None = None) -> WatchPlan:
        folders: list[Path] = []
        files: set[Path] = set()
        for p in [*sources, *packs]:
            path = Path(p).resolve()
            if path.is_dir():
                folders.append(path)
            else:
                files.add(path)
        return cls(tuple(dict.fromkeys(folders)), frozenset(files),
                   Path(output_dir).resolve() if output_dir is not None else None)

    def roots(self) -> list[Path]:
        """Folders to hand the watcher. A single file is watched through its folder: editors save by
        writing a new file and renaming it over the old one, and a watch on the old file ends there."""
        roots = list(self.folders)
        for f in sorted(self.files):
            if f.parent not in roots and not any(f.is_relative_to(r) for r in self.folders):
                roots.append(f.parent)
        return roots

    def wants(self, path: str | os.PathLike) -> bool:
        """Would a change to ``path`` change the build? Only files the build reads count: documents
        with a known suffix and folder alias packs (hidden ones skipped, as the build skips them),
        the named files, and never anything in the output folder (the build's own writes)."""
        p = Path(path)
        if not p.is_absolute():
            p = p.resolve()
        if self.ignore is not None and p.is_relative_to(self.ignore):
            return False
        if p in self.files:
            return True
        for folder in self.folders:
            if p.is_relative_to(folder):
                rel = p.relative_to(folder)
                if any(part.startswith(".") for part in rel.parts):
                    return False
                return p.suffix.lower() in SUFFIXES or (len(rel.parts) == 1 and p.name in PACK_NAMES)
        return False


class Watcher:
    """Collects relevant changes on a background thread from the moment it is entered, so a file
    saved while a build runs is not missed: the next ``wait()`` returns it.

    ``wait()`` returns a batch once nothing has changed for ``step_ms``, so saving several files at
    once gives one rebuild; batches that piled up during a build come back as one.
    """

    def __init__(self, plan: WatchPlan, *, debounce_ms: int = 1600, step_ms: int = 50) -> None:
        self.plan = plan
        self.debounce_ms = debounce_ms
        self.step_ms = step_ms
        self._stop = threading.Event()
        self._batches: queue.Queue[set[Path]] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="kg-watch", daemon=True)
        self.error: BaseException | None = None

    def _run(self) -> None:
        from watchfiles import watch

        def relevant(_change: object, path: str) -> bool:
            return self.plan.wants(path)

        try:
            for batch in watch(*self.plan.roots(), watch_filter=relevant, stop_event=self._stop,
                               debounce=self.debounce_ms, step=self.step_ms):
                self._batches.put({Path(path) for _, path in batch})
        except BaseException as exc:  # reported by wait(), in the caller's thread
            self.error = exc
            self._stop.set()

    def __enter__(self) -> Watcher:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def wait(self, timeout: float | None = None) -> list[Path] | None:
        """The changed files (sorted), or ``None`` after ``timeout`` seconds without a change.

        Waits in short slices, so Ctrl-C reaches the caller at once."""
        deadline = None if timeout is None else time.monotonic() + timeout
        changed: set[Path] = set()
        while not changed:
            if self.error is not None:
                raise RuntimeError(f"watching the sources failed: {self.error}") from self.error
            left = 0.2 if deadline is None else min(0.2, deadline - time.monotonic())
            if left <= 0:
                return None
            try:
                changed |= self._batches.get(timeout=left)
            except queue.Empty:
                continue
        while True:  # everything that piled up while the caller was busy
            try:
                changed |= self._batches.get_nowait()
            except queue.Empty:
                return sorted(changed)


@contextmanager
def stop_on_sigterm() -> Iterator[None]:
    """Let SIGTERM (``kill``, ``docker stop``, a service manager) end a watch as Ctrl-C does."""
    def interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread():  # signals reach the main thread only
        yield
        return
    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def describe(changed: Sequence[Path], limit: int = 3) -> str:
    """``a.txt, b.txt and 4 more``: a short list for a status line."""
    names = [p.name for p in changed]
    if len(names) <= limit:
        return ", ".join(names)
    return f"{', '.join(names[:limit])} and {len(names) - limit} more"
