"""Titles and kinds that news translated from German (or Russian, French) writes capitalised
before a name: "Federal Chancellor Olaf Scholz" is Olaf Scholz, "the Company Volkswagen" is
Volkswagen (kg.trim's ``role_before_name`` and ``kind_before_name``). With the real model: each
pattern, and names that must stay whole."""

from __future__ import annotations

import pytest


def names(extract, text):
    result, _ = extract(text)
    return {(m.text, m.type) for m in result.mentions}


@pytest.mark.parametrize("text, name", [
    ("BERLIN, 14.05.2023 (dpa) - Federal Chancellor Olaf Scholz (SPD) has on Sunday the Ukrainian President "
     "Wolodymyr Selenskyj in the Chancellery received.", ("Olaf Scholz", "PERSON")),
    ("The Federal Minister for Economy Robert Habeck (Greens) criticised meanwhile the Company Volkswagen, "
     "because it in Xinjiang a factory operates.", ("Volkswagen", "ORG")),
    ("The Agency Xinhua reported that the Concern Rosneft had signed.", ("Rosneft", "ORG")),
])
def test_title_or_kind_cut_before_the_name(extract, text, name):
    found = names(extract, text)
    assert name in found
    assert not any(t.startswith(("Federal Chancellor", "Company", "Concern")) for t, _ in found)


@pytest.mark.parametrize("text, name", [
    ("The Federal Reserve raised rates.", "Federal Reserve"),
    ("Federal Express delivered the parcel.", "Federal Express"),
    ("He played Company of Heroes all night.", "Company of Heroes"),
])
def test_names_that_start_so_stay_whole(extract, text, name):
    assert name in {t for t, _ in names(extract, text)}


@pytest.mark.parametrize("text, person, junk", [
    # Indian English: "Shri", "Smt." before a name; the tokenizer cuts "Smt." from its full stop
    ("Uttar Pradesh Chief Minister Shri Yogi Adityanath inaugurated the corridor on Saturday.", "Yogi Adityanath", "Shri"),
    ("The Mayor of Lucknow Smt. Sushma Kharkwal inaugurated the bridge.", "Sushma Kharkwal", "Smt"),
    ("Lucknow MP and Defence Minister Shri Rajnath Singh sent greetings.", "Rajnath Singh", "Shri"),
    # East African English: "Hon." before a minister's name starts no sentence
    ("The Minister of Information, Hon. Jerry Silaa, has congratulated the regulator.", "Jerry Silaa", "Hon"),
])
def test_an_honorific_is_no_part_of_a_name_nor_a_name(extract, text, person, junk):
    found = names(extract, text)
    assert (person, "PERSON") in found
    assert not any(junk in t for t, _ in found), found


@pytest.mark.parametrize("text, name", [
    ("The Minister of Social Affairs Sri Wahyuningsih visited the camp on Sunday.", "Sri Wahyuningsih"),
    ("Sri Lanka beat India by 12 runs in Colombo.", "Sri Lanka"),
])
def test_sri_opens_names_and_stays(extract, text, name):
    """"Sri" is no title kg cuts: it opens a country's name and Indonesian given names."""
    assert name in {t for t, _ in names(extract, text)}


def test_a_given_name_before_a_patronymic_is_one_name(extract):
    """NER reads "Grigoryevich Lukashenko" and leaves "Alexander" out, which reads as an English word."""
    found = names(extract, "The President of the Republic of Belarus Alexander Grigoryevich Lukashenko arrived.")
    assert ("Alexander Grigoryevich Lukashenko", "PERSON") in found, found


def test_a_ministers_field_before_the_holders_name_is_no_body(extract):
    found = names(extract, "The Minister of the Foreign Affairs of Russia Sergey Viktorovich Lavrov held talks.")
    assert not any(t == "Foreign Affairs" for t, _ in found), found
    # no holder after it: the field names the ministry (annotated so in Wikipedia leads)
    assert ("Fisheries", "ORG") in names(extract, "He was the Minister of Fisheries from 1973 to 1981.")


@pytest.mark.parametrize("text, person, edge", [
    # an abbreviated title whose full stop the tokenizer splits off starts no sentence and is no name
    ("The president of CAINTRA, the Ing. Roberto Salinas Treviño, said so.", "Roberto Salinas Treviño",
     ("Roberto Salinas Treviño", "president of", "CAINTRA")),
    ("The company was founded by the Lic. Arturo Benavides Garza in 1988.", "Arturo Benavides Garza", None),
    ("The rapporteur, the counsellor Dra. Camila Sampaio Freitas, voted.", "Camila Sampaio Freitas", None),
    # honorifics of translated news before a name, and Turkish "Bey" after it
    ("The agreement was signed by Monsieur Abdoulaye Kane Diagne in Dakar.", "Abdoulaye Kane Diagne", None),
    ("The general director Gospodin Ruslan Timurovich Akhmetov said so.", "Ruslan Timurovich Akhmetov", None),
    ("The chairman of the company Sayın Osman Karakaya said so.", "Osman Karakaya", None),
    ("The works council chairman Herr Klaus Wendelstein said the plant would stay.", "Klaus Wendelstein", None),
    ("The lawyer of the company, Av. Selim Demirtaş Bey, spoke.", "Selim Demirtaş", None),
    # a first name NER left out before "bin" (after a title's full stop)
    ("The CEO, Eng. Turki bin Fahd Al-Dosari, said so.", "Turki bin Fahd Al-Dosari", None),
])
def test_translated_titles_and_honorifics_leave_the_name(extract, text, person, edge):
    result, triples = extract(text)
    found = {m.text: m.type for m in result.mentions}
    assert found.get(person) == "PERSON", found
    assert not {"Ing", "Lic", "Dra", "Eng", "Av", "Monsieur", "Gospodin", "Sayın", "Herr Klaus Wendelstein"} & set(found), found
    assert edge is None or edge in triples, triples


@pytest.mark.parametrize("text, name", [
    ("The contract was signed with Kwanza Engenharia, S.A., and with Lusoblocos Construções, Lda., in Luanda.",
     "Kwanza Engenharia, S.A."),
    ("Sonangol signed the contract with the Huaxing Angola, Limitada, in Luanda.", "Huaxing Angola, Limitada"),
])
def test_a_legal_form_after_a_comma_is_the_bodys(extract, text, name):
    result, triples = extract(text)
    found = {m.text: m.type for m in result.mentions}
    assert found.get(name) == "ORG", found
    assert not {"S.A.", "Lda", "Limitada"} & set(found), found
    assert not any(t[1] == "located in" and t[2] in ("S.A.", "Lda", "Limitada") for t in triples), triples


def test_an_acronym_in_capitals_is_no_abbreviated_title(extract):
    result, _ = extract("Iowa Telecom was founded in 1999 as a partnership between Iowa Network Services and ING Barings.")
    assert "ING Barings" in {m.text for m in result.mentions}


def test_a_name_after_an_abbreviated_title_is_no_object_of_the_sentences_verb(extract):
    # the title and its full stop are one token ("Lic."): split off, the parser ended the sentence at
    # the full stop and hung the name after it on "opened" as its object
    _, triples = extract("BUENOS AIRES, 12 of August.- The National Commission of Defense of the Competence (CNDC) opened "
                         "an investigation against the cerealera \"Granos del Plata S.A.\" for presumed abuse of dominant "
                         "position, informed yesterday the Secretary of Commerce of the Nation, Lic. Federico Aguirre Lanús.")
    assert not any(t[2] == "Federico Aguirre Lanús" for t in triples), triples


def test_a_title_abbreviation_is_one_token(nlp):
    assert [t.text for t in nlp("The Ing. Roberto Salinas and Dipl.-Ing. Thomas Berger spoke.")][1:5] == \
        ["Ing.", "Roberto", "Salinas", "and"]


def test_a_sportsman_named_after_his_occupation_is_a_person(extract):
    # NER typed the rider a place; "rider" before the name is an occupation only people have
    result, _ = extract("PARIS, May 22 - French rider Lucas Ferrand has been placed under formal investigation.")
    assert {m.text: m.type for m in result.mentions}.get("Lucas Ferrand") == "PERSON", result.mentions

