"""The names under resolution and their merges: ``name_key`` (the typed key and type group a
mention is resolved under), ``NameItem`` (one distinct name and its mentions), ``Names`` (the
names of one document or of a corpus, and the union-find of their merges). The merge rules
(``kg.merge_rules`` lists them) see only these. Kept apart from the rules so each module has one job."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from kg.lexicon.countries import COUNTRY_EXTRA, country_named, demonyms
from kg.lexicon.names import NameKey, best_form, initials, name_words, norm, numbers, strip_title
from kg.model import Mention

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


#: A country's short form that leads an organisation's name: its initials are read without it too.
COUNTRY_LEAD = re.compile(r"^(?:US|UK|EU|U\.S\.)\s+")


def name_key(m: Mention) -> tuple[NameKey, str]:
    """The key and type group a mention is resolved under: its pack label, its country, or the
    normalised surface (a person's without titles)."""
    group = TYPE_GROUPS.get(m.type, m.type.lower())
    if m.canonical:
        return NameKey("pack", m.canonical.lower()), group
    if m.origin == "source":  # "told AFP": the news agency, not another story's police (``kg.news_sources``)
        return NameKey("source", norm(m.form or m.text)), group
    surface = strip_title(m.form or m.text) if m.type == "PERSON" else (m.form or m.text)
    surface = _FORMER.sub("", surface)  # "ex-Ansett" is Ansett; "Mr Blake" mis-typed ORG is Blake
    surface = _HONORIFIC.sub("", surface) if m.type != "PERSON" else surface
    if group == "place" or m.type in ("ORG", "GPE"):
        country = None if _bare_code(m.form or m.text) else country_named(m.form or m.text)
        if country:
            return NameKey("country", country.lower()), "place"
    return NameKey("name", norm(surface)), group


def document_keys(items: Iterable[NameItem]) -> dict[str, frozenset[str]]:
    """The names each document writes, by spelled key whatever NER typed them ("Southland" a
    place in one story, an organisation in the next): ``surname`` reads them as the evidence of
    which person a surname is. A people is read as its country ("Indonesian" as Indonesia), so a
    story on "the former Indonesian dictator Suharto" and one on Indonesia's invasion of East
    Timor by "then-president Suharto" share it."""
    out: dict[str, set[str]] = defaultdict(set)
    for n in items:
        key = n.key.spelled
        if n.group == "norp" and n.key.plain:
            people = demonyms().get(n.key.text)
            if people is not None:
                key = NameKey("country", people.label.lower()).spelled
        for m in n.mentions:
            out[m.doc].add(key)
    return {d: frozenset(k) for d, k in out.items()}


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
        #: a corpus name's cluster root -> {document: the name it joins there} (``surname``: one
        #: surname whose documents tell two people, each document's own)
        self.per_doc: dict[int, dict[str, int]] = {}
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

    def split(self, i: int, parts: list[list[Mention]]) -> list[int]:
        """Make name ``i`` as many names as ``parts`` (a partition of its mentions): the first
        part stays name ``i``, each other one is a new name at the end. Why: one surname written
        for two people in a story ("Mr. Choi", "Ms. Choi"), whose mentions join two people
        (``kg.merge_surnames``)."""
        item = self.items[i]
        out = []
        for k, part in enumerate(parts):
            new = NameItem(item.key, item.group, part, item.canonical)
            if k == 0:
                self.items[i] = new
                out.append(i)
            else:
                self.items.append(new)
                self._uf.parent.append(len(self._uf.parent))
                out.append(len(self.items) - 1)
        return out

    def merge(self, a: int, b: int, rule: str, *, said: bool = False) -> None:
        """Join two names unless they differ in a number; the first rule to reach ``b`` is its reason.
        ``said``: the text says one is the other's name ("the 24th Infantry Division, which was also
        called the Hawaiian Division"), so a number only one of them has does not stop the merge;
        two different numbers still do ("Squadron 8, formerly Squadron 9" keeps both)."""
        if self._uf.find(a) == self._uf.find(b):
            return
        na, nb = numbers(self.items[a].key.text), numbers(self.items[b].key.text)
        if na != nb and not (said and not (na and nb)):
            return
        self._uf.union(a, b)
        self.reason.setdefault(b, rule)

    @cached_property
    def surnames(self) -> set[str]:
        """The last words of the plain person names of two words or more (``_mistyped_person``),
        as written and without a suffix ("Eduardo Dalisay Jr." gives "jr" and "dalisay")."""
        return {w for n in self.items if n.group == "person" and n.key.plain and len(n.words) >= 2
                for w in {n.words[-1], name_words(n.words)[-1]}}

    @cached_property
    def org_initials(self) -> frozenset[str]:
        """The initials of the organisation names of two words or more, with and without a
        leading "US"/"UK"/"EU" ("FTC" of "Federal Trade Commission"): the acronyms a longer name
        here spells out (``acronym`` joins them, ``same_spelling`` asks it of a cited agency)."""
        out = set()
        for n in self.items:
            if n.group == "org" and len(n.words) >= 2:
                out.add(initials(n.best))
                out.add(initials(COUNTRY_LEAD.sub("", n.best)))
        return frozenset(out)

    def spelled_out(self, form: str) -> bool:
        """``form`` (an acronym) has a longer name here: a definition ("… (AFP)") or the initials
        of an organisation's name (``org_initials``)."""
        return form in self.defined or form in self.org_initials

    @cached_property
    def by_key(self) -> dict[str, list[int]]:
        """Items by spelled key, in index order."""
        out: dict[str, list[int]] = defaultdict(list)
        for i, n in enumerate(self.items):
            out[n.key.spelled].append(i)
        return out

    @cached_property
    def document_keys(self) -> dict[str, frozenset[str]]:
        """The names each document writes (``document_keys``), from these names' mentions;
        ``kg.resolve.run_corpus`` sets them from every document's names instead, so a corpus
        level run on part of a corpus reads the same."""
        return document_keys(self.items)

    def clusters(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.items)):
            out[self._uf.find(i)].append(i)
        return list(out.values())

