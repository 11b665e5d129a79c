"""``kg.junk.recovered_piece`` on hand-built parses: a proper-noun run at one edge of a quotation
that goes on, a nickname quoted inside a name, an English word heading a lower-case "of" phrase
are pieces; a whole quoted title, a run beside more of a name and "X of Capitalised" are not."""

from __future__ import annotations

from spacy.tokens import Span

from hand_docs import make_doc
from kg.junk import recovered_piece

LEXICON = frozenset({"list", "state", "mother", "river", "golden", "triangle", "of", "industrial", "city"})


def _flat(words: list[str], pos: list[str]):
    """A parse where every word hangs on the one before it (so "of" modifies the word it follows)."""
    return make_doc(words, [0] + list(range(len(words) - 1)), ["ROOT"] + ["dep"] * (len(words) - 1), pos=pos)


def test_quotation_that_goes_on_in_lower_case() -> None:
    doc = _flat(["the", '"', "Mother", "river", '"', "flows"], ["DET", "PUNCT", "PROPN", "NOUN", "PUNCT", "VERB"])
    assert recovered_piece(Span(doc, 2, 3), LEXICON)


def test_whole_quoted_title_is_no_piece() -> None:
    doc = _flat(["singles", ",", '"', "Hero", '"', ",", "were"], ["NOUN", "PUNCT", "PUNCT", "PROPN", "PUNCT", "PUNCT", "AUX"])
    assert not recovered_piece(Span(doc, 3, 4), LEXICON)


def test_quotation_edge_beside_more_of_a_name_is_no_piece() -> None:
    doc = _flat(['"', "Mama", "Said", '"', "and"], ["PUNCT", "PROPN", "VERB", "PUNCT", "CCONJ"])
    assert not recovered_piece(Span(doc, 1, 2), LEXICON)


def test_nickname_inside_a_name() -> None:
    doc = _flat(["Wilfried", '"', "Willi", '"', "Schneider"], ["PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN"])
    assert recovered_piece(Span(doc, 2, 3), LEXICON)


def test_english_word_heading_a_lower_case_of_phrase() -> None:
    doc = _flat(["listed", "in", "List", "of", "sovereign", "states"], ["VERB", "ADP", "PROPN", "ADP", "ADJ", "NOUN"])
    assert recovered_piece(Span(doc, 2, 3), LEXICON)


def test_two_word_name_before_of_stays() -> None:
    doc = _flat(["the", "Golden", "Triangle", "of", "industrial", "cities"], ["DET", "PROPN", "PROPN", "ADP", "ADJ", "NOUN"])
    assert not recovered_piece(Span(doc, 1, 3), LEXICON)


def test_of_a_capitalised_name_stays() -> None:
    doc = _flat(["in", "the", "State", "of", "Victoria", "."], ["ADP", "DET", "PROPN", "ADP", "PROPN", "PUNCT"])
    assert not recovered_piece(Span(doc, 2, 3), LEXICON)


def test_a_name_that_opens_quoted_speech_as_its_subject_stays() -> None:
    doc = make_doc(['"', "Todd", "is", "the", "best", "player"], [2, 2, 2, 5, 5, 2],
                   ["punct", "nsubj", "ROOT", "det", "amod", "attr"], pos=["PUNCT", "PROPN", "AUX", "DET", "ADJ", "NOUN"])
    assert not recovered_piece(Span(doc, 1, 2), frozenset({"todd"}))


def test_of_governed_by_a_verb_is_no_phrase_of_the_name() -> None:
    doc = make_doc(["accused", "State", "of", "carrying", "out"], [0, 0, 0, 2, 3],
                   ["ROOT", "dobj", "prep", "pcomp", "prt"], pos=["VERB", "PROPN", "ADP", "VERB", "ADP"])
    assert not recovered_piece(Span(doc, 1, 2), LEXICON)


def _tagged(words: list[str], pos: list[str], tags: list[str]):
    return make_doc(words, [0] + list(range(len(words) - 1)), ["ROOT"] + ["dep"] * (len(words) - 1), pos=pos, tags=tags)


def test_name_of_no_english_word_closing_quoted_speech_after_its_article_is_no_piece() -> None:
    words = ["it", '"', "strengthens", "the", "Mercosur", '"', ","]
    doc = _tagged(words, ["PRON", "PUNCT", "VERB", "DET", "PROPN", "PUNCT", "PUNCT"],
                  ["PRP", "``", "VBZ", "DT", "NNP", "''", ","])
    assert not recovered_piece(Span(doc, 4, 5), LEXICON)


def test_english_word_closing_quoted_speech_after_its_article_stays_a_piece() -> None:
    words = ["he", '"', "saw", "the", "Mother", '"', ","]
    doc = _tagged(words, ["PRON", "PUNCT", "VERB", "DET", "PROPN", "PUNCT", "PUNCT"],
                  ["PRP", "``", "VBD", "DT", "NNP", "''", ","])
    assert recovered_piece(Span(doc, 4, 5), LEXICON)
