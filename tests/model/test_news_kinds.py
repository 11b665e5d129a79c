"""News names NER mistypes (``kg.news_kinds``, asked by ``kg.entity_types``): a holiday inside a
date, a people by its ending, a body named after its country, a place named as "the suburb of X". The real
model on news sentences, hand-built Docs for each rule, and names whose type must not change."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.entity_types import _fix_type, _guess_type
from kg.news_kinds import body_of_country, demonym_of_place, holiday


def _doc(words, heads, deps, ents, pos=None):
    """A Doc by hand, its parse written out (absolute head indices)."""
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, ents=ents,
               pos=pos or ["PROPN" if w[:1].isupper() else "NOUN" for w in words], lemmas=[w.lower() for w in words])


def _types(extract, text: str) -> dict[str, str]:
    result, _ = extract(text)
    return {m.text: m.type for m in result.mentions}


# -- holidays -------------------------------------------------------------------------------------

def test_a_holiday_inside_a_date_is_an_event(extract):
    types = _types(extract, "Roofs were ripped from homes following severe storms just before Christmas. "
                            "The last fatality was on Christmas Day when a man fell off his motor bike.")
    assert types.get("Christmas") == "EVENT" and types.get("Christmas Day") == "EVENT", types


def test_a_body_a_date_runs_over_is_no_holiday(extract):
    # NER's DATE takes in "January 4-6 South Asian Association for Regional Cooperation"
    types = _types(extract, "He was willing to meet Vajpayee at the January 4-6 South Asian Association for "
                            "Regional Cooperation (SAARC) summit in Nepal.")
    assert types.get("South Asian Association for Regional Cooperation") == "ORG", types


def test_holiday_reads_the_date_around_the_name():
    doc = _doc(["before", "Christmas"], [0, 0], ["ROOT", "pobj"], ["O", "B-DATE"])
    assert holiday(doc[1:2])
    doc = _doc(["the", "January", "4", "Regional", "Council"], [4, 4, 1, 4, 4],
               ["det", "nmod", "nummod", "compound", "ROOT"], ["O", "B-DATE", "I-DATE", "I-DATE", "I-DATE"])
    assert not holiday(doc[3:5])  # a number of the date before it
    doc = _doc(["at", "Qantas"], [0, 0], ["ROOT", "pobj"], ["O", "O"])
    assert not holiday(doc[1:2])  # no date at all


# -- peoples --------------------------------------------------------------------------------------

def test_a_people_ner_labelled_keeps_ners_type(extract):
    # NER's own ORG stays: as peoples, "Urguti people" lost the edges the relation rules
    # draw for a body on Re-DocRED dev (measured), so only names NER left unlabelled are read so
    types = _types(extract, "The Larrakia people plan to take a lease from the Territory Government.")
    assert types.get("Larrakia") == "ORG" and types.get("Territory Government") == "ORG", types


def test_a_recovered_name_that_is_a_places_people_by_its_ending():
    doc = _doc(["Kashmiri", "groups", "fought", "in", "Kashmir"], [1, 2, 2, 2, 3],
               ["compound", "nsubj", "ROOT", "prep", "pobj"], ["O", "O", "O", "O", "B-LOC"])
    assert _guess_type(doc[0:1], {}) == "NORP"
    doc = _doc(["the", "New", "Zealander", "won"], [2, 2, 3, 3], ["det", "compound", "nsubj", "ROOT"],
               ["O", "O", "O", "O"])
    assert _guess_type(doc[1:3], {}) == "NORP"


def test_demonym_of_place_needs_a_known_place_and_the_whole_of_it():
    doc = _doc(["Kashmiri", "groups", "in", "Kashmir"], [1, 1, 1, 2], ["compound", "ROOT", "prep", "pobj"],
               ["B-ORG", "O", "O", "B-LOC"])
    assert demonym_of_place(doc[0:1])
    # no place "Kashmir" in the document, none in the gazetteer of countries: nothing to go on
    doc = _doc(["Kashmiri", "groups"], [1, 1], ["compound", "ROOT"], ["B-ORG", "O"])
    assert not demonym_of_place(doc[0:1])
    # a surname that is a town's name plus "er" is no people: towns are not read, only countries and the text's places
    doc = _doc(["Porter", "said"], [1, 1], ["nsubj", "ROOT"], ["B-ORG", "O"])
    assert not demonym_of_place(doc[0:1])


def test_a_people_noun_alone_changes_no_type():
    # "the Ute people" read as a people lost Re-DocRED's annotated edges (measured): the noun
    # after a name is not read, only the name's own words
    doc = _doc(["the", "Larrakia", "people"], [2, 2, 2], ["det", "compound", "ROOT"], ["O", "O", "O"])
    assert _guess_type(doc[1:2], {}) == "ORG"
    doc = _doc(["a", "Qantas", "spokesman"], [2, 2, 2], ["det", "compound", "ROOT"], ["O", "B-ORG", "O"])
    assert _fix_type(doc[1:2], "ORG") == "ORG"


# -- bodies named after their country -------------------------------------------------------------

def test_a_noun_before_a_country_names_a_body(extract):
    types = _types(extract, "Soccer Australia chief executive Ian Knop said the league would survive.")
    assert types.get("Soccer Australia") == "ORG", types
    assert types.get("Ian Knop") == "PERSON", types


def test_an_adjective_or_a_part_before_a_country_keeps_a_place():
    for words in (["Western", "Australia"], ["Nazi", "Germany"], ["Imperial", "Japan"], ["Mainland", "China"],
                  ["New", "Zealand"], ["South", "Africa"]):
        doc = _doc(words, [1, 1], ["compound", "ROOT"], ["B-GPE", "I-GPE"])
        assert not body_of_country(doc[0:2]), words
        assert _fix_type(doc[0:2], "GPE") == "GPE", words
    doc = _doc(["Energy", "Australia"], [1, 1], ["compound", "ROOT"], ["B-GPE", "I-GPE"])
    assert body_of_country(doc[0:2]) and _fix_type(doc[0:2], "GPE") == "ORG"


def test_a_brand_before_a_country_names_a_body_and_a_town_or_a_ship_does_not():
    for words, body in ((["Airtel", "Tanzania"], True), (["MTN", "Nigeria"], True), (["Kigoma", "Tanzania"], False),
                        (["USS", "Israel"], False)):
        doc = _doc(words, [1, 1], ["compound", "ROOT"], ["B-GPE", "I-GPE"])
        assert body_of_country(doc[0:2]) == body, words


# -- "the suburb of X" ----------------------------------------------------------------------------

def test_a_body_named_as_a_suburb_or_area_is_a_place(extract):
    types = _types(extract, "The warning follows reports from the suburb of Hornsby that people are asking for "
                            "payment. Aircraft have also been used in the Shoalhaven area to drop incendiary devices.")
    assert types.get("Hornsby") == "GPE" and types.get("Shoalhaven") == "GPE", types


def test_a_body_after_other_prepositions_stays_a_body(extract):
    types = _types(extract, "Shares in Qantas rose after the Chamber of Commerce said the company was sound.")
    assert types.get("Qantas") == "ORG" and types.get("Chamber of Commerce") == "ORG", types


# -- a town NER typed a people, a product, a facility -----------------------------------------------

def test_a_town_read_as_a_people_or_a_product_is_a_place():
    for word, label in (("Linz", "NORP"), ("Montevideo", "PRODUCT"), ("Rafah", "NORP")):
        doc = _doc(["in", word, "."], [0, 0, 0], ["ROOT", "pobj", "punct"], ["O", f"B-{label}", "O"])
        assert _fix_type(doc[1:2], label) == "GPE", word
    # a given name, a tournament, a person NER read so keep their types
    for word, label in (("Eugene", "NORP"), ("Wimbledon", "EVENT"), ("Lyon", "PERSON")):
        doc = _doc(["by", word, "."], [0, 0, 0], ["ROOT", "pobj", "punct"], ["O", f"B-{label}", "O"])
        assert _fix_type(doc[1:2], label) == label, word
