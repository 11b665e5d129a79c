"""``own_conjunct`` on hand-built parses: a participle after a conjunct with its own determiner
modifies that conjunct alone; a bare list of names or a comma before it shares it."""

from __future__ import annotations

from kg.relations.tokens import own_conjunct
from tests.unit.hand_docs import make_doc

#: "the Patrol and the Unit stationed in Berlin" with "stationed" hung on "Unit".
WORDS = ["the", "Patrol", "and", "the", "Unit", "stationed", "in", "Berlin"]
HEADS = [1, 1, 1, 4, 1, 4, 5, 6]
DEPS = ["det", "ROOT", "cc", "det", "conj", "acl", "prep", "pobj"]
TAGS = ["DT", "NNP", "CC", "DT", "NNP", "VBN", "IN", "NNP"]


def test_a_later_conjunct_with_its_own_determiner_keeps_the_participle():
    doc = make_doc(WORDS, HEADS, DEPS, tags=TAGS)
    assert own_conjunct(doc[5])


def test_a_bare_list_of_names_shares_it():
    # "Patrol and Unit stationed in Berlin"
    doc = make_doc(["Patrol", "and", "Unit", "stationed", "in", "Berlin"], [0, 0, 0, 2, 3, 4],
                   ["ROOT", "cc", "conj", "acl", "prep", "pobj"], tags=["NNP", "CC", "NNP", "VBN", "IN", "NNP"])
    assert not own_conjunct(doc[3])


def test_a_comma_before_the_participle_shares_it():
    # "the Patrol and the Unit , stationed in Berlin"
    doc = make_doc(["the", "Patrol", "and", "the", "Unit", ",", "stationed", "in", "Berlin"],
                   [1, 1, 1, 4, 1, 4, 4, 6, 7], ["det", "ROOT", "cc", "det", "conj", "punct", "acl", "prep", "pobj"],
                   tags=["DT", "NNP", "CC", "DT", "NNP", ",", "VBN", "IN", "NNP"])
    assert not own_conjunct(doc[6])


def test_a_participle_inside_the_first_conjunct_is_its_own():
    # "the Unit stationed in Berlin and the Patrol"
    doc = make_doc(["the", "Unit", "stationed", "in", "Berlin", "and", "the", "Patrol"], [1, 1, 1, 2, 3, 1, 7, 1],
                   ["det", "ROOT", "acl", "prep", "pobj", "cc", "det", "conj"],
                   tags=["DT", "NNP", "VBN", "IN", "NNP", "CC", "DT", "NNP"])
    assert own_conjunct(doc[2])


def test_no_list_no_question():
    doc = make_doc(["the", "Unit", "stationed", "in", "Berlin"], [1, 1, 1, 2, 3], ["det", "ROOT", "acl", "prep", "pobj"],
                   tags=["DT", "NNP", "VBN", "IN", "NNP"])
    assert not own_conjunct(doc[2])
