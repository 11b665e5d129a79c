"""Hand-built parses for this round's relation changes: a place hyphened to ``based`` in front of a
noun (``based``); life dates whose places NER typed as people, behind a bracket that carries a
dropped name's punctuation (``life_dates``); each with a parse on which it must stay silent."""

from __future__ import annotations

from hand_docs import make_doc, relations_of as relations
from spacy.tokens import Doc



def _based(first: str, first_ent: str) -> Doc:
    """``<first> , a Houston - based gas company , hired him .``"""
    words = [first, ",", "a", "Houston", "-", "based", "gas", "company", ",", "hired", "him", "."]
    return make_doc(words, [9, 0, 7, 5, 5, 7, 7, 0, 0, 9, 9, 9],
                    ["nsubj", "punct", "det", "npadvmod", "punct", "amod", "compound", "appos", "punct", "ROOT",
                     "dobj", "punct"],
                    pos=["PROPN" if first_ent != "O" else "NOUN", "PUNCT", "DET", "PROPN", "PUNCT", "VERB", "NOUN",
                         "NOUN", "PUNCT", "VERB", "PRON", "PUNCT"],
                    tags=["NNP", ",", "DT", "NNP", "HYPH", "VBN", "NN", "NN", ",", "VBD", "PRP", "."],
                    ents=[first_ent, "O", "O", "B-GPE", "O", "O", "O", "O", "O", "O", "O", "O"],
                    lemmas=[first.lower(), ",", "a", "houston", "-", "base", "gas", "company", ",", "hire", "he", "."])


def test_a_place_hyphened_to_based_is_where_the_named_noun_is_based():
    assert [r for r in relations(_based("Tellurian", "B-ORG")) if r[3] == "based"] == [
        ("Tellurian", "based in", "Houston", "based")]


def test_based_without_a_name_for_the_noun_says_nothing():
    # "The firm, a Houston-based gas company, hired him": no name is based anywhere
    assert [r for r in relations(_based("firm", "O")) if r[3] == "based"] == []


def _startup(name_ent: str) -> Doc:
    """``Toronto - based startup Xaira Therapeutics has signed a deal .`` as the parser reads it at a
    sentence's start: "startup" the root, the name the subject of a relative clause on it."""
    words = ["Toronto", "-", "based", "startup", "Xaira", "Therapeutics", "has", "signed", "a", "deal", "."]
    return make_doc(words, [2, 2, 3, 3, 5, 7, 7, 3, 9, 7, 3],
                    ["npadvmod", "punct", "amod", "ROOT", "compound", "nsubj", "aux", "relcl", "det", "dobj", "punct"],
                    pos=["PROPN", "PUNCT", "VERB", "NOUN", "PROPN", "PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
                    tags=["NNP", "HYPH", "VBN", "NN", "NNP", "NNP", "VBZ", "VBN", "DT", "NN", "."],
                    ents=["B-GPE", "O", "O", "O", name_ent, "I-ORG" if name_ent != "O" else "O", "O", "O", "O", "O", "O"],
                    lemmas=["toronto", "-", "base", "startup", "xaira", "therapeutics", "have", "sign", "a", "deal", "."])


def test_the_name_right_after_a_based_noun_is_its_own_when_the_parser_parts_them():
    assert [r for r in relations(_startup("B-ORG")) if r[3] == "based"] == [
        ("Xaira Therapeutics", "based in", "Toronto", "based")]
    assert [r for r in relations(_startup("O")) if r[3] == "based"] == []


def _life(opener: str, second_ent: str) -> Doc:
    """``Rudolf Halin <opener> February 3 , 1934 , Uerdingen – 2014 , Mölln ) was a theorist .``"""
    words = ["Rudolf", "Halin", opener, "February", "3", ",", "1934", ",", "Uerdingen", "–", "2014", ",", "Mölln",
             ")", "was", "a", "theorist", "."]
    heads = [1, 14, 1, 1, 3, 3, 3, 3, 3, 3, 12, 12, 1, 1, 14, 16, 14, 14]
    deps = ["compound", "nsubj", "punct", "appos", "nummod", "punct", "nummod", "punct", "appos", "punct", "npadvmod",
            "punct", "appos", "punct", "ROOT", "det", "attr", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "NUM", "PUNCT", "NUM", "PUNCT", "PROPN", "PUNCT", "NUM", "PUNCT",
           "PROPN", "PUNCT", "AUX", "DET", "NOUN", "PUNCT"]
    ents = ["B-PERSON", "I-PERSON", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "O", second_ent, "O", "B-DATE",
            "O", "B-PERSON", "O", "O", "O", "O", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents)


def test_life_dates_read_towns_ner_called_people_behind_a_dropped_names_bracket():
    """"Rudolf Halin (; February 3, 1934, Uerdingen – 2014, Mölln)": NER typed both towns PERSON."""
    assert [r for r in relations(_life("(;", "B-PERSON")) if r[3] == "life_dates"] == [
        ("Rudolf Halin", "born in", "Uerdingen", "life_dates"), ("Rudolf Halin", "died in", "Mölln", "life_dates")]


def test_a_name_before_the_date_of_a_part_is_no_place():
    """"X (; Foma Dvorzhetsky; 1859 – April 1920)": the other name of the person is no birthplace."""
    words = ["Tomasz", "Kowal", "(;", "Foma", "Dvorzhetsky", ";", "1859", "–", "April", "1920", ")", "was", "an",
             "architect", "."]
    heads = [1, 11, 1, 4, 1, 4, 4, 4, 4, 8, 1, 11, 13, 11, 11]
    deps = ["compound", "nsubj", "punct", "compound", "appos", "punct", "npadvmod", "punct", "appos", "nummod",
            "punct", "ROOT", "det", "attr", "punct"]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-DATE", "O", "B-DATE", "I-DATE", "O", "O",
            "O", "O", "O"]
    doc = make_doc(words, heads, deps, ents=ents)
    assert [r for r in relations(doc) if r[3] == "life_dates"] == []


def test_a_bracket_with_letters_opens_no_life_dates():
    # "(a" is no opening bracket; nothing is read from what follows it
    assert [r for r in relations(_life("(a", "B-GPE")) if r[3] == "life_dates"] == []


def _settlement(container: str, container_ent: str, noun: str, named_ent: str) -> Doc:
    """``It lies in the <container> <noun> of Ojai .``"""
    words = ["It", "lies", "in", "the", container, noun, "of", "Ojai", "."]
    return make_doc(words, [1, 1, 1, 5, 5, 2, 5, 6, 1],
                    ["nsubj", "ROOT", "prep", "det", "compound", "pobj", "prep", "pobj", "punct"],
                    pos=["PRON", "VERB", "ADP", "DET", "PROPN", "NOUN", "ADP", "PROPN", "PUNCT"],
                    ents=["O", "O", "O", "O", container_ent, "O", "O", named_ent, "O"])


def test_the_of_name_of_a_settlement_noun_lies_in_the_place_in_front_of_it():
    """"the California town of Ojai", Ojai typed a product by NER."""
    assert [r for r in relations(_settlement("California", "B-GPE", "town", "B-PRODUCT"))
            if r[3] == "settlement_of"] == [("Ojai", "located in", "California", "settlement_of")]


def test_a_region_noun_a_person_or_a_country_in_front_makes_no_settlement():
    # "the Sukhumi district of Ojai": the district is Sukhumi (region_of), not Ojai
    assert [r for r in relations(_settlement("Sukhumi", "B-GPE", "district", "B-GPE")) if r[3] == "settlement_of"] == []
    # "the Smith town of Ojai" with Smith a person; "the France town of Ojai": a country says it elsewhere
    assert [r for r in relations(_settlement("Smith", "B-PERSON", "town", "B-GPE")) if r[3] == "settlement_of"] == []
    assert [r for r in relations(_settlement("France", "B-GPE", "town", "B-GPE")) if r[3] == "settlement_of"] == []


def _born(first_ent: str, second_ent: str, prep: str = "in") -> Doc:
    """``Vanya was born <prep> Jalandhar , Punjab .``"""
    words = ["Vanya", "was", "born", prep, "Jalandhar", ",", "Punjab", "."]
    return make_doc(words, [2, 2, 2, 2, 3, 4, 4, 2],
                    ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct", "appos", "punct"],
                    pos=["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT"],
                    tags=["NNP", "VBD", "VBN", "IN", "NNP", ",", "NNP", "."],
                    ents=["B-PERSON", "O", "O", "O", first_ent, "O", second_ent, "O"],
                    lemmas=["vanya", "be", "bear", prep, "jalandhar", ",", "punjab", "."])


def test_a_mistyped_name_joined_to_a_place_in_a_place_slot_is_a_place_of_the_chain():
    """"born in Jalandhar, Punjab" with Punjab typed a people (NORP) by NER."""
    assert ("Jalandhar", "located in", "Punjab", "place_chain") in relations(_born("B-GPE", "B-NORP"))


def test_no_chain_for_a_demonym_or_outside_a_place_slot():
    # "born in Jalandhar, Indian": a people's adjective stays one
    words = ["Vanya", "was", "born", "in", "Jalandhar", ",", "Indian", "."]
    doc = make_doc(words, [2, 2, 2, 2, 3, 4, 4, 2],
                   ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct", "appos", "punct"],
                   ents=["B-PERSON", "O", "O", "O", "B-GPE", "O", "B-NORP", "O"],
                   lemmas=["vanya", "be", "bear", "in", "jalandhar", ",", "indian", "."])
    assert [r for r in relations(doc) if r[3] == "place_chain"] == []
    # "born by Jalandhar, Punjab": "by" is no preposition of place
    assert [r for r in relations(_born("B-GPE", "B-NORP", "by")) if r[3] == "place_chain"] == []


def _title() -> Doc:
    """``Across the Black Waters is a novel by Anand .`` with the title broken by the parser
    (``Across`` a preposition of the copula, which has no subject)."""
    words = ["Across", "the", "Black", "Waters", "is", "a", "novel", "by", "Anand", "."]
    return make_doc(words, [4, 3, 3, 0, 4, 6, 4, 6, 7, 4],
                    ["prep", "det", "compound", "pobj", "ROOT", "det", "attr", "prep", "pobj", "punct"],
                    pos=["ADP", "DET", "PROPN", "PROPN", "AUX", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                    ents=["B-WORK_OF_ART", "I-WORK_OF_ART", "I-WORK_OF_ART", "I-WORK_OF_ART", "O", "O", "O", "O",
                          "B-PERSON", "O"],
                    lemmas=["across", "the", "black", "waters", "be", "a", "novel", "by", "anand", "."])


def test_a_name_opening_the_sentence_is_the_subject_of_its_subjectless_main_verb():
    assert ("Across the Black Waters", "novel by", "Anand", "class_noun") in relations(_title())


def test_a_name_set_off_by_a_comma_before_a_verb_with_a_subject_is_not_its_subject():
    """"Across the Black Waters, Kim is a novelist by trade.": Kim is the subject, not the title."""
    words = ["Across", "the", "Black", "Waters", ",", "Kim", "is", "a", "novelist", "by", "Anand", "."]
    doc = make_doc(words, [6, 3, 3, 0, 6, 6, 6, 8, 6, 8, 9, 6],
                   ["prep", "det", "compound", "pobj", "punct", "nsubj", "ROOT", "det", "attr", "prep", "pobj", "punct"],
                   pos=["ADP", "DET", "PROPN", "PROPN", "PUNCT", "PROPN", "AUX", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                   ents=["B-WORK_OF_ART", "I-WORK_OF_ART", "I-WORK_OF_ART", "I-WORK_OF_ART", "O", "B-PERSON", "O", "O",
                         "O", "O", "B-PERSON", "O"],
                   lemmas=["across", "the", "black", "waters", ",", "kim", "be", "a", "novelist", "by", "anand", "."])
    assert not [r for r in relations(doc) if r[0] == "Across the Black Waters"]


def _at(tail: str, tail_ent: str) -> Doc:
    """``Smith taught at Naval Academy at <tail> .``"""
    words = ["Smith", "taught", "at", "Naval", "Academy", "at", tail, "."]
    return make_doc(words, [1, 1, 1, 4, 2, 4, 5, 1], ["nsubj", "ROOT", "prep", "compound", "pobj", "prep", "pobj", "punct"],
                    pos=["PROPN", "VERB", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"],
                    ents=["B-PERSON", "O", "O", "B-ORG", "I-ORG", "O", tail_ent, "O"],
                    lemmas=["smith", "teach", "at", "naval", "academy", "at", tail.lower(), "."])


def test_an_organisation_at_a_place_is_located_in_it_and_not_at_another_organisation():
    assert ("Naval Academy", "located in", "Annapolis", "located_in") in relations(_at("Annapolis", "B-GPE"))
    assert [r for r in relations(_at("Harvard", "B-ORG")) if r[3] == "located_in"] == []


def _cleft(subject: str = "It", focus: str = "Microsoft", focus_ent: str = "B-ORG") -> Doc:
    """``<subject> was <focus> that bought LinkedIn .``: the parser makes the clause a complement of
    "was" (ccomp), no relative clause on the name."""
    return make_doc([subject, "was", focus, "that", "bought", "LinkedIn", "."], [1, 1, 1, 4, 1, 4, 1],
                    ["nsubj", "ROOT", "attr", "nsubj", "ccomp", "dobj", "punct"],
                    pos=["PRON" if subject == "It" else "PROPN", "AUX", "PROPN" if focus_ent != "O" else "NOUN",
                         "PRON", "VERB", "PROPN", "PUNCT"],
                    tags=["PRP" if subject == "It" else "NNP", "VBD", "NNP" if focus_ent != "O" else "NN", "WDT",
                          "VBD", "NNP", "."],
                    ents=["O" if subject == "It" else "B-ORG", "O", focus_ent, "O", "O", "B-ORG", "O"],
                    lemmas=[subject.lower(), "be", focus.lower(), "that", "buy", "linkedin", "."])


def test_the_clause_of_a_cleft_sentence_is_said_of_the_name_in_focus():
    """``kg.relations.relative.cleft_focus``: "It was Microsoft that bought LinkedIn"."""
    assert ("Microsoft", "bought", "LinkedIn", "svo") in relations(_cleft())


def test_a_clause_after_another_subject_or_a_common_noun_names_no_buyer():
    """"Apple was Microsoft that bought …" is no cleft; "It was a rival that bought …" names none."""
    assert not any(r[1] == "bought" for r in relations(_cleft(subject="Apple")))
    assert not any(r[1] == "bought" for r in relations(_cleft(focus="rival", focus_ent="O")))


def _government(words: list[str], heads: list[int], deps: list[str], pos: list[str], ents: list[str]) -> list:
    return relations(make_doc(words, heads, deps, pos=pos, ents=ents, lemmas=[w.lower() for w in words]))


def test_a_government_noun_stands_for_its_country_by_of_or_by_a_peoples_word():
    """``kg.relations.named_nouns.government_of``: "the government of Argentina", "the Argentine
    government" sued Shell; a people's word that is no country's ("the Catholic government") names none."""
    of = _government("The government of Argentina sued Shell .".split(), [1, 4, 1, 2, 4, 4, 4],
                     ["det", "nsubj", "prep", "pobj", "ROOT", "dobj", "punct"],
                     ["DET", "NOUN", "ADP", "PROPN", "VERB", "PROPN", "PUNCT"],
                     ["O", "O", "O", "B-GPE", "O", "B-ORG", "O"])
    assert ("Argentina", "sued", "Shell", "svo") in of
    for people, found in (("Argentine", True), ("Catholic", False)):
        got = _government(f"The {people} government sued Shell .".split(), [2, 2, 3, 3, 3, 3],
                          ["det", "amod", "nsubj", "ROOT", "dobj", "punct"],
                          ["DET", "ADJ", "NOUN", "VERB", "PROPN", "PUNCT"], ["O", "B-NORP", "O", "O", "B-ORG", "O"])
        assert ((people, "sued", "Shell", "svo") in got) == found, got


def _granted(auxpass: bool = True, lemma: str = "grant") -> list:
    """"Australia [was] granted access to Hicks ." (passive, or active with Australia the giver)."""
    words = ["Australia", *(["was"] if auxpass else []), "granted", "access", "to", "Hicks", "."]
    a = int(auxpass)
    heads = [1 + a, *([1 + a] if auxpass else []), 1 + a, 1 + a, 2 + a, 3 + a, 1 + a]
    deps = ["nsubjpass" if auxpass else "nsubj", *(["auxpass"] if auxpass else []), "ROOT", "dobj", "prep", "pobj", "punct"]
    pos = ["PROPN", *(["AUX"] if auxpass else []), "VERB", "NOUN", "ADP", "PROPN", "PUNCT"]
    tags = ["NNP", *(["VBD"] if auxpass else []), "VBN" if auxpass else "VBD", "NN", "IN", "NNP", "."]
    ents = ["B-GPE", *(["O"] if auxpass else []), "O", "O", "O", "B-PERSON", "O"]
    lemmas = ["australia", *(["be"] if auxpass else []), lemma, "access", "to", "hicks", "."]
    return relations(make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas))


def test_a_passive_subject_of_a_verb_of_giving_receives_the_object():
    """"Australia was granted access to Hicks": Australia got the access, and the label says so;
    the active "Australia granted access to Hicks" keeps the giver's label."""
    assert [r[1] for r in _granted() if r[2] == "Hicks"] == ["was granted access to"]
    assert [r[1] for r in _granted(auxpass=False) if r[2] == "Hicks"] == ["granted access to"]
