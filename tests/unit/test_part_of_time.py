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
    doc = _doc(["O", "B-DATE", "I-DATE", "O", "B-GPE"])
    assert not part_of_time(Span(doc, 2, 3))
