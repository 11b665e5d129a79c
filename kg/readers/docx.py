"""Word documents (.docx) with python-docx: paragraphs, headings and tables in reading order.

Each paragraph and heading is a paragraph of the text; each table row is one too, its cells
separated by `` | `` (a cell spanning several columns counted once; a table inside a cell read in
place). Page headers and footers are left out: they repeat on every page. The title is the
document's core property, else its first Title or Heading 1 paragraph.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from kg.readers import Read, join_blocks, need

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: a password-protected .docx, or an old .doc


def read_docx(path: Path) -> Read:
    """Text and title of a .docx file; ``UnreadableFile`` for a locked, old-format or damaged one."""
    from kg.ingest import UnreadableFile

    docx = need("docx", "python-docx")
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise UnreadableFile(f"cannot read: {exc.strerror or exc}") from None
    if head == _OLE:
        raise UnreadableFile("encrypted or old-format Word file: save it as .docx without a password")
    try:
        document = docx.Document(str(path))
        blocks = list(_blocks(document))
        title = (document.core_properties.title or "").strip() or None
    except (zipfile.BadZipFile, KeyError, ValueError, docx.opc.exceptions.PackageNotFoundError) as exc:
        raise UnreadableFile(f"corrupt DOCX ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # a damaged part inside a valid zip (bad XML, missing relationship)
        raise UnreadableFile(f"corrupt DOCX ({type(exc).__name__}: {exc})") from None
    if title is None:
        title = next((text for style, text in blocks if style in ("Title", "Heading 1") and text.strip()), None)
    return Read(join_blocks(text for _, text in blocks), " ".join(title.split()) if title else None)


def _blocks(container) -> Iterator[tuple[str, str]]:
    """(style name, text) of each paragraph and table row, in document order."""
    from docx.table import Table

    for item in container.iter_inner_content():
        if isinstance(item, Table):
            yield from _table_rows(item)
        else:
            style = item.style.name if item.style is not None else ""
            yield style, item.text


def _table_rows(table) -> Iterator[tuple[str, str]]:
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell appears once per grid column it spans
                continue
            seen.add(id(cell._tc))
            parts = []
            for _, text in _blocks(cell):
                if text.strip():
                    parts.append(" ".join(text.split()))
            cells.append(" ".join(parts))
        if any(cells):
            yield "table", " | ".join(c for c in cells if c)
