"""Whose deed a passive participle after an "of" phrase states: ``HMS Tavistock was a destroyer
of the Royal Navy, built by Fairbairn & Lowe … and launched on 2 March 1939`` (the subject's),
``Gandhi was a leader of the Indian National Congress, founded by Hume`` (the "of" phrase's
name's), ``Acme, the Danish maker of wind turbines based in Aarhus`` (the maker's).

The parser hangs "built" on the last name before it, the "of" object of the complement
("Royal Navy"), and the participle rows read it as that name's: "Fairbairn & Lowe built Royal
Navy". Set off by a comma after a complement's "of" phrase, a participle of making describes
the copula's subject, which the complement describes: the destroyer was built, not its navy. A
participle with no comma stays the name's ("a member of the party founded by Gandhi"), and so
does one of another kind ("Gandhi was a leader of the Indian National Congress, founded by Hume":
the Congress was founded). After "the maker of <things>", a participle of a seat or a founding is
the maker's, whatever the parser hangs it on (``maker_described``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.lexicon.words import BODY_NOUNS
from kg.relations.tokens import COPULA_LEMMAS

#: Participles of making a thing: what a ship, an aircraft, a building or a product underwent.
MAKING_VERBS = frozenset("build construct launch design manufacture produce develop commission complete".split())


def copula_described(verb: Token) -> Token | None:
    """The copula whose subject the set-off participle ``verb`` describes, or None.

    Pattern: be > attr{NOUN} > prep{of} > pobj > acl{VBN of MAKING_VERBS, a comma before it}.
    """
    noun = verb.head
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.i == 0 or verb.doc[verb.i - 1].text != "," \
            or verb.lemma_.lower() not in MAKING_VERBS:
        return None
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.dep_ != "prep":
        return None
    attr = noun.head.head
    if attr.dep_ != "attr" or attr.pos_ != "NOUN" or attr.head.lemma_ not in COPULA_LEMMAS:
        return None
    return attr.head


#: Participles of founding or placing a body, which no person undergoes.
FOUNDING_VERBS = frozenset("found establish form create headquarter base own incorporate".split())


def of_object_described(verb: Token) -> Token | None:
    """``Gandhi was a leader of the Indian National Congress, founded by Hume``: the parser hangs
    "founded" on the complement ("leader"), which stands for the subject; a participle of founding
    set off right after the complement's "of" phrase describes that phrase's name (the Congress
    was founded, not Gandhi). Returns the name's token, or None.

    Pattern: be > attr{NOUN} > acl{VBN of FOUNDING_VERBS, after "of NAME ,"}.
    """
    attr = verb.head
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.lemma_.lower() not in FOUNDING_VERBS \
            or attr.dep_ != "attr" or attr.head.lemma_ not in COPULA_LEMMAS or verb.i < 2 \
            or verb.doc[verb.i - 1].text != ",":
        return None
    of = next((c for c in attr.children if c.dep_ == "prep" and c.lower_ == "of" and c.right_edge.i == verb.i - 2), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return pobj if pobj is not None and pobj.pos_ == "PROPN" else None


#: Nouns for a body by what it makes, sells or runs ("the maker of wind turbines"): a person may
#: be called some of them too, and a person's seat is read the same way.
MAKER_NOUNS = BODY_NOUNS | frozenset("producer developer operator provider distributor publisher owner".split())
#: Participles that say where a body sits or who made it, not what befell a thing it makes.
SEAT_VERBS = FOUNDING_VERBS | frozenset({"locate", "situate"})


def maker_described(verb: Token) -> Token | None:
    """``Nordvind, the Danish maker of wind turbines headquartered in Aarhus``: the parser hangs the
    participle on the nearest noun, what the body makes ("turbines"), but a seat or a founding is
    said of the maker. Returns the maker noun, or None: not when the "of" object is a name or a
    body itself ("the chief executive of a startup based in Berlin": the startup's seat).

    Pattern: noun{MAKER_NOUNS} > prep{of} > pobj{NOUN, no body noun} > acl{VBN of SEAT_VERBS}.
    """
    things = verb.head
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.lemma_.lower() not in SEAT_VERBS \
            or things.pos_ != "NOUN" or things.lower_ in MAKER_NOUNS or things.dep_ != "pobj":
        return None
    of = things.head
    if of.lower_ != "of" or of.dep_ != "prep" or of.head.lower_ not in MAKER_NOUNS or of.head.pos_ != "NOUN":
        return None
    return of.head


#: Participles of a person's life, which no body or thing undergoes.
LIFE_PARTICIPLES = frozenset({"born", "raised", "educated"})


def person_described(verb: Token) -> Token | None:
    """``Ivan Espinosa, the chief planning officer of the company, born in Mexico``: the parser
    hangs the set-off participle on the nearest noun ("company"), but being born is said of the
    person the apposition describes. Returns the name's token, or None.

    Pattern: name{PROPN} > appos{NOUN} > prep > pobj (…) > acl{VBN of LIFE_PARTICIPLES, a comma before}.
    """
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lower_ not in LIFE_PARTICIPLES or verb.i == 0 \
            or verb.doc[verb.i - 1].text != ",":
        return None
    noun = verb.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # up the "of" phrases to the noun set off after the name
    return noun.head if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun is not verb.head else None


def body_born(verb: Token) -> bool:
    """A participle of a person's life the parser hung on a body's noun ("the chief operating
    officer of the company, born in Spain", with no name to carry it to): no body was born, so
    the participle has no subject to give."""
    return verb.dep_ == "acl" and verb.lower_ in LIFE_PARTICIPLES and verb.head.lower_ in BODY_NOUNS
