"""Names in wire copy translated from Russian, Kazakh, Vietnamese or Arabic, with the real model
(sentences written for these tests): datelines of a place not in capitals, offices that name no
body ("Head of State"), an office NER took into the holder's name, peoples' adjectives the
country tables lack ("Kazakh"), bodies named after a people ("Saudi Aramco"), facilities named
before their kind ("the Kandym field"), and technical words no dictionary holds ("hydropower")."""

from __future__ import annotations

import pytest

from kg.components import place_datelines
from kg.lexicon.countries import demonyms
from kg.lexicon.english import english_compound, name_like


def mentions(extract, text):
    result, _ = extract(text)
    return {m.text: m.type for m in result.mentions}


def edges(extract, text):
    return set(extract(text)[1])


def test_a_dateline_of_a_place_with_an_agency_or_a_date_opens_no_sentence_of_its_own(extract):
    assert [m["place"] for m in place_datelines("Hanoi (VNA) - Prime Minister Pham Minh Chinh chaired")] == ["Hanoi"]
    assert [m["place"] for m in place_datelines("Astana, 3 July. Kazinform - Head of State met")] == ["Astana"]
    assert place_datelines("Acme (Holdings) - Chief Executive John Smith said") == []  # no place
    found = edges(extract, "Hanoi (VNA) - Prime Minister Pham Minh Chinh on Tuesday chaired a meeting of the "
                           "Government Standing Board in Hanoi.")
    assert ("Pham Minh Chinh", "chaired meeting of", "Government Standing Board") in found
    assert not any(h in ("Hanoi", "VNA") and r.startswith("chaired") for h, r, _ in found), found


@pytest.mark.parametrize("text, holder", [
    ("Head of State Kassym-Jomart Tokayev met with the delegation.", "Kassym-Jomart Tokayev"),
    ("The Head of State Shavkat Mirziyoyev visited Samarkand.", "Shavkat Mirziyoyev"),
])
def test_head_of_state_is_an_office_and_names_no_body(extract, text, holder):
    found = mentions(extract, text)
    assert found.get(holder) == "PERSON", found
    assert not any("State" in name for name in found), found


def test_an_office_ner_took_into_the_name_is_cut_and_the_rest_split(extract):
    text = "The Head of Government of Kazakhstan Olzhas Bektenov chaired the meeting."
    found = mentions(extract, text)
    assert found.get("Olzhas Bektenov") == "PERSON", found
    assert ("Olzhas Bektenov", "head of", "Government of Kazakhstan") in edges(extract, text)
    # nothing to split after the office: the name stays as the other rules leave it
    assert mentions(extract, "The President of the United States spoke.") == {"United States": "GPE"}


def test_peoples_adjectives_news_writes_are_peoples_of_their_countries(extract):
    assert demonyms()["kazakh"].label == "Kazakhstan" and demonyms()["uzbeks"].label == "Uzbekistan"
    assert demonyms()["saudi"].label == "Saudi Arabia"
    text = "Kazakh President Tokayev signed a decree appointing Roman Sklyar as First Deputy Prime Minister."
    found = mentions(extract, text)
    assert found.get("Kazakh") == "NORP" and found.get("Tokayev") == "PERSON", found
    assert ("Tokayev", "nationality", "Kazakh") in edges(extract, text)
    # no person's name after the office: one name
    league = mentions(extract, "He joined the Serbian First League in 2009.")
    assert "League" not in league and "First League" not in league, league


@pytest.mark.parametrize("text, name, etype", [
    ("Saudi Aramco signed a deal with TotalEnergies.", "Saudi Aramco", "ORG"),  # NER: NORP
    ("The company Uzbekneftegaz and the Chinese corporation CNPC signed an agreement.", "CNPC", "ORG"),  # NER: PERSON
    ("The company signed an agreement on the joint development of the Kandym field.", "Kandym", "LOC"),  # NER: PERSON
    ("Uzbek President Shavkat Mirziyoyev visited Dushanbe.", "Dushanbe", "GPE"),  # NER: PERSON
])
def test_the_sentence_types_the_name(extract, text, name, etype):
    assert mentions(extract, text).get(name) == etype


def test_peoples_stay_peoples(extract):
    assert mentions(extract, "Japanese Americans were interned.") == {"Japanese": "NORP", "Americans": "NORP"}
    assert mentions(extract, "Bosnian Serbs protested.") == {"Bosnian": "NORP", "Serbs": "NORP"}


def test_an_acronym_of_a_common_noun_heads_no_name_but_a_kings_number_does(extract):
    found = mentions(extract, "According to the State Statistics Committee, the GDP of Azerbaijan grew by 4.1 percent.")
    assert found.get("Azerbaijan") == "GPE" and not any("GDP" in n for n in found), found
    found = mentions(extract, "The war was a result of the ambitions of Bourbon King Philip V of Spain and his wife.")
    assert "Philip V of Spain" in found, found


def test_a_technical_word_after_a_combining_form_is_english_not_a_name(extract):
    assert not name_like("hydropower", frozenset({"power"})) and name_like("wechat", frozenset({"power"}))
    assert english_compound("cryptocurrency", frozenset({"currency"}))
    assert name_like("petrobras", frozenset({"bras"}))  # too short a word after the form: a name
    found = mentions(extract, "The Rogun hydropower plant will produce electricity, and many invest in cryptocurrency.")
    assert not any(w in n.lower() for n in found for w in ("hydropower", "cryptocurrency")), found


@pytest.mark.parametrize("text, body, holder, office", [
    ("Baykar chairman Selcuk Bayraktar said the partnership would open new markets.", "Baykar",
     "Selcuk Bayraktar", "chairman of"),  # NER: Baykar PERSON
    ("Leonardo CEO Roberto Cingolani called it a historic step.", "Leonardo", "Roberto Cingolani", "ceo of"),
])
def test_a_name_before_a_companys_office_and_its_holder_is_the_company(extract, text, body, holder, office):
    assert mentions(extract, text).get(body) == "ORG"
    assert (holder, office, body) in edges(extract, text)


def test_a_town_before_its_mayor_stays_a_town(extract):
    assert mentions(extract, "Kyiv Mayor Vitali Klitschko said the city was ready.").get("Kyiv") == "GPE"


def test_a_dateline_names_its_agency_and_its_date_names_nothing(extract):
    found = mentions(extract, "Seoul, 5 March (Yonhap) -- Samsung Electronics Co. said Wednesday it will invest.")
    assert found.get("Yonhap") == "ORG", found  # NER: NORP
    found = mentions(extract, "ISTANBUL, Nov 12 (Anadolu) - Turkish defense company Baykar has signed an agreement.")
    assert "Nov" not in found and found.get("Anadolu") == "ORG", found
    # no dash: the agency in capitals and a full stop (AZERTAC's style)
    found = mentions(extract, "Baku, 14 March, AZERTAC. President Ilham Aliyev received a delegation.")
    assert found.get("AZERTAC") == "ORG", found  # NER: PERSON


def test_a_dateline_with_a_colon_after_its_agency_ends_before_the_story(extract):
    # APP's style: read as one sentence, the chairman met nobody
    _, found = extract("ISLAMABAD, Feb 20 (APP): Chairman of the Board of Investment Ahsan Iqbal on Thursday "
                       "met the delegation of the World Bank.")
    assert ("Ahsan Iqbal", "met", "World Bank") in found, found
    assert not any(h == "APP" for h, _, _ in found), found


def test_a_syllable_hyphened_to_a_name_keeps_its_case(extractor):
    from kg.model import Document

    text = "Lee Jae-yong, executive chairman of Samsung, met the president. He pledged to create jobs."
    lee = [m for m in extractor.one(Document("t", text)).mentions if m.text.startswith("Lee")]
    assert [(m.text, m.form) for m in lee] == [("Lee Jae-yong", None)]


def test_a_stadium_named_before_its_kind_is_a_facility_but_a_city_stays_a_city(extract):
    assert mentions(extract, "The match took place at the Ulleval stadium in Oslo.").get("Ulleval") == "FAC"  # NER: GPE
    assert mentions(extract, "Flights were cancelled at the Paris airport.").get("Paris") == "GPE"


def test_a_body_based_in_a_town_and_its_region(extract):
    text = "FC Sheriff Tiraspol is a Moldovan football club based in Tiraspol, Transnistria."
    found = mentions(extract, text)
    # NER: Moldovan PERSON, Tiraspol ORG, Transnistria PERSON
    assert (found.get("Moldovan"), found.get("Tiraspol"), found.get("Transnistria")) == ("NORP", "GPE", "GPE"), found
    assert ("FC Sheriff Tiraspol", "based in", "Tiraspol") in edges(extract, text)


@pytest.mark.parametrize("text, person", [
    ("The new company will be based in Rotterdam, Pieter Jansen, who will lead it, told analysts.", "Pieter Jansen"),
    ("The European Union's ambassador in Cotonou, Ingrid Holm, said that aid depended on a parliament.", "Ingrid Holm"),
])
def test_a_person_set_off_after_a_place_is_no_place(extract, text, person):
    """A name a given name opens, after "in Rotterdam,", is the person it sounds like: no place the
    town lies in."""
    assert mentions(extract, text).get(person) == "PERSON"
    assert not any(r == "located in" for _, r, _ in edges(extract, text))



def test_a_country_owns_the_company_its_possessive_kind_noun_names(extract):
    text = "Indonesia's state oil company Pertamina signed an agreement with ExxonMobil."
    assert ("Pertamina", "state oil company of", "Indonesia") in edges(extract, text)  # the parser: two subjects
    # no place owns so: a rival, a person's company
    assert not any(r == "of" for _, r, _ in edges(extract, "Apple's rival Samsung launched a phone."))


@pytest.mark.parametrize("text, club, place", [
    ("Ipswich Town beat Luton Town on Saturday.", "Ipswich Town", None),  # NER: GPE, FAC
    ("Manchester City manager Pep Guardiola praised the team.", "Manchester City", None),  # NER: GPE
    ("He flew to Mexico City and then to Cape Town.", None, "Mexico City"),
])
def test_a_towns_city_or_town_that_is_no_town_is_a_club(extract, text, club, place):
    found = mentions(extract, text)
    if club:
        assert found.get(club) == "ORG", found
    if place:
        assert found.get(place) == "GPE", found


def test_a_currency_names_no_place(extract):
    assert mentions(extract, "Bilateral trade reached 181 billion US dollars last year.") == {}
    assert mentions(extract, "The Australian dollar fell against the US dollar.") == {}


def test_an_office_the_parser_hangs_on_the_first_name_is_still_the_holders(extract):
    # in this story the parser hangs "Governor" on "Michele", not on "Bullock"
    text = ("The Reserve Bank of Australia has left the cash rate on hold at 4.35 per cent. "
            "RBA Governor Michele Bullock said inflation remained too high.")
    assert ("Michele Bullock", "governor of", "RBA") in edges(extract, text)


def test_a_name_ending_in_a_bodys_word_is_a_body(extract):
    assert mentions(extract, "BHP has agreed to sell its stake to Whitehaven Coal.").get("Whitehaven Coal") == "ORG"
    # a legal form after a quote the translation left open (NER: WORK_OF_ART)
    text = 'It builds the farm together with the Danish company "Nordhavn Wind A/S from Esbjerg.'
    assert mentions(extract, text).get("Nordhavn Wind A/S") == "ORG"


@pytest.mark.parametrize("text, name", [
    # a line of business (NER: PERSON)
    ("Nordhavn Shipping was fined 12 million euros by the European Commission on Tuesday.", "Nordhavn Shipping"),
    ("The film was produced by Paris-based Lumiere Noire Productions and Dakar's Teranga Films.", "Teranga Films"),
    ("Zolota Hora Brewery is a brewery in Ternopil, western Ukraine.", "Zolota Hora Brewery"),
    ("The frigate was built by Yarrow Shipbuilders in Glasgow.", "Yarrow Shipbuilders"),
    # a legal form (NER: PERSON)
    ("Helvetia Werke AG has completed the takeover of Kranich Maschinenbau GmbH.", "Kranich Maschinenbau GmbH"),
    ("Shares of Nokia Oyj rose 3 percent in Helsinki.", "Nokia Oyj"),
])
def test_a_name_ending_in_a_line_of_business_or_a_legal_form_is_a_body(extract, text, name):
    assert mentions(extract, text).get(name) == "ORG"


def test_a_lone_adjective_ner_read_as_a_body_has_no_office_holder(extract):
    found = edges(extract, "But Royal Commissioner Terence Cole QC has stressed the independence of his inquiry.")
    assert not any(t == "Royal" for _, _, t in found), found  # NER: "Royal" ORG


def test_a_countrys_office_before_a_holder_and_a_person_appointed_to_an_office(extract):
    text = "Nigeria's President Bola Tinubu appointed Olayemi Cardoso as governor of the Central Bank of Nigeria."
    found = edges(extract, text)
    # the parser hangs "President" on "Bola", not on "Tinubu"
    assert ("Bola Tinubu", "president of", "Nigeria") in found, found
    assert mentions(extract, text).get("Olayemi Cardoso") == "PERSON"  # NER: FAC
    assert mentions(extract, "The board appointed KPMG as auditor.").get("KPMG") == "ORG"


def test_a_romanised_korean_name_ner_read_as_a_body_is_a_person(extract):
    found = mentions(extract, "The film was directed by Bong Joon-ho, who co-wrote the screenplay.")
    assert found.get("Bong Joon-ho") == "PERSON", found  # NER: ORG, and the syllable was cut


def test_a_participle_after_an_album_by_a_band_is_said_of_the_album_not_the_band(extract):
    found = edges(extract, "Blue Lines is the debut studio album by English trip hop group Massive Attack, "
                           "released on 8 April 1991 by Wild Bunch Records.")
    assert not any(h == "Wild Bunch Records" and t == "Massive Attack" for h, _, t in found), found


def test_a_dateline_ending_in_an_agency_between_slashes(extract):
    assert [m["place"] for m in place_datelines("Tashkent, 14 May. /UzA/. President of Uzbekistan met")] == ["Tashkent"]
    found = mentions(extract, "TASHKENT, 14 May. /UzA/. President of Uzbekistan Shavkat Mirziyoyev received the delegation.")
    assert not any("UzA" in name for name in found), found  # was "/UzA/. President", an ORG
    assert found.get("Shavkat Mirziyoyev") == "PERSON"


def test_an_office_before_a_name_the_parser_hangs_apart(extract):
    text = ("Mirziyoyev received the delegation of the European Bank for Reconstruction and Development "
            "headed by its President Odile Renaud-Basso.")
    assert ("Odile Renaud-Basso", "president of", "European Bank for Reconstruction and Development") in edges(extract, text)


def test_a_court_a_body_is_sued_in_is_no_place_of_the_body(extract):
    found = edges(extract, "Epic Games filed a lawsuit against Apple in a federal court in California.")
    assert ("Epic Games", "filed lawsuit against", "Apple") in found
    assert not any(h == "Apple" and t == "California" for h, _, t in found), found
    # a place chain after a body's name still reads
    assert ("Haines High School", "located in", "Alaska") in edges(extract, "He studied at Haines High School, Alaska.")


def test_a_startup_and_a_region_type_the_names_before_them(extract):
    found = mentions(extract, "Amazon invested $4 billion in Anthropic, the San Francisco-based artificial "
                              "intelligence startup.")
    assert found.get("Anthropic") == "ORG", found  # NER: GPE
    found = mentions(extract, "The Kremlin accused Ukraine of attacking a power plant in the Kursk region.")
    assert found.get("Kursk") == "GPE", found  # NER: PRODUCT


def test_a_companys_part_named_before_its_noun(extract):
    assert ("Scania", "unit of", "Volkswagen") in edges(extract, "Volkswagen's Scania unit will build a battery plant.")
    assert ("Lexus", "division of", "Toyota") in edges(extract, "Toyota's Lexus division launched a car.")
    assert not any(r.endswith("of") for _, r, _ in edges(extract, "Google's Pichai spokesman declined to comment."))
    # a place before the noun says where the part is, not what it is called
    found = edges(extract, "Kalinda Pharmaceuticals said on Monday that its US subsidiary would recall the tablets.")
    assert not any(r == "subsidiary of" for _, r, _ in found), found


def test_a_shoal_or_a_reef_is_a_place_whatever_ner_read(extract):
    found = mentions(extract, "The Philippines and China have clashed repeatedly over the Second Thomas Shoal.")
    assert found.get("Thomas Shoal") == "LOC", found  # NER: PERSON


def test_comrade_is_a_title_not_a_name(extract):
    # Vietnamese and Chinese state media; NER had typed "Comrade Le Minh Khoa" an ORG
    found = mentions(extract, "Comrade Le Minh Khoa, Deputy Prime Minister, chaired the meeting in Hanoi.")
    assert found.get("Le Minh Khoa") == "PERSON" and "Comrade Le Minh Khoa" not in found, found


def test_a_bare_dateline_before_an_article_opens_a_story_written_a_paragraph_a_line(extract):
    # each line one paragraph that ends a sentence: read as a text of one sentence a line, where a
    # bare "Place - Name" is kept whole ("Mercedes - Benz") unless an article follows the dash
    text = ("Abidjan - The Council of Coffee and Cocoa has fixed the price of cocoa at 2,200 francs.\n"
            "The price was announced by the minister in Abidjan on Wednesday.\n"
            "Farmers in Soubre welcomed the decision.\n")
    found = mentions(extract, text)
    assert found.get("Abidjan") == "GPE" and not any(k.startswith("Abidjan -") for k in found), found


def test_a_dateline_in_capitals_before_a_country_opens_the_story(extract):
    # not "Australia – Chile Free Trade Agreement" (two places joined): the place in capitals, the
    # story after it in mixed case; and in a text of one paragraph a line
    text = ("BERLIN - Ethiopia's Tadesse Gebremariam won the Berlin Marathon on Sunday.\n"
            "Kenya's Ruth Chepkemoi took the women's race in 2:16:30.\n")
    found = mentions(extract, text)
    assert found.get("BERLIN") == "GPE" and not any(k.startswith("BERLIN -") for k in found), found


def test_two_portfolios_before_an_office_are_no_names(extract):
    found = mentions(extract, "Transport and Infrastructure Minister Kemal Uysal hosted his Iraqi counterpart.")
    assert "Infrastructure" not in found and "Transport" not in found and found.get("Kemal Uysal") == "PERSON", found


def test_anadolus_slashed_dateline_ends_at_the_place(extract):
    # "Ankara / AA /": NER had run the place, the agency and the minister's title into one name
    _, found = extract("Ankara / AA / Minister of Foreign Affairs of the Republic of Türkiye Mehmet Ali Karaduman, "
                       "who is in Mogadishu, was received by President of Somalia Abdirahman Hassan Warsame.")
    assert ("Abdirahman Hassan Warsame", "received", "Mehmet Ali Karaduman") in found, found


def test_a_turkish_capital_i_opens_a_known_place_and_its_dateline(extract):
    found = mentions(extract, "İstanbul / AA / Anadolu Efes defeated Spanish team Real Madrid 84-79 on Thursday.")
    assert found.get("İstanbul") == "GPE" and found.get("Anadolu Efes") == "ORG", found
