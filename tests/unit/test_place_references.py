"""A definite place noun as a reference back (``kg.relations.pronouns`` ``described``, read by
``kg.relations.place_chains.named_place``): "the province of Aceh" ... "the capital of the
province" is Aceh's capital. Hand-built parses, and parses on which it must stay silent."""

from __future__ import annotations

from hand_docs import make_doc, relations_of as relations
from spacy.tokens import Doc


def _capital(first: str, second: str = "Aceh") -> Doc:
    """"Floods hit {first} . Banda Aceh , the capital of the province , was calm ." ``first`` is
    "the province of Aceh", "the largest province of Aceh" or, to name no province, "Riau and Aceh"."""
    if first.endswith("province of Aceh"):
        largest = first == "the largest province of Aceh"
        words = ["Floods", "hit", "the", *(["largest"] if largest else []), "province", "of", second, "."]
        heads = [1, 1, 4, 4, 1, 4, 5, 1] if largest else [1, 1, 3, 1, 3, 4, 1]
        deps = ["nsubj", "ROOT", "det", *(["amod"] if largest else []), "dobj", "prep", "pobj", "punct"]
        pos = ["NOUN", "VERB", "DET", *(["ADJ"] if largest else []), "NOUN", "ADP", "PROPN", "PUNCT"]
        ents = ["O", "O", "O", *(["O"] if largest else []), "O", "O", "B-GPE", "O"]
    else:
        words = ["Floods", "hit", "Riau", "and", second, "."]
        heads, deps = [1, 1, 1, 2, 2, 1], ["nsubj", "ROOT", "dobj", "cc", "conj", "punct"]
        pos = ["NOUN", "VERB", "PROPN", "CCONJ", "PROPN", "PUNCT"]
        ents = ["O", "O", "B-GPE", "O", "B-GPE", "O"]
    n = len(words)
    words += ["Banda", "Aceh", ",", "the", "capital", "of", "the", "province", ",", "was", "calm", "."]
    heads += [n + 1, n + 9, n + 1, n + 4, n + 1, n + 4, n + 7, n + 5, n + 1, n + 9, n + 9, n + 9]
    deps += ["compound", "nsubj", "punct", "det", "appos", "prep", "det", "pobj", "punct", "ROOT", "acomp", "punct"]
    pos += ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "AUX", "ADJ", "PUNCT"]
    ents += ["B-GPE", "I-GPE", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O"]
    tags = {"NOUN": "NN", "PROPN": "NNP", "VERB": "VBD", "AUX": "VBD", "DET": "DT", "ADP": "IN", "ADJ": "JJ",
            "CCONJ": "CC", "PUNCT": "."}
    return make_doc(words, heads, deps, pos=pos, tags=[tags[p] for p in pos], ents=ents,
                    lemmas=["be" if w == "was" else "hit" if w == "hit" else w.lower() for w in words])


def test_the_province_is_the_place_the_text_called_a_province():
    """Banda Aceh, the subject the reference stands inside, is no rival for "the province"."""
    assert ("Banda Aceh", "capital of", "Aceh", "class_noun+antecedent") in relations(_capital("the province of Aceh"))


def test_no_place_called_a_province_is_no_reference():
    assert not any(r[1] == "capital of" for r in relations(_capital("Riau and Aceh")))
    # "the second largest city of Estonia" is a city in Estonia, not Estonia called a city
    assert not any(r[1] == "capital of" for r in relations(_capital("the largest province of Aceh")))
