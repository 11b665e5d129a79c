"""A people named by two people's words is two peoples: NER reads "African-American",
"Japanese Americans", "Pakistani-American" as one group; the text names where the people came
from and where they live, and each word names a people of its own ("African", "American"),
which join the other mentions of those peoples.

Split only a group NER typed as a people (NORP), whose first word is a people's adjective
(``kg.lexicon.countries.demonyms``; after a hyphen, a word with a people's ending: "African",
"Kurdish") and whose second is capitalised. "Anglo-Catholics" (no people's word first) and
"non-Russian" (lower case) stay as they are."""

from __future__ import annotations

from spacy.tokens import Span

from kg.lexicon.countries import demonyms
from kg.lexicon.words import DEMONYM_ENDINGS

#: Hyphens and dashes between the two peoples' words.
_HYPHENS = frozenset({"-", "–", "‐"})


def split_two_peoples(span: Span) -> list[Span]:
    """``African - American`` -> ``African``, ``American``; else ``[span]``."""
    if span.label_ != "NORP" or not 2 <= len(span) <= 3:
        return [span]
    first, last = span[0], span[-1]
    hyphen = len(span) == 3 and span[1].text in _HYPHENS
    if len(span) == 3 and not hyphen:
        return [span]
    if not (first.is_alpha and last.is_alpha and first.text[:1].isupper() and last.text[:1].isupper()):
        return [span]
    people = first.lower_ in demonyms() or (hyphen and first.lower_.endswith(DEMONYM_ENDINGS))
    if not people:
        return [span]
    doc = span.doc
    return [Span(doc, first.i, first.i + 1, label="NORP"), Span(doc, last.i, last.i + 1, label="NORP")]
