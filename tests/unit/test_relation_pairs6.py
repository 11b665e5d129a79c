"""Hand-built parses for this round's relation changes: a place hyphened to ``based`` in front of a
noun (``based``); life dates whose places NER typed as people, behind a bracket that carries a
dropped name's punctuation (``life_dates``); each with a parse on which it must stay silent."""

from __future__ import annotations

from hand_docs import make_doc, mentions_of
from spacy.tokens import Doc

from kg.relations import extract_relations


def relations(doc: Doc) -> list[tuple[str, str, str, str]]:
    ms = mentions_of(doc)
    return [(ms[t.head].text, t.relation, ms[t.tail].text, t.rule) for t, _ in extract_relations(doc, ms)]


def _based(first: str, first_ent: str) -> Doc:
    """``<first> , a Houston - based gas company , hired him .``"""
    words = [first, ",", "a", "Houston", "-", "based", "gas", "company", ",", "hired", "him", "."]
    return make_doc(words, [9, 0, 7, 5, 5, 7, 7, 0, 0, 9, 9, 9],
                    ["nsubj", "punct", "det", "npadvmod", "punct", "amod", "compound", "appos", "punct", "ROOT",
                     "dobj", "punct"],
                    pos=["PROPN" if first_ent != "O" else "NOUN", "PUNCT", "DET", "PROPN", "PUNCT", "VERB", "NOUN",
                         "NOUN", "PUNCT", "VERB", "PRON", "PUNCT"],
                    tags=["NNP", ",", "DT", "NNP", "HYPH", "VBN", "NN", "NN", ",", "VBD", "PRP", "."],
                    ents=[first_ent, "O", "O", "B-GPE", "O", "O", "O", "O", "O", "O", "O", "O"],
                    lemmas=[first.lower(), ",", "a", "houston", "-", "base", "gas", "company", ",", "hire", "he", "."])


def test_a_place_hyphened_to_based_is_where_the_named_noun_is_based():
    assert [r for r in relations(_based("Tellurian", "B-ORG")) if r[3] == "based"] == [
        ("Tellurian", "based in", "Houston", "based")]


def test_based_without_a_name_for_the_noun_says_nothing():
    # "The firm, a Houston-based gas company, hired him": no name is based anywhere
    assert [r for r in relations(_based("firm", "O")) if r[3] == "based"] == []


def _life(opener: str, second_ent: str) -> Doc:
    """``Rudolf Halin <opener> February 3 , 1934 , Uerdingen – 2014 , Mölln ) was a theorist .``"""
    words = ["Rudolf", "Halin", opener, "February", "3", ",", "1934", ",", "Uerdingen", "–", "2014", ",", "Mölln",
             ")", "was", "a", "theorist", "."]
    heads = [1, 14, 1, 1, 3, 3, 3, 3, 3, 3, 12, 12, 1, 1, 14, 16, 14, 14]
    deps = ["compound", "nsubj", "punct", "appos", "nummod", "punct", "nummod", "punct", "appos", "punct", "npadvmod",
            "punct", "appos", "punct", "ROOT", "det", "attr", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "NUM", "PUNCT", "NUM", "PUNCT", "PROPN", "PUNCT", "NUM", "PUNCT",
           "PROPN", "PUNCT", "AUX", "DET", "NOUN", "PUNCT"]
    ents = ["B-PERSON", "I-PERSON", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "O", second_ent, "O", "B-DATE",
            "O", "B-PERSON", "O", "O", "O", "O", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents)


def test_life_dates_read_towns_ner_called_people_behind_a_dropped_names_bracket():
    """"Rudolf Halin (; February 3, 1934, Uerdingen – 2014, Mölln)": NER typed both towns PERSON."""
    assert [r for r in relations(_life("(;", "B-PERSON")) if r[3] == "life_dates"] == [
        ("Rudolf Halin", "born in", "Uerdingen", "life_dates"), ("Rudolf Halin", "died in", "Mölln", "life_dates")]


def test_a_name_before_the_date_of_a_part_is_no_place():
    """"X (; Foma Dvorzhetsky; 1859 – April 1920)": the other name of the person is no birthplace."""
    words = ["Tomasz", "Kowal", "(;", "Foma", "Dvorzhetsky", ";", "1859", "–", "April", "1920", ")", "was", "an",
             "architect", "."]
    heads = [1, 11, 1, 4, 1, 4, 4, 4, 4, 8, 1, 11, 13, 11, 11]
    deps = ["compound", "nsubj", "punct", "compound", "appos", "punct", "npadvmod", "punct", "appos", "nummod",
            "punct", "ROOT", "det", "attr", "punct"]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-DATE", "O", "B-DATE", "I-DATE", "O", "O",
            "O", "O", "O"]
    doc = make_doc(words, heads, deps, ents=ents)
    assert [r for r in relations(doc) if r[3] == "life_dates"] == []


def test_a_bracket_with_letters_opens_no_life_dates():
    # "(a" is no opening bracket; nothing is read from what follows it
    assert [r for r in relations(_life("(a", "B-GPE")) if r[3] == "life_dates"] == []
