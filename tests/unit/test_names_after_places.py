"""A person's name right after the place an office is of, on hand-built parses: the place noun's
"of" names the first name, not the person's the parser hung there (``kg.kind_nouns``), a place's
name does not grow into the person's given name (``kg.spans.name_chain``); an object written after
a sentence's length goes back to its verb (``kg.parse_repairs``), and a role stands for the person
a second noun set off after it names (``kg.relations.office_args``)."""

from __future__ import annotations

from hand_docs import make_doc, relations_of

from kg.kind_nouns import named_by_place_noun
from kg.parse_repairs import repair_parse
from kg.spans import name_chain


def _mayor_of(place: str, given: str, surname: str) -> object:
    """"He met the mayor of the municipality of <place> <given> <surname> ." as the parser reads
    it: the surname the object of "of", the place and the given name its compounds."""
    words = ["He", "met", "the", "mayor", "of", "the", "municipality", "of", place, given, surname, "."]
    heads = [1, 1, 3, 1, 3, 6, 4, 6, 10, 10, 7, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "compound", "compound", "pobj", "punct"]
    pos = ["PRON", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT"]
    return words, heads, deps, pos


def test_the_place_noun_names_the_first_name_not_the_person_after_it():
    words, heads, deps, pos = _mayor_of("Lugo", "Tomás", "Ferreira")
    doc = make_doc(words, heads, deps, pos=pos, ents=["O"] * 8 + ["B-ORG", "O", "B-PERSON", "O"])
    assert not named_by_place_noun(doc[10:11])  # NER's place (ORG) stands between
    assert named_by_place_noun(doc[8:9])  # "the municipality of Lugo"
    one = make_doc(words, heads, deps, pos=pos, ents=["O"] * 8 + ["B-PERSON", "I-PERSON", "I-PERSON", "O"])
    assert not named_by_place_noun(one[9:11])  # cut from NER's one PERSON: it opens on a given name


def test_a_piece_joined_by_hyphens_is_still_the_place_nouns():
    words = ["near", "the", "city", "of", "Bandar", "-", "e", "-", "Abbas", "."]
    doc = make_doc(words, [0, 2, 0, 2, 8, 8, 8, 8, 3, 0],
                   ["ROOT", "det", "pobj", "prep", "compound", "punct", "compound", "punct", "pobj", "punct"],
                   pos=["ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT"],
                   ents=["O"] * 4 + ["B-GPE", "I-GPE", "I-GPE", "I-GPE", "I-GPE", "O"],
                   spaces=[True, True, True, True, False, False, False, False, False, False])
    assert named_by_place_noun(doc[8:9])  # "Abbas" is a given name, but of "Bandar-e-Abbas"


def test_a_place_does_not_grow_into_the_given_name_of_the_person_after_it():
    words, heads, deps, pos = _mayor_of("Lugo", "Tomás", "Ferreira")
    doc = make_doc(words, heads, deps, pos=pos, ents=["O"] * 8 + ["B-ORG", "O", "B-PERSON", "O"])
    assert name_chain(doc[8:9], frozenset()).text == "Lugo"
    unnamed = make_doc(words, heads, deps, pos=pos, ents=["O"] * 8 + ["B-ORG", "O", "O", "O"])
    assert name_chain(unnamed[8:9], frozenset()).text != "Lugo"  # no person named after it: it grows


def _sentenced(counted: bool) -> object:
    """"The court sentenced to [six] years of prison the mayor Tomás Ferreira ." as the parser
    reads it: the mayor an apposition of "years"."""
    words = ["The", "Audiencia", "sentenced", "to", "six", "years", "of", "prison", "the", "mayor", "Tomás", "Ferreira", "."]
    heads = [1, 2, 2, 2, 5, 3, 5, 6, 9, 5, 11, 9, 2]
    deps = ["det", "nsubj", "ROOT", "prep", "nummod", "pobj", "prep", "pobj", "det", "appos", "compound", "appos", "punct"]
    pos = ["DET", "PROPN", "VERB", "ADP", "NUM", "NOUN", "ADP", "NOUN", "DET", "NOUN", "PROPN", "PROPN", "PUNCT"]
    if not counted:
        deps[4], pos[4] = "amod", "ADJ"  # "to long years of prison": no number
    tags = ["DT", "NNP", "VBD", "IN", "CD", "NNS", "IN", "NN", "DT", "NN", "NNP", "NNP", "."]
    ents = ["O", "B-ORG", "O", "O", "O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"]
    lemmas = [w.lower() for w in words]
    lemmas[2] = "sentence"
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)


def test_an_object_written_after_a_sentences_length_goes_back_to_its_verb():
    doc = _sentenced(counted=True)
    assert 9 in repair_parse(doc)
    assert (doc[9].head.text, doc[9].dep_) == ("sentenced", "dobj")
    assert ("Audiencia", "sentenced", "Tomás Ferreira", "svo") in relations_of(doc)
    uncounted = _sentenced(counted=False)
    repair_parse(uncounted)
    assert uncounted[9].dep_ == "appos"


def test_a_role_stands_for_the_person_a_second_noun_set_off_after_it_names():
    # "The Audiencia condemned the administrator of the club , the lawyer Tomás Ferreira ."
    words = ["The", "Audiencia", "condemned", "the", "administrator", "of", "the", "club", ",", "the", "lawyer",
             "Tomás", "Ferreira", "."]
    heads = [1, 2, 2, 4, 2, 4, 7, 5, 4, 10, 4, 12, 10, 2]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct", "det", "appos", "compound", "appos",
            "punct"]
    pos = ["DET", "PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "DET", "NOUN", "PROPN", "PROPN", "PUNCT"]
    tags = ["DT", "NNP", "VBD", "DT", "NN", "IN", "DT", "NN", ",", "DT", "NN", "NNP", "NNP", "."]
    ents = ["O", "B-ORG"] + ["O"] * 9 + ["B-PERSON", "I-PERSON", "O"]
    lemmas = [w.lower() for w in words]
    lemmas[2] = "condemn"
    doc = make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)
    assert ("Audiencia", "condemned", "Tomás Ferreira", "svo") in relations_of(doc)
    words[10] = lemmas[10] = "house"  # "the house Tomás Ferreira": no noun for a person
    doc = make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)
    assert not any(r[2] == "Tomás Ferreira" for r in relations_of(doc))
