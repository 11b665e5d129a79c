"""With the real model, sentences written for these tests: a definite place noun is the place its
"of" names ("The village of X is located in Y" is X's), and a superlative's city is not."""

from __future__ import annotations


def edges(extract, text):
    return set(extract(text)[1])


def test_a_place_noun_with_of_is_the_place_named(extract):
    assert ("Oberstdorf", "located in", "Bavaria") in edges(extract, "The village of Oberstdorf is located in Bavaria.")
    assert ("Huesca", "border", "France") in edges(extract, "The Spanish province of Huesca borders France.")


def test_the_largest_city_of_a_place_is_not_the_place(extract):
    assert not any(h == "Bavaria" and r == "located on" for h, r, _ in edges(
        extract, "The largest city of Bavaria is located on the Isar."))
