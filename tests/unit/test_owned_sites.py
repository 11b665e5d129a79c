"""The ``owned_site`` rule on hand-built parses: the owner of a site noun ("Tesla's factory",
"the Tesla factory") and the place its "in" names, and parses on which it must stay silent (a
site noun of no owner, a possessive that names no one, a noun that is no site, a place that is
no place's name)."""

from __future__ import annotations

from hand_docs import make_doc, relations_of

from kg.predicates import OWNER_RULES, classify
from kg.relations.owned_sites import SITE_NOUNS_OWNED


def _site(owner: list[tuple[str, str, str, str]], noun: str = "factory", place: str = "GPE") -> list[tuple]:
    """``<owner words> <noun> in Berlin closed .``: ``owner`` is (word, dep, pos, NER tag) for
    each word before the noun, each hung on the noun."""
    n = len(owner)
    words = [w for w, _, _, _ in owner] + [noun, "in", "Berlin", "closed", "."]
    heads = [n if d != "case" else i - 1 for i, (_, d, _, _) in enumerate(owner)] + [n + 3, n, n + 1, n + 3, n + 3]
    deps = [d for _, d, _, _ in owner] + ["nsubj", "prep", "pobj", "ROOT", "punct"]
    pos = [p for _, _, p, _ in owner] + ["NOUN", "ADP", "PROPN", "VERB", "PUNCT"]
    ents = [t for _, _, _, t in owner] + ["O", "O", f"B-{place}", "O", "O"]
    doc = make_doc(words, heads, deps, pos=pos, ents=ents)
    return [r for r in relations_of(doc) if r[3] == "owned_site"]


TESLAS = [("Tesla", "poss", "PROPN", "B-ORG"), ("'s", "case", "PART", "O")]


def test_the_owner_of_a_site_has_it_where_its_in_says():
    assert _site(TESLAS) == [("Tesla", "factory in", "Berlin", "owned_site")]


def test_a_body_named_in_front_of_the_site_owns_it():
    assert _site([("the", "det", "DET", "O"), ("Tesla", "compound", "PROPN", "B-ORG")]) == [
        ("Tesla", "factory in", "Berlin", "owned_site")]


def test_a_site_of_no_owner_and_a_noun_of_no_site_join_nothing():
    assert _site([("the", "det", "DET", "O")]) == []
    assert _site(TESLAS, noun="sales") == []
    assert _site(TESLAS, place="PERSON") == []


def test_a_possessive_of_no_name_leaves_the_name_after_it_the_sites_own():
    # "the Prime Minister's Kirribilli residence in Sydney": Kirribilli is no owner
    owner = [("the", "det", "DET", "O"), ("Minister", "poss", "PROPN", "O"), ("'s", "case", "PART", "O"),
             ("Kirribilli", "compound", "PROPN", "B-ORG")]
    assert _site(owner, noun="residence") == []


def test_the_edge_is_no_located_in_but_headquarters_are_the_headquarters_place():
    assert "owned_site" in OWNER_RULES
    assert classify("factory in", "owned_site", ["ORG"], ["GPE"]) is None
    assert classify("headquarters in", "owned_site", ["ORG"], ["GPE"]).name == "headquarters"
    assert all(w == w.lower() for w in SITE_NOUNS_OWNED)
