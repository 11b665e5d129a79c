"""A character or performer named with the work it is in: ``Merle Jackson in Coronation
Street``, ``nurse Sarah in Death Becomes Him``.

Cast lists and acting careers name roles this way; no verb says it, so no verb row reads it. Row
(``rule`` on the edge):

``appears_in``   name{PERSON} > prep{in} > pobj{WORK_OF_ART}: the person (a character, or the
                 actor) appears in the work. Nothing for a place or a date after ``in`` (nor a
                 facility after a lower-case ``the``: ``in the Great Hall``), nor for
                 ``in`` on the verb (``starred in Titanic`` is the verb rows' ``starred in``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.relations.arguments import Arguments
from kg.relations.triples import RawTriple, emit

#: Tail types: a work, and what NER often calls a series or a soap (``Coronation Street``: FAC).
_WORKS = frozenset({"WORK_OF_ART", "PRODUCT", "FAC"})


def appears_in(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Lisa Trotter in The Sarah Jane Adventures`` → appears in.

    Pattern: name{PERSON} > prep{LOWER: in} > pobj{WORK_OF_ART}.
    """
    if args.mentions[mi].type != "PERSON":
        return
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "in"):
        for q in (q for q in prep.children if q.dep_ == "pobj"):
            works = [m for m in args.arg(q, pronouns=False).mentions if args.mentions[m].type in _WORKS
                     and not (args.mentions[m].type == "FAC" and _lower_the(q))]
            yield from emit(args, [mi], "appears in", works, "appears_in")


def _lower_the(q: Token) -> bool:
    """A lower-case ``the`` before the name: a building or a hall (``met him in the Great Hall of
    the People``), where a work's title carries its own article (``in The Bill``) or none
    (``in Coronation Street``)."""
    return any(c.dep_ == "det" and c.text == "the" for c in q.children)
