"""Hand-built parses of a place chain after "near": the thing is near the chain's first place and
in the later ones ("a village near Exeter, Devon, England"; "located near Sullivan, Missouri"), a
name NER typed as a person between two places is the chain's middle; and what stays (a thing
killed near a place is not located in its region; a name before a place's possessive stays a
person's)."""

from __future__ import annotations

from hand_docs import make_doc, relations_of

from kg.in_place import between_chain_places


def _village(middle_ent: str = "GPE"):
    """"Oakdale is a village near Exeter , Devon , England ." with the chain a list on Exeter."""
    words = ["Oakdale", "is", "a", "village", "near", "Exeter", ",", "Devon", ",", "England", "."]
    heads = [1, 1, 3, 1, 3, 4, 5, 5, 7, 7, 1]
    deps = ["nsubj", "ROOT", "det", "attr", "prep", "pobj", "punct", "appos", "punct", "appos", "punct"]
    pos = ["PROPN", "AUX", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT"]
    ents = ["B-GPE", "O", "O", "O", "O", "B-GPE", "O", f"B-{middle_ent}", "O", "B-GPE", "O"]
    lemmas = ["oakdale", "be", "a", "village", "near", "exeter", ",", "devon", ",", "england", "."]
    return make_doc(words, heads, deps, pos=pos, ents=ents, lemmas=lemmas)


def test_a_thing_near_a_places_chain_is_near_the_first_and_in_the_rest():
    got = {(h, r, t) for h, r, t, _ in relations_of(_village())}
    assert ("Oakdale", "village near", "Exeter") in got
    assert {("Oakdale", "located in", "Devon"), ("Oakdale", "located in", "England")} <= got
    assert not any(h == "Oakdale" and r.endswith("near") and t != "Exeter" for h, r, t in got)


def test_a_name_set_off_between_two_places_is_the_chains_middle():
    assert between_chain_places(_village("PERSON")[7:8])
    doc = make_doc(["In", "London", ",", "Smith", ",", "England", "'s", "captain", ",", "spoke", "."],
                   [9, 0, 9, 9, 3, 7, 5, 3, 3, 9, 9],
                   ["prep", "pobj", "punct", "nsubj", "punct", "poss", "case", "appos", "punct", "ROOT", "punct"],
                   pos=["ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PART", "NOUN", "PUNCT", "VERB", "PUNCT"],
                   tags=["IN", "NNP", ",", "NNP", ",", "NNP", "POS", "NN", ",", "VBD", "."],
                   ents=["O", "B-GPE", "O", "B-PERSON", "O", "B-GPE", "O", "O", "O", "O", "O"])
    assert not between_chain_places(doc[3:4])  # before a place's possessive: a person


def _near(verb: str = "located", lemma: str = "locate"):
    """"The park is <verb> near Sullivan , Missouri ." with Missouri Sullivan's apposition."""
    words = ["Meramec", "Park", "is", verb, "near", "Sullivan", ",", "Missouri", "."]
    heads = [1, 3, 3, 3, 3, 4, 5, 5, 3]
    deps = ["compound", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct", "appos", "punct"]
    pos = ["PROPN", "PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT"]
    ents = ["B-FAC", "I-FAC", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"]
    lemmas = ["meramec", "park", "be", lemma, "near", "sullivan", ",", "missouri", "."]
    return make_doc(words, heads, deps, pos=pos, ents=ents, lemmas=lemmas)


def test_what_is_located_near_a_place_lies_in_the_places_it_is_in():
    got = {(h, r, t) for h, r, t, _ in relations_of(_near())}
    assert ("Meramec Park", "located in", "Missouri") in got


def test_what_happened_near_a_place_is_not_located_in_its_region():
    got = {(h, r, t) for h, r, t, _ in relations_of(_near("attacked", "attack"))}
    assert ("Meramec Park", "located in", "Missouri") not in got


def _island(first: str = "Kochi", first_ent: str = "GPE"):
    """"The film is set in <first> , on the island of Shikoku ." with the island phrase hung on
    the verb, as the parser reads it."""
    words = ["The", "film", "is", "set", "in", *first.split(), ",", "on", "the", "island", "of", "Shikoku", "."]
    n = len(first.split())
    c = 5 + n  # the comma
    heads = [1, 3, 3, 3, 3, *([c - 1] * (n - 1)), 4, 3, 3, c + 3, c + 1, c + 3, c + 4, 3]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "prep", *(["compound"] * (n - 1)), "pobj", "punct", "prep", "det",
            "pobj", "prep", "pobj", "punct"]
    ents = ["O"] * 5 + [f"B-{first_ent}"] + [f"I-{first_ent}"] * (n - 1) + ["O"] * 5 + ["B-GPE", "O"]
    pos = ["DET", "NOUN", "AUX", "VERB", "ADP", *(["PROPN"] * n), "PUNCT", "ADP", "DET", "NOUN", "ADP", "PROPN",
           "PUNCT"]
    return make_doc(words, heads, deps, pos=pos, ents=ents)


def test_a_place_chain_goes_on_after_on_the_island_of():
    got = {(h, r, t) for h, r, t, _ in relations_of(_island())}
    assert ("Kochi", "located in", "Shikoku") in got


def test_a_state_written_before_its_island_holds_it():
    got = {(h, r, t) for h, r, t, _ in relations_of(_island("Kochi Prefecture"))}
    assert ("Shikoku", "located in", "Kochi Prefecture") in got
    assert ("Kochi Prefecture", "located in", "Shikoku") not in got
