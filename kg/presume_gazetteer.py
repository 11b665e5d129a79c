"""A place the gazetteer knows in one country, in a document that names that country among
others: "He studied at the Royal Institute of Technology in Stockholm. … In 1998 he moved to
Sweden" puts Stockholm in Sweden.

``kg.presume`` presumes a document's country for its places when the document names one country,
or when its lead names one and the place's sentences name no other. A text on a Lithuanian player
who settled in Sweden names both, and the cities of both; the sentence row ``gazetteer_country``
(``kg.relations.gazetteer``) joins a city to its country only when one sentence names both. A
reader who knows the cities puts each in its own country, wherever the text names that country.

So does kg, as an edge of its own (``place -country-> C``, ``rule: derived:gazetteer_document``),
for a place (GPE, LOC, FAC: no sea, no river, no country) with no country after the document-level
presumptions, when the gazetteers know its name in one country only (``city_only_in``: a city of
15,000 people or more, or a province; or a big city of one country only, ``big_city_only_in``;
or in several countries of which the document names one, that one holding no bigger city of the
name elsewhere: "Valparaíso", Chile's and a Brazilian town's, in a text naming Chile and
Argentina), and a document that mentions the place names that country (by its name; or only by
its people, the tail then the country's node where another document names it, else the people's, as
``document_nationality``'s is). Its evidence is the place's and the country's example sentences
in that document; its confidence a presumption's (``kg.presumed_edges.CONFIDENCE``).
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from kg.lexicon.big_cities import big_city_elsewhere, big_city_only_in
from kg.lexicon.countries import city_known_in, city_only_in
from kg.model import DocResult, Entity
from kg.presumed_edges import country_key, entity_docs, graph_types, presumed_edge

#: Node types the gazetteer names (places), and the refinements that are no place inside a country.
PLACES = frozenset({"GPE", "LOC", "FAC"})
NO_PLACE = frozenset({"COUNTRY", "CONTINENT", "REGION", "NATIONALITY", "RELIGION", "WATER", "SEA"})


def gazetteer_documents(G: nx.MultiDiGraph, entities: list[Entity], results: list[DocResult], placed: set[str],
                        by_key: dict[str, str], evidence: Any) -> list[tuple[str, str, dict[str, Any]]]:
    """The ``gazetteer_document`` edges of ``G`` as ``(place, country, attributes)``; ``placed``:
    the nodes with a country (or a located-in the text denies) already; ``by_key``: the graph's
    country nodes (``kg.presumed_edges.country_nodes``), where a people's country points;
    ``evidence`` as ``kg.named_places.named_places`` takes it."""
    named: dict[str, dict[str, list[Entity]]] = {}  # doc -> country key -> its entities there
    for e in sorted(entities, key=lambda e: e.id):
        key = country_key(e.type, e.label)
        if key is not None:
            for doc in entity_docs(e):
                named.setdefault(doc, {}).setdefault(key, []).append(e)
    if not named:
        return []
    examples = {r.doc: r.examples for r in results}
    out = []
    for e in sorted(entities, key=lambda e: e.id):
        types = graph_types(G, e.id)
        if e.id in placed or not types & PLACES or types & NO_PLACE:
            continue
        for doc in entity_docs(e):  # sorted: the first document that names the place's country
            keys = [k for k in sorted(named.get(doc, {})) if city_only_in(e.label, k) or big_city_only_in(e.label, k)]
            why = "the gazetteer knows {} in {} only, which {} names"
            if not keys:  # "Valparaíso" (Chile's, and a Brazilian town's) in a text naming Chile, not Brazil
                known = [k for k in sorted(named.get(doc, {})) if city_known_in(e.label, k)]
                keys = known if len(known) == 1 and not big_city_elsewhere(e.label, known[0]) else []
                why = "the gazetteer knows {} in {}, the one of its countries {} names"
            if not keys:
                continue
            countries = named[doc][keys[0]]
            country = next((c for c in countries if "COUNTRY" in graph_types(G, c.id)), countries[0])
            if country.id != e.id:
                said = evidence(doc, [e, country], examples)
                out.append((e.id, by_key.get(keys[0], country.id), presumed_edge(
                    "country", "gazetteer_document", said, why.format(e.label, keys[0], doc))))
            break
    return out
