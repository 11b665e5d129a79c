"""``kg.relations.object_nouns`` on hand-built parses: the other party of an object's kind is the
object's ("signed a contract of partnership with Eni"), and the kind's other prepositions are not
("a contract of supply for Eni" says nothing of a party)."""

from __future__ import annotations

from hand_docs import make_doc, relations_of


def _contract(prep: str = "with"):
    """"Sonatrach signed a contract of partnership <prep> Eni ." with "<prep>" on "partnership"."""
    words = ["Sonatrach", "signed", "a", "contract", "of", "partnership", prep, "Eni", "."]
    return make_doc(words, [1, 1, 3, 1, 3, 4, 5, 6, 1],
                    ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
                    pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
                    tags=["NNP", "VBD", "DT", "NN", "IN", "NN", "IN", "NNP", "."],
                    ents=["B-ORG", "O", "O", "O", "O", "O", "O", "B-ORG", "O"],
                    lemmas=["sonatrach", "sign", "a", "contract", "of", "partnership", prep, "eni", "."])


def test_the_party_of_an_objects_kind_is_the_objects():
    assert ("Sonatrach", "signed contract with", "Eni", "object_prep") in relations_of(_contract())
    assert not any(r[2] == "Eni" for r in relations_of(_contract("for")))
