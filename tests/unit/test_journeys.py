"""A journey's traveller read from its clause (``kg.relations.nouns._party_of_clause`` for
``TRAVEL_NOUNS``, asked by the ``nominal`` row), on hand-built parses: "Ana Ruiz is on a visit to
Peru" gives her *visit to* Peru; a visit whose "of" names the traveller is not the subject's."""

from __future__ import annotations

from hand_docs import make_doc, relations_of


def _visit(of_whom: bool) -> list[tuple[str, str, str, str]]:
    """``Ana Ruiz is on a visit to Peru [of Eva Diaz] .``"""
    words = ["Ana", "Ruiz", "is", "on", "a", "visit", "to", "Peru"] + (["of", "Eva", "Diaz"] if of_whom else []) + ["."]
    heads = [1, 2, 2, 2, 5, 3, 5, 6] + ([5, 10, 8] if of_whom else []) + [2]
    deps = ["compound", "nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj"] \
        + (["prep", "compound", "pobj"] if of_whom else []) + ["punct"]
    pos = ["PROPN", "PROPN", "AUX", "ADP", "DET", "NOUN", "ADP", "PROPN"] + (["ADP", "PROPN", "PROPN"] if of_whom else []) \
        + ["PUNCT"]
    tags = ["NNP", "NNP", "VBZ", "IN", "DT", "NN", "IN", "NNP"] + (["IN", "NNP", "NNP"] if of_whom else []) + ["."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-GPE"] + (["O", "B-PERSON", "I-PERSON"] if of_whom else []) \
        + ["O"]
    lemmas = [w.lower() for w in words]
    lemmas[2] = "be"
    doc = make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)
    return [r for r in relations_of(doc) if r[3].startswith("nominal")]


def test_the_subject_on_a_visit_is_the_traveller():
    assert _visit(False) == [("Ana Ruiz", "visit to", "Peru", "nominal")]


def test_a_visit_of_someone_named_is_not_the_subjects():
    assert not [r for r in _visit(True) if r[0] == "Ana Ruiz"]
