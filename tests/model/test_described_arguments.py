"""With the real model, sentences written for these tests: a definite place noun is the place its
"of" names ("The village of X is located in Y" is X's), and a superlative's city is not; a
participle on a kind noun's bare "of" object is said of the thing the kind describes ("X is a
brand of beer produced by Y"), and not on an object with its own determiner; a word opening a
sentence that ends a longer name found before is that name's short form ("Villa manager X")."""

from __future__ import annotations


def edges(extract, text):
    return set(extract(text)[1])


def test_a_place_noun_with_of_is_the_place_named(extract):
    assert ("Oberstdorf", "located in", "Bavaria") in edges(extract, "The village of Oberstdorf is located in Bavaria.")
    assert ("Huesca", "border", "France") in edges(extract, "The Spanish province of Huesca borders France.")


def test_the_largest_city_of_a_place_is_not_the_place(extract):
    assert not any(h == "Bavaria" and r == "located on" for h, r, _ in edges(
        extract, "The largest city of Bavaria is located on the Isar."))


def test_a_participle_on_a_kinds_object_is_said_of_the_thing(extract):
    assert ("Grupo Modelo", "produced", "Corona") in edges(extract, "Corona is a brand of beer produced by Grupo Modelo.")
    assert ("Sony", "made", "Walkman") in edges(
        extract, "The Walkman, a line of portable players made by Sony, was launched in 1979.")


def test_a_determined_object_is_its_own_thing(extract):
    assert not any(t == "Corona" for _, _, t in edges(extract, "Corona is a brand of the beer produced by Grupo Modelo."))


def test_a_sentence_opening_short_form_of_an_earlier_name_is_a_name(extract):
    assert ("Unai Emery", "manager of", "Villa") in edges(
        extract, "Aston Villa signed the winger on Monday. Villa manager Unai Emery said the deal was done.")
