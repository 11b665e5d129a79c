"""Hand-built parses for ``prep_place`` through a person's site (``kg.relations.verbs.person_site``):
what any verb says happened in a hospital, a home or a village happened in the place the site is
in or of ("was hospitalized in a hospital of Yokohama", translated news); not a place "near" the
site, nor a site with no article or owner."""

from __future__ import annotations

from hand_docs import make_doc, relations_of


def _hospitalized(site: str = "hospital", prep: str = "of", det: str | None = "a"):
    """"Suga was hospitalized in [det] <site> <prep> Yokohama ." as the parser reads it."""
    words = ["Suga", "was", "hospitalized", "in", *([det] if det else []), site, prep, "Yokohama", "."]
    k = 4 + bool(det)  # the site
    heads = [2, 2, 2, 2, *([k] if det else []), 3, k, k + 1, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "prep", *(["det"] if det else []), "pobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "AUX", "VERB", "ADP", *(["DET"] if det else []), "NOUN", "ADP", "PROPN", "PUNCT"]
    tags = ["NNP", "VBD", "VBN", "IN", *(["DT"] if det else []), "NN", "IN", "NNP", "."]
    ents = ["B-PERSON", "O", "O", "O", *(["O"] if det else []), "O", "O", "B-GPE", "O"]
    lemmas = ["suga", "be", "hospitalize", "in", *([det] if det else []), site, prep, "yokohama", "."]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)


def test_what_happened_in_a_hospital_of_a_city_happened_in_the_city():
    assert ("Suga", "hospitalized in", "Yokohama", "prep_place") in relations_of(_hospitalized())
    assert ("Suga", "hospitalized in", "Yokohama", "prep_place") in relations_of(_hospitalized(prep="in"))


def test_a_site_near_a_place_a_bare_site_or_another_noun_says_nothing_of_the_place():
    for doc in (_hospitalized(prep="near"), _hospitalized(det=None), _hospitalized(site="meeting")):
        assert not any(rule == "prep_place" for *_, rule in relations_of(doc))
