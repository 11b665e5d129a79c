"""The pronoun heuristic (kg.relations.pronouns) on hand-built parses: which name ``he``/``it``
stands for when the sentence or the one before offers several, and when it stands for none."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from hand_docs import make_doc, relations_of


@pytest.fixture
def relations():
    """``relations(doc)`` -> [(head text, relation, tail text, rule)] from extract_relations."""
    return relations_of


def test_a_name_in_the_opening_phrase_is_not_the_pronouns_referent(relations):
    # "Berg left. With Lund, he sold Orbis.": Lund accompanies "he", who is Berg
    doc = make_doc("Berg left . With Lund , he sold Orbis .".split(), [1, 1, 1, 7, 3, 7, 7, 7, 7, 7],
                   ["nsubj", "ROOT", "punct", "prep", "pobj", "punct", "nsubj", "ROOT", "dobj", "punct"],
                   pos=["PROPN", "VERB", "PUNCT", "ADP", "PROPN", "PUNCT", "PRON", "VERB", "PROPN", "PUNCT"],
                   tags=["NNP", "VBD", ".", "IN", "NNP", ",", "PRP", "VBD", "NNP", "."],
                   ents=["B-PERSON", "O", "O", "O", "B-PERSON", "O", "O", "O", "B-ORG", "O"])
    found = relations(doc)
    assert ("Berg", "sold", "Orbis", "svo+antecedent") in found
    assert not any(h == "Lund" for h, _, _, _ in found), found


def test_one_of_a_coordinated_subject_is_not_he(relations):
    # "Cole and Lund asked that he sell Orbis": "he" is neither of the two, but the one before
    doc = make_doc("Berg left . Cole and Lund asked that he sell Orbis .".split(),
                   [1, 1, 1, 6, 3, 3, 6, 9, 9, 6, 9, 6],
                   ["nsubj", "ROOT", "punct", "nsubj", "cc", "conj", "ROOT", "mark", "nsubj", "ccomp", "dobj", "punct"],
                   pos=["PROPN", "VERB", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "SCONJ", "PRON", "VERB",
                        "PROPN", "PUNCT"],
                   tags=["NNP", "VBD", ".", "NNP", "CC", "NNP", "VBD", "IN", "PRP", "VB", "NNP", "."],
                   ents=["B-PERSON", "O", "O", "B-PERSON", "O", "B-PERSON", "O", "O", "O", "O", "B-ORG", "O"])
    found = relations(doc)
    assert ("Berg", "sell", "Orbis", "svo+antecedent") in found
    assert not any(h in ("Cole", "Lund") and r == "sell" for h, r, _, _ in found), found


def _lake_then_it(first: str, first_type: str, noun: str) -> Doc:
    return make_doc(f"{first} is a {noun} . It feeds Mira .".split(), [1, 1, 3, 1, 1, 6, 6, 6, 6],
                    ["nsubj", "ROOT", "det", "attr", "punct", "nsubj", "ROOT", "dobj", "punct"],
                    pos=["PROPN", "AUX", "DET", "NOUN", "PUNCT", "PRON", "VERB", "PROPN", "PUNCT"],
                    tags=["NNP", "VBZ", "DT", "NN", ".", "PRP", "VBZ", "NNP", "."],
                    ents=[f"B-{first_type}", "O", "O", "O", "O", "O", "O", "B-LOC", "O"])


def test_it_takes_a_named_place_before_it(relations):
    assert relations(_lake_then_it("Tarn", "LOC", "lake")) == [("Tarn", "feeds", "Mira", "svo+antecedent")]


def test_it_takes_a_name_ner_typed_person_that_the_text_calls_a_thing(relations):
    assert relations(_lake_then_it("Tarn", "PERSON", "lake")) == [("Tarn", "feeds", "Mira", "svo+antecedent")]


def test_a_person_takes_no_it(relations):
    assert relations(_lake_then_it("Berg", "PERSON", "singer")) == []


def _company_then(people: str) -> Doc:
    """"Saudi Acme bought Zeta . The <people> company sued Orbis .\""""
    return make_doc(f"Saudi Acme bought Zeta . The {people} company sued Orbis .".split(),
                    [1, 2, 2, 2, 2, 7, 7, 8, 8, 8, 8],
                    ["compound", "nsubj", "ROOT", "dobj", "punct", "det", "amod", "nsubj", "ROOT", "dobj", "punct"],
                    pos=["PROPN", "PROPN", "VERB", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "VERB", "PROPN", "PUNCT"],
                    tags=["NNP", "NNP", "VBD", "NNP", ".", "DT", "JJ", "NN", "VBD", "NNP", "."],
                    ents=["B-ORG", "I-ORG", "O", "B-ORG", "O", "O", "B-NORP", "O", "O", "B-ORG", "O"])


def test_a_company_noun_with_its_peoples_adjective_stands_for_the_company_named_before(relations):
    assert ("Saudi Acme", "sued", "Orbis", "svo+antecedent") in relations(_company_then("Saudi"))


def test_a_company_noun_with_another_peoples_adjective_is_not_that_company(relations):
    assert not any(r == "sued" for _, r, _, _ in relations(_company_then("Chinese")))


def _then_born(noun: str, modifier: str | None = None) -> Doc:
    """"Ana Ruiz left Lima . The [modifier] <noun> was born in Cusco .\""""
    m = [modifier] if modifier else []
    k = 6 + len(m)  # the noun
    words = ["Ana", "Ruiz", "left", "Lima", ".", "The", *m, noun, "was", "born", "in", "Cusco", "."]
    heads = [1, 2, 2, 2, 2, k, *([k] if m else []), k + 2, k + 2, k + 2, k + 2, k + 3, k + 2]
    deps = ["compound", "nsubj", "ROOT", "dobj", "punct", "det", *(["amod"] if m else []), "nsubjpass", "auxpass",
            "ROOT", "prep", "pobj", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PROPN", "PUNCT", "DET", *(["ADJ"] if m else []), "NOUN", "AUX", "VERB", "ADP",
           "PROPN", "PUNCT"]
    tags = ["NNP", "NNP", "VBD", "NNP", ".", "DT", *(["JJ"] if m else []), "NN", "VBD", "VBN", "IN", "NNP", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", *(["O"] if m else []), "O", "O", "O", "O", "B-GPE", "O"]
    lemmas = [w.lower() for w in words]
    lemmas[k + 1:k + 3] = ["be", "bear"]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)


def test_an_occupation_as_the_next_subject_is_the_person_just_named(relations):
    for doc in (_then_born("artist"), _then_born("artist", "former")):
        assert any(h == "Ana Ruiz" and t == "Cusco" for h, _, t, _ in relations(doc)), relations(doc)


def test_a_counterpart_or_a_new_one_is_someone_else(relations):
    # "The lawyer" is the person's lawyer; "The new artist" someone new
    for doc in (_then_born("lawyer"), _then_born("artist", "new")):
        assert not any(h == "Ana Ruiz" and t == "Cusco" for h, _, t, _ in relations(doc)), relations(doc)


def test_a_first_name_ner_typed_as_a_company_takes_he_after_the_full_name(relations):
    # "Prabowo Subianto left . Joko Widodo stayed . Prabowo went to Lima , where he met Biden ." (NER: ORG)
    words = "Prabowo Subianto left . Joko Widodo stayed . Prabowo went to Lima , where he met Biden .".split()
    heads = [1, 2, 2, 2, 5, 6, 6, 6, 9, 9, 9, 10, 11, 15, 15, 11, 15, 9]
    deps = ["compound", "nsubj", "ROOT", "punct", "compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "prep",
            "pobj", "punct", "advmod", "nsubj", "relcl", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "ADP", "PROPN",
           "PUNCT", "ADV", "PRON", "VERB", "PROPN", "PUNCT"]
    tags = ["NNP", "NNP", "VBD", ".", "NNP", "NNP", "VBD", ".", "NNP", "VBD", "IN", "NNP", ",", "WRB", "PRP", "VBD",
            "NNP", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-ORG", "O", "O", "B-GPE", "O", "O",
            "O", "O", "B-PERSON", "O"]
    found = relations(make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents))
    assert ("Prabowo", "met", "Biden", "svo+antecedent") in found, found
    assert not any(h == "Joko Widodo" and r == "met" for h, r, _, _ in found), found


def _peoples_word_after(first: list[tuple[str, str, str, int]]) -> Doc:
    """<first sentence> "The Peruvian beat Eva Diaz ." ``first``: (word, dep, NER tag, head) rows."""
    n = len(first)
    words = [w for w, _, _, _ in first] + ["The", "Peruvian", "beat", "Eva", "Diaz", "."]
    heads = [h for _, _, _, h in first] + [n + 1, n + 2, n + 2, n + 4, n + 2, n + 2]
    deps = [d for _, d, _, _ in first] + ["det", "nsubj", "ROOT", "compound", "dobj", "punct"]
    ents = [e for _, _, e, _ in first] + ["O", "B-NORP", "O", "B-PERSON", "I-PERSON", "O"]
    pos = ["PUNCT" if w == "." else "VERB" if d == "ROOT" else "DET" if d == "det" else "ADJ" if d == "amod"
           else "ADP" if d == "prep" else "PROPN" for w, d, _, _ in first] + ["DET", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT"]
    tags = ["." if p == "PUNCT" else "VBD" if p == "VERB" else "DT" if p == "DET" else "JJ" if p == "ADJ"
            else "IN" if p == "ADP" else "NNP" for p in pos]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents)


def test_a_peoples_word_as_the_next_subject_is_the_person_just_named(relations):
    # "Ana Ruiz won in Lima . The Peruvian beat Eva Diaz ."
    doc = _peoples_word_after([("Ana", "compound", "B-PERSON", 1), ("Ruiz", "nsubj", "I-PERSON", 2),
                               ("won", "ROOT", "O", 2), ("in", "prep", "O", 2), ("Lima", "pobj", "B-GPE", 3),
                               (".", "punct", "O", 2)])
    found = relations(doc)
    assert ("Ana Ruiz", "beat", "Eva Diaz", "svo+antecedent") in found, found
    assert not any(h == "Peruvian" for h, _, _, _ in found), found


def test_a_peoples_word_after_two_people_or_another_peoples_person_is_no_one(relations):
    # "Ana Ruiz beat Rosa Paz . The Peruvian beat Eva Diaz .": either may be
    two = _peoples_word_after([("Ana", "compound", "B-PERSON", 1), ("Ruiz", "nsubj", "I-PERSON", 2),
                               ("beat", "ROOT", "O", 2), ("Rosa", "compound", "B-PERSON", 4),
                               ("Paz", "dobj", "I-PERSON", 2), (".", "punct", "O", 2)])
    # "The Chilean Ana Ruiz won . The Peruvian beat Eva Diaz .": she is Chilean
    other = _peoples_word_after([("The", "det", "O", 3), ("Chilean", "amod", "B-NORP", 3),
                                 ("Ana", "compound", "B-PERSON", 3), ("Ruiz", "nsubj", "I-PERSON", 4),
                                 ("won", "ROOT", "O", 4), (".", "punct", "O", 4)])
    for doc in (two, other):
        found = relations(doc)
        assert not any(r == "beat" and t == "Eva Diaz" for _, r, t, _ in found), found


def _speakers_he(speaker: str, tag: str):
    """"Berg pleaded guilty . <speaker> said he sold Orbis ." """
    return make_doc(["Berg", "pleaded", "guilty", ".", speaker, "said", "he", "sold", "Orbis", "."],
                    [1, 1, 1, 1, 5, 5, 7, 5, 7, 5],
                    ["nsubj", "ROOT", "acomp", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "dobj", "punct"],
                    pos=["PROPN", "VERB", "ADJ", "PUNCT", "NOUN", "VERB", "PRON", "VERB", "PROPN", "PUNCT"],
                    tags=["NNP", "VBD", "JJ", ".", tag, "VBD", "PRP", "VBD", "NNP", "."],
                    ents=["B-PERSON", "O", "O", "O", "O", "O", "O", "O", "B-ORG", "O"],
                    lemmas="berg plead guilty . x say he sell orbis .".split())


def test_he_said_by_a_plural_noun_is_not_the_speaker_but_the_person_before(relations):
    assert ("Berg", "sold", "Orbis", "svo+antecedent") in relations(_speakers_he("Prosecutors", "NNS"))


def test_he_said_by_a_singular_noun_for_a_person_may_be_the_speaker(relations):
    # "The prosecutor said he sold Orbis": "he" may be the prosecutor, who has no name here
    assert not any(h == "Berg" for h, *_ in relations(_speakers_he("prosecutor", "NN")))


def _ordered(word: str, noun: str | None = None):
    """"Berg met Lund . The <word> [<noun>] sold Orbis ." with <word> the subject, or the modifier
    of <noun>."""
    first = ["Berg", "met", "Lund", "."]
    if noun is None:
        words = [*first, "The", word, "sold", "Orbis", "."]
        heads, deps = [1, 1, 1, 1, 5, 6, 6, 6, 6], ["nsubj", "ROOT", "dobj", "punct", "det", "nsubj", "ROOT", "dobj",
                                                    "punct"]
        pos, tags = ["NOUN"], ["NN"]
    else:
        words = [*first, "The", word, noun, "sold", "Orbis", "."]
        heads, deps = [1, 1, 1, 1, 6, 6, 7, 7, 7, 7], ["nsubj", "ROOT", "dobj", "punct", "det", "amod", "nsubj", "ROOT",
                                                       "dobj", "punct"]
        pos, tags = ["ADJ", "NOUN"], ["JJ", "NN"]
    return make_doc(words, heads, deps,
                    pos=["PROPN", "VERB", "PROPN", "PUNCT", "DET", *pos, "VERB", "PROPN", "PUNCT"],
                    tags=["NNP", "VBD", "NNP", ".", "DT", *tags, "VBD", "NNP", "."],
                    ents=["B-PERSON", "O", "B-PERSON", "O", "O", *["O"] * len(pos), "O", "B-ORG", "O"],
                    lemmas=[{"met": "meet", "sold": "sell"}.get(w, w.lower()) for w in words])


def test_the_latter_and_the_former_are_the_last_and_the_first_name_before(relations):
    assert ("Lund", "sold", "Orbis", "svo+antecedent") in relations(_ordered("latter"))
    assert ("Berg", "sold", "Orbis", "svo+antecedent") in relations(_ordered("former"))


def test_the_former_before_a_noun_refers_to_no_one(relations):
    # "The former president sold Orbis": a former president, none of the names before
    assert not any(t == "Orbis" for _, _, t, _ in relations(_ordered("former", "president")))


def _company_two_sentences_on(second_body: bool = False) -> Doc:
    """"Police questioned Zentrix [and Lendico] . Haddad lied . The company closed Mira ." """
    first = ["Police", "questioned", "Zentrix", *(["and", "Lendico"] if second_body else []), "."]
    k = len(first)
    words = first + ["Haddad", "lied", ".", "The", "company", "closed", "Mira", "."]
    heads = [1, 1, 1, *([2, 2] if second_body else []), 1, k + 1, k + 1, k + 1, k + 4, k + 5, k + 5, k + 5, k + 5]
    deps = ["nsubj", "ROOT", "dobj", *(["cc", "conj"] if second_body else []), "punct", "nsubj", "ROOT", "punct",
            "det", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["NOUN", "VERB", "PROPN", *(["CCONJ", "PROPN"] if second_body else []), "PUNCT", "PROPN", "VERB", "PUNCT",
           "DET", "NOUN", "VERB", "PROPN", "PUNCT"]
    tags = ["NNS", "VBD", "NNP", *(["CC", "NNP"] if second_body else []), ".", "NNP", "VBD", ".", "DT", "NN", "VBD",
            "NNP", "."]
    ents = ["O", "O", "B-ORG", *(["O", "B-ORG"] if second_body else []), "O", "B-PERSON", "O", "O", "O", "O", "O",
            "B-ORG", "O"]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents)


def test_the_company_is_the_one_company_named_before_sentences_ago(relations):
    # the sentence before names a person only: "the company" is the one company the text named
    assert ("Zentrix", "closed", "Mira", "svo+antecedent") in relations(_company_two_sentences_on())
    assert not any(h in ("Zentrix", "Lendico") and r == "closed" for h, r, _, _ in relations(_company_two_sentences_on(True)))
