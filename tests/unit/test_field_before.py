"""An office's noun whose "of" field runs right up to the holder's name describes the holder as a
title right before the name would (``kg.relations.describing._field_before``): "The Egyptian
Minister of Energy Badr Abdelatty" is an Egyptian; not after a noun that is no role."""

from __future__ import annotations

from hand_docs import make_doc, relations_of as relations
from spacy.tokens import Doc


def _minister(office: str = "Minister", office_pos: str = "PROPN") -> Doc:
    """"The Egyptian <office> of Energy Badr Abdelatty spoke ." (the name hung on the office)."""
    words = ["The", "Egyptian", office, "of", "Energy", "Badr", "Abdelatty", "spoke", "."]
    return make_doc(words, [2, 2, 7, 2, 3, 6, 2, 7, 7],
                    ["det", "amod", "nsubj", "prep", "pobj", "compound", "appos", "ROOT", "punct"],
                    pos=["DET", "ADJ", office_pos, "ADP", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
                    tags=["DT", "JJ", "NNP" if office_pos == "PROPN" else "NN", "IN", "NNP", "NNP", "NNP", "VBD", "."],
                    ents=["O", "B-NORP", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"],
                    lemmas=["the", "egyptian", office.lower(), "of", "energy", "badr", "abdelatty", "speak", "."])


def test_an_offices_people_word_is_its_holders_nationality():
    assert ("Badr Abdelatty", "nationality", "Egyptian", "nationality") in relations(_minister())


def test_no_nationality_through_a_noun_that_is_no_role():
    assert not any(r[1] == "nationality" for r in relations(_minister("house", "NOUN")))
