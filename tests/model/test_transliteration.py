"""kg.merge_spellings with the real model: one person's name transliterated two ways in a
translated news story is one node, with the rule recorded; two people stay two."""

from __future__ import annotations

import kg


def _nodes(tmp_path, text: str) -> dict[str, dict]:
    (tmp_path / "d.txt").write_text(text, encoding="utf-8")
    graph = kg.build([str(tmp_path)], cache=False, formats=()).graph
    return {d["label"]: d for _, d in graph.nodes(data=True)}


def test_two_spellings_of_one_spokeswoman_are_one_node(tmp_path):
    nodes = _nodes(tmp_path, "Zakharova commented the statement of Borrell\n\n"
                             "MOSCOW, 21.09.2022. The official representative of the MFA of Russia Maria Zakharova "
                             "declared at the briefing, that the statement of the High Representative of the EU Josep "
                             "Borrell is unacceptable. Mariya Zakharova underlined, Moscow will give the answer.\n")
    person = next(d for label, d in nodes.items() if "Zakharova" in label)
    assert {"Maria Zakharova", "Mariya Zakharova", "Zakharova"} <= set(person["aliases"]), nodes.keys()
    assert "transliteration" in {m["rule"] for m in person["merges"]}


def test_a_father_and_son_of_similar_names_stay_two(tmp_path):
    nodes = _nodes(tmp_path, "John Smith founded the company in 1950. His son Jon Smith ran it from 1980.\n")
    assert "John Smith" in nodes and "Jon Smith" in nodes, nodes.keys()
