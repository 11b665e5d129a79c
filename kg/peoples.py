"""A country and its people, two nodes of one country: "Canada" and "Canadian".

kg keeps a people (NER's NORP, "Canadian") and its country ("Canada") as two nodes, and a
people's node stands for its country in `country` edges ("a Canadian province": Alberta -country->
Canadian). A fact a document states of one of them it states of the other: these edges restate it
(kg/presume.py adds them with the document-level presumptions, before the derivation rows).
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from kg.model import Entity
from kg.presumed_edges import country_key, entity_docs, graph_edges, graph_types, joined_pairs, presumed_edge

#: Nodes a place's stated country is restated to the people for (``country_people``): a town's, a
#: region's (``a Canadian province``); not an organisation's, a facility's or a work's (on
#: Re-DocRED dev about a quarter of those were annotated, against half for places).
COUNTRY_HOLDERS = frozenset({"GPE", "LOC"})
#: Nodes whose people's ``country`` edge is restated to the country (``people_country``): a town's,
#: a region's, and an organisation's ("the Italian group Eni" in a story that names Italy: Eni
#: -country-> Italy; on Re-DocRED dev 8 of the 10 such edges between annotated entities join an
#: annotated pair, half of them as P17); not a facility's or a work's.
PEOPLE_COUNTRY_HOLDERS = COUNTRY_HOLDERS | {"ORG"}


def people_countries(G: nx.MultiDiGraph, entities: list[Entity]) -> list[tuple[str, str, dict[str, Any]]]:
    """``X -citizenship-> Canada`` beside ``X -citizenship-> Canadian`` ("a Canadian businessman"):
    a people's country a document names too (``Canada``) is what the people's edge says, and kg
    keeps a people and its country as two nodes (``rule: derived:people_country``, same predicate,
    the people's edge's evidence). Only a country node sharing a document with X, and only edges
    that give X a country (a person's citizenship; the country of a town, a region or an
    organisation, ``PEOPLE_COUNTRY_HOLDERS``), neither denied nor hedged. An organisation's is
    whose it is, not where: no ``located in`` follows from it (kg/data/derivations.yaml).

    The other way round, a place a sentence puts in a country ("Bergen, Norway") is in the
    country of the people the document names ("a Norwegian painter"): ``Bergen -country->
    Norwegian`` (``rule: derived:country_people``), so that the people's node, which stands for
    its country in `country` edges ("a Norwegian city"), has it too. Only a town's or a region's
    stated edge, not a presumed one (on Re-DocRED dev about 0.7 of these edges of places were
    annotated, 0.55 of organisations', 0.4 from a document's presumed country)."""
    by_key: dict[str, str] = {}
    peoples: dict[str, list[str]] = {}  # a country's key -> the nodes of its people ("Canadian")
    for n, d in G.nodes(data=True):
        types = graph_types(G, n)
        key = country_key(str(d.get("type", "")), str(d.get("label", n))) if types & {"COUNTRY", "NATIONALITY"} else None
        if key is not None and "COUNTRY" in types:
            by_key[key] = min(by_key.get(key, n), n)
        elif key is not None:
            peoples.setdefault(key, []).append(n)
    docs = {e.id: set(entity_docs(e)) for e in entities}
    joined = joined_pairs(G)
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for u, v, d in graph_edges(G):
        pred = d.get("predicate")
        if d.get("negated") or d.get("hedged"):
            continue
        stated = not str(d.get("rule", "")).startswith("derived:")  # not a presumed or derived one
        if pred == "country" and stated and "COUNTRY" in graph_types(G, v) and graph_types(G, u) & COUNTRY_HOLDERS \
                and not graph_types(G, u) & {"COUNTRY", "NATIONALITY"}:
            key = country_key(str(G.nodes[v].get("type", "")), str(G.nodes[v].get("label", v)))
            for people in sorted(peoples.get(key or "", [])):
                if people != u and frozenset((u, people)) not in joined and (u, people) not in out \
                        and docs.get(u, set()) & docs.get(people, set()):
                    out[(u, people)] = presumed_edge("country", "country_people", list(d.get("evidence") or []),
                                             f"{G.nodes[people].get('label', people)} is the people of {key}")
            continue
        if not (pred == "citizenship" or pred == "country" and graph_types(G, u) & PEOPLE_COUNTRY_HOLDERS) \
                or "NATIONALITY" not in graph_types(G, v):
            continue
        people = str(G.nodes[v].get("label", v))
        key = country_key(str(G.nodes[v].get("type", "")), people)
        country = by_key.get(key or "")
        if country is None or country == u or frozenset((u, country)) in joined or (u, country) in out \
                or not docs.get(u, set()) & docs.get(country, set()):
            continue
        out[(u, country)] = presumed_edge(str(pred), "people_country", list(d.get("evidence") or []),
                                  f"{people} is the people of {key}")
    return [(a, b, attrs) for (a, b), attrs in out.items()]
