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
    assert [r.name for r in by_word["born"]] == ["nominal", "co_parents", "based"]  # "Helsinki-born"
    assert [r.name for r in by_word["children"]] == ["nominal", "siblings", "co_parents"]
    for rows in by_word.values():
        assert [r.name for r in rows] == sorted((r.name for r in rows), key=order.index)


_POSED = [r for r in RULES if r.on == "token" and r.words is None and r.pos is not None]


@pytest.mark.parametrize("rule", _POSED, ids=lambda r: r.name)
def test_a_rows_anchor_takes_its_parts_of_speech_and_no_other(rule):
    # ``Rule.pos``: the walk builds no Token for other parts of speech, so none may pass
    passed = set()
    for pos in ("NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADP", "DET", "PRON", "NUM", "ADV", "PUNCT", "X"):
        doc, args = _args(["the", "big", "word", "ran"], [2, 2, 3, 3], ["det", "amod", "nsubj", "ROOT"],
                          ["DET", "ADJ", pos, "VERB"], ["DT", "JJ", "NN", "VBD"])
        if rule.anchor(doc[2], args):
            passed.add(pos)
    assert passed and passed <= rule.pos, (rule.name, passed)


def test_the_walk_builds_tokens_only_for_verbs_and_the_rows_words_and_parts_of_speech():
    from kg.relations.rules import _walk
    doc = make_doc(["The", "big", "children", "of", "Paris", "ran", "quickly", "."], [2, 2, 5, 2, 3, 5, 5, 5],
                   ["det", "amod", "nsubj", "prep", "pobj", "ROOT", "advmod", "punct"],
                   pos=["DET", "ADJ", "NOUN", "ADP", "PROPN", "VERB", "ADV", "PUNCT"],
                   tags=["DT", "JJ", "NNS", "IN", "NNP", "VBD", "RB", "."])
    assert [t.text for t in _walk(doc[0:8])] == ["children", "Paris", "ran"]
    assert [t.text for t in _walk(doc[3:6])] == ["Paris", "ran"]


def test_in_brackets_answers_as_the_walk_of_each_tokens_sentence():
    from kg.relations.tokens import closes_bracket, in_brackets, opens_bracket

    def walked(tok):  # the walk over the token's sentence that ``in_brackets`` answers for
        depth = 0
        for t in tok.doc[tok.sent.start:tok.i]:
            depth += 1 if opens_bracket(t.text) else -1 if closes_bracket(t.text) and depth else 0
        return depth > 0

    # "Tartu ( , Estonian : Tarto ) is a city . It ( rained ." : the open bracket of the second
    # sentence holds only its own words
    doc = make_doc(["Tartu", "(", ",", "Estonian", ":", "Tarto", ")", "is", "a", "city", ".", "It", "(", "rained", "."],
                   [7, 3, 3, 0, 3, 3, 3, 7, 9, 7, 7, 13, 13, 13, 13],
                   ["nsubj", "punct", "punct", "appos", "punct", "appos", "punct", "ROOT", "det", "attr", "punct",
                    "nsubj", "punct", "ROOT", "punct"])
    assert [t.i for t in doc if in_brackets(t)] == [t.i for t in doc if walked(t)] == [2, 3, 4, 5, 6, 13, 14]
