"""One document, one type for a name: the type a sentence corrected carries to the document's other
mentions of the same name that only NER typed.

NER types each mention from its own words and often disagrees with itself: "The Turkish defense
company Baykar" is corrected to an organisation by the noun before it (``kg.entity_types``), while
"Baykar, founded by Ozdemir Bayraktar in 1984" stays NER's PERSON two sentences later. The graph's
node already takes the corrected type (``kg.labels`` weighs it more), but the relation rules read
each mention's own type: "Last year the company acquired Piaggio Aerospace" found no company
before it. A place keeps NER's type ("in Troyes" beside "the club Troyes"), and so does a name the
document's sentences correct to more than one type.
"""

from __future__ import annotations

from dataclasses import replace

from kg.lexicon.countries import country_named, demonyms
from kg.lexicon.names import norm
from kg.lexicon.regions import continental_people, regional_people
from kg.lexicon.words import STORM_WORDS
from kg.model import Mention

#: Types a sentence's correction carries to the name's other mentions, and the NER types it may replace.
CARRIED = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT"})
#: NER types no correction elsewhere in the document overrides: a place named so is one there.
KEPT = frozenset({"GPE", "LOC"})


def carry_corrected_types(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the corrected type (``origin: typed``) of a name given to its other
    mentions of origin ``ner`` in the document, when the corrections agree on one type in
    ``CARRIED`` and the mention is no place (``KEPT``)."""
    corrected: dict[str, set[str]] = {}
    for m in mentions:
        if m.origin == "typed":
            corrected.setdefault(m.text, set()).add(m.type)
            if m.type == "EVENT" and m.text.split()[0].lower() in STORM_WORDS:  # "Cyclone Mako" … "Mako was moving"
                corrected.setdefault(m.text.split()[-1], set()).add(m.type)
    if not corrected:
        return mentions
    out = []
    for m in mentions:
        types = corrected.get(m.text, ())
        if m.origin == "ner" and len(types) == 1 and m.type not in types and m.type not in KEPT \
                and (kind := next(iter(types))) in CARRIED:
            m = replace(m, type=kind)
        out.append(m)
    return out


def bodies_not_peoples(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a name NER typed both an organisation and a people (NORP) in the document
    typed an organisation throughout, unless the name is a people's or a country's word: "Germany's
    regulator BaFin fined … BaFin president Mark Branson" (ORG, then NORP) is one regulator, and
    the second mention is no nationality of its president. "Kazakh", "Nordic" keep NER's NORP."""
    types: dict[str, set[str]] = {}
    for m in mentions:
        if m.origin == "ner":
            types.setdefault(m.text, set()).add(m.type)
    bodies = {text for text, kinds in types.items() if {"ORG", "NORP"} <= kinds and not _people_word(text)}
    if not bodies:
        return mentions
    return [replace(m, type="ORG") if m.type == "NORP" and m.origin == "ner" and m.text in bodies else m
            for m in mentions]


def _people_word(text: str) -> bool:
    return norm(text) in demonyms() or bool(country_named(text)) or regional_people(text) or continental_people(text)
