"""Hand-built parses for this round's relation changes: a city and its country in one sentence
when NER typed the city a facility or the people's adjective a place (``gazetteer_country``);
members of a group named by a noun (``A and B of the pop group RBD``, ``entity_of``); the parents
a person is born to (``co_parents``); the names a copula's complement reaches through two
prepositions (``described``); the unit one served in during a war (``during@unit``); each with a
parse on which it must stay silent."""

from __future__ import annotations

from hand_docs import make_doc, mentions_of, relations_of as relations
from spacy.tokens import Doc

from kg.relations import extract_relations


def _shooter(city: str, city_type: str, people: str, people_type: str) -> Doc:
    """``Silva was born in <city> and is an <people> shooter .`` with NER's types given."""
    words = ["Silva", "was", "born", "in", city, "and", "is", "an", people, "shooter", "."]
    return make_doc(words, [2, 2, 2, 2, 3, 2, 2, 9, 9, 6, 2],
                    ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "cc", "conj", "det", "amod", "attr", "punct"],
                    pos=["PROPN", "AUX", "VERB", "ADP", "PROPN", "CCONJ", "AUX", "DET", "ADJ", "NOUN", "PUNCT"],
                    tags=["NNP", "VBD", "VBN", "IN", "NNP", "CC", "VBZ", "DT", "JJ", "NN", "."],
                    ents=["B-PERSON", "O", "O", "O", f"B-{city_type}", "O", "O", "O", f"B-{people_type}", "O", "O"],
                    lemmas=["silva", "be", "bear", "in", city.lower(), "and", "be", "an", people.lower(),
                            "shooter", "."])


def _gazetteer(doc: Doc) -> list[tuple[str, str, str, str]]:
    return [r for r in relations(doc) if r[3] == "gazetteer_country"]


def test_a_people_typed_as_a_place_and_a_city_typed_as_a_facility_still_meet():
    """"born in Luanda … an Angolan sport shooter" with Angolan/GPE; "born in Pruszków" with
    Pruszków/FAC."""
    assert _gazetteer(_shooter("Luanda", "GPE", "Angolan", "GPE")) == [("Luanda", "country", "Angolan", "gazetteer_country")]
    assert _gazetteer(_shooter("Toulouse", "FAC", "French", "NORP")) == [("Toulouse", "country", "French", "gazetteer_country")]


def test_no_country_for_a_person_named_like_a_city_or_a_city_of_another_people():
    """A person NER typed so is no city ("Jackson"); a city of another country gets nothing."""
    assert _gazetteer(_shooter("Toulouse", "PERSON", "French", "NORP")) == []
    assert _gazetteer(_shooter("Luanda", "GPE", "Slovak", "GPE")) == []


def test_a_big_city_meets_its_country_though_smaller_towns_share_its_name():
    """Paris, Texas and Sydney, Nova Scotia are towns of the gazetteer too: the big city is the
    reader's, with its own country only ("an American shooter born in Paris" says nothing)."""
    assert _gazetteer(_shooter("Paris", "GPE", "French", "NORP")) == [("Paris", "country", "French", "gazetteer_country")]
    assert _gazetteer(_shooter("Sydney", "GPE", "Australian", "NORP")) == [("Sydney", "country", "Australian", "gazetteer_country")]
    assert _gazetteer(_shooter("Paris", "GPE", "American", "NORP")) == []


def _members(first: str, first_type: str, group_type: str) -> Doc:
    """``<first> and Dulce Maria of the pop group RBD sang .``"""
    words = [first, "and", "Dulce", "Maria", "of", "the", "pop", "group", "RBD", "sang", "."]
    return make_doc(words, [9, 0, 3, 0, 3, 7, 7, 4, 7, 9, 9],
                    ["nsubj", "cc", "compound", "conj", "prep", "det", "compound", "pobj", "appos", "ROOT", "punct"],
                    pos=["PROPN", "CCONJ", "PROPN", "PROPN", "ADP", "DET", "NOUN", "NOUN", "PROPN", "VERB", "PUNCT"],
                    tags=["NNP", "CC", "NNP", "NNP", "IN", "DT", "NN", "NN", "NNP", "VBD", "."],
                    ents=[f"B-{first_type}", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", f"B-{group_type}", "O", "O"])


def test_members_of_a_group_named_by_its_noun_are_of_it_each():
    got = sorted(r for r in relations(_members("Anna", "PERSON", "ORG")) if r[3] == "entity_of")
    assert got == [("Anna", "of", "RBD", "entity_of"), ("Dulce Maria", "of", "RBD", "entity_of")]


def test_no_group_for_a_place_in_the_list_nor_a_place_the_noun_names():
    got = [r for r in relations(_members("Paris", "GPE", "ORG")) if r[3] == "entity_of"]
    assert got == [("Dulce Maria", "of", "RBD", "entity_of")]  # Paris is no member
    assert [r for r in relations(_members("Anna", "PERSON", "GPE")) if r[3] == "entity_of"] == []


def _born_to(parents: list[str]) -> Doc:
    """``Brewster was born to <parents, one-word names, coordinated> .``"""
    words = ["Brewster", "was", "born", "to"]
    heads, deps = [2, 2, 2, 2], ["nsubjpass", "auxpass", "ROOT", "prep"]
    for k, name in enumerate(parents):
        if k:
            words.append("and" if k == len(parents) - 1 else ",")
            heads.append(4)
            deps.append("cc" if k == len(parents) - 1 else "punct")
        words.append(name)
        heads.append(3 if not k else 4)
        deps.append("pobj" if not k else "conj")
    words.append(".")
    heads.append(2)
    deps.append("punct")
    ents = ["B-PERSON" if w[:1].isupper() and w not in ("Brewster",) or i == 0 else "O" for i, w in enumerate(words)]
    return make_doc(words, heads, deps, ents=ents, tags=["VBN" if w == "born" else "NNP" for w in words],
                    pos=["VERB" if w == "born" else "PROPN" for w in words])


def test_the_two_people_one_is_born_to_had_a_child_together():
    got = [r for r in relations(_born_to(["Joseph", "Sarah"])) if r[3] == "co_parents"]
    assert got == [("Joseph", "had a child with", "Sarah", "co_parents")]
    assert [r for r in relations(_born_to(["Joseph", "Sarah", "Ann"])) if r[3] == "co_parents"] == []


def test_a_copulas_complement_reaches_names_through_two_prepositions():
    """``Oakdale is a town in the Coconino forests of Arizona .``; ``… is not a town …`` is negated."""
    words = "Oakdale is a town in the Coconino forests of Arizona .".split()
    heads, deps = [1, 1, 3, 1, 3, 7, 7, 4, 7, 8, 1], ["nsubj", "ROOT", "det", "attr", "prep", "det", "compound",
                                                      "pobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "AUX", "DET", "NOUN", "ADP", "DET", "PROPN", "NOUN", "ADP", "PROPN", "PUNCT"]
    ents = ["B-GPE", "O", "O", "O", "O", "O", "B-LOC", "O", "O", "B-GPE", "O"]
    lemmas = [w.lower() if w != "is" else "be" for w in words]
    doc = make_doc(words, heads, deps, pos=pos, ents=ents, lemmas=lemmas)
    got = [r for r in relations(doc) if r[3] == "described"]
    assert got == [("Oakdale", "town in", "Coconino", "described")]  # Arizona: class_noun's place of the forests
    neg = make_doc(words[:2] + ["not"] + words[2:], [1, 1, 1, 4, 1, 4, 8, 8, 5, 8, 9, 1],
                   ["nsubj", "ROOT", "neg", *deps[2:]], pos=pos[:2] + ["PART"] + pos[2:],
                   ents=ents[:2] + ["O"] + ents[2:], lemmas=lemmas[:2] + ["not"] + lemmas[2:])
    ms = mentions_of(neg)
    flags = {(ms[t.head].text, ms[t.tail].text, t.negated) for t, _ in extract_relations(neg, ms) if t.rule == "described"}
    assert flags == {("Oakdale", "Coconino", True)}


def test_no_name_three_prepositions_down_nor_under_a_plain_verb():
    """``Oakdale is a town in the forests of the hills of Arizona .``: too far to say anything;
    ``Oakdale sent a town in … of Arizona`` has no copula."""
    words = "Oakdale is a town in the forests of the hills of Arizona .".split()
    heads = [1, 1, 3, 1, 3, 6, 4, 6, 9, 7, 9, 10, 1]
    deps = ["nsubj", "ROOT", "det", "attr", "prep", "det", "pobj", "prep", "det", "pobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "AUX", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]
    ents = ["B-GPE"] + ["O"] * 10 + ["B-GPE", "O"]
    lemmas = [w.lower() if w != "is" else "be" for w in words]
    assert [r for r in relations(make_doc(words, heads, deps, pos=pos, ents=ents, lemmas=lemmas))
            if r[3] == "described"] == []
    words = "Oakdale sent a town in the Coconino forests of Arizona .".split()
    doc = make_doc(words, [1, 1, 3, 1, 3, 7, 7, 4, 7, 8, 1], ["nsubj", "ROOT", "det", "dobj", "prep", "det", "compound",
                                                          "pobj", "prep", "pobj", "punct"],
                   pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "PROPN", "NOUN", "ADP", "PROPN", "PUNCT"],
                   ents=["B-GPE", "O", "O", "O", "O", "O", "B-LOC", "O", "O", "B-GPE", "O"])
    assert [r for r in relations(doc) if r[3] == "described"] == []


def _served(unit_type: str) -> Doc:
    """``Weng served with the Navy during Korea War .`` with the unit's NER type given."""
    words = "Weng served with the Navy during Korea War .".split()
    return make_doc(words, [1, 1, 1, 4, 2, 1, 7, 5, 1],
                    ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "compound", "pobj", "punct"],
                    pos=["PROPN", "VERB", "ADP", "DET", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT"],
                    tags=["NNP", "VBD", "IN", "DT", "NNP", "IN", "NNP", "NNP", "."],
                    ents=["B-PERSON", "O", "O", "O", f"B-{unit_type}", "O", "B-EVENT", "I-EVENT", "O"],
                    lemmas="weng serve with the navy during korea war .".split())


def test_the_unit_served_with_during_a_war_took_part_in_it():
    got = [r for r in relations(_served("ORG")) if r[3] == "during"]
    assert got == [("Weng", "served during", "Korea War", "during"), ("Navy", "took part in", "Korea War", "during")]
    # a person served with is no unit
    assert [r for r in relations(_served("PERSON")) if r[3] == "during"] == [("Weng", "served during", "Korea War", "during")]
