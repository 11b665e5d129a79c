"""Entity resolution rules, each with the merges it must make and the ones it must not."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz

from kg.model import Mention
from kg.resolve import FUZZY_THRESHOLD, _fuzzy_key, aligned, norm, resolve


def m(text: str, type_: str = "ORG", doc: str = "d", start: int = 0, origin: str = "ner",
      canonical: str | None = None, form: str | None = None) -> Mention:
    return Mention(doc=doc, start=start, end=start + len(text), text=text, type=type_, sent_start=0,
                   sent_end=100, origin=origin, canonical=canonical, form=form)


def clusters(mentions):
    return sorted(sorted({x.text for x in e.mentions}) for e in resolve(mentions))


def entity_of(entities, text):
    return next(e for e in entities if any(x.text == text for x in e.mentions))


def test_surface_variants_merge():
    ents = resolve([m("the Washington Post", start=0), m("Washington Post's", start=30),
                    m("Tik Tok", start=60), m("TikTok", start=90), m("tiktok", start=120, form="TikTok")])
    assert len(ents) == 2
    tiktok = entity_of(ents, "Tik Tok")
    assert tiktok.label == "TikTok"  # best-cased form, not "tiktok"
    assert tiktok.reasons["Tik Tok"] in ("variant",) and tiktok.reasons["TikTok"] == "variant"


def test_countries_by_name_and_code_from_pycountry():
    ents = resolve([m("U.S.", "GPE", start=0), m("US", "GPE", start=10), m("the United States", "GPE", start=20),
                    m("USA", "GPE", start=40), m("Germany", "GPE", start=50)])
    us = entity_of(ents, "U.S.")
    assert us.label == "United States" and len(us.mentions) == 4
    assert {us.reasons[a] for a in ("U.S.", "US", "USA")} == {"country"}
    assert entity_of(ents, "Germany") is not us


def test_everyday_english_country_names_join_the_iso_name_and_label_the_node():
    """ISO spells "Russia" Russian Federation: one country, named as the documents write it."""
    ents = resolve([m("Russia", "GPE", doc="a", start=0), m("Russia", "GPE", doc="a", start=20),
                    m("the Russian Federation", "GPE", doc="b", start=0), m("Turkey", "GPE", doc="c", start=0),
                    m("Türkiye", "GPE", doc="d", start=0), m("Burma", "GPE", doc="e", start=0)])
    russia = entity_of(ents, "Russia")
    assert {x.text for x in russia.mentions} == {"Russia", "the Russian Federation"}
    assert russia.label == "Russian Federation"  # the ISO name is written once: it labels the node
    assert entity_of(ents, "Turkey") is entity_of(ents, "Türkiye")
    assert entity_of(ents, "Burma").label == "Burma"  # never written "Myanmar": the everyday name
    assert len(resolve([m("Australia", "GPE", doc="a"), m("the Commonwealth of Australia", "ORG", doc="b")])) == 1
    alone = resolve([m("Russia", "GPE", start=0), m("RUSSIA", "GPE", start=20)])
    assert [e.label for e in alone] == ["Russia"]


def test_lowercase_pronoun_us_is_not_a_country():
    ents = resolve([m("us", "GPE", start=0), m("US", "GPE", start=10)])
    assert len(ents) == 2


def test_acronym_by_initials_and_defined_in_text():
    ents = resolve([m("Federal Trade Commission", start=0), m("FTC", start=40),
                    m("Securities and Exchange Commission", start=60)])
    ftc = entity_of(ents, "FTC")
    assert {x.text for x in ftc.mentions} == {"Federal Trade Commission", "FTC"}
    assert ftc.reasons["FTC"] == "acronym"
    ents = resolve([m("Ant Group", start=0), m("AFS", start=20)], defined_acronyms={"AFS": "Ant Group"})
    assert len(ents) == 1 and ents[0].reasons["AFS"] == "acronym"


def test_country_prefixed_name_still_matches_its_acronym():
    ents = resolve([m("US Federal Trade Commission", start=0), m("FTC", start=40)])
    assert len(ents) == 1


def test_reordered_organisation_names_merge_by_fuzzy_score():
    a = "Committee on Foreign Investment in the United States"
    b = "U.S. Foreign Investment Commission"
    ents = resolve([m(a, start=0), m(b, start=80)])
    assert len(ents) == 1 and ents[0].reasons[b] == "fuzzy"


def test_spelling_variant_merges():
    ents = resolve([m("Cambridge Analytica", start=0), m("Cambridge Analytics", start=40)])
    assert len(ents) == 1


@pytest.mark.parametrize("a,b", [
    ("Federal Trade Commission", "Federal Communications Commission"),
    ("National Security Agency", "National Security Council"),
    ("Department of Defense", "Department of Affairs"),
    ("Bank of China", "Bank of America"),
    ("Ministry of Foreign Affairs", "Ministry of Commerce"),
])
def test_distinct_bodies_never_merge(a, b):
    assert len(resolve([m(a, start=0), m(b, start=80)])) == 2


def test_fuzzy_threshold_separates():
    """The measured threshold: true pairs score above it; aligned look-alikes never reach it."""
    true_pairs = [("Committee on Foreign Investment in the United States", "U.S. Foreign Investment Commission"),
                  ("Cambridge Analytica", "Cambridge Analytics")]
    false_pairs = [("Federal Trade Commission", "Federal Communications Commission"),
                   ("National Security Agency", "National Security Council")]
    for a, b in true_pairs:
        assert fuzz.token_set_ratio(_fuzzy_key(norm(a)), _fuzzy_key(norm(b))) >= FUZZY_THRESHOLD
    for a, b in false_pairs:
        ka, kb = _fuzzy_key(norm(a)), _fuzzy_key(norm(b))
        assert not (fuzz.token_set_ratio(ka, kb) >= FUZZY_THRESHOLD and aligned(ka.split(), kb.split()))


def test_names_differing_in_a_number_never_merge():
    ents = resolve([m("Boeing 737 Program", start=0), m("Boeing 747 Program", start=40)])
    assert len(ents) == 2


def test_corporate_designator():
    ents = resolve([m("Suhuijin International", start=0), m("Suhuijin", start=40)])
    assert len(ents) == 1 and ents[0].type == "ORG"
    assert ents[0].reasons["Suhuijin"] == "designator"
    # NER typed it a place, but no gazetteer knows a place of that name
    ents = resolve([m("Suhuijin International", start=0), m("Suhuijin", "GPE", start=40)])
    assert len(ents) == 1 and ents[0].type == "ORG" and ents[0].reasons["Suhuijin"] == "designator"


def test_designator_never_joins_a_place_to_a_company_named_after_it():
    ents = resolve([m("London International Group", start=0), m("London", "GPE", start=40)])
    assert len(ents) == 2
    assert entity_of(ents, "London").label == "London"


def test_designator_never_joins_a_facility_to_the_company_that_runs_it():
    for kind in ("FAC", "ORG"):  # NER types an airport either way
        ents = resolve([m("Heathrow Airport Holdings", start=0), m("Heathrow Airport", kind, start=40)])
        assert len(ents) == 2
    ents = resolve([m("Dominion Steel Holdings", start=0), m("Dominion Steel", start=40)])
    assert len(ents) == 1  # no facility's noun: the company's short name


def test_designator_joins_a_town_name_read_as_a_person_to_the_company():
    """"Taito Corporation ... games published by Taito": "Taito" (PERSON) is also a Tokyo ward in the
    gazetteer, but a person-typed name beside a company's is the company's; a place-typed one stays."""
    ents = resolve([m("Taito Corporation", start=0), m("Taito", "PERSON", start=40)])
    assert len(ents) == 1 and ents[0].reasons["Taito"] == "designator"
    ents = resolve([m("Taito Corporation", start=0), m("Taito", "GPE", start=40)])
    assert len(ents) == 2


def test_surname_resolves_to_full_name_in_same_document():
    ents = resolve([m("Mark Zuckerberg", "PERSON", start=0), m("Zuckerberg", "PERSON", start=40),
                    m("President Trump", "PERSON", start=80), m("Trump", "PERSON", start=120)])
    zuck = entity_of(ents, "Zuckerberg")
    assert zuck.label == "Mark Zuckerberg" and zuck.reasons["Zuckerberg"] == "name_part"
    trump = entity_of(ents, "Trump")
    assert trump.label == "Trump" and len(trump.mentions) == 2  # title stripped


def test_surname_in_another_document_links_to_its_only_full_name():
    """When the two documents share a name ("Facebook"); with nothing shared it stays apart."""
    ents = resolve([m("Mark Zuckerberg", "PERSON", doc="a"), m("Facebook", "ORG", doc="a", start=40),
                    m("Zuckerberg", "PERSON", doc="b"), m("Facebook", "ORG", doc="b", start=40)])
    assert len(ents) == 2 and entity_of(ents, "Zuckerberg").reasons["Zuckerberg"] == "surname"
    assert len(resolve([m("Mark Zuckerberg", "PERSON", doc="a"), m("Zuckerberg", "PERSON", doc="b")])) == 2


def test_ambiguous_short_name_stays_apart():
    ents = resolve([m("Wang Wenbin", "PERSON", start=0), m("Wang Yi", "PERSON", start=40),
                    m("Wang", "PERSON", start=80)])
    assert len(ents) == 3


def test_incompatible_types_do_not_merge_across_names():
    ents = resolve([m("Jordan", "GPE", start=0), m("Michael Jordan", "PERSON", start=20)])
    assert len(ents) == 2


def test_one_name_with_noisy_types_is_one_entity():
    ents = resolve([m("TikTok", "ORG", start=i * 10) for i in range(5)] + [m("TikTok", "NORP", start=99)])
    assert len(ents) == 1 and ents[0].type == "ORG" and ents[0].reasons["TikTok"] in ("variant", "type_vote")


def test_pack_label_wins_and_merges_all_aliases():
    ents = resolve([m("byte skipping", origin="pack", canonical="ByteDance", start=0),
                    m("byte jump", origin="pack", canonical="ByteDance", start=30),
                    m("ByteDance", start=60)])
    assert len(ents) == 1
    e = ents[0]
    assert e.label == "ByteDance" and e.reasons["byte jump"] == "pack"


def test_cross_document_entities_merge():
    ents = resolve([m("Microsoft", doc="a"), m("Microsoft", doc="b")])
    assert len(ents) == 1 and ents[0].docs == ["a", "b"]


def test_ids_are_stable_readable_and_unique():
    ents = resolve([m("Apple", "ORG", start=0), m("Apple", "ORG", start=10), m("Paris", "GPE", start=20)])
    assert [e.id for e in ents] == ["apple", "paris"]
    again = resolve([m("Paris", "GPE", start=20), m("Apple", "ORG", start=0)])
    assert [e.id for e in again] == ["apple", "paris"]


def test_an_acronym_defined_in_an_unrelated_story_stays_apart():
    """A definition holds in its story; another story's bare acronym joins the name it was defined
    as only on the evidence initials need (a name both stories write)."""
    police = [m("Australian Federal Police", doc="a", start=0), m("Mick Keelty", "PERSON", doc="a", start=40)]
    agency = [m("AFP", doc="b", start=0), m("Brian Bellis", "PERSON", doc="b", start=20)]
    defined = {"AFP": "Australian Federal Police"}
    ents = resolve(police + agency, defined_acronyms=defined)
    assert {x.doc for x in entity_of(ents, "AFP").mentions} == {"b"}
    assert "AFP" in entity_of(ents, "AFP").apart
    agency.append(m("Mick Keelty", "PERSON", doc="b", start=40))  # the commissioner: the same police
    ents = resolve(police + agency, defined_acronyms=defined)
    assert {x.doc for x in entity_of(ents, "AFP").mentions} == {"a", "b"}


@pytest.mark.parametrize("names,label", [
    (["Consumer Commission", "ACCC"], "ACCC"),  # the tail of "Australian Competition and Consumer Commission (ACCC)"
    (["Mining and Energy Union", "CFMEU"], "CFMEU"),
    (["Australian Federal Police", "AFP", "AFP"], "Australian Federal Police"),  # spelled out: the name
    (["CNN", "CNN", "CNN Worldwide"], "CNN"),
])
def test_the_label_is_an_acronym_unless_a_form_spells_it_out(names, label):
    first = names[0]
    ents = resolve([m(n, start=30 * i) for i, n in enumerate(names)],
                   defined_acronyms={names[-1]: first} if names[-1].isupper() else None)
    assert len(ents) == 1 and ents[0].label == label


def test_a_body_every_state_has_joins_documents_only_through_a_country_they_name():
    """A Kenyan and an Indonesian story's "Ministry of Health" are two ministries; two Kenyan
    stories' one, and a story that names no country takes the ministry most stories name. A name
    of one country's body ("Federal Trade Commission") links documents as any name does."""
    ents = resolve([m("Kenya", "GPE", doc="a", start=0), m("Ministry of Health", doc="a", start=10),
                    m("Kenyan", "NORP", doc="b", start=0), m("Ministry of Health", doc="b", start=10),
                    m("Indonesia", "GPE", doc="c", start=0), m("Ministry of Health", doc="c", start=10),
                    m("Ministry of Health", doc="d", start=10),
                    m("Federal Trade Commission", doc="a", start=40), m("Federal Trade Commission", doc="c", start=40)])
    health = sorted(sorted(x.doc for x in e.mentions) for e in ents if e.label == "Ministry of Health")
    assert health == [["a", "b", "d"], ["c"]]
    assert len([e for e in ents if e.label == "Federal Trade Commission"]) == 1


def test_a_national_assembly_is_each_states_own():
    """Benin's and South Korea's "National Assembly" are two parliaments (and "Central Bank", "Army",
    "Air Force" two each); a longer "National" name ("National Security Agency") links documents as
    any name does."""
    ents = resolve([m("Benin", "GPE", doc="a", start=0), m("National Assembly", doc="a", start=10),
                    m("South Korea", "GPE", doc="b", start=0), m("National Assembly", doc="b", start=10),
                    m("Beninese", "NORP", doc="c", start=0), m("National Assembly", doc="c", start=10),
                    m("National Security Agency", doc="a", start=40), m("National Security Agency", doc="b", start=40)])
    assemblies = sorted(sorted(x.doc for x in e.mentions) for e in ents if e.label == "National Assembly")
    assert assemblies == [["a", "c"], ["b"]]
    assert len([e for e in ents if e.label == "National Security Agency"]) == 1
    for body in ("Central Bank", "Army", "Air Force"):  # every state has one too
        ents = resolve([m("Benin", "GPE", doc="a", start=0), m(body, doc="a", start=10),
                        m("South Korea", "GPE", doc="b", start=0), m(body, doc="b", start=10)])
        assert len([e for e in ents if e.label == body]) == 2, body


def test_a_story_naming_no_country_goes_by_the_country_of_its_places():
    """Stories datelined in New Delhi, Brasília and Dublin name no country: the gazetteer puts
    each of their places in one ("Dublin": the Irish county, its cities being Irish and American),
    so their "Supreme Court"s are three, and a second Indian story's joins the first's."""
    ents = resolve([m("NEW DELHI", "GPE", doc="a", start=0), m("Supreme Court", doc="a", start=20),
                    m("Brasília", "GPE", doc="b", start=0), m("Supreme Court", doc="b", start=20),
                    m("DUBLIN", "GPE", doc="c", start=0), m("Supreme Court", doc="c", start=20),
                    m("Assam", "GPE", doc="d", start=0), m("Supreme Court", doc="d", start=20)])
    courts = sorted(sorted(x.doc for x in e.mentions if x.text == "Supreme Court") for e in ents if e.label == "Supreme Court")
    assert courts == [["a", "d"], ["b"], ["c"]]
