"""A country's people's word before an office and its holder ("Malaysian Prime Minister Anwar
Ibrahim", "Kazakh President Tokayev", "French President Emmanuel Macron"): the holder heads that
country, as "Malaysia's Prime Minister Anwar Ibrahim" says with the country's own name (rule
``title``). The edge goes to the people's word, the name the sentence gives the country; the
predicate is declared, since a people's word stands for a country only where a rule says so
(``kg.predicates``). An office the vocabulary does not make a country's head's ("foreign minister
of") gives no edge: the nationality rule already says the holder's people."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.lexicon.countries import demonyms
from kg.lexicon.names import norm
from kg.predicates import classify
from kg.relations.arguments import Arguments
from kg.relations.triples import RawTriple, emit

#: The offices a people's word before them makes its country's head's ("Malaysian Prime Minister X").
_HEAD_OFFICES = frozenset({"head_of_government_of", "head_of_state_of", "deputy_head_of"})


def peoples_before_office(args: Arguments, role: Token, mi: int) -> list[int]:
    """A country's people's word (``demonyms``) modifying an office before its holder: "Malaysian"
    of "Malaysian Prime Minister Anwar Ibrahim", "Kazakh" of "Kazakh President Tokayev"."""
    return [m for c in role.subtree if c.i < role.i and c.dep_ in ("amod", "compound", "nmod")
            and (m := args.ent(c)) not in (None, mi) and args.mentions[m].type == "NORP"
            and norm(args.mentions[m].text) in demonyms()]


def office_of_people(args: Arguments, mi: int, label: str, peoples: list[int]) -> Iterator[RawTriple]:
    """The office's edge to the people's word, declared the head's office of its country when the
    vocabulary types the office so with a country ("prime minister of": head of government), as
    "Malaysia's Prime Minister" is; any other office ("foreign minister of") says no more than
    the nationality rule does, and gives no edge."""
    p = classify(label, "title", ("PERSON",), ("GPE",))
    if p is None or p.name not in _HEAD_OFFICES:
        return
    for t in emit(args, [mi], label, peoples, "title"):
        t.predicate = p.name
        yield t
