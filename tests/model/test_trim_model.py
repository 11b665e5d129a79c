"""Overgrown mentions are cut back to the name inside them (``kg.trim``), on the real model:
the name stays a mention, the role or date NER took in with it makes none."""

from __future__ import annotations

import pytest

from conftest import mention_texts

#: (text, mentions that must be found, mentions that must not)
CASES = [
    ("Roadie Pete Finestone joined the band in 1980.", {"Pete Finestone"}, {"Roadie Pete Finestone", "Roadie"}),
    ("The album was praised by fellow Democrat Sidney Yates.", {"Sidney Yates"}, {"Democrat Sidney Yates"}),
    ("Carol II reigned as King of Romania from 1930 to 1940.", {"Romania"}, {"King of Romania"}),
    ("Many Japanese Americans were interned during the war.", {"Americans"}, {"Japanese Americans"}),
    ("General Motors Company said on Monday that sales rose.", {"General Motors Company"}, set()),
    ("Liverpool beat Chelsea 2-1 at Anfield on Sunday.", {"Chelsea"}, {"Chelsea 2-1"}),
    ("Switzerland 3 Spain 2 was the final score in the Davis Cup tie.", {"Switzerland"}, {"Switzerland 3"}),
    ("The European Commission has fined Apple 1.8 billion euros for abusing its position.", {"Apple"}, {"Apple 1.8"}),
    ("Kyiv Mayor Vitali Klitschko said the capital had enough generators.", {"Kyiv", "Vitali Klitschko"},
     {"Kyiv Mayor"}),
    ("The full squad is: Steve Waugh(c), Adam Gilchrist(vc), Matthew Hayden and Glenn McGrath.",
     {"Steve Waugh", "Adam Gilchrist"}, {"Steve Waugh(c", "Adam Gilchrist(vc"}),
    ("Tailender Daniel Vettori took four wickets for New Zealand.", {"Daniel Vettori"}, {"Tailender Daniel Vettori"}),
    ("Yesterday Qantas announced a loss. Today Microsoft said it would cut jobs.", {"Qantas", "Microsoft"},
     {"Yesterday Qantas", "Today Microsoft"}),
    ("Coroner Mary Ellis said the inquest would resume in March.", {"Mary Ellis"}, {"Coroner Mary Ellis"}),
    ("Labor MP Anna Reid said the scheme had failed. Federal Labor MP Tom Hughes criticised the plan.",
     {"Anna Reid", "Tom Hughes"}, {"MP", "Federal Labor", "Labor MP"}),
]


@pytest.mark.parametrize("text,found,not_found", CASES)
def test_overgrown_mentions_trimmed(extract, text: str, found: set[str], not_found: set[str]) -> None:
    texts = mention_texts(extract, text)
    assert found <= texts, texts
    assert not (not_found & texts), texts
