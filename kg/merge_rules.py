"""Merge rules: which names are one entity, and why. ``kg.resolve`` runs them at two levels.

Every merge is recorded with its rule so ``kg explain`` can show why two names are one node:

``pack``       an alias pack names both forms
``variant``    same name up to case, articles, possessives, punctuation and spacing (``U.S.``/``US``)
``country``    the same country by name or ISO code (pycountry; from the name key itself)
``type_vote``  one name under several NER types (``TikTok`` as ORG and NORP)
``acronym``    an acronym defined in the text (``… (CFIUS)``) or matching a name's initials
``designator`` an organisation name with a corporate designator dropped (``Apple Inc.``/``Apple``)
``kind_word``  in one document, a name without the word saying what kind of body or place it is
               (``Epic Records``/``Epic``, ``Hubei Province``/``Hubei``)
``of_place``   in one document, a name without the place it is "of" (``Supreme Court of Pakistan``/
               ``Supreme Court``), a place without its kind (``Republic of Karelia``/``Karelia``)
``fuzzy``      long organisation names that are near-reorderings (rapidfuzz score ≥ FUZZY_THRESHOLD)
``demonym``    a people's adjective and plural with their country (``Israeli``/``Israelis``/``Israel``)
``stated``     in one document, a name the text gives as another name of the one before it (``Oder (Odra)``)
``name_part``  in one document, a person's short form (``Sharon``, ``bin Laden``) and the full name
``person_name`` in one document, a surname and the full name NER typed as no person (``Naess``/
               ``Leona Naess`` read as an ORG; ``kg.merge_person``)
``middle_initial`` in one document, a person's name with a middle initial and the one that spells it
               (``William H. Armstrong``/``William Hepburn Armstrong``; ``kg.merge_person``)
``middle_name`` in one document, a middle word of one person's full name (``Endara``; ``kg.merge_person``)
``surname``    across documents, a surname-only entity and the full name that dominates that surname

Mentions are grouped by a typed ``NameKey`` (``name_key``); a rule sees only ``Names`` (the
distinct names of one document, or of a corpus) and calls ``names.merge``; the first rule that
merges a name is its recorded reason, and a rule that declines a merge it was asked about records
why in ``names.apart``. Guards: only compatible types merge; names that differ in a number never
merge; a short name that fits two people stays apart.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz

from kg.lexicon.countries import COUNTRY_EXTRA, country_codes, country_of, demonyms
from kg.lexicon.names import (
    NameKey, acronym_like, best_form, fold_accents, initials, name_words, norm, numbers, short_of, squash,
    strip_title,
)
from kg.lexicon.words import CORPORATE_DESIGNATORS, ORG_KIND_WORDS, PLACE_KIND_WORDS
from kg.model import Mention
from kg.name_compare import _content, _fuzzy_key, aligned  # noqa: F401  (resolve re-exports them)
from kg.merge_guards import _before, _introduced_before, _known_place, _merge_fits, _mistyped, _mistyped_person
from kg.merge_person import middle_initial, middle_name, person_name
from kg.merge_stated import stated

#: rapidfuzz ``token_set_ratio`` between two organisation names (content words, country codes
#: spelled out) must reach this, *and* the words the names do not share must pair up as spelling
#: variants or institution synonyms (see ``aligned``). Measured on the pairs in
#: tests/unit/test_resolve.py: true pairs score 89–100 ("U.S. Foreign Investment Commission" ~
#: "Committee on Foreign Investment in the United States": 89.4; "Cambridge Analytics" ~
#: "Cambridge Analytica": 94.7); distinct bodies that the alignment test lets through never
#: occur, and those it stops score up to 85.7 ("Federal Trade/Communications Commission"), so the
#: score alone could not separate them.
FUZZY_THRESHOLD = 85.0

TYPE_GROUPS = {"ORG": "org", "PRODUCT": "org", "FAC": "org", "GPE": "place", "LOC": "place",
               "PERSON": "person", "NORP": "norp", "EVENT": "event", "LAW": "law",
               "WORK_OF_ART": "work"}


class UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        return True


@dataclass
class NameItem:
    """One distinct (name key, type group) and its mentions."""

    key: NameKey
    group: str
    mentions: list[Mention]
    canonical: str | None = None  # pack label

    @cached_property  # read after the mentions are gathered (``Names.of``), by several rules
    def forms(self) -> Counter[str]:
        return Counter(strip_title(m.form or m.text) for m in self.mentions)

    @cached_property
    def best(self) -> str:
        return best_form(self.forms)

    @cached_property
    def words(self) -> list[str]:
        """The words of the spelled key ("pack:apple inc" -> "pack:apple", "inc"), which the
        designator, fuzzy and name-part rules compare, so a pack name's first word never equals a
        plain name's."""
        return self.key.spelled.split()


_FORMER = re.compile(r"^(?:ex-|former\s+)(?=[A-Z])", re.IGNORECASE)
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr)\.?\s+(?=[A-Z])")


#: A name written as two or three capitals and nothing else ("CD", "MW", "IND").
_CODE = re.compile(r"[A-Z]{2,3}")


def _bare_code(text: str) -> bool:
    """A bare ISO code in running text is seldom the country: "issued on CD", "1600 MW", "970 AM",
    "an MA in illustration", "Independent Subway System (IND)". Only the conventional short forms
    (``COUNTRY_EXTRA``: "US", "UK", "USA") stand for their country; dotted forms ("U.S.") and
    names do as before.

    >>> _bare_code("CD"), _bare_code("US"), _bare_code("U.S."), _bare_code("Chad")
    (True, False, False, False)
    """
    return bool(_CODE.fullmatch(text)) and text.lower() not in COUNTRY_EXTRA


def name_key(m: Mention) -> tuple[NameKey, str]:
    """The key and type group a mention is resolved under: its pack label, its country, or the
    normalised surface (a person's without titles)."""
    group = TYPE_GROUPS.get(m.type, m.type.lower())
    if m.canonical:
        return NameKey("pack", m.canonical.lower()), group
    surface = strip_title(m.form or m.text) if m.type == "PERSON" else (m.form or m.text)
    surface = _FORMER.sub("", surface)  # "ex-Ansett" is Ansett; "Mr Blake" mis-typed ORG is Blake
    surface = _HONORIFIC.sub("", surface) if m.type != "PERSON" else surface
    if group == "place" or m.type in ("ORG", "GPE"):
        country = None if _bare_code(m.form or m.text) else country_of(m.form or m.text)
        if country:
            return NameKey("country", country.lower()), "place"
    return NameKey("name", norm(surface)), group


class Names:
    """The distinct names under resolution, in a fixed order, and the merges made between them.

    A merge rule sees only this: ``items`` (each a key, a type group and its mentions),
    ``find``/``merge``, and indexes built from the items. It does not know how the names were
    grouped (one document or a corpus), so the same rules can run at either level.
    """

    def __init__(self, items: list[NameItem], defined_acronyms: dict[str, str] | None = None) -> None:
        self.items = items
        self.defined = {k.upper(): v for k, v in (defined_acronyms or {}).items()}
        self.reason: dict[int, str] = {}  # item -> the rule that first merged it into another
        self.apart: dict[int, str] = {}  # item -> why a rule left it apart from a name it fits
        self.ambiguous: set[int] = set()  # items that fit two entities here: never linked further
        self._uf = UnionFind(len(items))

    @classmethod
    def of(cls, mentions: Iterable[Mention], defined_acronyms: dict[str, str] | None = None) -> Names:
        names: dict[tuple[NameKey, str], NameItem] = {}
        for m in mentions:
            key, group = name_key(m)
            if not key.text:
                continue
            name = names.setdefault((key, group), NameItem(key, group, []))
            name.mentions.append(m)
            if m.canonical:
                name.canonical = m.canonical
        return cls(sorted(names.values(), key=lambda n: (n.group, n.key.spelled)), defined_acronyms)

    def find(self, i: int) -> int:
        return self._uf.find(i)

    def merge(self, a: int, b: int, rule: str) -> None:
        """Join two names unless they differ in a number; the first rule to reach ``b`` is its reason."""
        if self._uf.find(a) == self._uf.find(b):
            return
        if numbers(self.items[a].key.text) != numbers(self.items[b].key.text):
            return
        self._uf.union(a, b)
        self.reason.setdefault(b, rule)

    @cached_property
    def surnames(self) -> set[str]:
        """The last words of the plain person names of two words or more (``_mistyped_person``)."""
        return {n.words[-1] for n in self.items if n.group == "person" and n.key.plain and len(n.words) >= 2}

    @cached_property
    def by_key(self) -> dict[str, list[int]]:
        """Items by spelled key, in index order."""
        out: dict[str, list[int]] = defaultdict(list)
        for i, n in enumerate(self.items):
            out[n.key.spelled].append(i)
        return out

    def clusters(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.items)):
            out[self._uf.find(i)].append(i)
        return list(out.values())


# --- merge rules, in the order they run: the first rule to merge a name is its recorded reason ---

def same_spelling(names: Names) -> None:
    """``variant`` and ``pack``: the same key once spaces are removed ("tik tok" / "tiktok"), or a
    name written as a pack's alias or label. Guard: same type group."""
    items = names.items
    by_squash: dict[tuple[str, str], int] = {}
    pack_by_text: dict[tuple[str, str], int] = {}
    for i, n in enumerate(items):
        if n.canonical:
            for m in n.mentions:
                pack_by_text.setdefault((squash(norm(m.text)), n.group), i)
            pack_by_text.setdefault((squash(norm(n.canonical)), n.group), i)
    for i, n in enumerate(items):
        k = (squash(n.key.text), n.group)
        if k in pack_by_text and pack_by_text[k] != i:
            names.merge(pack_by_text[k], i, "pack")
        if k in by_squash:
            names.merge(by_squash[k], i, "variant")
        else:
            by_squash[k] = i


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
        groups = {items[i].group for i in idxs}
        if len(idxs) > 1 and not ({"person", "place"} <= groups and
                                  (min(len(items[i].mentions) for i in idxs) >= 3
                                   or items[idxs[0]].key.text in surnames)):
            for j in idxs[1:]:
                names.merge(idxs[0], j, "type_vote")


def acronym(names: Names) -> None:
    """``acronym``: an organisation's acronym defined in the text ("… (CFIUS)") or equal to the
    initials of a longer organisation name. Guard: both organisations; 2-6 capitals (or a short
    vowel-less lower-case word, "ftc")."""
    items = names.items
    long_by_initials: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, n in enumerate(items):
        if len(n.words) >= 2 and n.group == "org":
            long_by_initials[(initials(n.best), n.group)].append(i)
            stripped = re.sub(r"^(?:US|UK|EU|U\.S\.)\s+", "", n.best)
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
        if form in names.defined:
            for j in names.by_key.get(norm(names.defined[form]), ()):
                if items[j].group == n.group:
                    names.merge(j, i, "acronym")
        for j in sorted(set(long_by_initials.get((form, n.group), []))):
            names.merge(j, i, "acronym")


def designator(names: Names) -> None:
    """``designator``: "Suhuijin International" is "Suhuijin", "Apple Inc." is "Apple". Guard: the
    longer name is an organisation, the shorter an organisation or a name NER typed as a place
    that no gazetteer knows (machine-translated "Suhuijin") or as a person that is no person's
    surname ("Veltrix" / "Veltrix Corporation"; ``_mistyped_person``): a real place is never joined to a
    company whose name starts with it ("London" / "London International Group"; a country, a
    city of ``city_names``)."""
    items = names.items
    for i, n in enumerate(items):
        if n.group != "org":
            continue
        words = n.words
        k = len(words)
        while k > 1 and words[k - 1] in CORPORATE_DESIGNATORS:
            k -= 1
            for j in names.by_key.get(" ".join(words[:k]), []):
                if items[j].group == "org" or (items[j].group in ("place", "person") and items[j].key.plain
                                               and not _known_place(items[j].key.text, items[j].group)
                                               and (items[j].group == "place" or _mistyped_person(items[j], names.surnames))):
                    names.merge(i, j, "designator")


def kind_word(names: Names) -> None:
    """``kind_word``: in one document, a name without the last word that says what kind of body
    or place it is ("Epic" after "Epic Records", "Butler" after "Butler University", "Hubei" after
    "Hubei Province"; ``ORG_KIND_WORDS``, ``PLACE_KIND_WORDS``). Guards: the same type group, or a
    one-word name NER typed as a person that is no person's surname there (``_mistyped_person``); the
    short form is no country and, for a place, no city ("Ottawa" is not "Ottawa County"), for an
    organisation no known place at all; a short form two longer names fit ("Yale" beside "Yale
    University" and "Yale School of Music") stays apart, recorded."""
    items = names.items
    fits: dict[int, list[int]] = defaultdict(list)
    for i, n in enumerate(items):
        kinds = ORG_KIND_WORDS if n.group == "org" else PLACE_KIND_WORDS if n.group == "place" else ()
        if not n.key.plain or len(n.words) < 2 or n.words[-1] not in kinds:
            continue
        short = " ".join(n.words[:-1])
        for j in names.by_key.get(short, ()):
            if (items[j].group == n.group or _mistyped_person(items[j], names.surnames)) and items[j].key.plain \
                    and not _known_place(short):
                fits[j].append(i)
    _merge_fits(names, fits, "kind_word")


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
    of Pakistan and of India) stays apart, recorded."""
    items = names.items
    places = {n.key.text for n in items if n.group == "place" and n.key.plain}
    fits: dict[int, list[int]] = defaultdict(list)
    for i, n in enumerate(items):
        words = n.words
        if not n.key.plain or n.group not in ("org", "place") or "of" not in words[1:-1]:
            continue
        at = len(words) - 1 - words[::-1].index("of")
        short, place = " ".join(words[:at]), " ".join(w for w in words[at + 1:] if w != "the")
        if at >= 2 and (place in places or _known_place(place)):
            targets = [short]
        elif at == 1 and words[0] in _PLACE_KINDS and n.group == "place":
            targets = [place]
        else:
            continue
        for j in (j for t in targets for j in names.by_key.get(t, ())):
            if items[j].group == n.group and items[j].key.plain and j != i:
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
                if fuzz.token_set_ratio(a, b) >= FUZZY_THRESHOLD and aligned(a.split(), b.split(), places):
                    names.merge(i, j, "fuzzy")


def name_part(names: Names) -> None:
    """``name_part``: in one document, a person's short form ("Sharon", "bin Laden", "George
    Bush") joins the full name it is part of ("Ariel Sharon", "Osama bin Laden", "George W Bush").
    A surname NER typed ORG, GPE or NORP there joins too ("Parton" beside "Dolly Parton"; ``_mistyped``),
    a place-typed one when the full name comes first (a town named after him, "Lavalle", before
    "Juan Lavalle", stays).
    Guard: one full-name cluster fits; a surname fit beats a first-name fit ("Sharon" after "Ariel
    Sharon" and a stray "Sharon kills women"); a mis-typed name joins only as a surname, and never
    when it is a country or a city ("Washington" beside "George Washington"); of two people who
    share it as a surname, the one introduced before its first use takes it
    (``_introduced_before``), else it stays apart, recorded."""
    items = names.items
    persons = [i for i, n in enumerate(items) if n.group == "person" and n.key.plain]
    full_by_word: dict[str, list[int]] = defaultdict(list)  # indexed: pairwise was quadratic
    for j in persons:
        if len(items[j].words) >= 2:
            for w in sorted(set(items[j].words)):
                full_by_word[w].append(j)
    for i in sorted(persons, key=lambda i: (-len(items[i].words), i)) + _mistyped(items):  # "peter costello" first
        words = items[i].words
        fits: dict[str, list[int]] = defaultdict(list)
        for j in sorted(set(full_by_word.get(words[-1], ())) | set(full_by_word.get(words[0], ()))):
            how = short_of(words, items[j].words)
            if how and (items[i].group == "person" or (how == "surname" and (items[i].group != "place" or _before(items[j], items[i])))):
                fits[how].append(j)
        how = next((t for t in ("surname", "dropped", "initials", "first") if fits[t]), None)
        if how is None:
            continue
        tier = fits[how]
        only = tier[0] if len({names.find(j) for j in tier}) == 1 else \
            _introduced_before(names, tier, i) if how == "surname" else None
        if only is not None:
            names.merge(only, i, "name_part")
        else:
            names.apart.setdefault(i, "fits two people in one document: "
                                   + ", ".join(sorted({items[j].best for j in tier})))
            names.ambiguous.add(i)


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


def surname(names: Names) -> None:
    """``surname``: across documents, an entity known in its documents only by a surname
    ("Musharraf") links to the full name that dominates that surname in the corpus ("Pervez
    Musharraf"). Guard: both persons; the full name's cluster is seen in at least twice as many
    documents as any other full name ending in that surname, else it stays apart, recorded."""
    items = names.items
    persons = [i for i, n in enumerate(items) if n.group == "person" and n.key.plain]
    full_by_last: dict[str, list[int]] = defaultdict(list)
    docs_of: dict[int, set[str]] = {}
    for j in persons:
        if len(items[j].words) >= 2:
            full_by_last[name_words(items[j].words)[-1]].append(j)
            docs_of[j] = {m.doc for m in items[j].mentions}
    for i in sorted(persons, key=lambda i: (-len(items[i].words), i)):  # "george bush" before "bush"
        words = items[i].words
        fits = [j for j in full_by_last.get(words[-1], ()) if short_of(words, items[j].words) in ("surname", "dropped")]
        docs: dict[int, set[str]] = defaultdict(set)  # cluster -> documents of its fitting full names
        for j in fits:
            docs[names.find(j)].update(docs_of[j])
        if not docs or names.find(i) in docs:
            continue
        ranked = sorted(docs.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        if len(ranked) == 1 or len(ranked[0][1]) >= 2 * len(ranked[1][1]):
            names.merge(ranked[0][0], i, "surname")
        else:
            names.apart.setdefault(i, "no full name dominates it in the corpus: " + ", ".join(
                f"{next(items[j].best for j in fits if names.find(j) == root)} ({len(d)} document{'s' * (len(d) > 1)})"
                for root, d in ranked[:3]))


#: The rules of the first level, over the names of one document, in the order they run. A
#: name's recorded reason is the first rule that merged it, so moving a rule changes ``kg
#: explain``; ``country`` comes from the key itself (``name_key``).
MERGE_RULES: tuple[Callable[[Names], None], ...] = (
    same_spelling, type_vote, acronym, designator, kind_word, of_place, fuzzy, demonym, middle_initial,
    name_part, person_name, middle_name, stated,
)
#: The rules of the second level, over the document-level entities of a corpus: the same, except
#: that a surname links only to a dominant full name (``surname``), never by sharing a document.
CORPUS_RULES: tuple[Callable[[Names], None], ...] = (
    same_spelling, type_vote, acronym, designator, fuzzy, demonym, surname,
)
