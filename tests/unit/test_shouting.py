"""kg.shouting and truecasing of lines written all in capitals: a wire headline and a document in
capitals are read in lower case, their names recased from the document's evidence, acronyms kept;
ordinary lines, short capitals and acronyms in a sentence stay as written."""

from __future__ import annotations

from kg.shouting import lower_shouting, shouting_words
from kg.truecase import truecase

#: English words of these texts (a stand-in for the WordNet lexicon).
LEXICON = frozenset("""chief condemns condemned attack on aid convoy in the said three drivers were killed
    minister opens new bridge spans over river and of a at""".split())


def test_a_line_in_capitals_shouts_and_a_sentence_with_acronyms_does_not():
    assert [w for _, _, w in shouting_words("FAO CHIEF OPENS NEW BRIDGE\nThe FAO and WHO met.")] == \
        ["FAO", "CHIEF", "OPENS", "NEW", "BRIDGE"]
    assert shouting_words("The FAO and WHO met in NYC.") == []
    assert shouting_words("UN OK\nIt rained.") == []  # too few words, none of four letters


def test_acronyms_and_words_the_document_writes_in_capitals_stay():
    text, lowered = lower_shouting("UN CHIEF CONDEMNS ATTACK ON WFP CONVOY\nThe FAO said so.", LEXICON)
    assert text.splitlines()[0] == "UN chief condemns attack on WFP convoy"
    assert "UN" not in {w for _, _, w in lowered}


def test_a_headline_in_capitals_takes_the_bodys_names():
    text = "UN CHIEF GUTERRES CONDEMNS ATTACK ON AID CONVOY\n\nSecretary-General Antonio Guterres said three drivers were killed."
    out, changes = truecase(text, [], LEXICON)
    assert out.splitlines()[0] == "UN chief Guterres condemns attack on aid convoy"
    assert len(out) == len(text)
    assert {c.form for c in changes} == {"Guterres"}  # the sentence's first capital is no recasing


def test_a_document_in_capitals_starts_its_sentences_with_a_capital():
    text = "MINISTER OKONJO OPENS NEW BRIDGE. THE BRIDGE SPANS THE RIVER."
    out, _ = truecase(text, [], LEXICON)
    assert out == "Minister Okonjo opens new bridge. The bridge spans the river."


def test_a_bodys_name_in_capitals_takes_its_capitals_back():
    """"THE WORLD FOOD PROGRAMME": every word is English and the line holds no evidence of case;
    "the", content words and a body's last word make a name (``truecase.shouted_body``)."""
    text = ("THE EXECUTIVE DIRECTOR OF THE WORLD FOOD PROGRAMME ARRIVED.\n"
            "THE INTERNATIONAL COMMITTEE OF THE RED CROSS WARNED THE UNITED NATIONS.")
    out, _ = truecase(text)
    assert "the World Food Programme arrived" in out
    assert "The International Committee of the Red Cross warned the United Nations." in out
    # a head with no content word before it, a verb before a head, and a line in mixed case: no name
    out, _ = truecase("THE COMMITTEE SAID THE PROGRAMME WILL GROW.\nThe world food programme grew.")
    assert out == "The committee said the programme will grow.\nThe world food programme grew."


def test_a_headline_in_capitals_run_into_its_story_shouts():
    """The sentences in capitals that open a line going on in ordinary case: a headline the
    scrape ran into the story, a translated lead in capitals."""
    text = "FIRE CREWS BATTLE BLAZE NEAR GOULBURN. A new blaze near Goulburn closed the highway."
    assert [w for _, _, w in shouting_words(text)] == ["FIRE", "CREWS", "BATTLE", "BLAZE", "NEAR", "GOULBURN"]
    out, _ = truecase(text)
    assert out.startswith("Fire crews battle blaze near Goulburn. A new blaze")
    # no sentence ends in capitals: acronyms and a dateline's initials open ordinary lines
    assert shouting_words("NSW Premier Bob Carr said. The UN met.") == []
    assert shouting_words("NEW YORK (AP) U.S. officials said on Monday.") == []
    assert shouting_words("UN OK. It rained.") == []  # too few words


def test_a_lead_in_capitals_keeps_the_names_the_gazetteers_know():
    text = ("WILFRIED SCHNEIDER (BORN 13 MARCH 1963) IS A GERMAN SKELETON RACER FROM MARYLAND, EDUCATED AT"
            " LOS ANGELES COMMUNITY COLLEGE. He won two medals.")
    out, _ = truecase(text)
    assert out.startswith("Wilfried Schneider (born 13 March 1963) is a German skeleton racer from Maryland,")
    assert "Angeles community college" in out


def test_everyday_words_in_capitals_that_name_places_too_stay_lowered():
    text = "YOU MAY READ THE REPORT ON THE MOBILE PHONE IN BATH. It was nice."
    assert truecase(text)[0] == "You may read the report on the mobile phone in bath. It was nice."


def test_a_lead_in_capitals_keeps_a_places_head_its_particles_and_its_lead_name():
    out, _ = truecase("MOLA DI BARI IS A TOWN OF ALBANY COUNTY IN SOUTHERN ITALY, NOT A GERMAN RIVER. Fine.")
    assert out == "Mola di Bari is a town of Albany County in Southern Italy, not a German river. Fine."
    out, _ = truecase("ROSS PATTERSON ALGER (AUGUST 20, 1920) WAS A POLITICIAN. Alger was mayor.")
    assert out.startswith("Ross Patterson Alger (August 20, 1920) was a politician.")
    # no word of the name recased from the document: the run stays as lowered
    out, _ = truecase("SEVEN PEOPLE KILLED (REPORTS). Seven people were killed.")
    assert out.startswith("Seven people killed (reports).")


def test_a_name_the_body_capitalises_only_at_a_sentence_start_is_recased_in_the_lead():
    text = ("OLYMPIC CHAMPION CATHY FREEMAN WILL RETURN TO COMPETITION. Freeman began training. "
            "Freeman said so.")
    out, _ = truecase(text)
    assert out.startswith("Olympic champion Cathy Freeman will return to competition.")
    # a word the body writes in lower case too is no name: "competition"
    out, _ = truecase("COMPETITION RETURNS TO THE TRACK. Competition was fierce. The competition ends.")
    assert out.startswith("Competition returns to the track.")
