"""Life dates after a birth name or post-nominal letters set off by a comma: "Eva Bosáková, née
Věchtová (18 December 1931 in Mladá Boleslav – …)", "Chrysostom Blashkevich, OSB (January 27,
1915, Bely, Tver Oblast, …)" (kg.relations.parentheses ``life_dates``). Real sentences through the
real model, and set-off words after which a bracket is no one's life dates."""

from __future__ import annotations

import pytest


def life(extract, text):
    result, _ = extract(text)
    return {(result.mentions[t.head].text, t.relation, result.mentions[t.tail].text)
            for t in result.triples if t.rule.partition("+")[0] == "life_dates"}


def test_a_birth_name_between_the_name_and_its_life_dates(extract):
    text = ("Eva Bosáková - Hlaváčková, née Věchtová (18 December 1931 in Mladá Boleslav – 10 November 1991 "
            "in Prague) was a Czech gymnast.")
    assert {("Eva Bosáková - Hlaváčková", "born in", "Mladá Boleslav"),
            ("Eva Bosáková - Hlaváčková", "died in", "Prague")} <= life(extract, text)


def test_post_nominal_letters_between_the_name_and_its_life_dates(extract):
    text = ("Chrysostom Blashkevich, OSB (January 27, 1915, Bely, Tver Oblast, Russian Federation - "
            "October 3, 1981, Niederalteich, Germany) was a Benedictine monk.")
    assert ("Chrysostom Blashkevich", "born in", "Tver Oblast") in life(extract, text)


@pytest.mark.parametrize("text", [
    # a set-off name that is no birth name nor letters: the bracket is that name's
    "The band hired John Smith, guitarist of Oasis (born 1950 in Manchester), in 1990.",
    "Jane Doe, the mayor (2001 – 2009, Boston), spoke on Monday.",
])
def test_no_life_dates_behind_other_set_off_words(extract, text):
    assert not {e for e in life(extract, text) if e[0] in ("John Smith", "Jane Doe")}
