"""Hand-built parses for "one" standing for the plural joint act before it
(``kg.relations.one_between``): "signed several agreements, including one between Bolt and Cray"
joins Bolt and Cray as an agreement between them does; "one" after no such plural, or between
three names, joins nothing."""

from __future__ import annotations

from hand_docs import make_doc, relations_of


def _signed(plural: str = "agreements", third: bool = False):
    """"Acme signed several <plural> , including one between Bolt and Cray [and Dyne] ." """
    words = ["Acme", "signed", "several", plural, ",", "including", "one", "between", "Bolt", "and", "Cray"]
    heads = [1, 1, 3, 1, 3, 3, 5, 6, 7, 8, 8]
    deps = ["nsubj", "ROOT", "amod", "dobj", "punct", "prep", "pobj", "prep", "pobj", "cc", "conj"]
    pos = ["PROPN", "VERB", "ADJ", "NOUN", "PUNCT", "VERB", "NUM", "ADP", "PROPN", "CCONJ", "PROPN"]
    tags = ["NNP", "VBD", "JJ", "NNS", ",", "VBG", "CD", "IN", "NNP", "CC", "NNP"]
    ents = ["B-ORG", "O", "O", "O", "O", "O", "O", "O", "B-ORG", "O", "B-ORG"]
    if third:
        words += [",", "Dyne"]
        heads += [10, 10]
        deps += ["punct", "conj"]
        pos += ["PUNCT", "PROPN"]
        tags += [",", "NNP"]
        ents += ["O", "B-ORG"]
    words.append(".")
    heads.append(1)
    deps.append("punct")
    pos.append("PUNCT")
    tags.append(".")
    ents.append("O")
    lemmas = [w.lower() for w in words]
    lemmas[1] = "sign"
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)


def test_one_between_two_names_after_a_plural_joint_act_is_that_act():
    assert ("Bolt", "agreement with", "Cray", "one_between") in relations_of(_signed())


def test_one_after_no_joint_act_or_between_three_names_joins_nothing():
    assert not any(r[3] == "one_between" for r in relations_of(_signed("photographs")))
    assert not any(r[3] == "one_between" for r in relations_of(_signed(third=True)))
