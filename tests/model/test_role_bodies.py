"""A role before a person's name, at the body it is held in (``kg.relations.nouns.title``), with
the real model (sentences written for these tests): a bare common noun there stands for the one
body the story named by it before ("hospital spokeswoman" after "Westmead Hospital",
``kg.relations.nouns.body_noun``); the roles of parliaments and of cricket ("backbencher", "MP",
"bowler", "batsman") are roles like "senator" and "striker"."""

from __future__ import annotations

import pytest

from tests.conftest import triple_rules


def test_a_bare_noun_before_a_role_is_the_body_named_before(extract):
    found = triple_rules(extract, "Two climbers were flown to Westmead Hospital in Sydney on Sunday. "
                                  '"Both are stable," hospital spokeswoman Mary Jones said.')
    assert found.get(("Mary Jones", "hospital spokeswoman of", "Westmead Hospital")) \
        == "title+antecedent+description"


@pytest.mark.parametrize("text", [
    # no hospital named before
    'The fire began at a timber plant in Goshen on Sunday. "Both are stable," hospital spokeswoman Mary Jones said.',
    # two hospitals named: the noun could be either
    "One climber was flown to Westmead Hospital and one to Royal Prince Alfred Hospital on Sunday. "
    '"Both are stable," hospital spokeswoman Mary Jones said.',
])
def test_a_bare_noun_without_one_body_before_it_is_no_body(extract, text):
    assert not any(h == "Mary Jones" for h, _, _ in triple_rules(extract, text))


@pytest.mark.parametrize("text, head, relation, tail", [
    ("The bill was opposed by Liberal backbencher Tom Reid and two independents.",
     "Tom Reid", "backbencher of", "Liberal"),
    ("Victoria fast bowler Tom Reid took four wickets on the first day.", "Tom Reid", "fast bowler of", "Victoria"),
    ("The visitors were rescued by England batsman Joe Hart, who made 120.", "Joe Hart", "batsman of", "England"),
])
def test_the_roles_of_parliaments_and_cricket(extract, text, head, relation, tail):
    assert (head, relation, tail) in triple_rules(extract, text)


def test_a_company_announces_its_own_officers(extract):
    """"The company also said chief financial officer Ingrid Solberg would step down": the role is
    the reporting body's ("the company" for the one named before); not a role no body announces
    its people by, nor a speaker that is no body."""
    found = triple_rules(extract, "Halvorsen Energy ASA reported a profit on Thursday. The company also said chief "
                                  "financial officer Ingrid Solberg would step down.")
    assert ("Ingrid Solberg", "chief financial officer of", "Halvorsen Energy ASA") in found, found
    found = triple_rules(extract, "The minister said president Joe Biden would visit Tokyo.")
    assert not any(h == "Joe Biden" and r.endswith(" of") for h, r, _ in found), found
