"""The office an appointing noun gives: "Shell announced the appointment of Wael Sawan as its new
chief executive" (Sawan: chief executive of Shell), and whom the appointee replaces ("the
nomination of Gustavo Pimenta as its chief executive, in substitution of Eduardo Bartolomeo":
Pimenta replaced Bartolomeo).

The verb's forms are ``as_role``'s ("appointed X as its chief executive") and ``office_given``'s
("named X its chief executive"). News writes the noun as often, translated news more often still
("a nomeação de X como presidente", "la nomination de X comme directeur", and "en sustitución
de", "em substituição de" word for word). The holder is the noun's ``of``; the office is its
``as`` (the parser hangs it on the noun or on the holder's name), a role noun of ``ROLE_NOUNS``;
the body is the office's ``of``/``at``/``for``, else its possessive ("its": the antecedent), else
the subject of the verb the noun is the object of when that is a body ("Shell announced the
appointment of ..."). A person or a place announcing gives no body ("Lula announced the
nomination of X as minister").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.relations.arguments import Arg, Arguments
from kg.relations.clause import clause, noun_clause
from kg.relations.tokens import label_words, noun_label
from kg.relations.triples import RawTriple, emit
from kg.relations.words import ROLE_NOUNS

#: Nouns of giving someone an office.
APPOINT_NOUNS = frozenset("""appointment reappointment nomination designation naming hiring promotion election
    reelection re-election selection confirmation""".split())
#: Nouns that say, before "of", whom the appointee takes the place of ("in substitution of",
#: "in replacement of", "in place of").
_REPLACING_NOUNS = frozenset({"substitution", "replacement", "place", "succession"})
#: The prepositions of an office that name the body it is held at.
_BODY_PREPS = frozenset({"of", "at", "for"})


def _pobjs(head: Token, prep_words: frozenset[str] | set[str]) -> list[Token]:
    """The objects of ``head``'s prepositions among ``prep_words``."""
    return [o for p in head.children if p.dep_ == "prep" and p.lower_ in prep_words
            for o in p.children if o.dep_ == "pobj"]


def _announcer(noun: Token, args: Arguments) -> Arg:
    """The body that announced (approved, confirmed …) the appointment: the subject of the verb
    the noun is the object of, when it is an organisation."""
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX"):
        return Arg()
    subjects = clause(args, noun.head).subjects
    return Arg([m for m in subjects.mentions if args.mentions[m].type == "ORG"], subjects.inferred,
               {m: k for m, k in subjects.marks.items() if args.mentions[m].type == "ORG"})


def _body_of(role: Token, noun: Token, args: Arguments) -> Arg:
    """Where the office is held: its ``of``/``at``/``for`` phrase, its possessive, the announcer."""
    for o in _pobjs(role, _BODY_PREPS):
        body = args.arg(o, pronouns=False)
        if body:
            return body
    owner = next((c for c in role.children if c.dep_ == "poss"), None)
    if owner is not None:
        return args.arg(owner)  # "its new chief executive": the pronoun's antecedent
    return _announcer(noun, args)


def appointment(noun: Token, args: Arguments) -> Iterator[RawTriple]:
    """``the appointment of X as its chief executive`` → X chief executive of (the body);
    ``…, in substitution of Y`` → X replaced Y (``appointment@replaced``).

    Pattern: noun{APPOINT_NOUNS} > prep{of} > pobj{PERSON}; noun (or that pobj) > prep{as} >
    pobj{role noun}; noun > prep{in} > pobj{substitution|replacement|place} > prep{of} > pobj.
    """
    holders = Arg()
    names = _pobjs(noun, {"of"})
    for o in names:
        for m in args.arg(o, pronouns=False).mentions:
            if args.mentions[m].type == "PERSON" and m not in holders.mentions:
                holders.mentions.append(m)
    if not holders:
        return
    cl = noun_clause(args, noun, noun.head if noun.head.pos_ in ("VERB", "AUX") else noun)
    for role in [r for h in (noun, *names) for r in _pobjs(h, {"as"})]:
        label = noun_label(role)
        if args.ent(role) is None and label_words(label) & ROLE_NOUNS:
            yield from emit(args, holders, f"{label} of", _body_of(role, noun, args), "appointment", cl)
    for place in _pobjs(noun, {"in"}):
        if place.lower_ in _REPLACING_NOUNS:
            for o in _pobjs(place, {"of"}):
                yield from emit(args, holders, "replaced", args.arg(o, pronouns=False), "appointment@replaced", cl)
