"""``at`` + a name the parser hangs under the verb's unnamed object says where the clause
happened (kg.relations.nested_at). Real sentences through the real model; each case: what must
be found, and what must not."""

from __future__ import annotations

from conftest import triple_rules as triples


def test_at_under_the_object_of_a_preposition(extract):
    found = triples(extract, "Martin Rettl is an Austrian skeleton racer. "
                             "He won two medals in the men's skeleton event at the FIBT World Championships.")
    assert found.get(("Martin Rettl", "won at", "FIBT World Championships")) == "nested_at+antecedent", found


def test_at_two_prepositions_under_the_direct_object(extract):
    found = triples(extract, "Georg Jochmann was a German physician. "
                             "In 1904 he obtained his habilitation for internal medicine at the University of Breslau.")
    assert ("Georg Jochmann", "obtained at", "University of Breslau") in found, found


def test_at_under_a_person_noun_is_that_person_s(extract):
    found = triples(extract, "John Smith was an English banker. "
                             "He married the daughter of a professor at Harvard University.")
    assert not any(t == "Harvard University" for _, _, t in found), found


def test_at_under_what_the_clause_is_about_places_the_topic(extract):
    found = triples(extract, "The Cranford Protocol was an oral undertaking given in 1952 by the British "
                             "Government to the residents of Cranford regarding the usage of the runways at "
                             "London Heathrow Airport.")
    assert not any(r.endswith(" at") and t == "London Heathrow Airport" for _, r, t in found), found


def test_at_under_a_plural_after_of_places_those_things(extract):
    found = triples(extract, "Philip Ruddock is an Australian politician. He says Australians need to look "
                             "beyond the small number of trouble makers at the Woomera Centre.")
    assert not any(t == "Woomera Centre" for _, _, t in found), found


def test_at_under_a_singular_after_of(extract):
    found = triples(extract, "Stefan Grigorie is a Romanian footballer. "
                             "He spent the first years of his career at Craiova.")
    assert ("Stefan Grigorie", "spent at", "Craiova") in found, found
