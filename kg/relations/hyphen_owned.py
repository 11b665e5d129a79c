"""``the Amazon-owned Whole Foods``, ``the Kremlin-backed channel RT``: a name joined by a hyphen to
a participle of owning or backing in front of a noun says who owns or backs the noun's entity.

News writes ownership so as often as with a clause ("Whole Foods, which Amazon owns"); the parser
makes the name an ``npadvmod`` of the participle, which no verb row reads (as with ``X-based``,
``kg.relations.based``). Row (``rule`` on the edge):

``hyphen_owned``  name{ORG|PERSON|GPE} ``-`` owned|controlled|run|operated|backed|funded|sponsored
                  {amod|compound} > noun: the owner "owned" (…) the entity the noun stands for, as
                  the passive "Whole Foods is owned by Amazon" reads. Not a people's word ("Chinese-owned
                  firms": whose, not who) nor "state-owned" (no name).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.relations.arguments import Arguments
from kg.relations.based import hyphen_holders
from kg.relations.tokens import hyphened_participle
from kg.relations.triples import RawTriple, emit

#: Participles of owning or backing, and the verb the edge reads as (the passive's active).
OWNING_PARTICIPLES = {"owned": "owned", "controlled": "controlled", "run": "ran", "operated": "operated",
                      "backed": "backed", "funded": "funded", "sponsored": "sponsored"}
#: Who may own or back: a body, a person, a state.
_OWNERS = frozenset({"ORG", "PERSON", "GPE"})
#: What may be owned or backed.
_OWNED = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "GPE", "LOC", "EVENT"})


def is_hyphen_owned(tok: Token) -> bool:
    """``owned`` (or another of ``OWNING_PARTICIPLES``) right after a hyphen, modifying a noun."""
    return hyphened_participle(tok, OWNING_PARTICIPLES) and not tok.doc[tok.i - 1].whitespace_


def hyphen_owned(tok: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Amazon-owned Whole Foods`` → Amazon owned Whole Foods."""
    owner = args.ent(tok.doc[tok.i - 2])
    if owner is None or args.mentions[owner].type not in _OWNERS:
        return
    holders = hyphen_holders(tok, args, owner, _OWNED, told=True)
    yield from emit(args, [owner], OWNING_PARTICIPLES[tok.lower_], holders, "hyphen_owned")
