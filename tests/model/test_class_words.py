"""Class words read for what they are: real sentences through the real model (``extract`` fixture).

- a capitalised class noun after "a" is no name ("is a Zone in the Ethiopian Amhara Region":
  ``kg.junk``);
- a people's adjective on a nickname or a name is its language, no nationality ("His Turkish
  nickname is İmparator": ``kg.relations.descriptions.nationality``);
- a place noun's "of" names a verb's object ("borders the municipalities of A and B": the edge
  is the verb's, ``kg.relations.verbs``)."""

from __future__ import annotations

from conftest import triple_rules as _said  # (head, relation, tail) -> rule


def test_a_capitalised_class_noun_after_a_is_no_name(extract):
    result, said = extract("Debub Gondar (or South Gondar) is a Zone in the Ethiopian Amhara Region.")
    assert "Zone" not in {m.text for m in result.mentions}
    assert ("Debub Gondar", "zone in", "Ethiopian Amhara Region") in said
    # a name after "a" followed by its noun, or a name no class noun, stays
    result, _ = extract("He drove a Ford truck across a Europe on the verge of war.")
    assert {"Ford", "Europe"} <= {m.text for m in result.mentions}


def test_a_peoples_adjective_on_a_nickname_is_no_nationality(extract):
    _, said = extract("Fatih Terim is a football manager. His Turkish nickname is İmparator.")
    assert not any(r in ("nationality", "country") for _, r, _ in said)
    _, said = extract("Fatih Terim is a Turkish football manager.")
    assert ("Fatih Terim", "nationality", "Turkish") in said


def test_a_place_nouns_of_names_the_verbs_object(extract):
    said = _said(extract, "Castelnuovo is a comune in Italy. It borders the municipalities of Demonte and Moiola.")
    assert {("Castelnuovo", "border", "Demonte"), ("Castelnuovo", "border", "Moiola")} <= said.keys()
    said = _said(extract, "Apple bought the offices of Acme Corp.")  # no place noun: the noun stays in the label
    assert ("Apple", "bought offices of", "Acme Corp.") in said
