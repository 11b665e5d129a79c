"""kg.merge_surnames.topic_spelling with the real model: a transliterated surname written more than
one way is the person the document opens on, and only that person."""

from __future__ import annotations

import kg


def _nodes(tmp_path, text: str) -> dict[str, set[str]]:
    (tmp_path / "d.txt").write_text(text, encoding="utf-8")
    graph = kg.build([str(tmp_path)], cache=False, formats=()).graph
    return {d["label"]: set(d["aliases"]) for _, d in graph.nodes(data=True)}


def test_the_topics_surname_spelled_another_way_is_the_topic(tmp_path):
    nodes = _nodes(tmp_path, "Houshang Seyhoun (August 22, 1920 – May 26, 2014) was an Iranian architect.\n"
                             "Seyhoon became famous for his design work in the 1950s.\n"
                             "Seyhun is noted specially for his innovative designs.\n")
    assert {"Seyhoon", "Seyhun"} <= nodes.get("Houshang Seyhoun", set()), nodes


def test_no_topic_when_the_first_sentence_names_two_people(tmp_path):
    """No topic here; "Seyhun" joins "Houshang Seyhoun" all the same, as the one full name whose
    surname it spells another way (``transliteration``, ``kg.merge_spellings``), not as the topic's."""
    (tmp_path / "d.txt").write_text("Houshang Seyhoun and Ali Karimi were Iranian architects.\n"
                                    "Seyhun designed the tomb in 1950.\n", encoding="utf-8")
    graph = kg.build([str(tmp_path)], cache=False, formats=()).graph
    rules = {m["alias"]: m["rule"] for _, d in graph.nodes(data=True) for m in d.get("merges", [])}
    assert rules.get("Seyhun") != "topic_spelling", rules


def test_a_different_name_sharing_the_first_letters_stays_apart(tmp_path):
    nodes = _nodes(tmp_path, "Robert Petersen was a Danish painter.\nHe often worked with Pedersen in Oslo.\n")
    assert "Pedersen" not in nodes.get("Robert Petersen", set()), nodes
