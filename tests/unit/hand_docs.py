"""Hand-built spaCy Docs for unit tests: no model, the parse is written out (as spaCy's own
matcher tests do), so a rule is tested on exactly the parse it was written for.

A plain module rather than a conftest.py: tests import ``tests/conftest.py`` by name
(``from conftest import SEEDS``), and a second conftest module would shadow it."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.model import Mention

_VOCAB = spacy.blank("en").vocab


def make_doc(words: list[str], heads: list[int], deps: list[str], *, pos: list[str] | None = None,
             tags: list[str] | None = None, ents: list[str] | None = None,
             lemmas: list[str] | None = None, spaces: list[bool] | None = None) -> Doc:
    """A parsed Doc from absolute head indices and labels; ``ents`` as IOB tags (``B-ORG``),
    ``lemmas`` default to the lower-case words, ``spaces`` (a space after each word) to all."""
    return Doc(_VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents,
               lemmas=lemmas or [w.lower() for w in words])


def mentions_of(doc: Doc) -> list[Mention]:
    """One mention per entity of the hand-built Doc, as kg.entities would record it."""
    return [Mention("t", e.start_char, e.end_char, e.text, e.label_, e.sent.start_char, e.sent.end_char)
            for e in doc.ents]


def relations_of(doc: Doc) -> list[tuple[str, str, str, str]]:
    """``(head text, relation, tail text, rule)`` of each triple ``kg.relations`` extracts from
    the hand-built Doc, its entities as the mentions."""
    from kg.relations import extract_relations

    ms = mentions_of(doc)
    return [(ms[t.head].text, t.relation, ms[t.tail].text, t.rule) for t, _ in extract_relations(doc, ms)]
