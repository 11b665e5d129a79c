"""Hand-built parses from translated wire copy: an office's second field the parser read as a
second office goes to the first field (``kg.holder_repairs.fields_read_as_office_conjuncts``:
"the Minister of Water Resources and Irrigation X"), a province NER read as a body after a named
site's "in" is a place (``kg.news_kinds.town_mistyped``: "the Satish Dhawan Space Centre in
Andhra Pradesh"), a site "on" a river is located on it (``located_in``: "the Renaissance Dam
on the Blue Nile"), and a state the gazetteers know run into a holder's full name is split off
(``kg.office_holders.split_office_holder``: "the Governor of North Carolina Roy Cooper"); the
cases beside them keep their reading."""

from __future__ import annotations

from hand_docs import make_doc, relations_of
from spacy.tokens import Span

from kg.holder_repairs import fields_read_as_office_conjuncts
from kg.news_kinds import town_mistyped


def _minister(second: str = "Irrigation"):
    """"The Minister of Water Resources and [second] Hani Sewilam spoke ." as the parser reads it:
    ``second`` the minister's conjunct, Sewilam his apposition."""
    words = ["The", "Minister", "of", "Water", "Resources", "and", second, "Hani", "Sewilam", "spoke", "."]
    heads = [1, 9, 1, 4, 2, 4, 1, 8, 1, 9, 9]
    deps = ["det", "nsubj", "prep", "compound", "pobj", "cc", "conj", "compound", "appos", "ROOT", "punct"]
    pos = ["DET", "PROPN", "ADP", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    ents = ["O"] * 7 + ["B-PERSON", "I-PERSON", "O", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents)


def test_an_offices_second_field_read_as_a_second_office_joins_the_first_field():
    doc = _minister()
    assert fields_read_as_office_conjuncts(doc) == [6]
    assert (doc[6].head.text, doc[5].head.text) == ("Resources", "Resources")
    assert doc[2].right_edge.i == 6  # the "of" phrase runs up to the holder's name again


def test_a_conjunct_that_is_no_portfolio_keeps_its_head():
    doc = _minister("Deputy")  # "… and Deputy X": a second office
    assert fields_read_as_office_conjuncts(doc) == []
    assert doc[6].head.text == "Minister"


def _centre(place: list[str], site_ent: str = "ORG"):
    """"launched from the Satish Dhawan Space Centre in <place> ." with the place NER's body."""
    words = ["launched", "from", "the", "Satish", "Dhawan", "Space", "Centre", "in", *place, "."]
    n = len(place)
    heads = [0, 0, 6, 6, 6, 6, 1, 6, *([8 + n - 1] * (n - 1)), 7, 0]
    deps = ["ROOT", "prep", "det", "compound", "compound", "compound", "pobj", "prep", *(["compound"] * (n - 1)), "pobj",
            "punct"]
    ents = ["O", "O", "O", f"B-{site_ent}", f"I-{site_ent}", f"I-{site_ent}", f"I-{site_ent}", "O", "B-ORG",
            *(["I-ORG"] * (n - 1)), "O"]
    return make_doc(words, heads, deps, ents=ents)


def test_a_province_ner_read_as_a_body_after_a_named_sites_in_is_a_place():
    doc = _centre(["Andhra", "Pradesh"])
    assert town_mistyped(Span(doc, 8, 10), "ORG")


def test_a_body_after_a_sites_in_or_a_province_after_a_persons_in_stays():
    assert not town_mistyped(Span(_centre(["Andhra", "Bank"]), 8, 10), "ORG")  # no province
    assert not town_mistyped(Span(_centre(["Andhra", "Pradesh"], site_ent="PERSON"), 8, 10), "ORG")


def _dam(prep: str = "on", tail: str = "LOC"):
    """"the Renaissance Dam [prep] the Blue Nile was built ." with the dam a site (FAC)."""
    words = ["the", "Renaissance", "Dam", prep, "the", "Blue", "Nile", "was", "built", "."]
    heads = [2, 2, 8, 2, 6, 6, 3, 8, 8, 8]
    deps = ["det", "compound", "nsubjpass", "prep", "det", "compound", "pobj", "auxpass", "ROOT", "punct"]
    ents = ["O", "B-FAC", "I-FAC", "O", "O", f"B-{tail}", f"I-{tail}", "O", "O", "O"]
    return make_doc(words, heads, deps, ents=ents)


def test_a_site_on_a_river_is_located_on_it():
    assert ("Renaissance Dam", "located on", "Blue Nile", "located_in") in relations_of(_dam())


def test_a_site_on_a_body_or_near_a_river_is_not_located_on_it():
    assert not [r for r in relations_of(_dam(tail="ORG")) if r[1] == "located on"]  # "on the Blue Nile Authority"
    assert not [r for r in relations_of(_dam(prep="near")) if r[1] == "located on"]


def _governor(place: list[str]):
    """"the Governor of <place> Roy Cooper spoke ." with NER's one span over the place and the name."""
    words = ["the", "Governor", "of", *place, "Roy", "Cooper", "spoke", "."]
    n = len(place)
    end = 3 + n + 1  # "Cooper"
    heads = [1, end + 1, 1, *([end] * n), end, 2, end + 1, end + 1]
    deps = ["det", "nsubj", "prep", *(["compound"] * n), "compound", "pobj", "ROOT", "punct"]
    pos = ["DET", "PROPN", "ADP", *(["PROPN"] * n), "PROPN", "PROPN", "VERB", "PUNCT"]
    ents = ["O", "O", "O", "B-ORG", *(["I-ORG"] * (n + 1)), "O", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents)


def test_a_known_state_before_a_full_name_after_an_office_is_split_off():
    from kg.office_holders import split_office_holder

    doc = _governor(["North", "Carolina"])
    parts = split_office_holder(doc.ents[0])
    assert [(p.text, p.label_) for p in parts] == [("North Carolina", "GPE"), ("Roy Cooper", "PERSON")]


def test_an_unknown_place_before_a_name_of_everyday_words_stays_whole():
    from kg.office_holders import split_office_holder

    doc = _governor(["Northwind", "Holdings"])  # no place the gazetteers know
    assert [p.text for p in split_office_holder(doc.ents[0])] == ["Northwind Holdings Roy Cooper"]


def test_each_part_of_a_field_of_several_parts_is_a_field():
    """``kg.office_holders.office_field``: "Energy", "Mines" and "Water" of "the Minister of Energy,
    Mines and Water of Mongolia" name no body; "Mongolia" after it does, and a list of bodies
    after "with" is no field."""
    from kg.office_holders import office_field

    words = ["the", "Minister", "of", "Energy", ",", "Mines", "and", "Water", "of", "Mongolia", "spoke", "."]
    doc = make_doc(words, [1, 10, 1, 2, 3, 3, 5, 5, 1, 8, 10, 10],
                   ["det", "nsubj", "prep", "pobj", "punct", "conj", "cc", "conj", "prep", "pobj", "ROOT", "punct"],
                   pos=["DET", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "ADP", "PROPN", "VERB", "PUNCT"])
    assert office_field(doc, 3, 4) and office_field(doc, 5, 6) and office_field(doc, 7, 8)
    assert not office_field(doc, 9, 10)
    words[1] = "talks"  # no office before the "of"
    doc = make_doc(words, [1, 10, 1, 2, 3, 3, 5, 5, 1, 8, 10, 10],
                   ["det", "nsubj", "prep", "pobj", "punct", "conj", "cc", "conj", "prep", "pobj", "ROOT", "punct"],
                   pos=["DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "ADP", "PROPN", "VERB", "PUNCT"])
    assert not (office_field(doc, 5, 6) or office_field(doc, 7, 8))


def _office_then_holder(office: str, field: list[str]):
    """"the <office> of <field> Borys Budka spoke ." with NER's person for the holder."""
    words = ["the", office, "of", *field, "Borys", "Budka", "spoke", "."]
    n = len(field)
    heads = [1, 4 + n, 1, *([2] * n), 4 + n, 1, 4 + n, 4 + n]
    deps = ["det", "nsubj", "prep", *(["pobj"] * n), "compound", "appos", "ROOT", "punct"]
    pos = ["DET", "PROPN", "ADP", *(["PROPN"] * n), "PROPN", "PROPN", "VERB", "PUNCT"]
    ents = ["O", "O", "O", *(["O"] * n), "B-PERSON", "I-PERSON", "O", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents)


def test_a_ministers_portfolio_right_before_the_holders_name_is_a_field():
    """``kg.office_holders.office_field``: "the Minister of State Assets Borys Budka" (the portfolio
    names no body); "the CEO of Apple Tim Cook" names the company."""
    from kg.office_holders import office_field

    assert office_field(_office_then_holder("Minister", ["State", "Assets"]), 3, 5)
    assert not office_field(_office_then_holder("CEO", ["Apple"]), 3, 4)


def test_a_name_kg_retyped_keeps_that_type_for_its_bare_mentions():
    """``kg.entity_types.name_types``: "the company Sonatrach" (NER: PERSON, retyped a body by its
    kind noun) makes a later bare "Sonatrach" NER left unread a body too; NER's vote stands otherwise."""
    from kg.entity_types import name_types
    from kg.model import Mention

    doc = make_doc(["company", "Sonatrach", "and", "Eni", "met", "Sonatrach"], [4, 0, 1, 1, 4, 4],
                   ["nsubj", "appos", "cc", "conj", "ROOT", "dobj"],
                   ents=["O", "B-PERSON", "O", "B-ORG", "O", "O"])
    typed = Mention("t", 8, 17, "Sonatrach", "ORG", 0, len(doc.text), origin="typed")
    assert name_types(doc, doc.text, [typed]) == {"sonatrach": "ORG", "eni": "ORG"}
    assert name_types(doc, doc.text, []) == {"sonatrach": "PERSON", "eni": "ORG"}


def _chairman_of(first_named: bool):
    """"[The Verkhovna Rada] met . Chairman of the Verkhovna Rada Ruslan Stefanchuk spoke .", NER's
    one body for "the Verkhovna Rada Ruslan Stefanchuk" (and for the first mention, when ``first_named``)."""
    words = ["The", "Verkhovna", "Rada", "met", ".", "Chairman", "of", "the", "Verkhovna", "Rada", "Ruslan", "Stefanchuk",
             "spoke", "."]
    heads = [2, 2, 3, 3, 3, 12, 5, 11, 11, 11, 11, 6, 12, 12]
    deps = ["det", "compound", "nsubj", "ROOT", "punct", "nsubj", "prep", "det", "compound", "compound", "compound", "pobj",
            "ROOT", "punct"]
    pos = ["DET", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    ents = (["B-ORG", "I-ORG", "I-ORG"] if first_named else ["O"] * 3) + ["O"] * 4 + ["B-ORG"] + ["I-ORG"] * 4 + ["O"] * 2
    return make_doc(words, heads, deps, pos=pos, ents=ents)


def test_a_body_named_whole_elsewhere_keeps_its_last_word_before_the_holder():
    """``kg.office_holders.split_office_holder``: after "The Verkhovna Rada" the holder is "Ruslan
    Stefanchuk", not "Rada Ruslan Stefanchuk" ("Rada" is a given name too)."""
    from kg.office_holders import split_office_holder
    from kg.truecase import english_lexicon

    parts = split_office_holder(_chairman_of(True)[7:12], english_lexicon())
    assert [p.text for p in parts] == ["the Verkhovna Rada", "Ruslan Stefanchuk"]
    parts = split_office_holder(_chairman_of(False)[7:12], english_lexicon())
    assert [p.text for p in parts] == ["the Verkhovna", "Rada Ruslan Stefanchuk"]  # nothing says otherwise


def test_a_role_whose_field_is_of_a_country_is_held_in_that_country():
    """``as_role`` (``kg.relations.verbs``): "appointed Kachka as Minister of Economy of Ukraine" → minister of
    Ukraine (the field "Economy" names nothing; its own "of" names where the office is)."""
    words = ["The", "Rada", "appointed", "Kachka", "as", "Minister", "of", "Economy", "of", "Ukraine", "."]
    doc = make_doc(words, [1, 2, 2, 2, 2, 4, 5, 6, 7, 8, 2],
                   ["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj", "prep", "pobj", "punct"],
                   pos=["DET", "PROPN", "VERB", "PROPN", "ADP", "PROPN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
                   tags=["DT", "NNP", "VBD", "NNP", "IN", "NNP", "IN", "NNP", "IN", "NNP", "."],
                   ents=["O", "B-ORG", "O", "B-PERSON", "O", "O", "O", "O", "O", "B-GPE", "O"],
                   lemmas=["the", "rada", "appoint", "kachka", "as", "minister", "of", "economy", "of", "ukraine", "."])
    found = relations_of(doc)
    assert ("Kachka", "minister of", "Ukraine", "as_role") in found, found
    assert ("Kachka", "minister of", "Rada", "as_role") not in found


def test_a_ministers_field_names_a_ministry_of_that_field():
    """``kg.relations.role_bodies.field_body``: "Transport Minister Loke … the Ministry of Transport";
    no ministry of another field ("the Ministry of Health") is his."""
    def doc(ministry: str):
        words = ["Transport", "Minister", "Loke", "praised", "the", "Ministry", "of", ministry, "."]
        return make_doc(words, [1, 2, 3, 3, 5, 3, 5, 6, 3],
                        ["compound", "compound", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                        pos=["PROPN", "PROPN", "PROPN", "VERB", "DET", "PROPN", "ADP", "PROPN", "PUNCT"],
                        tags=["NNP", "NNP", "NNP", "VBD", "DT", "NNP", "IN", "NNP", "."],
                        ents=["O", "O", "B-PERSON", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"],
                        lemmas=["transport", "minister", "loke", "praise", "the", "ministry", "of", ministry.lower(), "."])
    assert ("Loke", "minister of", "Ministry of Transport", "title+antecedent+field_body") in relations_of(doc("Transport"))
    assert not any(r[2] == "Ministry of Health" and r[1] == "minister of" for r in relations_of(doc("Health")))
