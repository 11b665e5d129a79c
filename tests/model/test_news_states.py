"""With the real model, news sentences written for these tests: a US state run into its
governor's name is the state ("the Governor of California Gavin Newsom": no body "California
Gavin Newsom"), a county a sentence puts in a US state is no county of the one country a foreign
wire story names (``kg.presume``), and a company noun the tagger read as an adjective still names
the company after it ("a subsidiary of the conglomerate Jollibee"); a conjunct with its own
article after a titled holder is another person's phrase; a pronoun in the object's preposition
stands for its antecedent ("imposed sanctions against him")."""

from __future__ import annotations


def test_a_state_run_into_its_governors_name_is_the_state(extract):
    result, triples = extract("The ceremony was attended by the Governor of California Gavin Newsom.")
    assert {m.text: m.type for m in result.mentions}.get("Gavin Newsom") == "PERSON"
    assert ("Gavin Newsom", "governor of", "California") in triples


def test_a_county_in_a_us_state_is_no_county_of_the_storys_country(extractor):
    from kg.api import graph_from_results
    from kg.model import Document

    G = graph_from_results([extractor.one(Document("d", "JAKARTA (Antara) - The nickel miner Vale Indonesia opened an "
                                                        "office in Travis County, Texas, the company reported. "
                                                        "Indonesia welcomed the move."))])
    county = next(n for n, d in G.nodes(data=True) if d["label"] == "Travis County")
    assert not [v for _, v, d in G.out_edges(county, data=True) if d.get("predicate") == "country"]


def test_a_company_noun_read_as_an_adjective_names_the_company_after_it(extract):
    _, triples = extract("The coffee chain Highlands Coffee, a subsidiary of the conglomerate Jollibee, opened its "
                         "first shop abroad.")
    assert ("Highlands Coffee", "subsidiary of", "Jollibee") in triples


def test_a_phrase_of_its_own_after_a_titled_holder_is_another_persons(extract):
    # "the Governor of Ohio X and the founder of Honda": the founder is someone else, not X
    _, triples = extract("The event was attended by the Governor of Ohio Mike DeWine and the founder of Honda.")
    assert ("Mike DeWine", "governor of", "Ohio") in triples
    assert not [t for t in triples if t[0] == "Mike DeWine" and t[2] == "Honda"]


def test_a_pronoun_in_the_objects_preposition_stands_for_its_antecedent(extract):
    _, triples = extract("Oleg Deripaska sold his stake after the United States imposed sanctions against him.")
    assert ("United States", "imposed sanctions against", "Oleg Deripaska") in triples
