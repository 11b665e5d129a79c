"""A town a site's noun is "in" is a place, whatever NER read ("a second production site in
Geelong", NER: ORG; kg.news_kinds), and "the business" a verb of founding, buying or selling takes
is the company the story named (kg.relations.object_references). Real sentences through the real
model, and sentences that must keep their reading."""

from __future__ import annotations

import pytest


def types(extract, text):
    result, _ = extract(text)
    return {m.text: m.type for m in result.mentions}


@pytest.mark.parametrize("text", [
    "The bakery will open a second production site in Geelong.",
    "The bakery will open a new plant in Geelong, creating jobs.",
    "The centre will stand at the UNAM main campus in Cuernavaca, Morelos.",  # a university's campus
])
def test_a_town_a_sites_noun_is_in_is_a_place(extract, text):
    found = types(extract, text)
    assert found.get("Geelong", found.get("Cuernavaca")) == "GPE", found


def test_a_body_no_gazetteer_town_after_a_sites_noun_stays_a_body(extract):
    assert types(extract, "The firm opened an office in Boeing.")["Boeing"] == "ORG"


def founded(extract, text):
    result, _ = extract(text)
    return {(result.mentions[t.head].text, t.relation, result.mentions[t.tail].text) for t in result.triples
            if t.relation in ("founded", "sold")}


def test_the_business_founded_or_sold_is_the_company_named_before(extract):
    text = ("Goldfields Bread Co confirmed it had signed a lease on a warehouse in North Geelong. Managing director "
            "Tom Kavanagh, whose father, Bernard Kavanagh, founded the business with his wife Rosa in 2004, said "
            "demand had outgrown the site.")
    assert ("Bernard Kavanagh", "founded", "Goldfields Bread Co") in founded(extract, text)
    assert ("John Reid", "sold", "Apex Foods") in founded(
        extract, "Apex Foods reported strong sales. Its founder, John Reid, sold the business in 2019.")


def test_the_business_another_verb_takes_is_no_company(extract):
    result, _ = extract("Apex Foods hired Mary Cole. She knows the business well.")
    assert not any(result.mentions[t.tail].text == "Apex Foods" and t.relation.startswith("know")
                   for t in result.triples)
