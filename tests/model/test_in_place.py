"""A place after "in" is cut off the name NER read it into (kg.in_place); titles of works and a
part after "in" that is no known place keep their "in". Real sentences with the real model."""

from __future__ import annotations

import pytest
from conftest import mention_texts
import spacy
from spacy.tokens import Doc, Span

from kg.in_place import split_in_place


@pytest.mark.parametrize("text, name, place", [
    ("He worked for the Foreign and Commonwealth Office in London until 1990.",
     "Foreign and Commonwealth Office", "London"),
    ("He was appointed to the Royal Court in Sweden as a musician.", "Royal Court", "Sweden"),
])
def test_a_place_after_in_is_no_part_of_the_name(extract, text, name, place):
    found = mention_texts(extract, text)
    assert {name, place} <= found, found
    assert not any(" in " in t for t in found), found


def test_an_in_that_belongs_to_the_name_stays(extract):
    found = mention_texts(extract, 'The film " Like Someone in Love " was released in 2012.')
    assert "Like Someone in Love" in found, found


VOCAB = spacy.blank("en").vocab


@pytest.mark.parametrize("words, label, parts", [
    (["Holmenkollen", "in", "Oslo"], "FAC", ["Holmenkollen", "Oslo"]),
    (["Guajalote", "Mountain", "in", "the", "Mexico"], "LOC", ["Guajalote Mountain", "Mexico"]),
    (["Order", "in", "Council"], "ORG", ["Order in Council"]),            # no known place after "in"
    (["Anything", "For", "You", "in", "Europe"], "WORK_OF_ART", ["Anything For You in Europe"]),  # a title
    (["born", "in", "Oslo"], "ORG", ["born in Oslo"]),                    # no capital before "in"
])
def test_split_in_place_on_hand_built_spans(words, label, parts):
    doc = Doc(VOCAB, words=words)
    assert [p.text for p in split_in_place(Span(doc, 0, len(words), label=label))] == parts
