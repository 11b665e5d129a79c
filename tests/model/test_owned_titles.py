"""Whose a quoted title is, by the possessive before its work noun (``kg.relations.owned_titles``),
with the real model on sentences written for these tests: a title the parser reads as a clause
still belongs to the name whose possessive opens the phrase."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, edge", [
    ("She co-wrote Lena Hale's 2004 single \" Where Did You Go \".", ("Where Did You Go", "single of", "Lena Hale")),
    ("The Vandals' first hit single \" I Got It Now \" reached number one.", ("I Got It Now", "single of", "Vandals")),
])
def test_a_quoted_title_belongs_to_the_possessive_before_its_noun(extract, text, edge):
    _, triples = extract(text)
    assert edge in triples, triples


@pytest.mark.parametrize("text", [
    "She sang on the single \" Where Did You Go \" in 2004.",  # no possessive
    "Her brother's single \" Where Did You Go \" charted.",  # the owner is not named
])
def test_no_owner_without_a_named_possessive(extract, text):
    _, triples = extract(text)
    assert not any(r == "single of" for _, r, _ in triples), triples


@pytest.mark.parametrize("text, edge", [
    ("Ortiz wrote \" Blue Days \", a top ten hit for Ana Berg in 1999.", ("Blue Days", "hit for", "Ana Berg")),
    # the parser takes "hit" for a verb here (the ``prep`` row then reads it the same)
    ("He co-wrote the ballad \" Grey Harbour \", a worldwide number one hit for Tom Calder.",
     ("Grey Harbour", "hit for", "Tom Calder")),
])
def test_a_title_set_off_as_a_hit_for_someone_is_theirs(extract, text, edge):
    _, triples = extract(text)
    assert edge in triples, triples


def test_a_hit_for_no_named_performer_says_nothing(extract):
    _, triples = extract("Ortiz wrote \" Blue Days \", a top ten hit for the band in 1999.")
    assert not any(r == "hit for" for _, r, _ in triples), triples


@pytest.mark.parametrize("mark", [":", "–"])
def test_each_quoted_title_of_a_list_after_a_plural_work_noun_is_the_possessives(extract, mark):
    text = (f"The album contains the Vandals' first three hit singles {mark} \" Red Door \", \" Cold Sun \", "
            "and \" Low Tide \".")
    _, triples = extract(text)
    assert {(t, "singles of", "Vandals") for t in ("Red Door", "Cold Sun", "Low Tide")} <= set(triples), triples
