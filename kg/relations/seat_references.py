"""Where a company a story refers back to is based: "Siemens reported higher profits. The Munich
group said sales rose" (Siemens based in Munich). A news story's second reference to a company
by a noun often puts the place it is based in in front of the noun ("the Munich group", "the
Seattle company", "the Istanbul club"); ``kg.relations.company_references.described_company``
lets the pronoun heuristic read such a noun as the company named before, and ``seat_reference``
(a ``token`` row of ``kg.relations.rules.RULES``) joins that company to the place. Only an
organisation is joined: a reference the heuristic takes to a person or a place says nothing of a
company's seat.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.relations.arguments import Arguments
from kg.relations.company_references import described_company, seat_name
from kg.relations.triples import RawTriple, emit


def is_seat_reference(tok: Token, args: Arguments) -> bool:
    """The anchor of the ``seat_reference`` row: a company noun that refers back
    (``described_company``) with a place's name in front of it."""
    return described_company(tok) and any(seat_name(c) for c in tok.children)


def seat_reference(tok: Token, args: Arguments) -> Iterator[RawTriple]:
    """``The Munich group said …`` after "Siemens" → Siemens *based in* Munich: the company
    the noun stands for (the pronoun heuristic's antecedent) is based in the place in front of it.

    Pattern: noun{COMPANY_NOUNS, definite} > compound{GPE}; noun → antecedent{ORG}.
    """
    body = args.arg(tok)
    body.mentions = [m for m in body.mentions if args.mentions[m].type == "ORG"]
    for c in (c for c in tok.children if seat_name(c)):
        places = sorted({m for m in (args.ent(w) for w in c.subtree) if m is not None and m not in body.mentions})
        yield from emit(args, body, "based in", places, "seat_reference")
