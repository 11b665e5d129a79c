"""Capitals that translated and wire English puts where a name or a headline is, with the real
model (sentences written for these tests): a surname in capitals ("ZHANG Yiming") is read as a
person's name, not an organisation; a headline in capitals run into its story makes no name of
its words; acronyms beside names keep their capitals."""

from __future__ import annotations

from conftest import labelled_graph as graph


def test_a_surname_in_capitals_before_the_given_name_is_a_person(extractor):
    types, edges = graph(extractor, "ZHANG Yiming founded ByteDance in Beijing in 2012. Mr. ZHANG stepped down "
                                    "as chief executive in 2021.")
    assert types.get("Zhang Yiming") == "PERSON" and "ZHANG Yiming" not in types
    assert {("Zhang Yiming", "ByteDance"), ("ByteDance", "Zhang Yiming")} & edges


def test_a_headline_in_capitals_run_into_the_story_names_nothing(extractor):
    types, _ = graph(extractor, "FLOODS CUT ROADS NEAR WAGGA WAGGA. Floods near Wagga Wagga, west of Canberra, "
                                "have cut the Sturt Highway.")
    assert not any(w in t.upper() for t in types for w in ("FLOODS", "ROADS")), types
    assert types.get("Wagga Wagga") == "GPE" and types.get("Sturt Highway") == "FAC"


def test_acronyms_beside_names_keep_their_capitals(extractor):
    types, _ = graph(extractor, "The NSW Premier met NASA Administrator Sean O'Keefe in Sydney.")
    assert "NASA" in types and "Sean O'Keefe" in types
    assert not any(t in types for t in ("Nasa", "Nsw"))
