"""Hand-built parses of translated wire copy: a speaker after the reporting verb that is a body's
press service or a body's name ("..., reported the press service of the Ministry of Investment"),
and a counterpart's name set off after the country the counterpart is of ("received his
counterpart of Egypt, Karim Nabil"); and the readings beside them that stay."""

from __future__ import annotations

from hand_docs import make_doc

from kg.holder_repairs import restore_office_appositions
from kg.relations.quotes import inverted_speech


def _reported(obj: str = "service", obj_ent: str = "O"):
    """"Baykan will build a plant , reported the press <obj> ." with "reported" the conjunct of
    "build", as the parser reads it."""
    words = ["Baykan", "will", "build", "a", "plant", ",", "reported", "the", "press", obj, "."]
    heads = [2, 2, 2, 4, 2, 2, 2, 9, 9, 6, 2]
    deps = ["nsubj", "aux", "ROOT", "det", "dobj", "punct", "conj", "det", "compound", "dobj", "punct"]
    ents = ["B-ORG"] + ["O"] * 8 + [f"B-{obj_ent}" if obj_ent != "O" else "O", "O"]
    lemmas = ["baykan", "will", "build", "a", "plant", ",", "report", "the", "press", obj.lower(), "."]
    return make_doc(words, heads, deps, ents=ents, lemmas=lemmas)


def test_a_bodys_press_service_or_name_after_a_reporting_verb_is_who_reports():
    assert inverted_speech(_reported()[6])
    assert inverted_speech(_reported("Xinhua", "ORG")[6])


def test_a_thing_after_a_reporting_verb_is_what_is_reported():
    assert not inverted_speech(_reported("results")[6])


def _counterpart(noun: str = "counterpart"):
    """"Petrov received his <noun> of Egypt , Karim Nabil , in Moscow ." with the name the
    apposition of Egypt, as the parser reads it."""
    words = ["Petrov", "received", "his", noun, "of", "Egypt", ",", "Karim", "Nabil", ",", "in", "Moscow", "."]
    heads = [1, 1, 3, 1, 3, 4, 5, 8, 5, 5, 1, 10, 1]
    deps = ["nsubj", "ROOT", "poss", "dobj", "prep", "pobj", "punct", "compound", "appos", "punct", "prep", "pobj",
            "punct"]
    pos = ["PROPN", "VERB", "PRON", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "ADP", "PROPN", "PUNCT"]
    ents = ["B-PERSON", "O", "O", "O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents)


def test_a_name_set_off_after_a_counterparts_country_is_the_counterpart():
    doc = _counterpart()
    assert restore_office_appositions(doc) == [8]
    assert (doc[8].head.text, doc[8].dep_) == ("counterpart", "appos")


def test_a_name_set_off_after_a_things_country_stays_the_countrys():
    assert restore_office_appositions(_counterpart("map")) == []
