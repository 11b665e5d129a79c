"""Per-document result cache (SQLite) keyed by content and by everything that shapes extraction.

The key hashes the document (id, text, title, date) together with the kg extractor version, the
spaCy pipeline (name, version, components) and the alias packs, so an upgrade of any of them can
never serve stale results. Entries hold plain ``DocResult`` JSON, not spaCy Docs. A corrupt entry
is dropped and recomputed.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from kg.model import Document, DocResult

CACHE_DIRNAME = ".kg-cache"


def code_fingerprint() -> str:
    """Hash of kg's own source: any code change (release or local edit) invalidates the cache."""
    import kg

    h = hashlib.sha256()
    root = Path(kg.__file__).parent
    for path in sorted(root.rglob("*.py")):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def document_key(doc: Document, fingerprint: str) -> str:
    h = hashlib.sha256()
    for part in (fingerprint, doc.id, doc.title or "", doc.date or "", doc.text):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


class ResultCache:
    """A small key -> DocResult store; ``prune`` keeps only the keys of the latest build."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.path = self.directory / "results.sqlite"
        try:
            self.db = self._open()
        except sqlite3.DatabaseError:  # not a database: start afresh
            self.path.unlink(missing_ok=True)
            self.db = self._open()
        self.used: set[str] = set()
        self.hits = 0
        self.misses = 0

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, doc TEXT, data TEXT)")
        return db

    def get(self, key: str) -> DocResult | None:
        self.used.add(key)
        row = self.db.execute("SELECT data FROM results WHERE key = ?", (key,)).fetchone()
        if row is None:
            self.misses += 1
            return None
        try:
            result = DocResult.from_dict(json.loads(row[0]))
        except (ValueError, KeyError, TypeError):
            self.db.execute("DELETE FROM results WHERE key = ?", (key,))
            self.misses += 1
            return None
        self.hits += 1
        return result

    def put(self, key: str, result: DocResult) -> None:
        self.used.add(key)
        self.db.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?)",
                        (key, result.doc, json.dumps(result.to_dict(), ensure_ascii=False)))

    def prune(self) -> int:
        """Forget entries the latest build did not use (deleted or changed documents)."""
        keys = [k for (k,) in self.db.execute("SELECT key FROM results")]
        stale = [k for k in keys if k not in self.used]
        self.db.executemany("DELETE FROM results WHERE key = ?", [(k,) for k in stale])
        return len(stale)

    def close(self) -> None:
        self.db.commit()
        self.db.close()


def clear_cache(output_dir: str | Path) -> bool:
    """Delete the cache under ``output_dir``; True if there was one."""
    import shutil

    target = Path(output_dir) / CACHE_DIRNAME
    if target.exists():
        shutil.rmtree(target)
        return True
    return False
