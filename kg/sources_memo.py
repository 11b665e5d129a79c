"""A memo of each source file's document by the file's status: a rebuild keys the files that did
not change without reading or cleaning them again.

Why: a rebuild checks every document against the result cache by its key (a digest of the
cleaned text, :func:`kg.cache.document_key`), so it read, decoded and cleaned every unchanged
file again (and resolved its path) only to find the key it had last time: at 10,000 documents
about as long as decoding their cached results (``ingest._documents``, 17.5 s of a profiled
one-changed rebuild). ``make`` and ``rsync`` answer the same question from the files' times and
sizes; so does this.

**What it trusts.** A file whose path, size, modification and status-change times (in
nanoseconds), inode and device are those it had when a build last read it holds the text that
build read, under the same cache key (the same extraction fingerprint, the same id). The
status-change time (``st_ctime``) moves on every write, rename or ``touch``, and no user tool
can set it back, so an edit that restores the modification time (``touch -d``, ``cp -p``,
``rsync -t`` over the file) is still seen; a file replaced by another gets a new inode. A file
modified (or changed in status) less than :data:`RACY_NS` before the build began is not vouched
for (git's "racily clean" entries): an edit within the same tick of a coarse file-system clock
would keep every time, so such a file is read again by the next build too. Only files that are
one document each are kept (text, Markdown, HTML, PDF, Word); JSON Lines files are read each
time. A memo of another extraction fingerprint, ``--max-doc-chars`` limit or format, or one
that cannot be read, is ignored: every file is read, as without it.

A document the memo vouches for is a :class:`Known` (its id, source and cache key, no text):
the cache serves its result; if the cache has none after all (an entry gone or damaged), its
file is read then (:meth:`Known.read`). The outputs are the bytes a build that read every file
writes (tests/e2e/test_sources_memo.py).
"""

from __future__ import annotations

import logging
import marshal
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from kg.cache import document_key
from kg.model import Document

log = logging.getLogger(__name__)

#: The memo's file in the cache folder.
MEMO_FILE = "sources.marshal"
_FORMAT = 1
#: Files modified less than this before the build began are read again by the next build.
RACY_NS = 2_000_000_000

#: size, modification time, status-change time (ns), inode, device
Signature = tuple[int, int, int, int, int]


def signature(st: os.stat_result) -> Signature:
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


class Known:
    """A document whose file the memo vouches for: its id, source path and cache key, its text
    not read. ``read()`` reads it when it must be parsed after all (``None``: the file became
    unreadable meanwhile, reported as a skipped source as any unreadable file is)."""

    __slots__ = ("id", "source", "key", "_read")

    def __init__(self, doc_id: str, source: str, key: str, read: Callable[[], Document | None]) -> None:
        self.id, self.source, self.key, self._read = doc_id, source, key, read

    def read(self) -> Document | None:
        return self._read()

    def __repr__(self) -> str:
        return f"Known({self.id!r}, {self.source!r})"


def key_of(item: Document | Known, fingerprint: str) -> str:
    """The cache key of a document, or the one the memo kept for a :class:`Known` (the memo is
    bound to the build's fingerprint, :meth:`SourceMemo.known`)."""
    return item.key if type(item) is Known else document_key(item, fingerprint)  # type: ignore[union-attr]


def document_of(item: Document | Known) -> Document | None:
    """The document itself, read from its file for a :class:`Known`."""
    return item.read() if type(item) is Known else item  # type: ignore[union-attr]


class SourceMemo:
    """The last build's source files in one cache folder (``folder``), and this build's.

    Entries: the source file's absolute path -> (signature, the document's id, its cache
    key). ``known`` answers from the last build's entries; ``note`` records a file read by this
    build; ``save`` keeps this build's entries (files gone since are dropped)."""

    def __init__(self, folder: Path, max_chars: int | None, now_ns: int | None = None) -> None:
        self.path = folder / MEMO_FILE
        self.max_chars = max_chars
        self.horizon = (time.time_ns() if now_ns is None else now_ns) - RACY_NS
        self.fingerprint = ""
        self.header: list = []
        self.old: dict[str, tuple] = {}
        self.new: dict[str, tuple] = {}
        self.complete = False  # set when every source was walked (the ingest generator ended)
        self.stats = {"known": 0, "read": 0}

    def bind(self, fingerprint: str) -> None:
        """Read the last build's entries, kept if they were made under ``fingerprint`` (the
        build's extraction fingerprint, known only after the sources are named): before this,
        and without it, the memo vouches for nothing and records nothing."""
        self.fingerprint = fingerprint
        self.header = [_FORMAT, fingerprint, self.max_chars, list(sys.version_info[:2])]
        self.old = self._load()

    def _load(self) -> dict[str, tuple]:
        try:
            data = marshal.loads(self.path.read_bytes())
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, EOFError, TypeError) as exc:
            log.warning("ignoring the source memo %s: %s", self.path, exc)
            return {}
        if not (isinstance(data, dict) and data.get("header") == self.header and isinstance(data.get("files"), dict)):
            return {}
        return data["files"]

    def known(self, path: str, st: os.stat_result, doc_id: str) -> str | None:
        """The cache key of ``path``'s document if the file is as the last build read it and its
        document gets the same id; else None (read it)."""
        entry = self.old.get(path)  # nothing before ``bind``
        if entry is None:
            return None
        try:
            sig, kept_id, key = entry
            if tuple(sig) != signature(st) or kept_id != doc_id or not isinstance(key, str):
                return None
        except (TypeError, ValueError):  # a damaged entry: read the file
            return None
        self.new[path] = entry
        self.stats["known"] += 1
        return key

    def note(self, path: str, st: os.stat_result, doc: Document) -> None:
        """Record a document read from ``path`` whose status was ``st`` before it was read; not
        if the file changed too recently to vouch for (:data:`RACY_NS`)."""
        self.stats["read"] += 1
        if self.fingerprint and st.st_mtime_ns < self.horizon and st.st_ctime_ns < self.horizon:
            self.new[path] = (signature(st), doc.id, document_key(doc, self.fingerprint))

    def save(self) -> None:
        """Keep this build's entries for the next one, if every source was walked; atomically, and
        not at all when nothing changed (a failure only costs speed)."""
        if not self.complete or not self.fingerprint or self.new == self.old:
            return
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            tmp.write_bytes(marshal.dumps({"header": self.header, "files": self.new}))
            tmp.replace(self.path)
        except (OSError, ValueError) as exc:
            log.warning("could not keep the source memo in %s: %s", self.path, exc)
