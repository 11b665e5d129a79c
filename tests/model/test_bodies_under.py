"""A body "under" another (``kg.relations.bodies_under``), with the real model on sentences written
for these tests: an agency set off or followed by "under" a ministry or an academy has it as its
parent organisation; a person or a thing "under" which something happens is no parent."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, edge", [
    # set off by commas: the parser hangs "under" on the verb
    ("The General Department of Customs, under the Ministry of Finance, said imports rose.",
     ("General Department of Customs", "under", "Ministry of Finance")),
    # after the name's acronym in brackets
    ("Officials of the National Seed Centre (NSC), under the Ministry of Agriculture, visited Hue.",
     ("National Seed Centre", "under", "Ministry of Agriculture")),
    # on the name itself
    ("The General Department of Taxation under the Ministry of Finance collected more revenue.",
     ("General Department of Taxation", "under", "Ministry of Finance")),
    # on a noun in apposition to the name
    ("The Institute of Mechanics, a research body under the Academy of Sciences, built the rig.",
     ("Institute of Mechanics", "under", "Academy of Sciences")),
])
def test_a_body_under_another(extract, text, edge):
    _, triples = extract(text)
    assert edge in triples, triples


@pytest.mark.parametrize("text", [
    "Porto won the league under coach Sergio Conceição.",
    "The Red Cross worked under the protection of the United Nations.",
    "Acme Bank, under pressure from regulators, closed branches.",
])
def test_no_parent_for_a_leader_a_protection_or_a_pressure(extract, text):
    _, triples = extract(text)
    assert not any(t[1] == "under" for t in triples), triples

