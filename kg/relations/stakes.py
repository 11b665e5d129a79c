"""A share of a body as what a verb of owning or buying takes: "owns 80% of Tolmeca Copper",
"bought 49 percent of X", "to buy 9.95% of the capital of Garanti BBVA" (a stake in the body).

``kg.relations.verbs`` reads a verb's amount object so (``_amount_object``: *buy 9.95% of*
Garanti BBVA, predicate ``invested_in``); the body is the name after the percentage's "of", or
after the "of" of what the share is of ("the capital", "the shares": ``capital_of``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from kg.relations.arguments import Arg, Arguments

#: Verbs whose share of a body is a stake in it ("owns 80% of X", "bought 49 percent of X").
STAKE_VERBS = frozenset({"own", "hold", "buy", "acquire", "purchase", "take", "control"})
#: What a share is a share of, whose own "of" names the body ("9.95% of the capital of X").
CAPITAL_NOUNS = frozenset("capital shares equity stock".split())


def share(obj: Token) -> bool:
    """A percentage: "80%", "49 percent", "30 per cent" (a number before it)."""
    return obj.lower_ in ("%", "percent", "pct", "cent") and any(c.dep_ == "nummod" for c in obj.children) \
        and (obj.lower_ != "cent" or obj.doc[obj.i - 1].lower_ == "per")


def capital_of(obj: Token, args: "Arguments") -> Iterator[tuple[str, "Arg"]]:
    """("of", the body's names) for a percentage ``obj`` of a body's capital, shares or equity:
    "9.95% of the capital of Garanti BBVA" (the noun unnamed, its own "of" the body's)."""
    if not share(obj):
        return
    for p in obj.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for noun in p.children:
                if noun.dep_ == "pobj" and noun.lower_ in CAPITAL_NOUNS and args.ent(noun) is None:
                    yield from ((prep, a) for prep, a in args.noun_preps(noun) if prep == "of")
