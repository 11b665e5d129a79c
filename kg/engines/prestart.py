"""``kg build`` starts a rebuild's parse child before its own imports, when the sources changed.

Why: a rebuild after one changed document waits for a child that imports spaCy and loads the
model (:mod:`kg.engines.background`, about 1.5 s of one core). The build forks it at the first
changed document it finds, after importing kg's build modules (networkx, the readers,
resolution: 0.4-0.6 s) and checking the documents before it. Forked here instead, first thing
in the command, the child loads while this process imports and scans, on the second core.

Whether anything changed is only known once every document's text is read and hashed, so this
guesses from the files: the child starts if a file or folder under the sources was modified at
or after the start of the last build into the same output folder (the ``last-build`` stamp in
the cache folder, written when a build finishes), or if a file is there that the last build did
not see (the stamp lists the files under the sources when it started). A deletion alone changes
only its folder's time and needs no parsing: it starts nothing. A guess never changes the outputs: a child
nothing needed is stopped when the scan ends, and a change the guess missed is parsed the usual
way (by a child forked at the first changed document).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.cache import CACHE_DIRNAME

#: In the cache folder: its modification time is the start of the last build that finished; it
#: holds the files that build saw under its sources (:data:`_HEADER`, then the paths, NUL-separated).
STAMP = "last-build"
_HEADER = b"kg-sources 1\0"

#: The files under the sources when this build began (absolute paths), for the stamp; None when
#: the sources were not scanned (no cache, another engine, spaCy already loaded).
_SEEN: list[str] | None = None


def begin(sources: Iterable[str | os.PathLike], options: dict) -> int:
    """Start the child if the sources look changed since the last build (``options``: ``kg
    build``'s). Returns the build's start (nanoseconds), for :func:`end`."""
    global _SEEN
    started = time.time_ns()
    _SEEN = None
    output = options.get("output_dir")
    if output is None or not options.get("cache", True) or options.get("engine", "local") != "local":
        return started
    changed, _SEEN = scan(sources, Path(output))
    if "spacy" in sys.modules or not changed:
        return started
    from kg.engines import background
    from kg.errors import KgError
    from kg.nlp import resolve_model_name

    if not background.available():
        return started
    try:
        model = resolve_model_name(options.get("model"))
    except KgError:  # the build reports it
        return started
    background.prestart(model, int(options.get("batch_size") or 32), options.get("formats"))
    return started


def end(output_dir: str | os.PathLike | None, started: int, finished: bool) -> None:
    """Stop a child no build took; after a finished build, stamp its start in the cache folder
    with the files :func:`begin` saw."""
    global _SEEN
    seen, _SEEN = _SEEN, None
    if "kg.engines.background" in sys.modules:
        from kg.engines.background import discard_prestarted

        discard_prestarted()
    if not finished or output_dir is None:
        return
    stamp = Path(output_dir) / CACHE_DIRNAME / STAMP
    if not stamp.parent.is_dir():  # --no-cache: no cache folder, nothing to compare with
        return
    try:
        stamp.write_bytes(b"" if seen is None else _HEADER + b"\0".join(os.fsencode(p) for p in seen))
        os.utime(stamp, ns=(started, started))
    except OSError:  # only a guess is lost
        pass


def touched(sources: Iterable[str | os.PathLike], output_dir: Path) -> bool:
    """True if a file or folder under ``sources`` (the output folder aside) was modified at or
    after the last build's start, or a file is there the last build did not see (a folder's time
    alone, when the stamp lists the files: a deletion); False without a stamp or a result cache (a
    first build)."""
    return scan(sources, output_dir)[0]


def scan(sources: Iterable[str | os.PathLike], output_dir: Path) -> tuple[bool, list[str]]:
    """:func:`touched`'s verdict and every file under ``sources`` (absolute paths, sorted), for
    the next build's stamp. Every file is looked at even after a change is seen: the list must be whole."""
    files: list[str] = []
    since, known = _last_build(output_dir / CACHE_DIRNAME)
    changed = False
    skip = os.path.realpath(output_dir)
    for source in sources:
        for path, is_file in _walk(os.path.abspath(source), skip):
            if is_file:
                files.append(path)
            if changed or since is None:
                continue
            if not is_file and known is not None:  # a folder's time: an added file is in the list check
                continue
            try:
                if os.stat(path).st_mtime_ns >= since:
                    changed = True
            except OSError:
                changed = True  # it went while we looked: a change
    files.sort()
    if not changed and since is not None and known is not None:
        changed = not known.issuperset(files)  # a file the last build did not see (added, renamed, copied with its time)
    return changed, files


def _last_build(cache: Path) -> tuple[int | None, set[str] | None]:
    """The last finished build's start (None without a stamp or a result cache) and the files it
    saw (None from a stamp without the list: then a folder's time counts, as before lists)."""
    try:
        stamp = cache / STAMP
        since = stamp.stat().st_mtime_ns
        if not (cache / "results.sqlite").is_file():
            return None, None
        data = stamp.read_bytes()
    except OSError:
        return None, None
    if not data.startswith(_HEADER):
        return since, None
    body = data[len(_HEADER):]
    return since, {os.fsdecode(p) for p in body.split(b"\0")} if body else set()


def _walk(root: str, skip: str) -> Iterator[tuple[str, bool]]:
    """``root`` (a file), or every folder and file under it without the output folder's tree;
    each with True for a file."""
    if not os.path.isdir(root):
        yield root, True
        return
    for folder, folders, files in os.walk(root):
        folders[:] = [d for d in folders if os.path.realpath(os.path.join(folder, d)) != skip]
        yield folder, False
        for name in files:
            yield os.path.join(folder, name), True
