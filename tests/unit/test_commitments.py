"""Whose act an infinitive on a commitment's noun is (``kg.relations.controlled.commitment_verb``),
on hand-built parses: "Orbis announced its intention to buy Lund" is Orbis's (hedged: an intention
states no act yet), "Orbis announced Holm's intention to buy Lund" is not."""

from __future__ import annotations

from hand_docs import make_doc, relations_of as relations
from spacy.tokens import Doc


def _intention(owner: list[str], noun: str = "intention") -> Doc:
    """"Orbis announced <owner> <noun> to buy Lund ." with ``owner`` ["its"] or ["Holm", "'s"]."""
    named = len(owner) == 2
    k = len(owner)
    words = ["Orbis", "announced", *owner, noun, "to", "buy", "Lund", "."]
    heads = [1, 1, *([2 + k, 2] if named else [2 + k]), 1, 4 + k, 2 + k, 4 + k, 1]
    deps = ["nsubj", "ROOT", *(["poss", "case"] if named else ["poss"]), "dobj", "aux", "acl", "dobj", "punct"]
    pos = ["PROPN", "VERB", *(["PROPN", "PART"] if named else ["PRON"]), "NOUN", "PART", "VERB", "PROPN", "PUNCT"]
    tags = ["NNP", "VBD", *(["NNP", "POS"] if named else ["PRP$"]), "NN", "TO", "VB", "NNP", "."]
    ents = ["B-ORG", "O", *(["B-PERSON", "O"] if named else ["O"]), "O", "O", "O", "B-ORG", "O"]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents,
                    lemmas=["orbis", "announce", *(w.lower() for w in owner), noun, "to", "buy", "lund", "."])


def test_an_intention_the_subject_announced_as_its_own_is_its_act():
    assert ("Orbis", "buy", "Lund", "svo") in relations(_intention(["its"]))


def test_anothers_intention_or_a_noun_of_no_commitment_is_not_the_subjects():
    assert not any(h == "Orbis" and t == "Lund" for h, _, t, _ in relations(_intention(["Holm", "'s"])))
    assert not any(h == "Orbis" and t == "Lund" for h, _, t, _ in relations(_intention(["its"], "report")))
