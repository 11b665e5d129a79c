"""An office and its holder NER read into one name with the place before it (``kg.office_inside``)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from kg.lexicon.english import english_lexicon
from kg.office_inside import split_at_acronym, split_at_office

_NLP = spacy.blank("en")


def pieces(text: str) -> list[tuple[str, str]]:
    doc = _NLP(text)
    return [(s.text, s.label_) for s in split_at_office(Span(doc, 0, len(doc), label="ORG"), english_lexicon())]


@pytest.mark.parametrize("text, expected", [
    ("Piura Governor Jorge Quispe Mamani", [("Piura", "GPE"), ("Jorge Quispe Mamani", "PERSON")]),
    ("Tenryu Holdings Chairman Hiroshi Nagano", [("Tenryu Holdings", "ORG"), ("Hiroshi Nagano", "PERSON")]),
    ("Townsville Mayor Janet Kirkby", [("Townsville", "GPE"), ("Janet Kirkby", "PERSON")]),
    ("Rize Province Governor Hasan Çelebi", [("Rize Province", "GPE"), ("Hasan Çelebi", "PERSON")]),
    ("Hanbit Steel President Choi Min-jae", [("Hanbit Steel", "ORG"), ("Choi Min-jae", "PERSON")]),
])
def test_an_office_inside_a_name_cuts_it_into_the_place_or_body_and_the_holder(text, expected):
    assert pieces(text) == expected


@pytest.mark.parametrize("text", [
    "Party Committee Secretary General Office",   # English words after the office: no person
    "Vice President Kamala Harris",               # nothing but a title before the office
    "Foreign Minister Wang Yi",
    "Foreign Minister Wang",                      # one word after it
    "Ministry of Finance Secretary",              # nothing after it
    "Wenzhou Municipal Party Committee",          # no office
])
def test_no_cut_without_a_place_an_office_and_a_persons_name(text):
    doc = _NLP(text)
    assert pieces(text) == [(doc.text, "ORG")]


def acronym_pieces(text: str) -> list[tuple[str, str]]:
    doc = _NLP(text)
    return [(s.text, s.label_) for s in split_at_acronym(Span(doc, 0, len(doc), label="ORG"), english_lexicon())]


@pytest.mark.parametrize("text, expected", [
    ("PAD Ousmane Diallo", [("Ousmane Diallo", "PERSON"), ("PAD", "ORG")]),       # no English word in the name
    ("the PAD Ousmane Diallo", [("Ousmane Diallo", "PERSON"), ("PAD", "ORG")]),   # NER's article
    ("EEMM Margaret Hope", [("Margaret Hope", "PERSON"), ("EEMM", "ORG")]),       # a given name first
])
def test_an_acronym_before_a_persons_name_cuts_it_into_the_body_and_the_person(text, expected):
    assert acronym_pieces(text) == expected


@pytest.mark.parametrize("text", [
    "NASA Ames Research Center",   # a body's word
    "BBC Radio Four",              # English words, no given name
    "PT Pertamina Persero",        # a legal form written first
    "HMS Royal Oak",               # a ship
    "TD Padraig Hurley",           # a member's title
    "the First World War",         # no acronym: as it came, article and all
])
def test_no_cut_without_an_acronym_and_a_persons_name(text):
    doc = _NLP(text)
    assert acronym_pieces(text) == [(doc.text, "ORG")]

