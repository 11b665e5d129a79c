"""A person's surname that is also a town's name (``kg.surname_subjects``), with the real model on
sentences written for these tests: NER types the bare surname a place or a body by its sound; where
it is the subject of a verb no place is the subject of, it is the person the story named in full;
the town keeps its own mentions, and a name typed a body that is no city (a company named after its
founder) stays a body."""

from __future__ import annotations

STORY = ("NAIVASHA, Kenya, July 6 - Senator Daniel Kitale on Thursday left the ruling party. "
         "Kitale announced the move at a rally in the town of Kitale. "
         "Mr Mutua said Kitale had lost the party's nomination in April. "
         "Under Kenyan law, Kitale keeps his seat until the election.")


def types_of(extract, text, name):
    result, _ = extract(text)
    return [(m.type, m.origin) for m in result.mentions if m.text == name]


def test_a_surname_subject_is_the_person_and_the_town_stays(extract):
    found = types_of(extract, STORY, "Kitale")
    assert [t for t, _ in found].count("PERSON") >= 3, found
    assert ("GPE", "ner") in found, found  # "in the town of Kitale"


def test_no_person_named_in_full_leaves_the_town(extract):
    found = types_of(extract, "Kitale announced new market fees on Monday. Traders in Kitale complained.", "Kitale")
    assert "PERSON" not in {t for t, _ in found}, found


def test_a_company_named_after_its_founder_stays_a_body(extract):
    result, _ = extract("Michael Dell founded the company in 1984. Dell announced record profits on Tuesday.")
    assert all(m.type != "PERSON" or m.origin != "typed" for m in result.mentions if m.text == "Dell"), result.mentions
