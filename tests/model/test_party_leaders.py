"""Who leads a body's delegation or team (``kg.relations.party_leaders``), with the real model on
sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, edge", [
    ("The delegation of Ruritania, led by Foreign Minister Anna Kovac, arrived in Vienna.",
     ("Anna Kovac", "led delegation of", "Ruritania")),
    # the parser hangs "led" on the body's name; its acronym in brackets is the same body
    ("A team of the State Rescue Service (SRS) led by Captain Ivo Maric reached the village.",
     ("Ivo Maric", "led team of", "State Rescue Service")),
])
def test_the_leader_of_a_bodys_party(extract, text, edge):
    _, triples = extract(text)
    assert edge in triples, triples


@pytest.mark.parametrize("text", [
    "The delegation of France and Germany, led by Anna Berg, arrived.",  # two bodies' party
    "A team led by Anna Berg found the wreck.",  # no body named
])
def test_no_body_no_one_bodys_party(extract, text):
    _, triples = extract(text)
    assert not any(t[1].startswith("led ") for t in triples), triples


def test_the_leader_of_a_delegation_from_a_body_heads_the_delegation_not_the_body(extract):
    """``kg.relations.tokens.after_noun_by``: "headed by" on the name a party's "from" introduces
    is said of the party (as after its "of")."""
    _, triples = extract("A delegation from Norvik Energy headed by Lena Holm met the minister.")
    assert ("Lena Holm", "led delegation from", "Norvik Energy") in triples, triples
    assert ("Lena Holm", "headed", "Norvik Energy") not in triples, triples
