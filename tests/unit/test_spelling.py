"""British and American spellings of one word (``kg.spelling``) align two names for ``fuzzy``:
"World Trade Centre" and "World Trade Center" are one building across two agencies' stories;
words that only look alike, or differ in more than the spelling, stay apart."""

from __future__ import annotations

from kg.model import Mention
from kg.name_compare import aligned
from kg.resolve import resolve
from kg.spelling import american, spelling_variants


def _m(text: str, doc: str) -> Mention:
    return Mention(doc=doc, start=0, end=len(text), text=text, type="ORG", sent_start=0, sent_end=100, origin="ner")


def test_british_endings_read_the_american_way():
    assert [american(w) for w in ("centre", "centres", "theatre", "labour", "defence", "organisation")] == \
        ["center", "centers", "theater", "labor", "defense", "organization"]
    assert [american(w) for w in ("acre", "genre", "tour", "four", "science")] == ["acre", "genre", "tour", "four", "science"]


def test_spelling_variants_are_two_spellings_of_one_word_only():
    assert spelling_variants("centre", "center") and spelling_variants("theater", "theatre")
    assert not spelling_variants("centre", "centre")  # the same word is no variant
    assert not spelling_variants("centre", "central") and not spelling_variants("trade", "trader")


def test_names_in_two_spellings_align_and_merge_across_documents():
    assert aligned("world trade centre".split(), "world trade center".split())
    assert not aligned("world trade centre".split(), "world trade central".split())
    ents = resolve([_m("World Trade Centre", "a"), _m("World Trade Center", "b")])
    assert len(ents) == 1 and "fuzzy" in ents[0].reasons.values(), ents


def test_a_different_word_keeps_two_bodies_apart():
    ents = resolve([_m("Australian Cancer Centre", "a"), _m("Australian Cancer Council", "b")])
    assert len(ents) == 2


def test_a_generic_name_in_another_countrys_spelling_is_another_body():
    """abc_251: "Mr Peres had called all the ministers from his Labour Party" is Israel's party,
    not the Australian "Labor Party" of other stories; two countries' defence departments too."""
    assert not aligned("labour party".split(), "labor party".split())
    assert not aligned("department defence".split(), "department defense".split())
    assert aligned("australian labour party".split(), "australian labor party".split())
    ents = resolve([_m("Labour Party", "a"), _m("Labor Party", "b")])
    assert len(ents) == 2, ents
