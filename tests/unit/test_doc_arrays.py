"""``kg.doc_arrays``: the same answers as walking the Doc, without a Token per word."""

from __future__ import annotations

import gc
import weakref

import spacy
from spacy.attrs import DEP, LOWER, ORTH
from spacy.tokens import Doc

from kg import doc_arrays
from kg.doc_arrays import doc_text, tokens_with

from hand_docs import make_doc

_VOCAB = spacy.blank("en").vocab


def test_doc_text_is_the_docs_text_kept_once():
    doc = Doc(_VOCAB, words=["BRUSSELS", "-", "NATO", "said", "\n\n", "It", "rained", "."],
              spaces=[True, True, True, False, False, True, False, False])
    first = doc_text(doc)
    assert first == doc.text == "BRUSSELS - NATO said\n\nIt rained."
    assert doc_text(doc) is first  # joined once, not per call


def test_doc_text_survives_a_merge_and_lets_the_doc_go():
    doc = Doc(_VOCAB, words=["New", "York", "is", "big"], spaces=[True, True, True, False])
    assert doc_text(doc) == "New York is big"
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert doc_text(doc) == doc.text  # a merge keeps the text
    gc.collect()  # other tests' Docs waiting in cycles go first
    before, ref = len(doc_arrays._TEXTS), weakref.ref(doc)
    del doc, retokenizer
    gc.collect()
    assert ref() is None and len(doc_arrays._TEXTS) == before - 1


def test_tokens_with_a_lower_form_orth_or_label_are_those_a_walk_finds():
    doc = make_doc(["The", "film", "Jaws", "and", "the", "FILM", "\"", "Up", "\""], [1, 1, 1, 1, 5, 1, 7, 5, 7],
                   ["det", "ROOT", "appos", "cc", "det", "conj", "punct", "appos", "punct"])
    assert [t.i for t in tokens_with(doc, {"film"})] == [t.i for t in doc if t.lower_ == "film"] == [1, 5]
    assert [t.i for t in tokens_with(doc, {'"'}, ORTH)] == [6, 8]
    assert [t.i for t in tokens_with(doc, {"appos"}, DEP)] == [2, 7]


def test_tokens_with_no_such_word_is_empty():
    doc = make_doc(["He", "left", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"])
    assert tokens_with(doc, {"film", "appos"}) == []
    assert tokens_with(Doc(_VOCAB, words=[]), {"film"}) == []


def _two_sentences() -> Doc:
    # "Tartu ( , Estonian : Tarto ) is a city . It ( rained ." : two sentences, one bracket left open
    return make_doc(["Tartu", "(", ",", "Estonian", ":", "Tarto", ")", "is", "a", "city", ".", "It", "(", "rained", "."],
                    [7, 3, 3, 0, 3, 3, 3, 7, 9, 7, 7, 13, 13, 13, 13],
                    ["nsubj", "punct", "punct", "appos", "punct", "appos", "punct", "ROOT", "det", "attr", "punct",
                     "nsubj", "punct", "ROOT", "punct"],
                    ents=["B-GPE", "O", "O", "B-NORP", "O", "B-GPE", "O", "O", "O", "O", "O", "O", "O", "O", "O"])


def test_sentence_numbers_tell_what_comparing_sentences_tells():
    doc = _two_sentences()
    numbers = doc_arrays.sentence_numbers(doc)
    assert numbers == [0] * 11 + [1] * 4
    assert all((numbers[a.i] == numbers[b.i]) == (a.sent == b.sent) for a in doc for b in doc)
    assert doc_arrays.sentence_numbers(doc) is numbers  # read once a Doc


def test_doc_ents_are_the_docs_entities_built_once():
    doc = _two_sentences()
    ents = doc_arrays.doc_ents(doc)
    assert [(e.start, e.end, e.label_) for e in ents] == [(e.start, e.end, e.label_) for e in doc.ents] \
        == [(0, 1, "GPE"), (3, 4, "NORP"), (5, 6, "GPE")]
    assert doc_arrays.doc_ents(doc) is ents


def test_sentence_bounds_are_those_of_each_tokens_sentence():
    doc = _two_sentences()
    assert [doc_arrays.sentence_bounds(doc, t.i) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]
    assert doc_arrays.sentence_bounds(doc, 12) == (11, 15)


def test_a_text_column_is_read_once_and_a_parse_column_each_time():
    doc = _two_sentences()
    lower = doc_arrays.column(doc, LOWER)
    assert lower == doc.to_array(LOWER).tolist() and doc_arrays.column(doc, LOWER) is lower
    deps = doc_arrays.column(doc, DEP)
    doc[3].dep_ = "nmod"  # a parse repair may relabel a word
    assert doc_arrays.column(doc, DEP) != deps and doc_arrays.column(doc, DEP) == doc.to_array(DEP).tolist()


def test_doc_ents_answers_once_a_doc_and_keeps_no_build_alive():
    # a weak map would not do: the Spans it keeps hold their Doc, so every Doc of a build stayed
    # in memory (found at 50 documents: 50 Docs alive after the build)
    from spacy.tokens import Span

    def doc_with_ent(i: int) -> Doc:
        doc = Doc(_VOCAB, words=["Maria", f"Lopez{i}", "spoke", "."], spaces=[True, True, False, False])
        doc.ents = [Span(doc, 0, 2, label="PERSON")]
        return doc

    docs = [doc_with_ent(i) for i in range(20)]
    first = doc_arrays.doc_ents(docs[-1])
    assert [(e.start, e.end, e.label_) for e in first] == [(0, 2, "PERSON")]
    assert doc_arrays.doc_ents(docs[-1]) is first  # built once for this Doc
    for doc in docs:
        assert doc_arrays.doc_ents(doc) == doc.ents
    refs = [weakref.ref(d) for d in docs]
    del docs, doc, first
    gc.collect()
    assert sum(r() is not None for r in refs) <= doc_arrays._ENTS_KEPT


def _coordinated() -> Doc:
    # "He played for A , B and C and coached D and E ." : a list of three and a second verb's list of two
    return make_doc(["He", "played", "for", "A", ",", "B", "and", "C", "and", "coached", "D", "and", "E", "."],
                    [1, 1, 1, 2, 3, 3, 5, 5, 1, 1, 9, 10, 10, 1],
                    ["nsubj", "ROOT", "prep", "pobj", "punct", "conj", "cc", "conj", "cc", "conj", "dobj", "cc",
                     "conj", "punct"])


def test_conjuncts_are_spacys_for_every_word():
    doc = _coordinated()
    for tok in doc:
        assert [t.i for t in doc_arrays.conjuncts(tok)] == [t.i for t in tok.conjuncts]
    assert [t.i for t in doc_arrays.conjuncts(doc[7])] == [3, 5]  # from the last of a list: the others
    assert [t.i for t in doc_arrays.conjuncts(doc[10])] == [12]
    assert doc_arrays.conjuncts(doc[0]) == ()


def test_children_are_spacys_for_every_word_and_follow_a_repair():
    doc = _coordinated()
    for tok in doc:
        assert [t.i for t in doc_arrays.children(tok)] == [t.i for t in tok.children]
    assert [t.i for t in doc_arrays.children(doc[1])] == [0, 2, 8, 9, 13]  # lefts, then rights
    assert doc_arrays.children(doc[1]) is doc_arrays.children(doc[1])  # built once a word
    assert doc_arrays.children(doc[0]) == ()
    doc[12].head, doc[12].dep_ = doc[9], "dobj"  # a repair hangs "E" on "coached"
    doc_arrays.parse_changed(doc)
    for tok in doc:
        assert [t.i for t in doc_arrays.children(tok)] == [t.i for t in tok.children]
    assert [t.i for t in doc_arrays.children(doc[9])] == [10, 12]


def test_a_repair_makes_the_parse_read_again():
    doc = _coordinated()
    assert [t.i for t in doc_arrays.conjuncts(doc[3])] == [5, 7]
    doc[7].head, doc[7].dep_ = doc[3], "appos"  # a repair relabels "C"
    assert [t.i for t in doc_arrays.conjuncts(doc[3])] == [5, 7]  # read before the repair: still kept
    doc_arrays.parse_changed(doc)
    assert [t.i for t in doc_arrays.conjuncts(doc[3])] == [t.i for t in doc[3].conjuncts] == [5]


def test_a_doc_parsed_from_a_text_keeps_that_text_and_refuses_another():
    doc = Doc(_VOCAB, words=["It", "rained", "."], spaces=[True, False, False])
    text = "It rained."
    doc_arrays.parsed_from(doc, text)
    assert doc_text(doc) is text and text == doc.text
    other = Doc(_VOCAB, words=["It", "rained", "."], spaces=[True, False, False])
    doc_arrays.parsed_from(other, "It rained!!")  # not what it was made from: joined as before
    assert doc_text(other) == "It rained."
