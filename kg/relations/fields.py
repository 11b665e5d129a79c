"""The field a role names after ``of`` (``head of international development``, ``director of
research``): the role is held *at* a body, not *of* it.

``Tenryu's head of international development, Kaori Sato`` had read "Kaori Sato head of Tenryu":
the office rules label a role by its noun and join the body the phrase names, so a department's
head became the company's. A role that names its own field keeps the field in its label and is
held at the body: "head of international development at Tenryu". A place keeps the plain label:
"Peru's minister of economy" is a minister of Peru, and a ministry is no department of a country.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.lexicon.kinds import GOVERNMENT_WORDS, LEGISLATURE_WORDS
from kg.relations.arguments import Arg, Arguments
from kg.relations.tokens import noun_label


#: Words after ``of`` that name a body or an office, not a field: "member of parliament", "head of
#: state", "secretary of state", "member of the board" written without its article.
NO_FIELDS = LEGISLATURE_WORDS | GOVERNMENT_WORDS | frozenset({"state", "board", "committee"})


def role_field(role: Token, args: Arguments, holders: Arg | list[int]) -> str | None:
    """The field a role's ``of`` names when it names no entity, else None; only a person's role
    (one of ``holders``, the role's holders, is a PERSON) names a field.

    A lower-case common noun with no article, possessive or phrase of its own (``of research``,
    ``of international development``); ``head of Tenryu`` names the body itself, and ``head of
    the unit``, ``director of its bank`` name a body that is no field.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["head", "of", "international", "development"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 3, 1],
    ...           deps=["ROOT", "prep", "amod", "pobj"], pos=["NOUN", "ADP", "ADJ", "NOUN"])
    >>> class NoNames:
    ...     mentions = [type("M", (), {"type": "PERSON"})()]
    ...     def ent(self, t): return None
    >>> role_field(doc[0], NoNames(), [0])
    'international development'
    """
    people = holders.mentions if isinstance(holders, Arg) else holders
    if not any(args.mentions[m].type == "PERSON" for m in people):
        return None
    for pobj in (q for p in role.children if p.dep_ == "prep" and p.lower_ == "of" for q in p.children if q.dep_ == "pobj"):
        if pobj.pos_ == "NOUN" and pobj.is_lower and args.ent(pobj) is None and pobj.lower_ not in NO_FIELDS \
                and not any(c.dep_ in ("det", "poss", "prep", "conj") or args.ent(c) is not None for c in pobj.children):
            return noun_label(pobj, max_words=3)
    return None


def held_at(label: str, field: str | None, prep: str, body_type: str) -> str:
    """The label of a role held at a body: ``head of research at`` for a body when the role names
    a field, else the role and its own preposition (``head of``, ``minister of`` a place).

    >>> held_at("head", "research", "of", "ORG"), held_at("minister", "economy", "of", "GPE")
    ('head of research at', 'minister of')
    >>> held_at("director", "research", "at", "ORG"), held_at("head", None, "of", "ORG")
    ('director of research at', 'head of')
    >>> held_at("prisoner", "war", "in", "GPE")
    'prisoner in'
    """
    if field is None or body_type != "ORG" and prep == "of" or prep not in ("of", "at", "for"):
        return f"{label} {prep}"  # "a prisoner of war in Afghanistan" is where, not whose
    return f"{label} of {field} {'at' if prep == 'of' else prep}"


def held_parts(args: Arguments, label: str, field: str | None, prep: str,
               bodies: Arg | list[int]) -> Iterator[tuple[str, Arg]]:
    """``bodies`` grouped by the label the role has at each (``held_at``), each group keeping the
    argument's reading (a pronoun's antecedent stays marked inferred)."""
    arg = bodies if isinstance(bodies, Arg) else Arg(list(bodies))
    groups: dict[str, list[int]] = {}
    for m in arg.mentions:
        groups.setdefault(held_at(label, field, prep, args.mentions[m].type), []).append(m)
    for text, mentions in groups.items():
        yield text, Arg(mentions, arg.inferred, {m: arg.marks[m] for m in mentions if m in arg.marks})


def portfolio_of(pobj: Token, args: Arguments) -> Arg:
    """``The Minister of Foreign Affairs of Japan, Takeshi Iwaya`` (translated news): a role's
    ``of`` names a capitalised portfolio, no entity, whose own ``of`` names the body or country
    the office is of; the portfolio is no field of the holder's there (a minister of Japan)."""
    if pobj.pos_ != "PROPN" or args.ent(pobj) is not None or not pobj.text[:1].isupper():
        return Arg()
    return next((a for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of"
                 for a in args.pobj_args(p, pronouns=False)), Arg())
