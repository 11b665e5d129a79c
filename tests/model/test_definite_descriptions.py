"""A definite description in a later sentence (``The album was produced by …``) stands for the
name the text called by that noun (kg.relations.pronouns: ``described``), with the real model:
sentences that must give the edge, and sentences where the antecedent is ambiguous, of another
kind or modified, which must give none."""

from __future__ import annotations


from conftest import triple_rules as rules_of


def test_the_album_is_the_name_called_an_album(extract):
    found = rules_of(extract, "Northern Lights is the second album by the English band Glass Harbour. "
                              "The album was produced by Nigel Godrich.")
    assert found.get(("Nigel Godrich", "produced", "Northern Lights")) == "passive+antecedent+description"


def test_the_city_is_the_name_called_a_city(extract):
    found = rules_of(extract, "Uppsala is a city in Sweden. The city was founded by Eric Johansson.")
    assert found.get(("Eric Johansson", "founded", "Uppsala")) == "passive+antecedent+description"


def test_no_name_called_by_that_noun_gives_nothing(extract):
    # an album before, but "the city": the kind does not fit, so no antecedent
    found = rules_of(extract, "Northern Lights is the second album by the English band Glass Harbour. "
                              "The city was founded by Eric Johansson.")
    assert not any(h == "Eric Johansson" or t == "Eric Johansson" for h, _, t in found), found


def test_two_names_called_so_are_ambiguous(extract):
    found = rules_of(extract, "Gothenburg is a city in Sweden, and Uppsala is a city north of Stockholm. "
                              "The city was founded by Eric Johansson.")
    assert not any(h == "Eric Johansson" for h, _, _ in found), found


def test_another_place_as_subject_in_between_is_ambiguous(extract):
    found = rules_of(extract, "Gothenburg is a city in Sweden. Uppsala lies north of Stockholm. "
                              "The city was founded by Eric Johansson.")
    assert not any(h == "Eric Johansson" for h, _, _ in found), found


def test_a_modified_noun_is_not_a_reference_back(extract):
    # "the new album" may be another album than the one named before
    found = rules_of(extract, "Northern Lights is the second album by Glass Harbour. "
                              "The new album was produced by Nigel Godrich.")
    assert not any(h == "Nigel Godrich" for h, _, _ in found), found
