"""A participle on a kind noun's bare "of" object is said of the thing the kind describes
(``arguments.kind_of``): "Corona is a brand of beer produced by Modelo" is Corona produced by
Modelo; not after another noun ("a fan of beer") nor an object with its own determiner."""

from __future__ import annotations

from hand_docs import make_doc, relations_of as relations
from spacy.tokens import Doc


def _brand(kind: str = "brand", det: str | None = None) -> Doc:
    """"Corona is a <kind> of [det] beer produced by Modelo ." (the participle on "beer")."""
    words = ["Corona", "is", "a", kind, "of"] + ([det] if det else []) + ["beer", "produced", "by", "Modelo", "."]
    b = 5 + bool(det)  # index of "beer"
    heads = [1, 1, 3, 1, 3] + ([b] if det else []) + [4, b, b + 1, b + 2, 1]
    deps = ["nsubj", "ROOT", "det", "attr", "prep"] + (["det"] if det else []) + ["pobj", "acl", "agent", "pobj", "punct"]
    pos = ["PROPN", "AUX", "DET", "NOUN", "ADP"] + (["DET"] if det else []) + ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"]
    tags = ["NNP", "VBZ", "DT", "NN", "IN"] + (["DT"] if det else []) + ["NN", "VBN", "IN", "NNP", "."]
    ents = ["B-ORG", "O", "O", "O", "O"] + (["O"] if det else []) + ["O", "O", "O", "B-ORG", "O"]
    lemmas = [w.lower() for w in words]
    lemmas[1], lemmas[b + 1] = "be", "produce"
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)


def test_a_participle_on_a_kinds_object_is_said_of_the_thing_described():
    assert ("Modelo", "produced", "Corona", "passive") in relations(_brand())
    assert ("Modelo", "produced", "Corona", "passive") in relations(_brand("species"))


def test_no_such_reading_after_another_noun_or_a_determined_object():
    for doc in (_brand("fan"), _brand(det="the")):
        assert not any(r[0] == "Modelo" and r[2] == "Corona" for r in relations(doc)), doc.text
