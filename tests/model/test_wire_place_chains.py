"""Chains of places and companies' short names as translated wire copy writes them, with the real
model (sentences written for these tests): Xinhua's "X Village of Y County, Z City, southwest
China's W Province" (each place in the next; "City" a city's word there, not a club's), a chain
that reaches its place through "in the interior of the state of", a state the gazetteer knows
after "in" (NER: PERSON), a Brazilian group's short name ("Grupo Aurivale Alimentos" …
"Aurivale"), and a direction that is no chain ("near Yass, west of Canberra")."""

from __future__ import annotations

import pytest


def _edges(extract, text):
    result, triples = extract(text)
    return {m.text: m.type for m in result.mentions}, {(h, t) for h, r, t in triples if r == "located in"}


def test_a_xinhua_chain_puts_each_place_in_the_next(extract):
    names, located = _edges(extract, "Floods hit Baiyun Village of Huize County, Qujing City, southwest China's "
                                     "Yunnan Province, on Sunday.")
    assert names["Qujing City"] == "GPE", names
    assert {("Baiyun Village", "Huize County"), ("Huize County", "Qujing City"), ("Qujing City", "Yunnan Province")} <= located


def test_a_mayors_city_is_a_city(extract):
    names, _ = _edges(extract, "Zhang Wei, mayor of Qujing City, said rescuers arrived.")
    assert names["Qujing City"] == "GPE", names


@pytest.mark.parametrize("text, edge", [
    ("The firm has its headquarters in Ribeirão Preto, in the interior of the state of São Paulo.",
     ("Ribeirão Preto", "São Paulo")),
    ("The company bought the dairy Laticínios Bom Gosto, of Patos de Minas, in Minas Gerais, in an operation "
     "valued at 900 million reais.", ("Patos de Minas", "Minas Gerais")),
])
def test_a_chain_reaches_its_place(extract, text, edge):
    _, located = _edges(extract, text)
    assert edge in located, located


def test_a_direction_is_no_chain(extract):
    _, located = _edges(extract, "Crews fought a blaze near Yass, west of Canberra, on Friday.")
    assert ("Yass", "Canberra") not in located


def test_a_groups_short_name_joins_its_node(tmp_path):
    import kg

    (tmp_path / "a.txt").write_text("Grupo Aurivale Alimentos bought the dairy Laticínios Monteverde on Monday. "
                                    "Aurivale said Monteverde will keep its brand.\n", encoding="utf-8")
    graph = kg.build([tmp_path], output_dir=None, cache=False, formats=()).graph
    aliases = [set(d.get("aliases", [])) for _, d in graph.nodes(data=True)]
    assert any({"Grupo Aurivale Alimentos", "Aurivale"} <= a for a in aliases), aliases
    assert any({"Laticínios Monteverde", "Monteverde"} <= a for a in aliases), aliases
