"""A wire story's credit line (kg.credits): no relation from it, and its reporters are people."""

from __future__ import annotations

from conftest import triple_rules as triples


def test_a_credit_line_states_no_relation_and_its_names_are_people(extract):
    text = ("Canada and Indonesia signed a trade agreement in Ottawa on Monday.\n"
            "(Reporting by Kelsey Brandt in Ottawa and Stanley Widianto in Jakarta; Editing by Paul Simao)")
    result, found = extract(text)
    assert not any(h in ("Ottawa", "Stanley Widianto") and t == "Jakarta" for h, _, t in found), found
    types = {m.text: m.type for m in result.mentions}
    assert types["Stanley Widianto"] == "PERSON" and types["Paul Simao"] == "PERSON", types
    assert types["Jakarta"] == "GPE", types


def test_a_sentence_about_reporting_is_no_credit_line(extract):
    found = triples(extract, "Reporting by the BBC angered Boris Johnson, who lives in London.")
    assert found.get(("Boris Johnson", "live in", "London")) == "prep", found
