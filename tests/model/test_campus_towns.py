"""With the real model, sentences written for these tests: a town NER typed a body after a
school's "at" ("the Naval Academy at Annapolis") is the town the school stands in; an "at" that
names an occasion or comes before the school stays as it was."""

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
