"""A plural office written for a list of people holds for each of them.

"Lumora Labs founders Asha Patel and Ben Cole", "Lumora's founders, Asha Patel and Ben Cole",
"Asha Patel and Ben Cole, the founders of Lumora Labs": the rows that read an office on a
person's name (``title``, ``org_modifier``, ``possessive``, ``appos``) find it on the member of
the list the parser hung the office on, and nothing on the others, which the parser made that
member's conjuncts. The office is plural, so it is said of every member: ``listed_office`` reads
those rows on the member that has the office and gives each other member what they found there.

Only a plural office does that: "Microsoft's chief executive, Satya Nadella, and Tim Cook" gives
Tim Cook nothing. A member with an office of its own holds it at the company written for the
first member (``kg.relations.conjunct_bodies``): in front of its name, the ``title`` row reads it
("chief executive Asha Patel and chief operating officer Ben Cole"); when the parser made the
office the first member's conjunct and the name its apposition ("Harbourline's chief executive
Claire Dunn and chief financial officer Raj Patel"), ``listed_office`` does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from kg.doc_arrays import conjuncts
from kg.lexicon.english import singular
from kg.lexicon.words import OCCUPATIONS
from kg.relations.arguments import Arguments
from kg.relations.conjunct_bodies import first_members_bodies
from kg.relations.links import org_modifier
from kg.relations.nouns import appos, possessive, title
from kg.relations.tokens import noun_label, up_conj
from kg.relations.triples import CONFIDENCE, RawTriple, emit
from kg.relations.words import ROLE_NOUNS

#: The rows whose offices ``listed_office`` passes on, in the order they are asked.
_OFFICE_ROWS = (title, org_modifier, possessive, appos)


def _plural_office(tok: Token) -> bool:
    """A plural common noun for an office ("founders", "owners", "directors")."""
    return tok.tag_ == "NNS" and tok.pos_ == "NOUN" and singular(tok.lower_) in ROLE_NOUNS


def _list_office(members: list[Token]) -> tuple[Token, Token] | None:
    """The plural office the list's members share and the member it is written on: before a
    member's name ("founders Asha Patel and Ben Cole"), the noun a member is the apposition of
    ("Lumora's founders, Asha Patel and Ben Cole"), or an apposition of a member ("A and B, the
    founders of X")."""
    for member in members:
        if member.dep_ == "appos" and _plural_office(member.head):
            return member.head, member
        for c in member.children:
            if c.dep_ in ("compound", "nmod", "appos") and _plural_office(c):
                return c, member
    return None


def _own_office(noun: Token, args: Arguments) -> bool:
    """A singular office no name covers, no occupation, with no body of its own written after it."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.lower_ in ROLE_NOUNS and noun.lower_ not in OCCUPATIONS \
        and args.ent(noun) is None and not any(c.dep_ in ("prep", "poss") for c in noun.children)


def listed_office(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """Person ``mi``, a member of a list of people a plural office is written for, holds the
    office the office rows read on the member it is written on.

    Pattern: name{PERSON} <conj> name{PERSON} with a plural role noun on one of the list's members;
    or name{PERSON} > conj{role noun} > appos{PERSON}, an office of its own.
    """
    if args.mentions[mi].type != "PERSON":
        return
    place = root  # where ``mi`` stands in the list
    if root.dep_ == "appos" and root.head.dep_ == "conj" and _own_office(root.head, args):
        place = root.head  # "X's chief executive A and chief financial officer B": B the office's apposition
        bodies = first_members_bodies(args, up_conj(place), mi)
        yield from emit(args, [mi], f"{noun_label(place)} of", bodies, "listed_office")
    first = up_conj(place)
    members = [first, *conjuncts(first)]
    if len(members) < 2 or place not in members:
        return
    found = _list_office(members)
    if found is None:
        return
    office, holder = found
    hi = args.ent(holder)
    if holder.i == place.i or hi is None or hi == mi or args.mentions[hi].type != "PERSON" \
            or args.roots.get(hi) is None or args.roots[hi].i != holder.i:
        return
    words = {office.lower_, singular(office.lower_)}
    for row in _OFFICE_ROWS:
        for t in row(hi, holder, args):
            if t.head == hi and words & {w.rpartition("-")[2] for w in t.relation.split()}:  # "co-founders"
                yield replace(t, head=mi, rule="listed_office", confidence=CONFIDENCE["listed_office"])
