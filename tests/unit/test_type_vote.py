"""An entity's type and label from its mentions (``kg.labels``): a type the sentence corrected
outweighs NER's bare guesses; a hyphenated pair of names is no person's label."""

from __future__ import annotations

from kg.labels import entity_type
from kg.model import Mention
from kg.resolve import resolve


def m(text: str, type_: str, start: int, origin: str = "ner", doc: str = "d") -> Mention:
    return Mention(doc=doc, start=start, end=start + len(text), text=text, type=type_, sent_start=0,
                   sent_end=500, origin=origin)


def test_a_corrected_mention_outweighs_three_bare_guesses():
    # "Tora Bora": NER said PERSON 21 times; "the Tora Bora region/caves/area" corrected 13
    mentions = [m("Tora Bora", "PERSON", 20 * i) for i in range(21)] + \
               [m("Tora Bora", "GPE", 1000 + 20 * i, "typed") for i in range(13)]
    assert entity_type(mentions) == "GPE"
    # one correction against two guesses: "the Darwin region" beside "to Darwin" twice
    assert entity_type([m("Darwin", "PERSON", 0), m("Darwin", "PERSON", 20), m("Darwin", "GPE", 40, "typed")]) == "GPE"


def test_one_corrected_mention_does_not_outvote_many_guesses():
    mentions = [m("Florence", "PERSON", 20 * i) for i in range(4)] + [m("Florence", "GPE", 200, "typed")]
    assert entity_type(mentions) == "PERSON"
    # a pack's type still wins over any vote
    assert entity_type([m("Apple", "ORG", 0, "pack"), m("Apple", "PERSON", 20, "typed")]) == "ORG"


def test_a_hyphenated_pair_of_surnames_is_not_the_label():
    # "Suharto ... the Ford-Suharto meeting": the person is Suharto
    mentions = [m("Suharto", "PERSON", 0), m("Suharto", "PERSON", 30), m("Ford-Suharto", "PERSON", 60)]
    entities = resolve(mentions)
    suharto = next(e for e in entities if any(x.text == "Suharto" for x in e.mentions))
    assert {x.text for x in suharto.mentions} == {"Suharto", "Ford-Suharto"} and suharto.label == "Suharto"


def test_a_double_barrelled_surname_stays_the_label():
    entities = resolve([m("Catherine Zeta-Jones", "PERSON", 0), m("Zeta-Jones", "PERSON", 40)])
    assert [e.label for e in entities] == ["Catherine Zeta-Jones"]


def test_a_title_that_starts_a_bodys_name_stays_in_its_label():
    # "top of the Premier League": no person's title, "League" alone would be no name
    entities = resolve([m("Premier League", "ORG", 0), m("Premier League", "ORG", 40)])
    assert [e.label for e in entities] == ["Premier League"]
    # a person's title goes
    entities = resolve([m("President Lula", "PERSON", 0)])
    assert [e.label for e in entities] == ["Lula"]


def test_one_long_story_does_not_outvote_the_stories_that_read_a_name_otherwise():
    # one story NER reads wrongly throughout ("Djokovic" ORG twelve times), three read a person
    mentions = [m("Djokovic", "ORG", 20 * i, doc="long") for i in range(12)] + \
               [m("Djokovic", "PERSON", 0, doc=d) for d in ("a", "b", "c")]
    assert entity_type(mentions) == "PERSON"
    # within one document it is the mentions' vote
    assert entity_type([m("Djokovic", "ORG", 20 * i) for i in range(12)] + [m("Djokovic", "PERSON", 300)]) == "ORG"
    # a type the sentence corrected is evidence and counts in full: "the Tora Bora caves"
    mentions = [m("Tora Bora", "PERSON", 20 * i, doc="a") for i in range(6)] + \
               [m("Tora Bora", "GPE", 0, "typed", doc="b")]
    assert entity_type(mentions) == "GPE"


def test_an_acronym_stays_the_label_beside_a_longer_name_that_only_adds_a_word():
    # Re-DocRED's "CNN Worldwide" joined ABC's ten "CNN" (``designator``): no expansion of CNN
    mentions = [m("CNN", "ORG", 20 * i, doc=f"abc{i}") for i in range(4)] + [m("CNN Worldwide", "ORG", 0, doc="w")]
    assert [e.label for e in resolve(mentions)] == ["CNN"]
    # an expansion is the name
    mentions = [m("AFP", "ORG", 0), m("AFP", "ORG", 40), m("Australian Federal Police", "ORG", 80)]
    entities = resolve(mentions, {"AFP": "Australian Federal Police"})
    assert [e.label for e in entities] == ["Australian Federal Police"]


def test_a_state_that_ner_mostly_reads_as_a_body_is_still_a_place():
    # "the Northern Territory has passed laws" (NER: ORG) beside "in the Northern Territory" (LOC)
    mentions = [m("Northern Territory", "ORG", 0, doc=d) for d in "abc"] + [m("Northern Territory", "LOC", 0, doc="d")]
    assert [e.type for e in resolve(mentions)] == ["GPE"]
    # NER's region (LOC) too: a state is a GPE whichever story comes next
    assert [e.type for e in resolve([m("Northern Territory", "LOC", 0, doc=d) for d in "ab"])] == ["GPE"]
    # a sentence that made it a body keeps the body; a name no division bears keeps NER's vote
    assert [e.type for e in resolve(mentions + [m("Northern Territory", "ORG", 40, "typed", doc="d")])] == ["ORG"]
    mentions = [m("Sutherland", "ORG", 0, doc=d) for d in "abc"] + [m("Sutherland", "GPE", 0, doc="d")]
    assert [e.type for e in resolve(mentions)] == ["ORG"]
    # a state NER typed ORG in every story that names it (ABC's last hundred stories: "Tasmania")
    assert [e.type for e in resolve([m("Tasmania", "ORG", 0, doc=d) for d in "ab"])] == ["GPE"]


def test_a_tie_between_a_person_and_a_body_goes_to_a_name_shaped_like_a_persons():
    # "Shaun Pollock and Nantie Haywood launched ..." (PERSON), "the final wicket of Nantie Haywood" (ORG)
    assert entity_type([m("Nantie Haywood", "PERSON", 0), m("Nantie Haywood", "ORG", 100)]) == "PERSON"
    assert entity_type([m("Nantie Haywood", "ORG", 0, doc="a"), m("Nantie Haywood", "PERSON", 0, doc="b")]) == "PERSON"
    # a body's name holds an everyday word: the tie stays with the alphabet
    assert entity_type([m("Energy Australia", "PERSON", 0), m("Energy Australia", "ORG", 100)]) == "ORG"
    assert entity_type([m("Haywood", "PERSON", 0), m("Haywood", "ORG", 100)]) == "ORG"
    # only a tie with ORG: a settlement NER read once as a person and once as a place stays a place
    assert entity_type([m("Alei Sinai", "PERSON", 0), m("Alei Sinai", "GPE", 100)]) == "GPE"


def test_a_registered_name_makes_a_body_whatever_its_brand_was_read_as():
    """"Nordhavn Capital AB ... Nordhavn, which is based in Stockholm": two brand mentions NER read
    as a person do not outvote the registered name; a person's full name among the names does
    ("William Morris" and "Morris & Co." in one node is the person's)."""
    assert entity_type([m("Nordhavn Capital AB", "ORG", 0), m("Nordhavn", "PERSON", 50),
                        m("Nordhavn", "PERSON", 100, doc="e"), m("Nordhavn", "PERSON", 120, doc="e")]) == "ORG"
    assert entity_type([m("Morris & Co.", "ORG", 0), m("William Morris", "PERSON", 50),
                        m("Morris", "PERSON", 100)]) == "PERSON"
    # the registered name without its legal form, NER's person, is the body's own name
    assert entity_type([m("Rheinstein Baustoffe AG", "ORG", 0), m("Rheinstein Baustoffe", "PERSON", 50),
                        m("Rheinstein Baustoffe", "PERSON", 100), m("Rheinstein Baustoffe", "PERSON", 120)]) == "ORG"


def test_a_bodys_name_makes_its_entity_a_body_whatever_its_short_names_were_read_as():
    """"National Agency of Electric Energy (Aneel)": NER read the acronym a person twice; a name a
    body's word opens or ends outweighs one-word guesses, never a person's full name."""
    mentions = [m("National Agency of Electric Energy", "ORG", 0), m("Aneel", "PERSON", 40, "translated"),
                m("Aneel", "PERSON", 80)]
    assert entity_type(mentions) == "ORG"
    assert entity_type([m("Paul Desmarais", "PERSON", 0), m("Desmarais", "PERSON", 20),
                        m("Power Corporation of Canada", "ORG", 40)]) == "PERSON"


def test_a_bodys_name_keeps_its_entity_a_body_when_a_person_rule_joined_its_acronym():
    """"National Fund for Disaster Response (FONARED)": the acronym joined a headline's "New
    FONARED" as its surname (``person_name``), which made the whole entity a person."""
    assert entity_type([m("National Fund for Disaster Response", "ORG", 0), m("FONARED", "PERSON", 40)]) == "ORG"
    fund = resolve([m("New FONARED", "ORG", 0), m("National Fund for Disaster Response", "ORG", 100),
                    m("FONARED", "ORG", 140, "bracketed"), m("FONARED", "ORG", 200)])
    assert len(fund) == 1 and fund[0].type == "ORG"


def test_a_storms_given_name_makes_it_no_person():
    """"Cyclone Imogen" (a sentence typed it an event) and its short "Imogen", which NER and a
    person rule read as a given name: the storm stays an event; a person's full name beside a
    surname some sentence read as a place stays a person."""
    storm = resolve([m("Cyclone Imogen", "EVENT", 0, "typed"), m("Imogen", "PERSON", 40), m("Imogen", "PERSON", 80),
                     m("Cyclone Imogen", "EVENT", 120, "typed")])
    assert [e.type for e in storm] == ["EVENT"]
    person = resolve([m("Salman Raduyev", "PERSON", 0), m("Raduyev", "GPE", 40, "typed"), m("Raduyev", "PERSON", 80)])
    assert [e.type for e in person] == ["PERSON"]


def test_a_registered_name_is_a_body_whatever_ner_typed_it():
    # "The team is sponsored by Ceramicas Alcora SA" (NER: PERSON) … "Ceramicas Alcora, the title sponsor":
    # a name ending in a legal form is no person's, and the short name a person rule joined to it stays a body's
    mentions = [m("Ceramicas Alcora SA", "PERSON", 0), m("Ceramicas Alcora", "PERSON", 40),
                m("Alcora", "PERSON", 80), m("Alcora", "PERSON", 120)]
    assert entity_type(mentions) == "ORG"
    entity = next(e for e in resolve(mentions) if any(x.text == "Ceramicas Alcora SA" for x in e.mentions))
    assert entity.type == "ORG"
    assert entity_type([m("Kwanza Engenharia, S.A.", "PERSON", 0), m("Kwanza Engenharia", "PERSON", 40)]) == "ORG"


def test_a_given_name_before_two_surnames_is_the_label_not_a_word_ner_took_in():
    """"Jorge Quispe Mamani", then "Quispe Mamani" twice: the full name labels the node; a role
    before a name ("Treasurer Peter Costello") or a title ("Emir Nasrullah Khan") does not."""
    label = lambda *forms: resolve([m(f, "PERSON", 40 * i) for i, f in enumerate(forms)])[0].label  # noqa: E731
    assert label("Jorge Quispe Mamani", "Quispe Mamani", "Quispe Mamani") == "Jorge Quispe Mamani"
    assert label("Treasurer Peter Costello", "Peter Costello") == "Peter Costello"
    assert label("Emir Nasrullah Khan", "Nasrullah Khan") == "Nasrullah Khan"


def test_a_ships_name_makes_its_entity_a_ship_whatever_ner_read_its_short_name():
    """"HMS Thunderchild was a corvette … Thunderchild served with …" (the short name NER: PERSON,
    joined as a surname): a ship, labelled as written; "SS" opens other names too."""
    ents = resolve([m("HMS Thunderchild", "PRODUCT", 0, "titled"), m("Thunderchild", "PERSON", 200),
                    m("Thunderchild", "PERSON", 400)])
    assert len(ents) == 1 and (ents[0].type, ents[0].label) == ("PRODUCT", "HMS Thunderchild")
    assert entity_type([m("SS Obergruppe", "ORG", 0), m("SS Obergruppe", "ORG", 50)]) == "ORG"
