"""Two names joined inside one noun phrase: ``Philip V of Spain``, ``Taito's Arkanoid``.

Wikipedia and news prose name an entity by another one all the time: a king of a country, a
member of a band (``Rob Baker of The Tragically Hip``), a province of a country (``the Kotayk
Province of Armenia``), a work of its author (``James Joyce's Ulysses``), a place of its city
(``Baltimore's Penn Station``). The phrase says the first belongs to the second; these mention
rows state it. Rows (``rule`` on the edge):

``entity_of``          name > prep{of} > pobj{name}: X ``of`` Y.
``entity_possessive``  name > poss{name}: Y's X → X ``of`` Y.

Both say ``located in`` when the two are places (so ``contained_in`` closes the chain: a
village in the Kotayk Province of Armenia is in Armenia), else ``of``. Nothing is said when an
end is a value (a date, an amount) or a nationality adjective, when the possessive also has
unnamed modifiers (``possessive@modifiers`` reads ``Russia's anti-virus software Kaspersky``),
or when the ``of`` hangs on a common noun (``the president of X``: ``appos``/``title``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.relations.arguments import Arguments
from kg.relations.descriptions import is_place
from kg.relations.tokens import VALUE_ATTRS
from kg.relations.triples import RawTriple, emit

#: Mention types that never belong to another name in these phrases.
_NOT_ENDS = frozenset({*VALUE_ATTRS, "ORDINAL", "NORP", "LANGUAGE"})


def _end(mi: int | None, args: Arguments) -> bool:
    return mi is not None and args.mentions[mi].type not in _NOT_ENDS


def _label(head: int, tail: int, args: Arguments) -> str:
    return "located in" if is_place(head, args) and is_place(tail, args) else "of"


def _emit(mi: int, tails: list[int], args: Arguments, key: str) -> Iterator[RawTriple]:
    for t in tails:
        yield from emit(args, [mi], _label(mi, t, args), [t], key)


def entity_of(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Philip V of Spain``, ``Danny White of the Dallas Cowboys``, ``the Kotayk Province of
    Armenia`` (located in); conjuncts distributed (``Helen of Greece and Denmark``).

    Pattern: name > prep{LOWER: of} > pobj{name} (> conj{name}).
    """
    if not _end(mi, args):
        return
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for q in (q for q in prep.children if q.dep_ == "pobj"):
            tails = [args.ent(t) for t in (q, *q.conjuncts)]
            yield from _emit(mi, [t for t in tails if _end(t, args) and t != mi], args, "entity_of")


def entity_possessive(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Taito's Arkanoid``, ``James Joyce's Ulysses``, ``Chile's Punta Arenas`` (located in).

    Pattern: name > poss{name}, and no unnamed compound/amod in front of the name.
    """
    if not _end(mi, args):
        return
    poss = [c for c in root.children if c.dep_ == "poss" and _end(args.ent(c), args)]
    if not poss or any(c.dep_ in ("compound", "amod") and c.i < root.i and args.ent(c) is None
                       and c.pos_ in ("NOUN", "ADJ", "VERB") for c in root.children):
        return
    yield from _emit(mi, [args.ent(poss[0])], args, "entity_possessive")
