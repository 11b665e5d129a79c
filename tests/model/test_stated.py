"""kg.stated on real sentences with the real model: which second names the text gives as another
name of the name before them (marked ``stated`` or ``translated``), and which it does not."""

from __future__ import annotations

import pytest

from kg.lexicon.english import english_lexicon
from kg.stated import _other_language


def origins(extract, text):
    result, _ = extract(text)
    return {m.text: m.origin for m in result.mentions}


@pytest.mark.parametrize("text, first, second, origin", [
    # a saying word, with what a bracket may hold around it
    ("The Treaty of Dorpat (also called the Treaty of Tartu) was signed in 1920.", "Treaty of Dorpat",
     "Treaty of Tartu", "stated"),
    ("Zevs (born Christophe Aguirre Schwarz on 17 November 1977) is a French artist.", "Zevs",
     "Christophe Aguirre Schwarz", "stated"),
    ("Rachel Perry (born 1962, formerly Rachel Perry Welty) is an American artist.", "Rachel Perry",
     "Rachel Perry Welty", "stated"),
    ("The Mendenhall Glacier (also Sitaantaagu) is a glacier in Alaska.", "Mendenhall Glacier", "Sitaantaagu",
     "stated"),
    ("He performed on stage with Edgar Rothermich (a.k.a. Richard E. Roth) who is also his producer.",
     "Edgar Rothermich", "Richard E. Roth", "stated"),
    # a contract's or a translated press release's "hereinafter", the short name quoted or not
    ('Shenzhen Huaxing New Energy Technology Co., Ltd. (hereinafter referred to as "Huaxing New Energy") signed '
     'an agreement with Toyota.', "Shenzhen Huaxing New Energy Technology Co., Ltd.", "Huaxing New Energy", "stated"),
    ("Shenzhen Huaxing New Energy Technology Co., Ltd. (hereinafter referred to as Huaxing New Energy) signed "
     "an agreement with Toyota.", "Shenzhen Huaxing New Energy Technology Co., Ltd.", "Huaxing New Energy", "stated"),
    # a comma, a verb of naming, a lead's "X or Y"
    ("Mola di Bari, commonly referred to simply as Mola (Barese: Mòle), is a town in Apulia.", "Mola di Bari", "Mola",
     "stated"),
    ("The school, also referred to as Carey Business School or simply Carey, is in Baltimore.",
     "Carey Business School", "Carey", "stated"),
    # machine translation's space before a comma
    ("Mola di Bari , commonly referred to simply as Mola , is a town in Apulia .", "Mola di Bari", "Mola", "stated"),
    ("The school , also referred to as Carey Business School or simply Carey , is in Baltimore .",
     "Carey Business School", "Carey", "stated"),
    ("The East Asia Economic Caucus (EAEC) or East Asia Economic Group (EAEG) was a trade zone.", "EAEC",
     "East Asia Economic Group", "stated"),
    ("Since its founding in 1867, Klamath Falls was originally named Linkville.", "Klamath Falls", "Linkville",
     "stated"),
    ("The Cranford Protocol or Cranford Agreement was an oral undertaking.", "Cranford Protocol",
     "Cranford Agreement", "stated"),
    ("Its seat was in Tobolsk (initially spelt as Tobolesk).", "Tobolsk", "Tobolesk", "stated"),
    ("The navy was initially called the Reichsmarine and then renamed as the Kriegsmarine in 1935.",
     "Reichsmarine", "Kriegsmarine", "stated"),
    # after a bracketed acronym, the bracket's end; a name said with more after it
    ("The Latin American School of Medicine (LASM), formerly Latin American School of Medical Sciences, is a "
     "medical school in Havana.", "LASM", "Latin American School of Medical Sciences", "stated"),
    ("The Beibu Gulf Economic Rim, also known as Gulf of Tonkin Economic Belt in Vietnam, is a region.",
     "Beibu Gulf Economic Rim", "Gulf of Tonkin Economic Belt", "stated"),
    ("Tigran Petrosian, nicknamed Iron Tigran, was a Soviet chess grandmaster.", "Tigran Petrosian",
     "Iron Tigran", "stated"),
    # a bare bracket in another language
    ("Khooni Khanjar (Fighting Blade) is a 1930 Indian silent film.", "Khooni Khanjar", "Fighting Blade",
     "translated"),
    # "short for"; a list of names, each followed by the next; a list going on with "and designated as"
    ("CBBC (short for Children's BBC) is a British children's television brand.", "CBBC", "Children's BBC",
     "stated"),
    ("The Johns Hopkins Carey Business School, also referred to as Carey Business School or JHUCarey or simply "
     "Carey, is the business school of Johns Hopkins University.", "Carey Business School", "JHUCarey", "stated"),
    ("The Toronto Rock Company (also known as Rock Records, and designated as Unit 18 until 1994) was a Canadian "
     "label.", "Rock Records", "Unit 18", "stated"),
    # a pass NER read as a person: its last word makes it a place (kg.entity_types), which may be joined
    ("Eagle Pass, formerly known as Miller Pass, is a pass in Montana.", "Eagle Pass", "Miller Pass", "stated"),
    # a bare bracket that spells out the acronym before it, an article aside
    ("TMF (The Music Factory) was a music video and entertainment channel.", "TMF", "Music Factory",
     "bracketed"),
])
def test_a_second_name_the_text_gives_is_marked(extract, text, first, second, origin):
    found = origins(extract, text)
    assert first in found and found.get(second) == origin, found


@pytest.mark.parametrize("text", [
    "The deputy mayor is Terje Halleland (Progress Party).",      # a person's party
    "He moved to Virginia Beach (Hampton Roads) in 1990.",         # where a place lies, two English names
    "Talks between Israel or Egypt and Jordan resumed.",           # "or" that opens no sentence of names
    "Smith was born in London on 4 May 1950.",                     # "born" outside a bracket
    "Microsoft (based in Redmond) bought it.",
    "Grey Tower, originally known as Walker Hall, is a castle in Kent.",  # a thing NER read as a person: kept apart
    "The bar was run by an Englishman, and called the English Cafe.",  # two things: who ran it, its name
    'He wrote " Tyomnaya noch " (" Temnaya Noch ") in 1943.',        # two spellings, no language between
    "He studied at Harvard University (Massachusetts), formerly Yale University.",  # no acronym before it
    # "and renamed" after a preposition's name renames the clause's subject, not that name
    "HMS Tavistock was a destroyer. In 1943 she was transferred to the Royal Hellenic Navy and renamed Kerkyra.",
])
def test_a_second_name_the_text_does_not_give_is_not_marked(extract, text):
    found = origins(extract, text)
    assert not {o for o in found.values()} & {"stated", "translated"}, found


@pytest.mark.parametrize("text, second, origin", [
    ("Kurt Tucholsky was a German journalist. He also wrote under the pseudonyms Peter Panter and Theobald Tiger.",
     "Theobald Tiger", "pseudonym_topic"),
    ("Trinity McCray is an American wrestler performing under the ring name Naomi.", "Naomi", "pseudonym"),
    ("Raymond Hermantier was a French actor, born in Lyon, France as Raymond Maroutian.", "Raymond Maroutian",
     "pseudonym"),
    ("Ramey Idriss was an American songwriter. His birth name was Ramez Idriss but he was also known as Ramey.",
     "Ramey", "pseudonym_topic"),
    ("Ramey Idriss was an American songwriter. His birth name was Ramez Idriss but he was also known as Ramey.",
     "Ramez Idriss", "pseudonym_topic"),
])
def test_a_pen_stage_or_ring_name_is_marked(extract, text, second, origin):
    """Marked for kg.merge_stated, which joins it to the name opening the sentence, or the
    document's topic when a pronoun opens the sentence (tests/unit/test_merge_rules.py)."""
    assert origins(extract, text).get(second) == origin


def test_a_pronoun_that_no_longer_stands_for_the_topic_gives_no_topic_name(extract):
    """"She" after another person's name is that person: "Jenny" is no other name of the topic."""
    found = origins(extract, "John Smith was an English painter. He married Jane Brown and she was also known as Jenny.")
    assert not any(o.startswith("pseudonym") for o in found.values()), found


def test_born_as_the_son_of_a_name_gives_no_birth_name(extract):
    """"born ... as the son of X": X is his father, not his birth name."""
    found = origins(extract, "Raymond Hermantier was born in Lyon as the son of Jacques Maroutian.")
    assert not any(o.startswith("pseudonym") for o in found.values()), found


def test_a_name_after_other_words_is_no_pen_name(extract):
    found = origins(extract, "The novel was published by Penguin Books under the title Night Train in London.")
    assert not any(o.startswith("pseudonym") for o in found.values()), found


def test_other_language():
    lexicon = english_lexicon()
    assert _other_language("Metsähallitus", "Administration of Forests", lexicon)
    assert _other_language("Book of Degrees", "Степенная книга", lexicon)
    assert _other_language("Piton des Neiges", "Snow Peak", lexicon)  # "des" is another language's word
    assert not _other_language("Samsung Galaxy S", "Super Smart", lexicon)
    assert not _other_language("Altamira", "Caracas", lexicon)


@pytest.mark.parametrize("text, first, second, origin", [
    # a year between "named" and the name; an apposition before "best known as"
    ("Kiwi Motors Limited, named until 1988 as Southern Cross Motors Limited, is a car maker in Auckland.",
     "Kiwi Motors Limited", "Southern Cross Motors Limited", "stated"),
    ("He lived in Madrid with his daughter Ana Torres, a pop singer best known as Anita Luna, until 1990.",
     "Ana Torres", "Anita Luna", "stated"),
    # a title after the saying word; "X is an informal name for the city of Y"
    ("The letter was signed by Angelo Cardinal Roncalli (now Pope John XXIII) in 1950.",
     "Angelo Cardinal Roncalli", "John XXIII", "stated"),
    ("Tinseltown is an informal name for the city of Los Angeles, California.", "Tinseltown", "Los Angeles",
     "stated"),
    # a list after a saying word that no bracket holds; a lead's quoted "X or Y" after a bracket
    ("The rebels became known as the Malaita Eagle Force, and later as the Malaita Freedom Front.",
     "Malaita Eagle Force", "Malaita Freedom Front", "stated"),
    ('The (German) Nord Autobahn A7 or " Northern Motorway " is part of the national road network.',
     "Nord Autobahn A7", "Northern Motorway", "stated"),
    # a lead's "X (), or Y (...)": the comma a dropped script leaves before "or"
    ('The Frente de Libertação do Arquipélago da Madeira (), or FLAMA (which could be read as an archaic '
     'Portuguese word for " flame "), was a separatist group.', "Frente de Libertação do Arquipélago da Madeira",
     "FLAMA", "stated"),
    # a quoted epithet in apposition to a person
    ('The palace was built for king Louis XIV, the " Sun King ".', "Louis XIV", "Sun King", "stated"),
    # the comma a dropped script leaves in a bracket
    ("Kungliga Filharmonikerna (, The Royal Philharmonic Orchestra) is an orchestra in Stockholm.",
     "Kungliga Filharmonikerna", "Royal Philharmonic Orchestra", "translated"),
])
def test_more_ways_a_text_gives_a_second_name(extract, text, first, second, origin):
    found = origins(extract, text)
    assert first in found and found.get(second) == origin, found


@pytest.mark.parametrize("text", [
    "Tinseltown is a film about the city of Los Angeles.",            # no "name for"
    'The palace was built for king Louis XIV, the " Sun King " of France and his court.',  # the quote goes on
    "He lived in Madrid with his daughter Ana Torres, a pop singer, and Anita Luna, a friend.",  # a list
    "The rebels fought the Malaita Eagle Force, and later the Malaita Freedom Front.",  # no saying word
    "The firm sold its shares in Paris, or London, that year.",   # ", or" that opens no lead
    # a verb of naming whose subject is the first name: an appointment, a call, no second name
    "Tenryu also named Kaori Sato, its head of international development, as the club's new chief executive.",
    "Governor Odhiambo called Grace Wanjiru, the commission's chair, on Monday.",
])
def test_more_second_names_the_text_does_not_give(extract, text):
    found = origins(extract, text)
    assert not {o for o in found.values()} & {"stated", "translated"}, found


def test_a_nickname_the_text_gives_after_his_or_her_is_the_topics(extract):
    """"His Turkish nickname is " İmparator "": another name of the document's topic, a people's
    adjective before it notwithstanding."""
    found = origins(extract, 'Fatih Terim is a Turkish football coach. His Turkish nickname is " İmparator ", and '
                             'his Italian nickname is " Imperatore ".')
    assert found.get("İmparator") == found.get("Imperatore") == "pseudonym_topic", found


@pytest.mark.parametrize("text, first, second", [
    # a language's name opens the bracket: NER reads it as a name of its own, and the name before
    # it is the one the bracket gives another name of
    ("The Great Belt Bridge (Danish: Storebæltsbroen) commonly refers to the suspension bridge.",
     "Great Belt Bridge", "Storebæltsbroen"),
    ("The Finnish Defence Forces (Finnish: Puolustusvoimat) are responsible for the defence of Finland.",
     "Finnish Defence Forces", "Puolustusvoimat"),
    # a language's name of two words, NER reading it as no name ("Northern Sami")
    ("Kiirunavaara (Northern Sami: Gironvárri) is a mountain in Kiruna, Sweden.", "Kiirunavaara", "Gironvárri"),
    # a language's name with a qualifier of period or region before it (``LANGUAGE_QUALIFIERS``)
    ("Valga (South Estonian: Valgõ) is a town in southern Estonia.", "Valga", "Valgõ"),
    ("Narva (Old Russian: Rugodiv) is a city in Estonia.", "Narva", "Rugodiv"),
    # the language's bracket holds no name NER found; the next bracket gives the other name
    ("Debub Gondar (Amharic: ደቡብ ጎንደር) (or South Gondar) is a Zone in the Ethiopian Amhara Region.",
     "Debub Gondar", "South Gondar"),
    # a bare bracket that gives the same name inflected (kg.merge_stated._inflected)
    ('Varieties include the " Leskovac Pljeskavica " (Leskovačka pljeskavica) very spicy with onions.',
     "Leskovac Pljeskavica", "Leskovačka pljeskavica"),
])
def test_a_name_after_a_language_label_in_a_bracket_is_one_node_with_the_name_before(tmp_path, text, first, second):
    import kg

    (tmp_path / "d.txt").write_text(text, encoding="utf-8")
    nodes = {d["label"]: set(d["aliases"]) for _, d in kg.build([str(tmp_path)], cache=False, formats=()).graph.nodes(data=True)}
    assert second in nodes.get(first, set()), nodes


def test_a_language_label_before_no_name_joins_nothing(extract):
    """"(Danish: ...)" that gives no name keeps the language as it was: nothing is marked."""
    found = origins(extract, "The Great Belt Bridge (Danish and Swedish engineers built it) opened in 1998.")
    assert not {o for o in found.values()} & {"stated", "translated"}, found


def test_a_name_said_of_a_language_is_not_given_to_the_name_before_it(tmp_path):
    """"He speaks Danish (also known as Dansk)": no label opens the bracket, and Dansk is no other
    name of anything before "Danish"."""
    import kg

    (tmp_path / "d.txt").write_text("Lars Berg speaks Danish (also known as Dansk) and English at home.",
                                    encoding="utf-8")
    nodes = {d["label"]: set(d["aliases"]) for _, d in kg.build([str(tmp_path)], cache=False, formats=()).graph.nodes(data=True)}
    assert "Dansk" not in nodes.get("Lars Berg", set()), nodes


def test_a_leads_nickname_in_apposition_is_another_name_of_its_subject(extract):
    """", nickname Pishamen" after the subject's bracket: a pseudonym of the name opening the sentence."""
    found = origins(extract, "Li Jiancheng (589 – 626), nickname Pishamen, was the first crown prince of the Tang "
                             "Dynasty.")
    assert found.get("Pishamen") == "pseudonym", found


def test_a_bare_bracket_with_another_name_of_other_words_joins_nothing(tmp_path):
    """"Terje Halleland (Progress Party)", "Manchester (Greater Manchester)": no inflection of the name."""
    import kg

    (tmp_path / "d.txt").write_text("He moved from Rochdale (Greater Manchester) to Leeds in 1990.", encoding="utf-8")
    nodes = {d["label"]: set(d["aliases"]) for _, d in kg.build([str(tmp_path)], cache=False, formats=()).graph.nodes(data=True)}
    assert not any(len(a) > 1 for a in nodes.values()), nodes
