"""The office a verb of appointing gives: to its passive subject ("Juan Perez was appointed chief
executive of Codelco", "was elected mayor of Valparaiso in 2016"), or to its active object
("Pfizer named Albert Bourla its new chief executive").

The parser makes the office the verb's object predicate (``oprd``), and the ``svo`` row read the
office as an unnamed object ("appointed executive of" Codelco: an edge of no kind, and without the
office's first word). The holder is the verb's subject, the body the office's ``of``/``at``/``for``
phrase, as ``as_role`` reads "was appointed as chief executive of Codelco"; the label is the
office's ("chief executive of"), so the edge is typed by it (``kg.predicates``: chief executive,
chairperson, head of government).

An active verb's object holds the office its object predicate names ("Pfizer named Albert
Bourla its new chief executive"), or the office the parser made its object with the name as a
modifier ("Toyota appointed Koji Sato president"): at the office's ``of`` phrase, else at the
body its possessive names, else at the appointer when that is a company ("its": Pfizer's, as
``as_role`` reads "appointed X as its chief executive"). An appointer that is a person or a
place gives an office of no named body ("Putin appointed Sergei Ivanov defence minister").
A passive's office with no phrase of its own is held at the body its possessive names ("was
named its chief operating officer": the antecedent of "its"). Only an office of ``ROLE_NOUNS``
that is no name ("was named FIH Player of the Year": an award).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.doc_arrays import children
from kg.relations.arguments import Arg
from kg.relations.fields import held_parts, role_field
from kg.relations.tokens import ORGLIKE, label_words, noun_label
from kg.relations.triples import RawTriple, emit
from kg.relations.words import APPOINT_VERBS, ROLE_NOUNS

if TYPE_CHECKING:
    from kg.relations.verbs import VerbFrame

#: Verbs that give the office after them ("was appointed", "was elected", "was made"; "was sworn
#: in as" is ``as_role``'s).
OFFICE_VERBS = APPOINT_VERBS | frozenset("elect reelect re-elect make crown proclaim ordain consecrate".split())
#: The prepositions of an office that name the body it is held at.
_BODY_PREPS = frozenset({"of", "at", "for"})


def gives_office(obj: Token, f: "VerbFrame") -> bool:
    """Is ``obj`` an office the verb gives (``office_given`` reads it; the object rules leave it)?"""
    return obj.dep_ in ("oprd", "dobj") and f.verb.lemma_.lower() in OFFICE_VERBS \
        and any(o.i == obj.i for o, _ in _offices(f.verb, f))


def office_given(verb: Token, f: "VerbFrame") -> Iterator[RawTriple]:
    """``X was appointed chief executive of Y`` → X chief executive of Y; ``Pfizer named X its
    chief executive`` → X chief executive of Pfizer (module docstring).

    Pattern: verb{OFFICE_VERBS, passive} > oprd{role noun} > prep{of|at|for} > pobj; active:
    verb > dobj{PERSON} + verb > oprd|dobj{role noun}, or verb > dobj{role noun} > compound{PERSON}.
    """
    args = f.args
    for office, holders in _offices(verb, f):
        bodies = Arg()
        for p in (p for p in office.children if p.dep_ == "prep" and p.lower_ in _BODY_PREPS):
            for a in args.pobj_args(p, pronouns=False):
                bodies.add(a)
        if not bodies:
            bodies = _owners_body(office, f) if f.clause.passive else _appointers_body(office, f)
        label = noun_label(office, named=lambda t: args.ent(t) is not None)
        for text, held in held_parts(args, label, role_field(office, args, holders), "of", bodies):
            yield from emit(args, holders, text, held, "office_given", f.clause)


def _offices(verb: Token, f: "VerbFrame") -> Iterator[tuple[Token, Arg]]:
    """Each office the verb gives, with who gets it: its passive subject, or its active object."""
    args = f.args
    if f.clause.passive:
        yield from ((o, f.actors) for o in children(verb) if o.dep_ == "oprd" and f.args.ent(o) is None
                    and _office(o, f))
        return
    for obj in (c for c in children(verb) if c.dep_ == "dobj"):
        if args.ent(obj) is not None:  # "named Albert Bourla its new chief executive"
            people = args.arg(obj, pronouns=False)
            if people and all(args.mentions[m].type == "PERSON" for m in people.mentions):
                # the office an object predicate, or a second object after the name ("elected
                # Claudia Sheinbaum the first female president of Mexico")
                yield from ((o, people) for o in children(verb)
                            if (o.dep_ == "oprd" or o.dep_ == "dobj" and o.i > obj.right_edge.i) and _office(o, f))
        elif _office(obj, f):  # "appointed Koji Sato president": the name a modifier of the office
            people = Arg()  # (NER reads such a name as a company's as often as a person's)
            for c in (c for c in obj.children if c.dep_ == "compound" and c.i < obj.i):
                mi = args.ent(c)
                if mi is not None and args.mentions[mi].type in ("PERSON", "ORG"):
                    people.add(args.arg(c, pronouns=False))
            if people:
                yield obj, people


def _office(noun: Token, f: "VerbFrame") -> bool:
    """A noun of an office (``ROLE_NOUNS``) an appointing verb gives, inside no name but its
    holder's."""
    named = f.args.ent(noun)
    return f.verb.lemma_.lower() in OFFICE_VERBS and (named is None or f.args.mentions[named].type == "PERSON") \
        and bool(label_words(noun_label(noun, named=lambda t: f.args.ent(t) is not None)) & ROLE_NOUNS)


def _owners_body(office: Token, f: "VerbFrame") -> Arg:
    """The body a passive's office is held at when its possessive names it: "X was appointed
    Hammarby's new coach", "X, who joined Pembrook Foods in 2019, was named its chief operating
    officer" (the pronoun's antecedent, marked so); a body only, never the holder."""
    owner = next((c for c in office.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON" and owner.lower_ != "its":
        return Arg()
    found = f.args.arg(owner)
    holders = {f.args.key(m) for m in f.actors.mentions}
    found.mentions = [m for m in found.mentions
                      if f.args.mentions[m].type in ORGLIKE and f.args.key(m) not in holders]
    return found


def _appointers_body(office: Token, f: "VerbFrame") -> Arg:
    """The body an office an active verb gives is held at when its phrase names none: the name
    its possessive gives ("the club's new coach"), else the appointer when that is a company
    ("its new chief executive", or none)."""
    owner = next((c for c in office.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ != "PRON":
        return f.args.arg(owner)
    mentions = f.args.mentions
    if f.actors and all(mentions[m].type in ORGLIKE for m in f.actors.mentions):
        return f.actors
    return Arg()
