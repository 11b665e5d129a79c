"""The merge rules for one name written or typed differently: ``same_spelling`` (``variant``,
``pack``), ``type_vote``, ``demonym`` (a people's adjective and its plural) and ``country_short``
("Macedonia" for the story's North Macedonia). Listed in ``kg.merge_rules``."""

from __future__ import annotations

from collections import defaultdict

from kg.lexicon.countries import city_names, country_codes, country_of, demonyms
from kg.lexicon.names import NameKey, fold_accents, norm, squash, strip_title
from kg.lexicon.kinds import CONTINENTS
from kg.lexicon.words import OTHER_PLACE_WORDS
from kg.merge_names import NameItem, Names


def same_spelling(names: Names) -> None:
    """``variant`` and ``pack``: the same key once spaces are removed ("tik tok" / "tiktok"), or a
    name written as a pack's alias or label. Guard: same type group; an acronym cited as a news
    source (a ``source`` key: "told AFP") whose letters also spell out a longer name here is a
    variant only of another story's cited one (``_cited_apart``)."""
    items = names.items
    by_squash: dict[tuple[str, str], int] = {}
    pack_by_text: dict[tuple[str, str], int] = {}
    for i, n in enumerate(items):
        if n.canonical:
            for m in n.mentions:
                pack_by_text.setdefault((squash(norm(m.text)), n.group), i)
            pack_by_text.setdefault((squash(norm(n.canonical)), n.group), i)
    for i, n in enumerate(items):
        k = (squash(n.key.spelled if _cited_apart(names, n) else n.key.text), n.group)
        if k in pack_by_text and pack_by_text[k] != i:
            names.merge(pack_by_text[k], i, "pack")
        if k in by_squash:
            names.merge(by_squash[k], i, "variant")
        else:
            by_squash[k] = i


def _cited_apart(names: Names, n: NameItem) -> bool:
    """``n`` is an acronym its stories cite as their news source ("told AFP", a ``source`` key) and
    its letters spell out a longer name here ("Australian Federal Police (AFP)", ``spelled_out``):
    the other stories' "AFP" may be that body, so the cited one keeps apart from them. Letters
    that spell out nothing here ("told the BBC", "the BBC's coverage") name one body throughout."""
    return n.key.kind == "source" and names.spelled_out(n.best.upper())


def type_vote(names: Names) -> None:
    """``type_vote``: one plain name under several NER types ("TikTok" as ORG and NORP) is NER
    noise, and so is a country's name under a type that gives it no country key ("China" as a
    PERSON in one sentence), accents aside ("Durán" as a PERSON beside "Duran"). Guard: a name seen ≥ 3 times both as a person and as a place is two
    things ("Jordan"), and so is a person's surname there: a place named after him ("General
    Lavalle" beside "Juan Lavalle"; ``name_part`` gives the surname to the person)."""
    items = names.items
    by_plain: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(items):
        if n.key.kind == "country":
            by_plain[n.key.spelled].append(i)
        elif n.key.plain:
            country = country_of(n.key.text)
            by_plain[NameKey("country", country.lower()).spelled if country else fold_accents(n.key.text)].append(i)
    surnames = names.surnames
    for idxs in by_plain.values():
        titled = [i for i in idxs if _person_elsewhere(items[i], [items[k] for k in idxs], surnames)]
        for i in titled:
            names.apart[i] = f"a person ({_title_form(items[i]) or 'a surname in the corpus'}); another document's is no person"
        idxs = [i for i in idxs if i not in titled]
        groups = {items[i].group for i in idxs}
        if len(idxs) > 1 and not ({"person", "place"} <= groups and
                                  (min(len(items[i].mentions) for i in idxs) >= 3
                                   or items[idxs[0]].key.text in surnames)):
            for j in idxs[1:]:
                if _body_and_place(items[idxs[0]], items[j]):
                    names.apart[j] = f"a body or team in one document, a place in another: {items[idxs[0]].best}"
                    continue
                names.merge(idxs[0], j, "type_vote")


def _title_form(n: NameItem) -> str | None:
    """The first mention of ``n`` written with a personal title ("Mr Fox", "Queen Victoria")."""
    return next((m.text for m in n.mentions if strip_title(m.text) != m.text), None)


def _person_elsewhere(n: NameItem, group: list[NameItem], surnames: set[str]) -> bool:
    """``n`` is a person by more than NER's word: the text gives a title ("King Gustaf V and Queen
    Victoria"), or it is the surname of a full name of the corpus ("Suggestions by Mr Fox" beside
    "Lindsay Fox"); and another of ``group`` is no person and in none of ``n``'s documents (the
    "Fox" network of an encyclopedia's article, Australia's state of "Victoria"): the two stay
    apart, and ``surname`` may give the person his full name. Within a document, NER's types are
    noise and vote."""
    if n.group != "person" or (_title_form(n) is None and n.key.text not in surnames):
        return False
    docs = {m.doc for m in n.mentions}
    return any(o.group != "person" and not docs & {m.doc for m in o.mentions} for o in group)


def _body_and_place(a: NameItem, b: NameItem) -> bool:
    """Two documents' names, one a place and one an organisation its sentences said is a body or
    a team (mentions ``typed`` ORG: "Liverpool beat Chelsea 2-1", ``kg.teams``), in no document
    together, the name a city of the gazetteer: the club and the city it is named after are two
    things. Within a document, or for a name no city bears ("Traveland", a company NER typed GPE
    in another story), NER's types are noise and vote."""
    groups = {a.group, b.group}
    if groups != {"org", "place"} or a.key.text not in city_names():  # a company NER typed GPE elsewhere: noise
        return False
    org = a if a.group == "org" else b
    if not any(m.origin == "typed" for m in org.mentions):
        return False
    return not {m.doc for m in a.mentions} & {m.doc for m in b.mentions}



def demonym(names: Names) -> None:
    """``demonym``: a people's adjective and plural ("Israeli", "Israelis"; "American",
    "Americans") are one node. The demonyms are countryinfo's (``lexicon.countries.demonyms``),
    never derived by stripping endings ("Austrian" is not "Australia"). The people stay apart from
    their country ("Israel"), recorded: Re-DocRED's annotators keep the two apart in 111 of the 163
    dev documents that name both. Guard: a NORP or place typed demonym, never a pack's name."""
    items = names.items
    people, codes = demonyms(), country_codes()
    first: dict[str, int] = {}  # country code -> the first item of its people
    countries: dict[str, str] = {}  # country code -> the label of its country, when named
    for i, n in enumerate(items):
        if n.group != "place" or n.key.kind not in ("country", "name"):
            continue
        code = codes.get(norm(n.key.text))
        if code and not (n.key.plain and n.key.text in people):
            countries.setdefault(code, n.best)
    for i, n in enumerate(items):
        if not n.key.plain or n.group not in ("norp", "place") or n.key.text not in people:
            continue
        code = people[n.key.text].alpha_2
        if code in first:
            names.merge(first[code], i, "demonym")
        else:
            first[code] = i
        if code in countries:
            names.apart.setdefault(i, f"the people of {countries[code]}, kept apart from the country")


def country_short(names: Names) -> None:
    """``country_short``: in one document, a country's name without its first word of direction
    ("Macedonia" beside "North Macedonia") is that country. Guards: the short name is a place's
    and no country itself ("Sudan" beside "South Sudan" stays apart; "Korea" is South Korea,
    ``kg.lexicon.countries.COUNTRY_EXTRA``) nor a continent ("Africa" beside "South Africa"), and
    the document names one country it shortens."""
    items = names.items
    tails: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(items):
        words = n.key.text.split()
        if n.key.kind == "country" and len(words) > 1 and words[0] in OTHER_PLACE_WORDS:
            tails[" ".join(words[1:])].append(i)
    for j, s in enumerate(items):
        countries = {items[i].key.text for i in tails.get(s.key.text, ())}
        if s.key.plain and s.group == "place" and len(countries) == 1 and country_of(s.key.text) is None \
                and s.key.text not in CONTINENTS:
            names.merge(tails[s.key.text][0], j, "country_short")
