"""Guards the merge rules (``kg.merge_rules`` lists them) share: whether a name is a known place, a
mis-typed person, or the surname of the one person introduced before it; and how a rule joins
short names to the longer ones they fit. Kept apart so each module stays small."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from kg.lexicon.countries import city_names, country_named, demonyms
from kg.lexicon.words import NAME_PARTICLES

if TYPE_CHECKING:
    from kg.merge_names import NameItem, Names


def _mistyped_person(n: NameItem, surnames: set[str]) -> bool:
    """A one-word name NER typed as a person that is no person's surname in the document: the
    short form of a body or place named after it ("Interscope" beside "Interscope Records",
    "Kunene" beside "Kunene Province"), not "Lincoln" beside "Abraham Lincoln"."""
    return n.group == "person" and len(n.words) == 1 and n.words[0] not in surnames


def _introduced_before(names: Names, fits: list[int], short: int) -> int | None:
    """The one full name of ``fits`` written before the short form's first mention, when only one
    is: a writer uses a surname for the person already introduced ("Ross Patterson Alger ...
    Alger ... his father Harry Alger"). None when two or none were (Peter and Tim Costello, then
    "Costello")."""
    items = names.items
    first = min(m.start for m in items[short].mentions)
    before = [j for j in fits if min(m.start for m in items[j].mentions) < first]
    if len({names.find(j) for j in before}) == 1:
        return before[0]
    return _topic(names, before)


def _topic(names: Names, fits: list[int]) -> int | None:
    """The one full name of ``fits`` that the document's first sentence names, when the others
    come later: an encyclopedic lead opens on its subject, and the surname alone is the
    subject's ("Henrik August Angell (1861-1922) was ... His father Johan ... Angell"). None
    when the first sentence names two of them or none (news: "Peter Costello and his brother
    Tim Costello ... Costello")."""
    items = names.items
    opening = [j for j in fits if any(m.sent_start == 0 for m in items[j].mentions)]
    return opening[0] if opening and len({names.find(j) for j in opening}) == 1 else None


def _before(a: NameItem, b: NameItem) -> bool:
    """``a`` is first written before ``b``."""
    return min(m.start for m in a.mentions) < min(m.start for m in b.mentions)


def _known_place(key: str, group: str = "place") -> bool:
    """A country, a demonym or a city of the gazetteer (``lexicon.countries``). For a name NER
    typed as a person (``group``; ``designator`` asks so), only a country or a demonym: a city's
    name read as a person beside a company's is the company's ("Taito" after "Taito
    Corporation"); the gazetteer lists many small towns."""
    return bool(country_named(key)) or key in demonyms() or (group != "person" and key in city_names())


def _mistyped(items: list[NameItem]) -> list[int]:
    """One-word names NER typed ORG, a place or a people that may be a person's surname ("Parton"
    beside "Dolly Parton", "Trovoada" beside "Miguel Trovoada"; "El Amrani", a particle and a
    word, beside "Youssef El Amrani"): written capitalised, and no
    country, demonym or city (``city_names``)."""
    out = []
    for i, n in enumerate(items):
        if n.group not in ("org", "place", "norp") or not n.key.plain or not (
                len(n.words) == 1 or len(n.words) == 2 and n.words[0] in NAME_PARTICLES):  # "El Amrani" (NER: ORG)
            continue
        if not all(m.text[:1].isupper() for m in n.mentions):  # "the chart", "the airport"
            continue
        if country_named(n.key.text) or n.key.text in demonyms() or (n.group == "place" and n.key.text in city_names()):
            continue
        out.append(i)
    return out


def _merge_fits(names: Names, fits: dict[int, list[int]], rule: str) -> None:
    """Join each short name to the one entity its longer names (``fits``) belong to; a short name
    that fits two entities stays apart, with the names it fits recorded."""
    items = names.items
    for j, longer in sorted(fits.items()):
        if len({names.find(i) for i in longer}) == 1:
            names.merge(longer[0], j, rule)
        else:
            names.apart.setdefault(j, "fits two names in one document: "
                                   + ", ".join(sorted(items[i].best for i in longer)))


def _evidence(names: Names, own: set[str], candidates: dict[int, set[str]], word: str) -> dict[int, set[str]]:
    """For each candidate of a short name (by cluster, with its documents), what ties the short
    name's own documents ``own`` to that candidate's and to no other candidate's: a document they
    share (``doc:``), or a name both write (``Names.document_keys``). Names holding the short
    name's ``word`` itself are left out: a surname or an acronym is no evidence for itself.
    ``surname`` and ``acronym`` read it to link a short name across documents, where nothing
    else says which of the corpus's long names the writer meant. Reads only the documents of the
    short name and of its candidates, so a rebuild that changes none of them keeps the decision
    (``kg.resolve_blocks``)."""
    return _evidence_in(names, candidates, word)(own)


def _evidence_in(names: Names, candidates: dict[int, set[str]], word: str) -> Callable[[Iterable[str]], dict[int, set[str]]]:
    """``_evidence`` for any documents of a short name, the candidates' side read once."""
    keys = names.document_keys

    def named(docs: Iterable[str]) -> set[str]:
        return {k for d in docs for k in keys.get(d, ()) if word not in k.split()} | {"doc:" + d for d in docs}

    theirs = {root: named(d) for root, d in candidates.items()}
    only = {root: theirs[root] - set().union(*(t for r, t in theirs.items() if r != root)) for root in candidates}
    return lambda own: {root: named(own) & only[root] for root in candidates}


def _enough(shared: set[str]) -> bool:
    """Evidence that tells which one a short name is: a shared document, a shared name that is no
    country, or two countries (one country alone is named by stories everywhere: a Canberra
    lecturer "Harris" and Nauru's President Rene Harris are both in stories naming Australia)."""
    return len(shared) >= 2 or any(not key.startswith("country:") for key in shared)
