"""A body's acronym written right before a person's name, as translations word for word write it
("the director general of the PAD Ousmane Diallo"), with the real model: two names, the body's
and the person's (``kg.office_inside.split_at_acronym``), which ``kg.adjacent`` does not join again."""

from __future__ import annotations


def test_an_acronym_before_a_persons_name_is_two_names(extract):
    result, _ = extract("The protocol was signed by the director general of the PAD Ousmane Diallo and the head "
                        "of the mission EEMM Margaret Hope on Monday.")
    found = {(m.text, m.type) for m in result.mentions}
    assert found >= {("PAD", "ORG"), ("Ousmane Diallo", "PERSON"), ("EEMM", "ORG"), ("Margaret Hope", "PERSON")}, found


def test_a_members_title_and_a_bodys_name_stay_as_they_were(extract):
    result, _ = extract("NASA Ames Research Center said the launch would go ahead, TD Padraig Hurley said.")
    assert ("NASA Ames Research Center", "ORG") in {(m.text, m.type) for m in result.mentions}
