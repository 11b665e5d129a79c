"""A company's part owned by "its" after a facility subject is the company's, not the facility's
(``Antecedents`` with ``body_parts.body_part_owned``): "Acme built a plant. The plant is run by
its subsidiary Beta" makes Beta Acme's subsidiary; a brand may have one ("The brand is run by its
subsidiary Beta" stays open)."""

from __future__ import annotations

from hand_docs import make_doc, relations_of as relations
from spacy.tokens import Doc


def _run_by(thing: str = "plant") -> Doc:
    """"Acme built a <thing> . The <thing> is run by its subsidiary Beta ." """
    words = ["Acme", "built", "a", thing, ".", "The", thing, "is", "run", "by", "its", "subsidiary", "Beta", "."]
    heads = [1, 1, 3, 1, 1, 6, 8, 8, 8, 8, 12, 12, 9, 8]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "det", "nsubjpass", "auxpass", "ROOT", "agent", "poss", "compound",
            "pobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "ADP", "PRON", "NOUN", "PROPN", "PUNCT"]
    tags = ["NNP", "VBD", "DT", "NN", ".", "DT", "NN", "VBZ", "VBN", "IN", "PRP$", "NN", "NNP", "."]
    ents = ["B-ORG", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "B-ORG", "O"]
    lemmas = [w.lower() for w in words]
    lemmas[1], lemmas[7], lemmas[8] = "build", "be", "run"
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)


def test_its_subsidiary_after_a_facility_subject_is_the_companys():
    assert any(h == "Beta" and r == "subsidiary of" and t == "Acme" for h, r, t, _ in relations(_run_by()))


def test_a_thing_that_may_own_one_still_blocks_the_reading():
    assert not any(h == "Beta" and r == "subsidiary of" for h, r, _, _ in relations(_run_by("brand")))
