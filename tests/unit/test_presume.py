"""Document-level presumptions (kg/presume.py) on hand-built documents: a document that names one
country places its places and organisations in it; one that names two, a place with a country of
its own, a place two documents disagree on, a person or an international body get nothing."""

from __future__ import annotations

from dataclasses import replace

from kg.graph import build_graph
from kg.model import DocResult, Entity, Evidence, Mention, Triple
from kg.resolve import resolve


def _doc(doc: str, sentences: list[str], names: list[tuple[str, str]],
         triples: list[tuple[int, str, int, str]] = ()) -> tuple[list[Mention], DocResult]:
    """Mentions of ``names`` (text, type) found in order in the sentences (a name listed twice: its
    next occurrence); one example each."""
    text = " ".join(sentences)
    mentions, examples = [], {}
    after: dict[str, int] = {}
    for name, type_ in names:
        start = text.index(name, after.get(name, 0))
        after[name] = start + len(name)
        s0 = text.rfind(". ", 0, start)
        s0 = 0 if s0 < 0 else s0 + 2
        s1 = text.find(". ", start)
        s1 = len(text) if s1 < 0 else s1 + 1
        mentions.append(Mention(doc, start, start + len(name), name, type_, s0, s1))
        examples.setdefault(name, Evidence(doc, text[s0:s1], s0, s1))
    ts = [Triple(h, rel, t, Evidence(doc, text, 0, len(text)), 0.8, rule) for h, rel, t, rule in triples]
    return mentions, DocResult(doc, mentions=mentions, triples=ts, examples=examples)


def _entities(mentions: list[Mention]) -> list[Entity]:
    by: dict[tuple[str, str], list[Mention]] = {}
    for m in mentions:
        by.setdefault((m.text, m.type), []).append(m)
    return [Entity(text.lower().replace(" ", "_"), text, type_, ms) for (text, type_), ms in sorted(by.items())]


def _presumed(*docs) -> set[tuple[str, str, str]]:
    mentions = [m for ms, _ in docs for m in ms]
    G = build_graph(_entities(mentions), [r for _, r in docs])
    return {(u, v, d["predicate"]) for u, v, d in G.edges(data=True) if d["rule"] == "derived:document_country"}


BRIGDEN = ["Brigden is a community in Ontario, Canada.", "The community lies on the Sydenham River.",
           "Many Canadian farmers live near Brigden Road."]


def test_a_document_naming_one_country_places_its_places_in_it():
    mentions, result = _doc("d", BRIGDEN, [("Canada", "GPE"), ("Sydenham River", "LOC"), ("Canadian", "NORP"),
                                           ("Brigden Road", "FAC")])
    G = build_graph(_entities(mentions), [result])
    edges = {(u, v, d["predicate"], d["rule"]): d for u, v, d in G.edges(data=True)}
    d = edges[("sydenham_river", "canada", "country", "derived:document_country")]
    assert d["wikidata"] == "P17" and d["confidence"] < 0.5 and "one country" in d["derived_from"]
    # the place's sentence and the country's sentence are its evidence
    assert [e["sentence"] for e in d["evidence"]] == [BRIGDEN[1], BRIGDEN[0]]
    assert ("brigden_road", "canada", "country", "derived:document_country") in edges
    # the derivation rows apply to it like to any country edge: a place in a country is located in it
    assert ("sydenham_river", "canada", "located_in", "derived:country_place_located_in") in edges


def test_two_countries_presume_nothing():
    mentions, result = _doc("d", ["Brigden is a community in Ontario, Canada.", "The road leads to Michigan, United States."],
                            [("Canada", "GPE"), ("Ontario", "GPE"), ("Michigan", "GPE"), ("United States", "GPE")])
    assert _presumed((mentions, result)) == set()


def test_an_organisation_is_presumed_in_the_country_a_person_or_an_international_body_is_not():
    mentions, result = _doc("d", ["Jane Smith farms near Brigden, Canada.",
                                  "She sells to Acme Foods, the World Food Programme and the American Grain Exchange."],
                            [("Jane Smith", "PERSON"), ("Canada", "GPE"), ("Acme Foods", "ORG"),
                             ("World Food Programme", "ORG"), ("American Grain Exchange", "ORG")])
    assert _presumed((mentions, result)) == {("acme_foods", "canada", "country")}


def test_a_place_with_a_stated_country_keeps_it():
    mentions, result = _doc("d", ["Windsor is a city in Canada.", "Detroit is a city in the United States.",
                                  "Many Canadians work there."],
                            [("Windsor", "GPE"), ("Canada", "GPE"), ("Detroit", "GPE"), ("United States", "GPE")])
    assert _presumed((mentions, result)) == set()  # two countries
    mentions, result = _doc("d", ["Windsor is a city in Ontario.", "Ontario is in Canada.", "It borders Michigan."],
                            [("Windsor", "GPE"), ("Ontario", "GPE"), ("Canada", "GPE"), ("Michigan", "GPE")],
                            [(1, "located in", 2, "located_in")])
    got = _presumed((mentions, result))
    assert ("windsor", "canada", "country") in got
    assert not any(u == "ontario" and r == "country" for u, _, r in got)  # stated: not presumed
    assert ("michigan", "canada", "country") not in got  # a US state is in no story's Canada


def test_documents_that_disagree_presume_nothing():
    a = _doc("a", ["The Detroit River flows past Windsor, Canada."], [("Detroit River", "LOC"), ("Canada", "GPE")])
    b = _doc("b", ["The Detroit River flows past Detroit, United States."],
             [("Detroit River", "LOC"), ("United States", "GPE")])
    got = _presumed(a, b)
    assert not any(u == "detroit_river" for u, _, _ in got)
    assert _presumed(a) == {("detroit_river", "canada", "country")}


def test_a_name_holding_another_countrys_name_is_not_presumed_in_the_documents_country():
    # a news story naming one country where its subject died, about people and prizes of another
    mentions, result = _doc("d", ["Peter Blake was killed in Brazil.",
                                  "He was New Zealand Yachtsman of the Year and led Team New Zealand on the Amazon River."],
                            [("Brazil", "GPE"), ("New Zealand Yachtsman of the Year", "ORG"),
                             ("Team New Zealand", "ORG"), ("Amazon River", "LOC")])
    assert _presumed((mentions, result)) == {("amazon_river", "brazil", "country")}


def _presumed_by(rule: str, *docs) -> set[tuple[str, str, str]]:
    mentions = [m for ms, _ in docs for m in ms]
    G = build_graph(_entities(mentions), [r for _, r in docs])
    return {(u, v, d["predicate"]) for u, v, d in G.edges(data=True) if d["rule"] == f"derived:{rule}"}


LEAD = ["Beaulieu is a commune in Vienne, France.", "Its painter moved to Brussels, Belgium.",
        "The road to Montmorillon passes the Acme Mill."]
LEAD_NAMES = [("Vienne", "GPE"), ("France", "GPE"), ("Brussels", "GPE"), ("Belgium", "GPE"),
              ("Montmorillon", "GPE"), ("Acme Mill", "ORG")]


def test_a_document_naming_several_countries_places_its_places_in_its_leads_country():
    got = _presumed_by("lead_country", _doc("d", LEAD, LEAD_NAMES))
    # not Brussels (its sentence names another country), not an organisation (a third right), and
    # no river: it crosses borders
    assert got == {("vienne", "france", "country"), ("montmorillon", "france", "country")}
    assert _presumed_by("document_country", _doc("d", LEAD, LEAD_NAMES)) == set()
    river = _doc("d", LEAD[:2] + ["The Clain River flows past it."], LEAD_NAMES[:4] + [("Clain River", "LOC")])
    assert ("clain_river", "france", "country") not in _presumed_by("lead_country", river)


def test_a_lead_naming_two_countries_or_only_a_people_presumes_nothing():
    two = ["Beaulieu lies between France and Belgium.", "The Clain River flows past it."]
    assert _presumed_by("lead_country", _doc("d", two, [("France", "GPE"), ("Belgium", "GPE"),
                                                        ("Clain River", "LOC")])) == set()
    people = ["Beaulieu is a French commune.", "It is twinned with Brussels, Belgium.",
              "The Clain River flows past it."]
    assert _presumed_by("lead_country", _doc("d", people, [("French", "NORP"), ("Brussels", "GPE"), ("Belgium", "GPE"),
                                                           ("Clain River", "LOC")])) == set()


def test_a_region_of_countries_is_inside_none_of_them():
    """"Southeast Asia", "West Africa": a part of a continent made of countries (REGION in
    kg.predicates.node_types) takes no country from the document, its lead or its people; "Western
    Australia", a state, and "Southern Italy" still do."""
    text = ["Samsung will build a centre in Hanoi, Vietnam.", "It will be the largest in Southeast Asia.",
            "A plant in Bac Ninh follows."]
    doc = _doc("d", text, [("Hanoi", "GPE"), ("Vietnam", "GPE"), ("Southeast Asia", "LOC"), ("Bac Ninh", "GPE")])
    got = _presumed_by("document_country", doc)
    assert ("bac_ninh", "vietnam", "country") in got and not any(h == "southeast_asia" for h, _, _ in got), got
    state = _doc("d", ["Perth is a city in Australia.", "It lies in Western Australia."],
                 [("Perth", "GPE"), ("Australia", "GPE"), ("Western Australia", "GPE")])
    assert ("western_australia", "australia", "country") in _presumed_by("document_country", state)


def test_a_body_named_by_a_continent_is_in_no_one_country():
    """"The Asian Development Bank will allocate $500 million to Uzbekistan": the bank is no body
    inside the one country the story names; a national body named by a continent's adjective is
    ("African National Congress")."""
    text = ["The Asian Development Bank will lend to Uzbekistan.", "Lines will be built in Samarkand."]
    got = _presumed_by("document_country", _doc("d", text, [("Asian Development Bank", "ORG"), ("Uzbekistan", "GPE"),
                                                             ("Samarkand", "GPE")]))
    assert got == {("samarkand", "uzbekistan", "country")}
    text = ["The African National Congress won in South Africa.", "It governs from Pretoria."]
    got = _presumed_by("document_country", _doc("d", text, [("African National Congress", "ORG"),
                                                             ("South Africa", "GPE"), ("Pretoria", "GPE")]))
    assert ("african_national_congress", "south_africa", "country") in got


def test_a_big_city_a_smaller_town_shares_a_name_with_is_not_presumed_the_smaller():
    """A story about Canada that names London means the United Kingdom's (London, Ontario is the
    gazetteer's too, but a tenth its size): no document country for it; nor for a body whose place
    a sentence states ("London-based HSBC"), whose country that place's gives."""
    text = ["London-based HSBC sold its business to a bank in Canada.", "Vancouver gains most."]
    names = [("London", "GPE"), ("HSBC", "ORG"), ("Canada", "GPE"), ("Vancouver", "GPE")]
    got = _presumed_by("document_country", _doc("d", text, names, [(1, "based in", 0, "based")]))
    assert got == {("vancouver", "canada", "country")}, got


def test_a_province_or_state_of_another_country_is_not_presumed_in_the_documents():
    """A story on Apple's sales in China names California (a US state the gazetteer knows): it is
    no place inside China; a town the story does not place elsewhere still is."""
    text = ["Sales rose in China and in Shenzhen.", "The California company faces a lawsuit."]
    names = [("China", "GPE"), ("Shenzhen", "GPE"), ("California", "GPE")]
    got = _presumed_by("document_country", _doc("d", text, names))
    assert got == {("shenzhen", "china", "country")}, got


def test_a_document_naming_one_country_by_its_people_places_its_places_only():
    text = ["Santa Elena is a small Venezuelan city.", "It lies south of Ciudad Bolívar.",
            "Santa Elena Football Club plays there."]
    doc = _doc("d", text, [("Venezuelan", "NORP"), ("Ciudad Bolívar", "GPE"), ("Santa Elena Football Club", "ORG")])
    assert _presumed_by("document_nationality", doc) == {("ciudad_bolívar", "venezuelan", "country")}
    assert _presumed_by("document_country", doc) == set()


def test_a_people_alone_places_its_places_in_the_country_another_document_names():
    """"Santa Elena is a small Venezuelan city" beside a story that names Venezuela: the place's
    presumed country is that country's node, not the people's adjective."""
    people = _doc("d1", ["Santa Elena is a small Venezuelan city.", "It lies south of Ciudad Bolívar."],
                  [("Venezuelan", "NORP"), ("Ciudad Bolívar", "GPE")])
    country = _doc("d2", ["Venezuela held elections on Sunday."], [("Venezuela", "GPE")])
    assert _presumed_by("document_nationality", people, country) == {("ciudad_bolívar", "venezuela", "country")}


def test_a_people_alone_places_only_the_places_the_gazetteer_knows_in_its_country():
    """"Hermes" in a text on Greek myth (NER: GPE) is a god, not a place in Greece; where a text
    names the country only by its people, a place takes it only where the gazetteer (cities,
    provinces, US states) has a place of that name in that country (on Re-DocRED dev 20 of 56
    other names were annotated so, 38 of 50 of these)."""
    text = ["Tyche was a Greek goddess.", "She was the daughter of Hermes.", "Her cult was strong in Corinth."]
    doc = _doc("d", text, [("Greek", "NORP"), ("Hermes", "GPE"), ("Corinth", "GPE")])
    assert _presumed_by("document_nationality", doc) == {("corinth", "greek", "country")}
    # named by its country's name, the document presumes as before
    text = ["Tyche was a goddess of Greece.", "She was the daughter of Hermes."]
    doc = _doc("d", text, [("Greece", "GPE"), ("Hermes", "GPE")])
    assert _presumed_by("document_country", doc) == {("hermes", "greece", "country")}


def test_an_organisation_named_after_a_place_or_a_people_is_in_its_country():
    text = ["Calgary is a city in Canada.", "He sat on Calgary City Council and the Royal Canadian Mounted Police board.",
            "He studied at the World Business School and at the Ottawa Paris Institute.",
            "Ottawa is in Canada and Paris in France."]
    doc = _doc("d", text, [("Calgary", "GPE"), ("Canada", "GPE"), ("Calgary City Council", "ORG"),
                           ("Royal Canadian Mounted Police", "ORG"), ("Canadian", "NORP"), ("World Business School", "ORG"),
                           ("Ottawa Paris Institute", "ORG"), ("Ottawa", "GPE"), ("Paris", "GPE"), ("France", "GPE")],
                [(0, "city in", 1, "class_noun"), (7, "located in", 1, "located_in"), (8, "located in", 9, "located_in")])
    got = _presumed_by("named_country", doc)
    # a people ("Canadian") names its country's node; an international name, or a name of two
    # countries' places ("Ottawa Paris"), names none
    assert got == {("calgary_city_council", "canada", "country"), ("royal_canadian_mounted_police", "canada", "country")}


def test_a_country_named_only_inside_a_bodys_name_is_a_second_country_of_the_story():
    """"the Government of Mexico" in a story whose one country node is Canada: the story names two
    countries, and presumes neither ("New Jersey" names no Jersey)."""
    doc = _doc("d", ["Cordillera Gold is based in Vancouver, Canada.", "The Government of Mexico fined it in Sonora."],
               [("Cordillera Gold", "ORG"), ("Vancouver", "GPE"), ("Canada", "GPE"), ("Government of Mexico", "ORG"),
                ("Sonora", "GPE")])
    assert _presumed_by("document_country", doc) == set()
    doc = _doc("d", ["Ramapo is in Canada.", "The Bank of New Jersey lent to Sonora."],
               [("Ramapo", "GPE"), ("Canada", "GPE"), ("Bank of New Jersey", "ORG"), ("Sonora", "GPE")])
    assert ("ramapo", "canada", "country") in _presumed_by("document_country", doc)


def test_an_organisation_is_named_after_any_name_of_its_country():
    """The node of Russia is labelled "Russian Federation" where a story writes both names; the
    body named after "Russia" is still in it."""
    doc = _doc("d", ["The Russian Federation and France signed.", "The Academy of Russia agreed.", "Russia won."],
               [("Russian Federation", "GPE"), ("France", "GPE"), ("Academy of Russia", "ORG"), ("Russia", "GPE")])
    G = build_graph(resolve(doc[0]), [doc[1]])
    got = {(u, v, d["predicate"]) for u, v, d in G.edges(data=True) if d["rule"] == "derived:named_country"}
    assert got == {("academy_of_russia", "russian_federation", "country")}


def test_a_body_named_after_a_big_city_elsewhere_is_not_presumed_in_the_documents_country():
    doc = _doc("d", ["Morishita of Japan joined the Seattle Mariners.", "He left Nippon Professional Baseball."],
               [("Japan", "GPE"), ("Seattle Mariners", "ORG"), ("Nippon Professional Baseball", "ORG")])
    assert _presumed_by("document_country", doc) == {("nippon_professional_baseball", "japan", "country")}


def test_a_facility_named_after_a_town_elsewhere_is_not_presumed_in_the_documents_country():
    """"Kuching International Airport" in a story whose one country is Indonesia: Kuching is a
    Malaysian town (``facility_of_town_elsewhere``); an airport named after no town is Indonesia's."""
    doc = _doc("d", ["Nusantara of Indonesia flies to Kuching International Airport.",
                     "It flies from Soekarno-Hatta International Airport."],
               [("Indonesia", "GPE"), ("Kuching International Airport", "FAC"),
                ("Soekarno-Hatta International Airport", "FAC")])
    assert _presumed_by("document_country", doc) == {("soekarno-hatta_international_airport", "indonesia", "country")}


def test_a_body_named_after_a_town_elsewhere_last_is_not_presumed_in_the_documents_country():
    """"Bayer Leverkusen" in a story whose one country is Spain; "Real Madrid" is Spain's, and a
    town named by an English noun ("Norris Reservoir": Reservoir is a town in Australia) says nothing."""
    doc = _doc("d", ["Alonso of Spain coached Bayer Leverkusen.", "He played for Real Madrid near Norris Reservoir."],
               [("Spain", "GPE"), ("Bayer Leverkusen", "ORG"), ("Real Madrid", "ORG"), ("Norris Reservoir", "ORG")])
    assert _presumed_by("document_country", doc) == {("real_madrid", "spain", "country"),
                                                     ("norris_reservoir", "spain", "country")}


def test_a_body_named_after_a_province_elsewhere_is_not_presumed_in_the_documents_country():
    """"University of Florida" and "Florida Gators" in a story whose one country is Paraguay; a
    body named after one of its own departments ("Club Guaireña", "University of Guairá") is its."""
    doc = _doc("d", ["Brizuela of Paraguay swam for the Florida Gators.", "She studied at the University of Florida "
                     "and the University of Guairá."],
               [("Paraguay", "GPE"), ("Florida Gators", "ORG"), ("University of Florida", "ORG"),
                ("University of Guairá", "ORG")])
    assert _presumed_by("document_country", doc) == {("university_of_guairá", "paraguay", "country")}


def test_a_place_named_by_an_everyday_word_names_only_its_own_documents_bodies():
    zambia = _doc("z", ["Central province had 400 cases.", "Lusaka is in Zambia."],
                  [("Central", "GPE"), ("Lusaka", "GPE"), ("Zambia", "GPE")], [(0, "located in", 2, "located_in")])
    vietnam = _doc("v", ["The Party Central Committee met.", "Melbourne Football Club won."],
                   [("Party Central Committee", "ORG"), ("Melbourne Football Club", "ORG")])
    australia = _doc("a", ["Melbourne is in Australia."], [("Melbourne", "GPE"), ("Australia", "GPE")],
                     [(0, "located in", 1, "located_in")])
    # "Central" (an adjective) is Zambia's in the Zambian story only; Melbourne names its club anywhere
    assert _presumed_by("named_country", zambia, vietnam, australia) == {
        ("melbourne_football_club", "australia", "country")}


def test_a_name_with_a_citizenship_is_no_place_or_body_in_the_country():
    """"Piccard is a French skier" with Piccard/ORG: a citizen, not an organisation in France."""
    text = ["Piccard is a French skier.", "He lives in France."]
    doc = _doc("d", text, [("Piccard", "ORG"), ("French", "NORP"), ("France", "GPE")],
               [(0, "nationality", 1, "nationality_person")])
    assert _presumed_by("document_country", doc) == set()


def test_a_country_named_beside_its_continent_is_in_it():
    text = ["Ghana and Nigeria are in Africa.", "Ghana trades with France and Japan."]
    doc = _doc("d", text, [("Ghana", "GPE"), ("Nigeria", "GPE"), ("Africa", "LOC"), ("France", "GPE"), ("Japan", "GPE")])
    # countryinfo's regions: France and Japan are no African countries
    assert _presumed_by("country_continent", doc) == {("ghana", "africa", "continent"), ("nigeria", "africa", "continent")}
    assert _presumed_by("country_continent", _doc("d", text[1:], [("Ghana", "GPE"), ("France", "GPE")])) == set()
    # Latin America is a region of countries, no continent: Venezuela is a part of it (P361)
    text = ["Venezuela is a country.", "It is the fifth largest oil producer of Latin America."]
    doc = _doc("d", text, [("Venezuela", "GPE"), ("Latin America", "LOC")])
    assert _presumed_by("country_continent", doc) == {("venezuela", "latin_america", "part_of")}


def test_a_city_the_gazetteer_knows_only_elsewhere_is_not_presumed_in_the_documents_country():
    """A story that names only Australia, told partly in Geneva: the gazetteer's Geneva is in
    Switzerland (and the United States), so it gets no presumed country; an unknown place does."""
    mentions, result = _doc("d", ["Australia and the United Nations have clashed in Geneva.",
                                  "The talks moved to Villawood later."],
                            [("Australia", "GPE"), ("Geneva", "GPE"), ("Villawood", "GPE")])
    assert _presumed((mentions, result)) == {("villawood", "australia", "country")}


def test_a_place_whose_only_country_is_a_people_is_presumed_in_that_peoples_country():
    # "a Polish festival organised in Warsaw": Warsaw country Polish (gazetteer_country), and the
    # document's one country, Poland, is still Warsaw's; another people's country is not
    sentences = ["The festival is organised in Warsaw by Polish musicians.", "Poland funds it."]
    names = [("Warsaw", "GPE"), ("Polish", "NORP"), ("Poland", "GPE")]
    mentions, result = _doc("d", sentences, names, [(0, "country", 1, "gazetteer_country")])
    assert ("warsaw", "poland", "country") in _presumed((mentions, result))
    # a document naming Poland only by its people: Warsaw's edge to the people is its country already
    mentions, result = _doc("d", ["The festival is organised in Warsaw by Polish musicians.", "It is old."],
                            [("Warsaw", "GPE"), ("Polish", "NORP")], [(0, "country", 1, "gazetteer_country")])
    G = build_graph(_entities(mentions), [result])
    assert not [d for u, v, d in G.edges(data=True) if (u, v) == ("warsaw", "polish")
                and d["rule"].startswith("derived:document")]


def test_a_body_or_site_named_after_a_place_beside_it_is_named_after_it():
    """"Syracuse University" beside "Syracuse": the name says it (``derived:named_place``, no
    Wikidata property); a person, another place opening on "West", or a place another document
    mentions alone get nothing."""
    text = ["A native of Syracuse, Wallace attended Syracuse University and the University of Albany.",
            "He later lived in West Virginia and Virginia, and met Paul Albany."]
    doc = _doc("d", text, [("Syracuse", "GPE"), ("Syracuse University", "ORG"), ("University of Albany", "ORG"),
                           ("West Virginia", "GPE"), ("Virginia", "GPE"), ("Paul Albany", "PERSON"),
                           ("Albany", "GPE")])
    other = _doc("e", ["The Boston Globe is a newspaper."], [("Boston Globe", "ORG")])
    got = _presumed_by("named_place", doc, other)
    assert got == {("syracuse_university", "syracuse", "named_after"), ("university_of_albany", "albany", "named_after")}
    G = build_graph(_entities([m for ms, _ in (doc, other) for m in ms]), [doc[1], other[1]])
    d = G.get_edge_data("syracuse_university", "syracuse")["derived:named_place"]
    assert d["relation"] == "named after" and "wikidata" not in d and d["confidence"] < 0.5


def test_the_example_key_is_the_first_mention_in_the_document_however_the_mentions_are_ordered():
    """``_text`` (walked once per entity, ``_FIRSTS``) gives what a scan of the entity's mentions
    gives: the first mention in the document by start, the earlier-listed one of two at a start;
    and nothing stays kept after a build."""
    from kg import presume

    ms = [Mention("b", 40, 46, "Canada", "GPE", 0, 50), Mention("a", 30, 36, "Canuck", "GPE", 0, 50),
          Mention("a", 5, 11, "Canada", "GPE", 0, 50), Mention("a", 5, 11, "CANADA", "GPE", 0, 50),
          Mention("b", 2, 8, "Kanada", "GPE", 0, 50)]
    e = Entity("canada", "Canada", "GPE", ms)
    presume._FIRSTS.clear()
    assert [presume._text(e, "a"), presume._text(e, "b")] == ["Canada", "Kanada"]
    m1, r1 = _doc("d1", ["Toronto is busy. Canada is large."], [("Toronto", "GPE"), ("Canada", "GPE")])
    build_graph(_entities(m1), [r1])
    assert presume._FIRSTS == {}


def test_a_peoples_citizenship_is_restated_to_the_country_the_document_names():
    """"Desmarais is a Canadian businessman" in a text that names Canada: citizen of Canada too
    (``derived:people_country``), with the people's sentence as evidence."""
    text = ["Paul Desmarais is a Canadian businessman.", "His company is based in Canada."]
    names = [("Paul Desmarais", "PERSON"), ("Canadian", "NORP"), ("Canada", "GPE")]
    doc = _doc("d", text, names, [(0, "nationality", 1, "nationality")])
    mentions, result = doc
    G = build_graph(_entities(mentions), [result])
    found = [d for u, v, d in G.edges(data=True) if (u, v) == ("paul_desmarais", "canada")
             and d["rule"] == "derived:people_country"]
    assert len(found) == 1 and found[0]["predicate"] == "citizenship" and found[0]["wikidata"] == "P27"
    assert found[0]["evidence"][0]["sentence"].startswith(text[0])  # the people edge's evidence
    # a text that names no Canada: nothing to restate to
    alone = _doc("d", text[:1], names[:2], [(0, "nationality", 1, "nationality")])
    assert _presumed_by("people_country", alone) == set()


def test_an_organisations_people_is_restated_to_the_country_as_whose_it_is_not_where():
    """"the Dutch insurer Vantro" in a story that names the Netherlands (and another country, so
    that it presumes none): Vantro -country-> Netherlands (``derived:people_country``, P17), and
    no ``located in`` follows from it."""
    text = ["Brandt Logistics of Austria signed a deal with the Dutch insurer Vantro.",
            "Vantro will open offices outside the Netherlands."]
    names = [("Brandt Logistics", "ORG"), ("Austria", "GPE"), ("Dutch", "NORP"), ("Vantro", "ORG"), ("Vantro", "ORG"),
             ("Netherlands", "GPE")]
    doc = _doc("d", text, names, [(3, "nationality", 2, "nationality")])
    assert _presumed_by("people_country", doc) == {("vantro", "netherlands", "country")}
    mentions, result = doc
    G = build_graph(_entities(mentions), [result])
    located = {(u, v) for u, v, d in G.edges(data=True) if d.get("predicate") == "located_in"}
    assert ("vantro", "netherlands") not in located


def test_a_place_stated_in_a_country_is_in_the_country_of_the_people_the_document_names():
    """"Bergen, Norway" and "a Norwegian painter": Bergen is in Norwegian's country too
    (``derived:country_people``, the place edge's evidence); not from a presumed country, not
    for an organisation, and not where the document names no people of that country."""
    text = ["Anna Berg is a Norwegian painter.", "She lives in Bergen, Norway.", "She paints for Acme Group."]
    names = [("Anna Berg", "PERSON"), ("Norwegian", "NORP"), ("Bergen", "GPE"), ("Norway", "GPE"), ("Acme Group", "ORG")]
    doc = _doc("d", text, names, [(2, "located in", 3, "place_chain")])
    assert _presumed_by("country_people", doc) == {("bergen", "norwegian", "country")}
    mentions, result = doc
    G = build_graph(_entities(mentions), [result])
    d = next(d for u, v, d in G.edges(data=True) if d["rule"] == "derived:country_people")
    assert d["wikidata"] == "P17" and d["evidence"][0]["sentence"] == " ".join(text)
    assert ("bergen", "norwegian") in {(u, v) for u, v, d in G.edges(data=True)
                                       if d["rule"] == "derived:country_place_located_in"}
    # Acme Group's country is presumed (the document's one country): nothing restated from it
    assert not {(u, v) for u, v, d in G.edges(data=True) if d["rule"] == "derived:country_people"} - {("bergen", "norwegian")}
    # nor an organisation's stated country (0.55 annotated on Re-DocRED dev)
    stated = _doc("d", text, names, [(2, "located in", 3, "place_chain"), (4, "based in", 3, "prep")])
    assert _presumed_by("country_people", stated) == {("bergen", "norwegian", "country")}
    no_people = _doc("d", text[1:], names[2:], [(0, "located in", 1, "place_chain")])
    assert _presumed_by("country_people", no_people) == set()


def test_a_works_or_a_facilitys_people_is_not_restated_and_no_facility_takes_a_peoples_country():
    """"an American film" (country of origin) is left to its people; a bridge in a text naming a
    country only by its people is presumed in no country (a quarter of those were annotated)."""
    text = ["Glee is an American television series.", "It was filmed in the United States."]
    doc = _doc("d", text, [("Glee", "WORK_OF_ART"), ("American", "NORP"), ("United States", "GPE")],
               [(0, "nationality", 1, "nationality_work")])
    assert _presumed_by("people_country", doc) == set()
    text = ["Santa Elena is a small Venezuelan city.", "It lies south of Ciudad Bolívar.", "The Acme Bridge crosses it."]
    doc = _doc("d", text, [("Venezuelan", "NORP"), ("Ciudad Bolívar", "GPE"), ("Acme Bridge", "FAC")])
    assert _presumed_by("document_nationality", doc) == {("ciudad_bolívar", "venezuelan", "country")}


def test_an_organisation_named_only_as_the_storys_source_is_not_presumed_in_its_country():
    docs = _doc("a", ["Chile raised its copper exports, according to analysts of Goldman Sachs.",
                      "Bloomberg reported that Codelco signed a contract in Antofagasta.", "Codelco will hire."],
                [("Chile", "GPE"), ("Goldman Sachs", "ORG"), ("Bloomberg", "ORG"), ("Codelco", "ORG"),
                 ("Antofagasta", "GPE"), ("Codelco", "ORG")])
    found = {u for u, _, _ in _presumed(docs)}
    assert {"codelco", "antofagasta"} <= found
    assert not found & {"goldman_sachs", "bloomberg"}


def test_an_organisation_that_acts_in_the_story_is_presumed_its_source_is_not():
    docs = _doc("a", ["Codelco signed a contract in Antofagasta, Chile, according to the agency Bloomberg.",
                      "Codelco said it would cut output."],
                [("Codelco", "ORG"), ("Antofagasta", "GPE"), ("Chile", "GPE"), ("Bloomberg", "ORG"), ("Codelco", "ORG")])
    found = {u for u, _, _ in _presumed(docs)}
    assert "codelco" in found and "bloomberg" not in found


def test_an_organisation_named_once_by_one_word_or_found_only_by_recovery_is_presumed_in_no_country():
    """NER's ORG on one word read once ("Everton" in a text on Ghana, "Chromecast") is as often a
    person, a work, a band or a place as a body inside the country; a name kg's recovery found
    has a guessed type. Read twice, or named by more words, it is presumed as before."""
    text = ["Accra is the capital of Ghana.", "The striker later joined Everton.",
            "The Ghana Football Association and the Volta River Authority are based there."]
    names = [("Accra", "GPE"), ("Ghana", "GPE"), ("Everton", "ORG"), ("Ghana Football Association", "ORG"),
             ("Volta River Authority", "ORG")]
    found = {u for u, _, _ in _presumed(_doc("d", text, names))}
    assert "everton" not in found and "volta_river_authority" in found
    twice = _doc("d", [*text, "Everton won."], [*names, ("Everton", "ORG")])
    assert "everton" in {u for u, _, _ in _presumed(twice)}
    mentions, result = _doc("d", text, names)
    recovered = [replace(m, origin="recovered") if m.text == "Volta River Authority" else m for m in mentions]
    G = build_graph(_entities(recovered), [result])
    assert not any(u == "volta_river_authority" and d["rule"] == "derived:document_country"
                   for u, _, d in G.edges(data=True))


def test_a_story_filed_from_a_city_of_another_country_presumes_nothing():
    """The dateline (a place in capitals opening its sentence) says where a news story happens: a
    story from Moscow that names only Venezuela puts nothing in Venezuela."""
    mentions, result = _doc("d", ["MOSCOW, 14.02.2019.", "The head of Rosneft met the minister of Venezuela.",
                                  "The minister later visited Caracas."],
                            [("MOSCOW", "GPE"), ("Rosneft", "ORG"), ("Venezuela", "GPE"), ("Caracas", "GPE")])
    assert _presumed((mentions, result)) == set()
    # filed from a city of the one country it names, it presumes as before
    mentions, result = _doc("d", ["KHARTOUM, 14 March.", "The army chief visited Darfur in Sudan."],
                            [("KHARTOUM", "GPE"), ("Darfur", "LOC"), ("Sudan", "GPE")])
    assert ("darfur", "sudan", "country") in _presumed((mentions, result))
    # a city of that country, though other countries have one of its name too
    mentions, result = _doc("d", ["SANTIAGO, 2 April.", "The miners left the Atacama Desert in Chile."],
                            [("SANTIAGO", "GPE"), ("Atacama Desert", "LOC"), ("Chile", "GPE")])
    assert ("atacama_desert", "chile", "country") in _presumed((mentions, result))
    # a place in capitals inside a sentence is no dateline
    mentions, result = _doc("d", ["The army chief visited Darfur in Sudan, said MOSCOW radio."],
                            [("Darfur", "LOC"), ("Sudan", "GPE"), ("MOSCOW", "GPE")])
    assert ("darfur", "sudan", "country") in _presumed((mentions, result))


def test_a_sea_takes_the_documents_country_as_its_basin_country_and_antarctica_is_a_continent():
    """A sea is in no country: "Aegean Sea" in a text about Turkey is on Turkey's shore (P205), and
    is located in nothing; a glacier in a text whose one land is Antarctica is on that continent."""
    text = ["Izmir is a city in Turkey.", "It lies on the Aegean Sea.", "The Gediz River flows past it."]
    doc = _doc("d", text, [("Turkey", "GPE"), ("Aegean Sea", "LOC"), ("Gediz River", "LOC")])
    mentions, result = doc
    G = build_graph(_entities(mentions), [result])
    got = {(u, v, d["predicate"], d.get("wikidata")) for u, v, d in G.edges(data=True) if u == "aegean_sea"}
    assert got == {("aegean_sea", "turkey", "basin_country", "P205")}
    assert ("gediz_river", "turkey", "country") in _presumed_by("document_country", doc)  # a river is in it
    text = ["Crosswell Glacier flows into the Ross Ice Shelf.", "It is in Antarctica."]
    doc = _doc("d", text, [("Crosswell Glacier", "LOC"), ("Ross Ice Shelf", "LOC"), ("Antarctica", "GPE")])
    found = _presumed_by("document_nationality", doc)
    assert ("crosswell_glacier", "antarctica", "continent") in found
    assert not {p for _, _, p in found} - {"continent"}
    G = build_graph(_entities(doc[0]), [doc[1]])
    assert any("a continent with no country" in d["derived_from"] for _, _, d in G.edges(data=True)
               if d["rule"] == "derived:document_nationality")


def test_one_pass_reads_each_node_and_entity_once_and_sees_every_added_edge():
    """Inside ``one_pass`` a node's types and an entity's documents are read once (a node that
    changed inside the pass would not be seen: nothing in the graph stage changes one), while
    the edges are read again once told edges were added; nothing is kept after the pass."""
    import networkx as nx

    from kg.presumed_edges import edges_added, entity_docs, graph_edges, graph_types, joined_pairs, one_pass

    G = nx.MultiDiGraph()
    G.add_node("canada", label="Canada", type="GPE")
    G.add_node("ontario", label="Ontario", type="GPE")
    e = Entity("canada", "Canada", "GPE", [Mention("d2", 0, 6, "Canada", "GPE", 0, 9),
                                            Mention("d1", 0, 6, "Canada", "GPE", 0, 9)])
    with one_pass(G):
        assert "COUNTRY" in graph_types(G, "canada")
        assert entity_docs(e) == ["d1", "d2"] and entity_docs(e) is entity_docs(e)
        G.nodes["canada"]["label"] = "Ontario"  # never done inside a pass: shows what is kept
        assert "COUNTRY" in graph_types(G, "canada")
        assert graph_edges(G) == [] and joined_pairs(G) == set()
        G.add_edge("ontario", "canada", key="in", predicate="country")
        assert graph_edges(G) == [] and joined_pairs(G) == set()  # read once: until it is told
        edges_added(G)
        assert [(u, v) for u, v, _ in graph_edges(G)] == [("ontario", "canada")]
        assert joined_pairs(G) == {frozenset(("ontario", "canada"))}
        with one_pass(G):  # the same graph: the same pass
            assert "COUNTRY" in graph_types(G, "canada")
        H = nx.MultiDiGraph()
        H.add_node("canada", label="Canada", type="ORG")
        assert "COUNTRY" not in graph_types(H, "canada")  # another graph is read as it is
    assert "COUNTRY" not in graph_types(G, "canada") and entity_docs(e) is not entity_docs(e)
