"""``kg.acronyms``: the acronyms a document defines, and the type a bare mention of one takes from
the body it stands for ("Seoul Institute of Technology (SIT) … SIT President" is a body though NER
read "SIT" as a people); an acronym defined for a place keeps NER's types."""

from __future__ import annotations

from kg.acronyms import acronyms_typed, defined_acronyms
from kg.model import Mention

TEXT = "Seoul Institute of Technology (SIT) signed. SIT President Kim spoke."


def _mentions(long_type: str = "ORG") -> list[Mention]:
    return [Mention("t", 0, 29, "Seoul Institute of Technology", long_type, 0, 43),
            Mention("t", 44, 47, "SIT", "NORP", 44, 66)]


def test_a_bare_acronym_takes_the_type_of_the_body_it_was_defined_for():
    assert defined_acronyms(TEXT, _mentions()) == {"SIT": "Seoul Institute of Technology"}
    typed = acronyms_typed(TEXT, _mentions())
    assert [(m.text, m.type, m.origin) for m in typed][1] == ("SIT", "ORG", "typed")
    assert [m.type for m in acronyms_typed(TEXT, _mentions("GPE"))] == ["GPE", "NORP"]  # defined for a place
