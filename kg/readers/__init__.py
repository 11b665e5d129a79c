"""Readers of formats that need a library: PDF (pypdf), Word (python-docx), web pages (trafilatura).

Each reader takes a path and returns a ``Read``: text already cleaned (``kg.ingest.clean_text``,
applied per page or paragraph, so the offsets every later stage records slice this exact text),
title, date and, for paged formats, where each page starts. A file it cannot read raises
``kg.ingest.UnreadableFile`` with a short reason; the build reports it and goes on. The libraries
are the ``docs`` extra: without one, its files are skipped with the exact install command.
"""

from __future__ import annotations

import importlib
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

INSTALL_DOCS = 'pip install "kg-builder[docs]"'

#: kind -> "module:function" of its reader (the kinds are those of ``kg.ingest.SUFFIXES``)
READERS: dict[str, str] = {
    "pdf": "kg.readers.pdf:read_pdf",
    "docx": "kg.readers.docx:read_docx",
    "html": "kg.readers.web:read_web",
}


@dataclass(frozen=True)
class Read:
    """What a reader got from a file; ``text`` is cleaned, ``pages`` are (offset, page number)."""

    text: str
    title: str | None = None
    date: str | None = None
    pages: tuple[tuple[int, int], ...] = ()


def read(path: Path, kind: str) -> Read:
    """Read ``path`` with the reader of ``kind`` (a key of ``READERS``)."""
    module, _, name = READERS[kind].partition(":")
    reader: Callable[[Path], Read] = getattr(importlib.import_module(module), name)
    return reader(path)


def need(module: str, package: str):
    """Import a reader's library, or explain which extra installs it."""
    from kg.ingest import UnreadableFile

    try:
        return importlib.import_module(module)
    except ImportError:
        raise UnreadableFile(f"reading this file type needs {package}: {INSTALL_DOCS}") from None


def join_blocks(blocks: Iterable[str]) -> str:
    """Clean each block and join the non-empty ones as paragraphs."""
    from kg.ingest import clean_text

    return "\n\n".join(b for b in (clean_text(x) for x in blocks) if b)


# --------------------------------------------------------------------------------------------
# Files a build does not read
# --------------------------------------------------------------------------------------------

def unsupported_files(paths: Iterable[str | os.PathLike[str]], exclude: Iterable[str | os.PathLike[str]] = (),
                      ) -> list[Path]:
    """Files under the given folders that kg has no reader for, sorted.

    The same walk as the build's: hidden files and folders and the folders in ``exclude`` (the
    output folder) are not looked at, and a folder's ``aliases.yaml`` is an alias pack, not a
    document. A file given directly is always read (as text when its type is unknown).
    """
    from kg.ingest import SUFFIXES

    skip = {Path(p).resolve() for p in exclude}
    found: list[Path] = []
    for given in paths:
        root = Path(given)
        if not root.is_dir():
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                                 and Path(dirpath, d).resolve() not in skip)
            for name in filenames:
                if name.startswith(".") or os.path.splitext(name)[1].lower() in SUFFIXES:
                    continue
                if name == "aliases.yaml" and Path(dirpath) == root:
                    continue
                found.append(Path(dirpath, name))
    return sorted(found)


def describe_unsupported(files: list[Path]) -> str:
    """``ignored 3 files of unsupported types (.xlsx 2, .bin 1)``.

    >>> describe_unsupported([Path("a.xlsx"), Path("b.bin"), Path("c.XLSX")])
    'ignored 3 files of unsupported types (.xlsx 2, .bin 1)'
    >>> describe_unsupported([Path("Makefile")])
    'ignored 1 file of unsupported type (no suffix 1)'
    """
    counts = Counter(p.suffix.lower() or "no suffix" for p in files)
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    plural = "s" if len(files) != 1 else ""
    return f"ignored {len(files)} file{plural} of unsupported type{'s' if len(counts) != 1 or plural else ''} ({kinds})"


def unsupported_report(sources: Iterable[str | os.PathLike[str]], exclude: Iterable[str | os.PathLike[str]] = (),
                       verbose: bool = False) -> list[str]:
    """The build summary's lines about ignored files: a count per type, and each file if ``verbose``."""
    files = unsupported_files(sources, exclude)
    if not files:
        return []
    head = describe_unsupported(files).capitalize() + ("" if verbose else " (--verbose names them)") + "."
    return [head] + ([f"  ignored {path}" for path in files] if verbose else [])
