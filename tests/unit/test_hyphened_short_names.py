"""Hand-built parses for the first part of a hyphened company's name NER read as a place
(``kg.kind_nouns.company_short_form``: "Sibanye" beside "Sibanye-Stillwater" is the company), not a
city of the gazetteer ("Baden" beside "Baden-Airpark" stays the town)."""

from __future__ import annotations

from hand_docs import make_doc
from spacy.tokens import Span

from kg.kind_nouns import company_short_form


def _story(long: str, short: str):
    """"<long> posted a loss . <short> shares fell ." with the long name an ORG, the short a GPE."""
    words = [long, "posted", "a", "loss", ".", short, "shares", "fell", "."]
    return make_doc(words, [1, 1, 3, 1, 1, 6, 7, 7, 7],
                    ["nsubj", "ROOT", "det", "dobj", "punct", "compound", "nsubj", "ROOT", "punct"],
                    pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "NOUN", "VERB", "PUNCT"],
                    tags=["NNP", "VBD", "DT", "NN", ".", "NNP", "NNS", "VBD", "."],
                    ents=["B-ORG", "O", "O", "O", "O", "B-GPE", "O", "O", "O"])


def test_the_first_part_of_a_hyphened_company_name_is_the_company():
    assert company_short_form(Span(_story("Zelmar-Dorff", "Zelmar"), 5, 6, label="GPE"))


def test_a_city_before_the_hyphen_stays_a_place():
    assert not company_short_form(Span(_story("Baden-Airpark", "Baden"), 5, 6, label="GPE"))
