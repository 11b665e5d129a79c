"""With the real model, sentences written for these tests: a town NER typed a body after a
school's "at" ("the Naval Academy at Annapolis") is the town the school stands in; an "at" that
names an occasion or comes before the school stays as it was. A name NER typed a body that ends
in "Nature Reserve", "National Park" is a place ("the Federal Reserve" is not)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, school, town", [
    ("She trained at the Britannia Royal Naval College at Dartmouth before the war.",
     "Britannia Royal Naval College", "Dartmouth"),
    ("The museum stands next to the Military Academy at Annapolis.", "Military Academy", "Annapolis"),
])
def test_a_town_after_a_schools_at_is_where_it_stands(extract, text, school, town):
    result, edges = extract(text)
    assert (town, "GPE") in {(m.text, m.type) for m in result.mentions}
    assert (school, "located in", town) in edges


def test_an_at_before_the_school_names_no_campus(extract):
    result, edges = extract("At Annapolis the Military Academy opened a new library.")
    assert not any(r == "located in" and h == "Annapolis" for h, r, _ in edges)


@pytest.mark.parametrize("text, name, kind", [
    ("The birds nest in the Kelmscott Nature Reserve every spring.", "Kelmscott Nature Reserve", "LOC"),
    ("The Federal Reserve raised interest rates.", "Federal Reserve", "ORG"),  # one word before "Reserve"
])
def test_a_reserves_or_parks_two_last_words_make_it_a_place(extract, text, name, kind):
    assert (name, kind) in {(m.text, m.type) for m in extract(text)[0].mentions}
