"""Bodies every state has, named by nothing else: "the Supreme Court", "Cabinet", "Parliament",
"the Ministry of Health", "Foreign Affairs" (of "Minister of Foreign Affairs"). Such a name says
which body it is only through the country its document is about: a Kenyan story's "Ministry of
Health" is Kenya's, an Indonesian story's Indonesia's. So such names never link documents
through the corpus rules (``kg.resolve.joining_names`` leaves them out); they join across
documents only their own name in documents that name a country in common (``local_links``: rule
``same_country_body``); a document that names no country joins the most documents' body.
"National" or "Central" before one such word is no word of its own ("the National Assembly",
"the Central Bank"); nor are a state's forces ("the Army", "the Navy", "the Air Force"). A name
with any word of its own ("the High Court of Australia", "Kenyan Ministry of Health", "UN
Security Council", "World Health Organization") links documents as any name does.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from kg.lexicon.countries import city_countries, country_keys, country_named, demonyms, province_countries
from kg.lexicon.words import INSTITUTION_HEADS, PORTFOLIO_WORDS
from kg.merge_names import NameItem

#: Words of a state body's name that name no state ("Supreme", "Cabinet", "Parliament", "Army"),
#: besides the institution heads and the ministers' portfolios. Not "Federal", "National", "Central":
#: "Federal Trade Commission", "National Security Agency" are each one country's.
STATE_WORDS = frozenset("""cabinet parliament congress senate government state supreme high presidential presidency
    assembly authority house ministry chamber deputies representatives union prosecutor prosecutors attorney general
    electoral election tax taxation customs revenue statistics audit legislative executive judicial constitutional
    administrative relations equal opportunities solidarity family army navy air force forces armed""".split())
_FUNCTION = frozenset({"of", "the", "and", "for", "&", "on"})
#: What "National" or "Central" + one word names in many states: their parliaments, courts,
#: police and central banks ("the National Assembly" of France, Benin, South Korea; "the Central
#: Bank"); a longer name is one state's ("National Security Agency" stays as any name).
_NATIONAL_BODIES = frozenset({"assembly", "congress", "parliament", "council", "court", "police", "legislature", "bank"})
GENERIC_WORDS = STATE_WORDS | PORTFOLIO_WORDS | INSTITUTION_HEADS | _FUNCTION

#: What a document's rules may have said of a name that still joins by itself: nothing, or its
#: own name spelled another way.
_OWN_SPELLING = frozenset({None, "variant", "type_vote"})
#: The rule a cross-document join of two such names records (``kg explain``).
RULE = "same_country_body"


def state_body(item: NameItem) -> bool:
    """``item`` is an organisation's plain name made only of words every state's bodies use.

    >>> from kg.lexicon.names import NameKey
    >>> state_body(NameItem(NameKey("name", "ministry of the health"), "org", []))
    True
    >>> state_body(NameItem(NameKey("name", "world health organization"), "org", []))
    False
    >>> state_body(NameItem(NameKey("name", "national assembly"), "org", []))
    True
    """
    words = item.words
    if item.group == "org" and item.key.plain and len(words) == 2 and words[0] in ("national", "central"):
        return words[1] in _NATIONAL_BODIES  # "the National Assembly": Benin's in one story, Korea's in another
    return item.group == "org" and item.key.plain and bool(words) \
        and all(w in GENERIC_WORDS for w in words) and any(w not in _FUNCTION for w in words)


def document_countries(items: Sequence[NameItem]) -> frozenset[str]:
    """The countries one document names, by their names or their peoples ("Kenya", "Kenyan"); in
    a document that names none, the countries of its places the gazetteer puts in one country
    only ("NEW DELHI", "Assam": India; "DUBLIN": the Irish county, where the city's name is also
    American): a story datelined in Dublin is about Ireland's "Supreme Court"."""
    out = set()
    for n in items:
        if n.key.kind == "country":
            out.add(n.key.text)
        elif n.group == "norp" and n.key.plain and (people := demonyms().get(n.key.text)) is not None:
            out.add((country_named(people.label) or people.label).lower())
    return frozenset(out) if out else frozenset(filter(None, (_place_country(n) for n in items)))


def _place_country(n: NameItem) -> str | None:
    """The one country of a place's name in the gazetteer (its province's, if its cities' are
    several), lower-cased as a country key's text; None when it names no place there or two."""
    if n.group != "place" or not n.key.plain:
        return None
    cities, provinces = city_countries().get(n.key.text, ()), province_countries().get(n.key.text, ())
    codes = set(cities) | set(provinces)
    code = codes.pop() if len(codes) == 1 else provinces[0] if len(set(provinces)) == 1 else None
    label = country_keys().get(code.lower()) if code else None  # an ISO code's key is its country's
    return label.lower() if label else None


def local_links(items: Sequence[NameItem], starts: Sequence[int], ambiguous: set[int] | frozenset[int] = frozenset(),
                reason: dict[int, str] | None = None) -> list[list[int]]:
    """Groups of indices into ``items`` (a corpus's document-level names, each document's from
    its ``starts`` entry on) that name one state body: the same name in documents that share a
    country they name. Documents are taken in order: one joins the first group of its name whose
    documents name a country it names; one that names no country, the largest group; else it
    starts a group of its own. So a corpus of one country's news keeps one "Federal Government"
    (its stories name their country, or other countries its other stories name too), and state
    news from twelve countries keeps twelve "Ministries of Foreign Affairs". Only groups that
    span two documents or more are returned. A name its document joined to another by a rule
    other than its spelling ("House" after "House of Representatives", ``refers_back``) follows
    that name and joins no other document's."""
    reason = reason or {}
    by_name: dict[tuple[str, str], list[tuple[frozenset[str], list[int]]]] = defaultdict(list)
    for d, start in enumerate(starts):
        end = starts[d + 1] if d + 1 < len(starts) else len(items)
        bodies: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i in range(start, end):
            if i not in ambiguous and reason.get(i) in _OWN_SPELLING and state_body(items[i]):
                bodies[(items[i].group, items[i].key.spelled)].append(i)
        if bodies:
            countries = document_countries(items[start:end])
            for name, idxs in bodies.items():
                by_name[name].append((countries, idxs))
    out = []
    for name in sorted(by_name):
        groups: list[tuple[set[str], list[int], int]] = []  # (countries, names, documents)
        for countries, idxs in by_name[name]:
            target = next((g for g in groups if g[0] & countries), None) if countries else \
                max(groups, key=lambda g: g[2], default=None)
            if target is None and countries:
                target = next((g for g in groups if not g[0]), None)  # documents that named none
            if target is None:
                groups.append((set(countries), list(idxs), 1))
                continue
            target[0].update(countries)
            target[1].extend(idxs)
            groups[groups.index(target)] = (target[0], target[1], target[2] + 1)
        out.extend(g[1] for g in groups if g[2] > 1)
    return out
