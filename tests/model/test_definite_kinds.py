"""A definite description by a general noun stands for a thing the text described by a specific
one (``kg.relations.pronoun_kinds.ALSO_CALLED``): real sentences through the real model."""

from __future__ import annotations

import pytest

from conftest import triple_rules as _said  # (head, relation, tail) -> rule
from kg.relations.pronoun_kinds import ALSO_CALLED


def test_the_tower_is_the_skyscraper_the_lead_described(extract):
    said = _said(extract, "Kestrel House is a 42-storey office skyscraper in Auckland. "
                          "The tower is owned by Tasman Property Trust.")
    assert ("Tasman Property Trust", "owned", "Kestrel House") in said


def test_the_building_is_the_hotel_and_no_general_noun_joins_another_kind(extract):
    said = _said(extract, "The Grand Meridian is a luxury hotel in Lisbon. The building was designed by Raul Lino.")
    assert ("Raul Lino", "designed", "Grand Meridian") in said
    said = _said(extract, "Lake Vira is a lake in Estonia. The building was designed by Raul Lino.")
    assert not any(h == "Raul Lino" and t == "Lake Vira" for h, _, t in said)


@pytest.mark.parametrize("general", sorted(ALSO_CALLED))
def test_every_general_noun_stands_for_specific_ones_not_itself_alone(general):
    assert ALSO_CALLED[general] and all(n.islower() and " " not in n for n in ALSO_CALLED[general])
