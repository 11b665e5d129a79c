"""``kg.junk.part_of_time`` on hand-built parses: a run inside NER's TIME is part of a time of
day; a run inside a DATE, or outside any time, is not."""

from __future__ import annotations

from spacy.tokens import Span

from hand_docs import make_doc
from kg.junk import part_of_time


def _doc(ents: list[str]):
    words = ["at", "4:00pm", "AEDT", "in", "Sydney"]
    return make_doc(words, [0, 2, 0, 0, 3], ["ROOT", "nummod", "pobj", "prep", "pobj"],
                    pos=["ADP", "NUM", "PROPN", "ADP", "PROPN"], ents=ents)


def test_time_zone_inside_a_time_is_part_of_it() -> None:
    doc = _doc(["O", "B-TIME", "I-TIME", "O", "B-GPE"])
    assert part_of_time(Span(doc, 2, 3))


def test_a_name_outside_a_time_is_not() -> None:
    doc = _doc(["O", "B-TIME", "I-TIME", "O", "B-GPE"])
    assert not part_of_time(Span(doc, 4, 5))


def test_a_run_inside_a_date_is_not() -> None:
    doc = make_doc(["just", "before", "Christmas", "Day"], [1, 1, 3, 1], ["advmod", "ROOT", "compound", "pobj"],
                   pos=["ADV", "ADP", "PROPN", "PROPN"], ents=["O", "O", "B-DATE", "I-DATE"])
    assert not part_of_time(Span(doc, 2, 4))


def test_time_zone_after_a_clock_time_ner_missed() -> None:
    doc = make_doc(["around", "7:30pm", "AEDT", "yesterday"], [0, 2, 0, 0], ["ROOT", "nummod", "pobj", "npadvmod"],
                   pos=["ADP", "NUM", "PROPN", "NOUN"], ents=["O", "O", "O", "B-DATE"])
    assert part_of_time(Span(doc, 2, 3))


def test_time_zone_in_brackets_after_a_clock_time() -> None:
    doc = make_doc(["at", "1:00am", "(", "ACDT", ")"], [0, 0, 3, 1, 3], ["ROOT", "pobj", "punct", "appos", "punct"],
                   pos=["ADP", "NUM", "PUNCT", "PROPN", "PUNCT"])
    assert part_of_time(Span(doc, 3, 4))


def test_a_name_after_a_house_number_is_no_time() -> None:
    doc = make_doc(["at", "10", "Downing", "Street"], [0, 3, 3, 0], ["ROOT", "nummod", "compound", "pobj"],
                   pos=["ADP", "NUM", "PROPN", "PROPN"])
    assert not part_of_time(Span(doc, 2, 4))


def test_time_zone_after_midnight_in_brackets() -> None:
    doc = make_doc(["before", "midnight", "(", "ACDT", ")"], [0, 0, 3, 1, 3], ["ROOT", "pobj", "punct", "appos", "punct"],
                   pos=["ADP", "NOUN", "PUNCT", "PROPN", "PUNCT"])
    assert part_of_time(Span(doc, 3, 4))
