"""A body's name before a member's role and name (``kg.member_bodies``), on the real model
(sentences written for these tests): a band NER missed or mistyped is an organisation, and the
``title`` rule reads the membership; a word of rank, a people, a country or a known city is not
made a body."""

from __future__ import annotations

import pytest

from tests.conftest import triple_rules


@pytest.mark.parametrize("text, head, relation, tail", [
    # NER finds no name: "Radiohead" JJ, "Fall Out Boy" VB RP NNP
    ("Radiohead guitarist Jonny Greenwood wrote the score for the film.", "Jonny Greenwood", "guitarist of", "Radiohead"),
    ("Fall Out Boy bassist Pete Wentz explained that the book was a favourite.", "Pete Wentz", "bassist of",
     "Fall Out Boy"),
    ("It was co-written by Blink-182 bassist Mark Hoppus.", "Mark Hoppus", "bassist of", "Blink-182"),
    # NER types the body a place or a person
    ("He met Veltrix spokeswoman Ana Ruiz in Lima on Monday.", "Ana Ruiz", "spokeswoman of", "Veltrix"),
    # a town's name opening its sentence is the side's (NER: no name, or PRODUCT)
    ("Leeds United signed Rafael Monteiro on Wednesday. Leeds manager Daniel Farke said the fee was fair. "
     "The deal follows the departure of Leeds striker Patrick Bamford.", "Daniel Farke", "manager of", "Leeds"),
])
def test_a_body_before_a_members_role(extract, text, head, relation, tail):
    result, _ = extract(text)
    assert {m.type for m in result.mentions if m.text == tail} == {"ORG"}
    assert (head, relation, tail) in triple_rules(extract, text)


@pytest.mark.parametrize("text, word", [
    ("Veteran guitarist Jonny Greenwood wrote the score for the film.", "Veteran"),  # an English word opens it
    ("The album features Cuban-American singer Gloria Estefan on two songs.", "American"),  # a people
    ("Moscow spokeswoman Maria Zakharova rejected the claim on Monday.", "Moscow"),  # a known city
])
def test_no_body_from_a_word_of_rank_a_people_or_a_city(extract, text, word):
    result, _ = extract(text)
    assert not any(word in m.text and m.type == "ORG" for m in result.mentions), \
        [(m.text, m.type) for m in result.mentions]
