"""Derived edges (kg/infer.py, kg/data/derivations.yaml) on hand-built graphs: every row's example
is a test, and so are the cases that must derive nothing."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.infer import add_derived, derive, table
from kg.predicates import by_name

ROWS = [pytest.param(r, id=r.name) for r in table()[1]]


def _graph(facts: list[list[str]], **edge_attrs) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for i, (h, ht, pred, t, tt) in enumerate(facts):
        G.add_node(h, label=h, type=ht)
        G.add_node(t, label=t, type=tt)
        G.add_edge(h, t, key=pred, relation=pred, confidence=0.8,
                   evidence=[{"doc": "d", "start": 10 * i, "end": 10 * i + 9}],
                   **{"negated": False, "hedged": False, **edge_attrs}, **by_name()[pred].attributes())
    return G


def test_the_table_is_well_formed():
    names = [r.name for r in table()[1]]
    assert len(names) == len(set(names))
    for r in table()[1]:
        assert r.then in by_name() and all(p in by_name() for p in r.when), r.name
        assert 1 <= len(r.when) <= 2 and r.example, r.name


@pytest.mark.parametrize("row", ROWS)
def test_row_example_derives_its_edge(row):
    G = _graph(row.example["facts"])
    head, pred, tail = row.example["derived"]
    got = {(a, d["predicate"]): d for a, b, d in derive(G) if b == tail}
    assert (head, pred) in got, (row.name, got)
    d = got[(head, pred)]
    assert d["rule"].startswith("derived:")
    assert d["derived_from"] and d["evidence"]  # says how, and with which sentences
    assert d["confidence"] < 0.8
    assert d.get("wikidata") == by_name()[pred].wikidata


def test_the_evidence_of_every_premise_is_kept():
    G = _graph([["Calgary", "GPE", "located_in", "Alberta", "GPE"], ["Alberta", "GPE", "located_in", "Canada", "GPE"]])
    (d,) = [d for a, b, d in derive(G) if (a, b, d["predicate"]) == ("Calgary", "Canada", "located_in")]
    assert [e["start"] for e in d["evidence"]] == [0, 10]
    assert d["derived_from"] == "Calgary located_in Alberta; Alberta located_in Canada"


def test_a_contains_edge_is_read_the_other_way():
    G = _graph([["Alberta", "GPE", "contains", "Calgary", "GPE"], ["Alberta", "GPE", "located_in", "Canada", "GPE"]])
    assert ("Calgary", "Canada", "located_in") in {(a, b, d["predicate"]) for a, b, d in derive(G)}


def test_nothing_from_a_denied_or_hedged_edge():
    facts = [["Calgary", "GPE", "located_in", "Alberta", "GPE"], ["Alberta", "GPE", "located_in", "Canada", "GPE"]]
    assert derive(_graph(facts, negated=True)) == []
    assert derive(_graph(facts, hedged=True)) == []


def test_nothing_from_an_untyped_edge():
    G = _graph([["Calgary", "GPE", "located_in", "Alberta", "GPE"]])
    G.add_node("Canada", label="Canada", type="GPE")
    G.add_edge("Alberta", "Canada", key="x", relation="visited", predicate="other", confidence=0.8, evidence=[])
    assert derive(G) == []


def test_a_place_in_a_region_is_not_in_a_country_twice_over():
    """located in a non-country gives no ``country``; a person's country is not a location."""
    G = _graph([["Louvre", "FAC", "located_in", "Paris", "GPE"]])
    assert derive(G) == []
    G = _graph([["Siemens", "ORG", "country", "German", "NORP"]])
    nx.set_edge_attributes(G, "nationality", "rule")
    assert derive(G) == []  # "a German company": its country, no location


def test_type_guards_hold_for_derived_edges():
    """``performer`` to an organisation gives ``notable_work``; ``country`` to a continent nothing."""
    G = _graph([["Brookston", "GPE", "located_in", "Europe", "LOC"]])
    assert [d["predicate"] for _, _, d in derive(G)] == []


def test_a_symmetric_fact_is_not_derived_again():
    G = _graph([["Anne", "PERSON", "sibling", "Emily", "PERSON"]])
    assert all(a != b for a, b, _ in derive(G))
    assert derive(G) == []  # the symmetric reading is the same fact, not a new one


def test_add_derived_is_deterministic_and_idempotent():
    facts = [["A", "GPE", "located_in", "B", "GPE"], ["B", "GPE", "located_in", "C", "GPE"],
             ["C", "GPE", "located_in", "France", "GPE"]]
    G1, G2 = _graph(facts), _graph(facts)
    n = add_derived(G1)
    assert n == add_derived(G2) and n > 0
    assert list(G1.edges(keys=True, data=True)) == list(G2.edges(keys=True, data=True))
    assert add_derived(G1) == 0


def test_a_place_ner_typed_as_a_person_is_located_in_its_country():
    G = _graph([["Franklin Lakes", "PERSON", "country", "United States", "GPE"]])
    assert [(a, d["predicate"]) for a, _, d in derive(G)] == [("Franklin Lakes", "located_in")]


def test_a_restated_fact_reads_its_property_head_to_tail_once():
    G = _graph([["Bill Gates", "PERSON", "founder_of", "Microsoft", "ORG"]])
    (got,) = [(a, b, d["wikidata"]) for a, b, d in derive(G)]
    assert got == ("Microsoft", "Bill Gates", "P112")
    add_derived(G)
    assert derive(G) == []


def test_no_notable_work_beside_an_edge_that_already_states_p800():
    G = _graph([["Steven Spielberg", "PERSON", "director_of", "Jaws", "WORK_OF_ART"]])
    assert [(a, b, d["predicate"]) for a, b, d in derive(G)] == [("Jaws", "Steven Spielberg", "director")]


def test_a_nationality_is_no_location():
    """"a Turkish company" (rule nationality) gives no located_in; "a school in Cuba" does."""
    G = _graph([["Roketsan", "ORG", "country", "Turkish", "NORP"]])
    nx.set_edge_attributes(G, "nationality", "rule")
    assert derive(G) == []
    G = _graph([["ELAM", "ORG", "country", "Cuba", "GPE"]])
    nx.set_edge_attributes(G, "class_noun", "rule")
    assert [(a, d["predicate"]) for a, _, d in derive(G)] == [("ELAM", "located_in")]


def test_citizenship_by_birth_only_in_a_country():
    G = _graph([["Zevs", "PERSON", "place_of_birth", "Saverne", "GPE"]])
    assert derive(G) == []  # a town is no country


def test_an_organisation_presumed_in_a_peoples_country_is_located_in_it():
    """A presumption may point at the nationality's node ("Calgary City Council", Canadian: the
    only name of the country its document has): the organisation is located in it too."""
    G = _graph([["Calgary City Council", "ORG", "country", "Canadian", "NORP"]])
    nx.set_edge_attributes(G, "derived:named_country", "rule")
    assert [(a, b, d["wikidata"]) for a, b, d in derive(G)] == [("Calgary City Council", "Canadian", "P131")]


def test_nothing_follows_from_places_located_in_each_other():
    """A cycle of ``located_in`` (A in B, B in C, C in A: a corpus whose names were permuted,
    or misread appositions) is no premise: its places would each be derived in all the others.
    What is located in the cycle from outside it stays stated, and a chain beside it still derives."""
    G = _graph([["A", "GPE", "located_in", "B", "GPE"], ["B", "GPE", "located_in", "C", "GPE"],
                ["A", "GPE", "contains", "C", "GPE"], ["D", "GPE", "located_in", "A", "GPE"],
                ["E", "GPE", "located_in", "F", "GPE"], ["F", "GPE", "located_in", "France", "GPE"]])
    got = {(a, b, d["predicate"]) for a, b, d in derive(G)}
    assert got == {("E", "France", "located_in"), ("E", "France", "country"), ("F", "France", "country")}


def test_nothing_follows_through_a_place_whose_stated_parents_disagree():
    """Two Springfields resolved to one node: in Illinois and in Massachusetts, neither in the
    other. Both statements stay; nothing is derived through the node (the Lincoln Home is not in
    Massachusetts), while the node's own chains still derive where its parents lead."""
    G = _graph([["Springfield", "GPE", "located_in", "Illinois", "GPE"],
                ["Springfield", "GPE", "located_in", "Massachusetts", "GPE"],
                ["Lincoln Home", "FAC", "located_in", "Springfield", "GPE"],
                ["Illinois", "GPE", "country", "United States", "GPE"]])
    got = {(a, b, d["predicate"]) for a, b, d in derive(G)}
    assert not {a for a, b, p in got if a == "Lincoln Home"}, got
    assert ("Springfield", "United States", "country") in got  # the node as a chain's head
    assert ("Illinois", "United States", "located_in") in got


def test_parents_one_inside_the_other_agree():
    """Calgary in Alberta and in Canada, Alberta in Canada: one chain of places, so what is in
    Calgary is in both; a country and its people are one place (Bari in Apulia, in Italy; Apulia
    an Italian region)."""
    G = _graph([["Calgary", "GPE", "located_in", "Alberta", "GPE"], ["Calgary", "GPE", "located_in", "Canada", "GPE"],
                ["Alberta", "GPE", "located_in", "Canada", "GPE"],
                ["Saddledome", "FAC", "located_in", "Calgary", "GPE"],
                ["Apulia", "GPE", "country", "Italian", "NORP"], ["Bari", "GPE", "located_in", "Apulia", "GPE"],
                ["Bari", "GPE", "located_in", "Italy", "GPE"], ["Port of Bari", "FAC", "located_in", "Bari", "GPE"]])
    got = {(a, b, d["predicate"]) for a, b, d in derive(G)}
    assert {("Saddledome", "Alberta", "located_in"), ("Saddledome", "Canada", "located_in"),
            ("Port of Bari", "Apulia", "located_in"), ("Port of Bari", "Italian", "country")} <= got


def test_a_presumed_or_derived_parent_is_no_disagreement():
    """Only statements disagree: a document's presumed country beside a stated region (which has
    no country of its own) leaves the place a middle."""
    G = _graph([["Kent Town", "GPE", "located_in", "Adelaide", "GPE"], ["Rundle Mall", "FAC", "located_in", "Kent Town", "GPE"]])
    G.add_edge("Kent Town", "Australia", key="derived:country", relation="country", confidence=0.4, rule="derived:document_country",
               evidence=[{"doc": "d", "start": 90, "end": 99}], negated=False, hedged=False, **by_name()["country"].attributes())
    G.nodes["Australia"].update(label="Australia", type="GPE")
    got = {(a, b, d["predicate"]) for a, b, d in derive(G)}
    assert {("Rundle Mall", "Adelaide", "located_in"), ("Rundle Mall", "Australia", "country")} <= got


def test_a_country_beside_a_place_of_no_known_country_agrees():
    """"McGill University is in Montreal", "Montreal, Quebec", "Montreal, Canada": nothing says
    where Quebec is, and it may well be in Canada, so Montreal still carries Canada on. Once its
    other parent is known to be in another country, the two disagree."""
    facts = [["McGill University", "ORG", "located_in", "Montreal", "GPE"], ["Montreal", "GPE", "located_in", "Quebec", "GPE"],
             ["Montreal", "GPE", "country", "Canadian", "NORP"]]
    got = {(a, b, d["predicate"]) for a, b, d in derive(_graph(facts))}
    assert ("McGill University", "Canadian", "country") in got
    facts.append(["Quebec", "GPE", "country", "France", "GPE"])
    got = {(a, b, d["predicate"]) for a, b, d in derive(_graph(facts))}
    assert not {b for a, b, p in got if a == "McGill University"}, got


def test_nothing_is_derived_through_a_people_a_statement_puts_in_a_place():
    """"Palestinian security offices in Khan Yunis in the southern Gaza Strip" gives Palestinian
    located_in Gaza Strip: Salfit, whose country is Palestinian, is no place in Gaza for that."""
    G = _graph([["Salfit", "GPE", "located_in", "Palestinian", "NORP"],
                ["Palestinian", "NORP", "located_in", "Gaza Strip", "GPE"]])
    assert not any(a == "Salfit" and b == "Gaza Strip" for a, b, _ in derive(G))
    G = _graph([["Salfit", "GPE", "located_in", "West Bank", "GPE"],
                ["West Bank", "GPE", "located_in", "Palestine", "GPE"]])
    assert any(a == "Salfit" and b == "Palestine" for a, b, _ in derive(G))
