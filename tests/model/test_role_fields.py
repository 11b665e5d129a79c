"""A role that names its own field after ``of`` is held at a body, not of it
(``kg.relations.fields``), with the real model (sentences written for these tests): "Tenryu's head
of international development" is no head of Tenryu. Each row of the office rules that labels a
role keeps the field: an apposition, a possessive, a copula, a role taken ``as``."""

from __future__ import annotations

import pytest

from kg.predicates import classify
from tests.conftest import triple_rules


@pytest.mark.parametrize("text, head, relation, tail", [
    ("Tenryu's head of international development, Kaori Sato, said the talks were over.",
     "Kaori Sato", "head of international development at", "Tenryu"),
    ("Kevin Park, Samsung's head of mobile, declined to comment.", "Kevin Park", "head of mobile at", "Samsung"),
    ("Anna Berg, head of research at Nordea, expects two rate cuts.", "Anna Berg", "head of research at", "Nordea"),
    ("Tim Cook is the head of research at Apple.", "Tim Cook", "head of research at", "Apple"),
    ("Globex hired Ann Lee as head of research last year.", "Ann Lee", "head of research at", "Globex"),
])
def test_a_role_with_its_field_is_held_at_the_body(extract, text, head, relation, tail):
    found = triple_rules(extract, text)
    assert (head, relation, tail) in found, found
    assert not any(h == head and t == tail and r in ("head of", "head at") for h, r, t in found), found


@pytest.mark.parametrize("text, head, relation, tail", [
    ("Zhu Jun, head of TikTok, spoke.", "Zhu Jun", "head of", "TikTok"),  # the body itself after "of"
    ("Peru's minister of economy, Alex Contreras, spoke.", "Alex Contreras", "minister of", "Peru"),  # a place
    ("Mr Ruiz is Peru's minister of finance.", "Ruiz", "minister of", "Peru"),
])
def test_a_body_or_a_place_keeps_the_plain_role(extract, text, head, relation, tail):
    assert (head, relation, tail) in triple_rules(extract, text)


def test_the_field_does_not_hide_the_roles_predicate():
    """"professor of history at" is the employer's row, as "professor at" is."""
    p = classify("professor of history at", "copula", ["PERSON"], ["ORG"])
    assert p is not None and p.name == "employer"
