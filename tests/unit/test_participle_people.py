"""Hand-built parses for a participle of a person's life set off after an apposition's "of" phrase
(``kg.relations.participles.person_described``: "Ivan Espinosa, the chief officer of the company,
born in Mexico" is Espinosa's birthplace) and on a body's noun with no name to carry it to
(``body_born``: no company is born)."""

from __future__ import annotations

from hand_docs import make_doc, relations_of

from kg.relations.participles import body_born, person_described


def _espinosa(participle: str = "born", head_name: bool = True):
    """"[Ivan Espinosa | The board] , the chief officer of the company , <participle> in Mexico , spoke ."."""
    first = ["Ivan", "Espinosa"] if head_name else ["The", "board"]
    words = first + [",", "the", "chief", "officer", "of", "the", "company", ",", participle, "in", "Mexico", ",",
                     "spoke", "."]
    heads = [1, 15, 1, 5, 5, 1, 5, 8, 6, 8, 8, 10, 11, 1, 15, 15]
    deps = ["compound" if head_name else "det", "nsubj", "punct", "det", "amod", "appos", "prep", "det", "pobj",
            "punct", "acl", "prep", "pobj", "punct", "ROOT", "punct"]
    pos = ["PROPN" if head_name else "DET", "PROPN" if head_name else "NOUN", "PUNCT", "DET", "ADJ", "NOUN", "ADP",
           "DET", "NOUN", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"]
    tags = ["NNP" if head_name else "DT", "NNP" if head_name else "NN", ",", "DT", "JJ", "NN", "IN", "DT", "NN", ",",
            "VBN", "IN", "NNP", ",", "VBD", "."]
    ents = (["B-PERSON", "I-PERSON"] if head_name else ["O", "O"]) + ["O"] * 10 + ["B-GPE", "O", "O", "O"]
    lemmas = [w.lower() for w in words]
    lemmas[10], lemmas[14] = "bear" if participle == "born" else participle, "speak"
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)


def test_born_after_an_apposition_s_of_phrase_is_the_named_person_s():
    doc = _espinosa()
    assert person_described(doc[10]).i == 1
    assert ("Ivan Espinosa", "born in", "Mexico", "prep") in relations_of(doc)


def test_born_on_a_body_s_noun_is_nobody_s():
    doc = _espinosa(head_name=False)
    assert person_described(doc[10]) is None and body_born(doc[10])
    assert not any(t == "Mexico" for _, _, t, _ in relations_of(doc))


def test_a_participle_of_no_life_stays_the_noun_s():
    doc = _espinosa("based")
    assert person_described(doc[10]) is None and not body_born(doc[10])
