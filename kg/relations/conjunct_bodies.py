"""The company a list's first member holds an office at, for a later member with an office of its own.

"Lumora's chief executive Asha Patel and chief operating officer Ben Cole": the ``title`` row
finds no company on "chief operating officer", and the parser made Cole Patel's conjunct, so
the company written for the list's first member is his too.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.lexicon.english import singular
from kg.lexicon.words import OCCUPATIONS
from kg.relations.arguments import Arguments
from kg.relations.tokens import up_conj
from kg.relations.words import ROLE_NOUNS


def conjunct_body(args: Arguments, root: Token, mi: int, office: Token) -> list[int]:
    """The company a list's first member holds an office at, for a later member with an office of
    its own before its name and no company written with it: "Lumora's chief executive Asha Patel
    and chief operating officer Ben Cole" (Cole is Lumora's). Only a company (ORG): "US
    President X and Prime Minister Y" is no prime minister of the US; and only an office, no
    occupation ("Apple CEO Tim Cook and actor Tom Hanks")."""
    first = up_conj(root)
    if first.i == root.i and not (root.dep_ == "appos" and root.head.tag_ == "NNS"):
        return []  # a list's first member only when the list is a plural's ("co-founders, chief executive X and")
    if office.lower_ in OCCUPATIONS \
            or any(c.dep_ in ("prep", "appos", "poss") for c in root.children):  # "... Y of Google": his own
        return []
    return first_members_bodies(args, first, mi)


def first_members_bodies(args: Arguments, first: Token, mi: int) -> list[int]:
    """The companies (ORG) the offices of person ``first`` are held at: named before the office
    ("Lumora chief executive X") or as its possessive ("Lumora's chief executive X", the parser
    hanging the possessive on the office or on the name)."""
    fi = args.ent(first)
    if fi is None or args.mentions[fi].type != "PERSON":
        return []
    nouns = [c for c in first.children if c.dep_ in ("compound", "nmod") and c.lower_ in ROLE_NOUNS]
    if first.dep_ == "appos" and singular(first.head.lower_) in ROLE_NOUNS:  # "co-founders, chief executive X"
        nouns.append(first.head)
    offices = [n for n in nouns if n.lower_ not in OCCUPATIONS]
    found: list[int] = []
    for noun in offices:
        found += args.org_modifiers(noun, exclude=fi)
        found += [p for c in noun.children if c.dep_ == "poss" for p in args.arg(c).mentions]
    if offices:  # the possessive the parser hung on the name
        found += [p for c in first.children if c.dep_ == "poss" for p in args.arg(c).mentions]
    return [b for b in dict.fromkeys(found) if b != mi and args.mentions[b].type == "ORG"]
