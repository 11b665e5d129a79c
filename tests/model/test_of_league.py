"""A team "of the" its league is two names (kg.of_league): hand-built Docs for the rule, real
sentences with the real model, including names with "of the" that stay whole."""

from __future__ import annotations

import pytest
import spacy
from conftest import mention_texts
from spacy.tokens import Doc, Span

from kg.of_league import split_team_of_league
from kg.two_peoples import split_two_peoples

VOCAB = spacy.blank("en").vocab


def _span(words: list[str], label: str, tags: list[str] | None = None) -> Span:
    doc = Doc(VOCAB, words=words, tags=tags or ["NNP"] * len(words), sent_starts=[1] + [-1] * (len(words) - 1))
    return Span(doc, 0, len(doc), label=label)


@pytest.mark.parametrize("words, parts", [
    ("the Kansas City Chiefs of the National Football League".split(),
     ["Kansas City Chiefs", "National Football League"]),
    ("Indianapolis Kautskys of the NBL".split(), ["Indianapolis Kautskys", "NBL"]),
    ("Lords of the Isles".split(), ["Lords of the Isles"]),  # one word before "of": one name
    ("United States of the Ionian Islands".split(), ["United States of the Ionian Islands"]),  # no league
    ("Bank of the West League".split(), ["Bank of the West League"]),  # no plural team
])
def test_a_team_is_cut_from_its_league(words, parts):
    assert [p.text for p in split_team_of_league(_span(words, "ORG"))] == parts


@pytest.mark.parametrize("words, label, parts", [
    (["African", "-", "American"], "NORP", ["African", "American"]),
    (["Japanese", "Americans"], "NORP", ["Japanese", "Americans"]),
    (["Anglo", "-", "Catholics"], "NORP", ["Anglo - Catholics"]),  # no people's word first
    (["non", "-", "Russian"], "NORP", ["non - Russian"]),
    (["Japanese", "Americans"], "ORG", ["Japanese Americans"]),  # not typed a people
])
def test_two_peoples_are_two(words, label, parts):
    assert [p.text for p in split_two_peoples(_span(words, label))] == parts


@pytest.mark.parametrize("text, names, whole", [
    ("He was drafted by the Kansas City Chiefs of the National Football League in 1990.",
     {"Kansas City Chiefs", "National Football League"}, None),
    ("After graduating, Steiner played for the Indianapolis Kautskys of the NBL for one season.",
     {"Indianapolis Kautskys", "NBL"}, None),
    ("He was a knight of the Order of the Garter and one of the Lords of the Isles.",
     {"Lords of the Isles"}, "Lords of the Isles"),
    ("He was the first of African - American heritage to win the seat.", {"African", "American"}, None),
    ("The Anglo - Catholics met in London in 1900.", {"Anglo - Catholics"}, "Anglo - Catholics"),
])
def test_a_team_and_its_league_and_two_peoples_in_real_sentences(extract, text, names, whole):
    found = mention_texts(extract, text)
    assert names <= found, found
    if whole is None:
        assert not any(" of the " in t or " - " in t for t in found), found
