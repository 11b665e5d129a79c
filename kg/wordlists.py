"""Name-building word lists shared by truecasing, mention finding and resolution (no spaCy import)."""

from __future__ import annotations

#: Words before a surname that mark a person ("President trump", "Mr. zhang").
PERSON_TITLES = frozenset(
    """president vice-president chairman chairwoman ceo founder co-founder minister spokesman
    spokeswoman spokesperson senator governor secretary mr mrs ms dr prof professor mayor
    chancellor premier judge king queen prince princess pope sheikh ambassador director
    representative rep sen gov""".split()
)
#: Words that continue an organisation name after a recased word ("suhuijin international").
ORG_SUFFIXES = frozenset(
    """international group holdings holding financial technologies technology tech inc corp
    corporation ltd limited co bank airlines airways labs laboratories laboratory capital ventures
    partners pharmaceuticals motors media networks systems software games studios foundation
    institute university agency commission committee ministry department council worldwide
    analytica analytics communications energy entertainment industries""".split()
)
#: Heads of institution names whose "of/on/for" complement is part of the name.
INSTITUTION_HEADS = frozenset(
    "department ministry committee commission bureau office agency council court board".split()
)
