"""kg.merge_spellings: one person's name spelled two ways in one document (``transliteration``,
``patronymic``, ``surname_initials``), and the similar names of two people that must stay apart."""

from __future__ import annotations

from kg.merge_spellings import spelled_as
from kg.model import Mention
from kg.resolve import resolve
from kg.transliteration import same_name_word, spelling_key


def m(text: str, type_: str = "PERSON", start: int = 0, sent: int | None = None) -> Mention:
    """A mention in its own sentence unless ``sent`` says which."""
    sent = start if sent is None else sent
    return Mention(doc="d", start=start, end=start + len(text), text=text, type=type_, sent_start=sent, sent_end=sent + 99)


def groups(*mentions: Mention) -> list[set[str]]:
    """The entities of one document (as their mention texts) with more than one name."""
    out = [{x.text for x in e.mentions} for e in resolve(list(mentions))]
    return [g for g in out if len(g) > 1]


def reasons(*mentions: Mention) -> dict[str, str]:
    return {k: v for e in resolve(list(mentions)) for k, v in e.reasons.items()}


def test_two_transliterations_of_a_full_name_are_one_person_and_the_surname_then_fits_one():
    """"The official representative ... Maria Zakharova declared ... Mariya Zakharova underlined,
    ..." with a headline "Zakharova commented the statement of Borrell": the surname fitted two
    people until the two spellings were one."""
    ms = (m("Zakharova", start=0), m("Maria Zakharova", start=100), m("Mariya Zakharova", start=300))
    assert groups(*ms) == [{"Zakharova", "Maria Zakharova", "Mariya Zakharova"}]
    assert reasons(*ms)["Mariya Zakharova"] == "transliteration"


def test_a_surname_spelled_another_way_joins_the_full_name():
    """German "Wolodymyr Selenskyj", then the English "Zelensky": "Zelensky had before in Aachen
    the Charlemagne Prize received."."""
    ms = (m("Wolodymyr Selenskyj", start=0), m("Zelensky", start=200))
    assert groups(*ms) == [{"Wolodymyr Selenskyj", "Zelensky"}]
    assert reasons(*ms)["Zelensky"] == "transliteration"


def test_a_surname_spelled_another_way_and_typed_as_no_person_joins_the_full_name():
    ms = (m("Volodymyr Zelensky", start=0), m("Zelenskyy", "ORG", start=200))
    assert groups(*ms) == [{"Volodymyr Zelensky", "Zelenskyy"}]
    assert groups(m("Volodymyr Zelensky", start=0), m("Wolodymyr", "ORG", start=200)) == []  # not as a first name


def test_a_name_and_its_fathers_name_open_the_full_name():
    """"Prince Mohammed bin Salman bin Abdulaziz Al Saud ... Muhammad bin Salman expressed his
    thanks to Infantino.": the vowels Arabic leaves unwritten, and the name cut after the father's."""
    full = m("Mohammed bin Salman bin Abdulaziz Al Saud", start=0)
    assert groups(full, m("Muhammad bin Salman", start=200)) == [{full.text, "Muhammad bin Salman"}]
    assert reasons(full, m("Mohammed bin Salman", start=200))["Mohammed bin Salman"] == "patronymic"
    assert groups(full, m("Salman bin Abdulaziz", start=200)) == []  # his father


def test_the_family_name_first_and_last_is_one_person():
    """"Prime Minister Kishida Fumio met at the Prime Minister's Office ..." then "Fumio Kishida
    said ..." and "Kishida": Japanese order, then English."""
    ms = (m("Kishida Fumio", start=0), m("Fumio Kishida", start=100), m("Kishida", start=200))
    assert groups(*ms) == [{"Kishida Fumio", "Fumio Kishida", "Kishida"}]
    assert "name_order" in reasons(*ms).values()
    assert groups(m("Kishida Fumio", start=0, sent=0), m("Fumio Kishida", start=20, sent=0)) == []


def test_surname_with_initials_after_the_full_name():
    """"The head of the Rosneft company Igor Sechin met in Moscow ... Sechin I.I. noted, ..."
    (NER read "Igor Sechin" as an ORG there)."""
    ms = (m("Igor Sechin", "ORG", start=0), m("Sechin I.I.", start=200))
    assert groups(*ms) == [{"Igor Sechin", "Sechin I.I."}]
    assert reasons(*ms)["Sechin I.I."] == "surname_initials"
    assert [e.label for e in resolve(list(ms))] == ["Igor Sechin"]  # the full name labels him
    assert groups(m("Igor Ivanovich Sechin", start=0), m("I.I. Sechin", start=200)) != []
    assert groups(m("Igor Petrovich Sechin", start=0), m("Sechin I.I.", start=200)) == []  # a second initial that differs


def test_initials_before_the_surname_never_label_the_person():
    """"Kassym-Jomart Tokayev met ... K. Tokayev praised ...": NER read the full name as an ORG, so
    the person's forms were only "K. Tokayev"; the full name labels him all the same."""
    ms = (m("Kassym-Jomart Tokayev", "ORG", start=0), m("K. Tokayev", start=200))
    assert groups(*ms) == [{"Kassym-Jomart Tokayev", "K. Tokayev"}]
    assert [e.label for e in resolve(list(ms))] == ["Kassym-Jomart Tokayev"]


def test_a_one_word_camelcased_name_is_abbreviated_by_its_capitals():
    """"The chairman of KazMunayGas ... instructed KMG to ...": a company's CamelCased name and the
    acronym of its capitals are one body; an acronym of other capitals is not."""
    ms = (m("KazMunayGas", "ORG", start=0), m("KMG", "ORG", start=200))
    assert groups(*ms) == [{"KazMunayGas", "KMG"}]
    assert groups(m("KazMunayGas", "ORG", start=0), m("KGM", "ORG", start=200)) == []


def test_similar_names_of_two_people_stay_apart():
    for a, b in (("John Smith", "Jon Smith"), ("Maria Rossi", "Mario Rossi"), ("Tim Jones", "Tom Jones"),
                 ("Jan Kowalski", "Ian Kowalski"), ("Paul Desmarais Jr.", "Paul Desmarais Sr."),
                 ("Sara Lund", "Sarah Lund"), ("False Dmitri I", "False Dmitri II"), ("Imran Khan", "Imran Chan")):
        assert groups(m(a, start=0), m(b, start=200)) == [], (a, b)


def test_two_spellings_written_side_by_side_are_two_people():
    """"Maria Zakharova and her namesake Mariya Zakharova ..." names two people; "The Secretary of
    the Executive Committee of the PLO Hussein al-Sheikh attended the meeting, and Hussain Al
    Sheikh later met the Egyptian intelligence chief Abbas Kamel in Cairo." names one, twice."""
    a, b = m("Maria Zakharova", start=0, sent=0), m("Mariya Zakharova", start=33, sent=0)
    assert groups(a, b) == []
    a, b = m("Hussein al-Sheikh", start=52, sent=0), m("Hussain Al Sheikh", start=95, sent=0)
    assert groups(a, b) == [{a.text, b.text}]


def test_a_short_form_that_fits_two_people_stays_apart():
    """"Zelensky" fits "Wolodymyr Selenskyj" as spelled and "Olena Zelensky" as written."""
    ms = (m("Wolodymyr Selenskyj", start=0), m("Olena Zelensky", start=100), m("Zelensky", start=200))
    assert not any("Zelensky" in g and "Wolodymyr Selenskyj" in g for g in groups(*ms))


def test_initials_before_the_full_name_or_fitting_two_people_stay_apart():
    """"... the first Altınordu S.K. player ... since Sait Altınordu, the iconic player of the
    club" (Re-DocRED dev): a club's initials, written before the player is named."""
    assert groups(m("Altınordu S.K.", start=0), m("Sait Altınordu", start=100)) == []
    assert groups(m("Igor Sechin", start=0), m("Ivan Sechin", start=50), m("Sechin I.", start=200)) == []


def test_the_word_comparison():
    assert spelling_key("Wolodymyr") == spelling_key("Volodymyr")
    assert same_name_word("Aleksey", "Alexei") and same_name_word("Hassan", "Hasan")
    assert not same_name_word("Marie", "Mario") and not same_name_word("Karl", "Carl")
    assert spelled_as(["zelensky"], ["olena", "zelensky"]) == "surname"


def _in(doc: str, text: str) -> Mention:
    return Mention(doc=doc, start=0, end=len(text), text=text, type="PERSON", sent_start=0, sent_end=99)


def test_across_documents_a_full_name_spelled_two_ways_or_with_a_patronymic_is_one_person():
    """``corpus_spelling``: "Volodymyr Zelensky" in one story and "Volodymyr Zelenskyy" in another;
    "Vladimir Putin" and the formal "Vladimir Vladimirovich Putin"."""
    ents = resolve([_in("a", "Volodymyr Zelensky"), _in("b", "Volodymyr Zelenskyy"),
                    _in("c", "Vladimir Putin"), _in("d", "Vladimir Vladimirovich Putin")])
    together = sorted(sorted({x.text for x in e.mentions}) for e in ents)
    assert together == [["Vladimir Putin", "Vladimir Vladimirovich Putin"], ["Volodymyr Zelensky", "Volodymyr Zelenskyy"]]
    why = {k: v for e in ents for k, v in e.reasons.items()}
    assert why["Volodymyr Zelenskyy"] == "transliteration" and why["Vladimir Vladimirovich Putin"] == "patronymic"


def test_across_documents_other_names_stay_apart():
    """A middle name that is no patronymic, a vowel that tells two names apart, a surname alone."""
    ents = resolve([_in("a", "John Smith"), _in("b", "John Michael Smith"), _in("c", "Mario Rossi"),
                    _in("d", "Maria Rossi")])
    assert all(len(e.mentions) == 1 for e in ents)


def test_across_documents_initials_join_the_one_full_name_they_spell():
    """``initials``: "LK Advani" / "L.K. Advani" in two stories, "Lal Krishna Advani" in a third;
    with two full names the initials spell ("Lakshmi Kant Advani" too), they stay apart."""
    ents = resolve([_in("a", "LK Advani"), _in("b", "Lal Krishna Advani"), _in("c", "L.K. Advani")])
    assert [sorted(x.text for x in e.mentions) for e in ents] == [["L.K. Advani", "LK Advani", "Lal Krishna Advani"]]
    ents = resolve([_in("a", "LK Advani"), _in("b", "Lal Krishna Advani"), _in("c", "Lakshmi Kant Advani")])
    assert all(len(e.mentions) == 1 for e in ents)
    ents = resolve([_in("a", "J Smith"), _in("b", "John Smith")])  # one bare capital says too little
    assert all(len(e.mentions) == 1 for e in ents)


def test_across_documents_one_initial_joins_the_surnames_one_full_name():
    """"B. Sidikov" (translated news names an official so) joins "Bahodir Sidikov" of another story
    when the corpus has no other full name of that surname; beside "Anvar Sidikov", or beside a full
    name whose initial differs, it stays apart."""
    ents = resolve([_in("a", "Bahodir Sidikov"), _in("b", "B. Sidikov")])
    assert [sorted(x.text for x in e.mentions) for e in ents] == [["B. Sidikov", "Bahodir Sidikov"]]
    ents = resolve([_in("a", "Bahodir Sidikov"), _in("b", "B. Sidikov"), _in("c", "Anvar Sidikov")])
    assert all(len(e.mentions) == 1 for e in ents)
    ents = resolve([_in("a", "Timur Sidikov"), _in("b", "B. Sidikov")])
    assert all(len(e.mentions) == 1 for e in ents)


def test_across_documents_a_hyphenated_given_name_has_an_initial_per_part():
    """"K. Tokayev" is the first given name's initial of "Kassym-Jomart Tokayev"; "JP Raffarin"
    spells both parts of "Jean-Pierre Raffarin"."""
    ents = resolve([_in("a", "Kassym-Jomart Tokayev"), _in("b", "K. Tokayev")])
    assert [sorted(x.text for x in e.mentions) for e in ents] == [["K. Tokayev", "Kassym-Jomart Tokayev"]]
    ents = resolve([_in("a", "Jean-Pierre Raffarin"), _in("b", "JP Raffarin")])
    assert [sorted(x.text for x in e.mentions) for e in ents] == [["JP Raffarin", "Jean-Pierre Raffarin"]]


def test_a_given_name_and_its_nickname_are_one_person_in_a_document_and_across_documents():
    """``nickname``: "Mayor Rudolph Giuliani ... Rudy Giuliani said" in one story; "Bill Frist" in
    one story and "William Frist" in another (kg.lexicon.nicknames)."""
    ms = (m("Rudolph Giuliani", start=0), m("Rudy Giuliani", start=200))
    assert groups(*ms) == [{"Rudolph Giuliani", "Rudy Giuliani"}]
    assert reasons(*ms)["Rudy Giuliani"] == "nickname"
    ents = resolve([_in("a", "Bill Frist"), _in("b", "William Frist")])
    assert [sorted(x.text for x in e.mentions) for e in ents] == [["Bill Frist", "William Frist"]]
    assert "nickname" in {v for e in ents for v in e.reasons.values()}


def test_a_nickname_the_table_gives_for_another_gender_or_another_full_name_stays_apart():
    """The table lists "Jack" for "Jacqueline" and "Lisa" for "Alice": two people of one surname;
    so are two names that differ in the surname, and a nickname written beside the full name."""
    for a, b in (("Jacqueline Ryan", "Jack Ryan"), ("Alice Moreau", "Lisa Moreau"), ("Rudolph Giuliani", "Rudy Gallo")):
        assert groups(m(a, start=0), m(b, start=200)) == [], (a, b)
        assert all(len(e.mentions) == 1 for e in resolve([_in("a", a), _in("b", b)])), (a, b)
    assert groups(m("Robert Hale", start=0, sent=0), m("Bob Hale", start=24, sent=0)) == []
