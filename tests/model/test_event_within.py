""""participated in the Battle of Burgos during the Peninsular War": a named event the clause
happened at, during a named event, is part of it (kg.relations.verbs ``during``, ``during@event``).
Real sentences through the real model, and clauses with no named event at both ends."""

from __future__ import annotations

import pytest


def part_of(extract, text):
    result, _ = extract(text)
    return {(result.mentions[t.head].text, t.relation, result.mentions[t.tail].text)
            for t in result.triples if t.rule == "during" and t.relation == "part of"}


@pytest.mark.parametrize("text, edge", [
    ("He took part in the Battle of Leipzig (1813) during the Napoleonic Wars.",
     ("Battle of Leipzig", "part of", "Napoleonic Wars")),
    # no verb of taking part: the battle is still within the war
    ("His right arm was badly wounded at the Battle of Messines in 1917 during World War I, but he kept painting.",
     ("Battle of Messines", "part of", "World War I")),
])
def test_an_event_during_an_event_is_part_of_it(extract, text, edge):
    assert edge in part_of(extract, text)


@pytest.mark.parametrize("text", [
    "He moved to Paris during World War II.",                   # a place, not an event
    "He performed at the Olympia Theatre during the Easter Rising.",
    "John Weng served in the United States Navy during World War II.",
])
def test_no_part_of_without_a_named_event_at_both_ends(extract, text):
    assert not part_of(extract, text)


def took_part(extract, text):
    result, _ = extract(text)
    return {(result.mentions[t.head].text, result.mentions[t.tail].text)
            for t in result.triples if t.rule == "during" and t.relation != "part of"}


@pytest.mark.parametrize("text, edge", [
    # NER calls the wars an organisation: a name ending on "Wars" is an event all the same
    ("George Prévost served in the West Indies during the French Revolutionary Wars.",
     ("George Prévost", "French Revolutionary Wars")),
])
def test_serving_during_a_named_war_is_taking_part(extract, text, edge):
    assert edge in took_part(extract, text)


@pytest.mark.parametrize("text", [
    "George Prévost served in the West Indies during the War Office inquiry.",  # no name ending on War(s)
    "George Prévost served in the West Indies during the reign of George III.",
])
def test_no_taking_part_without_a_named_war(extract, text):
    assert not took_part(extract, text)


def test_serving_during_a_war_ner_called_an_organisation_is_typed_conflict(extract):
    from kg.predicates import node_types

    assert "CONFLICT" in node_types("ORG", "the Napoleonic Wars")
    assert "CONFLICT" in node_types("ORG", "Battle of Midway")
    assert "CONFLICT" not in node_types("ORG", "War Office")       # an office, no war
    assert "CONFLICT" not in node_types("PERSON", "John Warwars")  # only names NER typed as a thing


@pytest.mark.parametrize("text, edges", [
    # a copula of service: the person served in the war, and the force named with the office too
    ("Tom Hardy was an officer in the Royal Navy during the Crimean War.",
     {("Tom Hardy", "Crimean War"), ("Royal Navy", "Crimean War")}),
    ("Anna Berg was a nurse during the First World War.", {("Anna Berg", "First World War")}),
    # the parser hangs "during" on the role of "as": the verb's all the same (kg.prep_repairs)
    ("John Ames served as a pilot during the Korean War.", {("John Ames", "Korean War")}),
])
def test_one_in_a_forces_service_during_a_named_war_took_part(extract, text, edges):
    assert edges <= took_part(extract, text)


@pytest.mark.parametrize("text", [
    "Carl Berg was a student during the Second World War.",  # no one in a force's service
    "Carl Berg was in Lisbon during the Second World War.",
])
def test_a_copula_of_no_service_during_a_war_is_no_taking_part(extract, text):
    assert not took_part(extract, text)
