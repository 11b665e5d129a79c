"""Hand-built parses of a place named through a part noun one level down ("located in the old
house in the port city of Bergen": the house is in Bergen, so what is located in the house is) and
of a division noun whose "of" names the place ("the department of Cher", NER: PERSON) and of a city
one died in after the cause ("died of a stroke in Lyon", NER: ORG) and of what water drains into
("drains into the Arda", NER: PERSON), and of "on the part of", which says by whom; each with a
parse on which the reading must stay silent."""

from __future__ import annotations

from hand_docs import make_doc, relations_of

from kg.entity_types import _fix_type


def _museum(part: str, place_ent: str = "B-GPE"):
    """"Halden Museum is located in the old house in the port <part> of Bergen ." """
    words = ["Halden", "Museum", "is", "located", "in", "the", "old", "house", "in", "the", "port", part, "of",
             "Bergen", "."]
    heads = [1, 3, 3, 3, 3, 7, 7, 4, 7, 11, 11, 8, 11, 12, 3]
    deps = ["compound", "nsubjpass", "auxpass", "ROOT", "prep", "det", "amod", "pobj", "prep", "det", "compound",
            "pobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "PROPN", "AUX", "VERB", "ADP", "DET", "ADJ", "NOUN", "ADP", "DET", "NOUN", "NOUN", "ADP",
           "PROPN", "PUNCT"]
    ents = ["B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", place_ent, "O"]
    lemmas = ["halden", "museum", "be", "locate", "in", "the", "old", "house", "in", "the", "port", part, "of",
              "bergen", "."]
    return make_doc(words, heads, deps, pos=pos, ents=ents, lemmas=lemmas,
                    tags=["NNP", "NNP", "VBZ", "VBN", "IN", "DT", "JJ", "NN", "IN", "DT", "NN", "NN", "IN", "NNP",
                          "."])


def test_a_place_named_by_a_part_noun_inside_the_site_says_where_the_subject_is():
    got = {(h, r, t) for h, r, t, _ in relations_of(_museum("city"))}
    assert ("Halden Museum", "located in", "Bergen") in got


def test_no_place_through_a_noun_that_is_no_part_of_one():
    # "in the style of Bergen": a style is no part of a place
    assert not [r for r in relations_of(_museum("style")) if r[2] == "Bergen"]


def _river(noun: str):
    """"The Saronne flows through the <noun> of Cher ." with NER's PERSON on Cher."""
    words = ["The", "Saronne", "flows", "through", "the", noun, "of", "Cher", "."]
    return make_doc(words, [1, 2, 2, 2, 5, 3, 5, 6, 2],
                    ["det", "nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "punct"],
                    pos=["DET", "PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                    ents=["O", "B-LOC", "O", "O", "O", "O", "O", "B-PERSON", "O"],
                    lemmas=["the", "saronne", "flow", "through", "the", noun, "of", "cher", "."])


def test_a_departments_or_cantons_of_names_a_place():
    for noun in ("department", "canton", "voivodeship", "township"):
        assert _fix_type(_river(noun)[7:8], "PERSON") == "GPE", noun


def test_a_person_after_a_noun_of_no_place_stays_a_person():
    assert _fix_type(_river("songs")[7:8], "PERSON") == "PERSON"


def _died(verb: str, lemma: str):
    """"Lind <verb> of a stroke in Lyon ." with NER's ORG on Lyon (a club's name too)."""
    words = ["Lind", verb, "of", "a", "stroke", "in", "Lyon", "."]
    return make_doc(words, [1, 1, 1, 4, 2, 4, 5, 1], ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "punct"],
                    pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                    ents=["B-PERSON", "O", "O", "O", "O", "O", "B-ORG", "O"],
                    lemmas=["lind", lemma, "of", "a", "stroke", "in", "lyon", "."])


def test_a_city_where_one_died_of_a_cause_is_a_place():
    assert _fix_type(_died("died", "die")[6:7], "ORG") == "GPE"
    # "spoke of a deal in Lyon": a body NER named stays one unless the sentence says it is a place
    assert _fix_type(_died("spoke", "speak")[6:7], "ORG") == "ORG"


def _drains(verb: str, lemma: str):
    """"Lake Varna <verb> into the Arda ." with NER's PERSON on Arda."""
    words = ["Lake", "Varna", verb, "into", "the", "Arda", "."]
    return make_doc(words, [1, 2, 2, 2, 5, 3, 2], ["compound", "nsubj", "ROOT", "prep", "det", "pobj", "punct"],
                    pos=["PROPN", "PROPN", "VERB", "ADP", "DET", "PROPN", "PUNCT"],
                    ents=["B-LOC", "I-LOC", "O", "O", "O", "B-PERSON", "O"],
                    lemmas=["lake", "varna", lemma, "into", "the", "arda", "."])


def test_what_water_drains_or_flows_into_is_water():
    for verb, lemma in (("drains", "drain"), ("flows", "flow"), ("empties", "empty")):
        assert _fix_type(_drains(verb, lemma)[5:6], "PERSON") == "LOC", verb
    assert _fix_type(_drains("ran", "run")[5:6], "PERSON") == "PERSON"  # "ran into Arda": met her


def _part(words_between: list[str], verb: str = "signed", lemma: str = "sign"):
    """"Najaf <verb> on the <words_between> part of Socar ." """
    words = ["Najaf", verb, "on", "the", *words_between, "part", "of", "Socar", "."]
    k = 4 + len(words_between)  # "part"
    heads = [1, 1, 1, k, *([k] * len(words_between)), 2, k, k + 1, 1]
    deps = ["nsubj", "ROOT", "prep", "det", *(["amod"] * len(words_between)), "pobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", "ADP", "DET", *(["ADJ"] * len(words_between)), "NOUN", "ADP", "PROPN", "PUNCT"]
    ents = ["B-PERSON", "O", "O", "O", *(["O"] * len(words_between)), "O", "O", "B-GPE", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents,
                    lemmas=["najaf", lemma, "on", "the", *words_between, "part", "of", "socar", "."])


def test_on_the_part_of_says_by_whom_and_a_named_part_says_where():
    assert not [r for r in relations_of(_part([])) if r[3] == "prep_part"]  # "signed on the part of Socar": by
    got = {(h, r, t) for h, r, t, rule in relations_of(_part(["northern"], "lies", "lie")) if rule == "prep_part"}
    assert got == {("Najaf", "lie on", "Socar")}
