"""A politician's party as news writes it, with the real model (sentences written for these
tests): an acronym in a bracket after the name (``Chancellor Olaf Scholz (SPD)``), a party's one
word in the bracket (``(Greens)``), a party word qualifying the title (``Labour Leader Keir
Starmer``); and brackets that are no party: initials, a country's code in a result."""

from __future__ import annotations

import pytest


def typed(extractor, text):
    """(head label, tail label) -> Wikidata id of the stated edges of ``text``'s graph."""
    from kg.api import graph_from_results
    from kg.model import Document

    G = graph_from_results([extractor.one(Document("t", text))])
    label = {n: d["label"] for n, d in G.nodes(data=True)}
    return {(label[u], label[v]): d.get("wikidata") for u, v, d in G.edges(data=True)
            if not str(d.get("rule", "")).startswith("derived:")}


@pytest.mark.parametrize("text, person, party", [
    ("Chancellor Matthias Vogler (CDU) met Finance Minister Karin Albrecht (FDP) on Wednesday.",
     "Matthias Vogler", "CDU"),
    ("Chancellor Matthias Vogler (CDU) met Finance Minister Karin Albrecht (FDP) on Wednesday.",
     "Karin Albrecht", "FDP"),
    ("Prime Minister Alvaro Serrano (PSOE) called a snap election on Monday.", "Alvaro Serrano", "PSOE"),
    ("Labour Leader Rachel Pennington promised on Monday to cut rail fares.", "Rachel Pennington", "Labour"),
])
def test_party_of_a_politician_in_news(extractor, text, person, party):
    assert typed(extractor, text).get((person, party)) == "P102"


@pytest.mark.parametrize("text, person, bracket", [
    ("John Fitzgerald Kennedy (JFK) was born in Brookline.", "John Fitzgerald Kennedy", "JFK"),
    ("Sprinter Usain Bolt (JAM) won the final in 9.58 seconds.", "Usain Bolt", "JAM"),
])
def test_a_bracket_that_is_no_party(extractor, text, person, bracket):
    assert typed(extractor, text).get((person, bracket)) != "P102"


@pytest.mark.parametrize("text, person, party", [
    # NER: PERSON, LOC on a party's one word before "faction" / "party" (``kind_nouns.before_party_noun``)
    ("Deputy Olena Marchuk of the Batkivshchyna faction criticized the budget.", "Olena Marchuk", "Batkivshchyna"),
    ("Senator Maria Lopez, of the ruling Morena party, proposed the reform.", "Maria Lopez", "Morena"),
])
def test_a_party_named_before_its_party_noun(extract, text, person, party):
    result, triples = extract(text)
    assert {(m.text, m.type) for m in result.mentions if m.text == party} == {(party, "ORG")}
    assert any(h == person and t == party for h, _, t in triples), triples


def test_a_peoples_word_before_a_party_noun_names_no_party(extract):
    result, _ = extract("The Kurdish party boycotted the vote.")
    assert not any(m.type == "ORG" for m in result.mentions)
