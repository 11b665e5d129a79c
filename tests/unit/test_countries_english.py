"""``is_country``: the English names ISO spells otherwise count as countries for the relation
rules, while ``country_of`` (labels) is unchanged."""

from kg.lexicon.countries import country_of, is_country


def test_english_names_iso_spells_otherwise_are_countries():
    assert is_country("Turkey") and is_country("Russia") and is_country("Ivory Coast")
    assert country_of("Turkey") is None  # labels still come from ISO's names only


def test_parts_and_other_names_are_not_countries():
    assert not is_country("Wales") and not is_country("Ontario") and not is_country("Apple")
    assert is_country("France")
