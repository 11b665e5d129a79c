"""``RawTriple`` and ``emit``: how every rule turns arguments into triples.

``CONFIDENCE`` maps a rule key (the edge's ``rule``, with ``@case`` when a rule has several
confidences) to its confidence; ``kg.relations.rules`` fills it from the ``RULES`` table.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from kg.relations.arguments import Arg, Arguments
from kg.relations.clause import Clause

#: Filled from ``RULES`` (kg.relations.rules) when the package is imported.
CONFIDENCE: dict[str, float] = {}


@dataclass
class RawTriple:
    head: int
    relation: str
    tail: int
    rule: str
    confidence: float
    negated: bool = False
    hedged: bool = False
    attrs: dict[str, str] = field(default_factory=dict)
    #: The predicate (kg/data/predicates.yaml) the rule states, when the phrase alone cannot say
    #: it; kg.predicates still applies its type guards.
    predicate: str | None = None


def emit(args: Arguments, head: Arg | list[int], rel: str, tail: Arg | list[int], key: str,
         clause: Clause | None = None, *, negated: bool | None = None) -> Iterator[RawTriple]:
    """Triples head × tail; ``key`` picks the rule name and confidence from ``CONFIDENCE``.
    An argument found by the pronoun heuristic marks the rule ``+antecedent``, 0.15 lower; a
    mention an argument reading marks (``Arg.marks``: ``+gapped``) adds that reading's name."""
    rule, conf = key.partition("@")[0], CONFIDENCE[key]
    hs = head.mentions if isinstance(head, Arg) else head
    ts = tail.mentions if isinstance(tail, Arg) else tail
    inferred = any(isinstance(a, Arg) and a.inferred for a in (head, tail))
    if inferred:
        rule, conf = rule + "+antecedent", conf - 0.15
    marks = {m: mark for a in (head, tail) if isinstance(a, Arg) for m, mark in a.marks.items()}
    for h in hs:
        for t in ts:
            if h == t or args.key(h) == args.key(t):
                continue
            neg = (clause.negated if clause else False) or bool(negated)
            name = rule + (marks.get(h) or marks.get(t) or "")
            yield RawTriple(h, rel, t, name, round(conf, 2), negated=neg,
                            hedged=clause.hedged if clause else False,
                            attrs=dict(clause.attrs) if clause else {})
