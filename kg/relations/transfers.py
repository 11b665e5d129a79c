"""What a verb of taking over takes "from" someone was theirs: "Liverpool signed Jeremie
Frimpong from Bayer Leverkusen" (he played there), "Abramovich bought Chelsea from Ken Bates"
(Bates owned it), "Apple hired Ana Ruiz from Google" (she worked there).

The ``prep`` row reads the subject's side of such a sentence (Liverpool *signed from* Bayer
Leverkusen); the sentence says as much of the object: the ``transfer_from`` row (a ``verb`` row
of ``kg.relations.rules.RULES``) gives the object the edge too, object → *signed from* → source,
when the verb is active and one of ``TRANSFER_VERBS``, its direct object a name and the "from"
object a name that can have held it (a body, a person, a place; no date: "from 2010"). A passive
needs no row: its subject is the object, and ``prep`` gives it the edge ("Frimpong was signed
from Bayer Leverkusen").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.doc_arrays import children
from kg.relations.triples import RawTriple, emit

if TYPE_CHECKING:
    from kg.relations.verbs import VerbFrame

#: Verbs (lemmas) of taking over a player, a worker or a property from its holder.
TRANSFER_VERBS = frozenset("sign buy purchase acquire hire poach recruit borrow loan lure".split())
#: Mention types that can hold what was taken.
_HOLDER_TYPES = frozenset({"ORG", "PERSON", "GPE", "FAC"})


def is_transfer(verb: Token, f: "VerbFrame") -> bool:
    """The anchor of the ``transfer_from`` row: an active verb of ``TRANSFER_VERBS``."""
    return not f.clause.passive and verb.lemma_.lower() in TRANSFER_VERBS


def transfer_from(verb: Token, f: "VerbFrame") -> Iterator[RawTriple]:
    """``signed Jeremie Frimpong from Bayer Leverkusen`` → Frimpong *signed from* Bayer Leverkusen.

    Pattern: verb{TRANSFER_VERBS, active} > dobj{name} and verb|dobj > prep{from} > pobj{ORG|PERSON|GPE|FAC}.
    """
    args = f.args
    objects = [o for o in f.objects() if o.dep_ == "dobj"]
    taken = [m for o in objects for m in args.arg(o, pronouns=False).mentions]
    if not taken:
        return
    # the parser may hang the "from" on the object ("hired Ana Ruiz from Google": on "Ruiz")
    for prep in (c for h in (verb, *objects) for c in children(h) if c.dep_ == "prep" and c.lower_ == "from"):
        for pobj in (c for c in children(prep) if c.dep_ == "pobj"):
            sources = [m for m in args.arg(pobj, pronouns=False).mentions
                       if args.mentions[m].type in _HOLDER_TYPES and m not in taken]
            yield from emit(args, taken, f"{f.label} from", sources, "transfer_from", f.clause)
