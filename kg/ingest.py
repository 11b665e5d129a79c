"""Document loading and cleaning: files, directories and JSON Lines in, clean ``Document``s out.

Cleaning happens once, here (with :mod:`kg.markup`; bytes are decoded by :mod:`kg.decode`):
every character offset downstream (mentions, evidence) refers to ``Document.text`` as returned
by this module. Bad input never stops the build: an unreadable
file or a bad JSON line is reported through ``on_skip`` and the rest is kept. Only a path that
does not exist is fatal, and it is detected before anything is read.
"""

from __future__ import annotations

import codecs
import json
import logging
import os
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from kg.decode import _BOMS, _SAMPLE, _decode_legacy, _looks_binary, decode_bytes, open_regular, os_reason, \
    read_text_file
from kg.errors import SourceNotFound, UnreadableFile  # noqa: F401  (defined in kg.errors)
from kg.markup import _one_line, clean_text, html_to_text, strip_markdown
from kg.model import Document, SkippedSource
from kg.readers import READERS
from kg.readers import read as read_with_library
from kg.sources_memo import Known, SourceMemo

__all__ = [
    "SourceNotFound", "UnreadableFile", "iter_documents", "clean_text", "read_text_file",
    "source_roots", "strip_markdown", "html_to_text", "SUFFIXES",
]

log = logging.getLogger(__name__)

#: File suffixes read when walking a directory (the build counts anything else there as ignored,
#: see ``kg.readers.unsupported_files``).
SUFFIXES: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".jsonl": "jsonl",
    ".pdf": "pdf", ".docx": "docx",  # read by kg/readers (the "docs" extra)
}

OnSkip = Callable[[SkippedSource], None]

#: What ``kg build`` writes into its output folder: never read back when that folder is (inside) a
#: source folder. Mirrors ``kg.export.FORMATS`` plus the optional picture.
OUTPUT_FILES = frozenset({"graph.json", "graph.graphml", "graph.gexf", "triples.csv", "graph.html", "graph.lbug",
                          "graph.png"})
#: ``--max-doc-chars`` default: documents longer than this (after cleaning) are skipped with a
#: message. Long documents are parsed in pieces, so this guards memory only (a 30 MB document
#: builds in under 2 GB).
MAX_DOC_CHARS = 50_000_000


# --------------------------------------------------------------------------------------------
# Sources -> documents
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Source:
    path: Path
    doc_id: str  # id of a file-level document; jsonl records derive theirs from it
    kind: str
    problem: str | None = None  # why it is skipped without being read (a folder not followed)


def source_roots(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The directories among the given sources (where a folder-level ``aliases.yaml`` lives)."""
    roots: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir() and path not in roots:
            roots.append(path)
    return roots


def _kind(path: Path) -> str | None:
    return SUFFIXES.get(path.suffix.lower())


def _walk_directory(root: Path, exclude: frozenset[Path] = frozenset()) -> Iterator[_Source]:
    """Known-suffix files under ``root``, sorted by relative path; hidden entries skipped.

    Symlinked folders are followed, each real folder once: a link back to a folder already
    walked (a cycle, or a second way to the same files) is reported, not entered. In a folder of
    ``exclude`` (resolved paths: the build's output folder) kg's own outputs are not read, and an
    excluded folder below ``root`` is not entered.
    """
    found: list[tuple[str, Path, str, str | None]] = []
    seen: set[tuple[int, int]] = set()
    try:
        st = os.stat(root)
        seen.add((st.st_dev, st.st_ino))
    except OSError:
        pass
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        kept = []
        for d in sorted(dirnames):
            full = Path(dirpath, d)
            if d.startswith(".") or (exclude and _resolved(full) in exclude):
                continue
            try:
                st = os.stat(full)
            except OSError as exc:
                found.append((full.relative_to(root).as_posix(), full, "text", os_reason(exc)))
                continue
            if (st.st_dev, st.st_ino) in seen:
                if full.is_symlink():
                    found.append((full.relative_to(root).as_posix(), full, "text",
                                  "symlinked folder already read (not followed again)"))
                continue
            seen.add((st.st_dev, st.st_ino))
            kept.append(d)
        dirnames[:] = kept
        is_output = bool(exclude) and _resolved(Path(dirpath)) in exclude
        folder = Path(dirpath)
        under = folder.relative_to(root).as_posix()  # once per folder, not per file (10,000 paths)
        under = "" if under == "." else under + "/"
        for name in filenames:
            kind = SUFFIXES.get(os.path.splitext(name)[1].lower())
            if kind is None or name.startswith(".") or (is_output and name in OUTPUT_FILES):
                continue
            found.append((under + name, folder / name, kind, None))
    for rel, full, kind, problem in sorted(found, key=lambda f: f[0]):
        yield _Source(full, rel, kind, problem)


def _resolved(path: Path) -> Path | None:
    """``path.resolve()``, or None for a symlink loop (pathlib raises RuntimeError on those)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return None


def _sources(paths: Sequence[Path], exclude: Iterable[str | os.PathLike[str]] = ()) -> Iterator[_Source]:
    skip = frozenset(r for r in (_resolved(Path(p)) for p in exclude) if r is not None)
    for path in paths:
        if path.is_dir():
            yield from _walk_directory(path, skip)
        else:
            yield _Source(path, path.name, _kind(path) or "text")


def _jsonl_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, text) of a JSON Lines file, streamed: a big file is never held whole.

    JSON Lines is UTF-8; a UTF-16/32 file (BOM) is decoded whole, a stray non-UTF-8 line is
    decoded like any legacy text file rather than lost.
    """
    try:
        with open_regular(path) as handle:
            head = handle.read(_SAMPLE)
            if any(head.startswith(bom) for bom, enc in _BOMS if enc != "utf-8"):
                text = decode_bytes(head + handle.read())
                yield from enumerate(text.split("\n"), start=1)
                return
            if _looks_binary(head):
                raise UnreadableFile("binary file")
            handle.seek(len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0)
            for number, line in enumerate(handle, start=1):
                try:
                    yield number, line.decode("utf-8")
                except UnicodeDecodeError:
                    yield number, _decode_legacy(line)
    except OSError as exc:
        raise UnreadableFile(os_reason(exc)) from None


def _read_jsonl(
    source: _Source, skip: Callable[[str, int], None]
) -> Iterator[tuple[int, str, str, str | None, str | None]]:
    """(line number, id, text, title, date) per good line; a bad line is reported by number and skipped."""
    for number, line in _jsonl_lines(source.path):
        line = line.strip()
        if not line:
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            skip(f"line {number}: invalid JSON ({exc.msg})", number)
            continue
        if not isinstance(record, dict):
            skip(f"line {number}: not a JSON object", number)
            continue
        body = record.get("text")
        if not isinstance(body, str):
            skip(f"line {number}: no 'text' string", number)
            continue
        rid = record.get("id")
        valid_id = isinstance(rid, (str, int)) and not isinstance(rid, bool) and str(rid).strip()
        doc_id = str(rid).strip() if valid_id else f"{source.doc_id}#{number}"
        title, date = record.get("title"), record.get("date")
        yield (
            number, doc_id, body,
            str(title) if title is not None else None,
            str(date) if date is not None else None,
        )


def _read_file(source: _Source) -> tuple[str, str | None, str | None]:
    """(raw text, title, date) of a non-jsonl file, markup removed but not yet cleaned."""
    raw = read_text_file(source.path)
    if source.kind == "html":
        text, title = html_to_text(raw)
        return text, title, None
    if source.kind == "markdown":
        md = strip_markdown(raw)
        return md.text, md.title, md.date
    return raw, None, None


def iter_documents(
    paths: Sequence[str | os.PathLike[str]], on_skip: OnSkip | None = None,
    exclude: Iterable[str | os.PathLike[str]] = (), max_chars: int | None = MAX_DOC_CHARS,
    memo: SourceMemo | None = None,
) -> Iterator[Document | Known]:
    """Yield one cleaned ``Document`` per file (per line for ``.jsonl``), in a stable order.

    Every path is checked first: a missing one raises ``SourceNotFound`` before any file is
    read. Unreadable files, empty files, documents over ``max_chars`` characters and bad JSON
    lines go to ``on_skip`` (logged when no callback is given). Ids are readable and stable: the
    path relative to the given directory, the file name for a file given directly, a record's
    ``id`` (or ``file#line``) for JSON Lines; a repeated id gets ``~2``, ``~3``…. In the folders of
    ``exclude`` (the build's output folder) kg's own outputs are never read, and such a folder
    inside a source folder is not entered.

    With ``memo`` (a rebuild's :class:`kg.sources_memo.SourceMemo`, bound to its cache keys), a
    file that did not change since the last build is not read: it comes as a
    :class:`kg.sources_memo.Known` (its id, source and cache key), the others as documents.
    """
    given = [Path(p) for p in paths]
    for path in given:
        if not path.exists():
            raise SourceNotFound(path)
    return _documents(given, on_skip, exclude, max_chars, memo)


def _documents(paths: Sequence[Path], on_skip: OnSkip | None,
               exclude: Iterable[str | os.PathLike[str]] = (), max_chars: int | None = None,
               memo: SourceMemo | None = None) -> Iterator[Document | Known]:
    def report(path: Path, reason: str, line: int | None = None) -> None:
        skipped = SkippedSource(str(path), reason, line)
        if on_skip is None:
            log.warning("skipped %s: %s", skipped.path, skipped.reason)
        else:
            on_skip(skipped)

    used: set[str] = set()
    read: set[str] = set()  # resolved paths

    def unique(doc_id: str, take: bool = True) -> str:
        candidate, n = doc_id, 1
        while candidate in used:
            n += 1
            candidate = f"{doc_id}~{n}"
        if take:
            used.add(candidate)
        return candidate

    folders: dict[str, str | None] = {}

    for source in _sources(paths, exclude):
        if source.problem is not None:
            report(source.path, source.problem)
            continue
        resolved = _resolved_in(source.path, folders)
        if resolved is None:
            report(source.path, "symlink loop")
            continue
        if resolved in read:  # the same file reached twice (given directly and inside a folder)
            continue
        read.add(resolved)
        try:
            if memo is not None and source.kind != "jsonl":
                yield from _remembered(source, memo, unique, report, max_chars)
            else:
                for doc in _file_documents(source, report, max_chars):
                    yield replace(doc, id=unique(doc.id))
        except UnreadableFile as exc:
            report(source.path, exc.reason)
    if memo is not None:  # every source walked: this build's entries are whole
        memo.complete = True
        memo.save()


def _resolved_in(path: Path, folders: dict[str, str | None]) -> str | None:
    """``str(_resolved(path))`` with each folder resolved once (``folders``, by folder): a path
    whose last part is no symbolic link resolves to its resolved folder and its own name, as
    ``realpath`` walks it (resolving each file whole took 4.5 s of a profiled 10,000-document
    rebuild)."""
    if os.path.islink(path):
        whole = _resolved(path)
        return None if whole is None else str(whole)
    parent, name = os.path.split(path)
    if parent not in folders:
        base = _resolved(Path(parent))
        folders[parent] = None if base is None else str(base)
    base = folders[parent]
    return None if base is None else os.path.join(base, name)


def _remembered(source: _Source, memo: SourceMemo, unique: Callable[..., str], report: Callable[..., None],
                max_chars: int | None) -> Iterator[Document | Known]:
    """The document of a file that is one document: a :class:`Known` if the memo vouches for the
    file as it is now, else read (and noted in the memo)."""
    try:
        st = os.stat(source.path)
    except OSError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        st = None
    path = str(source.path)
    where = os.path.abspath(path)  # the same file however the sources are spelled
    if st is not None:
        doc_id = unique(source.doc_id, take=False)
        key = memo.known(where, st, doc_id)
        if key is not None:
            unique(source.doc_id)
            yield Known(doc_id, path, key, lambda: _read_again(source, doc_id, report, max_chars))
            return
    for doc in _file_documents(source, report, max_chars):
        doc = replace(doc, id=unique(doc.id))
        if st is not None:
            memo.note(where, st, doc)
        yield doc


def _read_again(source: _Source, doc_id: str, report: Callable[..., None], max_chars: int | None) -> Document | None:
    """A known file's document after all (its cached result went missing): read as any file is,
    under the id it was given; None, reported, if it cannot be read now."""
    try:
        for doc in _file_documents(source, report, max_chars):
            return replace(doc, id=doc_id)
    except UnreadableFile as exc:
        report(source.path, exc.reason)
    return None


def _file_documents(source: _Source, report: Callable[..., None], max_chars: int | None) -> Iterator[Document]:
    """The documents of one source file (one, or one per good line of a ``.jsonl``), ids not yet unique."""
    def too_long(text: str) -> str | None:
        if max_chars is not None and len(text) > max_chars:
            return f"{len(text):,} characters, over the --max-doc-chars limit of {max_chars:,}"
        return None

    if source.kind == "jsonl":
        problems = kept = 0

        def skip_line(reason: str, number: int | None = None) -> None:
            nonlocal problems
            problems += 1
            report(source.path, reason, number)

        for number, doc_id, body, title, date in _read_jsonl(source, skip_line):
            text = clean_text(body)
            reason = "empty text" if not text else too_long(text)
            if reason:
                skip_line(f"line {number}: {reason}", number)
                continue
            kept += 1
            yield Document(doc_id, text, str(source.path), _one_line(title), date)
        if kept == 0 and problems == 0:
            report(source.path, "empty")
        return
    if max_chars is not None:  # a file far too big is not even read: 4 bytes per character at most
        size = _size(source.path)
        if size is not None and size > 4 * max_chars + 4:
            raise UnreadableFile(f"{size:,} bytes, over the --max-doc-chars limit of {max_chars:,} characters")
    if source.kind in READERS:  # PDF, Word, web pages: kg/readers, text comes cleaned
        if _size(source.path) is None:  # a FIFO or device would block the reader's open
            raise UnreadableFile("not a regular file")
        got = read_with_library(source.path, source.kind)
        text, title, date, pages = got.text, got.title, got.date, got.pages
    else:
        raw, title, date = _read_file(source)
        text, pages = clean_text(raw), ()
    reason = "empty" if not text else too_long(text)
    if reason:
        raise UnreadableFile(reason)
    yield Document(source.doc_id, text, str(source.path), title, date, pages)


def _size(path: Path) -> int | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size if stat.S_ISREG(st.st_mode) else None


def count_documents(paths: Sequence[str | os.PathLike[str]], exclude: Iterable[str | os.PathLike[str]] = ()) -> int:
    """How many documents ``iter_documents`` will yield at most (files, plus lines of .jsonl).

    Cheap (no decoding, no cleaning): used to give progress bars a total and an ETA. Only regular
    files are opened (a FIFO or a link to ``/dev/zero`` named ``*.jsonl`` would block or never end).
    """
    total = 0
    for source in _sources([Path(p) for p in paths if Path(p).exists()], exclude):
        if source.kind == "jsonl" and source.problem is None:
            try:
                with open_regular(source.path) as fh:
                    total += sum(1 for line in fh if line.strip())
            except (UnreadableFile, OSError):
                continue
        else:
            total += 1
    return total
