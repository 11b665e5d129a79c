"""Whether a word or a sentence lies inside quoted speech: a pronoun there is the speaker's "I"
or someone else, never the speaker named after the quotation (``kg.relations.pronouns``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.doc_arrays import sentence_of
from kg.lexicon.words import QUOTE_MARKS


def opens_quoted(sent: Span) -> bool:
    """The sentence opens inside a quotation or with a quotation mark."""
    return sent[0].text in QUOTE_MARKS or in_quotation(sent[0])


def in_quotation(tok: Token) -> bool:
    """``tok`` lies inside quoted speech: an odd number of quotation marks before it in its
    sentence, or none before and an odd number after (``He will come," Mr X said``: the
    quotation opened a sentence earlier)."""
    before = sum(t.text in QUOTE_MARKS for t in sentence_of(tok) if t.i < tok.i)
    if before:
        return before % 2 == 1
    return sum(t.text in QUOTE_MARKS for t in sentence_of(tok) if t.i > tok.i) % 2 == 1
