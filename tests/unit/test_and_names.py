"""kg.of_names.and_modifier_end on hand-built parses: a name whose NER span took the "and" after
it, its last word a modifier of a word of the capitalised run after that "and", goes on over the
run; a run that opens with a given name or with the name's own first word is a name of its own."""

from __future__ import annotations

from hand_docs import make_doc

from kg.of_names import and_modifier_end


def _joined(second: list[str]):
    """"by the Western Grain and <second> Board ." with NER's span "the Western Grain and"."""
    words = ["by", "the", "Western", "Grain", "and", *second, "Board", "."]
    board = 5 + len(second)
    heads = [0, board, 3, board, 3, *([board] * len(second)), 0, 0]
    deps = ["ROOT", "det", "compound", "nmod", "cc", *(["compound"] * len(second)), "pobj", "punct"]
    pos = ["ADP", "DET", "PROPN", "PROPN", "CCONJ", *(["PROPN"] * len(second)), "PROPN", "PUNCT"]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", *(["O"] * len(second)), "O", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents), board + 1


def test_a_name_cut_at_its_and_goes_on_over_the_run_its_last_word_modifies():
    doc, end = _joined(["Feed"])
    assert and_modifier_end(doc, 4, len(doc), lambda t: t.text[:1].isupper()) == end


def test_a_run_opening_with_a_given_name_or_the_names_first_word_is_its_own():
    for second in (["Margaret", "Feed"], ["Western", "Feed"]):
        doc, _ = _joined(second)
        assert and_modifier_end(doc, 4, len(doc), lambda t: t.text[:1].isupper()) is None, second
