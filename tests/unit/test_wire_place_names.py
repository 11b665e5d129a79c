"""Place names of translated wire copy on hand-built parses: a named settlement "of" a named
division is two places (``kg.spans.name_chain``), "City" beside a named division or after a mayor's
"of" is a city's word, not a club's (``kg.teams.club_name``), and a state the gazetteer knows after
"in" is a place whatever NER typed (``kg.entity_types``)."""

from __future__ import annotations

from hand_docs import make_doc

from kg.entity_types import _fix_type
from kg.spans import name_chain
from kg.teams import club_name


def _rain(division: str = "County"):
    """"Rain fell in Xinjie Village of Yiliang <division> , officials said ."."""
    words = ["Rain", "fell", "in", "Xinjie", "Village", "of", "Yiliang", division, ",", "officials", "said", "."]
    heads = [1, 10, 1, 4, 2, 4, 7, 5, 10, 10, 10, 10]
    deps = ["nsubj", "ccomp", "prep", "compound", "pobj", "prep", "compound", "pobj", "punct", "nsubj", "ROOT", "punct"]
    pos = ["NOUN", "VERB", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT"]
    ents = ["O", "O", "O", "B-GPE", "I-GPE", "O", "B-GPE", "I-GPE", "O", "O", "O", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents)


def test_a_named_settlement_of_a_named_division_is_two_places():
    assert name_chain(_rain()[3:5], frozenset()).text == "Xinjie Village"
    assert name_chain(_rain("Hills")[3:5], frozenset()).text == "Xinjie Village of Yiliang Hills"  # no division


def _city(before: str, after: str):
    """"<before> , Qujing City , <after> ." with every name NER's place."""
    words = [*before.split(), ",", "Qujing", "City", ",", *after.split(), "."]
    n = len(before.split())
    ents = [("B-GPE" if i == 0 else "I-GPE") for i in range(n)] + ["O", "B-GPE", "I-GPE", "O"] \
        + [("B-GPE" if i == 0 else "I-GPE") for i in range(len(after.split()))] + ["O"]
    heads = list(range(len(words)))
    deps = ["ROOT"] * len(words)
    return make_doc(words, heads, deps, pos=["PROPN"] * len(words), ents=ents), n + 1


def test_city_beside_a_named_division_is_a_citys_word():
    doc, k = _city("Huize County", "Yunnan Province")
    assert not club_name(doc[k:k + 2])
    doc, k = _city("Leeds", "York")  # beside towns only: a club's name may be listed so
    assert club_name(doc[k:k + 2])


def test_a_state_the_gazetteer_knows_after_in_is_a_place():
    # "a dairy of Uberaba , in Minas Gerais" (NER: PERSON)
    words = ["a", "dairy", "of", "Uberaba", ",", "in", "Minas", "Gerais"]
    doc = make_doc(words, [1, 1, 1, 2, 1, 1, 7, 5], ["det", "ROOT", "prep", "pobj", "punct", "prep", "compound", "pobj"],
                   pos=["DET", "NOUN", "ADP", "PROPN", "PUNCT", "ADP", "PROPN", "PROPN"],
                   ents=["O", "O", "O", "B-GPE", "O", "O", "B-PERSON", "I-PERSON"])
    assert _fix_type(doc[6:8], "PERSON") == "GPE"
    words[6:8] = ["Maria", "Gomes"]  # no state: NER's person stays
    doc = make_doc(words, [1, 1, 1, 2, 1, 1, 7, 5], ["det", "ROOT", "prep", "pobj", "punct", "prep", "compound", "pobj"],
                   pos=["DET", "NOUN", "ADP", "PROPN", "PUNCT", "ADP", "PROPN", "PROPN"],
                   ents=["O", "O", "O", "B-GPE", "O", "O", "B-PERSON", "I-PERSON"])
    assert _fix_type(doc[6:8], "PERSON") == "PERSON"
