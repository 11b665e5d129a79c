"""Administrative divisions ranked by the word that ends their names, or by the place noun whose
"of" names them: a region holds provinces, a province districts. ``kg.relations.place_chains``
reads a chain written from the largest down ("the Ancash Region, Huari Province, San Marcos
District") and a smaller division the parser hung on a larger one ("the state of New South Wales
in Brewarrina Shire") by these ranks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon.kinds import CONTINENTS
from kg.relations.words import ISLAND_WORDS

if TYPE_CHECKING:
    from kg.relations.arguments import Arguments


#: The rank of an administrative division by the word that ends its name: a region holds
#: provinces, a province districts ("Ancash Region" > "Huari Province" > "San Marcos District").
DIVISION_RANK = {"region": 1, **dict.fromkeys("province state oblast voivodeship prefecture governorate krai department".split(), 2),
                 **dict.fromkeys("county district municipality commune gmina raion parish shire borough".split(), 3)}


def rank(mi: int, args: Arguments) -> int | None:
    """The rank of the division ``mi`` names by its last word, or by its first before "of"
    ("State of Washington")."""
    words = args.mentions[mi].text.lower().split()
    if len(words) >= 3 and words[1] == "of" and words[0] in DIVISION_RANK:
        return DIVISION_RANK[words[0]]
    return DIVISION_RANK.get(words[-1]) if len(words) >= 2 else None


def _island(mi: int, args: Arguments) -> bool:
    """``mi`` names an island or a peninsula: by its last word ("Olympic Peninsula") or the noun
    whose "of" names it ("the island of Shikoku")."""
    r = args.roots.get(mi)
    return args.mentions[mi].text.lower().split()[-1] in ISLAND_WORDS or r is not None and r.dep_ == "pobj" \
        and r.head.lower_ == "of" and r.head.head.lower_ in ISLAND_WORDS


def larger(mi: int, t: int, args: Arguments) -> bool:
    """``mi`` names a larger division than ``t`` ("the Australian state of New South Wales in
    Brewarrina Shire": a shire lies in a state, so the "in" is the village's, not the state's),
    each ranked by its last word or by the place noun whose "of" names it; a division holds an
    island or a peninsula written after it (a town written before one lies on it), and a
    continent holds any place that is none ("opened its first factory in Europe in Szeged,
    Hungary": the town lies in Europe, not Europe in it)."""
    if args.mentions[mi].text.lower() in CONTINENTS and args.mentions[t].text.lower() not in CONTINENTS:
        return True
    ranks = [rank(m, args) or (DIVISION_RANK.get(r.head.head.lower_) if (r := args.roots.get(m)) is not None
                               and r.dep_ == "pobj" and r.head.lower_ == "of" else None) for m in (mi, t)]
    if ranks[0] is not None and ranks[1] is None and _island(t, args):
        return True  # "the State of Washington, on the Olympic Peninsula": a state holds a peninsula
    return None not in ranks and ranks[0] < ranks[1]


def descending(chain: list[int], args: Arguments) -> bool:
    """Every place of the chain names a division by its last word, each a smaller one than the
    one before: the text lists them from the largest down."""
    ranks = [rank(m, args) for m in chain]
    return len(chain) > 1 and None not in ranks and all(a < b for a, b in zip(ranks, ranks[1:]))
