"""``kg.relations.object_nouns`` on hand-built parses: the other party of an object's kind or goods
is the object's ("signed a contract of partnership with Eni", "an order for jets with Boeing"), and
the kind's other prepositions are not ("a contract of supply for Eni" says nothing of a party); and
a company's board stands for the company in a copula's complement ("He was chairman of the board
of Rosneft", ``kg.relations.copula_rows``)."""

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


def _order(prep: str = "for"):
    """"Skyline placed an order <prep> jets with Boeing ." with "with" on "jets"."""
    words = ["Skyline", "placed", "an", "order", prep, "jets", "with", "Boeing", "."]
    return make_doc(words, [1, 1, 3, 1, 3, 4, 5, 6, 1],
                    ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
                    pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
                    tags=["NNP", "VBD", "DT", "NN", "IN", "NNS", "IN", "NNP", "."],
                    ents=["B-ORG", "O", "O", "O", "O", "O", "O", "B-ORG", "O"],
                    lemmas=["skyline", "place", "an", "order", prep, "jet", "with", "boeing", "."])


def test_the_party_of_an_objects_goods_is_the_objects():
    """"placed an order for 20 aircraft with Embraer": the parser hangs the party on the goods."""
    assert ("Skyline", "placed order with", "Boeing", "object_prep") in relations_of(_order())
    assert not any(r[2] == "Boeing" for r in relations_of(_order("after")))


def _chairman(of: str = "board"):
    """"Petrov joined Lukoil . He was chairman of the <of> of Rosneft ."."""
    words = ["Petrov", "joined", "Lukoil", ".", "He", "was", "chairman", "of", "the", of, "of", "Rosneft", "."]
    return make_doc(words, [1, 1, 1, 1, 5, 5, 5, 6, 9, 7, 9, 10, 5],
                    ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "attr", "prep", "det", "pobj", "prep", "pobj", "punct"],
                    pos=["PROPN", "VERB", "PROPN", "PUNCT", "PRON", "AUX", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                    tags=["NNP", "VBD", "NNP", ".", "PRP", "VBD", "NN", "IN", "DT", "NN", "IN", "NNP", "."],
                    ents=["B-PERSON", "O", "B-ORG", "O", "O", "O", "O", "O", "O", "O", "O", "B-ORG", "O"],
                    lemmas=["petrov", "join", "lukoil", ".", "he", "be", "chairman", "of", "the", of, "of", "rosneft", "."])


def test_the_chairman_of_a_companys_board_is_the_companys():
    """``copula`` (``kg.relations.copula_rows``): "He was chairman of the board of Rosneft" → chairman of Rosneft."""
    assert ("Petrov", "chairman of", "Rosneft", "copula+antecedent") in relations_of(_chairman())
    assert not any(r[2] == "Rosneft" and r[1] == "chairman of" for r in relations_of(_chairman("subsidiary")))
