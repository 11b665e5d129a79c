"""Whose deed a passive participle set off after a copula's complement states: ``HMS Tavistock
was a destroyer of the Royal Navy, built by Fairbairn & Lowe … and launched on 2 March 1939``
(the subject's), ``Gandhi was a leader of the Indian National Congress, founded by Hume`` (the
"of" phrase's name's).

The parser hangs "built" on the last name before it, the "of" object of the complement
("Royal Navy"), and the participle rows read it as that name's: "Fairbairn & Lowe built Royal
Navy". Set off by a comma after a complement's "of" phrase, a participle of making describes
the copula's subject, which the complement describes: the destroyer was built, not its navy. A
participle with no comma stays the name's ("a member of the party founded by Gandhi"), and so
does one of another kind ("Gandhi was a leader of the Indian National Congress, founded by Hume":
the Congress was founded).
"""

from __future__ import annotations

from spacy.tokens import Token

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
