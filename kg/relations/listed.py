"""Describing nouns that a list or an ``as`` gives a name (kg.relations.descriptions reads them).

A *describing noun* of a name is a common noun the sentence says the name is (``X, a town in Y``).
Two more shapes say it: a plural before a list of names (``Kurdish masters such as X and Y``:
each is a Kurdish master) and a work noun after ``as`` on the verb whose object the name is
(``X was released as the third single from Red``: X is that single); and a group noun before a
list says of each member what it says of the group (``Swiss pair Hingis and Federer``); and a
title written right before a person's name says it of him whatever the parser hung it on
(``the daughter of Tunisian politician Mondher Ben Ammar``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.doc_arrays import sentence_bounds
from kg.predicates import noun_kind
from kg.relations.arguments import Arguments
from kg.relations.tokens import list_head, up_conj
from kg.relations.words import ROLE_NOUNS, WORK_NOUNS


def released_as(top: Token, args: Arguments) -> Token | None:
    """``X was released as the third single from Red``, ``The band issued X as a single``: a work
    noun after ``as`` on the verb whose passive subject or object X is describes X (``single
    from Red``: the class_noun row reads its preposition). Only a work noun: ``served as mayor
    of Calgary`` is a role (``as_role`` reads it)."""
    if top.dep_ not in ("nsubjpass", "dobj"):
        return None
    for prep in top.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and noun.lower_ in WORK_NOUNS \
                        and args.ent(noun) is None:
                    return noun
    return None


def listing_noun(top: Token, args: Arguments) -> Token | None:
    """``missiles such as Cirit and UMTAS``, ``US training camps including Camp Caves``: the plural
    common noun a list of names hangs on (``such as``, ``including``, ``like``) describes each name
    as an apposition would. Not a singular (``the album, including the single X``: X is no album)."""
    noun = list_head(top)
    return noun if noun is not None and noun.tag_ == "NNS" and noun.pos_ == "NOUN" and args.ent(noun) is None else None


#: Nouns for a group named by the list after them ("Swiss pair Martina Hingis and Roger Federer").
PAIR_NOUNS = frozenset("pair duo trio couple brothers sisters twins".split())


def pair_nouns(root: Token) -> list[Token]:
    """The group noun in front of the first name of a list ``root`` is a later member of: what it
    says of the pair it says of each ("Swiss pair Hingis and Federer": Federer is Swiss too)."""
    first = up_conj(root)
    if first.i == root.i:
        return []
    return [c for c in first.children if c.dep_ in ("compound", "nmod") and c.i < first.i and c.lower_ in PAIR_NOUNS]


def _title(t: Token, args: Arguments) -> bool:
    """A person's common noun (``politician``, ``actress``, ``coach``) no name covers, and no name
    but a people's modifies ("Sony rapper and singer Nicki Minaj": the rapper is Sony's)."""
    return t.pos_ == "NOUN" and t.is_lower and args.ent(t) is None and (
        t.lower_ in ROLE_NOUNS or noun_kind(t.lower_, ("PERSON",)) is not None) and all(
        args.ent(c) is None or args.mentions[args.ent(c)].type == "NORP" for c in t.lefts)


def titles_before(mi: int, args: Arguments) -> list[Token]:
    """The person nouns written right before person ``mi``'s name, nearest first, whatever the
    parser hung them on: ``the daughter of Tunisian politician Mondher Ben Ammar`` (the name parsed
    as an apposition of "daughter"), ``Mexican singer and actress Lupita D'Alessio`` (the name
    on "actress", "Mexican" on "singer"). Titles joined by "and" are all his; anything else
    before them ends the run."""
    if args.mentions[mi].type != "PERSON":
        return []
    doc = args.doc
    start = args.span_in_sentence(mi)[0]
    first = sentence_bounds(doc, start)[0]
    out: list[Token] = []
    i = start - 1
    while i >= first and _title(doc[i], args):
        out.append(doc[i])
        i -= 1
        if i - 1 >= first and doc[i].lower_ == "and" and _title(doc[i - 1], args):
            i -= 1
    return out
