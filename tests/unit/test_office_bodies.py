"""An office's holder set off after its body ("the chairman of the board of Nebitgaz, Myrat
Archayev,"): NER's body type on the holder is corrected to a person (``kg.role_names.office_of``),
the label is the office, not the board (``nouns.appos``), and the body's words are not split into a
country and a holder (``office_holders._holder_set_off_after``). A given name and a surname NER
read as a place are a person unless the gazetteers know the place ("Nova Scotia")."""

from __future__ import annotations

from hand_docs import make_doc, relations_of as relations
from spacy.tokens import Doc, Span

from kg.entity_types import _fix_type
from kg.office_holders import split_office_holder

_WORDS = ["The", "chairman", "of", "the", "board", "of", "Nebitgaz", ",", "Myrat", "Archayev", ",", "resigned", "."]


def _board(holder_type: str = "PERSON", office: str = "chairman", board: str = "board", sep: str = ",") -> Doc:
    words = list(_WORDS)
    words[1], words[4], words[7] = office, board, sep
    return make_doc(words, [11, 11, 1, 4, 2, 4, 5, 6, 9, 6, 1, 11, 11],
                    ["det", "nsubj", "prep", "det", "pobj", "prep", "pobj", "punct", "compound", "appos", "punct",
                     "ROOT", "punct"],
                    pos=["DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT",
                         "VERB", "PUNCT"],
                    tags=["DT", "NN", "IN", "DT", "NN", "IN", "NNP", ",", "NNP", "NNP", ",", "VBD", "."],
                    ents=["O"] * 6 + ["B-ORG", "O", f"B-{holder_type}", f"I-{holder_type}", "O", "O", "O"],
                    lemmas=[w.lower() for w in words[:11]] + ["resign", "."])


def test_the_holder_after_an_offices_body_is_a_person():
    doc = _board("ORG")
    assert _fix_type(Span(doc, 8, 10), "ORG") == "PERSON"


def test_no_person_after_a_body_no_office_governs():
    doc = _board("ORG", office="roof")  # "the roof of the board of Nebitgaz, Myrat Archayev"
    assert _fix_type(Span(doc, 8, 10), "ORG") == "ORG"
    doc = _board("ORG", sep="(")  # "CEO of Norges Statsbaner (NSB)": a bracket gives the body's short name
    assert _fix_type(Span(doc, 8, 10), "ORG") == "ORG"


def test_a_board_members_office_is_held_of_the_body():
    assert ("Myrat Archayev", "chairman of", "Nebitgaz", "appos") in relations(_board())
    # another noun keeps its own word: "the head of the department of X, Y" is head of the department
    assert ("Myrat Archayev", "department of", "Nebitgaz", "appos") in relations(
        _board(office="head", board="department"))


def test_a_body_with_its_holder_set_off_after_it_is_not_split():
    words = ["the", "head", "of", "Azerbaijan", "Hava", "Yollari", ",", "Samir", "Rzayev", ",", "met", "us", "."]
    doc = make_doc(words, [1, 10, 1, 5, 5, 2, 5, 8, 5, 1, 10, 10, 10],
                   ["det", "nsubj", "prep", "compound", "compound", "pobj", "punct", "compound", "appos", "punct",
                    "ROOT", "dobj", "punct"],
                   pos=["DET", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB",
                        "PRON", "PUNCT"])
    assert [p.text for p in split_office_holder(Span(doc, 3, 6, label="ORG"))] == ["Azerbaijan Hava Yollari"]


def _face(first: str, last: str) -> Doc:
    """"The team of Jorge Sampaoli will face the team of <first> <last> ." with the second name
    NER's place (GPE), as spaCy reads "the team of Diego Simeone" in translated sports news."""
    words = ["The", "team", "of", "Jorge", "Sampaoli", "will", "face", "the", "team", "of", first, last, "."]
    return make_doc(words, [1, 6, 1, 4, 2, 6, 6, 8, 6, 8, 11, 9, 6],
                    ["det", "nsubj", "prep", "compound", "pobj", "aux", "ROOT", "det", "dobj", "prep", "compound",
                     "pobj", "punct"],
                    pos=["DET", "NOUN", "ADP", "PROPN", "PROPN", "AUX", "VERB", "DET", "NOUN", "ADP", "PROPN", "PROPN",
                         "PUNCT"],
                    ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-GPE", "I-GPE", "O"])


def test_a_given_name_and_a_surname_ner_read_as_a_place_are_a_person():
    assert _fix_type(Span(_face("Diego", "Cocca"), 10, 12), "GPE") == "PERSON"


def test_a_place_the_gazetteers_know_whose_first_word_is_a_given_name_stays_a_place():
    assert _fix_type(Span(_face("Nova", "Scotia"), 10, 12), "GPE") == "GPE"
