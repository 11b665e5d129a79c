"""kg.relative_repairs on hand-built parses: a singular relative clause the parser hung on a
plural noun goes to the singular object of the noun's "of" right before its comma; a plural
clause, or one not set off right after the "of" object, keeps its head."""

from __future__ import annotations

from hand_docs import make_doc, relations_of

from kg.relative_repairs import relatives_of_the_of_object


def _members(verb: str = "covers", tag: str = "VBZ", comma: bool = True):
    """"Members of Vale Council [,] which covers Bridgnorth , voted ." as the parser reads it:
    the relative clause on "Members"."""
    words = ["Members", "of", "Vale", "Council", *([","] if comma else []), "which", verb, "Bridgnorth", ",",
             "voted", "."]
    k = 4 + comma  # "which"
    root = k + 4
    heads = [root, 0, 3, 1, *([0] if comma else []), k + 1, 0, k + 1, root, root, root]
    deps = ["nsubj", "prep", "compound", "pobj", *(["punct"] if comma else []), "nsubj", "relcl", "dobj", "punct",
            "ROOT", "punct"]
    tags = ["NNS", "IN", "NNP", "NNP", *([","] if comma else []), "WDT", tag, "NNP", ",", "VBD", "."]
    pos = ["NOUN", "ADP", "PROPN", "PROPN", *(["PUNCT"] if comma else []), "PRON", "VERB", "PROPN", "PUNCT", "VERB",
           "PUNCT"]
    ents = ["O", "O", "B-ORG", "I-ORG", *(["O"] if comma else []), "O", "O", "B-GPE", "O", "O", "O"]
    lemmas = [{"covers": "cover", "cover": "cover", "voted": "vote"}.get(w, w.lower()) for w in words]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas), k + 1


def test_a_singular_relative_clause_on_a_plural_noun_goes_to_the_of_object():
    doc, verb = _members()
    assert relatives_of_the_of_object(doc) == [verb]
    assert doc[verb].head.text == "Council"
    assert ("Vale Council", "cover", "Bridgnorth", "svo") in relations_of(doc)


def test_a_plural_clause_or_one_not_set_off_keeps_its_head():
    for doc, verb in (_members("cover", "VBP"), _members(comma=False)):
        assert relatives_of_the_of_object(doc) == []
        assert doc[verb].head.text == "Members"
