"""RDF export: Turtle and JSON-LD parse back with rdflib, and SPARQL answers match networkx."""

from __future__ import annotations

from collections import Counter

import pytest

rdflib = pytest.importorskip("rdflib")

from kg.db import export  # noqa: E402
from kg.export.neo4j import edge_id  # noqa: E402
from kg.export.rdf import BASE, WIKIDATA, predicate_iri, to_rdf, write_rdf  # noqa: E402
from html_graphs import tricky_graph  # noqa: E402

PREFIXES = f"""PREFIX kg: <{BASE}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""


@pytest.fixture(scope="module")
def seed_rdf(seed_build, tmp_path_factory):
    """The seed graph exported as Turtle and JSON-LD from its build folder, parsed back."""
    from pathlib import Path

    out = Path(seed_build.outputs["db"]).parent
    dest = tmp_path_factory.mktemp("rdf")
    ttl = export(out, "turtle", dest / "graph.ttl")["turtle"]
    jsonld = export(out, "jsonld", dest / "graph.jsonld")["jsonld"]
    parsed = {fmt: rdflib.Graph().parse(str(p), format=fmt) for fmt, p in (("turtle", ttl), ("json-ld", jsonld))}
    return seed_build.graph, parsed


@pytest.mark.parametrize("fmt", ["turtle", "json-ld"])
def test_sparql_counts_by_type_and_labels(seed_rdf, fmt):
    G, parsed = seed_rdf
    g = parsed[fmt]
    rows = g.query(PREFIXES + "SELECT ?t (COUNT(?e) AS ?n) WHERE { ?e a kg:Entity ; a ?t . FILTER(?t != kg:Entity) } GROUP BY ?t")
    assert {str(t).removeprefix(BASE): int(n) for t, n in rows} == Counter(d["type"] for _, d in G.nodes(data=True))
    rows = g.query(PREFIXES + "SELECT ?l WHERE { ?e a kg:Entity ; rdfs:label ?l }")
    assert sorted(str(l) for (l,) in rows) == sorted(d["label"] for _, d in G.nodes(data=True))
    rows = g.query(PREFIXES + "SELECT ?a WHERE { ?e rdfs:label 'ByteDance' ; skos:altLabel ?a }")
    assert {str(a) for (a,) in rows} == set(G.nodes["bytedance"]["aliases"]) - {"ByteDance"}


@pytest.mark.parametrize("fmt", ["turtle", "json-ld"])
def test_sparql_neighbours_and_evidence(seed_rdf, fmt):
    G, parsed = seed_rdf
    g = parsed[fmt]
    rows = g.query(PREFIXES + """SELECT ?b WHERE { ?a rdfs:label "TikTok" . { ?a ?p ?x } UNION { ?x ?p ?a }
                                 ?x a kg:Entity ; rdfs:label ?b }""")
    from kg.query import neighbours

    assert {str(b) for (b,) in rows} == {r["neighbour"] for r in neighbours(G, "TikTok")}
    rows = g.query(PREFIXES + """SELECT ?h ?t ?rel ?s ?b ?e WHERE { ?st a rdf:Statement ; rdf:subject ?hs ;
        rdf:object ?ts ; kg:relation ?rel ; prov:wasDerivedFrom ?sent . ?hs rdfs:label ?h . ?ts rdfs:label ?t .
        ?sent nif:anchorOf ?s ; nif:beginIndex ?b ; nif:endIndex ?e }""")
    got = Counter((str(h), str(t), str(rel), str(s), int(b), int(e)) for h, t, rel, s, b, e in rows)
    want = Counter((G.nodes[u]["label"], G.nodes[v]["label"], d["relation"], ev["sentence"], ev["start"], ev["end"])
                   for u, v, d in G.edges(data=True) for ev in d["evidence"])
    assert got == want


def test_typed_negated_and_paged_edges(tmp_path):
    G = tricky_graph()
    path = write_rdf(G, tmp_path / "t.ttl", documents=[{"id": "a.txt", "path": "in/a.txt", "title": "A"}])
    g = rdflib.Graph().parse(str(path), format="turtle")
    wdt = rdflib.URIRef(WIKIDATA + "P108")
    bob, acme = rdflib.URIRef(BASE + "entity:bob"), rdflib.URIRef(BASE + "entity:acme")
    assert (bob, wdt, acme) in g  # typed edge: the Wikidata property
    fired = rdflib.URIRef(predicate_iri(G.edges["acme", "bob", "not fired"]))
    assert str(fired) == BASE + "relation:fired"
    assert (acme, fired, bob) not in g  # a denial is no fact: only its statement exists
    rows = list(g.query(PREFIXES + """SELECT ?neg ?p ?title WHERE { ?st rdf:subject ?a ; rdf:predicate ?p ; kg:negated ?neg ;
        prov:wasDerivedFrom ?s . OPTIONAL { ?s kg:page ?page } ?s nif:referenceContext ?d .
        OPTIONAL { ?d <http://purl.org/dc/terms/title> ?title } } ORDER BY ?neg"""))
    assert [(bool(n.toPython()), str(p), t and str(t)) for n, p, t in rows] == [
        (False, str(wdt), "A"), (True, str(fired), None)]
    [(page,)] = g.query(PREFIXES + "SELECT ?p WHERE { ?s kg:page ?p }")
    assert int(page) == 2
    assert str(edge_id("bob", "works for", "acme")) == "bob|works for|acme"


def test_same_graph_same_bytes(tmp_path):
    a = write_rdf(tricky_graph(), tmp_path / "a.ttl").read_bytes()
    b = write_rdf(tricky_graph(), tmp_path / "b.ttl").read_bytes()
    assert a == b
    with pytest.raises(ValueError, match="unknown RDF format"):
        write_rdf(tricky_graph(), tmp_path / "c.x", fmt="xml")
    assert len(to_rdf(tricky_graph())) > 0


def test_sparql_matches_networkx_on_the_300_stories(tmp_path, abc_graph):
    """Counts by type and every statement's evidence, on the 300-story graph."""
    import kg

    G = kg.load(abc_graph)
    g = rdflib.Graph().parse(str(write_rdf(G, tmp_path / "abc.ttl")), format="turtle")
    rows = g.query(PREFIXES + "SELECT ?t (COUNT(?e) AS ?n) WHERE { ?e a kg:Entity ; a ?t . FILTER(?t != kg:Entity) } GROUP BY ?t")
    assert {str(t).removeprefix(BASE): int(n) for t, n in rows} == Counter(d["type"] for _, d in G.nodes(data=True))
    rows = g.query(PREFIXES + """SELECT ?h ?t ?rel ?b WHERE { ?st a rdf:Statement ; rdf:subject ?hs ; rdf:object ?ts ;
        kg:relation ?rel ; prov:wasDerivedFrom ?sent . ?hs rdfs:label ?h . ?ts rdfs:label ?t . ?sent nif:beginIndex ?b }""")
    assert Counter((str(h), str(t), str(rel), int(b)) for h, t, rel, b in rows) == Counter(
        (G.nodes[u]["label"], G.nodes[v]["label"], d["relation"], ev["start"])
        for u, v, d in G.edges(data=True) for ev in d["evidence"])
