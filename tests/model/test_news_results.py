"""With the real model, news sentences written for these tests: a tennis score after the loser's
name is no part of it ("beat Aryna Sabalenka 6-2, 6-3"); a site NER read as a person by its
first names ("James Webb Space Telescope") is a site that "the telescope" stands for, as "the
palace" stands for the palace named before; "The Spaniard" after a player's name is the
player (``kg.people_epithets``); a people's adjective NER ran into the runner's name is the
runner's nationality (``kg.two_peoples.people_before_person``); and a middle name a headline
gives before the story's full name is that person (``kg.merge_person.middle_name``)."""

from __future__ import annotations


def test_a_sets_score_after_a_name_is_no_part_of_it(extract):
    result, triples = extract("Iga Swiatek beat Aryna Sabalenka 6-2, 6-3 in the final.")
    assert "Aryna Sabalenka" in {m.text for m in result.mentions}
    assert ("Iga Swiatek", "beat", "Aryna Sabalenka") in triples


def test_a_peoples_adjective_ner_ran_into_a_name_is_the_persons_nationality(extract):
    result, triples = extract("The gold went to the Kenyan Beatrice Chebet, ahead of the Ethiopian Gudaf Tsegay.")
    assert {m.text: m.type for m in result.mentions}.get("Beatrice Chebet") == "PERSON"
    assert ("Beatrice Chebet", "nationality", "Kenyan") in triples


def test_a_telescope_named_after_a_person_is_a_site(extract):
    result, triples = extract("The James Webb Space Telescope was launched in 2021. The telescope was built by "
                              "Northrop Grumman.")
    assert {m.type for m in result.mentions if m.text == "James Webb Space Telescope"} == {"FAC"}
    assert ("Northrop Grumman", "built", "James Webb Space Telescope") in triples


def test_a_peoples_noun_as_subject_is_the_person_named_before(extract):
    result, triples = extract("Rafael Nadal lost to Alexander Zverev in Paris on Monday. The Spaniard, who is coached "
                              "by Carlos Moya, will retire in November.")
    assert ("Carlos Moya", "coached", "Rafael Nadal") in triples
    assert "Spaniard" not in {m.text for m in result.mentions}


def test_the_palace_is_the_palace_named_before(extract):
    _, triples = extract("Visitors toured the Amber Palace near Jaipur on Sunday. The palace was built by Raja Man Singh.")
    assert ("Raja Man Singh", "built", "Amber Palace") in triples


def test_a_middle_name_in_the_headline_before_the_full_name_is_the_person(extractor):
    from kg.api import graph_from_results
    from kg.model import Document

    text = ("Sánchez receives Lula at the Moncloa Palace\n\nMADRID - The Spanish Prime Minister Pedro Sánchez "
            "received on Monday his Brazilian counterpart Luiz Inácio Lula da Silva at the Moncloa Palace. Lula "
            "will travel on Tuesday to Rome.")
    G = graph_from_results([extractor.one(Document("d", text))])
    lula = [n for n, d in G.nodes(data=True) if "Lula" in {d["label"], *(d.get("aliases") or ())}]
    assert [G.nodes[n]["label"] for n in lula] == ["Luiz Inácio Lula da Silva"]
