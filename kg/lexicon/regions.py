"""Peoples' adjectives of regions, not of countries: "Southeast Asian", "East African", "Latin
American", "Middle Eastern", "Nordic", "Scandinavian", "Arab". NER types them NORP, as it does
"Turkish"; but no country has them as its people, so "Indonesia is the first Southeast Asian
country" gives Indonesia a continent, not a country, and "a Scandinavian company" no nationality
(``kg.relations.descriptions.nationality``). General knowledge of how regions are named, no list
drawn from a corpus."""

from __future__ import annotations

from kg.lexicon.countries import demonyms

#: Adjectives of continents and of the regions named by them.
_CONTINENTAL = frozenset("asian african european american oceanian eastern arabian".split())
#: Words that make a part of a continent of one ("Southeast Asian", "Sub-Saharan African").
_QUALIFIERS = frozenset("""south southern southeast southeastern east eastern west western north northern northeast
    northeastern northwest northwestern southwest southwestern central latin middle sub saharan""".split())
#: The adjectives of the continents themselves.
_CONTINENTS = _CONTINENTAL - {"eastern", "arabian"}
#: One-word adjectives of regions and of peoples of many countries.
_REGIONAL = frozenset("asian african european oceanian nordic scandinavian baltic balkan caribbean arab".split())


def regional_people(text: str) -> bool:
    """A people's adjective of a region, not of one country.

    >>> regional_people("Southeast Asian"), regional_people("Middle Eastern"), regional_people("Nordic")
    (True, True, True)
    >>> regional_people("South African"), regional_people("American"), regional_people("Turkish")
    (False, False, False)
    """
    low = " ".join(text.lower().replace("-", " ").split())
    if low in demonyms():
        return False  # "South African", "Central African": a country's people
    words = low.split()
    if not words:
        return False
    if len(words) == 1:
        return words[0] in _REGIONAL
    return words[-1] in _CONTINENTAL and all(w in _QUALIFIERS for w in words[:-1])


def continental_people(text: str) -> bool:
    """A region's people named after its continent: the continent, or a part of it, a place lies in
    ("a South American country": Re-DocRED's annotators give Venezuela the continent, P30).

    >>> continental_people("South American"), continental_people("Asian"), continental_people("Nordic")
    (True, True, False)
    """
    return regional_people(text) and text.lower().replace("-", " ").split()[-1] in _CONTINENTS
