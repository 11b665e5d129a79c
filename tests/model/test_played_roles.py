""""X appeared as Wilfred Mott", "known for his role as Christopher Moltisanti on The Sopranos": who
played which character (kg.relations.verbs ``as_role`` with a verb of acting, kg.relations.roles
``role_as`` on the noun), and the show the character is in; "as part of" a named body. Real
sentences through the real model, including ``as`` phrases that name no character played."""

from __future__ import annotations

import pytest


def played(extract, text):
    result, _ = extract(text)
    return {(result.mentions[t.head].text, t.relation, result.mentions[t.tail].text)
            for t in result.triples if t.relation in ("played", "character in")}


@pytest.mark.parametrize("text, edge", [
    ("Bernard Cribbins appeared as Wilfred Mott.", ("Bernard Cribbins", "played", "Wilfred Mott")),
    ("Michael Imperioli was starring as Detective Louis Fitch in the ABC police drama Detroit 1-8-7.",
     ("Michael Imperioli", "played", "Louis Fitch")),
    ("Louis Lombardi had a recurring role on The Sopranos as Agent Skip Lipari.",
     ("Louis Lombardi", "played", "Skip Lipari")),
    ("Michael Imperioli is best known for his role as Christopher Moltisanti on The Sopranos.",
     ("Christopher Moltisanti", "character in", "Sopranos")),
])
def test_an_acting_verb_or_a_role_with_as_says_who_played_whom(extract, text, edge):
    assert edge in played(extract, text)


def test_a_cast_list_pairs_each_actor_with_the_character_after_it(extract):
    """The parser hangs "Lewis Stone as Menelaus" on the first character; the second "as" of
    "Ford as Ryan and Jones as Greer" on the verb: each actor keeps his own character."""
    got = played(extract, "The film starred María Corda as Helen, Lewis Stone as Menelaus, and Ricardo Cortez.")
    assert {("María Corda", "played", "Helen"), ("Lewis Stone", "played", "Menelaus")} <= got
    assert ("María Corda", "played", "Lewis Stone") not in got
    assert ("María Corda", "played", "Ricardo Cortez") not in got  # an actor with no character named
    got = played(extract, "It is the last film to feature Harrison Ford as Ryan and James Earl Jones as James Greer.")
    assert got == {("Harrison Ford", "played", "Ryan"), ("James Earl Jones", "played", "James Greer")}


def test_a_pronoun_owner_of_the_role_is_the_clause_subject_not_a_character_before_it(extract):
    text = ("Jonathan Joss is an actor. He is best known for portraying the voice of John Redcorn, "
            "and for his recurring role as Chief Ken Hotate.")
    got = played(extract, text)
    assert ("Jonathan Joss", "played", "Ken Hotate") in got
    assert ("John Redcorn", "played", "Ken Hotate") not in got


@pytest.mark.parametrize("text", [
    "Turkish media portrayed Kaya as a member of the Kurdistan Workers' Party.",   # no acting verb
    "John Smith served as Mayor of Boston.",                                       # an office
    "Jones played as a midfielder for Arsenal.",                                   # no name
    "Her role as the mother of Anna Schmidt was praised.",                         # no name after "as"
    "The company is known as Grand Wing System in the U.S.",                       # a name, not a part
])
def test_as_phrases_that_name_no_character_played(extract, text):
    assert not {e for e in played(extract, text) if e[1] == "played"}


def bracketed(extract, text):
    result, _ = extract(text)
    return {(result.mentions[t.head].text, t.relation, result.mentions[t.tail].text)
            for t in result.triples if t.rule == "played_by"}


@pytest.mark.parametrize("text, edge", [
    ("The installment marked the final appearance of the series' male lead character, Derek Shepherd "
     "(Patrick Dempsey), who had starred on the series since its inception.",
     ("Patrick Dempsey", "played", "Derek Shepherd")),
    ("\" How to Save a Life \" also marks the first appearance of Dr. Penelope Blake (Samantha Sloyan).",
     ("Samantha Sloyan", "played", "Penelope Blake")),
])
def test_an_actor_in_brackets_after_a_character_in_a_sentence_about_acting(extract, text, edge):
    assert edge in bracketed(extract, text)


@pytest.mark.parametrize("text", [
    "Yusuf (Joseph) is a prophet mentioned in the Quran.",                  # another name, no acting
    "The film was produced by Warner Brothers (WB) and starred Tom Hanks.",  # an acronym
    "The Sopranos (HBO) is a drama series.",                                 # a network, no actor
])
def test_no_actor_from_other_brackets(extract, text):
    assert not bracketed(extract, text)


def test_a_team_that_played_as_another_name_played_no_character(extract):
    """"played as" also gives a team's or a band's former name: only a person plays a character."""
    assert not played(extract, "Arsenal played as Woolwich Arsenal until 1914.")


def test_as_part_of_a_named_body_is_a_part_of_it(extract):
    _, triples = extract("Joss is also a musician, and performs as part of the Red Corn Band, an alternative blues group.")
    assert any(h == "Joss" and r == "part of" and t == "Red Corn Band" for h, r, t in triples), triples
    _, triples = extract("Microsoft acquired Activision as part of a plan to grow its gaming business.")
    assert not any(r == "part of" for _, r, _ in triples), triples  # a part of nothing named


def test_the_work_an_acting_verbs_in_names_holds_the_character(extract):
    """"appeared in the crime series Night Watch as Detective Sam Reyes": the series the verb's
    own "in" names holds the character; a broadcaster the verb's "on" names holds none."""
    found = played(extract, "Mark Lane also appeared in the crime series Night Watch as Detective Sam Reyes.")
    assert ("Sam Reyes", "character in", "Night Watch") in found
    assert not any(r == "character in" for _, r, _ in played(extract, "He appeared on Channel 4 as Tom Brady."))
