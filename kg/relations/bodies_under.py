"""A body placed "under" another: ``the Vietnam Trade Promotion Agency (Vietrade), under the
Ministry of Industry and Trade``, ``the General Department of Taxation under the Ministry of
Finance``, ``the Institute of Mechanics, an institute under the Academy of Sciences``. News
translated from Vietnamese, Chinese or Russian says so of an agency and the ministry or academy
it reports to (Vietnamese "trực thuộc", Chinese "隶属", Russian "при"/"подведомственный"): the
second is the first's parent organisation. Row (``rule`` on the edge):

``body_under``  body > prep{under} > pobj{body}, also where the parser hung the set-off phrase on
                the verb (", under Y,": the word after the name and its acronym), or on a noun in
                apposition to the name (", an agency under Y"). Both ends organisations: "under
                coach X", "under President Y", "under the supervision of Z" say who leads, not
                what it belongs to.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.relations.arguments import Arguments
from kg.relations.seats import after_acronym
from kg.relations.triples import RawTriple, emit


def _unders(root: Token, args: Arguments, end: int) -> list[Token]:
    """The "under" prepositions of the name whose root is ``root`` and which ends at ``end``: its
    own, an apposition's, or the one the parser hung elsewhere right after the name (and a comma)."""
    doc = args.doc
    found = [p for p in root.children if p.dep_ == "prep" and p.lower_ == "under"]
    found += [p for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.text.islower()
              for p in c.children if p.dep_ == "prep" and p.lower_ == "under"]
    after = after_acronym(doc, end)
    after += after < len(doc) and doc[after].text == ","
    if not found and after < len(doc) and doc[after].lower_ == "under" and doc[after].dep_ == "prep":
        found.append(doc[after])
    return found


def body_under(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Vietrade, under the Ministry of Industry and Trade`` → under the Ministry (parent
    organisation); nothing unless both ends are organisations."""
    if args.mentions[mi].type != "ORG":
        return
    _, end = args.span_in_sentence(mi)
    for prep in _unders(root, args, end):
        bodies = [m for a in args.pobj_args(prep, pronouns=False) for m in a.mentions
                  if args.mentions[m].type == "ORG" and m != mi]
        yield from emit(args, [mi], "under", bodies, "body_under")
