"""``person_name`` (``kg.merge_person``) and the lead's subject taking a shared surname
(``kg.merge_guards._topic``), on hand-built mentions: the joins and the names that must stay apart."""

from __future__ import annotations

from kg.merge_person import middle_initial, middle_name, person_name  # noqa: F401  (middle_initial: through resolve)
from kg.merge_rules import Names
from kg.model import Mention
from kg.resolve import resolve


def m(text: str, type_: str = "PERSON", start: int = 0, sent_start: int = 0, doc: str = "d") -> Mention:
    return Mention(doc=doc, start=start, end=start + len(text), text=text, type=type_, sent_start=sent_start,
                   sent_end=sent_start + 200)


def story(*names: tuple[str, str] | tuple[str, str, int]) -> list[Mention]:
    """Mentions in order, 100 characters apart; a third element is the start of the sentence."""
    return [m(n[0], n[1], start=100 * k, sent_start=n[2] if len(n) > 2 else 0) for k, n in enumerate(names)]


def entity_of(entities, text):
    return next(e for e in entities if any(x.text == text for x in e.mentions))


def test_a_surname_joins_the_full_name_ner_typed_as_a_company():
    ents = resolve(story(("Thirteens", "WORK_OF_ART"), ("Leona Naess", "ORG"), ("Naess", "ORG"), ("Naess", "PERSON")))
    naess = entity_of(ents, "Naess")
    assert "Leona Naess" in {x.text for x in naess.mentions} and naess.reasons["Naess"] == "person_name"
    # a person's surname after the full name NER typed ORG; the label is the full name
    ents = resolve(story(("Fyodor Davydovich Kulakov", "ORG"), ("Kulakov", "PERSON"), ("Kulakov", "PERSON")))
    assert len(ents) == 1 and ents[0].label == "Fyodor Davydovich Kulakov"
    # a shorter form of a mistyped longer name
    ents = resolve(story(("Guybrush Ulysses Threepwood", "ORG"), ("Guybrush Threepwood", "PERSON")))
    assert len(ents) == 1 and ents[0].reasons["Guybrush Threepwood"] == "person_name"


def test_a_surname_ner_typed_as_a_thing_joins_the_persons_full_name_alone():
    # every full name a person's: the story's short form NER typed a work still joins ("Ms Caird said")
    ents = resolve(story(("Wendy Caird", "PERSON"), ("Caird", "WORK_OF_ART")))
    assert len(ents) == 1 and ents[0].reasons["Caird"] == "person_name"


def test_a_double_barrelled_surname_with_one_english_half_joins_the_full_name():
    # WordNet knows "Sanchez"; "Vicario" is no English word: "Sanchez-Vicario says she …" (NER: ORG)
    ents = resolve(story(("Arantxa Sanchez-Vicario", "PERSON"), ("Sanchez-Vicario", "ORG")))
    assert len(ents) == 1 and ents[0].reasons["Sanchez-Vicario"] == "person_name"
    # both halves English words: no evidence it is a name ("Hill-Wood" the firm, beside a "Peter Hill-Wood")
    assert len(resolve(story(("Peter Hill-Wood", "PERSON"), ("Hill-Wood", "ORG")))) == 2


def test_a_surname_that_is_also_a_towns_name_joins_the_full_name_but_not_a_big_places():
    # "clean bowled by Henderson" (NER: GPE: a town of the gazetteer) beside "Claude Henderson"
    ents = resolve(story(("Claude Henderson", "PERSON"), ("Henderson", "GPE")))
    assert len(ents) == 1 and ents[0].reasons["Henderson"] == "person_name"
    # a US state, a big city, a country stay apart ("George Washington" … "in Washington")
    assert len(resolve(story(("George Washington", "PERSON"), ("Washington", "GPE")))) == 2
    assert len(resolve(story(("Jimmy Paris", "PERSON"), ("Paris", "GPE")))) == 2


def test_a_chinese_family_name_written_first_is_the_short_form_of_the_full_name():
    # "Wang said …" (NER: ORG) after "spokesman Wang Wenbin": the family name comes first
    ents = resolve(story(("Wang Wenbin", "PERSON"), ("Wang", "ORG")))
    assert len(ents) == 1 and ents[0].reasons["Wang"] == "person_name"
    # not a name whose first word is no such family name, nor two men of one family
    assert len(resolve(story(("Oscar Wilde", "PERSON"), ("Oscar", "ORG")))) == 2
    assert len(resolve(story(("Wang Wenbin", "PERSON"), ("Wang Yi", "PERSON"), ("Wang", "ORG")))) == 3


def test_a_cluster_a_person_rule_joined_is_a_person_whatever_most_mentions_were_typed():
    """A surname NER typed ORG in most sentences ("Gambill said", "Gambill won") joined to the full
    name by ``name_part``: the node is the person, labelled by the full name."""
    ents = resolve(story(("Michael Gambill", "PERSON"), ("Gambill", "ORG"), ("Gambill", "ORG"), ("Gambill", "ORG")))
    assert len(ents) == 1 and ents[0].reasons["Gambill"] == "name_part"
    assert (ents[0].type, ents[0].label) == ("PERSON", "Michael Gambill")
    # no person rule joined them: the vote stands ("Gambill Holdings" is a company)
    ents = resolve(story(("Gambill Holdings", "ORG"), ("Gambill Holdings", "ORG"), ("Gambill Holdings", "PERSON")))
    assert len(ents) == 1 and ents[0].type == "ORG"


def test_bodies_places_words_and_people_stay_apart():
    for full, short in [(("Kansas City Royals", "ORG"), ("Royals", "ORG")),  # an English word
                        (("Samsung Electronics", "ORG"), ("Electronics", "ORG")),
                        (("Mount Shinn", "GPE"), ("Shinn", "PERSON")),  # a place's head word
                        (("Mola di Bari", "GPE"), ("Bari", "GPE")),  # a city
                        (("US Airways Express", "ORG"), ("Express", "ORG")),
                        (("Beijing Jinyu", "ORG"), ("Jinyu", "ORG"))]:  # a place in the name
        names = Names.of(story(full, short))
        person_name(names)
        assert names.reason == {}, (full, short)
    # a short form written before the full name is not its short form here
    names = Names.of(story(("Naess", "ORG"), ("Leona Naess", "ORG")))
    person_name(names)
    assert names.reason == {}
    # two full names end in it: apart, recorded
    names = Names.of(story(("Louis Mousseau", "ORG"), ("Alexis Mousseau", "ORG"), ("Mousseau", "ORG")))
    person_name(names)
    assert names.reason == {} and names.apart[2].startswith("fits two names")


def test_a_shared_surname_is_the_subject_the_first_sentence_names():
    """An encyclopedic lead opens on its subject; his father comes later; "Angell" is the subject."""
    ents = resolve(story(("Henrik August Angell", "PERSON", 0), ("Johan Angell", "PERSON", 150),
                         ("Angell", "PERSON", 250)))
    assert entity_of(ents, "Angell").label == "Henrik August Angell"
    assert entity_of(ents, "Johan Angell").label == "Johan Angell"
    # both in the first sentence ("Peter Costello and his brother Tim Costello ..."): apart
    ents = resolve(story(("Peter Costello", "PERSON", 0), ("Tim Costello", "PERSON", 0), ("Costello", "PERSON", 250)))
    assert entity_of(ents, "Costello").label == "Costello"
    # neither in the first sentence (a news story): apart
    ents = resolve(story(("Flood", "GPE", 0), ("Peter Costello", "PERSON", 150), ("Tim Costello", "PERSON", 250),
                         ("Costello", "PERSON", 350)))
    assert entity_of(ents, "Costello").label == "Costello"


def test_a_family_name_written_first_is_the_subject_the_first_sentence_names():
    """"Liang Congjie (1932-2010) was a Chinese historian ... Liang's father, architect Liang
    Sicheng ... Liang was able to attend Peking University": the family name opens both names, and
    alone it is the lead's subject."""
    ents = resolve(story(("Liang Congjie", "PERSON", 0), ("Liang", "PERSON", 150), ("Liang Sicheng", "PERSON", 150),
                         ("Liang", "PERSON", 350)))
    liang = entity_of(ents, "Liang")
    assert liang.label == "Liang Congjie" and liang.reasons["Liang"] == "name_part"
    assert entity_of(ents, "Liang Sicheng").label == "Liang Sicheng"
    # a given name relatives share with their surname: apart ("Paul" beside father and son)
    ents = resolve(story(("Paul Desmarais Jr.", "PERSON", 0), ("Paul Desmarais Sr.", "PERSON", 150),
                         ("Paul", "PERSON", 250)))
    assert entity_of(ents, "Paul").label == "Paul"
    # a name inside a longer one: apart ("William Washington House" is a house)
    ents = resolve(story(("William Washington House", "PERSON", 0), ("William Washington", "PERSON", 150),
                         ("William", "PERSON", 250)))
    assert entity_of(ents, "William").label == "William"
    # both in the first sentence, or neither (a news story): apart
    ents = resolve(story(("Kim Jong-un", "PERSON", 0), ("Kim Yong-nam", "PERSON", 0), ("Kim", "PERSON", 250)))
    assert entity_of(ents, "Kim").label == "Kim"
    ents = resolve(story(("Seoul", "GPE", 0), ("Yi Seok", "PERSON", 150), ("Yi Kang", "PERSON", 250),
                         ("Yi", "PERSON", 350)))
    assert entity_of(ents, "Yi").label == "Yi"
    # the short name written before the subject's full name: not its short form
    ents = resolve(story(("Yi", "PERSON", 0), ("Yi Seok", "PERSON", 0), ("Yi Kang", "PERSON", 250)))
    assert entity_of(ents, "Yi").label == "Yi"


def test_a_middle_initial_is_the_middle_name_it_stands_for():
    ents = resolve(story(("William Hepburn Armstrong", "PERSON"), ("William H. Armstrong", "PERSON"),
                         ("Armstrong", "PERSON")))
    assert len(ents) == 1 and "middle_initial" in ents[0].reasons.values()
    # another initial, or another first name: another person
    for other in ("William J. Armstrong", "Walter H. Armstrong"):
        ents = resolve(story(("William Hepburn Armstrong", "PERSON"), (other, "PERSON")))
        assert len(ents) == 2, other


def test_a_bracketed_former_name_already_another_persons_short_form_stays_apart():
    """"Les Rougon-Macquart ... Lisa Quenu (formerly Macquart)": "Macquart" is already the short
    form of Rougon-Macquart; the bracket does not join Lisa Quenu to Rougon-Macquart."""
    mentions = [m("Rougon-Macquart", "PERSON", start=0), m("Lisa Quenu", "PERSON", start=100),
                Mention(doc="d", start=123, end=131, text="Macquart", type="PERSON", sent_start=100,
                        sent_end=300, origin="stated")]
    ents = resolve(mentions)
    assert entity_of(ents, "Lisa Quenu") is not entity_of(ents, "Rougon-Macquart")
    assert entity_of(ents, "Macquart").apart["Macquart"] == "already the short form of Rougon-Macquart"
    # a bracketed name nobody else holds joins as before ("Oder (Odra)"-like, a person's former name)
    mentions = [m("Lisa Quenu", "PERSON", start=100),
                Mention(doc="d", start=123, end=131, text="Macquart", type="PERSON", sent_start=100,
                        sent_end=300, origin="stated")]
    assert len(resolve(mentions)) == 1


def test_a_town_named_after_a_person_stays_apart_from_him():
    """"General Lavalle (also known as Ajó) is a city ... Juan Lavalle": the town NER typed GPE
    comes before the person; the surname typed PERSON goes to him, the town stays a town."""
    ents = resolve(story(("Lavalle", "GPE"), ("Lavalle", "PERSON"), ("Juan Lavalle", "PERSON"), ("Lavalle", "PERSON")))
    town = next(e for e in ents if e.type == "GPE")
    assert "Juan Lavalle" not in {x.text for x in town.mentions}
    # a surname NER typed GPE after the person's full name still joins him
    ents = resolve(story(("Dolly Parton", "PERSON"), ("Parton", "GPE"), ("Parton", "PERSON")))
    assert len(ents) == 1 and ents[0].label == "Dolly Parton"
    # a surname of a particle and a word, NER typed ORG: "El Amrani" beside "Youssef El Amrani"
    ents = resolve(story(("Youssef El Amrani", "PERSON"), ("El Amrani", "ORG")))
    assert len(ents) == 1 and ents[0].label == "Youssef El Amrani" and ents[0].type == "PERSON"


def test_middle_name_joins_a_middle_word_of_one_full_name():
    """"Guillermo David Endara Galimany ... Endara": a paternal surname of a double one."""
    got = resolve([m("Guillermo David Endara Galimany", "PERSON", 0), m("Endara", "PERSON", 80)],
                  rules=(middle_name,), corpus_rules=())
    assert len(got) == 1 and got[0].reasons["Endara"] == "middle_name"


def test_middle_name_keeps_a_parent_two_full_names_and_an_earlier_short_form_apart():
    for mentions in (
            [m("Yusuf ibn Yaqub ibn Ishaq", "PERSON", 0), m("Yaqub", "PERSON", 80)],       # his father
            [m("Ana Maria Lopez", "PERSON", 0), m("Jose Maria Perez", "PERSON", 30),
             m("Maria", "PERSON", 80)],                                                 # fits two
            [m("Endara", "PERSON", 0), m("Guillermo David Endara Galimany", "PERSON", 80)]):  # written first
        got = resolve(mentions, rules=(middle_name,), corpus_rules=())
        assert len(got) == len(mentions), mentions


def test_a_first_surname_in_the_middle_is_the_persons_not_a_sisters():
    """Spanish and Portuguese names carry the father's surname in the middle ("Rodrigo Alcántara
    Fuentes"): "Alcántara", written before his sister is named, is him."""
    ents = resolve(story(("Rodrigo Alcántara Fuentes", "PERSON", 0), ("Alcántara", "PERSON", 150),
                         ("Valentina Alcántara", "PERSON", 250)))
    assert entity_of(ents, "Alcántara").label == "Rodrigo Alcántara Fuentes"
    assert entity_of(ents, "Valentina Alcántara").label == "Valentina Alcántara"


def test_a_given_name_and_first_surname_is_the_full_name_of_two_surnames_in_another_story():
    """A translated story's "the president of the Peasant Community of Huaraca, Mr. Teodoro Mamani
    Condori", a wire story's "Teodoro Mamani": the given name and the father's surname, the
    mother's dropped; both stories name Huaraca. In one document such a form is another person
    ("His son Joseph-Octave" beside "Joseph Octave Mousseau")."""
    ents = resolve([m("Teodoro Mamani Condori", start=0, doc="a"), m("Huaraca", "GPE", start=100, doc="a"),
                    m("Teodoro Mamani", start=0, doc="b"), m("Huaraca", "GPE", start=100, doc="b")])
    assert entity_of(ents, "Teodoro Mamani").label == "Teodoro Mamani Condori"
    ents = resolve(story(("Joseph Octave Mousseau", "PERSON", 0), ("Joseph Octave", "PERSON", 150)))
    assert entity_of(ents, "Joseph Octave").label == "Joseph Octave"
    # an everyday word last is no surname: "William Washington House" is a house
    ents = resolve([m("William Washington House", start=0, doc="a"), m("Huaraca", "GPE", start=100, doc="a"),
                    m("William Washington", start=0, doc="b"), m("Huaraca", "GPE", start=100, doc="b")])
    assert entity_of(ents, "William Washington").label == "William Washington"


def test_a_first_name_ner_typed_as_a_company_joins_the_full_name_written_before_it():
    # "The Indonesian president Prabowo Subianto met … Prabowo, who took office in October" (NER: ORG)
    ents = resolve(story(("Prabowo Subianto", "PERSON"), ("Prabowo", "ORG")))
    assert len(ents) == 1 and ents[0].reasons["Prabowo"] == "name_part" and ents[0].label == "Prabowo Subianto"
    # an English word may be the club ("Chelsea Clinton … Chelsea beat Arsenal"); a name first may be another
    assert len(resolve(story(("Chelsea Clinton", "PERSON"), ("Chelsea", "ORG")))) == 2
    assert len(resolve(story(("Prabowo", "ORG"), ("Prabowo Subianto", "PERSON")))) == 2
