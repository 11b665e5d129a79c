"""Saved web pages: the article's text, without menus, cookie banners, footers or related links.

trafilatura (Apache-2.0) finds a page's main content and its metadata (title, publication date)
well, but its own text output splits words at inline tags (``Tik<b>Tok</b>`` -> ``Tik\\nTok``).
So kg renders the page itself (``kg.ingest.html_to_text``: block structure, scripts dropped) and
keeps only the lines trafilatura counts as main content; a page where trafilatura finds no main
text (a fragment, a bare list) keeps all its visible text, as does every page when trafilatura
is not installed (it is in the ``docs`` extra).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from kg.readers import Read

_SPACE = re.compile(r"\s+")


def read_web(path: Path) -> Read:
    """Main text, title and date of an HTML file."""
    from kg.ingest import clean_text, html_to_text, read_text_file

    markup = read_text_file(path)
    text, title = html_to_text(markup)
    try:
        import trafilatura
    except ImportError:  # without the docs extra, a page keeps all its visible text, as before
        return Read(clean_text(text), title)
    logger = logging.getLogger("trafilatura")
    level, logger.level = logger.level, logging.CRITICAL  # its fallbacks log on ordinary pages
    try:
        found = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False,
                                            include_tables=True, deduplicate=False)
    finally:
        logger.setLevel(level)
    date = None
    if found is not None and (found.text or "").strip():
        # the headline is article text too (trafilatura keeps it as metadata only)
        text = main_lines(text, f"{found.title or ''}\n{found.text}")
        date = found.date or None
        # trafilatura drops the site's name from the <title> ("Story | The Ledger" -> "Story")
        short = " ".join((found.title or "").split())
        if short and (title is None or short in title):
            title = short
    return Read(clean_text(text), title, date)


def main_lines(text: str, main: str) -> str:
    """The lines of ``text`` that are part of ``main`` (compared without whitespace).

    A one-word line must also be a whole word of ``main``: a menu's "Home" is not kept for the
    article's "Homeland".

    >>> main_lines("Home\\n\\nNews\\n\\nThe FTC fined TikTok.\\nCookies: accept all", "The FTC fined Tik\\nTok.")
    'The FTC fined TikTok.'
    """
    flat = _SPACE.sub("", main)
    spaced = " " + _SPACE.sub(" ", main) + " "
    kept_paragraphs = []
    for paragraph in text.split("\n\n"):
        kept = []
        for line in paragraph.split("\n"):
            words = line.split()
            if not words or "".join(words) not in flat:
                continue
            if len(words) == 1 and not re.search(rf"(?<!\w){re.escape(words[0])}(?!\w)", spaced):
                continue
            kept.append(line)
        if kept:
            kept_paragraphs.append("\n".join(kept))
    return "\n\n".join(kept_paragraphs)
