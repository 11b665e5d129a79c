"""Names shaped as a person's (``kg.person_names.given_name_first``, on Faker's given names read by
``kg.lexicon.given_names``), and the cluster type of a full name whose surname NER typed otherwise
(``kg.labels._parts_of_a_person``). Hand-built Docs: only the words and "the" before are read,
and a "who" clause's parse."""

from __future__ import annotations

import pytest
import spacy
from hand_docs import make_doc
from spacy.tokens import Doc

from kg.labels import _parts_of_a_person
from kg.lexicon.given_names import given_name
from kg.model import Mention
from kg.person_names import given_name_first

_VOCAB = spacy.blank("en").vocab


def _span(text: str, name: str):
    words = text.split()
    doc = Doc(_VOCAB, words=words)
    start = words.index(name.split()[0])
    return doc[start:start + len(name.split())]


@pytest.mark.parametrize("word", ["Louis", "Omer", "Terje", "Ivo", "Beatrice", "Celine"])
def test_given_names_of_several_locales(word):
    assert given_name(word)


@pytest.mark.parametrize("word", [
    "Will", "General", "Frank",  # everyday English verbs and adjectives
    "Jordan", "Georgia", "Paris", "Virginia",  # a country, a big city, a US state
    "Wells", "Merrill", "Dow",  # only in Faker's catch-all English list
    "Bank", "Ministry",
])
def test_words_that_are_no_given_names_here(word):
    assert not given_name(word)


@pytest.mark.parametrize("text,name", [
    ("the match was won by Louis Paulsen in 1862", "Louis Paulsen"),
    ("Rajoelina asked Omer Beriziky to form a government", "Omer Beriziky"),
    ("a recital by Ivo Pogorelich", "Ivo Pogorelich"),
    ("Alexandra J. Colen spoke", "Alexandra J. Colen"),
    ("forward Vinicius Junior scored twice", "Vinicius Junior"),  # a son's word after a given name
])
def test_a_given_name_and_a_surname_make_a_person(text, name):
    assert given_name_first(_span(text, name))


@pytest.mark.parametrize("text,name", [
    ("Morgan Stanley rose", "Morgan Stanley"),  # the second word is a given name too
    ("Aston Martin lost money", "Aston Martin"),
    ("Wells Fargo reported profits", "Wells Fargo"),  # "Wells": Faker's catch-all list only
    ("they met at the Louis Paulsen", "Louis Paulsen"),  # "the" before: a thing named after him
    ("the Norris Reservoir", "Norris Reservoir"),
    ("Louis Vuitton Foundation opened", "Louis Vuitton Foundation"),
    ("in June Menezes asked", "June Menezes"),  # a month
    ("Santa Fe is dry", "Santa Fe"),  # "Fe" is no initial
    ("Omer", "Omer"),  # one word
    ("hours after Breda Logistics announced the merger", "Breda Logistics"),  # a line of business
    ("the unit Kalinda Therapeutics recalled tablets", "Kalinda Therapeutics"),
])
def test_names_that_are_not_read_as_people(text, name):
    assert not given_name_first(_span(text, name))


def test_two_given_names_with_a_who_clause_make_a_person():
    """"Morgan Stanley" stays a body (above); two given names that a "who" clause follows are a
    person's ("in substitution of Eduardo Bartolomeo, who leaves the post"; a body is "which")."""
    words = "replaced Eduardo Bartolomeo , who leaves".split()
    doc = make_doc(words, [0, 2, 0, 2, 5, 2], ["ROOT", "compound", "dobj", "punct", "nsubj", "relcl"],
                   pos=["VERB", "PROPN", "PROPN", "PUNCT", "PRON", "VERB"])
    assert given_name_first(doc[1:3])
    which = make_doc(["replaced", "Eduardo", "Bartolomeo", ",", "which", "leaves"], [0, 2, 0, 2, 5, 2],
                     ["ROOT", "compound", "dobj", "punct", "nsubj", "relcl"],
                     pos=["VERB", "PROPN", "PROPN", "PUNCT", "PRON", "VERB"])
    assert not given_name_first(which[1:3])


def _m(text: str, etype: str, start: int) -> Mention:
    return Mention("d", start, start + len(text), text, etype, 0, 200)


def test_a_full_name_typed_person_makes_its_surnames_cluster_a_person():
    mentions = [_m("Michael Gambill", "PERSON", 0), _m("Gambill", "ORG", 50), _m("Gambill", "ORG", 90),
                _m("Gambill", "PERSON", 130)]
    assert _parts_of_a_person(mentions)


def test_a_full_name_read_otherwise_once_decides_nothing():
    mentions = [_m("Harris Scarfe", "PERSON", 0), _m("Harris Scarfe", "ORG", 40), _m("Scarfe", "ORG", 90)]
    assert not _parts_of_a_person(mentions)
    assert not _parts_of_a_person([_m("Michael Gambill", "PERSON", 0)])  # no short form
    assert not _parts_of_a_person([_m("Michael Gambill", "PERSON", 0), _m("Tennis Australia", "ORG", 50)])


@pytest.mark.parametrize("dateline, label", [
    ("RIO DE JANEIRO", "Rio de Janeiro"),  # a joining particle inside a place's name stays lower
    ("ABU DHABI", "Abu Dhabi"),
])
def test_a_datelines_capitals_are_written_as_the_place_is(dateline, label):
    from kg.labels import _label

    assert _label([_m(dateline, "GPE", 0)], "GPE") == label
