"""Names of events written as a proper name and the lower-case noun that says what they are
(kg.events): the rule on hand-built Docs, then real sentences through the real model, including
sentences that must yield no event."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.events import headed_events

VOCAB = spacy.blank("en").vocab


def make(words, pos, heads, ents=None):
    """A Doc by hand, one sentence, with the parse's heads (``heads[i]`` is the index of word i's head)."""
    deps = ["ROOT" if h == i else "dep" for i, h in enumerate(heads)]
    return Doc(VOCAB, words=words, pos=pos, heads=heads, deps=deps, ents=ents)


def texts(doc):
    return [s.text for s in headed_events(doc)]


def test_a_name_before_an_event_noun_is_the_event():
    doc = make(["including", "the", "Tonankai", "earthquake", "in", "1944"],
               ["VERB", "DET", "PROPN", "NOUN", "ADP", "NUM"], [0, 3, 3, 0, 3, 4])
    assert texts(doc) == ["Tonankai earthquake"]
    doc = make(["during", "the", "Great", "Kanto", "earthquake"],
               ["ADP", "DET", "PROPN", "PROPN", "NOUN"], [0, 4, 3, 4, 0])
    assert texts(doc) == ["Great Kanto earthquake"]


@pytest.mark.parametrize("words, pos, heads, ents", [
    (["the", "Tonankai", "earthquake", "zone"], ["DET", "PROPN", "NOUN", "NOUN"], [3, 2, 3, 3], None),  # noun before a noun
    (["after", "the", "French", "coup"], ["ADP", "DET", "ADJ", "NOUN"], [0, 3, 3, 0], None),          # a people's adjective
    (["the", "1906", "earthquake"], ["DET", "NUM", "NOUN"], [2, 2, 2], ["O", "B-DATE", "O"]),        # a year, no name
    (["Smith", "earthquake"], ["PROPN", "NOUN"], [1, 1], None),                                      # the sentence's first word
    (["met", "Tanaka", "after", "the", "earthquake"], ["VERB", "PROPN", "ADP", "DET", "NOUN"],       # the name is not the noun's
     [0, 0, 0, 4, 2], None),
])
def test_no_event_without_a_name_the_noun_heads(words, pos, heads, ents):
    assert texts(make(words, pos, heads, ents)) == []


def names(extract, text):
    result, _ = extract(text)
    return {(m.text, m.type) for m in result.mentions}


def test_events_on_real_sentences(extract):
    found = names(extract, "The Tōkai region has experienced large earthquakes, including the Tonankai earthquake "
                           "in 1944 and the Mikawa earthquake in 1945. The site was sparsely inhabited during the "
                           "Erlitou period. During the early Erligang period, the site grew rapidly. It was a battle "
                           "in the struggle for the throne during the Mughal war of succession.")
    assert {("Tonankai earthquake", "EVENT"), ("Mikawa earthquake", "EVENT"), ("Erlitou period", "EVENT"),
            ("Erligang period", "EVENT"), ("Mughal war", "EVENT")} <= found  # NER reads "Erligang" as a date
    assert not {"Tonankai", "Mikawa", "Erlitou", "Erligang", "Mughal"} & {t for t, _ in found}


def test_real_sentences_without_an_event(extract):
    found = names(extract, "The 1906 earthquake destroyed much of San Francisco. The painter's Milanese period "
                           "was short. He fled after the French coup of 1851. Sales rose over the Christmas period "
                           "in Sydney. Trump's trade war with China went on.")
    assert not any(t.endswith(("earthquake", "period", "coup", "war")) for t, _ in found)
    assert ("San Francisco", "GPE") in found
