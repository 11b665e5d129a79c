"""A place's name the sentence uses as a team's (``kg.teams``), on the real model: a side of a
result with a score or a word of sport, or what a player plays for, is typed a team (ORG); a
country's name, a battle's sides and a city someone travels to stay places."""

from __future__ import annotations

import pytest

#: (text, the name, the type its mention must have)
CASES = [
    ("Liverpool beat Chelsea 2-1 at Anfield on Sunday.", "Liverpool", "ORG"),
    ("Denver lost to Los Angeles 98-95 after LeBron James hit a late three-pointer.", "Denver", "ORG"),
    ("Denver lost to Los Angeles 98-95 after LeBron James hit a late three-pointer.", "Los Angeles", "ORG"),
    ("Canterbury beat Wellington 27-20 in the final of the provincial championship.", "Wellington", "ORG"),
    ("Mohamed Salah scored twice for Liverpool on Sunday.", "Liverpool", "ORG"),
    ("Dan Carter, who played for Canterbury for a decade, retired in 2015.", "Canterbury", "ORG"),
    ("Brazil striker Vinicius Junior scored twice on Sunday.", "Brazil", "GPE"),
    # a country stays the country: a national side is written as its country
    ("Australia defeated New Zealand by seven wickets in the second Test.", "Australia", "GPE"),
    # no score and no word of sport: a battle's sides, a visit
    ("Sparta defeated Athens in the long war.", "Athens", "GPE"),
    ("The minister flew to Liverpool on Sunday.", "Liverpool", "GPE"),
    ("The city of Liverpool hosted the conference.", "Liverpool", "GPE"),
    # a town's name before a plural verb form is its team's ("Leeds were relegated"); towns listed are towns
    ("Leeds were relegated last season after a poor run.", "Leeds", "ORG"),
    ("Townsville, Cairns and Mackay were flooded on Sunday.", "Townsville", "GPE"),
    # each club of a list a player played for, NER's person or product too when the gazetteer knows the town
    ("He later played for Lazio, Torino and Parma before he retired.", "Torino", "ORG"),
    ("He later played for Lazio, Torino and Parma before he retired.", "Parma", "ORG"),
    ("He later played for Lazio, Torino and Parma before he retired.", "Lazio", "ORG"),
]


@pytest.mark.parametrize("text,name,etype", CASES)
def test_team_sides(extract, text: str, name: str, etype: str) -> None:
    result, _ = extract(text)
    types = {m.type for m in result.mentions if m.text == name}
    assert types == {etype}, [(m.text, m.type) for m in result.mentions]


def test_a_club_story_and_a_city_story_keep_two_nodes(tmp_path) -> None:
    """The club a story makes a team and the city another story names stay two nodes; within the
    club's story every "Liverpool" is the club's (NER typed the last one GPE)."""
    import json

    import kg

    src = tmp_path / "src"
    src.mkdir()
    (src / "city.txt").write_text("Liverpool City Council approved a new housing plan on Tuesday. The mayor of "
                                  "Liverpool said the city needed 5,000 new homes. Liverpool is a port city in "
                                  "north-west England.\n", encoding="utf-8")
    (src / "club.txt").write_text("Liverpool beat Chelsea 2-1 at Anfield on Sunday. Mohamed Salah scored twice for "
                                  "Liverpool. The victory leaves Liverpool on 58 points.\n", encoding="utf-8")
    kg.build([str(src)], output_dir=tmp_path / "out", formats=("json",))
    nodes = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))["nodes"]
    liverpool = sorted((n["type"], n["docs"]) for n in nodes if n["label"] == "Liverpool")
    assert liverpool == [("GPE", ["city.txt"]), ("ORG", ["club.txt"])]


@pytest.mark.parametrize("text,name,origin", [
    ("The Wallabies thrashed Argentina 53-6 at the Sydney Football Stadium.", "Argentina", "side"),
    ("Vaughan was out on the first day of the third and final Test against India at Bangalore.", "India", "side"),
    # no match: a trade war's side, a visit; what a player plays for is left out
    ("The United States imposed sanctions against Argentina in the trade war.", "Argentina", "ner"),
    ("The minister flew to Argentina on Sunday.", "Argentina", "ner"),
])
def test_a_country_as_a_side_of_a_match_stays_a_country_marked_side(extract, text: str, name: str, origin: str) -> None:
    result, _ = extract(text)
    found = {(m.type, m.origin) for m in result.mentions if m.text == name}
    assert found == {("GPE", origin)}, [(m.text, m.type, m.origin) for m in result.mentions]


@pytest.mark.parametrize("text, name", [
    ("Liverpool striker Mohamed Salah scored twice on Sunday.", "Liverpool"),
    ("The Newcastle manager, Eddie Howe, said the defeat was hard.", "Newcastle"),
])
def test_a_side_before_its_players_role_is_a_team_by_correction(extract, text, name):
    """A side's role between a city's name and a person's: NER's ORG is confirmed as a correction
    (``typed``), which outweighs the city's other mentions in the corpus's type vote and carries
    through the story (``team_throughout``)."""
    result, _ = extract(text)
    assert {(m.type, m.origin) for m in result.mentions if m.text == name} == {("ORG", "typed")}


def test_a_club_abbreviation_makes_a_club_whose_short_name_is_no_persons_surname(tmp_path) -> None:
    """"CD Sotoverde" (Sotoverde no town of the gazetteer) is a club by its abbreviation: the
    stories' "Sotoverde" joins it, and the node stays a club, labelled in full (resolution joined
    the short name as a person's surname, and made the node a person's)."""
    import json

    import kg

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("CD Sotoverde have agreed a fee of 48 million euros with Dunmore City for the Hungarian "
                               "striker Tomas Varga, the Spanish club confirmed on Monday. Ramón Ibarra, the president "
                               "of CD Sotoverde, said the payment would be spread over three years. Sotoverde finished "
                               "fourth last season. Sotoverde paid the first instalment in June.\n", encoding="utf-8")
    kg.build([str(src)], output_dir=tmp_path / "out", formats=("json",))
    nodes = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))["nodes"]
    club = [n for n in nodes if "Sotoverde" in [n["label"], *n.get("aliases", [])]]
    assert [(n["label"], n["type"]) for n in club] == [("CD Sotoverde", "ORG")]
