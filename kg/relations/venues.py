"""An "in" or "at" that follows another one on a name belongs to the thing the first one names.

"The suit was filed by the Westbrook Tenants Association in federal court in Denver": the parser
hangs both "in" phrases on the association, so the rows that read where a name is
(``kg.relations.descriptions.located_in``, ``kg.relations.place_chains``) would put it in
Denver. The first phrase names a thing, no place ("court", "a hearing", "a statement"), and the
place after it is that thing's: ``after_venue`` says so.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.lexicon.words import DIVISION_WORDS, PLACE_KINDS
from kg.relations.arguments import Arguments


def after_venue(prep: Token, args: Arguments) -> bool:
    """``prep`` ("in", "at") follows, on the same word, an "in"/"at" whose object is a common
    noun no name covers and no place's kind ("in federal court in Denver"; not "in the province
    of Rieti in Italy")."""
    return any(p.dep_ == "prep" and p.lower_ in ("in", "at") and p.i < prep.i and any(
        q.dep_ == "pobj" and q.pos_ == "NOUN" and args.ent(q) is None and q.lower_ not in PLACE_KINDS | DIVISION_WORDS
        for q in p.children) for p in prep.head.children)
