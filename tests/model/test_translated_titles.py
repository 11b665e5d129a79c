"""Titles and kinds that news translated from German (or Russian, French) writes capitalised
before a name: "Federal Chancellor Olaf Scholz" is Olaf Scholz, "the Company Volkswagen" is
Volkswagen (kg.trim's ``role_before_name`` and ``kind_before_name``). With the real model: each
pattern, and names that must stay whole."""

from __future__ import annotations

import pytest


def names(extract, text):
    result, _ = extract(text)
    return {(m.text, m.type) for m in result.mentions}


@pytest.mark.parametrize("text, name", [
    ("BERLIN, 14.05.2023 (dpa) - Federal Chancellor Olaf Scholz (SPD) has on Sunday the Ukrainian President "
     "Wolodymyr Selenskyj in the Chancellery received.", ("Olaf Scholz", "PERSON")),
    ("The Federal Minister for Economy Robert Habeck (Greens) criticised meanwhile the Company Volkswagen, "
     "because it in Xinjiang a factory operates.", ("Volkswagen", "ORG")),
    ("The Agency Xinhua reported that the Concern Rosneft had signed.", ("Rosneft", "ORG")),
])
def test_title_or_kind_cut_before_the_name(extract, text, name):
    found = names(extract, text)
    assert name in found
    assert not any(t.startswith(("Federal Chancellor", "Company", "Concern")) for t, _ in found)


@pytest.mark.parametrize("text, name", [
    ("The Federal Reserve raised rates.", "Federal Reserve"),
    ("Federal Express delivered the parcel.", "Federal Express"),
    ("He played Company of Heroes all night.", "Company of Heroes"),
])
def test_names_that_start_so_stay_whole(extract, text, name):
    assert name in {t for t, _ in names(extract, text)}
