"""Derived edges (kg/infer.py) through the real model and the graph: what two sentences say
together, with the evidence of both; and what must not follow."""

from __future__ import annotations

from kg.api import graph_from_results
from kg.model import Document


def _edges(extractor, text: str) -> dict[tuple[str, str, str], dict]:
    G = graph_from_results([extractor.one(Document("t", text))])
    label = {n: d["label"] for n, d in G.nodes(data=True)}
    return {(label[u], d["predicate"], label[v]): d for u, v, d in G.edges(data=True)}


def test_a_city_in_a_state_of_a_country_is_in_the_country(extractor):
    edges = _edges(extractor, "Brookston is a city in Saint Louis County, Minnesota. "
                              "Minnesota is a state of the United States.")
    d = edges[("Brookston", "country", "United States")]
    assert d["wikidata"] == "P17" and d["rule"].startswith("derived:")
    assert len(d["evidence"]) == 2  # both sentences
    assert "Minnesota" in d["derived_from"]
    assert edges[("Brookston", "located_in", "United States")]["wikidata"] == "P131"


def test_an_album_by_an_artist_is_the_artists_notable_work(extractor):
    edges = _edges(extractor, "Thriller is an album by Michael Jackson.")
    assert edges[("Michael Jackson", "notable_work", "Thriller")]["wikidata"] == "P800"


def test_a_nationality_adjective_gives_no_location(extractor):
    edges = _edges(extractor, "Roketsan is a Turkish weapons manufacturer.")
    assert [k for k in edges if k[1] == "located_in"] == []


def test_nothing_follows_from_a_denial(extractor):
    edges = _edges(extractor, "Brookston Museum is not located in Minnesota. Minnesota is a state of the United States.")
    assert edges[("Brookston Museum", "located_in", "Minnesota")]["negated"] is True
    assert [k for k in edges if k[2] == "United States" and k[0] != "Minnesota"] == []


def test_a_document_naming_one_country_places_its_places_in_it(extractor):
    text = ("Brigden is a community in Lambton County, Ontario, Canada. "
            "The Sydenham River flows past the community.")
    edges = _edges(extractor, text)
    d = edges[("Sydenham River", "country", "Canada")]
    assert d["rule"] == "derived:document_country" and d["wikidata"] == "P17"
    assert [e["sentence"] for e in d["evidence"]] == [text[text.index("The"):], text[:text.index(" The")]]
    assert edges[("Sydenham River", "located_in", "Canada")]["wikidata"] == "P131"


def test_a_document_naming_two_countries_presumes_nothing(extractor):
    edges = _edges(extractor, "Windsor is a city in Ontario, Canada. The Detroit River separates it from the United States.")
    assert [k for k, d in edges.items() if d["rule"] == "derived:document_country"] == []


def test_a_country_named_as_a_side_of_a_match_is_no_document_country(extractor):
    """A sports story names its opponent, not where its teams are: the Wallabies are not in
    Argentina (``kg.teams.country_side``, ``kg.presume.match_sides``)."""
    for text in ("The Wallabies thrashed Argentina 53-6 at the Sydney Football Stadium. "
                 "The Wallabies scored eight tries.",
                 "The Kangaroos will play the final Test against Argentina on Saturday. The Kangaroos need a win."):
        edges = _edges(extractor, text)
        assert [k for k, d in edges.items() if d["rule"] == "derived:document_country"] == [], edges.keys()
