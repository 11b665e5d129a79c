"""Per-document result cache (SQLite) keyed by content and by everything that shapes extraction.

The key hashes the document (id, text, title, date) together with a fingerprint of the extraction
(:func:`extraction_fingerprint`): kg's version and the source of the code extraction runs
(``kg.extract`` and every kg module it imports, found by reading their import statements; not the
CLI, queries or exports), the spaCy pipeline (name, version, components), the versions of the
libraries that shape a parse (spaCy, thinc, pycountry) and the alias packs. An upgrade or a local
edit of any of them can never serve stale results, and an edit elsewhere (a docstring in
``cli.py``) re-parses nothing. Entries hold plain ``DocResult`` JSON, not spaCy Docs, behind a
SHA-256 checksum of that JSON. A damaged cache is never fatal: a bad entry is dropped and
recomputed, a file that is not (or no longer) a readable database is replaced by a fresh one.
"""

from __future__ import annotations

import ast
import hashlib
import json
import logging
import os
import sqlite3
from collections import deque
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from kg._version import __version__
from kg.model import Document, DocResult

if TYPE_CHECKING:
    from kg.aliases import AliasIndex

CACHE_DIRNAME = ".kg-cache"
#: Bump when extraction logic changes in a way that alters results (the code hash catches edits too).
EXTRACTOR_VERSION = "1"
log = logging.getLogger(__name__)

#: Libraries whose upgrade can change a per-document result although the model did not change
#: (wordfreq: its English word list decides which Title-Case pieces are no nodes, kg.junk).
FINGERPRINTED_LIBRARIES = ("spacy", "thinc", "pycountry", "wordfreq")
#: The module that turns a document into a ``DocResult``; it and the kg modules it imports make up
#: the code fingerprint.
EXTRACTION_MODULE = "kg.extract"
#: Data files hashed with the code: those in the covered packages' folders and in ``kg/data``.
_DATA_SUFFIXES = (".yaml", ".yml", ".json", ".txt")


def extraction_fingerprint(model: str, packs: AliasIndex, memo: str | Path | None = None) -> str:
    """Everything besides the document that shapes its ``DocResult``: the cache key's first part.
    ``memo``: a file keeping the code fingerprint between builds (see :func:`code_fingerprint`)."""
    from kg.nlp import model_fingerprint

    return "|".join([__version__, EXTRACTOR_VERSION, code_fingerprint(memo=memo), model_fingerprint(model),
                     library_fingerprint(), packs.fingerprint()])


#: The file in the cache folder that keeps the code fingerprint between builds.
CODE_MEMO = "code-fingerprint.json"
#: Code fingerprints this process computed, by (root, module, tree stamp): a build without a memo
#: file (``kg.build(..., cache=False)`` over many documents one by one, as a notebook or a scorer
#: does) walked and hashed kg's sources every time, 0.3-1 s of each call; the stamp (every file's
#: size and modification time) still sees an edited file.
_HASHED: dict[tuple[Path, str, str], str] = {}


def code_fingerprint(root: str | Path | None = None, module: str = EXTRACTION_MODULE,
                     memo: str | Path | None = None) -> str:
    """Hash of the source of ``module`` and every kg module it imports, plus kg's data files.

    ``root`` is the folder of the ``kg`` package (this one by default). With ``memo`` (a JSON
    file), a fresh process skips the import walk and the hashing (0.2-0.4 s, a tenth of a
    one-document rebuild) when no file under ``root`` changed its size or modification time
    since the memo was written: every input of the walk lies under ``root``. A memo that is
    unreadable, damaged or of another tree is ignored and rewritten. Without a memo of its own
    (a first build into a folder), the same stamp's hash is looked up in the user's cache
    (:mod:`kg.stored`), where any earlier build of this tree left it. Without ``memo`` at all,
    the hash is kept in this process by the same stamp (``_HASHED``), read from that store too.
    """
    root = Path(root) if root is not None else Path(__file__).parent
    stamp = _tree_stamp(root, module)
    from kg.stored import remembered

    if memo is None:  # a build without a cache folder (--no-cache, the API with cache=False, an actor)
        if (root, module, stamp) not in _HASHED:
            _HASHED[root, module, stamp] = remembered(f"code-{module}", stamp, lambda: _code_hash(root, module))
        return _HASHED[root, module, stamp]
    try:
        kept = json.loads(Path(memo).read_text(encoding="utf-8"))
        if isinstance(kept, dict) and kept.get("stamp") == stamp and isinstance(kept.get("code"), str):
            return kept["code"]
    except (OSError, ValueError):
        pass
    code = remembered(f"code-{module}", stamp, lambda: _code_hash(root, module))
    try:
        from kg.export.atomic import write_text_atomic

        write_text_atomic(memo, json.dumps({"stamp": stamp, "code": code}))
    except OSError as exc:
        log.warning("could not keep the code fingerprint in %s: %s", memo, exc)
    return code


def _code_hash(root: Path, module: str) -> str:
    """The hash of :func:`extraction_files` (the walk and the reading that a memo spares)."""
    files = extraction_files(root, module)
    return _hash_tree(str(root.resolve()), tuple((p.relative_to(root).as_posix(), s.st_size, s.st_mtime_ns)
                                                 for p in files for s in [p.stat()]))


def _tree_stamp(root: Path, module: str) -> str:
    """Digest of the path, size and mtime of every file under ``root`` (compiled files aside)."""
    h = hashlib.sha256(f"{root.resolve()}\0{module}\0".encode())
    for dirpath, dirnames, filenames in sorted(os.walk(root)):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            st = os.stat(os.path.join(dirpath, name))
            h.update(f"{os.path.relpath(os.path.join(dirpath, name), root)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def extraction_files(root: str | Path | None = None, module: str = EXTRACTION_MODULE) -> list[Path]:
    """The files the code fingerprint covers: :func:`imported_modules`' sources, the data files of
    the packages among them, and ``kg/data``; sorted."""
    root = Path(root) if root is not None else Path(__file__).parent
    sources = imported_modules(root, module)
    files = set(sources.values())
    folders = {path.parent for name, path in sources.items() if path.name == "__init__.py" and name != "kg"}
    folders.add(root / "data")
    for folder in folders:
        files.update(p for p in folder.glob("*") if p.suffix in _DATA_SUFFIXES and p.is_file())
    return sorted(files)


def imported_modules(root: str | Path, module: str = EXTRACTION_MODULE) -> dict[str, Path]:
    """``module`` and every kg module it imports, transitively, read from the import statements.

    A static walk (``ast``), so nothing is imported and a new module or package (``kg/lexicon/``)
    is followed as soon as something imports it. It follows imports inside functions too (they run
    when extraction does) but not those under ``if TYPE_CHECKING:``; importing ``a.b.c`` also
    imports the packages ``a`` and ``a.b``.
    """
    root = Path(root)
    found: dict[str, Path] = {}
    todo = [module]
    while todo:
        name = todo.pop()
        parts = name.split(".")
        for i in range(1, len(parts) + 1):
            prefix = ".".join(parts[:i])
            path = _module_file(root, prefix)
            if path is None or prefix in found:
                continue
            found[prefix] = path
            todo.extend(_kg_imports(path, prefix))
    return found


def _module_file(root: Path, name: str) -> Path | None:
    """The source file of kg module ``name`` under ``root`` (the kg package folder), if any."""
    parts = name.split(".")
    if parts[0] != "kg":
        return None
    base = root.joinpath(*parts[1:])
    for candidate in (base / "__init__.py", base.with_suffix(".py") if len(parts) > 1 else None):
        if candidate is not None and candidate.is_file():
            return candidate
    return None


def _kg_imports(path: Path, name: str) -> list[str]:
    """The kg modules ``path`` (module ``name``) imports; ``from m import x`` gives ``m`` and ``m.x``.
    Kept by size and mtime: a build walks three modules' imports, which share most files."""
    st = path.stat()
    return list(_file_imports(str(path), name, st.st_size, st.st_mtime_ns))


#: Fields holding statements: imports are some, so a walk through these alone skips expressions.
_STATEMENT_FIELDS = ("body", "orelse", "finalbody", "handlers", "cases")


@lru_cache(maxsize=1024)
def _file_imports(path: str, name: str, _size: int, _mtime_ns: int) -> tuple[str, ...]:
    """:func:`_kg_imports`, in ``ast.walk``'s order without its visit of every expression node."""
    tree = ast.parse(Path(path).read_bytes(), filename=path)
    package = name if Path(path).name == "__init__.py" else name.rpartition(".")[0]
    names: list[str] = []
    todo = deque(tree.body)
    while todo:
        node = todo.popleft()
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            names.append(base)
            names += [f"{base}.{a.name}" for a in node.names if a.name != "*"]
        skip_body = isinstance(node, ast.If) and _is_type_checking(node.test)  # not run when kg runs
        for field in node._fields:
            if field in _STATEMENT_FIELDS and not (skip_body and field == "body"):
                todo.extend(getattr(node, field))
    return tuple(n for n in names if n == "kg" or n.startswith("kg."))


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


@lru_cache(maxsize=8)
def _hash_tree(root: str, state: tuple) -> str:
    """Hash the files listed in ``state`` (path, size, mtime): the state lets repeated builds in one
    process skip re-hashing unchanged files."""
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
    if doc.pages:  # only paged sources (PDF): the keys of other documents stay as they were
        h.update(repr(doc.pages).encode("utf-8"))
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

    #: Keys per ``IN (...)`` query of :meth:`_get_many` (under SQLite's old 999-parameter limit).
    MANY_CHUNK = 900

    def _get_many(self, keys: list[str]) -> Iterator[str | None]:
        """The stored data of each of ``keys`` in order (None where there is none): the rows
        :meth:`_get` reads one by one, in one query per ``MANY_CHUNK`` keys. A chunk at a time,
        so that no more than a chunk's stored text is held (50,000 entries are gigabytes)."""
        for i in range(0, len(keys), self.MANY_CHUNK):
            chunk = keys[i:i + self.MANY_CHUNK]
            self.used.update(chunk)
            found: dict[str, str] = {}
            if self.db is not None:
                try:
                    found = dict(self.db.execute(
                        f"SELECT key, data FROM results WHERE key IN ({','.join('?' * len(chunk))})", chunk))
                except sqlite3.DatabaseError as exc:
                    self._discard(exc)
            yield from (found.get(key) for key in chunk)

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

    def stored_keys(self) -> set[str]:
        """Every key the store holds (empty if it holds none or cannot be read): a rebuild checks
        its documents against these before reading any entry."""
        if self.db is None:
            return set()
        try:
            return {k for (k,) in self.db.execute("SELECT key FROM results")}
        except sqlite3.DatabaseError as exc:
            self._discard(exc)
            return set()

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
        return self._decode(self._get(key))

    def get_many(self, keys: list[str]) -> Iterator[DocResult | None]:
        """:meth:`get` of each of ``keys``, in order, read in a few queries (a rebuild reads
        every cached document: a query each cost about 0.01 ms more per document than its share
        of one query, beside a decode of 0.1 ms)."""
        return (self._decode(stored) for stored in self._get_many(keys))

    def _decode(self, stored: str | None) -> DocResult | None:
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
        share_doc_ids(result)
        return result

    def put(self, key: str, result: DocResult) -> None:
        if result.failed:  # a document that met a bug is tried again by the next build
            return
        data = json.dumps(result, ensure_ascii=False, default=_fields)
        self._put(key, result.doc, _checksum(data) + "\n" + data)


def share_doc_ids(result: DocResult) -> None:
    """Make every mention's, evidence's and example's ``doc`` the result's own ``doc`` string
    object (each is equal to it: only the object changes, never a value).

    Why: JSON decoding makes a new string for every occurrence of a document's id, while a
    result a parse returns (or a worker pickles: pickle keeps one object per object) shares
    one. Resolution and the graph key dictionaries and sets by document ((doc, start, end) for
    every mention, a node's documents, every evidence record), and a key that is the same object
    is found without comparing characters. A rebuild's graph stage took longer than a cold
    build's (45.9 s against 36 s at 50,000 documents); over the 50,456 decoded mentions of 3,000
    documents, a dict keyed by (doc, start, end) and a set of their ids took 1.49 s (five
    times each) with shared ids against 2.15 s with decoded ones."""
    doc = result.doc
    for m in result.mentions:
        if m.doc == doc and m.doc is not doc:
            object.__setattr__(m, "doc", doc)  # frozen records: what __init__ itself does
    for t in result.triples:
        ev = t.evidence
        if ev.doc == doc and ev.doc is not doc:
            object.__setattr__(ev, "doc", doc)
    for ev in result.examples.values():
        if ev.doc == doc and ev.doc is not doc:
            object.__setattr__(ev, "doc", doc)


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
