"""Hand-built parses for a facility named after a body's "its" (``kg.kind_nouns.named_facility``:
"its Kloof mine", NER: PERSON, is a place) and the place chain that goes on past the facility's noun
(``kg.relations.place_chains``: "its Kloof mine, in the province of Gauteng" lies in Gauteng)."""

from __future__ import annotations

from hand_docs import make_doc, relations_of
from spacy.tokens import Span

from kg.kind_nouns import named_facility


def _mine(det: str = "its", ent: str = "B-FAC"):
    """"Acme closed <det> Kloof mine , in the province of Gauteng ." """
    words = ["Acme", "closed", det, "Kloof", "mine", ",", "in", "the", "province", "of", "Gauteng", "."]
    return make_doc(words, [1, 1, 4, 4, 1, 1, 1, 8, 6, 8, 9, 1],
                    ["nsubj", "ROOT", "poss" if det != "the" else "det", "compound", "dobj", "punct", "prep", "det",
                     "pobj", "prep", "pobj", "punct"],
                    pos=["PROPN", "VERB", "PRON" if det != "the" else "DET", "PROPN", "NOUN", "PUNCT", "ADP", "DET",
                         "NOUN", "ADP", "PROPN", "PUNCT"],
                    tags=["NNP", "VBD", "PRP$" if det != "the" else "DT", "NNP", "NN", ",", "IN", "DT", "NN", "IN",
                          "NNP", "."],
                    ents=["B-ORG", "O", "O", ent, "O", "O", "O", "O", "O", "O", "B-GPE", "O"],
                    lemmas=["acme", "close", det, "kloof", "mine", ",", "in", "the", "province", "of", "gauteng", "."])


def test_a_name_before_a_facility_noun_after_its_is_a_facility():
    assert named_facility(Span(_mine(), 3, 4)) is not None
    assert named_facility(Span(_mine("the"), 3, 4)) is not None
    assert named_facility(Span(_mine("his"), 3, 4)) is None  # a person's: "his Smith farm"


def test_the_chain_goes_on_past_the_facility_s_noun():
    assert ("Kloof", "located in", "Gauteng", "place_chain") in relations_of(_mine())


def test_a_body_s_facility_named_by_its_is_the_body_s():
    """``kg.relations.nouns.possessive``: "its Kloof mine" names the site, which is the body's."""
    found = relations_of(_mine())
    assert any(h == "Kloof" and r == "mine of" and t == "Acme" for h, r, t, _ in found), found
