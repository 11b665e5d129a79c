"""The prep rows that read a place through the noun a verb's preposition takes: a part or an
area of a named place (``prep_part``: "born in the village of X", "on the shore of Lake Inari")
and a place hung on the verb's unnamed object (``prep_place``: "died of throat cancer in
Manhattan"). Out of ``kg.relations.verbs``, whose ``VerbFrame`` they read."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.relations.arguments import Arg, Arguments
from kg.relations.person_sites import person_site
from kg.relations.triples import RawTriple, emit
from kg.relations.words import PART_NOUNS, WHERE_VERBS

if TYPE_CHECKING:
    from kg.relations.verbs import VerbFrame


def part_preps(prep: Token, f: VerbFrame) -> Iterator[RawTriple]:
    """``born in the village of X``, ``on the shore of Lake Inari``, ``in the east of the Russian
    Empire``: a part or an area of a named place stands for the place (``prep`` reads names only).

    Pattern: verb > prep > pobj{NOUN in PART_NOUNS, unnamed} > prep{LOWER: of} > pobj{name}.
    """
    args = f.args
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        if pobj.pos_ != "NOUN" or pobj.lower_ not in PART_NOUNS or args.ent(pobj) is not None \
                or _on_the_part(prep, pobj):
            continue
        for of in (c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"):
            for places in args.pobj_args(of, pronouns=False):
                yield from emit(args, f.holders, f.label_with_object(prep), places, "prep_part", f.clause)


def _on_the_part(prep: Token, noun: Token) -> bool:
    """"signed on the part of SOCAR", "for its part": the idiom says by whom, not where (a part
    with its own word is a place's: "located on the northern part of the island")."""
    return noun.lower_ == "part" and prep.lower_ in ("on", "for") \
        and all(c.dep_ in ("det", "poss", "prep") for c in noun.children)


def place_preps(prep: Token, f: VerbFrame) -> Iterator[RawTriple]:
    """``died of throat cancer in Manhattan``, ``worked as a teacher in Boston``: a place the
    parser hung on the verb's unnamed prepositional object says where the verb happened; so does,
    for any verb, the place a person's site is in or of (``was hospitalized in a hospital of
    Yokohama``, ``kg.relations.person_sites``).

    The place may itself be named by a part of it (``located in the old customs house in the
    port city of Bergen``: ``city of`` stands for Bergen, as ``prep_part`` reads it).

    Pattern: verb > prep > pobj{NOUN, unnamed, no part noun} > prep{LOWER: in} > pobj{place}
    (or > pobj{PART_NOUNS, unnamed} > prep{LOWER: of} > pobj{place}).
    """
    from kg.relations.place_chains import is_place  # place_chains imports this module's callers

    args = f.args
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        if pobj.pos_ != "NOUN" or pobj.lower_ in PART_NOUNS or args.ent(pobj) is not None:
            continue
        site = person_site(pobj)
        if not site and f.verb.lemma_ not in WHERE_VERBS:
            continue
        for inner in (c for c in pobj.children if c.dep_ == "prep" and (c.lower_ == "in" or site and c.lower_ == "of")):
            for a in (*args.pobj_args(inner, pronouns=False), *_part_of(inner, args)):
                places = Arg([m for m in a.mentions if is_place(m, args)], a.inferred)
                yield from emit(args, f.holders, f"{f.label} in", places, "prep_place", f.clause)


def _part_of(prep: Token, args: Arguments) -> Iterator[Arg]:
    """``in the port city of Bergen``: the place an unnamed part noun after ``prep`` is of."""
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        if pobj.pos_ == "NOUN" and pobj.lower_ in PART_NOUNS and args.ent(pobj) is None:
            for of in (c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"):
                yield from args.pobj_args(of, pronouns=False)
