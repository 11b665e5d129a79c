"""``signed several agreements, including one between A and B`` → A *agreement with* B: "one"
stands for the plural noun of a joint act before it (``BETWEEN_NOUNS``: agreements, deals, talks),
and its "between" names the two parties, as "an agreement between A and B" does (``nominal``'s
``nominal@between``). Translated news lists the acts of a visit so ("signed 37 agreements,
among them one between the oil company X and the Chinese Y").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.doc_arrays import sentence_bounds
from kg.lexicon.english import singular
from kg.relations.arguments import Arguments
from kg.relations.clause import noun_clause
from kg.relations.triples import RawTriple, emit
from kg.relations.unions import two_parties
from kg.relations.words import BETWEEN_NOUNS

#: How far back, in words, the plural "one" stands for may be ("agreements of cooperation, among
#: them one").
_REACH = 8


def stands_for(one: Token) -> Token | None:
    """The plural noun of a joint act a few words before ``one`` in its sentence, or None."""
    start, _ = sentence_bounds(one.doc, one.i)
    for t in reversed(one.doc[max(start, one.i - _REACH):one.i]):
        if t.tag_ == "NNS" and (t.lower_ in BETWEEN_NOUNS or singular(t.lower_) in BETWEEN_NOUNS):
            return t
    return None


def one_between(one: Token, args: Arguments) -> Iterator[RawTriple]:
    """``including one between A and B`` → A *agreement with* B (module docstring).

    Pattern: "one" > prep{between} > pobj{name} (> conj{name}), a plural of ``BETWEEN_NOUNS`` before.
    """
    noun = stands_for(one)
    if noun is None:
        return
    for prep in (c for c in one.children if c.dep_ == "prep" and c.lower_ == "between"):
        parties = two_parties(prep, args)
        if not parties:
            continue
        first, second = parties.mentions
        yield from emit(args, [first], f"{singular(noun.lower_)} with", [second], "one_between",
                        noun_clause(args, noun, noun.head))
