"""Genitives as news translated from Swahili, Spanish, Portuguese or Vietnamese writes them, with the real
model (sentences written for these tests): a body named after its kind and "of" ("the party of
Orange Democratic Movement": ``kg.relations.named_nouns.GENITIVE_KINDS``), and an office's holder
named after a noun of his trade ("the manager general of the company, the engineer Santiago
Rojas": ``kg.holder_repairs._role_of_person``), and an office on a body's board ("chairman of the board
of directors of Vingroup"). Each case: what must be found, and what must not."""

from __future__ import annotations

import pytest

from tests.conftest import triple_rules


@pytest.mark.parametrize("text, edge", [
    ("Galgalo, who is the leader of the party of Orange Democratic Movement in the county, said it.",
     ("Galgalo", "leader of", "Orange Democratic Movement")),
    ("Wanjiku, who is the chairwoman of the company of Rift Logistics Limited, resigned on Monday.",
     ("Wanjiku", "chairwoman of", "Rift Logistics Limited")),
])
def test_a_kind_of_a_body_is_the_body(extract, text, edge):
    assert edge in triple_rules(extract, text)


@pytest.mark.parametrize("text, person, body", [
    ("Otieno, who is the director of the parent company of Rift Logistics, resigned on Monday.",
     "Otieno", "Rift Logistics"),  # another body: the parent
    ("Sisulu, who is the editor of the newspaper of the ANC, resigned on Monday.", "Sisulu", "ANC"),
])
def test_a_body_of_a_body_is_another(extract, text, person, body):
    assert not any(h == person and t == body for h, _, t in triple_rules(extract, text))


@pytest.mark.parametrize("text, edge", [
    ("The manager general of Minera Andina, the engineer Santiago Rojas Pinedo, affirmed that the company "
     "will appeal.", ("Santiago Rojas Pinedo", "manager general of", "Minera Andina")),
    ("The general manager of Acme Corp, the engineer John Smith, said that the company will appeal.",
     ("John Smith", "general manager of", "Acme Corp")),
    ("The director of Rift Logistics, the businessman Peter Ochieng, said it.",
     ("Peter Ochieng", "director of", "Rift Logistics")),
])
def test_a_holder_named_after_his_trade_holds_the_office(extract, text, edge):
    assert edge in triple_rules(extract, text)


def test_the_body_before_a_holders_trade_stays_a_body(extract):
    """The parser hangs "the engineer John Smith" on the company; a person's noun set off after a
    name made it a person before the repair moved the noun to the office."""
    result, _ = extract("The general manager of Acme Corp, the engineer John Smith, said that the company will appeal.")
    assert {m.text: m.type for m in result.mentions}.get("Acme Corp") == "ORG"


@pytest.mark.parametrize("text, edge", [
    ("Mr. Pham Nhat Vuong, chairman of the board of directors of Vingroup, said that the factory will open.",
     ("Pham Nhat Vuong", "chairman of", "Vingroup")),
    ("John Smith, chairman of the board of trustees of the Ford Foundation, said it.",
     ("John Smith", "chairman of", "Ford Foundation")),
])
def test_the_board_of_directors_of_a_body_is_the_bodys(extract, text, edge):
    """``named_place`` goes on through "the board of directors of" to the body the board governs."""
    assert edge in triple_rules(extract, text)
