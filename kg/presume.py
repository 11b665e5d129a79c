"""Document-level presumptions: facts a reader takes from a whole text, not from one sentence.

An encyclopedic lead about a village in Ontario names Canada once ("Brigden is a community in …,
Ontario, Canada") and then the roads, rivers and townships around it without repeating the
country: a reader takes every place such a text names to be in Canada. kg states that as an edge
of its own, ``place -country-> Canada`` with ``rule: derived:document_country``, only when

- the document names exactly one country: every country and nationality it mentions (``Canada``,
  ``Canadian``) is the same country (pycountry / countryinfo say which; a people no country is
  named after, "Algonquin", is no country), so a text that names two countries presumes nothing,
  and it names the country itself (a nationality alone, "a Norwegian club", presumes nothing);
- the node is a place (GPE, LOC, FAC; not a country, a continent or a nationality) or an
  organisation whose name is not international ("World", "European", another country's name)
  mentioned in that document, with no country edge of its own (stated or derived: a chain that
  reaches another country wins) and no location the text denies or hedges, and every document
  that mentions it presumes the same country.

The edge's evidence is the example sentence of the place and of the country in that document;
``derived_from`` says it is the document's one country. Its confidence is low (``CONFIDENCE``):
it is a presumption, the kind a reader makes (Re-DocRED's annotators make it: on its dev split
about two in three such edges are annotated), never a statement of one sentence. The derivation
rows (kg/infer.py) then apply to it like to any country edge (a place in a country is located in
it).
"""

from __future__ import annotations

from typing import Any, Iterable

import networkx as nx

from kg.lexicon.countries import country_named, demonyms, norm
from kg.model import DocResult, Entity
from kg.predicates import by_name, node_types

#: A presumption is weaker than any stated or derived fact.
CONFIDENCE = 0.4
#: Node types a document's country is presumed for: places, and the organisations a text about a
#: place names (its council, its schools, its clubs).
INSIDE_TYPES = frozenset({"GPE", "LOC", "FAC", "ORG"})
#: Refinements that are no place or body inside a country.
NOT_INSIDE = frozenset({"COUNTRY", "CONTINENT", "NATIONALITY", "RELIGION", "AWARD"})
#: Words that make an organisation's name international ("International Olympic Committee",
#: "European Union", "World Health Organization"): no country is presumed for it.
INTERNATIONAL_WORDS = frozenset(
    "international world global european union nations united commonwealth olympic pan".split()
)


def country_key(type_: str, label: str) -> str | None:
    """The country a country or nationality node names ("Canada", "Canadian" -> "Canada").

    >>> country_key("GPE", "Canada"), country_key("NORP", "Canadian"), country_key("GPE", "Ontario")
    ('Canada', 'Canada', None)
    """
    types = node_types(type_, label)
    if "COUNTRY" in types:
        return country_named(label)
    if "NATIONALITY" in types:
        d = demonyms().get(norm(label))
        return d.label if d else None
    return None


def document_countries(G: nx.MultiDiGraph, entities: Iterable[Entity]) -> dict[str, tuple[str, str]]:
    """doc -> (its one country's key, the country's node), for documents naming one country, by
    its name (``Canada``; ``Canadian`` beside it is the same country, alone it presumes nothing:
    on Re-DocRED dev a nationality as the presumed country was right a third of the time)."""
    seen: dict[str, dict[str, set[str]]] = {}
    for e in entities:
        key = country_key(e.type, e.label)
        if key is None:  # no country, or a people no country is named after ("Algonquin")
            continue
        for doc in e.docs:
            seen.setdefault(doc, {}).setdefault(key, set()).add(e.id)
    out: dict[str, tuple[str, str]] = {}
    for doc, keys in seen.items():
        if len(keys) != 1:
            continue
        (key, nodes), = keys.items()
        countries = sorted(n for n in nodes if "COUNTRY" in _types(G, n))
        if countries:  # a nationality alone ("a Norwegian club") says whose, not where
            out[doc] = (key, countries[0])
    return out


def presumed_countries(G: nx.MultiDiGraph, entities: list[Entity],
                       results: list[DocResult]) -> list[tuple[str, str, dict[str, Any]]]:
    """The ``document_country`` edges of ``G`` as ``(place, country, attributes)``."""
    by_doc = document_countries(G, entities)
    if not by_doc:
        return []
    # a country of its own, or a location the text denies or hedges ("X is not in Minnesota")
    has_country = {u for u, _, d in G.edges(data=True) if d.get("predicate") == "country" or (
        d.get("predicate") in ("located_in", "country") and (d.get("negated") or d.get("hedged")))}
    examples = {r.doc: r.examples for r in results}
    by_id = {e.id: e for e in entities}
    pred = by_name()["country"]
    out = []
    for e in sorted(entities, key=lambda e: e.id):
        types = _types(G, e.id)
        if e.id in has_country or not types & INSIDE_TYPES or types & NOT_INSIDE:
            continue
        docs = [d for d in e.docs if d in by_doc]
        if not docs or len(e.docs) != len(docs) or len({by_doc[d][1] for d in docs}) != 1:
            continue
        doc = docs[0]
        key, country = by_doc[doc]
        if country == e.id or _foreign_named(e.label, key) or (
                "ORG" in types and not _domestic(e.label, key)):
            continue
        evidence = []
        for name in (_text(e, doc), _text(by_id[country], doc)):
            ev = examples.get(doc, {}).get(name)
            if ev is not None and ev.to_dict() not in evidence:
                evidence.append(ev.to_dict())
        out.append((e.id, country, {
            "relation": pred.label, "evidence": evidence, "confidence": CONFIDENCE,
            "rule": "derived:document_country", "negated": False, "hedged": False,
            "derived_from": f"{key} is the one country {doc} names", **pred.attributes()}))
    return out


def add_presumed(G: nx.MultiDiGraph, entities: list[Entity], results: list[DocResult]) -> int:
    """Add the document-level presumptions to ``G``; how many edges were added."""
    added = presumed_countries(G, entities, results)
    for a, b, attrs in added:
        G.add_edge(a, b, key="derived:document_country", **attrs)
    return len(added)


def _domestic(label: str, key: str) -> bool:
    """An organisation's name says nothing against the document's country: no international word
    and no other country or nationality in it ("American Stock Exchange" in a Canadian text).

    >>> _domestic("Lambton County Council", "Canada"), _domestic("American Stock Exchange", "Canada")
    (True, False)
    >>> _domestic("International Hockey League", "Canada"), _domestic("Royal Canadian Air Force", "Canada")
    (False, True)
    >>> _domestic("La Liga", "Spain"), _domestic("UK Athletics", "Spain")
    (True, False)
    """
    return not any(w.lower() in INTERNATIONAL_WORDS for w in label.split()) \
        and not _names_other_country(label, key, (1,))


def _foreign_named(label: str, key: str) -> bool:
    """A name that holds another country's name of two or three words, or its people's
    ("New Zealand Sportsman of the Year", "New Zealander" in a text naming only Brazil).

    One-word names are left to :func:`_domestic` (organisations only): a place's one-word people
    adjective is often a local name ("Indian Hills", Colorado).

    >>> _foreign_named("New Zealand Yachtsman of the Year", "Brazil"), _foreign_named("Indian Hills", "United States")
    (True, False)
    >>> _foreign_named("Port of Spain", "Trinidad and Tobago"), _foreign_named("South Africa House", "South Africa")
    (False, False)
    """
    return _names_other_country(label, key, (3, 2))


def _names_other_country(label: str, key: str, sizes: tuple[int, ...]) -> bool:
    """Whether a run of ``sizes`` words of ``label`` names a country, or its people, other than
    ``key``. A short word not in capitals names none ("La Liga", "St. Louis Blues": "la" is Laos)."""
    words = label.split()
    for n in sizes:
        for i in range(len(words) - n + 1):
            gram = " ".join(words[i:i + n])
            if n == 1 and len(norm(gram)) <= 3 and not gram.isupper():
                continue
            other = country_key("NORP", gram) or country_key("GPE", gram)
            if other is not None and other != key:
                return True
    return False


def _types(G: nx.MultiDiGraph, n: str) -> frozenset[str]:
    d = G.nodes[n]
    return node_types(str(d.get("type", "")), str(d.get("label", n)))


def _text(e: Entity, doc: str) -> str:
    """The text of the entity's first mention in ``doc`` (the key of its example sentence)."""
    return min((m for m in e.mentions if m.doc == doc), key=lambda m: m.start).text
