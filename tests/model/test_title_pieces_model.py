"""Everyday words cut from longer Title-Case names make no nodes (``kg.junk.title_piece``), on
the real model: the names beside them stay, and so does a body named after its place."""

from __future__ import annotations

import pytest

from conftest import mention_texts

#: (text, mentions that must be found, mentions that must not)
CASES = [
    ("He was appointed a Knight Commander of the Order of St Michael and St George in 1915.",
     {"St Michael", "St George"}, {"Order"}),
    ("Adebayo visited the Redeemed Christian Church of God in North America.",
     {"Redeemed Christian Church of God", "North America"}, {"God"}),  # a church's whole name (kg.of_names)
    ("Apple CEO Tim Cook visited Beijing last week.", {"Apple", "Tim Cook", "Beijing"}, set()),
    ("Two U.S. House members said the deal would harm national security.", {"U.S.", "House"}, set()),
]


@pytest.mark.parametrize("text,found,not_found", CASES)
def test_title_pieces_dropped(extract, text: str, found: set[str], not_found: set[str]) -> None:
    texts = mention_texts(extract, text)
    assert found <= texts
    assert not (not_found & texts)
