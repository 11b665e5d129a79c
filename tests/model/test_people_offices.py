"""A country's people's word before an office and its holder (kg.relations.people_offices):
"Malaysian Prime Minister Anwar Ibrahim" heads Malaysia as "Malaysia's Prime Minister" does; an
office that heads nothing ("Foreign Minister") gives no such edge. With the real model."""

from __future__ import annotations

import pytest


def declared(extract, text):
    result, _ = extract(text)
    return {(result.mentions[t.head].text, t.relation, result.mentions[t.tail].text, t.predicate)
            for t in result.triples if t.rule.startswith("title")}


@pytest.mark.parametrize("text, edge", [
    ("Malaysian Prime Minister Anwar Ibrahim visited Beijing.",
     ("Anwar Ibrahim", "prime minister of", "Malaysian", "head_of_government_of")),
    ("Kazakh President Kassym-Jomart Tokayev visited Beijing.",
     ("Kassym-Jomart Tokayev", "president of", "Kazakh", "head_of_state_of")),
    ("Malaysian Deputy Prime Minister Ahmad Zahid Hamidi spoke.",
     ("Ahmad Zahid Hamidi", "deputy prime minister of", "Malaysian", "deputy_head_of")),
])
def test_a_peoples_word_before_a_head_office_names_the_country_it_heads(extract, text, edge):
    assert edge in declared(extract, text)


def test_an_office_that_heads_nothing_gives_no_title_edge(extract):
    assert not declared(extract, "Chinese Foreign Minister Wang Yi visited Paris.")
