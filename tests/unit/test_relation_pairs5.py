"""Hand-built parses for this round's relation changes: a city and its country in one sentence
when NER typed the city a facility or the people's adjective a place (``gazetteer_country``); each
with a parse on which it must stay silent."""

from __future__ import annotations

from hand_docs import make_doc, mentions_of
from spacy.tokens import Doc

from kg.relations import extract_relations


def relations(doc: Doc) -> list[tuple[str, str, str, str]]:
    ms = mentions_of(doc)
    return [(ms[t.head].text, t.relation, ms[t.tail].text, t.rule) for t, _ in extract_relations(doc, ms)]


def _shooter(city: str, city_type: str, people: str, people_type: str) -> Doc:
    """``Silva was born in <city> and is an <people> shooter .`` with NER's types given."""
    words = ["Silva", "was", "born", "in", city, "and", "is", "an", people, "shooter", "."]
    return make_doc(words, [2, 2, 2, 2, 3, 2, 2, 9, 9, 6, 2],
                    ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "cc", "conj", "det", "amod", "attr", "punct"],
                    pos=["PROPN", "AUX", "VERB", "ADP", "PROPN", "CCONJ", "AUX", "DET", "ADJ", "NOUN", "PUNCT"],
                    tags=["NNP", "VBD", "VBN", "IN", "NNP", "CC", "VBZ", "DT", "JJ", "NN", "."],
                    ents=["B-PERSON", "O", "O", "O", f"B-{city_type}", "O", "O", "O", f"B-{people_type}", "O", "O"],
                    lemmas=["silva", "be", "bear", "in", city.lower(), "and", "be", "an", people.lower(),
                            "shooter", "."])


def _gazetteer(doc: Doc) -> list[tuple[str, str, str, str]]:
    return [r for r in relations(doc) if r[3] == "gazetteer_country"]


def test_a_people_typed_as_a_place_and_a_city_typed_as_a_facility_still_meet():
    """"born in Luanda … an Angolan sport shooter" with Angolan/GPE; "born in Pruszków" with
    Pruszków/FAC."""
    assert _gazetteer(_shooter("Luanda", "GPE", "Angolan", "GPE")) == [("Luanda", "country", "Angolan", "gazetteer_country")]
    assert _gazetteer(_shooter("Toulouse", "FAC", "French", "NORP")) == [("Toulouse", "country", "French", "gazetteer_country")]


def test_no_country_for_a_person_named_like_a_city_or_a_city_of_another_people():
    """A person NER typed so is no city ("Jackson"); a city of another country gets nothing."""
    assert _gazetteer(_shooter("Toulouse", "PERSON", "French", "NORP")) == []
    assert _gazetteer(_shooter("Luanda", "GPE", "Slovak", "GPE")) == []
