"""A lead's subject where the parser lost it: real sentences through the real model (``extract``
fixture).

- a bracket after the subject ("Alecu Russo (born …, died … in Iaşi), was a Moldavian writer":
  ``kg.subject_repairs.subjects_before_brackets``);
- a name ending an opening participle's places ("Born in Toowoomba, Queensland, Thorne was
  educated at …": ``subjects_after_openers``);
- a noun set off after an opening phrase, as translated news writes it ("In statements to the agency
  Andina, the governor of Cusco, Werner Salcedo, criticized …": ``subjects_after_opening_phrases``)."""

from __future__ import annotations

from conftest import triple_rules as _said  # (head, relation, tail) -> rule


def test_the_subject_of_a_verb_after_the_bracket_is_the_name_before_it(extract):
    said = _said(extract, "Alecu Russo (born in March 17, 1819, near Chişinău, died on February 5, 1859, in Iaşi), "
                          "was a Moldavian Romanian writer, literary critic and publicist.")
    assert ("Alecu Russo", "nationality", "Moldavian Romanian") in said
    assert ("Alecu Russo", "died in", "Iaşi") in said


def test_the_name_after_an_opening_participles_places_is_the_verbs_subject(extract):
    said = _said(extract, "Margaret Ellery Thorne was an Australian physicist. Born in Toowoomba, Queensland, "
                          "Thorne was educated at Somerville College.")
    assert ("Thorne", "born in", "Toowoomba") in said
    assert ("Thorne", "educated at", "Somerville College") in said
    assert not any(t in ("Thorne", "Margaret Ellery Thorne") for h, _, t in said if h in ("Toowoomba", "Queensland"))


def test_the_noun_set_off_after_an_opening_phrase_is_the_verbs_subject(extract):
    said = _said(extract, "In statements to the agency Andina, the governor of Cusco, Werner Salcedo, criticized the "
                          "ministry.")
    assert ("Werner Salcedo", "governor of", "Cusco") in said
    assert not any(h == "Andina" for h, _, _ in said), said  # the agency is no governor


def test_the_name_after_an_opening_phrases_noun_is_that_nouns_name(extract):
    said = _said(extract, "According to the newspaper Folha de S.Paulo, the minister Fernando Haddad will travel to "
                          "Beijing.")
    assert ("Fernando Haddad", "travel to", "Beijing") in said
    assert ("Folha de S.Paulo", "travel to", "Beijing") not in said


def test_an_apposition_of_a_place_that_opens_the_sentence_stays_when_the_verb_has_a_subject(extract):
    said = _said(extract, "In Lima, the capital of Peru, thousands of people marched against the president.")
    assert ("Lima", "capital of", "Peru") in said
