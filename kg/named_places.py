"""Places a name names: ``Vienna International Airport``, ``Syracuse University``, ``Albany County``.

A text that names a place and, beside it, a body, a site or a region named after it ("A native of
Syracuse, New York, he attended Syracuse University"; "the University of Alberta" in a text about
Alberta) joins the two without a sentence stating it: the name says it. kg states that as ``X
-named after-> P`` (predicate ``named_after``, no Wikidata property: the name says whose name it
bears, not where X is) with ``rule: derived:named_place``, when

- X is an organisation, a building or a place (not a person, a work, a country, a nationality) of
  two words or more, and a run of its capitalised words, the whole name left out, is the label of
  a place P (GPE or LOC; not a country: ``derived:named_country`` says those, nor a continent or a
  people) that a document mentioning X mentions too;
- X's name does not open on a word that makes it another place than P (``New Mexico``, ``West
  Virginia``, ``South Sudan``, ``Upper Canada College``);
- nothing joins the two nodes yet.

On Re-DocRED dev about 0.56 of these pairs are annotated as related (as located in, mostly; most of
the rest are true but not annotated: ``Sacramento Bee`` and Sacramento). The edge's confidence is a
presumption's (``kg.presumed_edges.CONFIDENCE``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from kg.lexicon.countries import country_named
from kg.lexicon.names import norm
from kg.lexicon.words import OTHER_PLACE_WORDS
from kg.model import DocResult, Entity
from kg.presumed_edges import country_key, entity_docs, graph_types, joined_pairs, presumed_edge

#: Node types a name can hold a place's name in and be located in it.
HOLDER_TYPES = frozenset({"ORG", "FAC", "GPE", "LOC"})
#: Refinements that are no body or site inside a place (nor the place a name names).
NOT_INSIDE = frozenset({"COUNTRY", "CONTINENT", "REGION", "NATIONALITY", "RELIGION", "AWARD", "PERSON"})


def named_places(G: nx.MultiDiGraph, entities: list[Entity], results: list[DocResult],
                 evidence: Any) -> list[tuple[str, str, dict[str, Any]]]:
    """The ``named_place`` edges of ``G`` as ``(name, place, attributes)``; ``evidence``
    (``kg.presume._evidence``, which keeps a per-build memo of first mentions) gives the example sentences of entities' first
    mentions in a document."""
    places: dict[str, list[Entity]] = {}
    holders: list[Entity] = []
    for e in sorted(entities, key=lambda e: e.id):
        types = graph_types(G, e.id)
        if types & NOT_INSIDE:
            continue
        if types & {"GPE", "LOC"}:
            places.setdefault(norm(e.label), []).append(e)
        if types & HOLDER_TYPES and len(e.label.split()) > 1:
            holders.append(e)
    if not places:
        return []
    joined = joined_pairs(G)
    examples = {r.doc: r.examples for r in results}
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for x in holders:
        words = x.label.split()
        if words[0].lower() in OTHER_PLACE_WORDS:
            continue
        for run in _runs(words):
            for p in places.get(norm(run), ()):
                docs = sorted(set(entity_docs(x)) & set(entity_docs(p)))
                if p.id == x.id or not docs or frozenset((x.id, p.id)) in joined or (x.id, p.id) in out:
                    continue
                said = evidence(docs[0], [x, p], examples)
                out[(x.id, p.id)] = presumed_edge("named_after", "named_place", said, f"{x.label} bears the name of {p.label}")
    return [(a, b, attrs) for (a, b), attrs in out.items()]


def _runs(words: list[str], longest: int = 4) -> list[str]:
    """The runs of up to ``longest`` capitalised words of a name, the whole name
    left out.

    >>> _runs(["University", "of", "Alberta"])
    ['University', 'Alberta']
    """
    out = []
    for size in range(1, min(longest, len(words) - 1) + 1):
        for i in range(len(words) - size + 1):
            run = words[i:i + size]
            if all(w[:1].isupper() for w in run):
                out.append(" ".join(run))
    return out


def word_runs(label: str, longest: int = 5) -> Iterable[str]:
    """``norm`` of the runs of up to ``longest`` words of a name, the whole name left out
    (``kg.presume.named_countries`` looks each up among the places and peoples).

    >>> sorted(word_runs("University of Alberta"))
    ['alberta', 'of', 'of alberta', 'university', 'university of']
    """
    words = label.split()
    for size in range(1, min(longest, len(words) - 1) + 1):
        for i in range(len(words) - size + 1):
            yield norm(" ".join(words[i:i + size]))


def countries_inside(label: str, type_: str) -> set[str]:
    """The countries a body's name names after "of" ("the Government of Mexico", "Bank of
    Canada"): a story that writes "the Government of Mexico" and "Vancouver, Canada" names two
    countries, though Mexico has no node of its own (``kg.presume.document_countries``). "New
    Jersey" and "Jersey City" name no Jersey.

    >>> countries_inside("Ministry of Foreign Affairs of the Russian Federation", "ORG"), countries_inside("Bank of New Jersey", "ORG")
    ({'Russian Federation'}, set())
    """
    if type_ not in ("ORG", "GPE", "FAC"):
        return set()
    words = label.split()
    found = set()
    for i, w in enumerate(words[:-1]):
        if w == "of":
            start = i + 2 if words[i + 1].lower() == "the" else i + 1
            runs = (country_named(" ".join(words[start:end])) for end in range(len(words), start, -1))
            found.update(c for c in runs if c is not None)
    return found


def country_node(G: nx.MultiDiGraph, n: str, by_key: dict[str, str]) -> str:
    """A nationality's country node where the graph has one ("Canadian" -> "Canada")."""
    d = G.nodes[n]
    key = country_key(str(d.get("type", "")), str(d.get("label", n)))
    return by_key.get(key, n) if key is not None else n
