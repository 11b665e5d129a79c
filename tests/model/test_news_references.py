"""With the real model, sentences written for these tests: a definite place noun stands for the
place the text named with it ("the province of Sindh" ... "the capital of the province"), a name
right after a noun hyphened to "based" is that noun's when the parser parts them, a person run on
after an office's nameless body is the office's holder, "Investigators said she" is the person
named before, a place right after a named site is where the site is, a player a club signs
"from" another was the other's (what a company sells "to" another, the other's), "X announced its
intention to invest" is X's, "the latter" is the last of two names of a kind, "the mentioned
company" the company named before, and those a subject founded something "with" founded it too;
each with a sentence that must not."""

from __future__ import annotations

import pytest


def edges(extract, text):
    return set(extract(text)[1])


@pytest.mark.parametrize("text, edge", [
    ("Heavy rain flooded the province of Sindh on Friday. Karachi, the capital of the province, recorded 200 "
     "millimetres.", ("Karachi", "capital of", "Sindh")),
    ("Protests spread across the Mexican state of Oaxaca. The governor of the state, Salomon Jara, met the "
     "protesters.", ("Salomon Jara", "governor of", "Oaxaca")),
])
def test_the_province_is_the_place_the_text_named_a_province(extract, text, edge):
    assert edge in edges(extract, text)


def test_a_place_the_text_called_a_city_of_a_country_is_no_city_itself(extract):
    """"the second largest city of Estonia": a city in Estonia, so "The city" is not Estonia."""
    got = edges(extract, "Tartu is the second largest city of Estonia. The city hosts the Estonian National Museum.")
    assert not any(h == "Estonia" and t == "Estonian National Museum" for h, _, t in got)


def test_a_name_right_after_a_based_noun_is_based_there(extract):
    assert ("Nordic Wave Robotics", "based in", "Oslo") in edges(
        extract, "Oslo-based startup Nordic Wave Robotics has raised 40 million dollars.")


def test_a_person_run_on_after_an_offices_nameless_body_holds_the_office(extract):
    got = edges(extract, "Erdogan met with the head of the transitional council Mohamed Idriss Deby in Ankara.")
    assert ("Erdogan", "met with", "Mohamed Idriss Deby") in got
    assert not any(h == "Mohamed Idriss Deby" and t == "Ankara" for h, _, t in got)


def test_he_after_a_plural_speaker_is_the_person_before(extract):
    """"Investigators said she": not the investigators; "The investigator said she" may be her."""
    first = "Former finance chief Dana Whitlock was arrested in March. "
    got = edges(extract, first + "Investigators said she had transferred funds to Orion Capital.")
    assert any(h == "Dana Whitlock" and t == "Orion Capital" for h, _, t in got)
    got = edges(extract, first + "The investigator said she had transferred funds to Orion Capital.")
    assert not any(h == "Dana Whitlock" and t == "Orion Capital" for h, _, t in got)


def test_a_place_after_a_named_site_is_where_the_site_is(extract):
    """The parser hangs the "in" on the verb or on the site's operator; it places the site."""
    got = edges(extract, "Eni holds a stake in the Zohr gas field in Egypt.")
    assert ("Zohr", "located in", "Egypt") in got
    assert not any(h == "Eni" and t == "Egypt" for h, _, t in got)
    got = edges(extract, "Ivanhoe Mines, operator of the Kamoa-Kakula mine in the province of Lualaba, raised its "
                         "forecast.")
    assert not any(h == "Ivanhoe Mines" and t == "Lualaba" for h, _, t in got)


def test_what_a_club_signs_from_another_was_the_others(extract):
    got = edges(extract, "Napoli signed the striker Rasmus Hojlund from Manchester United in September.")
    assert ("Rasmus Hojlund", "signed from", "Manchester United") in got
    assert ("Napoli", "signed", "Rasmus Hojlund") in got


def test_an_intention_a_body_announced_as_its_own_is_its_act_hedged(extract):
    result, got = extract("Temasek announced its intention to invest 2 billion dollars in Vietnam.")
    assert ("Temasek", "invest in", "Vietnam") in got
    assert all(t.hedged for t in result.triples if t.relation == "invest in")


def test_the_latter_is_the_last_of_the_two_names_of_a_kind(extract):
    """Not the city the talks were held in: the two companies are the pair "the latter" picks from."""
    got = edges(extract, "Petronas held talks with Eni in Kuala Lumpur. The latter will build a gas plant in Sarawak.")
    assert ("Eni", "build plant in", "Sarawak") in got
    assert not any(h in ("Petronas", "Kuala Lumpur") and t == "Sarawak" for h, _, t in got)


def test_the_mentioned_company_is_the_company_named_before(extract):
    got = edges(extract, "Lukoil signed a supply deal with Serbia on Monday. The mentioned company will build a "
                         "refinery in Pancevo.")
    assert ("Lukoil", "build refinery in", "Pancevo") in got


def test_those_a_subject_founded_a_company_with_founded_it_too(extract):
    got = edges(extract, "In 1976 Steve Jobs founded Apple with Steve Wozniak and Ronald Wayne.")
    assert {("Steve Wozniak", "founded", "Apple"), ("Ronald Wayne", "founded", "Apple")} <= got


def test_a_party_after_a_holder_set_off_after_an_office_is_not_what_the_office_is_of(extract):
    got = edges(extract, "The mayor of Bogotá, Carlos Fernando Galán, of the Liberal Party, announced a new metro line.")
    assert ("Carlos Fernando Galán", "mayor of", "Bogotá") in got
    assert not any(t == "Liberal Party" and r.startswith("mayor") for _, r, t in got)


def test_what_a_company_sells_to_another_is_the_others(extract):
    got = edges(extract, "Siemens sold Osram to the Austrian firm AMS.")  # "to": the parser's dative
    assert {("Osram", "sold to", "AMS"), ("Siemens", "sold", "Osram")} <= got
