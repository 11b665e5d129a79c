"""Names told by their NER label or their letters (kg.shaped), a person list NER ran over a
comma, continent peoples and a people's adjective run into a person's name (kg.two_peoples), a
number after a name (kg.name_numbers):
hand-built Docs, so each rule is tested on exactly the parse it was written for."""

from __future__ import annotations

import pytest
import spacy
from hand_docs import make_doc
from spacy.tokens import Doc, Span

from kg.model import NODE_TYPES
from kg.name_numbers import numbered_name
from kg.shaped import LANGUAGE_TYPE, name_label, shaped_names
from kg.two_peoples import split_listed_people, split_two_peoples

VOCAB = spacy.blank("en").vocab
LEX = frozenset({"phd", "the", "runs", "on", "and", "in", "he", "was", "born", "test", "hard", "under", "top"})


def _doc(words: list[str], ents: list[str] | None = None, pos: list[str] | None = None) -> Doc:
    return Doc(VOCAB, words=words, ents=ents, pos=pos, sent_starts=[1] + [-1] * (len(words) - 1))


@pytest.mark.parametrize("label, expected", [
    ("ORG", "ORG"), ("LANGUAGE", LANGUAGE_TYPE), ("DATE", None), ("CARDINAL", None),
])
def test_a_language_is_a_peoples_name_and_a_value_is_none(label, expected):
    doc = _doc(["He", "spoke", "English"], ents=["O", "O", f"B-{label}"])
    assert name_label(doc.ents[0], NODE_TYPES) == expected


@pytest.mark.parametrize("words, ents, names", [
    (["He", "attended", "E3", "2002", "."], ["O", "O", "B-DATE", "I-DATE", "O"], ["E3 2002"]),
    (["It", "signed", "with", "4AD", "."], ["O", "O", "O", "B-CARDINAL", "O"], ["4AD"]),
    # a count before the name is no part of it
    (["It", "ordered", "20", "A350", "jets"], ["O", "O", "B-CARDINAL", "I-CARDINAL", "O"], ["A350"]),
    (["It", "runs", "on", "iOS", "and", "macOS", "."], None, ["iOS", "macOS"]),
    (["He", "toured", "as", "KylieX2008", "."], None, ["KylieX2008"]),
    (["He", "played", "Twenty20", "for", "S4C", "."], None, ["Twenty20", "S4C"]),
    (["On", "the", "3rd", "in", "mid-'70s", "."], None, []),
    (["It", "cost", "$", "6B", "for", "a", "5A", "school"], ["O", "O", "B-MONEY", "I-MONEY", "O", "O", "B-CARDINAL", "O"], []),
    # values in digits and lower case, plurals of acronyms, English words: nothing
    (["In", "the", "1990s", "and", "5th", "year"], ["O", "O", "B-DATE", "O", "B-ORDINAL", "O"], []),
    (["Two", "CPUs", "and", "MPs", "met"], ["B-CARDINAL", "O", "O", "O", "O"], []),
    (["He", "has", "a", "PhD", "."], None, []),
    (["He", "was", "born", "in", "d'Art", "."], None, []),
    # four capitals or more, no English word nor a common abbreviation; not beside other capitals
    (["He", "studied", "at", "INSEAD", "in", "France", "."], None, ["INSEAD"]),
    (["The", "TEST", "was", "HARD", "."], None, []),
    (["PM", "VISITS", "KABUL", "today"], None, []),
    # a capitalised word of no English with a number hyphened on; not an English word so
    (["The", "probe", "Chang'e-6", "and", "Shenzhou-17", "landed", "."], None, ["Chang'e-6", "Shenzhou-17"]),
    (["The", "Under-21", "and", "Top-10", "runs", "."], None, []),
])
def test_names_by_their_shape(words, ents, names):
    doc = _doc(words, ents=ents)
    assert [s.text for s in shaped_names(doc, [False] * len(doc), LEX)] == names


def test_a_shaped_word_already_taken_is_not_offered_again():
    doc = _doc(["It", "runs", "on", "iOS", "."])
    taken = [False, False, False, True, False]
    assert list(shaped_names(doc, taken, LEX)) == []


def _person(words: list[str], pos: list[str]) -> Span:
    doc = _doc(words, pos=pos)
    return Span(doc, 0, len(doc), label="PERSON")


@pytest.mark.parametrize("words, pos, parts", [
    (["Jai", ",", "Swathi"], ["PROPN", "PUNCT", "PROPN"], ["Jai", "Swathi"]),
    (["Jai", ",", "Swathi", ",", "Ganja", "Karuppu"], ["PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PROPN"],
     ["Jai", "Swathi", "Ganja Karuppu"]),
    (["Martin", "Luther", "King", ",", "Jr"], ["PROPN"] * 3 + ["PUNCT", "PROPN"], ["Martin Luther King , Jr"]),
    (["John", "Smith", ",", "III"], ["PROPN", "PROPN", "PUNCT", "PROPN"], ["John Smith , III"]),
    (["John", "Smith"], ["PROPN", "PROPN"], ["John Smith"]),
])
def test_a_person_span_over_a_comma_is_a_list_of_people(words, pos, parts):
    span = _person(words, pos)
    assert [p.text for p in split_listed_people(span)] == parts
    assert [p.text for p in split_two_peoples(span)] == parts


@pytest.mark.parametrize("words, parts", [
    (["African", "Americans"], ["African", "Americans"]),
    (["European", "Canadians"], ["European", "Canadians"]),
    (["Christian", "Democrats"], ["Christian Democrats"]),  # no people's word first
])
def test_a_continents_people_starts_two_peoples(words, parts):
    doc = _doc(words)
    assert [p.text for p in split_two_peoples(Span(doc, 0, len(doc), label="NORP"))] == parts


@pytest.mark.parametrize("words, parts", [
    (["the", "Kenyan", "Ruth", "Chepngetich"], [("Kenyan", "NORP"), ("Ruth Chepngetich", "PERSON")]),
    (["Kenyan", "Ruth", "Chepngetich"], [("Kenyan", "NORP"), ("Ruth Chepngetich", "PERSON")]),
    # a body's word, no given name first, an English word last: the name stays whole
    (["the", "Kenyan", "Ruth", "Airlines"], [("the Kenyan Ruth Airlines", "ORG")]),
    (["the", "Saudi", "Aramco", "Chepngetich"], [("the Saudi Aramco Chepngetich", "ORG")]),
    (["the", "Dutch", "Royal", "Shell"], [("the Dutch Royal Shell", "ORG")]),
])
def test_a_peoples_adjective_ner_ran_into_a_persons_name_is_the_nationality(words, parts):
    """"ahead of the Kenyan Ruth Chepngetich" (NER: one body)."""
    doc = _doc(words, pos=["DET" if w == "the" else "PROPN" for w in words])
    split = split_two_peoples(Span(doc, 0, len(doc), label="ORG"))
    assert [(p.text, p.label_) for p in split] == parts


@pytest.mark.parametrize("words, pos, i, numbered", [
    (["under", "Duke", "Léopold", "I", ",", "and"], ["ADP", "PROPN", "PROPN", "PROPN", "PUNCT", "CCONJ"], 3, True),
    (["Pharasmanes", "I", "in", "Iberia"], ["PROPN", "PRON", "ADP", "PROPN"], 1, True),
    (["Rocky", "II", "was", "made"], ["PROPN", "PROPN", "AUX", "VERB"], 1, True),
    (["At", "Google", "I", "worked"], ["ADP", "PROPN", "PRON", "VERB"], 2, False),  # the pronoun
    (["the", "war", "I", ",", "then"], ["DET", "NOUN", "PRON", "PUNCT", "ADV"], 2, False),  # no proper noun
])
def test_a_number_after_a_name(words, pos, i, numbered):
    doc = make_doc(words, list(range(len(words))), ["dep"] * len(words), pos=pos)
    assert numbered_name(doc, i) is numbered


def test_a_word_in_capitals_spelling_a_named_bodys_initials_is_that_bodys_name():
    """"WHO spokesman X said" after "the World Health Organization": the tagger's pronoun."""
    words = ["The", "World", "Health", "Organization", "met", ".", "WHO", "staff", "spoke", "."]
    doc = Doc(VOCAB, words=words, ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "O"],
              pos=["DET", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "PRON", "NOUN", "VERB", "PUNCT"],
              sent_starts=[1, -1, -1, -1, -1, -1, 1, -1, -1, -1])
    found = [(s.text, s.label_) for s in shaped_names(doc, [False] * len(doc), LEX)]
    assert ("WHO", "ORG") in found
    other = Doc(VOCAB, words=words, ents=["O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O", "O"],
                sent_starts=[1, -1, -1, -1, -1, -1, 1, -1, -1, -1])  # "World Health": WH, no WHO
    assert not any(s.text == "WHO" for s in shaped_names(other, [False] * len(other), LEX))
