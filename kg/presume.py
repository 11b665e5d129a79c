"""Document-level presumptions: facts a reader takes from a whole text, not from one sentence.

An encyclopedic lead about a village in Ontario names Canada once ("Brigden is a community in …,
Ontario, Canada") and then the roads, rivers and townships around it without repeating the
country: a reader takes every place such a text names to be in Canada. kg states that as an edge
of its own, ``place -country-> Canada`` with ``rule: derived:document_country``, only when

- the document names exactly one country: every country and nationality it mentions (``Canada``,
  ``Canadian``) is the same country (pycountry / countryinfo say which; a people no country is
  named after, "Algonquin", is no country), so a text that names two countries presumes nothing;
  a text that names the country only by its people ("Santa Elena is a small Venezuelan city")
  presumes it for its places only (``rule: derived:document_nationality``, the edge's tail the
  country's node where another document names the country, else the nationality's
  (``country_nodes``: "Gothenburg -country-> Sweden", not "Swedish"); about half of these edges
  are annotated on Re-DocRED dev, a third for organisations: "a Norwegian club" says whose it
  is, not where), and only for a place the
  gazetteer knows in that country (``city_known_in``: a city, a province, a US state): of the
  other names NER read as places in such texts ("Hermes" in a text on Greek myth, "Linux") a
  third were annotated, against three in four of the known ones;
- the node is a place (GPE, LOC, FAC; not a country, a continent or a nationality) or an
  organisation whose name is not international ("World", "European", another country's name)
  mentioned in that document, and that NER named by more than one word or more than once
  (:func:`weakly_named`: "Everton" read once in a text on Ghana is no body inside it), with no
  country edge of its own (stated or derived: a chain that reaches another country wins), no
  stated container the gazetteer knows elsewhere ("Chatham County, North Carolina" in a story
  on Vietnam) and no location the text denies or hedges, and every document
  that mentions it presumes the same country.

A document that names several countries presumes one too, for its places only, when its lead
names one: the first sentence that names a country or a people names one country, by its name
("Beaulieu is a commune in the Vienne department, France."; a later "a Belgian painter" does not
undo it), and the place's own sentences name no other (``rule: derived:lead_country``). The
lead of an encyclopedic text says where its subject is, that of a news story where it happens;
on Re-DocRED dev about 0.56 of these edges are annotated, against 0.67 for a document's one
country, and organisations are left out (0.39).

A sea or an ocean ("Aegean Sea", SEA in ``kg.predicates.node_types``) lies in no country: the
presumed country is its basin country (``basin_country``, P205), not its ``country``.

The edge's evidence is the example sentence of the place and of the country in that document;
``derived_from`` says it is the document's one country. Its confidence is low (``kg.presumed_edges.CONFIDENCE``):
it is a presumption, the kind a reader makes (Re-DocRED's annotators make it: on its dev split
about two in three such edges are annotated), never a statement of one sentence. The derivation
rows (kg/infer.py) then apply to it like to any country edge (a place in a country is in it).
"""

from __future__ import annotations

from typing import Any, Iterable

import networkx as nx

from kg.lexicon.big_cities import (big_city_elsewhere, facility_of_town_elsewhere, named_after_city_elsewhere,
                                   named_after_province_elsewhere)
from kg.lexicon.continents import REGIONS, continents
from kg.lexicon.countries import city_elsewhere, city_known_in, country_named, norm, province_countries
from kg.model import DocResult, Entity, Mention
from kg.named_places import countries_inside, country_node, named_places, word_runs
from kg.news_sources import only_a_source
from kg.peoples import people_countries
from kg.presume_gazetteer import gazetteer_documents
from kg.presumed_edges import (country_key, country_nodes, domestic, edges_added, entity_docs, foreign_named, graph_edges,
                               graph_types, international, one_pass, presumed_edge)

#: Predicates that give a node a country of its own: no presumption for it.
OWN_COUNTRY = frozenset({"country", "citizenship", "country_of_origin", "basin_country"})
#: Node types a document's country is presumed for: places, and the organisations a text about a
#: place names (its council, its schools, its clubs).
INSIDE_TYPES = frozenset({"GPE", "LOC", "FAC", "ORG"})
#: Node types a lead's country, or a people's, is presumed for (not organisations: a third right
#: on Re-DocRED dev; nor seas and rivers, WATER: they cross borders).
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: Node types a people the document names alone is presumed the country of: not a facility (a
#: road, a bridge, a stadium: a quarter of these were annotated on Re-DocRED dev, against half
#: for towns and regions).
SETTLED_TYPES = frozenset({"GPE", "LOC"})
#: Refinements that are no place or body inside a country.
NOT_INSIDE = frozenset({"COUNTRY", "CONTINENT", "REGION", "NATIONALITY", "RELIGION", "AWARD"})


def document_countries(G: nx.MultiDiGraph, entities: Iterable[Entity]) -> dict[str, tuple[str, str]]:
    """doc -> (its one country's key, the country's node), for documents naming one country: the
    node of its name (``Canada``; ``Canadian`` beside it is the same country), or where only its
    people is named (``Canadian``) that node, which :func:`_presumption` presumes for places only
    (on Re-DocRED dev a nationality as the presumed country was right a third of the time for
    organisations, half the time for places)."""
    seen: dict[str, dict[str, set[str]]] = {}
    for e in entities:
        key = country_key(e.type, e.label)
        if key is None:  # no country, or a people no country is named after ("Algonquin")
            for inside in countries_inside(e.label, e.type):
                for doc in entity_docs(e):
                    seen.setdefault(doc, {}).setdefault(inside, set())
            continue
        for doc in entity_docs(e):
            seen.setdefault(doc, {}).setdefault(key, set()).add(e.id)
    out: dict[str, tuple[str, str]] = {}
    datelines = _datelines(entities)
    for doc, keys in seen.items():
        if len(keys) != 1:
            continue
        (key, nodes), = keys.items()
        if not nodes:
            continue
        if any(city_elsewhere(place, key) for place in datelines.get(doc, ())):
            continue  # "MOSCOW, 14.02.2019. Sechin met the Minister of Oil of Venezuela": no Venezuelan story
        countries = sorted(n for n in nodes if "COUNTRY" in graph_types(G, n))
        out[doc] = (key, (countries or sorted(nodes))[0])
    return out


def _datelines(entities: Iterable[Entity]) -> dict[str, set[str]]:
    """doc -> the labels of the places its wire datelines name: a place written in capitals that
    opens its sentence ("MOSCOW, 14.02.2019.", "BUENOS AIRES, 15.01.2024 (Télam) -"). A story
    filed from a city the gazetteer knows only in other countries than the one country it names
    happens there too: it presumes no country ("SANTIAGO" of a story about Chile is in Chile,
    though Spain has a Santiago too)."""
    out: dict[str, set[str]] = {}
    for e in entities:  # any type: NER reads "ABU DHABI" as an organisation too
        for m in e.mentions:
            if m.start == m.sent_start and m.text.isupper() and sum(c.isalpha() for c in m.text) > 2:
                out.setdefault(m.doc, set()).add(e.label)
    return out


def match_sides(entities: Iterable[Entity], one: dict[str, tuple[str, str]]) -> set[str]:
    """The documents of ``one`` that name their one country only as a side of a match ("The
    Wallabies thrashed Argentina 30-6", mentions ``side``, ``kg.teams.country_side``): a sports
    story names its opponent, not where its teams and grounds are, so it presumes nothing."""
    named: dict[str, bool] = {}
    for e in entities:
        key = country_key(e.type, e.label)
        for m in e.mentions:
            if key is not None and m.doc in one and one[m.doc][0] == key:
                named[m.doc] = named.get(m.doc, True) and m.origin == "side"
    return {doc for doc, side in named.items() if side}


def lead_countries(G: nx.MultiDiGraph, entities: Iterable[Entity],
                   one: dict[str, tuple[str, str]]) -> tuple[dict[str, tuple[str, str]], dict[tuple[str, int], set[str]]]:
    """doc -> (its lead's country key, the country's node) for documents naming several countries
    (not in ``one``) whose first sentence naming a country or a people names one country, by its
    name in that sentence; and (doc, sentence start) -> the country keys each sentence names."""
    named: dict[tuple[str, int], set[str]] = {}
    by_name: dict[tuple[str, int, str], list[str]] = {}
    for e in entities:
        key = country_key(e.type, e.label)
        if key is None:
            continue
        country = bool(graph_types(G, e.id) & {"COUNTRY", "CONTINENT"})
        for m in e.mentions:
            named.setdefault((m.doc, m.sent_start), set()).add(key)
            if country:
                by_name.setdefault((m.doc, m.sent_start, key), []).append(e.id)
    first: dict[str, int] = {}
    doc_keys: dict[str, set[str]] = {}
    for (doc, start), keys in named.items():
        if doc not in one:
            first[doc] = min(first.get(doc, start), start)
            doc_keys.setdefault(doc, set()).update(keys)
    out: dict[str, tuple[str, str]] = {}
    for doc, start in sorted(first.items()):
        keys = named[(doc, start)]
        if len(keys) == 1 and len(doc_keys[doc]) > 1:
            (key,) = keys
            nodes = by_name.get((doc, start, key))
            if nodes:  # a people alone ("a Belgian painter") says whose, not where
                out[doc] = (key, sorted(nodes)[0])
    return out, named


def presumed_countries(G: nx.MultiDiGraph, entities: list[Entity], results: list[DocResult],
                       by_key: dict[str, str]) -> list[tuple[str, str, dict[str, Any]]]:
    """The ``document_country`` and ``lead_country`` edges of ``G`` as ``(place, country,
    attributes)``; ``by_key``: the graph's country nodes (``country_nodes``)."""
    one = document_countries(G, entities)
    sides = match_sides(entities, one)
    one = {doc: v for doc, v in one.items() if doc not in sides}
    lead, named = lead_countries(G, entities, one)
    if not one and not lead:
        return []
    # a country of its own (or a citizenship, a country of origin: no place), or a location the
    # text denies or hedges ("X is not in Minnesota")
    has_country, by_people = _own_countries(G)
    examples = {r.doc: r.examples for r in results}
    by_id = {e.id: e for e in entities}
    kinds = {country: graph_types(G, country) for _, country in one.values()}
    out = []
    for e in sorted(entities, key=lambda e: e.id):
        types = graph_types(G, e.id)
        if e.id in has_country or not types & INSIDE_TYPES or types & NOT_INSIDE:
            continue
        found = _presumption(e, types, kinds, one, lead, named)
        if found is None:
            continue
        doc, key, country, rule = found
        if e.id in by_people and (key not in by_people[e.id] or country in by_people[e.id][key]):
            continue  # "a Polish festival in Warsaw" gives Warsaw Poland too, not another country
        if country == e.id or foreign_named(e.label, key) or ("ORG" in types and (
                not domestic(e.label, key) or named_after_city_elsewhere(e.label, key)  # "Seattle Mariners"
                or named_after_province_elsewhere(e.label, key))):  # "University of Florida" in a text on Paraguay
            continue
        if "ORG" in types and weakly_named(e):
            continue  # "Everton" once in a text on Ghana, "Sui Wenjing" found by recovery: no body inside it
        if "ORG" in types and all(only_a_source(e.mentions, d, examples.get(d, {})) for d in entity_docs(e)):
            continue  # "according to analysts of Goldman Sachs": a source of the story (``kg.news_sources``)
        if types & PLACE_TYPES and (city_elsewhere(e.label, key) or big_city_elsewhere(e.label, key)
                                    or facility_of_town_elsewhere(e.label, key)  # "Kuching International Airport"
                                    or _inside_elsewhere(G, e.id, key)):
            continue  # a story about Australia mentions Geneva, one about Canada London: the gazetteer's are elsewhere
        evidence = _evidence(doc, [e, by_id[country]], examples)
        why = {"document_country": f"{key} is the one country {doc} names",
               "document_nationality": f"{key} is the one country {doc} names, by its people",
               "lead_country": f"{key} is the country the lead of {doc} names"}[rule]
        # a sea or an ocean is in no country: the document's country is on its shore (P205); a
        # place in a land that is a continent only (Antarctica) is on that continent (P30)
        land = graph_types(G, country)
        pred = "basin_country" if "SEA" in types else "continent" if "COUNTRY" not in land and "CONTINENT" in land else "country"
        if pred == "continent":
            why = f"{key}, a continent with no country, is the one land {doc} names"
        out.append((e.id, by_key.get(key, country), presumed_edge(pred, rule, evidence, why)))
    return out


def _inside_elsewhere(G: nx.MultiDiGraph, node: str, key: str) -> bool:
    """A sentence puts the place in a province (a US state too) the gazetteer knows only outside
    the document's country: "its first factory abroad in Chatham County, North Carolina" in a story
    from Hanoi that names Vietnam alone is no county of Vietnam."""
    for _, v, d in G.out_edges(node, data=True):
        if d.get("predicate") == "located_in" and not str(d.get("rule", "")).startswith("derived:"):
            label = G.nodes[v].get("label", v)  # a province or a US state: a city's name recurs the
            if norm(label) in province_countries() and city_elsewhere(label, key):  # world over ("Berlin", NH)
                return True
    return False


#: Mention origins that are a name NER or a stated name gave its type (``kg.model.Mention``): the
#: others (``recovered``, ``bracketed``, ``titled``, ``quoted``…) are names kg found itself, their
#: type a guess.
NAMED_ORIGINS = frozenset({"ner", "pack", "typed", "stated"})


def weakly_named(e: Entity) -> bool:
    """An organisation whose type is too weak a clue that it is a body inside the document's
    country: only kg's own recovery found it (no mention NER or a statement typed), or NER named
    it once by a single word ("Everton", "Chromecast", "Harvard" in a text on Germany). On
    Re-DocRED dev 0.46 of the presumed country edges of such names were annotated, against 0.67
    for the other organisations: a one-word name read once as ORG is as often a person, a work,
    a band or a place.

    >>> from kg.model import Mention
    >>> m = Mention("d1", 0, 7, "Everton", "ORG", 0, 20)
    >>> weakly_named(Entity("everton", "Everton", "ORG", [m]))
    True
    >>> weakly_named(Entity("everton", "Everton", "ORG", [m, m]))
    False
    >>> n = Mention("d1", 0, 20, "Uppsala University", "ORG", 0, 40)
    >>> r = Mention("d1", 0, 20, "Uppsala University", "ORG", 0, 40, origin="recovered")
    >>> weakly_named(Entity("uu", "Uppsala University", "ORG", [n])), weakly_named(Entity("uu", "Uppsala University", "ORG", [r]))
    (False, True)
    """
    if not any(m.origin in NAMED_ORIGINS for m in e.mentions):
        return True
    return len(e.mentions) == 1 and len(e.label.split()) == 1


def _own_countries(G: nx.MultiDiGraph) -> tuple[set[str], dict[str, dict[str, set[str]]]]:
    """Nodes with a country of their own (a citizenship, a country of origin; a location the text
    denies or hedges: "X is not in Minnesota"; an organisation's stated place), and apart from
    them the nodes whose only country is a people (``Polish`` for Warsaw) -> that people's
    country key -> the people's nodes: the document's country, when it is that people's, is
    presumed for them too."""
    own: set[str] = set()
    people: dict[str, dict[str, set[str]]] = {}
    for u, v, d in graph_edges(G):
        pred = d.get("predicate")
        if pred in ("located_in", "country") and (d.get("negated") or d.get("hedged")):
            own.add(u)
        elif pred in ("located_in", "headquarters") and "ORG" in graph_types(G, u) \
                and not str(d.get("rule", "")).startswith("derived:"):
            own.add(u)  # "London-based HSBC": its place's country, stated or presumed, is derived for it
        elif pred in OWN_COUNTRY:
            key = country_key(G.nodes[v].get("type", ""), G.nodes[v].get("label", v)) \
                if pred == "country" and "NATIONALITY" in graph_types(G, v) else None
            if key is None:
                own.add(u)
            else:
                people.setdefault(u, {}).setdefault(key, set()).add(v)
    return own, {u: keys for u, keys in people.items() if u not in own}


def _presumption(e: Entity, types: frozenset[str], countries: dict[str, frozenset[str]],
                 one: dict[str, tuple[str, str]],
                 lead: dict[str, tuple[str, str]], named: dict[tuple[str, int], set[str]]
                 ) -> tuple[str, str, str, str] | None:
    """``(doc, country key, country node, rule)`` when every document that mentions ``e``
    presumes the same country for it: its one country, or (a place whose sentences name no
    other country) its lead's."""
    got: list[tuple[str, str, str, str]] = []
    place = bool(types & PLACE_TYPES) and "WATER" not in types  # a sea or a river crosses borders
    for doc in entity_docs(e):
        if doc in one and "COUNTRY" in countries[one[doc][1]]:
            got.append((doc, *one[doc], "document_country"))
        elif doc in one and place and types & SETTLED_TYPES and (
                "NATIONALITY" not in countries[one[doc][1]] or city_known_in(e.label, one[doc][0])):
            # a people alone ("a Norwegian club") says whose; of where, only for a place the gazetteer
            # puts in that people's country ("Hermes" in a text on Greek myth is a god NER read as a place)
            got.append((doc, *one[doc], "document_nationality"))
        elif doc in lead and place:
            key, country = lead[doc]
            if any(named.get((doc, m.sent_start), {key}) - {key} for m in e.mentions if m.doc == doc):
                return None
            got.append((doc, key, country, "lead_country"))
        else:
            return None
    if not got or len({g[2] for g in got}) != 1:
        return None
    rules = sorted({g[3] for g in got})
    rule = rules[0] if len(rules) == 1 else "lead_country"
    return got[0][0], got[0][1], got[0][2], rule


def add_presumed(G: nx.MultiDiGraph, entities: list[Entity], results: list[DocResult]) -> int:
    """Add the document-level presumptions to ``G`` (a document's country, then the gazetteer's
    for the places left without: ``kg.presume_gazetteer``), then the countries organisations'
    names say (after them: a place a document presumes in a country carries its country into a
    name) and the places names bear (kg/named_places.py); how many edges were added."""
    _FIRSTS.clear()
    try:
        with one_pass(G):  # each node's types, each entity's documents, the edges: read once
            edges_added(G)  # (the pass may be build_graph's, which added edges before)
            by_key = country_nodes(G)  # the presumptions add edges only: one table of countries' nodes
            added = presumed_countries(G, entities, results, by_key)
            for a, b, attrs in added:
                G.add_edge(a, b, key=attrs["rule"], **attrs)
            edges_added(G)
            own, by_people = _own_countries(G)  # then the gazetteer's, for the places left without
            known = gazetteer_documents(G, entities, results, own | set(by_people), by_key, _evidence)
            for a, b, attrs in known:
                G.add_edge(a, b, key=attrs["rule"], **attrs)
            edges_added(G)
            added += known
            named = people_countries(G, entities) + named_countries(G, entities, results, by_key) \
                + country_continents(G, entities, results) + named_places(G, entities, results, _evidence)
            for a, b, attrs in named:
                G.add_edge(a, b, key=attrs["rule"], **attrs)
            edges_added(G)
    finally:
        _FIRSTS.clear()
    return len(added) + len(named)


def country_continents(G: nx.MultiDiGraph, entities: list[Entity],
                       results: list[DocResult]) -> list[tuple[str, str, dict[str, Any]]]:
    """``country -continent-> C`` for a country a document names beside its continent ("Ghana"
    and "Africa" in one text; countryinfo's regions say which continent a country is in;
    ``rule: derived:country_continent``). A country with a continent edge of its own keeps it. A
    region of countries that is no continent ("Latin America", ``REGIONS``) has them as its parts
    (``part_of``, P361: 6 of 6 annotated so on Re-DocRED dev, none as a continent)."""
    has = {u for u, _, d in graph_edges(G) if d.get("predicate") == "continent"}
    docs: dict[str, tuple[list[Entity], list[Entity]]] = {}
    for e in sorted(entities, key=lambda e: e.id):
        types = graph_types(G, e.id)
        kind = 1 if "CONTINENT" in types else 0 if "COUNTRY" in types and e.id not in has else None
        if kind is not None:
            for doc in entity_docs(e):  # sorted
                docs.setdefault(doc, ([], []))[kind].append(e)
    examples = {r.doc: r.examples for r in results}
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for doc, (countries, conts) in sorted(docs.items()):
        for country in countries:
            names = continents().get(country_named(country.label) or "", frozenset())
            for cont in conts:
                if norm(cont.label) not in names or (country.id, cont.id) in out:
                    continue
                evidence = _evidence(doc, [country, cont], examples)
                pred = "part_of" if norm(cont.label) in REGIONS else "continent"
                out[(country.id, cont.id)] = presumed_edge(pred, "country_continent", evidence,
                                                   f"{country.label} is a country of {cont.label}")
    return [(a, b, attrs) for (a, b), attrs in out.items()]


def named_countries(G: nx.MultiDiGraph, entities: list[Entity], results: list[DocResult],
                    by_key: dict[str, str]) -> list[tuple[str, str, dict[str, Any]]]:
    """``org -country-> C`` for an organisation named after a place or a people of one country C
    ("University of Alberta", "Indian National Congress", "Sydney Water"): a run of words of its
    name is the label of a country, of a nationality (tail: the country's node where the graph
    has one, else the nationality's), or of a place with a country edge, and all such runs name
    one country (``rule: derived:named_country``). An international name ("World", "European")
    or one with a country edge of its own gets none. On Re-DocRED dev 0.76 of these are annotated.
    Its evidence: the organisation's example sentence, and the place's in the same document.
    ``by_key``: the graph's country nodes (``country_nodes``), which a nationality stands for.
    """
    examples = {r.doc: r.examples for r in results}
    by_id = {e.id: e for e in entities}
    country_of: dict[str, set[str]] = {}  # a country or nationality names itself
    for n, d in G.nodes(data=True):
        if country_key(str(d.get("type", "")), str(d.get("label", n))) is not None:
            country_of[n] = {n}
    has_country: set[str] = set()
    for u, v, d in graph_edges(G):
        if d.get("predicate") == "country" and not (d.get("negated") or d.get("hedged")):
            has_country.add(u)
            if u not in country_of or u not in country_of[u]:
                country_of.setdefault(u, set()).add(v)
    places: dict[str, list[str]] = {}
    for n in sorted(country_of):
        if graph_types(G, n) & {"GPE", "LOC", "NORP"}:
            label = str(G.nodes[n].get("label", n))
            key = country_named(label) if "COUNTRY" in graph_types(G, n) else None
            # a country is named by each of its names ("Russia" in "Higher Education of Russia"
            # where the node is labelled "Russian Federation")
            for name in sorted({norm(label)} | {norm(a) for a in G.nodes[n].get("aliases", ())
                                                  if key is not None and country_named(a) == key}):
                places.setdefault(name, []).append(n)
    out = []
    for n, d in sorted(G.nodes(data=True)):
        label = str(d.get("label", n))
        if d.get("type") != "ORG" or n in has_country or graph_types(G, n) & NOT_INSIDE \
                or international(label):
            continue
        named = [p for run in word_runs(label) for p in places.get(run, ()) if p != n
                 and (p in country_of[p] or _named_here(n, p, G, by_id))]
        tails = {country_node(G, t, by_key) for p in named for t in country_of.get(p, ())}
        if len(tails) != 1:
            continue
        (tail,) = tails
        via = sorted({str(G.nodes[p].get("label", p)) for p in named})
        evidence = _named_evidence(by_id.get(n), [by_id[p] for p in sorted(set(named)) if p in by_id], examples)
        out.append((n, tail, presumed_edge("country", "named_country", evidence, f"{label} is named after {', '.join(via)}")))
    return out


def _named_here(org: str, place: str, G: nx.MultiDiGraph, by_id: dict[str, Entity]) -> bool:
    """A place (no country: a country's name always names it) a document names beside the
    organisation, or whose name is no adjective, verb or adverb of English: "Central", a Zambian
    province, is not the "Central" of the Vietnamese "Party Central Committee" in another story."""
    a, b = by_id.get(org), by_id.get(place)
    if a is not None and b is not None and set(entity_docs(a)) & set(entity_docs(b)):
        return True
    from kg.lexicon.english import word_classes  # imports spaCy: only when a name asks

    word, classes = str(G.nodes[place].get("label", place)).lower(), word_classes()
    return not any(word in classes[k] for k in ("adj", "verb", "adv"))


def _named_evidence(org: Entity | None, places: list[Entity], examples: dict[str, dict]) -> list[dict]:
    """The organisation's example sentence in its first document, and the places' there."""
    if org is None or not entity_docs(org):
        return []
    doc = entity_docs(org)[0]  # sorted
    return _evidence(doc, [org, *(p for p in places if doc in entity_docs(p))], examples)


def _evidence(doc: str, entities: list[Entity], examples: dict[str, dict]) -> list[dict]:
    """The example sentences of ``entities``' first mentions in ``doc``, each once, in order."""
    out: list[dict] = []
    for e in entities:
        ev = examples.get(doc, {}).get(_text(e, doc))
        if ev is not None and ev.to_dict() not in out:
            out.append(ev.to_dict())
    return out


def _text(e: Entity, doc: str) -> str:
    """The text of the entity's first mention in ``doc`` (the key of its example sentence).

    Each entity's mentions are walked once per build (``_FIRSTS``): a country's tens of thousands
    of mentions, walked again for every document presumed in it, made this quadratic."""
    firsts = _FIRSTS.get(id(e))
    if firsts is None:
        firsts = _FIRSTS[id(e)] = {}
        for m in e.mentions:  # the first of the smallest start, as min() picks it
            if m.doc not in firsts or m.start < firsts[m.doc].start:
                firsts[m.doc] = m
    return firsts[doc].text


#: Per entity (by ``id``, while ``add_presumed`` runs): its first mention in each document.
_FIRSTS: dict[int, dict[str, Mention]] = {}
