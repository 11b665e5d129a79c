"""kg.attribute_rules: the attribute ruler's patterns found through an index must set exactly what
spaCy's ``AttributeRuler`` sets (hand-built Docs, rules of every kind the index reads)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.attribute_rules import IndexedAttributeRuler, compile_rules

#: Rules of each kind the index reads: a tag map entry, a word with its tag, a word list, a
#: dependency with NOT_IN, a regular expression (no value to index by), two tokens with the
#: attributes set on the second (index 1) and on the last (index -1), a later rule overriding an
#: earlier one for the same token, and a flag.
RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "VBZ"}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"TAG": "DT"}]], "attrs": {"POS": "DET"}},
    {"patterns": [[{"TAG": "DT", "LOWER": "the"}]], "attrs": {"MORPH": "Definite=Def|PronType=Art"}},
    {"patterns": [[{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s", "has"]}}]], "attrs": {"POS": "AUX", "LEMMA": "be"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": {"IN": ["DT", "WDT"]}}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], "attrs": {"LEMMA": "nothing"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"LOWER": "let"}, {"LOWER": "'s"}]], "attrs": {"LEMMA": "us"}, "index": -1},
    {"patterns": [[{"TAG": "NN", "LOWER": "nothing"}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE", "TAG": "_SP"}},
]

DOCS = [
    (["The", "dog", "is", "nothin'", "new", "."], [1, 2, 2, 4, 2, 2], ["det", "nsubj", "ROOT", "advmod", "acomp", "punct"],
     ["DT", "NN", "VBZ", "NN", "JJ", "."]),
    (["That", "is", "gon", "na", "work", "\n", "let", "'s", "go"], [1, 1, 4, 4, 1, 4, 8, 6, 8],
     ["nsubj", "ROOT", "aux", "aux", "xcomp", "dep", "ROOT", "nsubj", "ccomp"],
     ["DT", "VBZ", "VBG", "TO", "VB", "_SP", "VB", "PRP", "VB"]),
    (["nothing", "has", "the", "gon"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"], ["NN", "VBZ", "DT", "NN"]),
]


def _pair():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(RULES)
    return nlp, ruler, compile_rules(ruler.patterns, ruler.attrs, ruler.indices)


def _doc(nlp, words, heads, deps, tags) -> Doc:
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)


def test_every_rule_sets_what_spacys_ruler_sets():
    nlp, ruler, rules = _pair()
    assert rules is not None and len(rules.unindexed) == 1  # the regular expression
    ours = IndexedAttributeRuler(rules, nlp.vocab.strings.__getitem__)
    for words, heads, deps, tags in DOCS:
        mine, theirs = ours(_doc(nlp, words, heads, deps, tags)), ruler(_doc(nlp, words, heads, deps, tags))
        assert [(t.pos_, str(t.morph), t.lemma_, t.tag_) for t in mine] == [
            (t.pos_, str(t.morph), t.lemma_, t.tag_) for t in theirs]
        assert mine.to_bytes() == theirs.to_bytes()


def test_what_the_rules_say():
    """The test above cannot pass by setting nothing: the rules do set these."""
    nlp, _, rules = _pair()
    ours = IndexedAttributeRuler(rules, nlp.vocab.strings.__getitem__)
    first = ours(_doc(nlp, *DOCS[0]))
    assert [t.pos_ for t in first][:3] == ["DET", "NOUN", "AUX"] and first[2].lemma_ == "be"
    assert first[3].lemma_ == "nothing" and str(first[0].morph) == "Definite=Def|PronType=Art"
    second = ours(_doc(nlp, *DOCS[1]))
    assert second[0].pos_ == "PRON"  # "That" as a subject, not a determiner
    assert second[3].lemma_ == "to" and second[7].lemma_ == "us" and second[5].pos_ == "SPACE"
    third = ours(_doc(nlp, *DOCS[2]))
    assert third[0].pos_ == "PRON"  # the later rule wins over the tag map's NOUN
    assert third[3].lemma_ != "to"  # "gon" without "na"


def test_patterns_the_index_does_not_read_are_left_to_spacy():
    for pattern in ([{"LOWER": "a", "OP": "+"}], [{"POS": "NOUN"}], [{"LOWER": {"FUZZY": "colour"}}],
                    [{"_": {"x": 1}}], [{"LENGTH": 3}]):
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        ruler.add_patterns([{"patterns": [pattern], "attrs": {"LEMMA": "x"}}])
        assert compile_rules(ruler.patterns, ruler.attrs, ruler.indices) is None, pattern


def test_an_empty_doc():
    nlp, _, rules = _pair()
    assert len(IndexedAttributeRuler(rules, nlp.vocab.strings.__getitem__)(Doc(nlp.vocab, words=[]))) == 0
