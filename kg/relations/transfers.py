"""What a verb of taking over takes "from" someone was theirs: "Liverpool signed Jeremie
Frimpong from Bayer Leverkusen" (he played there), "Abramovich bought Chelsea from Ken Bates"
(Bates owned it), "Apple hired Ana Ruiz from Google" (she worked there).

The ``prep`` row reads the subject's side of such a sentence (Liverpool *signed from* Bayer
Leverkusen); the sentence says as much of the object: the ``transfer_from`` row (a ``verb`` row
of ``kg.relations.rules.RULES``) gives the object the edge too, object → *signed from* → source,
when the verb is active and one of ``TRANSFER_VERBS``, its direct object a name and the "from"
object a name that can have held it (a body, a person, a place; no date: "from 2010"). A passive
needs no row: its subject is the object, and ``prep`` gives it the edge ("Frimpong was signed
from Bayer Leverkusen"). The ``transfer_to`` row reads the other side: what a verb of handing over
(``GIVING_VERBS``: sell, transfer, cede, loan, lease) gives "to" a name is that name's now ("Assaf
Rappaport sold his company Adallom to Microsoft": Adallom *sold to* Microsoft), and so does a
passive whose giver "by" names, where ``prep`` gives the giver the edge ("Álvarez was transferred by
Manchester City to Atlético de Madrid": Álvarez *transferred to* Atlético too).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.doc_arrays import children
from kg.relations.triples import RawTriple, emit

if TYPE_CHECKING:
    from kg.relations.arguments import Arguments
    from kg.relations.verbs import VerbFrame

#: Verbs (lemmas) of taking over a player, a worker or a property from its holder.
TRANSFER_VERBS = frozenset("sign buy purchase acquire hire poach recruit borrow loan lure".split())
#: Verbs (lemmas) of handing a property, a player or a worker over to a new holder.
GIVING_VERBS = frozenset("sell transfer cede loan lease".split())
#: Nouns of taking a player, a worker or a property over from its holder, whose "from" names who
#: held what their "of" names (``kg.relations.nouns.nominal``: "the transfer of X from Y").
TAKING_NOUNS = frozenset("transfer signing purchase acquisition hiring loan".split())
#: Mention types that can hold what was taken.
HOLDER_TYPES = frozenset({"ORG", "PERSON", "GPE", "FAC"})


def is_transfer(verb: Token, f: "VerbFrame") -> bool:
    """The anchor of the ``transfer_from`` row: an active verb of ``TRANSFER_VERBS``."""
    return not f.clause.passive and verb.lemma_.lower() in TRANSFER_VERBS


def transfer_from(verb: Token, f: "VerbFrame") -> Iterator[RawTriple]:
    """``signed Jeremie Frimpong from Bayer Leverkusen`` → Frimpong *signed from* Bayer Leverkusen.

    Pattern: verb{TRANSFER_VERBS, active} > dobj{name} and verb|dobj > prep{from} > pobj{ORG|PERSON|GPE|FAC}.
    """
    yield from _moved(verb, f, "from", "transfer_from")


def is_handed_over(verb: Token, f: "VerbFrame") -> bool:
    """The anchor of the ``transfer_to`` row: a verb of ``GIVING_VERBS``."""
    return verb.lemma_.lower() in GIVING_VERBS


def transfer_to(verb: Token, f: "VerbFrame") -> Iterator[RawTriple]:
    """``sold his company Adallom to Microsoft`` → Adallom *sold to* Microsoft (the other side of
    ``transfer_from``: what is handed "to" a name is that name's now); passive, with its giver
    named by "by": ``Julián Álvarez was transferred by Manchester City to Atlético de Madrid`` →
    Álvarez *transferred to* Atlético (the ``prep`` row reads the giver's side, City *transferred
    to* Atlético, as the active sentence says).

    Pattern: verb{GIVING_VERBS, active} > dobj{name} and verb|dobj > prep{to} > pobj{ORG|PERSON|GPE|FAC};
    verb{GIVING_VERBS, passive} > agent and verb > prep{to} > pobj.
    """
    if not f.clause.passive:
        yield from _moved(verb, f, "to", "transfer_to")
    elif any(c.dep_ == "agent" for c in children(verb)):  # with no giver named, ``prep`` gives the subject the edge
        moved = f.clause.subjects
        for names in preposition_names(f.args, (verb,), "to", HOLDER_TYPES):
            yield from emit(f.args, moved, f"{f.label} to", [m for m in names if m not in moved.mentions],
                            "transfer_to", f.clause)


def _moved(verb: Token, f: "VerbFrame", word: str, rule: str) -> Iterator[RawTriple]:
    """The direct object's edge to the names of the verb's (or the object's) preposition ``word``."""
    for moved, others in objects_and_prep_names(verb, f, word, HOLDER_TYPES):
        yield from emit(f.args, moved, f"{f.label} {word}", others, rule, f.clause)


def objects_and_prep_names(verb: Token, f: "VerbFrame", word: str,
                           types: frozenset[str]) -> Iterator[tuple[list[int], list[int]]]:
    """The names of the verb's direct objects, with, for each object of the preposition ``word`` on
    the verb or on a direct object (where the parser often hangs it: "hired Ana Ruiz from Google"),
    its names of ``types`` that are none of the objects; nothing when no direct object is named.
    ``transfer_from``, ``transfer_to`` and ``kg.relations.joint_acts`` read a sentence so."""
    args = f.args
    objects = [o for o in f.objects() if o.dep_ == "dobj"]
    named = [m for o in objects for m in args.arg(o, pronouns=False).mentions]
    if not named:
        return
    for found in preposition_names(args, (verb, *objects), word, types):
        yield named, [m for m in found if m not in named]


def preposition_names(args: "Arguments", heads: tuple[Token, ...], word: str,
                      types: frozenset[str]) -> Iterator[list[int]]:
    """For each object of the preposition ``word`` (the parser's dative too) on any of ``heads``,
    its names of ``types``; ``kg.relations.messages`` reads a message's sender and addressee so."""
    for prep in (c for h in heads for c in children(h) if c.dep_ in ("prep", "dative") and c.lower_ == word):
        for pobj in (c for c in children(prep) if c.dep_ == "pobj"):
            yield [m for m in args.arg(pobj, pronouns=False).mentions if args.mentions[m].type in types]
