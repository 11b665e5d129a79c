"""Everyday words cut from longer Title-Case names make no nodes (``kg.junk.title_piece``), on
the real model: the names beside them stay, and so does a body named after its place."""

from __future__ import annotations

import pytest

from conftest import mention_texts

#: (text, mentions that must be found, mentions that must not)
CASES = [
    ("Aramis Ayala is the State Attorney for the Ninth Judicial Circuit Court of Florida.",
     {"Aramis Ayala", "Ninth Judicial Circuit Court of Florida"}, {"State"}),
    ("He was appointed a Knight Commander of the Order of St Michael and St George in 1915.",
     {"St Michael", "St George"}, {"Knight", "Order"}),
    ("Adebayo visited the Redeemed Christian Church of God in North America.",
     {"Redeemed Christian Church", "North America"}, {"God"}),
    ("In 1931, Home Minister Adachi Kenzo spoke out strongly.", {"Adachi Kenzo"}, {"Home"}),
    ("Two U.S. House members said the deal would harm national security.", {"U.S.", "House"}, set()),
]


@pytest.mark.parametrize("text,found,not_found", CASES)
def test_title_pieces_dropped(extract, text: str, found: set[str], not_found: set[str]) -> None:
    texts = mention_texts(extract, text)
    assert found <= texts
    assert not (not_found & texts)
