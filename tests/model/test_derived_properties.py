"""Properties a typed edge implies beside its own (kg/data/derivations.yaml), through the real
model and the graph: a recording's performer, a capital read both ways, a head of government's
citizenship, a government body's jurisdiction, an institution named after its place; and the
sentences that must give none of them."""

from __future__ import annotations

from kg.api import graph_from_results
from kg.model import Document


def _edges(extractor, text: str) -> dict[tuple[str, str, str], dict]:
    G = graph_from_results([extractor.one(Document("t", text))])
    label = {n: d["label"] for n, d in G.nodes(data=True)}
    return {(label[u], d["predicate"], label[v]): d for u, v, d in G.edges(data=True)}


def _ids(edges: dict[tuple[str, str, str], dict]) -> set[tuple[str, str, str]]:
    return {(h, d["wikidata"], t) for (h, _, t), d in edges.items() if d.get("wikidata")}


def test_a_singer_who_recorded_a_song_is_its_performer(extractor):
    edges = _edges(extractor, "A Mess of Blues is a song recorded by Elvis Presley in 1960.")
    assert edges[("Elvis Presley", "performer_of", "A Mess of Blues")]["wikidata"] == "P800"
    d = edges[("A Mess of Blues", "performer", "Elvis Presley")]
    assert d["wikidata"] == "P175" and d["rule"] == "derived:restate_performer"


def test_a_song_performed_by_a_singer_names_its_performer(extractor):
    ids = _ids(_edges(extractor, "Two Doors Down is a song performed by Dolly Parton."))
    assert ("Two Doors Down", "P175", "Dolly Parton") in ids


def test_a_songwriter_is_no_performer(extractor):
    edges = _edges(extractor, "A Mess of Blues is a song written by Doc Pomus.")
    assert edges[("Doc Pomus", "notable_work", "A Mess of Blues")]["wikidata"] == "P800"
    assert not {i for i in _ids(edges) if i[1] == "P175"}


def test_an_actor_who_played_a_character_is_its_performer(extractor):
    edges = _edges(extractor, "Bernard Cribbins appeared as Wilfred Mott.")
    assert edges[("Bernard Cribbins", "played_character", "Wilfred Mott")]["wikidata"] == "P800"
    d = edges[("Wilfred Mott", "performer", "Bernard Cribbins")]
    assert d["wikidata"] == "P175" and d["rule"] == "derived:restate_played_character"


def test_an_actor_who_appeared_in_a_film_performs_no_character(extractor):
    ids = _ids(_edges(extractor, "Bernard Cribbins appeared in Doctor Who."))
    assert not {i for i in ids if i[1] == "P175"}


def test_a_country_on_a_seas_shore_lies_on_it(extractor):
    ids = _ids(_edges(extractor, "Izmir is a city in Turkey on the coast of the Aegean Sea."))
    assert {("Aegean Sea", "P205", "Turkey"), ("Turkey", "P206", "Aegean Sea")} <= ids


def test_a_lake_gives_its_country_no_shore(extractor):
    ids = _ids(_edges(extractor, "Lake Inari is a lake in Finland."))
    assert not {i for i in ids if i[1] == "P206" and i[0] == "Finland"}


def test_a_capital_is_read_both_ways(extractor):
    ids = _ids(_edges(extractor, "Phnom Penh is the capital of Cambodia."))
    assert {("Phnom Penh", "P1376", "Cambodia"), ("Cambodia", "P36", "Phnom Penh")} <= ids


def test_a_premier_of_a_country_is_its_citizen(extractor):
    edges = _edges(extractor, "Zhou Enlai was the first Premier of the People's Republic of China.")
    d = edges[("Zhou Enlai", "citizenship", "China")]
    assert d["wikidata"] == "P27" and d["rule"] == "derived:head_of_government_citizen"


def test_a_mayor_of_a_city_gets_no_citizenship(extractor):
    edges = _edges(extractor, "Sadiq Khan, the mayor of London, spoke.")
    assert not [k for k in edges if k[1] == "citizenship"]


def test_a_national_parliament_applies_to_its_country_which_has_it_as_legislature(extractor):
    ids = _ids(_edges(extractor, "The bill passed the Australian Parliament in Canberra, Australia."))
    assert {("Australian Parliament", "P1001", "Australia"), ("Australia", "P194", "Australian Parliament")} <= ids


def test_a_government_is_no_legislature(extractor):
    ids = _ids(_edges(extractor, "Gro Harlem Brundtland led the Norwegian Government in Norway."))
    assert ("Norwegian Government", "P1001", "Norway") in ids
    assert not {i for i in ids if i[1] == "P194"}


def test_a_council_applies_to_the_place_it_is_named_after(extractor):
    ids = _ids(_edges(extractor, "Dublin City Council runs the libraries of the city. Dublin is the capital of Ireland."))
    assert ("Dublin City Council", "P1001", "Dublin") in ids
    assert ("Dublin", "P194", "Dublin City Council") in ids  # the city's legislative body
    assert ("Dublin City Council", "P1001", "Ireland") not in ids  # a city's council, not the country's


def test_a_state_senate_applies_to_its_state_not_its_country(extractor):
    ids = _ids(_edges(extractor, "The Washington Senate met in Olympia. Washington is a state of the United States."))
    assert ("Washington Senate", "P1001", "Washington") in ids
    assert ("Washington Senate", "P1001", "United States") not in ids
    assert ("United States", "P194", "Washington Senate") not in ids


def test_a_university_is_in_the_place_it_is_named_after(extractor):
    edges = _edges(extractor, "The University of Alberta opened a campus. Alberta is a province of Canada.")
    d = edges[("University of Alberta", "located_in", "Alberta")]
    assert d["wikidata"] == "P131" and d["rule"] == "derived:institution_located_by_name"


def test_a_museum_or_an_orchestra_is_in_the_place_it_is_named_after(extractor):
    edges = _edges(extractor, "Her paintings hang in the Toledo Museum of Art. Toledo is a city in Ohio.")
    d = edges[("Toledo Museum of Art", "located_in", "Toledo")]
    assert d["wikidata"] == "P131" and d["rule"] == "derived:institution_located_by_name"


def test_a_company_named_after_a_city_is_not_located_by_its_name(extractor):
    edges = _edges(extractor, "The Beijing Jinyu Group is a cement maker. Beijing is the capital of China.")
    assert ("Beijing Jinyu Group", "named_after", "Beijing") in edges
    assert ("Beijing Jinyu Group", "located_in", "Beijing") not in edges


def test_what_a_writer_wrote_is_a_work_whatever_ner_called_it(extractor):
    edges = _edges(extractor, "George Tibbles wrote the Woody Woodpecker Song in 1947.")
    assert edges[("George Tibbles", "notable_work", "Woody Woodpecker Song")]["wikidata"] == "P800"


def test_a_film_directed_by_a_person_has_its_director(extractor):
    ids = _ids(_edges(extractor, "Big Easy Express was directed by Emmett Malloy."))
    assert ("Big Easy Express", "P57", "Emmett Malloy") in ids


def test_a_director_directing_an_actor_states_no_work(extractor):
    assert not _ids(_edges(extractor, "Steven Spielberg directed Tom Hanks in 1998."))


def test_writing_for_a_newspaper_states_no_work(extractor):
    assert not _ids(_edges(extractor, "Mary Smith wrote for the Chicago Tribune."))


def test_a_graduate_of_a_university_of_a_country_is_presumed_its_citizen(extractor):
    edges = _edges(extractor, "Sarah Lee graduated from the University of Toronto. "
                              "The University of Toronto is a public university in Canada.")
    d = edges[("Sarah Lee", "citizenship", "Canada")]
    assert d["wikidata"] == "P27" and d["rule"] == "derived:educated_in_country"
    assert len(d["evidence"]) == 2


def test_a_member_of_a_party_of_a_country_is_presumed_its_citizen(extractor):
    edges = _edges(extractor, "Tom Hale is a member of the Labour Party. "
                              "The Labour Party is a political party in the United Kingdom.")
    assert edges[("Tom Hale", "citizenship", "United Kingdom")]["rule"] == "derived:party_of_country"


def test_a_player_of_a_club_is_not_presumed_a_citizen(extractor):
    edges = _edges(extractor, "Wayne Rooney played for Manchester United. "
                              "Manchester United is a football club in England.")
    assert ("Wayne Rooney", "member_of_sports_team", "Manchester United") in edges
    assert not [k for k in edges if k[1] == "citizenship"]


def test_a_president_s_office_applies_to_the_country_read_both_ways(extractor):
    """"president of" (head_of_state_of) carries P1001 person -> country itself; the country's
    head of state (P35) is restated beside it."""
    ids = _ids(_edges(extractor, "Andry Rajoelina, the president of Madagascar, spoke."))
    assert {("Andry Rajoelina", "P1001", "Madagascar"), ("Madagascar", "P35", "Andry Rajoelina")} <= ids


def test_a_lieutenant_governor_heads_nothing(extractor):
    """A deputy is neither the head of government nor holds an office applying to the state."""
    edges = _edges(extractor, "Anthony Brown, the lieutenant governor of Maryland, spoke.")
    assert ("Anthony Brown", "deputy_head_of", "Maryland") in edges
    assert not {i for i in _ids(edges) if i[1] in ("P6", "P1001", "P35")}


def test_a_character_of_a_work_is_one_of_its_characters(extractor):
    ids = _ids(_edges(extractor, "Arjuna is the main central character of the ancient Indian epic Mahabharata."))
    assert {("Arjuna", "P1441", "Mahabharata"), ("Mahabharata", "P674", "Arjuna")} <= ids


def test_a_place_of_a_national_organisation_is_in_its_country(extractor):
    """"a Turkish manufacturer based in the province of Ankara": Ankara is in Turkey (the
    nationality's country, contained_in@nationality), typed as a country, not left untyped."""
    edges = _edges(extractor, "Roketsan is a major Turkish weapons manufacturer and defense contractor "
                              "based in the central Anatolian province of Ankara.")
    assert edges[("Ankara", "country", "Turkish")]["wikidata"] == "P17"


def test_a_successor_municipality_of_a_place_is_not_in_it(extractor):
    """"Hol's successor municipality Vestvågøy": no place holds the other (the "town in" kind of
    tail a settlement noun implies needs "in")."""
    ids = _ids(_edges(extractor, "He was a member of Hol municipality council, and later of Hol's "
                                 "successor municipality Vestvågøy."))
    assert not {i for i in ids if i[1] == "P131" and {i[0], i[2]} == {"Vestvågøy", "Hol"}}


def test_a_sea_around_a_national_island_is_in_no_country(extractor):
    """"an Italian island located in the Mediterranean Sea": the island is in Italy and next to the
    sea (P206); the sea is not in Italy."""
    edges = _edges(extractor, "Pantelleria is an Italian island located in the Mediterranean Sea.")
    assert edges[("Pantelleria", "in_body_of_water", "Mediterranean Sea")]["wikidata"] == "P206"
    assert not [k for k in edges if k[0] == "Mediterranean Sea"]


def test_a_subsidiary_is_owned_by_its_parent(extractor):
    ids = _ids(_edges(extractor, "General Motors New Zealand Limited was a subsidiary of General Motors."))
    assert {("General Motors New Zealand Limited", "P749", "General Motors"),
            ("General Motors New Zealand Limited", "P127", "General Motors")} <= ids
