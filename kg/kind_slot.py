"""A kind noun before a name, for truecasing (``kg.truecase``'s ``unknown`` pass asks).

Wire copy describes a company by a compound noun between a modifier and its name: "European
planemaker Airbus", "rival chipmaker Nvidia", "US drugmaker Pfizer". WordNet lacks such words,
so truecasing would take them for a lower-cased name and capitalise them, and the name would
then swallow them ("European Planemaker Airbus"). Only rare compounds of two English words are
asked (``kg.lexicon.english.english_compound``, wordfreq's list lacks them): a brand wordfreq
knows ("facebook") stays a name wherever it stands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from kg.lexicon.countries import demonyms
from kg.lexicon.english import english_compound, word_classes
from kg.lexicon.frequency import zipf

if TYPE_CHECKING:
    from kg.truecase import Casing


def kind_noun(c: Casing, key: str) -> bool:
    """``key`` (a lower-case word truecasing could take for a name) is a rare English compound
    written only as a kind before a name."""
    return english_compound(key, c.lexicon) and not zipf(key) and kind_before_name(c, key)


def kind_before_name(c: Casing, key: str) -> bool:
    """Every lower-case ``key`` stands between a modifier and a capitalised word, the slot of a
    kind noun before a name: "European planemaker Airbus", "rival chipmaker Nvidia", "US
    drugmaker Pfizer". The modifier is an adjective or a noun (a base form in WordNet), "the", a
    demonym or a country code; after a verb the word is a name ("said facebook CEO …"). After an
    article and such a modifier, no name need follow: "the French drugmaker said"."""
    words, classes = c.words, word_classes()
    adj, noun = classes["adj"], classes["noun"]
    slots = [i for i, (_s, _e, w) in enumerate(words) if w == key]
    for i in slots:
        if 1 < i and c.adjacent(i) and c.adjacent(i - 1) and words[i - 2][2].lower() in _ARTICLES \
                and _modifier(words[i - 1][2], adj):
            continue  # "the French drugmaker said": the head of a common noun's phrase
        if not 0 < i < len(words) - 1 or not c.adjacent(i) or not c.adjacent(i + 1) \
                or not words[i + 1][2][:1].isupper():
            return False
        prev = words[i - 1][2]
        low = prev.lower()
        if prev.islower():
            if low != "the" and (low in STOP_WORDS or low not in adj and low not in noun):
                return False  # "said facebook CEO …": after a verb, a name
        elif not _modifier(prev, adj):
            return False
    return bool(slots)


#: Articles that open the phrase a kind noun heads ("the French drugmaker").
_ARTICLES = frozenset({"the", "a", "an"})


def _modifier(word: str, adj: frozenset[str]) -> bool:
    """A capitalised or lower-case adjective, a demonym or a country code ("European", "US")."""
    low = word.lower()
    return low in adj or low in demonyms() or word.isupper() and len(word) <= 3
