"""Per-document result cache (SQLite) keyed by content and by everything that shapes extraction.

The key hashes the document (id, text, title, date) together with a fingerprint of the extraction:
kg's version and source code, the spaCy pipeline (name, version, components), the versions of the
libraries that shape a parse (spaCy, thinc, pycountry) and the alias packs. An upgrade or a local
edit of any of them can never serve stale results. Entries hold plain ``DocResult`` JSON, not
spaCy Docs, behind a SHA-256 checksum of that JSON. A damaged cache is never fatal: a bad entry is dropped and recomputed, a file that is
not (or no longer) a readable database is replaced by a fresh one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from dataclasses import fields, is_dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from kg.model import Document, DocResult

CACHE_DIRNAME = ".kg-cache"
#: Bump when extraction logic changes in a way that alters results (the code hash catches edits too).
EXTRACTOR_VERSION = "1"
log = logging.getLogger(__name__)

#: Libraries whose upgrade can change a per-document result although the model did not change.
FINGERPRINTED_LIBRARIES = ("spacy", "thinc", "pycountry")
#: Data files in the kg package that extraction may read (the code is hashed too).
_HASHED_SUFFIXES = (".py", ".yaml", ".yml", ".json", ".txt")


def code_fingerprint(root: str | Path | None = None) -> str:
    """Hash of kg's own source and data (or of the package at ``root``): any edit invalidates the cache."""
    if root is None:
        import kg

        root = Path(kg.__file__).parent
    return _hash_tree(str(Path(root).resolve()), _tree_state(Path(root)))


def _tree_state(root: Path) -> tuple:
    """Paths, sizes and mtimes: lets repeated builds in one process skip re-hashing an unchanged tree."""
    return tuple((p.relative_to(root).as_posix(), s.st_size, s.st_mtime_ns)
                 for p in sorted(root.rglob("*")) if p.suffix in _HASHED_SUFFIXES and "__pycache__" not in p.parts
                 for s in [p.stat()])


@lru_cache(maxsize=8)
def _hash_tree(root: str, state: tuple) -> str:
    h = hashlib.sha256()
    for rel, _size, _mtime in state:
        h.update(rel.encode())
        h.update(b"\x00")
        h.update((Path(root) / rel).read_bytes())
        h.update(b"\x00")
    return h.hexdigest()[:16]


def library_fingerprint() -> str:
    """``spacy=3.8.18,thinc=8.3.6,…``: installed versions of the libraries that shape a parse."""
    parts = []
    for name in FINGERPRINTED_LIBRARIES:
        try:
            parts.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name}=none")
    return ",".join(parts)


def document_key(doc: Document, fingerprint: str) -> str:
    h = hashlib.sha256()
    for part in (fingerprint, doc.id, doc.title or "", doc.date or "", doc.text):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


class _SqliteStore:
    """A small key -> JSON store in one SQLite file; ``prune`` keeps only the keys of the latest build.

    Writes are committed every ``COMMIT_EVERY`` entries, so an interrupted build keeps what it had
    done. Any SQLite error other than a lock discards the file and carries on without the lost
    entries; a locked file (another build using it) turns the store off for this build.
    """

    FILENAME = "store.sqlite"
    COMMIT_EVERY = 64
    TIMEOUT = 5.0  # seconds to wait for a lock held by another build

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self.path = self.directory / self.FILENAME
        self.used: set[str] = set()
        self.hits = 0
        self.misses = 0
        self.discarded = 0  # bad entries dropped, plus damaged files replaced
        self._uncommitted = 0
        self.db: sqlite3.Connection | None = None
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            self.db = self._open()
        except sqlite3.DatabaseError as exc:  # not a database: start afresh
            self._discard(exc)
        except OSError as exc:
            log.warning("cache %s disabled: %s", self.path, exc)

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=self.TIMEOUT)
        try:
            db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, doc TEXT, data TEXT)")
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _discard(self, exc: Exception) -> None:
        """Replace a damaged cache file by an empty one (or go without cache if it is locked)."""
        if self.db is not None:
            try:
                self.db.close()
            except sqlite3.Error:
                pass
            self.db = None
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            log.warning("cache %s is in use by another build; not using it", self.path)
            return
        if isinstance(exc, sqlite3.OperationalError) and "readonly" in str(exc):
            log.warning("cache %s is read-only; not using it", self.path)  # healthy: keep it
            return
        log.warning("discarding the damaged cache %s (%s)", self.path, exc)
        self.discarded += 1
        for leftover in (self.path, self.path.with_name(self.path.name + "-journal")):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass
        try:
            self.db = self._open()
        except (sqlite3.DatabaseError, OSError) as again:
            log.warning("cache %s disabled: %s", self.path, again)
            self.db = None

    def _get(self, key: str) -> str | None:
        self.used.add(key)
        row = None
        if self.db is not None:
            try:
                row = self.db.execute("SELECT data FROM results WHERE key = ?", (key,)).fetchone()
            except sqlite3.DatabaseError as exc:
                self._discard(exc)
        return None if row is None else row[0]

    def _put(self, key: str, label: str, data: str) -> None:
        self.used.add(key)
        if self.db is None:
            return
        try:
            self.db.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?)", (key, label, data))
            self._uncommitted += 1
            if self._uncommitted >= self.COMMIT_EVERY:
                self.db.commit()
                self._uncommitted = 0
        except sqlite3.DatabaseError as exc:
            self._discard(exc)

    def prune(self) -> int:
        """Forget entries the latest build did not use (deleted or changed documents)."""
        if self.db is None:
            return 0
        try:
            stale = [(k,) for (k,) in self.db.execute("SELECT key FROM results") if k not in self.used]
            self.db.executemany("DELETE FROM results WHERE key = ?", stale)
        except sqlite3.DatabaseError as exc:
            self._discard(exc)
            return 0
        return len(stale)

    def close(self) -> None:
        if self.db is None:
            return
        try:
            self.db.commit()
            self.db.close()
        except sqlite3.DatabaseError as exc:
            log.warning("could not save the cache %s: %s", self.path, exc)
        self.db = None


class ResultCache(_SqliteStore):
    """Per-document extraction results (``DocResult`` JSON, never spaCy Docs)."""

    FILENAME = "results.sqlite"

    def get(self, key: str) -> DocResult | None:
        """The stored result, or None (a miss) when there is none or its checksum does not match:
        an entry edited by hand, even into valid JSON, is recomputed, never served."""
        stored = self._get(key)
        if stored is None:
            self.misses += 1
            return None
        checksum, _, data = stored.partition("\n")
        try:
            if checksum != _checksum(data):
                raise ValueError("checksum mismatch")
            result = DocResult.from_dict(json.loads(data))
        except (ValueError, KeyError, TypeError, AttributeError):  # a bad entry: recompute it
            self.discarded += 1
            self.misses += 1
            return None
        self.hits += 1
        return result

    def put(self, key: str, result: DocResult) -> None:
        data = json.dumps(result, ensure_ascii=False, default=_fields)
        self._put(key, result.doc, _checksum(data) + "\n" + data)


def _checksum(data: str) -> str:
    return "sha256:" + hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()


class LayoutCache(_SqliteStore):
    """Force-layout coordinates of graph components, keyed by the component's shape.

    A layout is a pure function of its key, so serving it from here changes no byte of the output;
    it only spares re-running the layout (and importing igraph) for the components a rebuild did
    not change. Used as a mapping by ``kg.export.layout.layout_positions``.
    """

    FILENAME = "layouts.sqlite"

    def get(self, key: str, default: list | None = None) -> list | None:
        data = self._get(key)
        try:
            coords = json.loads(data) if data is not None else None
        except ValueError:
            coords = None
        if not (isinstance(coords, list) and all(
                isinstance(c, list) and len(c) == 2 and all(isinstance(v, (int, float)) for v in c)
                for c in coords)):
            self.misses += 1
            return default
        self.hits += 1
        return coords

    def __setitem__(self, key: str, coords: list) -> None:
        self._put(key, "", json.dumps(coords))


def _fields(obj: object) -> dict:
    """JSON for the dataclasses inside a DocResult: what ``asdict`` gives, without its deep copies."""
    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: getattr(obj, f.name) for f in fields(obj)}
    raise TypeError(f"cannot store {type(obj).__name__} in the cache")


def clear_cache(output_dir: str | Path) -> bool:
    """Delete the cache under ``output_dir``; True if there was one."""
    import shutil

    target = Path(output_dir) / CACHE_DIRNAME
    if target.exists():
        shutil.rmtree(target)
        return True
    return False
