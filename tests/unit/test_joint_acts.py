"""The ``joint_act`` row (``kg.relations.joint_acts``) on hand-built parses: what a subject made
"with" someone, that one made too; parses on which it must stay silent."""

from __future__ import annotations

from hand_docs import make_doc, relations_of as relations
from spacy.tokens import Doc


def _founded(verb: str = "founded", lemma: str = "found", partner_ent: str = "B-PERSON",
             on_object: bool = False) -> Doc:
    """"Page <verb> Orbis with Brin ." with "with" on the verb (or on the object's name)."""
    return make_doc(["Page", verb, "Orbis", "with", "Brin", "."], [1, 1, 1, 2 if on_object else 1, 3, 1],
                    ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                    pos=["PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"], tags=["NNP", "VBD", "NNP", "IN", "NNP", "."],
                    ents=["B-PERSON", "O", "B-ORG", "O", partner_ent, "O"],
                    lemmas=["page", lemma, "orbis", "with", "brin", "."])


def test_the_one_a_subject_founded_a_body_with_founded_it_too():
    assert ("Brin", "founded", "Orbis", "joint_act") in relations(_founded())
    assert ("Brin", "founded", "Orbis", "joint_act") in relations(_founded(on_object=True))


def test_no_joint_act_with_another_verb_or_no_partner():
    assert not any(r[3] == "joint_act" for r in relations(_founded("praised", "praise")))
    assert not any(r[3] == "joint_act" for r in relations(_founded(partner_ent="B-DATE")))
