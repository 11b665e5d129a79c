"""A word no dictionary knows, opening its sentence as the subject, that the tagger read as a
common noun is a name's run all the same (``kg.entities._proper_noun_runs``): "Rosneft signed a
memorandum" (the tagger: NOUN); an English compound or a misspelled word there is not
("Backburning continues", "Goverment said"). Hand-built parses, the real English lexicon."""

from __future__ import annotations

import pytest
from hand_docs import make_doc

from kg.entities import _proper_noun_runs
from kg.lexicon.english import english_lexicon


def _opening(word: str, dep: str = "nsubj"):
    """"<word> signed a deal ." with <word> a common noun."""
    return make_doc([word, "signed", "a", "deal", "."], [1, 1, 3, 1, 1], [dep, "ROOT", "det", "dobj", "punct"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT"], tags=["NN", "VBD", "DT", "NN", "."],
                    lemmas=[word.lower(), "sign", "a", "deal", "."])


def _runs(doc):
    return [s.text for s in _proper_noun_runs(doc, [False] * len(doc), False, english_lexicon())]


def test_a_subject_no_dictionary_knows_opening_its_sentence_is_a_name():
    assert _runs(_opening("Rosneft")) == ["Rosneft"]


@pytest.mark.parametrize("word, dep", [
    ("Backburning", "nsubj"),  # back + burning: English
    ("Governmant", "nsubj"),  # a typo of an English word
    ("Officials", "nsubj"),  # an English word
    ("Rosneft", "dobj"),  # no subject
])
def test_an_english_word_a_typo_or_no_subject_is_no_name(word, dep):
    assert _runs(_opening(word, dep)) == []
