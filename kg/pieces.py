"""Long documents in pieces: contiguous spans under a size limit, cut where the text allows.

spaCy refuses a text over ``nlp.max_length`` (E088), and even below it one huge ``Doc`` costs
memory in proportion to its length times the model's width. kg therefore parses a long document
piece by piece. Cuts go at paragraph breaks, else at sentence ends, else at whitespace, else
(a run of ``limit`` characters without a space) anywhere. The pieces cover the text exactly,
in order, so a piece's offsets plus its start are offsets into the whole cleaned document.

Every step is one regular-expression scan of the text (or of an oversize unit): linear.

>>> split_spans("One. Two.\\n\\nThree four.", 12)
[(0, 11), (11, 22)]
>>> split_spans("short", 100)
[(0, 5)]
"""

from __future__ import annotations

import re

#: Cut points, coarsest first: after a blank line, after a sentence end, after a space.
_BOUNDARIES: tuple[re.Pattern[str], ...] = (
    re.compile(r"\n[^\S\n]*\n\s*"),
    re.compile(r"[.!?…][\"'”’)\]]*\s+"),
    re.compile(r"\s+"),
)


def split_spans(text: str, limit: int) -> list[tuple[int, int]]:
    """``(start, end)`` spans covering ``text``, each at most ``limit`` characters long."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    if len(text) <= limit:
        return [(0, len(text))]
    pieces: list[tuple[int, int]] = []
    start = end = 0
    for unit_start, unit_end in _units(text, 0, len(text), limit, 0):
        if unit_end - start > limit and end > start:  # the unit does not fit: close the piece
            pieces.append((start, end))
            start = unit_start
        end = unit_end
    pieces.append((start, end))
    return pieces


def _units(text: str, start: int, end: int, limit: int, level: int) -> list[tuple[int, int]]:
    """Consecutive spans of ``text[start:end]`` cut at ``_BOUNDARIES[level]``, each refined at
    the next level while it exceeds ``limit``."""
    if level == len(_BOUNDARIES):  # no boundary left: fixed-size cuts
        return [(s, min(s + limit, end)) for s in range(start, end, limit)]
    units: list[tuple[int, int]] = []
    last = start
    for match in _BOUNDARIES[level].finditer(text, start, end):
        if match.end() > last and match.end() < end:
            units.append((last, match.end()))
            last = match.end()
    units.append((last, end))
    refined: list[tuple[int, int]] = []
    for s, e in units:
        if e - s > limit:
            refined.extend(_units(text, s, e, limit, level + 1))
        else:
            refined.append((s, e))
    return refined
