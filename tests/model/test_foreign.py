"""Names in another language inside English text (kg.foreign): the rule on hand-built Docs, then
real sentences through the extractor, including English words after a name that stay out."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.foreign import foreign_end, foreign_start

VOCAB = spacy.blank("en").vocab
#: A small English lexicon for the hand-built cases.
LEXICON = frozenset("temps the in starred film a town and who die hold played as speech".split())
#: Lemmas the tagger would give ("died" -> "die"), else the word itself.
LEMMAS = {"died": "die", "held": "hold"}


def doc_of(text: str) -> Doc:
    words = text.split()
    return Doc(VOCAB, words=words, lemmas=[LEMMAS.get(w, w.lower()) for w in words])


@pytest.mark.parametrize("text, start, end, expected", [
    ("starred in Contra viento y marea as", 2, 3, "Contra viento y marea"),   # from the capital
    ("with Le temps perdu and", 1, 2, "Le temps perdu"),                        # a capitalised particle counts
    ("the Association des écrivains de langue française .", 1, 2, "Association des écrivains de langue française"),
])
def test_foreign_words_after_a_capital_go_on_with_the_name(text, start, end, expected):
    doc = doc_of(text)
    grown = foreign_end(doc, start, end, LEXICON, frozenset())
    assert grown is not None and doc[start:grown].text == expected


def test_foreign_words_before_a_piece_start_the_name_at_their_capital():
    doc = doc_of("starred in Contra viento y marea as")
    assert foreign_start(doc, 5, 6, LEXICON, frozenset()) == 2


@pytest.mark.parametrize("text, start, end", [
    ("citizen of Yemen who died whilst held", 2, 3),   # English words, one the lexicon lacks
    ("a town and comune of Bari", 1, 2),               # one foreign word is no foreign name
    ("Trump livestreamed the speech", 0, 1),           # an English word the lexicon lacks
    ("the film Amor played in", 1, 3),                 # no foreign word after the capital's name
])
def test_english_words_after_a_name_stay_out(text, start, end):
    doc = doc_of(text)
    assert foreign_end(doc, start, end, LEXICON, frozenset()) is None


def test_a_word_truecasing_capitalised_was_written_in_lower_case():
    # truecasing wrote "Viento" and "Marea" (their starts are in recased): still lower-case words
    doc = doc_of("starred in Contra Viento y Marea as")
    recased = frozenset({doc[3].idx, doc[5].idx})
    assert foreign_end(doc, 2, 3, LEXICON, recased) == 6
    assert foreign_end(doc, 2, 3, LEXICON, frozenset()) is None


def test_a_place_particle_after_a_capital_still_joins_first():
    # foreign_end answers None at once when no lower-case word follows; a place's particles are
    # lower-case words, so "am" still reaches their check ("Frankfurt am Main", kg.place_particles)
    from kg.place_particles import PARTICLES

    assert all(w.isalpha() and w.islower() for run in PARTICLES for w in run)
    doc = Doc(VOCAB, words="born in Frankfurt am Main in 1950".split(), pos=["VERB", "ADP", "PROPN", "ADP", "PROPN", "ADP", "NUM"])
    assert foreign_end(doc, 2, 3, LEXICON, frozenset()) == 5
    assert foreign_end(doc, 4, 5, LEXICON, frozenset()) is None  # "in 1950": English, then a number
    assert foreign_end(doc, 6, 7, LEXICON, frozenset()) is None  # the Doc's end


def test_a_capitalised_piece_is_no_foreign_run_to_start_from():
    # foreign_start stops at the first word of the piece not written in lower case
    doc = doc_of("starred in Contra viento y marea as")
    assert foreign_start(doc, 2, 6, LEXICON, frozenset()) is None
    assert foreign_start(doc, 4, 6, LEXICON, frozenset()) == 2


# --- real sentences through the extractor -------------------------------------------------------

def names(extract, text):
    result, _ = extract(text)
    return [m.text for m in result.mentions]


@pytest.mark.parametrize("sentence, whole", [
    ("In 2006 he participated in the reality show Cantando por un sueño and finished in third place.",
     "Cantando por un sueño"),
    ("She received the prize awarded by the Association des écrivains de langue française.",
     "Association des écrivains de langue française"),
])
def test_a_foreign_name_is_read_whole(extract, sentence, whole):
    assert whole in names(extract, sentence)


def test_english_after_a_name_is_no_foreign_name(extract):
    found = names(extract, "He was a citizen of Yemen who died whilst being held in Cuba.")
    assert "Yemen" in found and not any("died" in n for n in found)
