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
    # a country stays the country: a national side is written as its country
    ("Australia defeated New Zealand by seven wickets in the second Test.", "Australia", "GPE"),
    # no score and no word of sport: a battle's sides, a visit
    ("Sparta defeated Athens in the long war.", "Athens", "GPE"),
    ("The minister flew to Liverpool on Sunday.", "Liverpool", "GPE"),
    ("The city of Liverpool hosted the conference.", "Liverpool", "GPE"),
]


@pytest.mark.parametrize("text,name,etype", CASES)
def test_team_sides(extract, text: str, name: str, etype: str) -> None:
    result, _ = extract(text)
    types = {m.type for m in result.mentions if m.text == name}
    assert types == {etype}, [(m.text, m.type) for m in result.mentions]
