"""Hand-built parses for ownership in business news: a passive the parser read as a noun ("is
majority owned by X", ``kg.prep_repairs.passives_read_as_nouns``), a joint venture "between" its
owners (``kg.relations.descriptions.CLASS_PREPS``), a surname with a "who" clause is the person
(``kg.surname_subjects``) and a large city NER typed a person is the city where the document names
its country (``kg.news_kinds.city_of_named_country``); a town NER typed a body after a named
facility's "in" is the town (``town_mistyped``), a trade phrase before a company noun is
descriptive (``kg.relations.body_parts.trade_modifier``), and a distance set off by a comma is
skipped to the direction after it (``kg.directions.after_distance``)."""

from __future__ import annotations

from spacy.tokens import Span

from hand_docs import make_doc, relations_of

from kg.model import Mention
from kg.news_kinds import city_of_named_country
from kg.prep_repairs import passives_read_as_nouns
from kg.surname_subjects import surnames_as_subjects


def _majority(noun: str = "majority", tag: str = "NN", det: bool = False):
    """"Nokia is majority owned by Siemens ." as the parser reads it: "majority" the copula's
    complement, "owned by Siemens" a participle on it (with ``det``: "is the majority owned …")."""
    words = ["Nokia", "is", *(["the"] if det else []), noun, "owned", "by", "Siemens", "."]
    n = 3 if det else 2
    heads = [1, 1, *([n] if det else []), 1, n, n + 1, n + 2, 1]
    deps = ["nsubj", "ROOT", *(["det"] if det else []), "attr", "acl", "agent", "pobj", "punct"]
    pos = ["PROPN", "AUX", *(["DET"] if det else []), "NOUN", "VERB", "ADP", "PROPN", "PUNCT"]
    tags = ["NNP", "VBZ", *(["DT"] if det else []), tag, "VBN", "IN", "NNP", "."]
    ents = ["B-ORG", "O", *(["O"] if det else []), "O", "O", "O", "B-ORG", "O"]
    lemmas = ["nokia", "be", *(["the"] if det else []), noun, "own", "by", "siemens", "."]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)


def test_a_passive_read_as_a_noun_becomes_the_clauses_verb():
    doc = _majority()
    assert passives_read_as_nouns(doc) == [3, 1, 2]
    assert [(t.dep_, t.head.text) for t in doc[:4]] == [
        ("nsubjpass", "owned"), ("auxpass", "owned"), ("npadvmod", "owned"), ("ROOT", "owned")]
    assert ("Siemens", "owned", "Nokia", "passive") in relations_of(doc)


def test_a_noun_with_words_of_its_own_stays_the_complement():
    doc = _majority(det=True)
    assert passives_read_as_nouns(doc) == []
    assert doc[3].dep_ == "attr"


def test_a_plural_stays_the_complement():
    assert passives_read_as_nouns(_majority("shares", "NNS")) == []


def _venture(prep: str = "between"):
    """"Samarco is a joint venture {prep} Vale and BHP ."."""
    words = ["Samarco", "is", "a", "joint", "venture", prep, "Vale", "and", "BHP", "."]
    heads = [1, 1, 4, 4, 1, 4, 5, 6, 6, 1]
    deps = ["nsubj", "ROOT", "det", "amod", "attr", "prep", "pobj", "cc", "conj", "punct"]
    pos = ["PROPN", "AUX", "DET", "ADJ", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT"]
    tags = ["NNP", "VBZ", "DT", "JJ", "NN", "IN", "NNP", "CC", "NNP", "."]
    ents = ["B-ORG", "O", "O", "O", "O", "O", "B-ORG", "O", "B-ORG", "O"]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents,
                    lemmas=["samarco", "be", "a", "joint", "venture", prep, "vale", "and", "bhp", "."])


def test_a_joint_venture_between_two_bodies_is_of_each():
    found = relations_of(_venture())
    assert ("Samarco", "joint venture between", "Vale", "class_noun") in found
    assert ("Samarco", "joint venture between", "BHP", "class_noun") in found


def _said_surname(relative: bool, ner: str = "GPE", surname: str = "Mendes"):
    """"Ana Mendes won . said Mendes , who / which …": the bare surname as the object of "said",
    NER: ``ner``, with a relative clause on "who" or "which"."""
    words = ["Ana", surname, "won", ".", "Later", "spoke", surname, ",", "who" if relative else "which", "left", "."]
    heads = [1, 2, 2, 2, 5, 5, 5, 6, 9, 6, 5]
    deps = ["compound", "nsubj", "ROOT", "punct", "advmod", "ROOT", "dobj", "punct", "nsubj", "relcl", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "ADV", "VERB", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", f"B-{ner}", "O", "O", "O", "O"]
    doc = make_doc(words, heads, deps, pos=pos, ents=ents, lemmas=[w.lower() for w in words])
    mentions = [Mention("t", e.start_char, e.end_char, e.text, e.label_, 0, len(doc.text)) for e in doc.ents]
    return doc, mentions


def test_a_surname_with_a_who_clause_is_the_person():
    doc, mentions = _said_surname(relative=True)
    assert [m.type for m in surnames_as_subjects(doc, mentions)] == ["PERSON", "PERSON"]


def test_a_surname_with_a_which_clause_keeps_ners_type():
    doc, mentions = _said_surname(relative=False)
    assert [m.type for m in surnames_as_subjects(doc, mentions)] == ["PERSON", "GPE"]


def test_a_surname_ner_typed_a_body_with_a_who_clause_is_the_person():
    """A company may be named after its founder ("Dell announced" keeps NER's ORG), but no body is
    "who"."""
    doc, mentions = _said_surname(relative=True, ner="ORG", surname="Okafor")  # no town of the gazetteer
    assert [m.type for m in surnames_as_subjects(doc, mentions)] == ["PERSON", "PERSON"]
    doc, mentions = _said_surname(relative=False, ner="ORG", surname="Okafor")
    assert [m.type for m in surnames_as_subjects(doc, mentions)] == ["PERSON", "ORG"]


def _first_name(first: str = "Oumar", full: list[str] | None = None):
    """"<full> won . We followed <first> ." with NER's place for the bare first name."""
    full = full or [first, "Diallo"]
    words = [*full, "won", ".", "We", "followed", first, "."]
    n = len(full)
    heads = [n - 1] * (n - 1) + [n, n, n, n + 3, n + 3, n + 3, n + 3]
    deps = ["compound"] * (n - 1) + ["nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["PROPN"] * n + ["VERB", "PUNCT", "PRON", "VERB", "PROPN", "PUNCT"]
    ents = ["B-PERSON"] + ["I-PERSON"] * (n - 1) + ["O", "O", "O", "O", "B-GPE", "O"]
    doc = make_doc(words, heads, deps, pos=pos, ents=ents)
    return doc, [Mention("t", e.start_char, e.end_char, e.text, e.label_, 0, len(doc.text)) for e in doc.ents]


def test_the_first_word_of_a_persons_name_written_alone_is_the_person():
    """kg.surname_subjects: "Oumar Diallo … We followed Oumar" (NER: GPE), not a known place
    ("Paris" of "Paris Dumont"), nor the genus of a species NER read as a person."""
    assert [m.type for m in surnames_as_subjects(*_first_name())] == ["PERSON", "PERSON"]
    assert [m.type for m in surnames_as_subjects(*_first_name("Paris"))] == ["PERSON", "GPE"]
    species = _first_name("Oecia", ["Oecia", "oecophila"])
    assert [m.type for m in surnames_as_subjects(*species)] == ["PERSON", "GPE"]


def _help(country: str, person_before: bool = False):
    """"Officials of {country} asked . France helped Rabat .", NER: Rabat a person (with
    ``person_before``: "Karim Rabat of {country} asked . France helped Rabat .")."""
    words = ["Karim" if person_before else "Officials", "Rabat" if person_before else "there", "of", country,
             "asked", ".", "France", "helped", "Rabat", "."]
    heads = [1, 4, 1, 2, 4, 4, 7, 7, 7, 7]
    deps = ["compound", "nsubj", "prep", "pobj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "punct"]
    ents = ["B-PERSON" if person_before else "O", "I-PERSON" if person_before else "O", "O", "B-GPE",
            "O", "O", "B-GPE", "O", "B-PERSON", "O"]
    return make_doc(words, heads, deps, ents=ents)


def test_a_large_city_ner_typed_a_person_is_the_city_where_its_country_is_named():
    doc = _help("Morocco")
    assert city_of_named_country(Span(doc, 8, 9), "PERSON")
    assert not city_of_named_country(Span(doc, 8, 9), "ORG")


def test_a_city_of_a_country_the_document_does_not_name_stays_a_person():
    doc = _help("Peru")
    assert not city_of_named_country(Span(doc, 8, 9), "PERSON")


def test_the_surname_of_a_person_the_document_names_stays_a_person():
    doc = _help("Morocco", person_before=True)
    assert not city_of_named_country(Span(doc, 8, 9), "PERSON")


def test_a_town_ner_typed_a_body_after_a_facilitys_in_is_the_town():
    from kg.news_kinds import town_mistyped

    words = ["played", "at", "the", "Groupama", "Stadium", "in", "Décines-Charpieu", "."]
    heads = [0, 0, 4, 4, 1, 4, 5, 0]
    deps = ["ROOT", "prep", "det", "compound", "pobj", "prep", "pobj", "punct"]
    ents = ["O", "O", "B-FAC", "I-FAC", "I-FAC", "O", "B-ORG", "O"]
    doc = make_doc(words, heads, deps, ents=ents)
    assert town_mistyped(Span(doc, 6, 7), "ORG")
    ents[2:5] = ["O", "O", "O"]  # "a stake in X": a noun's "in" names a body
    assert not town_mistyped(Span(make_doc(words, heads, deps, ents=ents), 6, 7), "ORG")


def test_a_trade_phrase_before_a_company_noun_is_descriptive():
    from kg.relations.body_parts import trade_modifier

    words = ["The", "German", "medical", "technology", "company", "grew", "."]
    heads = [4, 4, 3, 4, 5, 5, 5]
    deps = ["det", "amod", "amod", "compound", "nsubj", "ROOT", "punct"]
    tags = ["DT", "JJ", "JJ", "NN", "NN", "VBD", "."]
    doc = make_doc(words, heads, deps, tags=tags)
    assert trade_modifier(doc[3])  # "medical technology"
    assert not trade_modifier(doc[1])  # "German": a people's word, read by its own test
    words[2] = "new"
    assert not trade_modifier(make_doc(words, heads, deps, tags=tags)[3])  # "new technology company": another body


def test_a_distance_set_off_by_a_comma_is_skipped_to_its_direction():
    from kg.directions import after_distance

    words = ["Ighil", ",", "about", "70", "kilometres", "southwest", "of", "Marrakech", "."]
    doc = make_doc(words, [0] * len(words), ["ROOT"] + ["dep"] * (len(words) - 1))
    assert after_distance(doc, 1) == 5
    assert after_distance(doc, 0) is None  # no comma
    words[4] = "people"
    assert after_distance(make_doc(words, [0] * len(words), ["ROOT"] + ["dep"] * (len(words) - 1)), 1) is None

