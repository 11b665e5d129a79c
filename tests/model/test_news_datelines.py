"""Bare datelines and names set in capitals, with the real model (stories written for these
tests): a known place and a spaced dash opening a story's first line ("BRUSSELS - NATO's chief
...", "Berlin - Chancellor ...") is where the story was filed, neither part of the next name nor
the place of the office after it, and the name after it stays whole; a person's name in capitals
is labelled as a name is written, and so is a known place.
Texts written one sentence a line (encyclopedic leads) keep "Mercedes - Benz" whole."""

from __future__ import annotations

from conftest import labelled_graph as graph

from kg.components import place_datelines


def test_a_bare_dateline_is_the_place_the_story_was_filed(extractor):
    types, edges = graph(extractor, "NATO chief warns of long winter\n\nBRUSSELS - NATO Secretary-General "
                                    "ANDERS HOLMBERG said on Tuesday the alliance must prepare for a long winter. "
                                    "HOLMBERG told reporters that members should raise spending.")
    assert types.get("NATO") == "ORG" and types.get("Brussels") == "GPE"  # labelled as the gazetteer writes it
    assert "Anders Holmberg" in types and not any(" - " in t or "ANDERS" in t for t in types)


def test_the_name_after_a_dateline_is_one_sentence_s_subject(extractor):
    """The parser split "Kalinda | Pharmaceuticals said" after a dateline, and the company's first
    mention was lost: no sentence starts inside the capitalised name that opens the story."""
    types, edges = graph(extractor, "Kalinda recalls drug\n\nMUMBAI - Kalinda Pharmaceuticals said on Monday "
                                    "that it would recall 1.2 million bottles of Cardivex.")
    assert types.get("Kalinda Pharmaceuticals") == "ORG"


def test_a_dateline_is_not_the_place_of_the_office(extractor):
    _, edges = graph(extractor, "Coalition talks stall\n\nBerlin - Chancellor Matthias Vogler met Finance Minister "
                                "Karin Albrecht on Wednesday to break the deadlock over the budget.")
    assert ("Matthias Vogler", "Karin Albrecht") in edges
    assert not any("Berlin" in e for e in edges)


def test_only_a_known_place_in_a_storys_first_lines_makes_a_bare_dateline():
    assert [m["place"] for m in place_datelines("Talks stall\n\nBerlin - Chancellor Olaf Scholz met")] == ["Berlin"]
    assert place_datelines("CKNL - FM is a radio station in Canada.") == []
    assert place_datelines("One.\nTwo.\nThree.\nFour.\nBerlin - Chancellor Olaf Scholz met") == []
    # two places joined by a dash name one thing
    assert place_datelines("The Cambodia – Vietnam Friendship Monument in Phnom Penh was built in 1979.") == []
    assert place_datelines("Australia – Chile Free Trade Agreement is a trade agreement.") == []
    # a date or an agency before the dash makes a dateline even when a place opens the story
    assert [m["place"] for m in place_datelines("Nairobi, 12 June (Xinhua) - Kenya Airways has signed a deal.")] \
        == ["Nairobi"]


def test_a_news_agency_before_its_place_opens_a_dateline(extractor):
    # translated Chinese wire copy names the agency first: "Xinhua News Agency, Beijing, April 12 --"
    assert [m["place"] for m in place_datelines("Xinhua News Agency, Beijing, April 12 -- Premier Li Qiang met")] \
        == ["Xinhua News Agency"]
    types, edges = graph(extractor, "Xinhua News Agency, Beijing, April 12 -- Chinese Premier Li Qiang held talks with "
                                    "visiting Spanish Prime Minister Pedro Sanchez in Beijing on Friday.")
    assert ("Li Qiang", "Pedro Sanchez") in edges, edges
    assert types.get("Xinhua News Agency") == "ORG" and types.get("Beijing") == "GPE", types  # the agency is no place
    assert not any(h == "Xinhua News Agency" and t == "Pedro Sanchez" for h, t in edges), edges
    # a name that is no agency's, or an agency before no known place, opens none
    assert place_datelines("Acme Holdings, Beijing, April 12 -- Premier Li Qiang met") == []
    assert place_datelines("Xinhua News Agency, Bumbleton Heath, April 12 -- Premier Li Qiang met") == []


def test_one_sentence_a_line_keeps_a_dashed_name(extractor):
    types, _ = graph(extractor, "Mercedes - Benz is a German automobile maker.\nIt was founded in 1926.\n"
                                "Its seat is Stuttgart.\n")
    assert not any(t == "Mercedes" for t in types)


def test_a_dateline_whose_place_and_date_end_in_full_stops(extractor):
    # Kazinform's style: "Astana. 20 February. Kazinform - …"; the agency is no part of the next name
    types, edges = graph(extractor, "Astana. 20 February. Kazinform - Head of State Kassym-Jomart Tokayev "
                                    "received Askhat Khassenov.")
    assert "Kazinform" in types and not any(" - " in t for t in types), types
    assert ("Kassym-Jomart Tokayev", "Askhat Khassenov") in edges, edges


def test_a_month_abbreviation_in_a_dateline_is_no_name(extract):
    result, _ = extract("Havana, Jan 10 (Prensa Latina) The President of Cuba received the delegation.")
    assert "Jan" not in {m.text for m in result.mentions}
    result, _ = extract("SEOUL, 4 Jan (Yonhap) - The former president of South Korea Moon Jae-in was hospitalized.")
    assert "Jan" not in {m.text for m in result.mentions}  # the day before the month
    for text in ("Lisbon, 7 Jun (Lusa) - The Portuguese airline TAP announced a new route.",
                 "Porto, 12 Jun (Lusa) - The Portuguese bank BCP announced yesterday the nomination of Ana Costa."):
        result, _ = extract(text)
        assert not any("Jun" in m.text for m in result.mentions), result.mentions
    result, _ = extract("Environmentalist Ma Jun spoke in Beijing on 3 June.")
    assert "Ma Jun" in {m.text for m in result.mentions}  # a given name stays one
    result, _ = extract("Jan Kowalski met Piotr Nowak on Mar 3.")
    assert "Jan Kowalski" in {m.text for m in result.mentions}  # a first name stays one


def test_a_years_era_in_a_dateline_is_no_name(extract):
    result, _ = extract("Riyadh, 14 Ramadan 1446 AH, corresponding to 14 March 2025 AD (SPA) -- Prince Faisal "
                        "received the minister.")
    texts = {m.text for m in result.mentions}
    assert "AD" not in texts and "AH" not in texts and "SPA" in texts


def test_a_scene_place_the_parser_hangs_an_office_on_is_no_holder(extract):
    result, triples = extract("In Buenos Aires, the president of Argentina Javier Milei announced that the state "
                              "oil company YPF will be privatized.")
    assert {m.text: m.type for m in result.mentions}["Buenos Aires"] == "GPE"
    assert ("Javier Milei", "president of", "Argentina") in triples, triples
    assert not any(h == "Buenos Aires" and r == "president of" for h, r, _ in triples), triples


def test_one_sentence_a_line_keeps_a_dated_dateline_on_its_first_line(extractor):
    # wire copy a paragraph a sentence: "Place, Country - " (or a date, an agency) opens the story
    types, _ = graph(extractor, "Lagos, Nigeria - Dangote Group, owned by Aliko Dangote, has started production.\n"
                                "The refinery can process 650,000 barrels per day.\nIt lies near Lagos.\n")
    assert types.get("Nigeria") == "GPE" and not any(" - " in t for t in types), types


def test_a_peoples_adjective_before_a_portfolio_is_the_country(extract):
    names = {(m.text, m.type) for m in extract("The pact was signed by Philippine Defense Secretary Gilberto "
                                               "Teodoro.")[0].mentions}
    assert ("Philippine", "NORP") in names and not any(n.startswith("Philippine ") for n, _ in names), names


def test_a_dateline_under_a_headline_is_no_part_of_the_first_name(extract):
    """Wire copy a paragraph a line with its headline above: the dateline of the line after it
    ("AUCKLAND - Richard Tamsin …") is split off as at a story's start; after a sentence it is not."""
    result, _ = extract("Tamsin found guilty of fraud\nAUCKLAND - Richard Tamsin, the former head of Kauri "
                        "Finance, was found guilty on Tuesday.\nTamsin will be sentenced in May.\n"
                        "His lawyer said he would appeal.\n")
    found = {m.text: m.type for m in result.mentions}
    assert found.get("Richard Tamsin") == "PERSON" and found.get("AUCKLAND") == "GPE", found
    result, _ = extract("The Mercedes brand was sold.\nMercedes - Benz is a brand of Daimler.\nIt sells cars.\n"
                        "It is based in Stuttgart.\n")
    assert not any(m.text == "Mercedes" and m.type == "GPE" for m in result.mentions)
