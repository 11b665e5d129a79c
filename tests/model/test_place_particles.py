"""Place names joined by particles of other languages (kg.place_particles): real sentences with
the real model, including English sentences whose words between two capitals must stay apart."""

from __future__ import annotations

import pytest
from conftest import mention_texts


@pytest.mark.parametrize("text, names", [
    ("The motorway runs through Fischamend, Bruck an der Leitha, Parndorf, Weiden am See and Mönchhof to the border.",
     {"Bruck an der Leitha", "Weiden am See"}),
    ("He was born in Frankfurt am Main in 1950.", {"Frankfurt am Main"}),
    ("The basilica of San Pietro ad Aram was also said to have been built there.", {"San Pietro ad Aram"}),
])
def test_a_place_joined_by_particles_is_one_name(extract, text, names):
    found = mention_texts(extract, text)
    assert names <= found, found
    assert not found & {"Leitha", "Weiden", "Frankfurt", "San Pietro", "Aram"}, found


@pytest.mark.parametrize("text, apart", [
    ("I am Bob and I live in Berlin.", {"Bob", "Berlin"}),
    ("Maria lived in Paris and in Rome before the war.", {"Paris", "Rome"}),
])
def test_english_words_between_names_join_nothing(extract, text, apart):
    found = mention_texts(extract, text)
    assert apart <= found, found
