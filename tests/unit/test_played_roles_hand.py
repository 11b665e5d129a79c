"""``as_role`` with a verb of acting and ``role_as`` on a role noun, on hand-built parses: who played
which character, and nothing when the ``as`` object is a place or the verb no verb of acting."""

from __future__ import annotations

import pytest
from hand_docs import make_doc, relations_of as relations
from spacy.tokens import Doc


def _appeared(verb: str, kind: str) -> Doc:
    """``Tom Baker {verb} as Jack Ryan .`` with the character's NER type ``kind``."""
    words = ["Tom", "Baker", verb, "as", "Jack", "Ryan", "."]
    return make_doc(words, [1, 2, 2, 2, 5, 3, 2], ["compound", "nsubj", "ROOT", "prep", "compound", "pobj", "punct"],
                    pos=["PROPN", "PROPN", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"],
                    tags=["NNP", "NNP", "VBD", "IN", "NNP", "NNP", "."],
                    lemmas=["tom", "baker", {"appeared": "appear", "served": "serve"}[verb], "as", "jack", "ryan", "."],
                    ents=["B-PERSON", "I-PERSON", "O", "O", f"B-{kind}", f"I-{kind}", "O"])


def test_an_acting_verb_with_as_and_a_name_says_who_played_whom():
    assert ("Tom Baker", "played", "Jack Ryan", "as_role") in relations(_appeared("appeared", "PERSON"))


@pytest.mark.parametrize("verb, kind", [("served", "PERSON"), ("appeared", "GPE")])
def test_no_character_without_an_acting_verb_or_with_a_place(verb, kind):
    assert [r for r in relations(_appeared(verb, kind)) if r[1] == "played"] == []


def _role(owner: str) -> Doc:
    """``{owner} role as Jack Ryan was praised .``"""
    words = [owner, "'s", "role", "as", "Jack", "Ryan", "was", "praised", "."]
    return make_doc(words, [2, 0, 7, 2, 5, 3, 7, 7, 7],
                    ["poss", "case", "nsubjpass", "prep", "compound", "pobj", "auxpass", "ROOT", "punct"],
                    pos=["PROPN", "PART", "NOUN", "ADP", "PROPN", "PROPN", "AUX", "VERB", "PUNCT"],
                    tags=["NNP", "POS", "NN", "IN", "NNP", "NNP", "VBD", "VBN", "."],
                    ents=["B-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"])


def test_the_owner_of_a_role_played_the_character_after_as():
    assert ("Baker", "played", "Jack Ryan", "role_as") in relations(_role("Baker"))


def _bracket(noun: str) -> Doc:
    """``The {noun} Jack Ryan ( Tom Baker ) returned .``"""
    words = ["The", noun, "Jack", "Ryan", "(", "Tom", "Baker", ")", "returned", "."]
    return make_doc(words, [1, 8, 3, 1, 3, 6, 3, 3, 8, 8],
                    ["det", "nsubj", "compound", "appos", "punct", "compound", "appos", "punct", "ROOT", "punct"],
                    pos=["DET", "NOUN", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"],
                    ents=["O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O"])


def test_an_actor_in_brackets_after_a_character():
    assert ("Tom Baker", "played", "Jack Ryan", "played_by") in relations(_bracket("character"))


def test_no_actor_in_brackets_without_a_word_of_acting():
    assert [r for r in relations(_bracket("prophet")) if r[3] == "played_by"] == []
