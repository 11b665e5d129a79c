"""A definite description by the last word of a body's name stands for that body
(``BODY_HEAD_WORDS`` in ``Antecedents.description_nouns``): "the Arab League ... the chairman of
the league, X" is the League's chairman; "the federation" is not the League."""

from __future__ import annotations

from hand_docs import make_doc, relations_of as relations
from spacy.tokens import Doc


def _league(last: str = "League", etype: str = "ORG", noun: str | None = None) -> Doc:
    """"Envoys visited the Arab <last> . The chairman of the <noun> , Ahmed Gheit , spoke ." """
    low = noun or last.lower()
    words = ["Envoys", "visited", "the", "Arab", last, ".", "The", "chairman", "of", "the", low, ",", "Ahmed",
             "Gheit", ",", "spoke", "."]
    heads = [1, 1, 4, 4, 1, 1, 7, 15, 7, 10, 8, 10, 13, 10, 7, 15, 15]
    deps = ["nsubj", "ROOT", "det", "compound", "dobj", "punct", "det", "nsubj", "prep", "det", "pobj", "punct",
            "compound", "appos", "punct", "ROOT", "punct"]
    pos = ["NOUN", "VERB", "DET", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "PROPN",
           "PROPN", "PUNCT", "VERB", "PUNCT"]
    tags = ["NNS", "VBD", "DT", "NNP", "NNP", ".", "DT", "NN", "IN", "DT", "NN", ",", "NNP", "NNP", ",", "VBD", "."]
    ents = ["O", "O", "O", f"B-{etype}", f"I-{etype}", "O", "O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON",
            "O", "O", "O"]
    lemmas = [w.lower() for w in words]
    lemmas[1], lemmas[15] = "visit", "speak"
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)


def test_a_bodys_last_word_as_a_definite_noun_is_that_body():
    assert any(h == "Ahmed Gheit" and r == "chairman of" and t == "Arab League" for h, r, t, _ in relations(_league()))


def test_no_body_for_another_noun():
    assert not any(t == "Arab League" for _, r, t, _ in relations(_league(noun="federation")) if r == "chairman of")
