"""Hand-built parses for "one" standing for the plural joint act before it
(``kg.relations.one_between``): "signed several agreements, including one between Bolt and Cray"
joins Bolt and Cray as an agreement between them does; "one" after no such plural, or between
three names, joins nothing."""

from __future__ import annotations

from hand_docs import make_doc, relations_of


def _signed(plural: str = "agreements", third: bool = False):
    """"Acme signed several <plural> , including one between Bolt and Cray [, Dyne] ." """
    rows = [("Acme", 1, "nsubj", "PROPN", "NNP", "B-ORG"), ("signed", 1, "ROOT", "VERB", "VBD", "O"),
            ("several", 3, "amod", "ADJ", "JJ", "O"), (plural, 1, "dobj", "NOUN", "NNS", "O"),
            (",", 3, "punct", "PUNCT", ",", "O"), ("including", 3, "prep", "VERB", "VBG", "O"),
            ("one", 5, "pobj", "NUM", "CD", "O"), ("between", 6, "prep", "ADP", "IN", "O"),
            ("Bolt", 7, "pobj", "PROPN", "NNP", "B-ORG"), ("and", 8, "cc", "CCONJ", "CC", "O"),
            ("Cray", 8, "conj", "PROPN", "NNP", "B-ORG")]
    rows += [(",", 10, "punct", "PUNCT", ",", "O"), ("Dyne", 10, "conj", "PROPN", "NNP", "B-ORG")] if third else []
    rows.append((".", 1, "punct", "PUNCT", ".", "O"))
    words, heads, deps, pos, tags, ents = (list(col) for col in zip(*rows))
    lemmas = [w.lower() for w in words]
    lemmas[1] = "sign"
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)


def test_one_between_two_names_after_a_plural_joint_act_is_that_act():
    assert ("Bolt", "agreement with", "Cray", "one_between") in relations_of(_signed())


def test_one_after_no_joint_act_or_between_three_names_joins_nothing():
    assert not any(r[3] == "one_between" for r in relations_of(_signed("photographs")))
    assert not any(r[3] == "one_between" for r in relations_of(_signed(third=True)))
