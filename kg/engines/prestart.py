"""``kg build`` starts a rebuild's parse child before its own imports, when the sources changed.

Why: a rebuild after one changed document waits for a child that imports spaCy and loads the
model (:mod:`kg.engines.background`, about 1.5 s of one core). The build forks it at the first
changed document it finds, after importing kg's build modules (networkx, the readers,
resolution: 0.4-0.6 s) and checking the documents before it. Forked here instead, first thing
in the command, the child loads while this process imports and scans, on the second core.

Whether anything changed is only known once every document's text is read and hashed, so this
guesses from the files: the child starts if a file or folder under the sources was modified at
or after the start of the last build into the same output folder (the ``last-build`` stamp in
the cache folder, written when a build finishes). A guess never changes the outputs: a child
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

#: In the cache folder: its modification time is the start of the last build that finished.
STAMP = "last-build"


def begin(sources: Iterable[str | os.PathLike], options: dict) -> int:
    """Start the child if the sources look changed since the last build (``options``: ``kg
    build``'s). Returns the build's start (nanoseconds), for :func:`end`."""
    started = time.time_ns()
    output = options.get("output_dir")
    if (output is None or not options.get("cache", True) or options.get("engine", "local") != "local"
            or "spacy" in sys.modules or not touched(sources, Path(output))):
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
    """Stop a child no build took; after a finished build, stamp its start in the cache folder."""
    if "kg.engines.background" in sys.modules:
        from kg.engines.background import discard_prestarted

        discard_prestarted()
    if not finished or output_dir is None:
        return
    stamp = Path(output_dir) / CACHE_DIRNAME / STAMP
    if not stamp.parent.is_dir():  # --no-cache: no cache folder, nothing to compare with
        return
    try:
        stamp.touch()
        os.utime(stamp, ns=(started, started))
    except OSError:  # only a guess is lost
        pass


def touched(sources: Iterable[str | os.PathLike], output_dir: Path) -> bool:
    """True if a file or folder under ``sources`` (the output folder aside) was modified at or
    after the last build's start; False without a stamp or a result cache (a first build)."""
    cache = output_dir / CACHE_DIRNAME
    try:
        since = (cache / STAMP).stat().st_mtime_ns
        if not (cache / "results.sqlite").is_file():
            return False
    except OSError:
        return False
    skip = os.path.realpath(output_dir)
    for source in sources:
        for path in _walk(os.fspath(source), skip):
            try:
                if os.stat(path).st_mtime_ns >= since:
                    return True
            except OSError:
                return True  # it went while we looked: a change
    return False


def _walk(root: str, skip: str) -> Iterator[str]:
    """``root`` (a file), or every folder and file under it without the output folder's tree."""
    if not os.path.isdir(root):
        yield root
        return
    for folder, folders, files in os.walk(root):
        folders[:] = [d for d in folders if os.path.realpath(os.path.join(folder, d)) != skip]
        yield folder
        for name in files:
            yield os.path.join(folder, name)
