"""A quoted title the parser read as a clause after a noun for works: the parse repair
(``kg.quoted_titles``) and the participle row it feeds, on hand-built parses, with parses on
which it must stay silent."""

from __future__ import annotations

from hand_docs import make_doc, relations_of as relations
from spacy.tokens import Doc

from kg.parse_repairs import repair_parse


def _film(noun: str = "film", first: str = "Cranes") -> Doc:
    """"She starred in the <noun> " <first> Are Flying " , directed by Kalatozov ." as the parser
    reads it: the title a clause of "starred", "directed" a clause of its verb."""
    words = ["She", "starred", "in", "the", noun, '"', first, "Are", "Flying", '"', ",", "directed", "by",
             "Kalatozov", "."]
    heads = [1, 1, 1, 4, 2, 8, 8, 8, 1, 8, 8, 8, 11, 12, 1]
    deps = ["nsubj", "ROOT", "prep", "det", "pobj", "punct", "nsubj", "aux", "ccomp", "punct", "punct", "advcl",
            "agent", "pobj", "punct"]
    pos = ["PRON", "VERB", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "AUX", "VERB", "PUNCT", "PUNCT", "VERB", "ADP",
           "PROPN", "PUNCT"]
    tags = ["PRP", "VBD", "IN", "DT", "NN", "``", "NNP", "VBP", "VBG", "''", ",", "VBN", "IN", "NNP", "."]
    ents = ["O"] * 6 + ["B-WORK_OF_ART", "I-WORK_OF_ART", "I-WORK_OF_ART"] + ["O"] * 4 + ["B-PERSON", "O"]
    lemmas = [w.lower() for w in words]
    lemmas[1], lemmas[7], lemmas[8], lemmas[11] = "star", "be", "fly", "direct"
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)


def test_a_quoted_title_read_as_a_clause_is_one_name_on_its_noun():
    doc = _film()
    assert repair_parse(doc) == [6, 7, 8]
    assert (doc[8].head.text, doc[8].dep_, doc[6].head.text, doc[11].head.text, doc[11].dep_) == \
        ("film", "appos", "Flying", "Flying", "acl")
    assert ("Kalatozov", "directed", "Cranes Are Flying", "passive") in relations(doc)


def test_a_quote_after_another_noun_or_in_lower_case_keeps_its_parse():
    assert repair_parse(_film(noun="interview")) == []  # "said in the interview "We Are Leaving""
    assert repair_parse(_film(first="cranes")) == []
