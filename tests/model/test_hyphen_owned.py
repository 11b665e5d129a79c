"""Who owns or backs a thing, said by a hyphened participle in front of its noun
(``kg.relations.hyphen_owned``), with the real model on sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, edge", [
    ("Amazon-owned Whole Foods raised prices.", ("Amazon", "owned", "Whole Foods")),
    ("Tata-owned Jaguar Land Rover cut jobs.", ("Tata", "owned", "Jaguar Land Rover")),
    # the noun before the name: the name is the noun's
    ("The Nordfjord-owned ferry operator Fjordline cut its routes.", ("Nordfjord", "owned", "Fjordline")),
    ("The Kremlin-backed channel RT was banned.", ("Kremlin", "backed", "RT")),
])
def test_a_hyphened_owner_owns_the_nouns_entity(extract, text, edge):
    _, triples = extract(text)
    assert edge in triples, triples


@pytest.mark.parametrize("text", [
    "The state-owned oil company Pemex cut output.",  # no name owns it
    "Chinese-owned firms bought farmland in Kenya.",  # a people's word says whose, not who
])
def test_no_owner_without_a_name_that_owns(extract, text):
    _, triples = extract(text)
    assert not any(t[1] in ("owned", "backed") for t in triples), triples


def test_the_owner_edge_reads_as_ownership(tmp_path):
    import kg

    (tmp_path / "a.txt").write_text("Amazon-owned Whole Foods raised prices.\n", encoding="utf-8")
    graph = kg.build([str(tmp_path)], output_dir=None, cache=False, formats=()).graph
    edge = [d for u, v, d in graph.edges(data=True) if (u, v) == ("amazon", "whole_foods")]
    assert edge and edge[0]["rule"] == "hyphen_owned" and edge[0]["predicate"] == "owner_of"
