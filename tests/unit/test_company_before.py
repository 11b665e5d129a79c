""""The company" with no subject to carry on is the only company of the sentence before, and only
when that sentence names none, the only one the text named before (``Antecedents.previous``):
"… by Xinhua . Profits rose at Acme . The company , based in Paris , grew" is Acme's."""

from __future__ import annotations

from hand_docs import make_doc, relations_of as relations
from spacy.tokens import Doc


def _company() -> Doc:
    """"It was reported by Xinhua . Profits rose at Acme . The company , based in Paris , grew ." """
    words = ["It", "was", "reported", "by", "Xinhua", ".", "Profits", "rose", "at", "Acme", ".", "The", "company", ",",
             "based", "in", "Paris", ",", "grew", "."]
    heads = [2, 2, 2, 2, 3, 2, 7, 7, 7, 8, 7, 12, 18, 12, 12, 14, 15, 12, 18, 18]
    deps = ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct", "nsubj", "ROOT", "prep", "pobj", "punct", "det",
            "nsubj", "punct", "acl", "prep", "pobj", "punct", "ROOT", "punct"]
    pos = ["PRON", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN",
           "PUNCT", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"]
    tags = ["PRP", "VBD", "VBN", "IN", "NNP", ".", "NNS", "VBD", "IN", "NNP", ".", "DT", "NN", ",", "VBN", "IN", "NNP",
            ",", "VBD", "."]
    ents = ["O", "O", "O", "O", "B-ORG", "O", "O", "O", "O", "B-ORG", "O", "O", "O",
            "O", "O", "O", "B-GPE", "O", "O", "O"]
    lemmas = [w.lower() for w in words]
    lemmas[1], lemmas[2], lemmas[7], lemmas[14], lemmas[18] = "be", "report", "rise", "base", "grow"
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)


def test_the_company_is_the_one_the_sentence_before_names_first():
    assert any(h == "Acme" and r == "based in" and t == "Paris" for h, r, t, _ in relations(_company()))
    assert not any(h == "Xinhua" and r == "based in" for h, r, _, _ in relations(_company()))
