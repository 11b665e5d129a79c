"""With the real model, sentences written for these tests: a message an envoy carries is from its
sender to its addressee, a seat said after what a maker makes is the maker's, a noun "known as"
a name is that name (a person's when the noun is), a company role after a sentence whose subject
names no one is the story's company's, a ministry's two fields before its country are one name,
a position the tagger read as an adverb is the player's, an ambassador's "to" hung on the verb is
the office's, "its affiliate" after an event or a facility is the company's, a bare commissioner, minister or
justice serves in the one commission, ministry or court named, a share of a body's capital is a
stake in it, and a quoted title read as a clause is one name; each with a sentence that must not
where one could."""

from __future__ import annotations

import pytest


def edges(extract, text):
    return set(extract(text)[1])


def test_a_carried_letter_is_from_its_sender_to_its_addressee(extract):
    assert ("Lula", "letter to", "Narendra Modi") in edges(
        extract, "The ambassador handed a letter from President Lula to Prime Minister Narendra Modi on Tuesday.")


def test_a_letter_from_the_carrier_alone_joins_no_two_others(extract):
    assert not any(r == "letter to" for _, r, _ in edges(
        extract, "Lula sent a letter to Prime Minister Narendra Modi on Tuesday."))


def test_a_seat_after_what_a_maker_makes_is_the_makers(extract):
    assert ("Nordex", "based in", "Hamburg") in edges(
        extract, "Nordex, the German maker of wind turbines based in Hamburg, won an order from Brazil.")


def test_a_noun_known_as_a_name_is_that_name(extract):
    assert any(h == "Ecuador" and t == "El Flaco" for h, _, t in edges(
        extract, 'The man, known as "El Flaco", was wanted by Ecuador for extortion.'))


@pytest.mark.parametrize("text, name, kind", [
    ('The man, known as "El Flaco", was wanted by Ecuador for extortion.', "El Flaco", "PERSON"),
    ("Troops captured a rebel commander known by the nickname Chucky near Goma.", "Chucky", "PERSON"),
    ('The film, known as "Red Sky" abroad, was shot in Chile.', "Red Sky", "WORK_OF_ART"),
])
def test_a_persons_noun_known_as_a_name_makes_it_a_person(extract, text, name, kind):
    assert {m.text: m.type for m in extract(text)[0].mentions}.get(name) == kind


@pytest.mark.parametrize("text, edge", [
    ("Acme Robotics said on Monday it will build a plant in Ohio. The factory will make robots for carmakers. "
     "Chief executive Jane Doe said demand was strong.", ("Jane Doe", "chief executive of", "Acme Robotics")),
    ("Acme Robotics said on Monday it will build a plant in Ohio. Ford said it would buy the robots. "
     "Chief executive Jim Farley said demand was strong.", ("Jim Farley", "chief executive of", "Ford")),
])
def test_a_company_role_after_a_subject_that_names_no_one_is_the_storys_company(extract, text, edge):
    assert edge in edges(extract, text)


def test_a_company_role_after_a_company_noun_is_not_the_topics(extract):
    """"The new airline plans …": the airline the story launched, not the company it opened on."""
    got = edges(extract, "Lufthansa launched a budget carrier, City Wings, on Monday. The new airline plans to fly "
                         "to Spain. Chief executive Anna Weber said fares would be low.")
    assert ("Anna Weber", "chief executive of", "Lufthansa") not in got


def test_a_ministrys_two_fields_before_its_country_are_one_name(extract):
    names = {m.text for m in extract("The Ministry of Agriculture and Rural Development of Vietnam signed a "
                                     "deal with Cargill on Friday.")[0].mentions}
    assert "Ministry of Agriculture and Rural Development of Vietnam" in names
    assert "Ministry of Agriculture" not in names


@pytest.mark.parametrize("text, edge", [
    ("Barcelona forward Robert Lewandowski scored twice against Sevilla on Sunday.",
     ("Robert Lewandowski", "forward of", "Barcelona")),
    ("Bayern Munich forward Harry Kane missed a penalty.", ("Harry Kane", "forward of", "Bayern Munich")),
])
def test_a_position_the_tagger_read_as_an_adverb_is_the_players(extract, text, edge):
    assert edge in edges(extract, text)


def test_looking_forward_names_no_position(extract):
    assert not any(r == "forward of" for _, r, _ in edges(extract, "Merkel said Germany looks forward Macron's visit."))


def test_an_ambassadors_to_hung_on_the_verb_is_the_offices(extract):
    """"thanked the Chinese Ambassador to Kenya Guo Haiyan": the parser hangs "to" on the verb and
    runs the country into the holder's name."""
    got = edges(extract, "Ramaphosa thanked the Indian Ambassador to South Africa Prabhat Kumar for the support of Delhi.")
    assert ("Prabhat Kumar", "ambassador to", "South Africa") in got
    assert ("Ramaphosa", "thanked", "Prabhat Kumar") in got


@pytest.mark.parametrize("text, edge, present", [
    ("Tata Group will invest two billion dollars in Britain. The plan includes a battery plant run by its "
     "subsidiary Agratas.", ("Agratas", "subsidiary of", "Tata Group"), True),
    ("Acme bought the channel in May, and its parent, Globex, objected.", ("Globex", "parent of", "Acme"), False),
    # a facility has no subsidiary: "its" after "The plant" is the company's
    ("Toyota announced a new factory in Kentucky. The plant will be run by its subsidiary Toyota Motor "
     "Manufacturing Kentucky.", ("Toyota Motor Manufacturing Kentucky", "subsidiary of", "Toyota"), True),
])
def test_a_company_part_of_its_after_an_event_subject_is_the_companys(extract, text, edge, present):
    """Not after a thing that may have one ("the channel … its parent": the channel's)."""
    assert (edge in edges(extract, text)) == present


@pytest.mark.parametrize("text, edge, present", [
    ("The European Commission opened an inquiry into Temu on Monday. Competition Commissioner Teresa Ribera said "
     "the rules were clear.", ("Teresa Ribera", "commissioner of", "European Commission"), True),
    ("The Ministry of Health of Ghana has approved a new vaccine. According to Minister Kwabena Mintah Akandoh, the "
     "first doses will arrive in May.", ("Kwabena Mintah Akandoh", "minister of", "Ministry of Health of Ghana"), True),
    ("The Ministry of Finance and the Ministry of Defence signed a deal on Monday. Minister Ana Costa said it was "
     "fair.", ("Ana Costa", "minister of", "Ministry of Finance"), False),
    ("The Constitutional Court of Colombia suspended the decree on Tuesday. Justice Diana Fajardo wrote the ruling.",
     ("Diana Fajardo", "justice of", "Constitutional Court of Colombia"), True),
])
def test_a_bare_office_serves_in_the_one_body_its_word_names(extract, text, edge, present):
    assert (edge in edges(extract, text)) == present


def test_a_share_of_a_bodys_capital_is_a_stake_in_it(extract):
    assert ("Santander", "buy 20% of", "Banco Popular") in edges(
        extract, "Santander agreed to buy 20% of the capital of Banco Popular on Friday.")


def test_a_quoted_title_read_as_a_clause_is_one_name(extract):
    assert ("Ivan Petrov", "directed", "Nobody Knows Tomorrow") in edges(
        extract, 'In 1962 she starred in the film "Nobody Knows Tomorrow", directed by Ivan Petrov.')


@pytest.mark.parametrize("text, edge, present", [
    ("The meeting of Emmanuel Macron with Narendra Modi lasted two hours.", ("Emmanuel Macron", "meeting with", "Narendra Modi"),
     True),
    ("A photograph of Emmanuel Macron with Narendra Modi hangs in the embassy.",  # a thing of one, no event
     ("Emmanuel Macron", "photograph with", "Narendra Modi"), False),
])
def test_the_meeting_of_one_with_another_is_the_first_ones(extract, text, edge, present):
    assert (edge in edges(extract, text)) == present


@pytest.mark.parametrize("text, present", [
    ("Police arrested the founder of the startup Zentrix, Omar Haddad, on Monday. Prosecutors said Haddad had lied "
     "to investors. The company, founded in 2019 and based in Austin, Texas, closed in May.", True),
    ("Police arrested the founder of the startup Zentrix, Omar Haddad, who had borrowed from the bank Lendico. "
     "Prosecutors said Haddad had lied to investors. The company, founded in 2019 and based in Austin, Texas, "
     "closed in May.", False),  # two companies named before: "the company" may be either
])
def test_the_company_is_the_one_company_named_sentences_before(extract, text, present):
    assert (("Zentrix", "based in", "Austin") in edges(extract, text)) == present


def test_the_company_is_first_the_one_the_sentence_before_names(extract):
    """A wire's agency in the dateline is a company named before too; the sentence before comes first."""
    assert ("Mazda", "based in", "Hiroshima") in edges(
        extract, "TOKYO, May 2 (Kyodo) -- Japan's carmaker Mazda said on Friday that its profit fell sharply. "
                 "The company, based in Hiroshima, cut its forecast for the year.")
