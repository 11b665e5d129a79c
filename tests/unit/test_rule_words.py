"""``Rule.words``: a token row's walk asks its anchor only of the words the row names, so no
other word may pass the anchor, and every such row's example starts from one of its words."""

from __future__ import annotations

import pytest

from kg.relations.arguments import Arguments
from kg.relations.rules import _TOKEN_ROWS, RULES

from hand_docs import make_doc

_WORDED = [r for r in RULES if r.on == "token" and r.words is not None]


def _args(words, heads, deps, pos, tags):
    doc = make_doc(words, heads, deps, pos=pos, tags=tags)
    return doc, Arguments(doc, [])


@pytest.mark.parametrize("rule", _WORDED, ids=lambda r: r.name)
def test_a_worded_rows_anchor_takes_its_words_and_no_other(rule):
    # each word in the shape every worded anchor asks for: a noun, a participle after a hyphen,
    # a preposition; with the row's own words some pass, with others none does
    for word in sorted(rule.words) + ["brother", "according", "based", "parent", "wives"]:
        for pos, tag, dep in (("NOUN", "NNS", "nsubj"), ("VERB", "VBN", "amod"), ("VERB", "VBG", "prep")):
            doc, args = _args(["London", "-", word, "bank"], [3, 2, 3, 3], ["compound", "punct", dep, "ROOT"],
                              ["PROPN", "PUNCT", pos, "NOUN"], ["NNP", "HYPH", tag, "NN"])
            if rule.anchor(doc[2], args):
                assert word in rule.words, (rule.name, word, pos)


@pytest.mark.parametrize("rule", _WORDED, ids=lambda r: r.name)
def test_a_worded_rows_example_holds_one_of_its_words(rule):
    assert any(w.strip(".,:").lower() in rule.words for w in rule.example.replace("-", " ").split())


def test_each_word_gets_the_rows_of_any_word_and_its_own_in_table_order():
    any_word, by_word = _TOKEN_ROWS
    order = [r.name for r in RULES]
    assert "nominal" in [r.name for r in any_word]
    assert [r.name for r in by_word["born"]] == ["nominal", "co_parents"]
    assert [r.name for r in by_word["children"]] == ["nominal", "siblings", "co_parents"]
    for rows in by_word.values():
        assert [r.name for r in rows] == sorted((r.name for r in rows), key=order.index)
