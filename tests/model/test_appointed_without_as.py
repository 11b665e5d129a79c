""""named X Prime Minister" (no "as": news translated from French or Russian): the parse reads the
appointee's name as a modifier of the office; kg.relations.verbs ``_appointee`` makes the person the
one named. With the real model: the pattern, and objects that name no person."""

from __future__ import annotations

def svo(extract, text):
    result, _ = extract(text)
    return {(result.mentions[t.head].text, t.relation, result.mentions[t.tail].text)
            for t in result.triples if t.rule.partition("+")[0] == "svo"}


def test_appointee_before_the_office_is_the_one_named(extract):
    text = "The President of the Republic Bassirou Diomaye Faye has named Mr. Ousmane Sonko Prime Minister."
    assert ("Bassirou Diomaye Faye", "named", "Ousmane Sonko") in svo(extract, text)


def test_a_body_before_the_office_is_no_appointee(extract):
    """"appointed Rosneft chairman": the name before the office is a body's, no one named."""
    assert not svo(extract, "Putin appointed Rosneft chairman in 2012.")
