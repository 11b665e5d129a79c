"""Describing nouns that a list or an ``as`` gives a name (kg.relations.descriptions reads them).

A *describing noun* of a name is a common noun the sentence says the name is (``X, a town in Y``).
Two more shapes say it: a plural before a list of names (``Kurdish masters such as X and Y``:
each is a Kurdish master) and a work noun after ``as`` on the verb whose object the name is
(``X was released as the third single from Red``: X is that single); and a group noun before a
list says of each member what it says of the group (``Swiss pair Hingis and Federer``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.relations.arguments import Arguments
from kg.relations.tokens import list_head, up_conj
from kg.relations.words import WORK_NOUNS


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
