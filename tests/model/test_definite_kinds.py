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


@pytest.mark.parametrize("text, said", [
    # a facility's noun after its name calls the name by it (kg.relations.named_nouns.named_kind)
    ("Workers blocked the road to the Antapaccay mine. The mine is located in Cusco.",
     ("Antapaccay", "located in", "Cusco")),
    # a lower-case noun before the name calls it so, as an apposition would
    ("Tourists visited the river Thames in London. The river flows through Oxford.",
     ("Thames", "flow through", "Oxford")),
    # a participle set off by commas adds to a noun already known: still a reference back
    ("Workers blocked the road to the Antapaccay mine. The mine, operated by Glencore, produces copper.",
     ("Glencore", "operated", "Antapaccay")),
])
def test_a_definite_noun_stands_for_the_name_the_text_called_so(extract, text, said):
    assert said in _said(extract, text)


def test_a_restrictive_clause_makes_the_noun_no_reference_back(extract):
    said = _said(extract, "Workers blocked the road to the Antapaccay mine. The mine operated by Glencore is closed. "
                          "The mine owned by Vale was sold to Anglo American.")
    assert not any(t == "Antapaccay" for _, _, t in said) and not any(h == "Antapaccay" for h, _, _ in said)


@pytest.mark.parametrize("general", sorted(ALSO_CALLED))
def test_every_general_noun_stands_for_specific_ones_not_itself_alone(general):
    assert ALSO_CALLED[general] and all(n.islower() and " " not in n for n in ALSO_CALLED[general])
