"""Who leads a body's party: ``The delegation of Azerbaijan, led by Deputy Prime Minister Shahin
Mustafayev, …``, ``A team of the National Disaster Response Force led by Inspector Ramesh Kumar
reached the spot``. Translated news names a visit or a rescue by the party a body or a country
sent and the person leading it. The person does not lead the body (``kg.relations.tokens.after_noun_by``
keeps "headed by" off it), but leads its delegation or team: an edge between the two, labelled so.
Row (``rule`` on the edge):

``party_leader``  noun{PARTY_NOUNS} > prep{of|from} > pobj{ORG|GPE}, and noun > acl{led|headed}
                  > agent > pobj{PERSON}: PERSON "led <noun> of" the body.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.relations.arguments import Arguments
from kg.relations.tokens import PARTY_NOUNS, in_brackets
from kg.relations.triples import RawTriple, emit

#: Participles of leading a party.
LEADING = frozenset({"led", "headed"})
#: Who may send a party: a body or a country.
_SENDERS = frozenset({"ORG", "GPE"})


def _party(tok: Token) -> Token | None:
    """The party noun a leading participle is said of: its head, or the noun whose "of"/"from"
    names the body the parser hung the participle on ("a team of the NDRF led by X")."""
    noun = tok.head
    if noun.lower_ not in PARTY_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ in ("of", "from"):
        noun = noun.head.head
    return noun if noun.lower_ in PARTY_NOUNS and noun.pos_ == "NOUN" else None


def is_party_leader(tok: Token, args: Arguments) -> bool:
    """The anchor of ``party_leader``: "led"/"headed" as a passive participle on a party noun."""
    return tok.lower_ in LEADING and tok.dep_ == "acl" and tok.tag_ == "VBN" and _party(tok) is not None


def party_leader(tok: Token, args: Arguments) -> Iterator[RawTriple]:
    """``the delegation of Azerbaijan, led by Shahin Mustafayev`` → Mustafayev led delegation of Azerbaijan."""
    noun = _party(tok)
    if noun is None:
        return
    senders = {m: p.lower_ for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
               for a in args.pobj_args(p, pronouns=False) for m in a.mentions
               if args.mentions[m].type in _SENDERS and not in_brackets(args.roots[m])}  # not "(NDRF)"
    leaders = [m for p in tok.children if p.dep_ == "agent"
               for a in args.pobj_args(p, pronouns=False) for m in a.mentions if args.mentions[m].type == "PERSON"]
    if len(senders) == 1:  # one body's party ("a delegation of A and B" is no one body's)
        (sender, prep), = senders.items()
        yield from emit(args, leaders, f"led {noun.lower_} {prep}", [sender], "party_leader")
