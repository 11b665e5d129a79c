"""The ``according_to`` row: the source a clause is "according to" reports on the entities
that take part in the clause (out of ``kg.relations.nouns``, which reads the nouns' rows)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.relations.arguments import Arg, Arguments
from kg.relations.clause import clause
from kg.relations.nouns import role_noun
from kg.relations.triples import RawTriple, emit


def according_to(tok: Token, args: Arguments) -> Iterator[RawTriple]:
    """``According to Sensor Tower, users spend … on TikTok``: the source reports on the
    entities that take part in the clause (``Sensor Tower -reported on-> TikTok``: "according to"
    between them would read backwards).

    Not a person: "according to the press secretary of the Kremlin Dmitry Peskov, Putin held talks
    with Erdogan" quotes Peskov, who speaks *for* the clause and is no party to it; Peskov is its
    ``reported_by`` (``kg.relations.clause.speaker``), and "Peskov according to Putin" is no
    statement. Nor people of a body ("according to analysts of Goldman Sachs", a role noun:
    ``ROLE_NOUNS``). A body's data or reports ("according to Sensor Tower", "according to BBC
    reports") are about the entities they measure.

    Pattern: verb > prep{LOWER: according} > prep{LOWER: to} > pobj.
    """
    if any(p.dep_ == "pobj" and args.ent(p) is None and role_noun(p.lower_)
           for to in tok.children for p in to.children):
        return
    src = [m for m in args.sources(tok) if args.mentions[m].type != "PERSON"]
    verb = tok.head
    if not src or verb.pos_ not in ("VERB", "AUX"):
        return
    cl = clause(args, verb)
    cl.attrs.pop("reported_by", None)
    targets = Arg()
    targets.add(cl.subjects)
    for c in verb.children:
        if c.dep_ in ("dobj", "dative", "attr"):
            targets.add(args.arg(c, pronouns=False))
        if c.dep_ == "prep" and c.i != tok.i:
            for a in args.pobj_args(c, pronouns=False):
                targets.add(a)
    yield from emit(args, src, "reported on", targets, "according_to", cl)  # "Reuters reported on Intel"
