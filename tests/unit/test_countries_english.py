"""``is_country``: the English names ISO spells otherwise count as countries for the relation
rules, while ``country_of`` (labels) is unchanged."""

from kg.lexicon.countries import country_of, is_country


def test_english_names_iso_spells_otherwise_are_countries():
    assert is_country("Turkey") and is_country("Russia") and is_country("Ivory Coast")
    assert country_of("Turkey") is None  # labels still come from ISO's names only


def test_parts_and_other_names_are_not_countries():
    assert not is_country("Wales") and not is_country("Ontario") and not is_country("Apple")
    assert is_country("France")


def test_one_lookup_names_the_same_countries():
    """``is_country`` and ``country_named`` are one lookup: they disagreed on nine names (a
    part, "Wales", was the United Kingdom for one; "Burma", "Palestine" no country for the other)."""
    from countryinfo import CountryInfo

    from kg.lexicon.countries import country_named

    names = {info.get("name") or name for name, info in CountryInfo.all().items()}
    names |= {"Wales", "Burma", "Palestine", "Macau", "Vatican City State", "Scotland", "Ohio"}
    assert all(is_country(n) == (country_named(n) is not None) for n in names)
    assert country_named("Wales") is None and country_named("Scotland") is None
    assert country_named("Burma") == "Myanmar" and country_named("Palestine") == "State of Palestine"
