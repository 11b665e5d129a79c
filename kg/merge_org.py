"""The merge rules for organisation and place names: ``acronym``, ``designator``, ``kind_word``,
``of_place`` and ``fuzzy``, a longer name and the shorter or reordered one it is written as.
Listed in ``kg.merge_rules``."""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import fuzz

from kg.lexicon.names import acronym_like, camel_capitals, initials, name_head, norm, storm_kind
from kg.lexicon.words import (BUSINESS_ENDS, BUSINESS_OPENERS, CORPORATE_DESIGNATORS, FACILITY_NOUNS, KIND_ENDS,
                             NAME_STOP_WORDS, PLACE_KIND_WORDS, PREFIX_DESIGNATORS, REGISTERED_FORMS, kind_end)
from kg.lexicon.countries import city_names, country_named, demonyms
from kg.lexicon.frequency import common_word
from kg.lexicon.given_names import given_name
from kg.merge_guards import _before, _enough, _evidence, _known_place, _merge_fits, _mistyped_person
from kg.merge_names import COUNTRY_LEAD, NameItem, Names
from kg.name_compare import _content, _fuzzy_key, aligned

#: rapidfuzz ``token_set_ratio`` between two organisation names (content words, country codes
#: spelled out) must reach this, *and* the words the names do not share must pair up as spelling
#: variants or institution synonyms (see ``aligned``). Measured on the pairs in
#: tests/unit/test_resolve.py: true pairs score 89–100 ("U.S. Foreign Investment Commission" ~
#: "Committee on Foreign Investment in the United States": 89.4; "Cambridge Analytics" ~
#: "Cambridge Analytica": 94.7); distinct bodies that the alignment test lets through never
#: occur, and those it stops score up to 85.7 ("Federal Trade/Communications Commission"), so the
#: score alone could not separate them.
FUZZY_THRESHOLD = 85.0


def acronym(names: Names) -> None:
    """``acronym``: an organisation's acronym defined in the text ("… (CFIUS)") or equal to the
    initials of a longer organisation name. Guard: both organisations; 2-6 capitals (or a short
    vowel-less lower-case word, "ftc"). A definition is the text's word for its own document:
    across documents (the corpus level) an acronym joins the name a story defined it as only on
    the evidence ``_by_initials`` asks of initials ("Australian Federal Police (AFP)" in a
    police story says nothing of "told the AFP news agency" in a story on a mall's roof). An acronym
    a story cites only as its news source (a ``source`` key, ``kg.news_sources.cited_agencies``:
    "told AFP", "an AFP journalist") joins no name by its initials nor by a definition: in the
    story of "an AFP journalist" that also names "the Australian Federal Police", the two are two
    bodies; it stays apart, recorded."""
    items = names.items
    long_by_initials: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, n in enumerate(items):
        if len(n.words) == 1 and n.group == "org" and len(camel := camel_capitals(n.best)) >= 3:
            long_by_initials[(camel, n.group)].append(i)  # "KazMunayGas" ... "KMG"
        if len(n.words) >= 2 and n.group == "org":
            long_by_initials[(initials(n.best), n.group)].append(i)
            stripped = COUNTRY_LEAD.sub("", n.best)
            if stripped != n.best:
                long_by_initials[(initials(stripped), n.group)].append(i)
    for i, n in enumerate(items):
        if n.group != "org" or len(n.words) > 1:
            continue
        form = n.best
        if form.islower() and acronym_like(form):
            form = form.upper()  # "ftc" in lower-case text
        if not re.fullmatch(r"[A-Z]{2,6}", form):
            continue
        defined = [j for j in names.by_key.get(norm(names.defined[form]), ()) if items[j].group == n.group] \
            if form in names.defined else []
        longer = defined or sorted(set(long_by_initials.get((form, n.group), [])))
        if n.key.kind == "source" and longer:
            names.apart.setdefault(i, "a news source its stories cite by these initials: not "
                                   + ", ".join(sorted({items[j].best for j in longer})))
            continue
        _by_initials(names, i, longer)


def _by_initials(names: Names, short: int, longer: list[int]) -> None:
    """Join an acronym to the one entity whose name it abbreviates or a text defined it as, when the
    acronym's documents are that name's or share a name with them (``_evidence``): an acronym of
    a news story ("the CBS program Face the Nation") is not the "Carey Business School" of an
    unrelated article. One that abbreviates two ("AFP": a police force and a news agency, in two
    stories of a corpus) stays apart, recorded: guessing would join the two bodies into one node."""
    if not longer:
        return
    items = names.items
    if len({names.find(j) for j in longer}) == 1:
        root = names.find(longer[0])
        docs = {root: {m.doc for j in longer for m in items[j].mentions}}
        own = {m.doc for m in items[short].mentions}
        if _enough(_evidence(names, own, docs, items[short].key.text)[root]):
            for j in longer:
                names.merge(j, short, "acronym")
        else:
            names.apart.setdefault(short, "the initials of a name its documents share nothing with: "
                                   + ", ".join(sorted({items[j].best for j in longer})))
    else:
        names.apart.setdefault(short, "the initials of two names: "
                               + ", ".join(sorted({items[j].best for j in longer})))


def designator(names: Names) -> None:
    """``designator``: "Suhuijin International" is "Suhuijin", "Apple Inc." is "Apple", "PT Pertamina"
    is "Pertamina", "Grupo Bimbo" "Bimbo", "PT Nusantara Air Tbk" "Nusantara Air" (a legal form, a
    group or a company before the name, ``PREFIX_DESIGNATORS``, whatever NER typed the name after
    it). Guard: the longer name is an organisation, the shorter an organisation or a name NER
    typed as a place that no gazetteer knows (machine-translated "Suhuijin") or as a
    person that is no person's surname ("Veltrix" / "Veltrix Corporation"; ``_mistyped_person``)
    or opens with no given name ("Rheinwerk Rück" / "Rheinwerk Rück AG"; ``_company_not_person``):
    a real place is never joined to a company whose name starts with it ("London" / "London
    International Group"; a country, a city of ``city_names``), nor a facility to the company named
    after it ("Heathrow Airport" / "Heathrow Airport Holdings", ``FACILITY_NOUNS``: it runs it)."""
    items = names.items
    for i, n in enumerate(items):
        if n.group != "org":
            continue
        words = n.words
        start = int(len(words) > 1 and (words[0] in PREFIX_DESIGNATORS or words[0] in BUSINESS_OPENERS))
        if start:  # "PT Pertamina" is "Pertamina", "Laticínios Serra Azul" "Serra Azul"
            rest = words[1:]
            keys = [rest]
            if len(rest) >= 2 and rest[-1] in BUSINESS_ENDS and words[0] in PREFIX_DESIGNATORS:
                keys.append(rest[:-1])  # "Grupo Sertaneja Alimentos" is "Sertaneja": a group names its firm
            for j in (j for key in keys for j in names.by_key.get(" ".join(key), [])):
                if items[j].group in ("org", "person") and not _known_place(items[j].key.text, items[j].group):
                    names.merge(i, j, "designator")
        k = len(words)
        while k > start + 1 and words[k - 1] in CORPORATE_DESIGNATORS:
            k -= 1  # "Apple Inc." is "Apple"; "PT Nusantara Air Tbk" "Nusantara Air" (and "PT Nusantara Air")
            if words[k - 1] in FACILITY_NOUNS:
                break  # "Heathrow Airport Holdings" runs "Heathrow Airport": the company is no airport
            for j in sorted({j for s in {0, start} for j in names.by_key.get(" ".join(words[s:k]), [])}):
                if items[j].group == "org" or (items[j].group in ("place", "person") and items[j].key.plain
                                               and not _known_place(items[j].key.text, items[j].group)
                                               and (items[j].group == "place" or _mistyped_person(items[j], names.surnames)
                                                    or _company_not_person(items[j]))):
                    names.merge(i, j, "designator")


def _company_not_person(n: NameItem) -> bool:
    """A name of two words or more NER typed a person that opens with no given name: beside its
    designator's form ("Rheinwerk Rück" beside "Rheinwerk Rück AG") the company; "Hugo Boss"
    beside "Hugo Boss AG" may be the founder, and stays apart."""
    return n.group == "person" and len(n.words) >= 2 and not given_name(n.words[0].capitalize())


def legal_name(names: Names) -> None:
    """``legal_name``: in one document, a company's one-word name after its full legal name of
    that word, one more word and a legal form ("Toyota" beside "Toyota Motor Corporation", "Apple"
    beside "Apple Computer, Inc."; ``REGISTERED_FORMS``), or its two first words before an "and" that
    joins a second line of business ("Shihlin Electric" beside "Shihlin Electric and Engineering
    Corporation") or before a last word that only names its line of business (``BUSINESS_ENDS``:
    "Bastos Capital" beside "Bastos Capital Participações S.A."): a writer gives the registered
    name once and the brand after (not where the document names a place so: "Vapi Remedies Ltd,
    named after the town of Vapi"); a one-word brand
    NER typed a person that is no person's surname there is the company too ("Halvorsen" beside
    "Halvorsen Energy ASA"). Without a legal form the added word names another body ("Samsung
    Electronics", "US Airways Express" are not "Samsung", "US Airways"), and ``designator`` takes
    names whose extra words are all designators ("Alibaba Group"). Guards: both organisations,
    the short name no country or people, nor a place NER typed as one; no other organisation
    name of two words or more in the document opens with it ("Toyota" beside "Toyota Motor
    Corporation" and "Toyota Tsusho Corporation", or "Samsung Group", stays apart, recorded),
    except a unit named by the full name and more: "Lyndhurst" beside "Lyndhurst Mining Corp" and
    its "Lyndhurst Mining Africa" is the parent; a two-word brand, only from the names it opens
    ("Hoshida Electric" beside "Hoshida Electric Industries Co." and its "Hoshida Semiconductor
    Solutions Inc.")."""
    items = names.items
    opening: dict[str, list[int]] = defaultdict(list)  # a first word -> the org names it opens
    for i, n in enumerate(items):
        if n.group == "org" and n.key.plain and len(n.words) >= 2:
            opening[n.words[0]].append(i)
    for i, n in enumerate(items):
        words = n.words
        k = len(words)
        while k > 2 and words[k - 1] in REGISTERED_FORMS:
            k -= 1
        if n.group != "org" or not n.key.plain or k == len(words) or words[1] in CORPORATE_DESIGNATORS:
            continue
        short = words[0] if k == 2 else " ".join(words[:2]) if (k >= 4 and words[2] == "and"
                                                                or k == 3 and words[2] in BUSINESS_ENDS) else None
        if short and any(items[x].group == "place" for x in names.by_key.get(short, ())):
            continue  # "Vapi Remedies Ltd, named after the industrial town of Vapi": the town is named too
        for j in names.by_key.get(short, ()) if short else ():
            s = items[j]
            if not (s.group == "org" or k == 2 and _mistyped_person(s, names.surnames)) or not s.key.plain \
                    or _known_place_here(short, s.group) or not _capitalised_name(s):
                continue  # "Halvorsen" (NER: PERSON) beside "Halvorsen Energy ASA" is the company
            # a unit named by the company's name and more ("Lyndhurst Mining Africa" beside "Lyndhurst
            # Mining Corp") is the company's, and does not take its brand ("Lyndhurst")
            lead = short.split()  # a two-word brand stays apart only from other names it opens
            others = {names.find(x) for x in opening[words[0]] if items[x].words[:k] != words[:k]
                      and items[x].words[:len(lead)] == lead} - {names.find(i)} - ({names.find(j)} if k > 2 else set())
            if others:
                names.apart.setdefault(j, "opens the names of two bodies: " + ", ".join(
                    sorted({items[x].best for x in opening[words[0]]})))
            else:
                names.merge(i, j, "legal_name")


def kind_word(names: Names) -> None:
    """``kind_word``: in one document, a name without the last word that says what kind of body
    or place it is ("Epic" after "Epic Records", "Butler" after "Butler University", "Hubei" after
    "Hubei Province"; ``ORG_KIND_WORDS``, ``PLACE_KIND_WORDS``), or the two ("Ipiranga" after
    "Ipiranga Futebol Clube"; ``KIND_PAIRS``), a body's also with the people's word before its kind
    ("LOT" after "LOT Polish Airlines"), or without the words it opens with up to its kind
    ("Samruk-Kazyna" after "National Welfare Fund Samruk-Kazyna"; ``OPENING_KINDS``). Guards: the same type group, or a
    one-word name NER typed as a person that is no person's surname there (``_mistyped_person``), or
    a longer one that opens with no given name (``_company_not_person``: "Jangy Jol"); the
    short form is no country and, for a place, no city ("Ottawa" is not "Ottawa County"), for an
    organisation no known place at all (but a town's name NER typed as a person beside the
    town's football club, "Ipiranga" beside "Ipiranga Futebol Clube", is the club); a short form
    two longer names fit ("Yale" beside "Yale University" and "Yale School of Music") stays apart,
    recorded."""
    items = names.items
    fits: dict[int, list[int]] = defaultdict(list)
    for i, n in enumerate(items):
        kinds = KIND_ENDS if n.group == "org" else PLACE_KIND_WORDS if n.group == "place" else ()
        school = n.group == "org" and len(n.words) >= 3 and n.words[-1] == "school" and n.words[-2] in _SCHOOL_LEVELS
        ends = kind_end(n.words, kinds, n.group == "org") if kinds else 0
        if not n.key.plain or not (ends or school) or not _band_of_call_sign(n):
            continue
        at = len(n.words) - (2 if school else ends)
        shorts = [" ".join(n.words[:at])]
        if n.group == "org" and at >= 2 and n.words[at - 1] in demonyms():
            shorts.append(" ".join(n.words[:at - 1]))  # "LOT" after "LOT Polish Airlines": the people's word too
        for short, j in ((short, j) for short in shorts for j in names.by_key.get(short, ())):
            if (items[j].group == n.group or _mistyped_person(items[j], names.surnames)
                    or n.group == "org" and _company_not_person(items[j])) and items[j].key.plain \
                    and (ends == 2 and items[j].group == "person" or not _known_place_here(short, items[j].group)):
                fits[j].append(i)  # "Jangy Jol" (NER: PERSON) beside "Jangy Jol Party"
    for i, n in enumerate(items):  # a body's name after the words of its kind: "National Welfare Fund Samruk-Kazyna"
        at = kind_opening(n.words) if n.group == "org" and n.key.plain else 0
        for j in (names.by_key.get(" ".join(n.words[at:]), ()) if at else ()):
            short = items[j]
            if (short.group == "org" or _mistyped_person(short, names.surnames) or _company_not_person(short)) \
                    and short.key.plain and not _known_place_here(short.key.text, "org"):
                fits[j].append(i)  # "Samruk Kazyna" (NER: PERSON) beside it
    for i, n in enumerate(items):  # a storm's name without its kind, which opens it: "Mako" after "Cyclone Mako",
        if n.key.plain and len(n.words) >= 2 and storm_kind(n.words) == len(n.words) - 1:  # and "Cyclone Imogen"
            shorts = {n.words[-1], " ".join(n.words[1:])} - {n.key.text}  # after "Tropical Cyclone Imogen"
            for j in (j for short in sorted(shorts) for j in names.by_key.get(short, ())):
                if items[j].group in (n.group, "person"):
                    fits[j].append(i)
    _merge_fits(names, fits, "kind_word")


#: Kinds of body a name may open with, the body's own name after them, as translated business
#: news writes registered names ("National Company KazMunayGas", "State Corporation Rosatom",
#: "Bank Mandiri"): the writer drops the opening after (``kind_word``, ``kg.labels``).
OPENING_KINDS = frozenset("company corporation fund bank group holding concern".split())


def kind_opening(words: list[str]) -> int:
    """Where a lower-case name's own words start after the last opening kind word (``OPENING_KINDS``),
    when a name word follows it ("bank of america" names none); else 0.

    >>> kind_opening("national welfare fund samruk kazyna".split()), kind_opening("bank of america".split())
    (3, 0)
    """
    at = max((k + 1 for k, w in enumerate(words[:-1]) if w in OPENING_KINDS), default=0)
    return at if at and words[at] not in NAME_STOP_WORDS else 0


def _band_of_call_sign(n: NameItem) -> bool:
    """A name ending in "FM" gives a station's band only after a hyphen, as a call sign is written
    ("CKNL-FM" ... "CKNL"); "ABC FM" is a network of the ABC, not the ABC. True for other names."""
    return n.words[-1] != "fm" or any(re.search(r"[-‐]\s*FM\b", m.form or m.text) for m in n.mentions)


#: The level a school's name gives before "School": "Lincoln High School" ... "Lincoln" (not "Law"
#: nor "Business": Harvard and Harvard Law School are two bodies). The kinds of body a name's last
#: word gives are ``KIND_ENDS`` ("Yale College" ... "Yale", "Liberal Reform Party" ... "Liberal Reform").
_SCHOOL_LEVELS = frozenset("high preparatory prep grammar secondary elementary primary middle".split())


def _known_place_here(short: str, group: str) -> bool:
    """A short form ``kind_word`` leaves alone: a known place (``_known_place``), except a city's
    name NER typed as an organisation each time ("Yale", "Lincoln", "Bridgewater" beside "Yale
    College", "Lincoln High School", "Bridgewater Associates": towns of the gazetteer, but read
    as the body here); a country or a people stays one."""
    if group == "org":
        return bool(country_named(short)) or short in demonyms()
    return _known_place(short)


#: The words for "of" between a body's name and its place: English, and the Romance languages
#: ("Atlético de Madrid", "Banco do Brasil", "Real Club Deportivo de La Coruña").
_OF_WORDS = frozenset({"of", "de", "del", "do", "da", "di"})
#: First words of a place's name that say what kind of place the rest is ("Republic of Karelia").
_PLACE_KINDS = frozenset("""republic kingdom province state county city municipality region duchy principality
    district borough prefecture governorate oblast canton""".split())


def of_place(names: Names) -> None:
    """``of_place``: in one document, a body's name without the place it is "of" ("Supreme Court"
    after "Supreme Court of Pakistan", "House of Commons" after "House of Commons of Canada"),
    and a place without the word before "of" that says what kind of place it is ("Karelia" after
    "Republic of Karelia"). Guards: the same type group and plain names; the place is a place
    the document names or a country or city; the body's short name has two words or more
    ("Court" alone stays); a short name that two longer names fit ("Supreme Court" beside those
    of Pakistan and of India) stays apart, recorded. A club's or a company's one word before a
    Romance "of" and its city ("Atlético" after "Atlético de Madrid", "Banco" after "Banco do
    Brasil") is its short name too, whatever type NER gave it, when it is no English word and no
    place."""
    items = names.items
    places = {n.key.text for n in items if n.group == "place" and n.key.plain}
    fits: dict[int, list[int]] = defaultdict(list)
    for i, n in enumerate(items):
        words = n.words
        ofs = [k for k in range(1, len(words) - 1) if words[k] in _OF_WORDS]
        if not n.key.plain or n.group not in ("org", "place") or not ofs:
            continue
        at = ofs[-1]
        short, place = " ".join(words[:at]), " ".join(w for w in words[at + 1:] if w != "the")
        named_place = place in places or _known_place(place)
        romance = at == 1 and words[at] != "of" and n.group == "org" and named_place and not common_word(short) \
            and not _known_place(short)  # "Atlético" after "Atlético de Madrid"
        if at >= 2 and named_place or romance:
            targets = [short]
        elif at == 1 and words[0] in _PLACE_KINDS and n.group == "place" and words[at] == "of":
            targets = [place]
        else:
            continue
        for j in (j for t in targets for j in names.by_key.get(t, ())):
            if (items[j].group == n.group or romance) and items[j].key.plain and j != i:
                fits[j].append(i)
    _merge_fits(names, fits, "of_place")


def fuzzy(names: Names) -> None:
    """``fuzzy``: multi-word organisation names that are reorderings or near matches. Guard: score
    ≥ FUZZY_THRESHOLD *and* the unshared words align (``aligned``). Names are blocked by shared
    content words so the pairwise comparison stays small."""
    items = names.items
    places = frozenset(n.key.text for n in items if n.group == "place" and n.key.plain)
    blocks: dict[str, list[int]] = defaultdict(list)
    fuzzy_keys: dict[int, str] = {}
    for i, n in enumerate(items):
        if n.group == "org" and len(_content(n.key.spelled)) >= 2:
            fuzzy_keys[i] = _fuzzy_key(n.key.spelled)
            for w in sorted(set(fuzzy_keys[i].split())):  # sorted: block order must not follow str hashes
                blocks[w].append(i)
    compared: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) > 200:  # a word shared by very many names ("bank") says little
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if (i, j) in compared:
                    continue
                compared.add((i, j))
                a, b = fuzzy_keys[i], fuzzy_keys[j]
                if fuzz.token_set_ratio(a, b) >= FUZZY_THRESHOLD and aligned(a.split(), b.split(), places) \
                        and not _another_body(items[i].words, items[j].words):
                    names.merge(i, j, "fuzzy")


#: Bodies named by what they run, which the short name names too: "Ministry of State-Owned
#: Enterprises" beside the minister's "State-Owned Enterprises", "Board of Siam Lanna Holdings".
_PORTFOLIO_HEADS = frozenset({"ministry", "department", "board", "secretariat"})


def _another_body(a: list[str], b: list[str]) -> bool:
    """One name is the other with a country written right after it: a company's national unit
    ("Calder Pacific Mining Chile", "Toyota Motor Europe"), not the company; "… of the United
    States" or "… in Chile" names the body's own reach and stays its name. Or one name is what
    the other is "of" ("Center for Disease Control of Ho Chi Minh City", NER's "HO CHI MINH
    CITY" typed a body; "Political Bureau of the CPC Central Committee"): a body of it, not it;
    not a ministry, department or board of what it runs (``_PORTFOLIO_HEADS``)."""
    short, long_ = sorted((a, b), key=len)
    extra = " ".join(long_[len(short):])
    if (long_[-len(short) - 1:] == ["of", *short] or long_[-len(short) - 2:] == ["of", "the", *short]) \
            and long_[0] not in _PORTFOLIO_HEADS:
        return True
    return long_[:len(short)] == short and bool(extra) and country_named(extra) is not None


def place_prefix(names: Names) -> None:
    """``place_prefix``: in one document, a body's name without the place it opens with ("Spurs"
    after "San Antonio Spurs", "Heathrow Airport" after "London Heathrow Airport", "Supreme
    Court" after "United States Supreme Court"): a writer names the body in full, then drops the
    place. Guards: the place is one the document names, a country, or a city of the gazetteer
    of two words or more (the gazetteer's one-word towns include "Federal": "Federal National
    Party" ... "National Party" may be two bodies); not a demonym ("Irish Labour Party" and
    "Labour Party" may be two parties); the longer name
    is written first; the short name is none NER typed a place ("New Guinea" is no short form
    of "Papua New Guinea"), no known place, and written with a capital each time ("the
    airport" is no name); a short name two longer names fit ("Supreme Court" beside those of
    Canada and of India) stays apart, recorded."""
    items = names.items
    places = {n.key.text for n in items if n.group == "place" and n.key.plain}
    fits: dict[int, list[int]] = defaultdict(list)
    for i, n in enumerate(items):
        words = n.words
        if not n.key.plain or n.group not in ("org", "place") or len(words) < 2:
            continue
        for k in range(1, min(len(words), 4)):
            place, short = " ".join(words[:k]), " ".join(words[k:])
            if not (place in places or country_named(place) or (k > 1 and place in city_names())) or place in demonyms():
                continue
            for j in names.by_key.get(short, ()):
                s = items[j]
                if j != i and s.key.plain and s.group != "place" and not _known_place(short) \
                        and _before(n, s) and _capitalised_name(s):
                    fits[j].append(i)
    _merge_fits(names, fits, "place_prefix")


def refers_back(names: Names) -> None:
    """``refers_back``: in one document, a name's head word written alone after "the" ("the House"
    after "House of Representatives", "the Navy" after "United States Navy", "the Bee" after "The
    Sacramento Bee"; ``kg.entities.drop_fragments`` keeps such a word, ``origin`` ``back``, only
    beside the one longer name it heads) is that name referred back to. Guards: every mention of
    the word is such a reference; the longer name is no person's, written before it, and the
    only name of the document the word heads, else it stays apart, recorded. Like
    ``place_prefix``, it never links documents: another story's "the House" is another house
    (``kg.resolve.joining_names``)."""
    items = names.items
    fits: dict[int, list[int]] = defaultdict(list)
    backs = [i for i, n in enumerate(items) if len(n.words) == 1 and n.mentions
             and all(m.origin == "back" for m in n.mentions)]
    if not backs:
        return
    by_head: dict[str, list[int]] = defaultdict(list)
    for j, o in enumerate(items):
        if o.key.plain and len(o.words) >= 2 and o.group != "person":
            by_head[name_head(o.words)].append(j)
    for i in backs:
        fits[i] = [j for j in by_head.get(items[i].words[0], ()) if _before(items[j], items[i])]
    _merge_fits(names, {i: f for i, f in fits.items() if f}, "refers_back")


def _capitalised_name(n: NameItem) -> bool:
    """Every mention of ``n`` is written with a capital: "the airport" is no name."""
    return all((m.form or m.text)[:1].isupper() for m in n.mentions)


def maker_prefix(names: Names) -> None:
    """``maker_prefix``: in one document, a product's or a body's name without the name of the
    organisation that opens it ("Avalon" after "Toyota Avalon", "Galaxy S" after "Samsung Galaxy
    S", "Windows" after "Microsoft Windows"): a writer names the maker once, then drops it. Guards:
    the maker is a name NER typed as an organisation by itself in the document ("Toyota", a town of
    the gazetteer too, is the company there); the short name is an
    organisation, or a one-word name NER typed as a person that is no person's surname there
    (``_mistyped_person``: "Cressida"), no known place, written with a capital each time and after
    the longer name; a short name two longer names fit stays apart, recorded."""
    items = names.items
    makers = {n.key.text for n in items if n.group == "org" and n.key.kind in ("name", "pack")}
    fits: dict[int, list[int]] = defaultdict(list)
    for i, n in enumerate(items):
        words = n.words
        if not n.key.plain or n.group != "org" or len(words) < 2:
            continue
        for k in range(1, min(len(words), 4)):
            maker, short = " ".join(words[:k]), " ".join(words[k:])
            if maker not in makers:
                continue
            for j in names.by_key.get(short, ()):
                s = items[j]
                if j != i and s.key.plain and (s.group == "org" or _mistyped_person(s, names.surnames)) \
                        and not _known_place(short) and _before(n, s) and _capitalised_name(s):
                    fits[j].append(i)
    _merge_fits(names, fits, "maker_prefix")

