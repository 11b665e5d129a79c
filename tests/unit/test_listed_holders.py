"""Hand-built parses of offices written for a list of people: a plural office holds for every
member ("Lumora Labs founders Asha Patel and Ben Cole"), a later member with an office of its own
holds it at the company written for the first ("Lumora's chief executive Asha Patel and chief
operating officer Ben Cole"), a plural office's "of" list the parser ran on the company; and
the readings beside them that stay (a singular office, an occupation, a country's office)."""

from __future__ import annotations

from hand_docs import make_doc, relations_of

from kg.entity_types import _fix_type
from kg.holder_repairs import holders_read_as_name_conjuncts
from kg.kind_nouns import company_of_office

_PERSONS = ["B-PERSON", "I-PERSON"]


def _founders(noun: str = "founders", tag: str = "NNS"):
    """"Lumora Labs <noun> Asha Patel and Ben Cole spoke ." as the parser reads it: the office
    in front of the first name, the second name that name's conjunct."""
    words = ["Lumora", "Labs", noun, "Asha", "Patel", "and", "Ben", "Cole", "spoke", "."]
    heads = [1, 2, 4, 4, 8, 4, 7, 4, 8, 8]
    deps = ["compound", "compound", "compound", "compound", "nsubj", "cc", "compound", "conj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "NOUN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT"]
    tags = ["NNP", "NNPS", tag, "NNP", "NNP", "CC", "NNP", "NNP", "VBD", "."]
    ents = ["B-ORG", "I-ORG", "O", *_PERSONS, "O", *_PERSONS, "O", "O"]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents)


def test_a_plural_office_before_a_list_of_names_holds_for_every_member():
    got = {(h, t) for h, r, t, rule in relations_of(_founders()) if rule == "listed_office"}
    assert got == {("Ben Cole", "Lumora Labs")}


def test_a_singular_office_before_the_first_name_is_that_members_only():
    assert [r for r in relations_of(_founders("founder", "NN")) if r[3] == "listed_office"] == []


def _two_offices(second: str = "officer", body: str = "ORG"):
    """"Lumora 's chief executive Asha Patel and chief operating <second> Ben Cole spoke ." as the
    parser reads it: the first name the possessive office's apposition, the second its conjunct
    with an office of its own in front."""
    words = ["Lumora", "'s", "chief", "executive", "Asha", "Patel", "and", "chief", "operating", second, "Ben", "Cole",
             "spoke", "."]
    heads = [3, 0, 3, 12, 5, 3, 5, 9, 9, 11, 11, 5, 12, 12]
    deps = ["poss", "case", "amod", "nsubj", "compound", "appos", "cc", "amod", "compound", "compound", "compound",
            "conj", "ROOT", "punct"]
    pos = ["PROPN", "PART", "ADJ", "NOUN", "PROPN", "PROPN", "CCONJ", "ADJ", "NOUN", "NOUN", "PROPN", "PROPN", "VERB",
           "PUNCT"]
    ents = [f"B-{body}", "O", "O", "O", *_PERSONS, "O", "O", "O", "O", *_PERSONS, "O", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents)


def test_a_later_members_own_office_is_held_at_the_company_written_for_the_first():
    assert ("Ben Cole", "chief operating officer of", "Lumora", "title") in relations_of(_two_offices())


def test_an_occupation_or_a_countrys_office_takes_no_body_from_the_first_member():
    assert not any(r[0] == "Ben Cole" and r[2] == "Lumora" for r in relations_of(_two_offices(second="actor")))
    assert not any(r[0] == "Ben Cole" and r[2] == "Lumora" for r in relations_of(_two_offices(body="GPE")))


def _founders_of(second: str = "Ben", second_ent: str = "B-PERSON"):
    """"The founders of Lumora , Asha Patel and <second> Cole , spoke ." as the parser reads it:
    the list the conjunct of the company the office's "of" names."""
    words = ["The", "founders", "of", "Lumora", ",", "Asha", "Patel", "and", second, "Cole", ",", "spoke", "."]
    heads = [1, 11, 1, 2, 3, 6, 3, 6, 9, 6, 1, 11, 11]
    deps = ["det", "nsubj", "prep", "pobj", "punct", "compound", "conj", "cc", "compound", "conj", "punct", "ROOT",
            "punct"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT", "VERB",
           "PUNCT"]
    tags = ["DT", "NNS", "IN", "NNP", ",", "NNP", "NNP", "CC", "NNP", "NNP", ",", "VBD", "."]
    ents = ["O", "O", "O", "B-ORG", "O", *_PERSONS, "O", second_ent, "I-" + second_ent[2:], "O", "O", "O"]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents)


def test_a_list_of_people_after_a_plural_offices_company_is_the_offices():
    doc = _founders_of()
    assert holders_read_as_name_conjuncts(doc) == [6]
    assert (doc[6].head.text, doc[6].dep_) == ("founders", "appos")
    assert {(h, t) for h, r, t, rule in relations_of(doc)} >= {("Asha Patel", "Lumora"), ("Ben Cole", "Lumora")}


def test_a_list_with_a_place_in_it_stays_a_list_of_what_the_office_is_of():
    doc = _founders_of(second="Paris", second_ent="B-GPE")
    assert holders_read_as_name_conjuncts(doc) == []


def _possessive_office(noun: str = "executive"):
    """"Lumora 's chief <noun> , Asha Patel , spoke ." with NER reading both names as people's."""
    words = ["Lumora", "'s", "chief", noun, ",", "Asha", "Patel", ",", "spoke", "."]
    heads = [3, 0, 3, 8, 3, 6, 3, 3, 8, 8]
    deps = ["poss", "case", "amod", "nsubj", "punct", "compound", "appos", "punct", "ROOT", "punct"]
    tags = ["NNP", "POS", "JJ", "NN", ",", "NNP", "NNP", ",", "VBD", "."]
    ents = ["B-PERSON", "O", "O", "O", "O", *_PERSONS, "O", "O", "O"]
    return make_doc(words, heads, deps, tags=tags, ents=ents)


def test_the_possessive_before_a_companys_office_and_its_holder_names_a_company():
    assert company_of_office(_possessive_office()[0:1])
    assert not company_of_office(_possessive_office("sister")[0:1])


def test_a_small_business_named_for_its_trade_is_no_person():
    doc = make_doc(["Kestrel", "Bakery", "grew", "."], [1, 2, 2, 2], ["compound", "nsubj", "ROOT", "punct"],
                   ents=["B-PERSON", "I-PERSON", "O", "O"])
    assert _fix_type(doc[0:2], "PERSON") == "ORG"
