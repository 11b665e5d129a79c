"""What a verb does to an unnamed object noun, for ``kg.relations.verbs.verb_objects``: the named
owner of the object ("stopped Ant Financial's acquisition": ``object_owner``), the names of its
prepositions ("negotiate the sale of TikTok", "imposed sanctions against him": ``object_prep``),
and the other party of the object's kind ("signed a contract of partnership with Eni", "placed
an order for 20 aircraft with Embraer": the "with" of the object's "of" or "for" noun is the
object's)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.lexicon.english import singular
from kg.lexicon.words import PLACE_KINDS
from kg.relations.arguments import Arg, Arguments
from kg.relations.tokens import is_event
from kg.relations.triples import RawTriple, emit
from kg.relations.words import RECEIVED_VERBS

if TYPE_CHECKING:
    from kg.relations.verbs import VerbFrame


def _ranked_in(obj: Token, owner: Arg, args: Arguments) -> bool:
    """``creating Europe's third-largest maker``, ``became the world's biggest airline``: a
    superlative ranks the noun among the place's; the place owns nothing of it."""
    return bool(owner) and all(args.mentions[m].type in ("GPE", "LOC") for m in owner.mentions) \
        and any(t.tag_ in ("JJS", "RBS") for t in obj.doc[obj.left_edge.i:obj.i])


#: Prepositions that name the other party of an object's kind ("a contract of partnership with X").
_PARTY_PREPS = frozenset({"with", "between"})
#: Prepositions of an object that name its kind or its goods, on whose noun the parser may hang the
#: object's party ("a contract of partnership with Eni", "an order for 20 aircraft with Embraer").
_KIND_PREPS = frozenset({"of", "for"})


def object_noun(obj: Token, f: "VerbFrame") -> Iterator[RawTriple]:
    """``stopped Ant Financial's acquisition`` (owner), ``negotiate the sale of TikTok``."""
    args, label = f.args, f.label
    if f.clause.passive and not f.agents and f.verb.lemma_ in RECEIVED_VERBS:
        label = f"was {label}"  # "Australia was granted access to X": Australia grants X nothing
    owner = args.owner(obj, via_of=False)
    if owner.inferred or _ranked_in(obj, owner, args):
        owner = Arg()  # "delivers her report": a guessed owner of a thing says little
    if owner and any(c.dep_ == "poss" for c in obj.children):
        glue = "by" if is_event(obj) else "of"
        yield from emit(args, f.actors, f"{label} {obj.lower_} {glue}", owner, "object_owner@poss", f.clause)
    elif owner:
        yield from emit(args, f.actors, f"{label} {obj.lower_} of", owner, "object_owner", f.clause)
    for prep, pobj_arg in args.noun_preps(obj, pronouns=True):  # "imposed sanctions against him"
        # "borders the municipalities of A and B", "visited the city of Lyon": the place noun's "of" names the object
        said = label if prep == "of" and singular(obj.lower_) in PLACE_KINDS else f"{label} {obj.lower_} {prep}"
        yield from emit(args, f.actors, said, pobj_arg, "object_prep", f.clause)
    for kind in (q for p in obj.children if p.dep_ == "prep" and p.lower_ in _KIND_PREPS for q in p.children
                 if q.dep_ == "pobj" and q.pos_ == "NOUN" and args.ent(q) is None):
        for prep, pobj_arg in args.noun_preps(kind, pronouns=True):  # "signed a contract of partnership with
            if prep in _PARTY_PREPS:  # Eni", "placed an order for 20 aircraft with Embraer": the object's party
                yield from emit(args, f.actors, f"{label} {obj.lower_} {prep}", pobj_arg, "object_prep", f.clause)
