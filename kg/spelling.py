"""British and American spellings of one word ("Centre"/"Center", "Theatre"/"Theater",
"Defence"/"Defense", "Labour"/"Labor", "Organisation"/"Organization"): news agencies write a
body's name in their own spelling, so one name reaches a corpus in both. ``kg.name_compare``
reads two such words as one when it aligns two names; fuzzy ratios miss the short ones
("centre"/"center" scores 83)."""

from __future__ import annotations

import re

#: British endings and their American forms, tried in order on a lower-case word.
_ENDINGS = (
    (re.compile(r"(?<=[a-z][tbg])re(s?)$"), r"er\1"),  # centre(s), theatre, metre, fibre, meagre
    (re.compile(r"(?<=[a-z]{2})our(s?)$"), r"or\1"),  # labour, harbour, honours ("four", "tour" too short)
    (re.compile(r"(?<=[fc])ence$"), "ense"),  # defence, licence, offence; not "science"
    (re.compile(r"is(ation|ations|e|es|ed|ing)$"), r"iz\1"),  # organisation, organise
)


def american(word: str) -> str:
    """``word`` (lower case) with a British ending spelled the American way.

    >>> [american(w) for w in ("centre", "theatres", "labour", "defence", "organisation", "acre", "tour")]
    ['center', 'theaters', 'labor', 'defense', 'organization', 'acre', 'tour']
    """
    for pattern, repl in _ENDINGS:
        new = pattern.sub(repl, word)
        if new != word:
            return new
    return word


def spelling_variants(a: str, b: str) -> bool:
    """Two different words that are one word's British and American spellings.

    >>> spelling_variants("centre", "center"), spelling_variants("centre", "central")
    (True, False)
    """
    return a != b and min(len(a), len(b)) >= 4 and american(a) == american(b)
