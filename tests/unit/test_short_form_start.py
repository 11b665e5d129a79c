"""A capitalised word opening a sentence is a name when it is the last word of a longer name found
before it and opens a role before a name (``kg.entities._last_word_of_name``: "Villa manager Unai
Emery" after "Aston Villa"); not when no such name came before, when the longer name comes after
it, nor before a common noun ("Villa fans"); a person's surname opening a sentence as its
subject is the person's ("Ulvaeus was born"), unless it is an English word."""

from __future__ import annotations

from types import SimpleNamespace

from hand_docs import make_doc

from kg.entities import _last_word_of_name
from kg.lexicon.english import english_lexicon
from kg.model import Mention

_WORDS = ["Aston", "Villa", "won", ".", "Villa", "manager", "Unai", "Emery", "spoke", "."]


def _found(text: str, start: int, etype: str = "ORG") -> SimpleNamespace:
    return SimpleNamespace(mentions=[Mention("t", start, start + len(text), text, etype, 0, 0)],
                           lexicon=english_lexicon())


def test_a_sentence_opening_word_that_ends_an_earlier_name_is_a_name():
    doc = make_doc(_WORDS, [2, 2, 2, 2, 5, 7, 7, 8, 8, 8], ["compound", "nsubj", "ROOT", "punct", "compound",
                   "compound", "compound", "nsubj", "ROOT", "punct"])
    assert _last_word_of_name(_found("Aston Villa", 0), doc[4:5])


def test_no_name_without_a_longer_name_before_it():
    doc = make_doc(_WORDS, [2, 2, 2, 2, 5, 7, 7, 8, 8, 8], ["compound", "nsubj", "ROOT", "punct", "compound",
                   "compound", "compound", "nsubj", "ROOT", "punct"])
    assert not _last_word_of_name(_found("Villa", 4), doc[4:5])  # one word: no longer name
    assert not _last_word_of_name(_found("Unai Emery", 22), doc[4:5])  # another name's last word
    assert not _last_word_of_name(SimpleNamespace(mentions=[Mention("t", 30, 41, "Aston Villa", "ORG", 0, 0)]),
                                  doc[4:5])  # the longer name after it


def test_no_name_before_a_common_noun():
    words = ["Aston", "Villa", "won", ".", "Villa", "fans", "Unai", "Emery", "spoke", "."]
    doc = make_doc(words, [2, 2, 2, 2, 5, 7, 7, 8, 8, 8], ["compound", "nsubj", "ROOT", "punct", "compound",
                   "compound", "compound", "nsubj", "ROOT", "punct"])
    assert not _last_word_of_name(_found("Aston Villa", 0), doc[4:5])


def test_a_persons_surname_opening_a_sentence_as_its_subject_is_a_name():
    def doc_of(surname: str):
        words = ["Betty", surname, "painted", ".", surname, "was", "born", "in", "Ohio", "."]
        return make_doc(words, [2, 2, 2, 2, 6, 6, 6, 6, 7, 6], ["compound", "nsubj", "ROOT", "punct", "nsubjpass",
                        "auxpass", "ROOT", "prep", "pobj", "punct"])
    doc = doc_of("Ulvaeus")
    assert _last_word_of_name(_found("Betty Ulvaeus", 0, "PERSON"), doc[4:5])
    assert not _last_word_of_name(_found("Betty Ulvaeus", 0, "ORG"), doc[4:5])  # a body's subject: not so
    doc = doc_of("Farrow")  # an English word: left to kg.propagation, which asks where it names her
    assert not _last_word_of_name(_found("Betty Farrow", 0, "PERSON"), doc[4:5])
