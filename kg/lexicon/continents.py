"""Continents and regions of countries ("Ghana" is in Africa), from countryinfo's regions (pinned
in pyproject.toml): the presumptions and predicates ask which continent a country is on."""

from __future__ import annotations

from functools import lru_cache

from kg.lexicon.countries import countries
from kg.stored import table


#: countryinfo's region (or, in the Americas, its intermediate region and subregion) -> the names of
#: the continent a reader calls it by (``norm`` keys, as kg.lexicon.kinds.CONTINENTS spells them).
CONTINENT_NAMES = {"Africa": ("africa",), "Europe": ("europe",), "Asia": ("asia",), "Oceania": ("oceania",),
                   "South America": ("south america", "latin america", "americas"),
                   "Central America": ("central america", "north america", "latin america", "americas"),
                   "Caribbean": ("north america", "americas"),
                   "Northern America": ("north america", "america", "americas")}
#: Names above of a region of countries, not a continent: a country is a part of it (P361).
REGIONS = frozenset({"latin america"})


@lru_cache(maxsize=1)
@table("continents", ("countryinfo", "pycountry"))
def continents() -> dict[str, frozenset[str]]:
    """kg's label of a country -> the names of its continent (countryinfo's regions, pinned).
    Kept between processes (:mod:`kg.stored`): countryinfo reads a JSON file per country to
    give them (0.06 s of every rebuild, whose presumptions read them).

    >>> sorted(continents()["Ghana"]), sorted(continents()["Canada"])
    (['africa'], ['america', 'americas', 'north america'])
    """
    from countryinfo import CountryInfo

    by_code = {c.alpha_2: c for c in countries()}
    out: dict[str, frozenset[str]] = {}
    for _, info in sorted(CountryInfo.all().items()):
        code = (info.get("ISO") or {}).get("alpha2")
        region = info.get("region") or ""
        if region == "Americas":
            region = info.get("intermediateregion") or info.get("subregion") or ""
        names = CONTINENT_NAMES.get(region)
        if code in by_code and names:
            out.setdefault(by_code[code].label, frozenset(names))
    return out
