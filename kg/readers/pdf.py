"""PDF with pypdf: the text of each page, without running headers, footers and page numbers.

A PDF holds positioned lines, not paragraphs. Per page, pypdf gives the lines in reading order;
this module then drops what repeats at the top or bottom of most pages (running headers and
footers, with their page numbers), mends words hyphenated across a line break, and joins lines
into paragraphs (a line much shorter than the page's longest ends its paragraph). Each page is
cleaned on its own and the pages are joined, so ``Read.pages`` knows where each begins and
evidence can carry its page. A PDF without any text layer (a scan) is skipped: kg runs no OCR.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from kg.readers import Read, need

#: lines at the top and at the bottom of a page where running headers and footers are looked for
ZONE = 2
#: a line in the zone of at least this share of the pages (and of two pages) is furniture
REPEATED = 0.5
#: a line shorter than this share of the page's longest line ends its paragraph
SHORT_LINE = 0.75
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—(\[]?\s*\d{1,4}\s*[-–—)\]]?(?:\s*(?:/|of)\s*\d{1,4})?$", re.I)
_HYPHENATED = re.compile(r"[^\W\d_]-$")
_SENTENCE_END = re.compile(r"[.!?:;\"'”’)\]]$")


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs every repair of a damaged file; the build reports the file once instead."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR + 10)
    try:
        yield
    finally:
        logger.setLevel(level)


def read_pdf(path: Path) -> Read:
    """Text, title, date and page starts of a PDF; ``UnreadableFile`` for a scan, a corrupt or locked file."""
    from kg.ingest import UnreadableFile

    pypdf = need("pypdf", "pypdf")
    with _quiet_pypdf():
        try:
            reader = pypdf.PdfReader(str(path), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise UnreadableFile("encrypted PDF: it needs a password (save an unlocked copy)")
            pages = [page.extract_text() or "" for page in reader.pages]
            meta = reader.metadata
        except UnreadableFile:
            raise
        except pypdf.errors.DependencyError as exc:
            raise UnreadableFile(f"encrypted PDF: cannot decrypt it ({exc})") from None
        except pypdf.errors.FileNotDecryptedError:
            raise UnreadableFile("encrypted PDF: it needs a password (save an unlocked copy)") from None
        except Exception as exc:  # pypdf raises many kinds on damaged files
            raise UnreadableFile(f"corrupt PDF ({type(exc).__name__}: {exc})") from None
    lines = [[ln.strip() for ln in text.splitlines() if ln.strip()] for text in pages]
    if not any(lines):
        raise UnreadableFile("no text layer (scanned?)")
    lines = strip_furniture(lines)
    text, starts = join_pages([paragraphs(page) for page in lines])
    if not text:
        raise UnreadableFile("no text layer (scanned?)")
    title = _meta(meta, "title")
    created = getattr(meta, "creation_date", None) if meta is not None else None
    return Read(text, title, created.date().isoformat() if created else None, starts)


def _meta(meta, name: str) -> str | None:
    try:
        value = getattr(meta, name, None) if meta is not None else None
    except Exception:  # a malformed info dictionary is no reason to lose the text
        return None
    value = " ".join(str(value).split()) if value else ""
    return value or None


def _shape(line: str) -> str:
    """A line with its numbers blanked: ``Page 3 of 9`` and ``Page 4 of 9`` are the same furniture."""
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def strip_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Drop running headers/footers (same shape at the top or bottom of most pages) and page numbers.

    >>> strip_furniture([["ACME report", "Text one.", "1"], ["ACME report", "Text two.", "2"]])
    [['Text one.'], ['Text two.']]
    """
    with_text = [p for p in pages if p]
    seen: Counter[str] = Counter()
    for page in with_text:
        zone = {_shape(ln) for ln in page[:ZONE] + page[-ZONE:]}
        seen.update(zone)
    need_pages = max(2, REPEATED * len(with_text))
    repeated = {shape for shape, n in seen.items() if n >= need_pages}
    cleaned = []
    for page in pages:
        keep = []
        for i, line in enumerate(page):
            in_zone = i < ZONE or i >= len(page) - ZONE
            if in_zone and (_shape(line) in repeated or _PAGE_NUMBER.match(line)):
                continue
            keep.append(line)
        cleaned.append(keep)
    return cleaned


def paragraphs(lines: list[str]) -> list[str]:
    """Join a page's lines into paragraphs, mending words hyphenated at a line end.

    >>> paragraphs(["The regulators met the inter-", "national partners on Monday and", "agreed.", "Next"])
    ['The regulators met the international partners on Monday and agreed.', 'Next']
    """
    width = max((len(ln) for ln in lines), default=0)
    out: list[str] = []
    current = ""
    for line in lines:
        current = _append(current, line)
        if len(line) < SHORT_LINE * width:
            out.append(current)
            current = ""
    if current:
        out.append(current)
    return out


def _append(text: str, line: str) -> str:
    if not text:
        return line
    if _HYPHENATED.search(text) and line[:1].islower():
        return text[:-1] + line
    return f"{text} {line}"


def join_pages(pages: list[list[str]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Clean each page, join them; a sentence running over a page break is joined, not split.

    Returns the text and the (offset, page number) where each page with text starts.
    """
    from kg.ingest import clean_text

    text = ""
    starts: list[tuple[int, int]] = []
    for number, paras in enumerate(pages, start=1):
        page = "\n\n".join(p for p in (clean_text(x) for x in paras) if p)
        if not page:
            continue
        if text and not _SENTENCE_END.search(text) and page[:1].islower():
            if _HYPHENATED.search(text):
                text = text[:-1]
            else:
                text += " "
        elif text:
            text += "\n\n"
        starts.append((len(text), number))
        text += page
    return text, tuple(starts)
