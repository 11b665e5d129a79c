"""Names NER reads as two pieces joined by "and" or a dash (kg.coordinated): real sentences with
the real model, including ones whose two names must stay two."""

from __future__ import annotations

import pytest
from conftest import mention_texts


@pytest.mark.parametrize("text, name, pieces", [
    # a name ending in a common word + "and" + one or two common words the parse coordinates with it
    ("After her career she became a member of the Czechoslovak Song and Dance Ensemble and later a coach.",
     "Czechoslovak Song and Dance Ensemble", {"Czechoslovak Song", "Dance Ensemble"}),
    ("The Columbus Zoo and Aquarium is located on the east bank of the reservoir.",
     "Columbus Zoo and Aquarium", {"Columbus Zoo", "Aquarium"}),
    ("He is the founder of Independent Film and Media company Steelyard Pictures.",
     "Independent Film and Media", {"Independent Film", "Media"}),
    # a designator after the common head ("Railroad Company")
    ("The presence of the Baltimore and Ohio Railroad Company in Martinsburg dates back to 1842.",
     "Baltimore and Ohio Railroad Company", {"Baltimore", "Ohio Railroad Company"}),
    # "the" + a name + a dash + a name ending in what the whole is
    ("The Cambodia – Vietnam Friendship Monument in Phnom Penh was built in 1979.",
     "Cambodia – Vietnam Friendship Monument", {"Cambodia", "Vietnam Friendship Monument"}),
    ("The Australia – Chile Free Trade Agreement is a trade agreement between the two countries.",
     "Australia – Chile Free Trade Agreement", {"Australia", "Chile Free Trade Agreement"}),
    # an acronym in brackets after the second piece spells both with the "and" (NER stops at "and")
    ("The Australian Competition and Consumer Commission (ACCC) said it would review the deal.",
     "Australian Competition and Consumer Commission", {"Australian Competition", "Consumer Commission"}),
    ("The Organisation for Economic Co-operation and Development (OECD) cut its forecast.",
     "Organisation for Economic Co-operation and Development", {"Organisation for Economic Co-operation", "Development"}),
    # ... and the whole of a list of names before it, commas and all
    ("The Construction, Forestry, Mining and Energy Union (CFMEU) secretary, Martin Kingham, will respond.",
     "Construction, Forestry, Mining and Energy Union", {"Construction", "Forestry", "Mining and Energy Union"}),
])
def test_pieces_of_one_name_are_one_mention(extract, text, name, pieces):
    found = mention_texts(extract, text)
    assert name in found, found
    assert not found & pieces, found


@pytest.mark.parametrize("text, two", [
    ("Trade between New Mexico and Arizona grew after the war.", {"New Mexico", "Arizona"}),  # places
    ("The couple met King George V and Queen Mary in London.", {"Queen Mary"}),  # titles: people
    # big cities are common words in English text, but no field a club's name shares
    ("Savinho scored nine goals for Girona as the Catalan club finished third in La Liga behind Real Madrid "
     "and Barcelona.", {"Barcelona"}),
    ("He signed the Japan - Manchukuo agreement in 1931.", {"Japan", "Manchukuo"}),  # no name's head after
    # NER reads one name, but the acronym after it spells the second alone
    ("The deal between Facebook and Tencent Holdings (TH) was agreed.", {"Facebook", "Tencent Holdings"}),
])
def test_two_names_stay_two(extract, text, two):
    found = mention_texts(extract, text)
    assert two <= found, found
    assert not any(" and " in t or " - " in t for t in found), found


@pytest.mark.parametrize("text, kept, dropped", [
    ("It flows through much of Central and Southeastern Europe into the Black Sea.", "Southeastern Europe", "Central"),
    ("The storm hit Northern and Western Australia on Monday.", "Western Australia", "Northern"),
])
def test_a_direction_word_before_and_another_is_no_name_alone(extract, text, kept, dropped):
    """"Central" of "Central and Southeastern Europe" shares the name's head; alone it is a fragment."""
    found = mention_texts(extract, text)
    assert kept in found and dropped not in found, found


def test_a_list_of_names_before_an_acronym_of_the_last_alone_stays_a_list(extract):
    found = mention_texts(extract, "The deal joined Apple, Google and the Export Finance Agency (EFA) last year.")
    assert {"Apple", "Google"} <= set(found), found
