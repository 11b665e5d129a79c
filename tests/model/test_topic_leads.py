"""The document's topic and what the lead calls it, when the parser breaks the lead sentence
(kg.relations.arguments ``_lead``, kg.relations.pronouns ``lead_copula`` and ``description_nouns``),
with the real model: a lead whose bracket lost its foreign name (``Urgut (;) is a town``), a title
that reads as a clause (``"Your Disco Needs You" is a song``), a copula the parser hangs on
``born`` inside the bracket, and a name ending in a capitalised kind noun (``Elbląg County`` …
``the county``). Each: what a later ``it``/``he``/``the town`` must give, and what it must not."""

from __future__ import annotations


from conftest import triple_rules as triples


def test_a_bracket_closed_by_a_dropped_name_still_opens_the_lead(extract):
    # ";)" closes the bracket: the copula describes "Urgut" as a town, which "the town" stands for
    found = triples(extract, "Urgut (;) is a town in the Samarqand Region of Uzbekistan and the capital of "
                             "Urgut District. The town was founded by Timur.")
    assert found.get(("Timur", "founded", "Urgut")) == "passive+antecedent+description", found


def test_a_dropped_name_bracket_does_not_make_the_town_a_city(extract):
    found = triples(extract, "Urgut (;) is a town in the Samarqand Region of Uzbekistan and the capital of "
                             "Urgut District. The city was founded by Timur.")
    assert not any(h == "Timur" and t == "Urgut" for h, _, t in found), found


LEAD = ("Nikos Aliagas (/ Níkos Aliágas; born Νικόλαος Αλιάγας / Nikólaos Aliágas on 13 May 1969 in Paris) "
        "is a Greek - French {}. He studied in Athens and Marseille.")


def test_the_copula_after_a_born_bracket_says_the_topic_is_a_person(extract):
    # NER types the name ORG; the parser makes "born" the root and "is" its conjunct
    found = triples(extract, LEAD.format("journalist and entertainer"))
    assert found.get(("Nikos Aliagas", "studied in", "Athens")) == "prep+antecedent", found


def test_the_copula_after_a_born_bracket_can_say_it_is_a_thing(extract):
    found = triples(extract, LEAD.format("magazine and website"))
    assert not any(t == "Athens" for (_, _, t) in found), found


def test_a_title_that_reads_as_a_clause_is_the_subject_of_the_copula(extract):
    found = triples(extract, '" Your Disco Needs You " is a song performed by the singer Kylie Minogue. '
                             "The song was written by Guy Chambers.")
    assert found.get(("Guy Chambers", "written", "Your Disco Needs You")) == "passive+antecedent+description", found


def test_a_song_title_clause_is_no_city(extract):
    found = triples(extract, '" Your Disco Needs You " is a song performed by the singer Kylie Minogue. '
                             "The city was founded by Guy Chambers.")
    assert not any(h == "Guy Chambers" for h, _, _ in found), found


def test_the_county_is_a_name_ending_in_county(extract):
    found = triples(extract, "Elbląg County is a unit of territorial administration in northern Poland. "
                             "The county contains the towns of Pasłęk and Tolkmicko.")
    assert any(h == "Elbląg County" and t == "Pasłęk" and r.endswith("+antecedent+description")
               for (h, _, t), r in found.items()), found


def test_the_town_is_not_a_name_ending_in_county(extract):
    found = triples(extract, "Elbląg County is a unit of territorial administration in northern Poland. "
                             "The town contains the church of Pasłęk.")
    assert not any(h == "Elbląg County" and t == "Pasłęk" for h, _, t in found), found
