"""kg/presume_gazetteer.py on hand-built documents: in a document naming several countries, a
place the gazetteer knows in one of them only is in it, and so is one it knows in several countries
of which the document names one; a place it knows in two countries none of which is named, one it
does not know, one whose country the document does not name, and one with a country of its own
get nothing."""

from __future__ import annotations

from test_presume import _doc, _entities

from kg.graph import build_graph

MOVED = ["Ramunas Kazlauskas is a Lithuanian chess player.", "He studied at the Royal Institute in {city}.",
         "In 1998 he moved to Sweden and later to Norway."]


def _gazetteered(city: str, extra: list[tuple[str, str]] = (), triples=()) -> dict[tuple[str, str], dict]:
    sentences = [s.format(city=city) for s in MOVED]
    mentions, result = _doc("d", sentences, [("Lithuanian", "NORP"), (city, "GPE"), ("Sweden", "GPE"),
                                             ("Norway", "GPE"), *extra], triples)
    G = build_graph(_entities(mentions), [result])
    return {(u, v): d for u, v, d in G.edges(data=True) if d["rule"] == "derived:gazetteer_document"}


def test_a_city_the_gazetteer_knows_in_one_of_the_documents_countries_is_in_it():
    edges = _gazetteered("Stockholm")
    d = edges[("stockholm", "sweden")]
    assert d["predicate"] == "country" and d["wikidata"] == "P17" and d["confidence"] < 0.5
    assert "Stockholm in Sweden only" in d["derived_from"]
    assert [e["sentence"] for e in d["evidence"]] == [MOVED[1].format(city="Stockholm"), MOVED[2]]
    assert ("vilnius", "lithuanian") in _gazetteered("Vilnius")  # named by its people only: the people's node


def test_a_city_of_several_countries_the_document_names_one_of_is_in_that_one():
    """Bergen is a Norwegian city and a Belgian and a Dutch town: a text naming Norway, not
    Belgium nor the Netherlands, means Norway's. London, a big city of the United Kingdom, stays
    out even where a text names Canada (``big_city_elsewhere``)."""
    assert ("bergen", "norway") in _gazetteered("Bergen")


def test_a_city_of_two_countries_one_unknown_or_of_a_country_not_named_gets_none():
    assert _gazetteered("London") == {}  # Canada and the United Kingdom
    assert _gazetteered("Smallville") == {}
    assert _gazetteered("Toulouse") == {}  # France is not named


def test_a_city_with_a_country_of_its_own_keeps_it():
    # "… in Bergen, Norway" stated: the gazetteer adds nothing
    edges = _gazetteered("Bergen", triples=[(1, "located in", 3, "place_chain")])
    assert edges == {}
