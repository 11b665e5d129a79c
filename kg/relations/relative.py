"""Whom a relative pronoun stands for, where the parser's attachment is not the answer.

The parser hangs a relative clause on the word before it; ``kg.relations.arguments`` reads the
clause's ``who``/``which``/``that`` as that word. ``who`` is never a place, though: in ``X was a
footballer from Argentina who played for River Plate`` and ``X was a politician in the Canadian
province of Alberta, who served as mayor of Calgary`` the parser hangs the clause on the place (or
on the noun that names it), and it is the person the phrase describes who played or served.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.predicates import noun_kind

if TYPE_CHECKING:
    from kg.relations.arguments import Arguments

#: Kin a ``whose`` owns that only a person has (``X of Mackay, whose son …``).
KIN_NOUNS = frozenset("""son daughter child children sons daughters wife husband widow brother sister
    brothers sisters father mother parents grandson granddaughter""".split())

#: Names ``who`` never stands for.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def who_of(args: Arguments, pronoun: Token, noun: Token) -> Token:
    """The word a relative pronoun stands for: ``noun``, the word its clause hangs on, unless the
    pronoun is ``who``/``whom`` (or ``whose`` before kin: ``whose son``) and ``noun`` a place
    (:func:`place_word`); then the person noun the place's preposition describes, up to three
    prepositions up and through a copula to its complement (``was a footballer from
    Argentina``), or a person's name there; after any name of no person, a person's name set off
    between it and the pronoun (``received in the Casa de Nariño the Secretary General, Luis
    Almagro, with whom he discussed``). No person up that chain: the name the pronoun follows
    if the parser hung the clause further back (``born in Berthier, Canada East, the son of Louis
    Mousseau, who was the son of Alexis Mousseau``: Louis Mousseau), else ``noun`` (``France, who
    won the World Cup``). A body a person noun's preposition names is walked so too (``a German
    politician of the CDU who served as Minister-President``: the politician served)."""
    personal = pronoun.lower_ in ("who", "whom") or pronoun.lower_ == "whose" and pronoun.head.lower_ in KIN_NOUNS
    named = args.ent(noun)
    if personal and named is not None and args.mentions[named].type != "PERSON" \
            and (person := _name_before(args, pronoun, noun)).i != noun.i:
        return person  # "received in the Casa de Nariño the Secretary General, Luis Almagro, with whom he …"
    if not personal or not (place_word(args, noun) or _body_word(args, noun)):
        return noun  # "Bill Peel of Mackay in north Queensland, whose son Billy died": Peel's son
    x = noun
    for _ in range(3):
        if x.dep_ != "pobj" or x.head.dep_ != "prep":
            break
        x = x.head.head
        if x.lemma_ == "be":  # "was a footballer from Argentina": the preposition hangs on the copula
            x = next((c for c in x.children if c.dep_ == "attr"), x)
        up = args.ent(x)
        if up is not None:
            return x if args.mentions[up].type == "PERSON" else noun
        if x.pos_ == "NOUN" and noun_kind(x.lower_, ("PERSON",)) == "PERSON":
            return x
    return _name_before(args, pronoun, noun)


def _name_before(args: Arguments, pronoun: Token, noun: Token) -> Token:
    """The name ending right before ``, who`` (``, with whom``) when it stands after ``noun`` and is
    no place."""
    first = pronoun.i - (pronoun.lower_ == "whom" and pronoun.i >= 1 and pronoun.head.i == pronoun.i - 1
                         and pronoun.nbor(-1).pos_ == "ADP")  # "…, Luis Almagro, with whom he discussed": past "with"
    before = first - 2 if first >= 2 and pronoun.doc[first - 1].text == "," else first - 1
    if before <= noun.i:
        return noun
    mi = args.ent(pronoun.doc[before])
    return pronoun.doc[before] if mi is not None and args.mentions[mi].type not in PLACE_TYPES else noun


def _body_word(args: Arguments, t: Token) -> bool:
    """An organisation's name a preposition hangs on a noun for a person (``a politician of the
    CDU``, ``the chairman of the Federal Reserve``): ``who`` after it may be that person."""
    mi = args.ent(t)
    return mi is not None and args.mentions[mi].type == "ORG" and t.dep_ == "pobj" and t.head.dep_ == "prep" \
        and t.head.head.pos_ == "NOUN" and noun_kind(t.head.head.lower_, ("PERSON",)) == "PERSON"


def place_word(args: Arguments, t: Token) -> bool:
    """A place's name, or a place noun naming one by ``of`` (``the province of Alberta``)."""
    mi = args.ent(t)
    if mi is not None:
        return args.mentions[mi].type in PLACE_TYPES
    return t.pos_ == "NOUN" and noun_kind(t.lower_, ("GPE", "LOC")) is not None and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(
            q.dep_ == "pobj" and args.ent(q) is not None and args.mentions[args.ent(q)].type in PLACE_TYPES
            for q in p.children) for p in t.children)


def cleft_focus(clause: Token) -> Token | None:
    """The name a cleft sentence puts in focus, which its clause's ``that``/``who``/``which``
    stands for: "It was Microsoft that bought LinkedIn", "It is the FTC which fined TikTok" (the
    parser makes the clause a complement of "was", not a relative clause on the name). The
    copula's subject is "it" and its complement stands before the clause."""
    be = clause.head
    if clause.dep_ != "ccomp" or be.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children):
        return None
    return next((c for c in be.children if c.dep_ == "attr" and c.i < clause.i), None)
