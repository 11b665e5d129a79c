"""A type a sentence corrected carries to the document's other mentions of the name
(``kg.doc_types``): NER's disagreeing types of one name, a place kept, corrections that disagree
left alone."""

from __future__ import annotations

from kg.doc_types import carry_corrected_types
from kg.model import Mention


def _m(text: str, kind: str, origin: str, start: int) -> Mention:
    return Mention("d", start, start + len(text), text, kind, start, start + 40, origin=origin)


def test_the_corrected_type_of_a_name_carries_to_its_other_mentions():
    # "The Turkish defense company Baykar …" (corrected to ORG), "Baykar, founded by …" (NER: PERSON)
    got = carry_corrected_types([_m("Baykar", "ORG", "typed", 0), _m("Baykar", "PERSON", "ner", 100)])
    assert [m.type for m in got] == ["ORG", "ORG"]


def test_a_place_another_name_and_disagreeing_corrections_keep_their_types():
    got = carry_corrected_types([_m("Troyes", "ORG", "typed", 0), _m("Troyes", "GPE", "ner", 100),
                                 _m("Girona", "PERSON", "ner", 200)])
    assert [m.type for m in got] == ["ORG", "GPE", "PERSON"]  # "in Troyes" stays a place
    got = carry_corrected_types([_m("Ansett", "ORG", "typed", 0), _m("Ansett", "PRODUCT", "typed", 50),
                                 _m("Ansett", "PERSON", "ner", 100)])
    assert got[2].type == "PERSON"  # two corrections: no one type to carry
    # a person's correction stays with its mention: "Johns Hopkins (founder of …)" and "Johns Hopkins schools"
    got = carry_corrected_types([_m("Johns Hopkins", "PERSON", "typed", 0), _m("Johns Hopkins", "ORG", "ner", 100)])
    assert got[1].type == "ORG"
