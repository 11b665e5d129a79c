"""A name NER mistyped that a preposition of place and a comma make a place of a chain (``born in
Jalandhar, Punjab``), and the objects of ``according to``/``thanks to`` that are no place at all.
Read by :func:`kg.relations.place_chains.is_place` and ``place_chain``."""

from __future__ import annotations

from spacy.tokens import Token

from kg.lexicon.countries import demonyms
from kg.lexicon.given_names import given_name
from kg.lexicon.names import norm
from kg.relations.arguments import Arguments

PLACES = frozenset({"GPE", "LOC"})

#: Kinds NER gives a town or a region it does not know (``Machu Picchu`` PERSON, ``Punjab`` NORP).
_MISTYPED_PLACE = frozenset({"PERSON", "ORG", "FAC", "PRODUCT", "NORP", "WORK_OF_ART"})
#: Prepositions whose object is a place when a comma joins it to another (``born in``, ``moved to``).
_SLOT_PREPS = frozenset({"in", "at", "to", "from", "near", "within"})
#: Words that make "to" part of a preposition of another sense: "according to Kuleba, Ukraine …"
#: names a source, "thanks to", "due to" a cause.
_NO_PLACE_BEFORE = frozenset({"according", "thanks", "due", "owing"})


def source_or_cause(root: Token) -> bool:
    """The object of "according to" (or "thanks to", "due to"): a source or a cause, no place."""
    return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ in _NO_PLACE_BEFORE


def chained_in_slot(mi: int, args: Arguments) -> bool:
    """``born in Jalandhar, Punjab``, ``a city in Punjab, Pakistan``, ``migrates to Machu Picchu,
    Peru``: a name NER mistyped, the object of a preposition of place (or the apposition of that
    object), joined by a comma to a name NER typed a place, is a place of the chain. A people's
    adjective stays one (``in Punjabi, Pakistan`` is no chain), and so does a source (``according
    to Kuleba, Ukraine expects …``)."""
    m = args.mentions[mi]
    root = args.roots.get(mi)
    if m.type not in _MISTYPED_PLACE or root is None or (m.type == "NORP" and norm(m.text) in demonyms()) \
            or m.type == "PERSON" and " " in m.text and given_name(m.text.split()[0]):
        return False  # "based in Rotterdam, Pieter Jansen, who will lead it, told analysts"
    slot = root.head if root.dep_ == "appos" else root
    if slot.dep_ != "pobj" or slot.head.lower_ not in _SLOT_PREPS or source_or_cause(slot):
        return False
    start, end = args.span_in_sentence(mi)
    doc = args.doc
    after = args.ent(doc[end + 1]) if end + 1 < len(doc) and doc[end].text == "," else None
    before = args.ent(doc[start - 2]) if start >= 2 and doc[start - 1].text == "," else None
    return any(n is not None and n != mi and args.mentions[n].type in PLACES for n in (after, before))
