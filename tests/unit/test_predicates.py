"""The predicate vocabulary (kg/data/predicates.yaml) and its mapping (kg/predicates.py), without
the model.

Every example of the table is a test: an ``edge`` example tests the mapping here; a sentence
example goes through the real model in tests/model/test_predicate_examples.py; the seed build's
typed edges are checked in tests/e2e/test_predicates_seed.py.
"""

from __future__ import annotations

import re

import pytest
from kg import infer

from kg.predicates import OTHER, by_name, classify, edge_attributes, node_types, vocabulary

EDGE_EXAMPLES = [pytest.param(p.name, e, id=f"{p.name}:{e['edge'][1]}")
                 for p in vocabulary() for e in p.examples if "edge" in e]


def test_the_vocabulary_is_well_formed():
    names = [p.name for p in vocabulary()]
    assert len(names) == len(set(names))
    known_types = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART",
                   "COUNTRY", "CONTINENT", "PARTY", "AWARD", "RELIGION", "NATIONALITY", "WATER", "RANGE", "DIVISION", "SEA", "CONFLICT", "LABEL",
                   "GOVERNMENT", "LEGISLATURE", "INSTITUTION", "LEAGUE"}
    derived = {row.then for row in infer.table()[1]}  # a predicate only derivations state needs no cue
    for p in vocabulary():
        assert p.examples, f"{p.name} has no example"
        assert p.head <= known_types and p.tail <= known_types, p.name
        assert p.verbs or p.nouns or p.rules or p.name in derived, f"{p.name} has no cue"
        for pid in (p.wikidata, p.wikidata_inverse):
            assert pid is None or re.fullmatch(r"P\d+", pid), p.name
        if p.inverse:
            assert p.inverse in by_name(), f"{p.name}: unknown inverse {p.inverse}"
            back = by_name()[p.inverse]
            assert back.inverse in (None, p.name), (p.name, back.name)


@pytest.mark.parametrize("name, example", EDGE_EXAMPLES)
def test_example_edge_gets_its_predicate(name, example):
    """Phrases the relation rules do not produce yet (``album by``) or declare (``nationality``)."""
    rule, relation, head_type, tail_type = example["edge"]
    got = edge_attributes(relation, rule, node_types(head_type, example.get("head", "")),
                          node_types(tail_type, example.get("tail", "")), declared=example.get("declared"))
    assert got == by_name()[name].attributes()


@pytest.mark.parametrize("relation, rule, head, tail, expected", [
    # citizenship: only a person, only to a country or a nationality
    ("citizen of", "appos", ("PERSON", "Marie Curie"), ("GPE", "France"), "citizenship"),
    ("citizen of", "appos", ("PERSON", "Marie Curie"), ("GPE", "Paris"), OTHER),
    ("citizen of", "appos", ("ORG", "Airbus"), ("GPE", "France"), OTHER),
    ("american", "nationality", ("PERSON", "Bob Dylan"), ("NORP", "American"), "citizenship"),
    ("american", "nationality", ("WORK_OF_ART", "Jaws"), ("NORP", "American"), "country_of_origin"),
    ("american", "nationality", ("ORG", "Ford"), ("NORP", "American"), "country"),
    # a NORP is a nationality unless it names a religion or a political group (its party)
    ("catholic", "nationality", ("PERSON", "Thomas More"), ("NORP", "Catholic"), "religion"),
    ("republican", "nationality", ("PERSON", "Bob Dole"), ("NORP", "Republican"), "member_of_political_party"),
    ("republican", "nationality", ("ORG", "Senate"), ("NORP", "Republican"), OTHER),
    ("citizen of", "appos", ("PERSON", "Bob Dole"), ("NORP", "Sunni Muslims"), OTHER),
    # ... and stands for a country only where a rule says it is a nationality
    ("film in", "copula", ("WORK_OF_ART", "Hero"), ("NORP", "Chinese"), OTHER),
    ("priest of", "appos", ("PERSON", "John Smith"), ("ORG", "Roman Catholic Church"), "religion"),
    ("member of", "copula", ("ORG", "Pittsburgh Catholic"), ("ORG", "Catholic Press Association"), "member_of"),
    # headquarters: only an organisation, only to a place
    ("headquartered in", "prep", ("ORG", "Siemens"), ("GPE", "Munich"), "headquarters"),
    ("headquartered in", "prep", ("PERSON", "Jane Doe"), ("GPE", "Munich"), OTHER),
    ("headquartered in", "prep", ("ORG", "Siemens"), ("PERSON", "Jane Doe"), OTHER),
    # a place in a country is `country`, in a region `located_in`, on a continent `continent`
    ("located in", "prep", ("GPE", "Lyon"), ("GPE", "France"), "country"),
    ("located in", "prep", ("GPE", "Lyon"), ("GPE", "Auvergne-Rhône-Alpes"), "located_in"),
    ("located in", "prep", ("GPE", "Mali"), ("LOC", "Africa"), "continent"),
    # born: a person, at a place
    ("born in", "prep", ("PERSON", "Ada Lovelace"), ("GPE", "London"), "place_of_birth"),
    ("born in", "prep", ("NORP", "Americans"), ("GPE", "London"), OTHER),
    # the phrase names what NER got wrong (implied_types): a town typed PERSON, a person ORG
    ("born in", "prep", ("ORG", "Acme"), ("GPE", "London"), "place_of_birth"),
    ("born at", "prep", ("PERSON", "Henrik Angell"), ("PERSON", "Luster"), "place_of_birth"),
    ("town in", "appos", ("PERSON", "Franklin Lakes"), ("GPE", "New Jersey"), "located_in"),
    ("politician in", "appos", ("PERSON", "Jane Doe"), ("GPE", "New Jersey"), OTHER),
    ("located in", "place_chain", ("PERSON", "Luster"), ("GPE", "Sogn og Fjordane"), "located_in"),
    ("fourth studio album of", "possessive", ("GPE", "Load"), ("ORG", "Metallica"), "performer"),
    ("son of", "appos", ("PERSON", "John Smith"), ("ORG", "Joseph Smith"), "child_of"),
    ("son of", "appos", ("NORP", "Americans"), ("ORG", "Joseph Smith"), OTHER),
    ("starred", "svo", ("ORG", "The Crowd"), ("PERSON", "Eleanor Boardman"), "cast_member"),
    ("starred in", "prep", ("PERSON", "Eleanor Boardman"), ("WORK_OF_ART", "The Crowd"), "cast_in"),
    ("born in", "prep", ("PERSON", "Ada Lovelace"), ("DATE", "1815"), OTHER),
    # a party is a party by its name; other organisations joined are no party
    ("member of", "appos", ("PERSON", "Tom Hale"), ("ORG", "Labour Party"), "member_of_political_party"),
    ("member of", "appos", ("PERSON", "Tom Hale"), ("ORG", "NATO"), "member_of"),
    # a role's noun decides, whatever its modifiers
    ("former chief executive officer of", "appos", ("PERSON", "Jane Doe"), ("ORG", "Acme"), "chief_executive_of"),
    ("president of", "title", ("PERSON", "Jane Doe"), ("GPE", "France"), "head_of_state_of"),
    ("president of", "title", ("PERSON", "Jane Doe"), ("ORG", "Acme"), "leader_of"),
    # a content verb is the relation; a support verb lets its object noun speak
    ("stopped acquisition of", "object_prep", ("ORG", "CFIUS"), ("ORG", "MoneyGram"), "blocked"),
    ("completed acquisition of", "object_prep", ("ORG", "Ant"), ("ORG", "MoneyGram"), "acquired"),
    ("filed lawsuit against", "object_prep", ("ORG", "Epic"), ("ORG", "Apple"), "sued"),
    ("dismissed lawsuit against", "object_prep", ("ORG", "Epic"), ("ORG", "Apple"), OTHER),
    # an owner's noun ("its backup server in") is no place of the owner
    ("backup server in", "existential", ("ORG", "TikTok"), ("GPE", "Singapore"), OTHER),
    ("town in", "appos", ("GPE", "Oakland"), ("GPE", "California"), "located_in"),
    ("borders", "svo", ("GPE", "Belgium"), ("LOC", "North Sea"), "next_to_body_of_water"),
    ("borders", "svo", ("GPE", "Belgium"), ("GPE", "France"), "shares_border_with"),
    # a war is a conflict, another event is taken part in
    ("fought in", "prep", ("PERSON", "John Smith"), ("EVENT", "the Korean War"), "conflict"),
    ("competed in", "prep", ("PERSON", "John Smith"), ("EVENT", "the Olympic Games"), "participant_in"),
    # a band's musician is its member, a legislator holds a seat rather than a membership
    ("member of", "copula", ("PERSON", "Christopher Franke"), ("PERSON", "Tangerine Dream"), "member_of"),
    ("bandmate in", "appos", ("PERSON", "Bob Gaudio"), ("EVENT", "The Four Seasons"), "member_of"),
    ("bandmate of", "appos", ("PERSON", "Bob Gaudio"), ("PERSON", "Frankie Valli"), OTHER),
    ("singer of", "appos", ("PERSON", "Pete Ham"), ("ORG", "Welsh"), OTHER),
    ("member of", "appos", ("PERSON", "Mike Padden"), ("ORG", "Washington State Senate"), "member_of_legislature"),
    # a part of a place read through a verb is the verb's phrase: a noun's "* in" is no cue for it
    ("declared state in", "prep_part", ("GPE", "Peru"), ("GPE", "Cusco"), OTHER),
    ("located in", "prep_part", ("ORG", "Forest Park"), ("GPE", "St. Louis"), "located_in"),
    # nothing fits: the phrase stays, the predicate is `other`
    ("regarded", "svo", ("PERSON", "Zuckerberg"), ("ORG", "TikTok"), OTHER),
])
def test_type_guards(relation, rule, head, tail, expected):
    got = edge_attributes(relation, rule, node_types(*head), node_types(*tail))["predicate"]
    assert got == expected


def test_a_declared_predicate_wins_and_is_still_guarded():
    person, country = node_types("PERSON", "Bob Dylan"), node_types("GPE", "United States")
    assert classify("lives near", "appos", person, country, declared="citizenship").name == "citizenship"
    assert classify("lives near", "appos", node_types("ORG", "Acme"), country, declared="citizenship") is None
    assert classify("born in", "prep", person, country, declared="no_such_predicate") is None


def test_a_denied_statement_keeps_its_predicate_but_no_wikidata():
    person, city = node_types("PERSON", "Ada Lovelace"), node_types("GPE", "London")
    assert edge_attributes("born in", "prep", person, city, negated=True) == {"predicate": "place_of_birth"}


def test_the_graph_uses_a_rule_s_declared_predicate():
    """``Triple.predicate`` (set by a relation rule) reaches the edge through kg.graph."""
    from kg.graph import build_graph
    from kg.model import DocResult, Evidence, Mention, Triple
    from kg.resolve import resolve

    text = "Bob Dylan, an American songwriter."
    mentions = [Mention("d", 0, 9, "Bob Dylan", "PERSON", 0, len(text)),
                Mention("d", 14, 22, "American", "NORP", 0, len(text))]
    triple = Triple(0, "american", 1, Evidence("d", text, 0, len(text)), 0.8, "nationality_x",
                    predicate="citizenship")
    result = DocResult("d", mentions=mentions, triples=[triple])
    G = build_graph(resolve(mentions), [result])
    (_, _, data), = G.edges(data=True)
    assert (data["predicate"], data["wikidata"], data["relation"]) == ("citizenship", "P27", "american")


def _nationality_graph(head_types: list[str]):
    """A graph of "Ara Vardanyan … Armenian" whose name's mentions NER typed ``head_types``, the
    first of them the head of the nationality edge."""
    from kg.graph import build_graph
    from kg.model import DocResult, Evidence, Mention, Triple
    from kg.resolve import resolve

    text = "Ara Vardanyan is an Armenian chess player. Ara Vardanyan won. Ara Vardanyan lost."
    starts = [0, 43, 62]
    mentions = [Mention("d", s, s + 13, "Ara Vardanyan", t, 0, len(text)) for s, t in zip(starts, head_types)]
    mentions.append(Mention("d", 20, 28, "Armenian", "NORP", 0, 42))
    triple = Triple(0, "nationality", 3, Evidence("d", text, 0, 42), 0.8, "nationality")
    G = build_graph(resolve(mentions), [DocResult("d", mentions=mentions, triples=[triple])])
    (u, _, data), = G.edges(data=True)
    return G.nodes[u]["type"], data["predicate"]


def test_an_edge_is_typed_by_its_node_s_type_before_its_mention_s():
    """NER typed the sentence's "Ara Vardanyan" a body and the name's two other mentions a person:
    the node is a person, and a person's nationality is a citizenship, not a body's country."""
    assert _nationality_graph(["ORG", "PERSON", "PERSON"]) == ("PERSON", "citizenship")
    # a body the document calls so throughout keeps the body's reading
    assert _nationality_graph(["ORG", "ORG", "ORG"]) == ("ORG", "country")


def test_a_mention_s_type_types_the_edge_where_its_node_s_fits_no_predicate():
    """"a French skier" read in a sentence where NER typed the name a person, whose node is a
    body: the node's type fits no predicate of the rule, the mention's does."""
    from kg.graph import build_graph
    from kg.model import DocResult, Evidence, Mention, Triple
    from kg.resolve import resolve

    text = "Piccard, a French skier. Piccard AG sold. Piccard AG grew."
    mentions = [Mention("d", 0, 7, "Piccard", "PERSON", 0, 24), Mention("d", 11, 17, "French", "NORP", 0, 24),
                Mention("d", 25, 35, "Piccard AG", "ORG", 25, 41), Mention("d", 42, 52, "Piccard AG", "ORG", 42, 57)]
    triple = Triple(0, "nationality", 1, Evidence("d", text, 0, 24), 0.8, "nationality_person")
    G = build_graph(resolve(mentions), [DocResult("d", mentions=mentions, triples=[triple])])
    (u, _, data), = G.edges(data=True)
    assert (G.nodes[u]["type"], data["predicate"]) == ("ORG", "citizenship")


def test_the_readme_table_is_the_vocabulary():
    """README's predicate table is generated from kg/data/predicates.yaml and must stay equal to it."""
    from kg.predicates import markdown_table

    from conftest import ROOT

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("<!-- predicates:start")
    start = text.index("\n", start) + 1
    end = text.index("<!-- predicates:end -->")
    assert text[start:end].rstrip("\n") == markdown_table()


def test_a_label_releasing_is_the_label_a_band_releasing_its_work():
    """"Epic Records released Thriller": the album's record label (P264 read back, restated by a
    derivation), not the label's notable work; "Metallica released Load" stays a notable work."""
    assert "LABEL" in node_types("ORG", "Epic Records") and "LABEL" not in node_types("ORG", "Metallica")
    assert classify("released", "svo", node_types("ORG", "Epic Records"), {"WORK_OF_ART"}).name == "label_of"
    assert classify("released", "svo", node_types("ORG", "Metallica"), {"WORK_OF_ART"}).name == "notable_work"


@pytest.mark.parametrize("label, refined, not_refined", [
    ("Australian Parliament", {"GOVERNMENT", "LEGISLATURE"}, set()),
    ("House of Commons", {"GOVERNMENT", "LEGISLATURE"}, set()),
    ("Norwegian Government", {"GOVERNMENT"}, {"LEGISLATURE"}),
    ("Dublin City Council", {"LEGISLATURE"}, {"GOVERNMENT"}),  # a city's: its country is not its jurisdiction
    ("Queensland Tourism Industry Council", set(), {"LEGISLATURE", "GOVERNMENT"}),  # a trade body, no place's council
    ("United Nations Security Council", set(), {"LEGISLATURE"}),
    ("University of Alberta", {"INSTITUTION"}, {"GOVERNMENT", "LEGISLATURE"}),
    ("Beijing Jinyu Group", set(), {"INSTITUTION", "GOVERNMENT", "LEGISLATURE"}),
    ("Angleton Intermediate School", set(), {"INSTITUTION"}),
    ("Philadelphia Museum of Art", {"INSTITUTION"}, set()),
    ("Boston Symphony Orchestra", {"INSTITUTION"}, set()),
    ("Episcopal Diocese of Connecticut", {"INSTITUTION"}, set()),
    ("Parliament Street Records", {"LABEL"}, {"GOVERNMENT", "LEGISLATURE"}),
])
def test_government_legislature_and_institution_names(label, refined, not_refined):
    types = node_types("ORG", label)
    assert refined <= types and not types & not_refined
    assert not node_types("GPE", label) & {"GOVERNMENT", "LEGISLATURE", "INSTITUTION"}  # organisations only


def test_a_peak_in_a_mountain_range_is_a_part_of_it_not_in_a_territory():
    """"Mount Tyree is located in the Ellsworth Mountains": P361, where "in Colorado" is P131."""
    assert "RANGE" in node_types("LOC", "Ellsworth Mountains") and "RANGE" in node_types("GPE", "Sentinel Range")
    assert "RANGE" not in node_types("GPE", "Beverly Hills") and "RANGE" not in node_types("PERSON", "Tom Range")
    tyree = node_types("ORG", "Mount Tyree")
    assert edge_attributes("located in", "place_chain", tyree, node_types("LOC", "Ellsworth Mountains")) == {
        "predicate": "part_of_range", "wikidata": "P361"}
    assert edge_attributes("located in", "place_chain", tyree, node_types("GPE", "Colorado"))["wikidata"] == "P131"


@pytest.mark.parametrize("relation, rule, tail, expected", [
    ("wrote", "svo", ("ORG", "Woody Woodpecker Song"), "notable_work"),  # NER's ORG: the verb says a work
    ("directed", "passive", ("GPE", "Thira"), "director_of"),
    ("recorded", "svo", ("ORG", "Music Row II"), "performer_of"),
    ("directed", "svo", ("PERSON", "Tom Hanks"), OTHER),  # a director directs actors
    ("wrote for", "prep", ("ORG", "Chicago Tribune"), OTHER),  # the verb is not the whole phrase
    ("led", "svo", ("ORG", "Acme Corp"), "leader_of"),  # no work verb
    ("sang", "such_as", ("ORG", "Kundry"), OTHER),  # a singer sings roles
    ("produced", "svo", ("ORG", "City Bike"), OTHER),  # and a maker produces products
])
def test_a_work_verb_alone_makes_its_object_a_work(relation, rule, tail, expected):
    got = classify(relation, rule, node_types("PERSON", "Vineeth Sreenivasan"), node_types(*tail))
    assert (got.name if got else OTHER) == expected


def test_a_place_in_antarctica_is_on_a_continent_not_in_a_country():
    """"Mount Shinn is a mountain in Antarctica": Antarctica has an ISO code but is a continent only
    (P30); Australia is a country too, and a city in it is in that country (P17)."""
    shinn = node_types("LOC", "Mount Shinn")
    assert "COUNTRY" not in node_types("GPE", "Antarctica") and "CONTINENT" in node_types("GPE", "Antarctica")
    assert edge_attributes("located in", "prep", shinn, node_types("GPE", "Antarctica"))["wikidata"] == "P30"
    assert {"COUNTRY", "CONTINENT"} <= node_types("GPE", "Australia")
    assert edge_attributes("located in", "prep", node_types("GPE", "Sydney"), node_types("GPE", "Australia"))["wikidata"] == "P17"


def test_a_character_or_a_starring_role_makes_its_tail_a_work_but_not_a_person():
    """"the central character of the Mahabharata" (NER: ORG), "starred in Mad Dogs" (ORG): the
    noun and the verb say the tail is a work; "Clancy's character Jack Ryan" names an author."""
    arjuna = node_types("PERSON", "Arjuna")
    assert edge_attributes("central character of", "class_noun", arjuna, node_types("ORG", "Mahabharata")) == {
        "predicate": "present_in_work", "wikidata": "P1441"}
    assert edge_attributes("character of", "possessive", node_types("PERSON", "Jack Ryan"),
                           node_types("PERSON", "Tom Clancy")) == {"predicate": "other"}
    assert edge_attributes("starred in", "prep", node_types("PERSON", "Michael Imperioli"),
                           node_types("ORG", "Mad Dogs"))["wikidata_inverse"] == "P161"


@pytest.mark.parametrize("label, nationality", [
    ("Angolan", True), ("Slovak", True),  # "an Angolan sport shooter": NER's GPE
    ("Georgia", False), ("Luanda", False), ("Angola", False),  # a country, a city: no people
])
def test_a_peoples_adjective_typed_a_place_is_a_nationality(label, nationality):
    assert ("NATIONALITY" in node_types("GPE", label)) is nationality


def test_what_a_town_is_in_is_a_place_but_not_what_it_is_of():
    """"a town in the Moravian-Silesian Region" (NER: ORG) is located in it; "successor
    municipality of" Hol implies no place."""
    assert classify("town in", "class_noun", {"GPE"}, {"ORG"}).wikidata == "P131"
    assert classify("successor municipality of", "possessive", {"GPE"}, {"NORP"}) is None


def test_a_place_in_a_body_of_water_is_next_to_it_not_in_a_territory():
    assert classify("located in", "place_chain", {"GPE"}, node_types("LOC", "Mediterranean Sea")).wikidata == "P206"
    assert classify("located in", "place_chain", {"GPE"}, node_types("GPE", "Texas")).wikidata == "P131"


def test_a_team_plays_in_a_league_a_city_or_a_state_does_not():
    """"Premier League side Leicester City" (NER: GPE; "side" makes it a team) is in the league;
    "a team based in Beijing, China, which plays in the North Division" read onto the city is not;
    the Arab League's member states are members, not teams."""
    league = node_types("ORG", "Premier League")
    assert "LEAGUE" in league and "LEAGUE" not in node_types("ORG", "League")
    assert classify("side of", "org_modifier", {"GPE"}, league).wikidata == "P118"
    assert classify("play in", "prep", {"GPE"}, node_types("ORG", "North Division")) is None
    assert classify("member of", "appos", {"GPE"}, node_types("ORG", "Arab League")).name == "member_of"


@pytest.mark.parametrize("label, party", [
    ("Democratic Alliance for Wananchi Nationwide", True),  # the head before "for", a political word
    ("People's Progressive Movement", True),
    ("Union for a Popular Movement", True),
    ("Patriotic Front", True),
    ("National Football League", False),  # a party's kind word, no political word
    ("European Union", False),
    ("Trades Union Congress", False),
    ("Progressive Insurance", False),  # a political word, no party's kind word
])
def test_a_party_named_by_another_kind_word_and_a_political_one(label, party):
    from kg.predicates import node_types

    assert ("PARTY" in node_types("ORG", label)) is party


def test_a_persons_full_name_is_no_birthplace_whatever_the_phrase():
    """"He was born in Berthier, the son of X, and Sophie Duteau": the parser may hang the mother on
    "born in"; a name opening on a given name (FULL_NAME) gains no place type from the verb, while
    a one-word name NER typed a person still does ("born in Kalasin", NER: PERSON)."""
    from kg.predicates import classify, node_types

    person = node_types("PERSON", "Joseph Mousseau")
    assert "FULL_NAME" in node_types("PERSON", "Sophie Duteau")
    found = classify("born in", "prep", person, node_types("PERSON", "Sophie Duteau"))
    assert found is None or found.name != "place_of_birth"
    assert classify("born in", "prep", person, node_types("PERSON", "Kalasin")).name == "place_of_birth"
