"""``who`` is never a place (kg.relations.relative ``who_of``): a relative clause the
parser hangs on a place (or on the noun that names it) inside a description of a person is said of
that person; "whose" before a noun and a name stands for the name the clause is on ("X, whose
novel Y was …"), and "who" or "with whom" after a person set off after a body is that person.
Real sentences through the real model; each case: what must be found, and what must not."""

from __future__ import annotations

import pytest
from conftest import triple_rules as triples


def test_who_after_a_place_under_a_person_noun_is_the_person(extract):
    found = triples(extract, "Ross Patterson Alger (August 20, 1920 – January 16, 1992) was a politician in "
                             "the Canadian province of Alberta, who served as mayor of Calgary from 1977 to 1980.")
    assert found.get(("Ross Patterson Alger", "mayor of", "Calgary")) == "as_role", found
    assert not any(h in ("Alberta", "Canadian") and t == "Calgary" for h, _, t in found), found


@pytest.mark.parametrize("text, person, place_or_body, tail", [
    # a country the copula complement names
    ("Juan Carlos Muñoz (4 March 1919 – 22 November 2009) was a footballer from Argentina who played as a right "
     "winger for River Plate, from 1939 to 1950.", "Juan Carlos Muñoz", "Argentina", "River Plate"),
    # a body a person noun's preposition names
    ("Wolfgang Kessler (born 1961) is a German politician of the CDU who served as Minister-President of "
     "Saxony-Anhalt from 2011 to 2021.", "Wolfgang Kessler", "CDU", "Saxony-Anhalt"),
])
def test_who_after_a_name_under_a_person_noun_is_the_person(extract, text, person, place_or_body, tail):
    found = triples(extract, text)
    assert any(h == person and t == tail for h, _, t in found), found
    assert not any(h == place_or_body and t == tail for h, _, t in found), found


def test_which_after_a_place_stays_the_place(extract):
    found = triples(extract, "Anna Berg is a teacher from Bergen, which hosted the Nordic Games in 1990.")
    assert found.get(("Bergen", "hosted", "Nordic Games")) == "svo", found
    assert not any(h == "Anna Berg" and t == "Nordic Games" for h, _, t in found), found


def test_who_after_a_place_with_no_person_noun_is_unchanged(extract):
    found = triples(extract, "France, who won the World Cup in 1998, beat Brazil in the final.")
    assert found.get(("France", "won", "World Cup")) == "svo", found


def test_whose_kin_is_the_persons_not_the_place_the_clause_hangs_on(extract):
    found = triples(extract, "Bill Peel of Mackay in north Queensland, whose son Billy died in the canyoning "
                             "accident, is disappointed with the verdict.")
    assert found.get(("Billy", "son of", "Bill Peel")) == "possessive", found
    assert not any(t == "Queensland" and h == "Billy" for h, _, t in found), found


def test_whose_subject_leaves_no_object_gap(extract):
    # "died" has no object: the name the clause hangs on is the possessor of its subject
    found = triples(extract, "Peter Dewar, whose son Bradley died in the 1999 disaster, says more legal "
                             "action is planned.")
    assert found.get(("Bradley", "son of", "Peter Dewar")) == "possessive", found
    assert not any(r == "died" for _, r, _ in found), found


def test_who_hung_on_an_earlier_place_is_the_name_it_follows(extract):
    # the parser hangs "who" on Berthier; the clause follows Louis Mousseau, a name and no place
    found = triples(extract, "He was born in Berthier, Canada East, the son of Louis Mousseau, who was the "
                             "son of Alexis Mousseau.")
    assert found.get(("Louis Mousseau", "son of", "Alexis Mousseau")) == "copula", found
    assert not any(h in ("Berthier", "Canada East") and t == "Alexis Mousseau" for h, _, t in found), found


def test_which_after_a_body_stays_the_body(extract):
    found = triples(extract, "Anna Berg is a spokeswoman of Acme Corp, which acquired Globex in 2010.")
    assert any(h == "Acme Corp" and t == "Globex" for h, _, t in found), found


def test_whose_before_a_works_noun_and_title_is_the_name_the_clause_is_on(extract):
    found = triples(extract, "He met Clara Whitfield, whose novel The Salt Roads was a bestseller.")
    assert found.get(("The Salt Roads", "novel of", "Clara Whitfield")) == "possessive", found


def test_whose_on_a_noun_that_names_no_one_owns_nothing(extract):
    found = triples(extract, "He met Clara Whitfield in the town whose museum The Salt House was closed.")
    assert not any(h == "The Salt House" and t == "Clara Whitfield" for h, _, t in found), found


def test_with_whom_after_a_person_set_off_is_that_person_not_the_body_the_clause_hangs_on(extract):
    found = triples(extract, "Colombian President Gustavo Petro received in the Casa de Nariño the Secretary General "
                             "of the OAS, Luis Almagro, with whom he discussed the situation in Venezuela.")
    assert ("Gustavo Petro", "discussed situation with", "Luis Almagro") in found, found
    assert not any(t == "Casa de Nariño" and r.startswith("discussed") for _, r, t in found), found


def test_who_after_a_body_with_no_person_set_off_is_the_body(extract):
    found = triples(extract, "France, who won the World Cup in 2018, beat Spain.")
    assert ("France", "won", "World Cup") in found, found
