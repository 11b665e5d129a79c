"""Names of the form "<kind> of <name>" (kg.of_names): the rule on hand-built Docs, then real
sentences through the extractor, including sentences where "of" joins two names that stay two."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.of_names import fields_end, kind_head, of_name_end, of_name_start, possessive_end
from kg.spans import capitalised

VOCAB = spacy.blank("en").vocab


def written(tok) -> bool:
    return capitalised(tok)


def parsed(words, heads, pos, ents=None) -> Doc:
    """A Doc by hand, "of" hanging on the word before it and its name on "of"."""
    return Doc(VOCAB, words=words, heads=heads, deps=["dep"] * len(words), pos=pos, ents=ents)


def test_a_kind_head_takes_of_and_a_name_the_parse_hangs_on_it():
    # the London Borough of Hounslow called for mitigation
    doc = parsed(["the", "London", "Borough", "of", "Hounslow", "called"], [2, 2, 5, 2, 3, 5],
                 ["DET", "PROPN", "PROPN", "ADP", "PROPN", "VERB"])
    assert of_name_end(doc, 2, len(doc), written) == 5
    assert of_name_start(doc, 4, 0, len(doc), written) == 2


def test_an_ner_name_after_of_is_taken_whole():
    # the Federal Reserve Bank of New York .
    doc = parsed(["the", "Federal", "Reserve", "Bank", "of", "New", "York", "."], [3, 3, 3, 3, 3, 6, 4, 3],
                 ["DET", "PROPN", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT"],
                 ents=["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "I-GPE", "O"])
    assert of_name_end(doc, 3, len(doc), written) == 7


@pytest.mark.parametrize("words, heads, pos", [
    # a head that is no kind: a team and its league stay two
    (["Kansas", "City", "Chiefs", "of", "Denver"], [2, 2, 2, 2, 3], ["PROPN"] * 3 + ["ADP", "PROPN"]),
    # an office is no name: "the President of France"
    (["the", "President", "of", "France"], [1, 1, 1, 2], ["DET", "PROPN", "ADP", "PROPN"]),
    # a determiner breaks the name: "Bank of the West" is left to NER
    (["Bank", "of", "the", "West"], [0, 0, 3, 1], ["PROPN", "ADP", "DET", "PROPN"]),
    # the kind written in lower case is a common noun: "the city of Paris"
    (["the", "city", "of", "Paris"], [1, 1, 1, 2], ["DET", "NOUN", "ADP", "PROPN"]),
    # "of" that hangs elsewhere: "the Bank , of Paris" is no complement of "Bank"
    (["gave", "Bank", "of", "Paris"], [0, 0, 0, 2], ["VERB", "PROPN", "ADP", "PROPN"]),
])
def test_no_join_where_the_parse_or_the_casing_say_otherwise(words, heads, pos):
    doc = parsed(words, heads, pos)
    head = next(i for i, w in enumerate(words) if w.lower() in ("chiefs", "president", "bank", "city"))
    assert of_name_end(doc, head, len(doc), written) is None


def test_kind_heads_are_capitalised_nouns():
    doc = parsed(["Borough", "borough", "Motors"], [0, 1, 2], ["PROPN", "NOUN", "PROPN"])
    assert [kind_head(t) for t in doc] == [True, False, False]


# --- real sentences through the extractor -------------------------------------------------------

def names(extract, text):
    result, _ = extract(text)
    return [m.text for m in result.mentions]


@pytest.mark.parametrize("sentence, whole, pieces", [
    ("To the east, the London Borough of Hounslow called for mitigation.", "London Borough of Hounslow",
     {"London Borough", "Hounslow"}),
    ("The state had its origins in the lands of the Margraviate of Brandenburg and of the Duchy of Prussia.",
     "Margraviate of Brandenburg", {"Margraviate", "Brandenburg"}),
    ("It was the fifth Bishop of the Episcopal Diocese of Connecticut.", "Episcopal Diocese of Connecticut",
     {"Episcopal Diocese", "Connecticut"}),
    ("The exchange and the Federal Reserve Bank of New York are on Wall Street.", "Federal Reserve Bank of New York",
     {"Federal Reserve Bank", "New York"}),
    ("Shares of NUSA on the Stock Exchange of Indonesia (BEI) closed weakened.", "Stock Exchange of Indonesia",
     {"Stock Exchange", "Indonesia"}),  # translated news: "Bursa Efek Indonesia"
    ("The National Superintendency of Customs and of Tax Administration (SUNAT) imposed a fine.",
     "National Superintendency of Customs and of Tax Administration",
     {"National Superintendency of Customs", "Tax Administration"}),  # "… de Aduanas y de Administración Tributaria"
])
def test_a_kind_of_name_takes_its_of_complement(extract, sentence, whole, pieces):
    found = names(extract, sentence)
    assert whole in found and not pieces & set(found)


@pytest.mark.parametrize("sentence, kept", [
    ("He watched the Chicago Bulls of Michael Jordan win in 1996.", {"Chicago Bulls", "Michael Jordan"}),
    ("Macron, the President of France, met Merkel.", {"France"}),
    ("Abovyan is a town in the Kotayk Province of Armenia.", {"Kotayk Province", "Armenia"}),
    ("General Motors of Detroit bought the plant.", {"Detroit"}),
    ("The President of France and of Andorra spoke in Paris.", {"France", "Andorra"}),
])
def test_names_joined_by_of_that_stay_two(extract, sentence, kept):
    assert kept <= set(names(extract, sentence))


# --- "for Peace and Order": fields listed under one head ---------------------------------------

def field(tok) -> bool:
    return capitalised(tok) and tok.lower_ in {"peace", "order", "painting", "sculpture", "architecture", "defence"}


def test_fields_listed_after_for_stay_in_the_name():
    # National Council for Peace and Order ,
    doc = Doc(VOCAB, words=["National", "Council", "for", "Peace", "and", "Order", ","], heads=[1, 1, 1, 2, 3, 3, 1],
              deps=["compound", "ROOT", "prep", "pobj", "cc", "conj", "punct"])
    assert fields_end(doc, 0, 4, len(doc), field) == 6
    # Moscow School of Painting , Sculpture and Architecture .
    doc = Doc(VOCAB, words=["School", "of", "Painting", ",", "Sculpture", "and", "Architecture", "."],
              heads=[0, 0, 1, 2, 2, 4, 4, 0], deps=["ROOT", "prep", "pobj", "punct", "conj", "cc", "conj", "punct"])
    assert fields_end(doc, 0, 3, len(doc), field) == 7


@pytest.mark.parametrize("words, heads, deps, start, end", [
    # "of" outside the name: "a member of Peace and Order" is no longer name of "Peace"
    (["member", "of", "Peace", "and", "Order"], [0, 0, 1, 2, 2], ["ROOT", "prep", "pobj", "cc", "conj"], 2, 3),
    # a place is no field: "the Ministry of Defence and France" lists two
    (["Ministry", "of", "Defence", "and", "France"], [0, 0, 1, 2, 2], ["ROOT", "prep", "pobj", "cc", "conj"], 0, 3),
    # the word after "and" starts a longer name: "Council for Peace and Order Party"
    (["Council", "for", "Peace", "and", "Order", "Party"], [0, 0, 1, 2, 5, 2], ["ROOT", "prep", "pobj", "cc", "compound", "conj"], 0, 3),
    # not coordinated with the field: "Council for Peace and Order" where "Order" hangs elsewhere
    (["Council", "for", "Peace", "and", "Order"], [0, 0, 1, 0, 0], ["ROOT", "prep", "pobj", "cc", "conj"], 0, 3),
])
def test_two_names_listed_stay_two(words, heads, deps, start, end):
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps)
    assert fields_end(doc, start, end, len(doc), field) is None


def test_a_field_list_through_the_extractor(extract):
    found = names(extract, "He was the leader of the National Council for Peace and Order, since the coup in May.")
    assert "National Council for Peace and Order" in found and "Order" not in found
    found = names(extract, "Trade between Scotland and Wales grew.")
    assert {"Scotland", "Wales"} <= set(found)


def test_a_road_number_ends_a_place_name(extract):
    found = names(extract, "U.S. Highway 2 and Saint Louis County Road 31 are two of the main routes in Brookston.")
    assert "U.S. Highway 2" in found and "U.S. Highway" not in found


# --- "People's Republic", "St. Joseph's Cemetery": a possessive inside a name --------------------

@pytest.mark.parametrize("words, end, expected", [
    (["the", "People", "'s", "Republic", "of"], 2, 4),
    (["the", "Workers", "'", "Party", "won"], 2, 4),
    (["in", "St.", "Joseph", "'s", "Cemetery", ","], 3, 5),
    (["Yale", "'s", "Berkeley", "Divinity", "School"], 1, None),  # a name's possessive: two names
    (["the", "People", "'s", "rights"], 2, None),                 # a lower-case word after it
    (["the", "Giants", "'", "Eli", "Manning"], 2, None),          # no plural noun of people
])
def test_a_possessive_of_people_or_a_saint_stays_in_the_name(words, end, expected):
    doc = Doc(VOCAB, words=words)
    assert possessive_end(doc, end, frozenset()) == expected


@pytest.mark.parametrize("sentence, whole", [
    ("She won the WWE SmackDown Women's Championship in 2018.", "WWE SmackDown Women's Championship"),
    ("He is buried in St. Joseph's Cemetery, Keyport, New Jersey.", "St. Joseph's Cemetery"),
])
def test_a_possessive_name_through_the_extractor(extract, sentence, whole):
    assert whole in names(extract, sentence)


def test_a_possessive_of_a_name_stays_two_names(extract):
    found = names(extract, "The vote in Germany's Parliament was close, said the Giants' Eli Manning.")
    assert "Eli Manning" in found and not any("'s Parliament" in n or "' Eli" in n for n in found)


def field_noun(tok) -> bool:
    """A capitalised common noun of a field, as ``kg.spans._Context.field`` reads one."""
    return capitalised(tok) and tok.lower_ in {"environment", "interior", "west", "medicines"}


def test_an_institution_takes_of_the_and_one_field_noun():
    # Chile 's Superintendency of the Environment has fined …
    words = ["Chile", "'s", "Superintendency", "of", "the", "Environment", "has"]
    doc = parsed(words, [2, 0, 6, 2, 5, 3, 6], ["PROPN", "PART", "PROPN", "ADP", "DET", "PROPN", "AUX"])
    assert of_name_end(doc, 2, len(doc), written, field_noun) == 6
    assert of_name_end(doc, 2, len(doc), written) is None  # no field reader: as before
    # a bank is no institution of a state ("Bank of the West" is left to NER), and a longer name
    # after "the" is no one field ("Office of the Environment Agency")
    doc = parsed(["Bank", "of", "the", "West"], [0, 0, 3, 1], ["PROPN", "ADP", "DET", "PROPN"])
    assert of_name_end(doc, 0, len(doc), written, field_noun) is None
    doc = parsed(["Office", "of", "the", "Environment", "Agency"], [0, 0, 4, 4, 1], ["PROPN", "ADP", "DET", "PROPN", "PROPN"])
    assert of_name_end(doc, 0, len(doc), written, field_noun) is None


def test_an_institution_of_the_field_through_the_extractor(extract):
    result, triples = extract("Chile's Superintendency of the Environment has fined Tolmeca Mining 4.2 million dollars.")
    assert "Superintendency of the Environment" in {m.text for m in result.mentions}
    assert ("Superintendency of the Environment", "fined", "Tolmeca Mining") in triples
