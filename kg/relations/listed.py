"""Describing nouns that a list or an ``as`` gives a name (kg.relations.descriptions reads them).

A *describing noun* of a name is a common noun the sentence says the name is (``X, a town in Y``).
Two more shapes say it: a plural before a list of names (``Kurdish masters such as X and Y``:
each is a Kurdish master) and a work noun after ``as`` on the verb whose object the name is
(``X was released as the third single from Red``: X is that single).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.relations.arguments import Arguments
from kg.relations.tokens import list_head
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
