"""Hand-built parses of a people's word standing for the person named in the sentence before
("Coco Gauff won . The American beat Iga Swiatek ."): the person has that people's nationality
(``epithet_nationality``); not when the sentence before names two people, nor for a plural."""

from __future__ import annotations

from hand_docs import make_doc, relations_of


def _gauff(second: tuple[str, str] | None = None, people: str = "American", tag: str = "NNP"):
    """"Coco Gauff won [against A B] . The <people> beat Iga Swiatek ." as the parser reads it."""
    first = ["Coco", "Gauff", "won", *(["against", *second] if second else []), "."]
    n = len(first)
    heads = [1, 2, 2, *([2, 5, 3] if second else []), 2, n + 1, n + 2, n + 2, n + 4, n + 2, n + 2]
    deps = ["compound", "nsubj", "ROOT", *(["prep", "compound", "pobj"] if second else []), "punct",
            "det", "nsubj", "ROOT", "compound", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "VERB", *(["ADP", "PROPN", "PROPN"] if second else []), "PUNCT",
           "DET", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT"]
    tags = ["NNP", "NNP", "VBD", *(["IN", "NNP", "NNP"] if second else []), ".", "DT", tag, "VBD", "NNP", "NNP", "."]
    ents = ["B-PERSON", "I-PERSON", "O", *(["O", "B-PERSON", "I-PERSON"] if second else []), "O",
            "O", "B-NORP", "O", "B-PERSON", "I-PERSON", "O"]
    words = [*first, "The", people, "beat", "Iga", "Swiatek", "."]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents)


def _nationalities(doc) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t, rule in relations_of(doc) if rule.startswith("epithet_nationality")}


def test_a_peoples_word_for_the_person_named_before_gives_the_persons_nationality():
    assert _nationalities(_gauff()) == {("Coco Gauff", "American")}


def test_a_sentence_before_that_names_two_people_gives_no_one_the_nationality():
    assert _nationalities(_gauff(second=("Taylor", "Fritz"))) == set()


def test_a_plural_peoples_word_is_no_second_reference():
    assert _nationalities(_gauff(people="Americans", tag="NNPS")) == set()
