"""Whose act an infinitive on a commitment noun states (``kg.relations.controlled``), on hand-built
parses: "Acme signed a deal to buy Zeta" (Acme buys Zeta), and parses that give the buying to no
one (a verb judging another's deal, a deal that is someone's own)."""

from __future__ import annotations

from hand_docs import make_doc, relations_of

from kg.relations.controlled import COMMIT_VERBS, COMMITMENT_NOUNS


def _deal(verb: str, lemma: str, owner: bool = False, det: str = "a") -> list[tuple[str, str, str, str]]:
    """``Acme <verb> [Bolt 's | <det>] deal to buy Zeta .``"""
    own = ["Bolt", "'s"] if owner else [det]
    words = ["Acme", verb, *own, "deal", "to", "buy", "Zeta", "."]
    d = 2 + len(own)  # "deal"
    heads = [1, 1, *([d, 2] if owner else [d]), 1, d + 2, d, d + 2, 1]
    deps = ["nsubj", "ROOT", *(["poss", "case"] if owner else ["det"]), "dobj", "aux", "acl", "dobj", "punct"]
    pos = ["PROPN", "VERB", *(["PROPN", "PART"] if owner else ["DET"]), "NOUN", "PART", "VERB", "PROPN", "PUNCT"]
    tags = ["NNP", "VBD", *(["NNP", "POS"] if owner else ["DT"]), "NN", "TO", "VB", "NNP", "."]
    ents = ["B-ORG", "O", *(["B-ORG", "O"] if owner else ["O"]), "O", "O", "O", "B-ORG", "O"]
    lemmas = ["acme", lemma, *(["bolt", "'s"] if owner else [det]), "deal", "to", "buy", "zeta", "."]
    doc = make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)
    return [r for r in relations_of(doc) if r[1] == "buy"]


def test_the_subject_that_signed_a_deal_does_what_it_says():
    assert _deal("signed", "sign") == [("Acme", "buy", "Zeta", "svo")]


def test_a_deal_judged_or_owned_by_another_is_not_the_subjects():
    assert not [r for r in _deal("defended", "defend") if r[0] == "Acme"]
    assert not [r for r in _deal("signed", "sign", owner=True) if r[0] == "Acme"]


def test_a_denied_commitment_gives_the_act_to_no_one():
    # "Acme has no deal to buy Zeta" (as "Nestle has no plans to leave Russia")
    assert not [r for r in _deal("has", "have", det="no") if r[0] == "Acme"]


def test_the_tables_hold_lower_case_words():
    assert all(w == w.lower() for w in COMMITMENT_NOUNS | COMMIT_VERBS)
