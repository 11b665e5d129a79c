"""``region_of`` through ``in`` and a place noun, and over the names of a plural region noun:
"the Pahuatlán municipality of the state of Puebla", "Cheboygan and Presque Isle counties in
northern Michigan". Real sentences through the real model, and plurals that name no region."""

from __future__ import annotations

import pytest


def regions(extract, text):
    result, _ = extract(text)
    return {(result.mentions[t.head].text, t.relation, result.mentions[t.tail].text)
            for t in result.triples if t.rule == "region_of"}


@pytest.mark.parametrize("text, edges", [
    ("Black Lake is located in Cheboygan and Presque Isle counties in northern Michigan.",
     {("Cheboygan", "located in", "Michigan"), ("Presque Isle", "located in", "Michigan")}),
    ("It belongs to the Pahuatlán municipality of the state of Puebla.", {("Pahuatlán", "located in", "Puebla")}),
    ("Pskhu is a village in the Sukhumi district of Abkhazia.", {("Sukhumi", "located in", "Abkhazia")}),
])
def test_the_region_a_name_names_lies_in_the_place_after_it(extract, text, edges):
    assert edges <= regions(extract, text)


@pytest.mark.parametrize("text", [
    "He lived in the Cheboygan and Presque Isle counties.",       # no place after the noun
    "France and Germany are countries in Europe.",                # no region noun: class_noun's
    "The Lazio region in 2010 held elections.",                   # a date, not a place
])
def test_no_region_of_without_a_place_after_a_region_noun(extract, text):
    assert not regions(extract, text)
