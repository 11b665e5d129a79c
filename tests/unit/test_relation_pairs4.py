"""Hand-built parses for this round's relation mechanisms: a city and its country in one sentence
(``gazetteer_country``), a place named through part and place nouns (``the southwestern part of the
state of Indiana``), a title-cased role in front of a name (``Afghan Prime Minister X``) and a title
the parser coordinated with the name (``American rapper and singer X``); each with a parse on which
it must stay silent."""

from __future__ import annotations

from hand_docs import make_doc, relations_of as relations
from spacy.tokens import Doc



def _composer(city: str, people: str) -> Doc:
    """``Talgorn was born in <city> and is a <people> composer .``"""
    words = ["Talgorn", "was", "born", "in", city, "and", "is", "a", people, "composer", "."]
    return make_doc(words, [2, 2, 2, 2, 3, 2, 2, 9, 9, 6, 2],
                    ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "cc", "conj", "det", "amod", "attr", "punct"],
                    pos=["PROPN", "AUX", "VERB", "ADP", "PROPN", "CCONJ", "AUX", "DET", "ADJ", "NOUN", "PUNCT"],
                    tags=["NNP", "VBD", "VBN", "IN", "NNP", "CC", "VBZ", "DT", "JJ", "NN", "."],
                    ents=["B-PERSON", "O", "O", "O", "B-GPE", "O", "O", "O", "B-NORP", "O", "O"],
                    lemmas=["talgorn", "be", "bear", "in", city.lower(), "and", "be", "a", people.lower(),
                            "composer", "."])


def test_a_city_takes_the_country_the_gazetteer_and_the_sentence_agree_on():
    got = [r for r in relations(_composer("Toulouse", "French")) if r[3] == "gazetteer_country"]
    assert got == [("Toulouse", "country", "French", "gazetteer_country")]
    # a province (countryinfo) before the city of the same name (Ontario, California)
    got = [r for r in relations(_composer("Ontario", "Canadian")) if r[3] == "gazetteer_country"]
    assert got == [("Ontario", "country", "Canadian", "gazetteer_country")]


def test_no_country_for_a_city_of_two_countries_or_of_another_one():
    for city, people in (("London", "Canadian"), ("Toulouse", "German"), ("Smallville", "French"),
                         ("Punjab", "Pakistani")):
        assert not [r for r in relations(_composer(city, people)) if r[3] == "gazetteer_country"], city


def _site(part: str) -> Doc:
    """``Ellerbusch is a site in the southwestern <part> of the state of Indiana .``"""
    words = ["Ellerbusch", "is", "a", "site", "in", "the", "southwestern", part, "of", "the", "state", "of",
             "Indiana", "."]
    return make_doc(words, [1, 1, 3, 1, 3, 7, 7, 4, 7, 10, 8, 10, 11, 1],
                    ["nsubj", "ROOT", "det", "attr", "prep", "det", "amod", "pobj", "prep", "det", "pobj", "prep",
                     "pobj", "punct"],
                    pos=["PROPN", "AUX", "DET", "NOUN", "ADP", "DET", "ADJ", "NOUN", "ADP", "DET", "NOUN", "ADP",
                         "PROPN", "PUNCT"],
                    tags=["NNP", "VBZ", "DT", "NN", "IN", "DT", "JJ", "NN", "IN", "DT", "NN", "IN", "NNP", "."],
                    ents=["B-FAC", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"],
                    lemmas=["ellerbusch", "be", "a", "site", "in", "the", "southwestern", part, "of", "the", "state",
                            "of", "indiana", "."])


def test_a_place_named_through_a_part_of_a_state():
    assert [r for r in relations(_site("part")) if r[3] == "class_noun"] == [
        ("Ellerbusch", "site in", "Indiana", "class_noun")]


def test_no_place_through_a_noun_that_is_no_part_or_place():
    # "a site in the southwestern museum of the state of Indiana": a museum is no part of a place
    assert not [r for r in relations(_site("museum")) if r[3] == "class_noun"]


def _minister(title: str) -> Doc:
    """``Sabet was an aide to Afghan Prime <title> Gulbuddin Hekmatyar .``"""
    words = ["Sabet", "was", "an", "aide", "to", "Afghan", "Prime", title, "Gulbuddin", "Hekmatyar", "."]
    return make_doc(words, [1, 1, 3, 1, 3, 7, 7, 4, 9, 7, 1],
                    ["nsubj", "ROOT", "det", "attr", "prep", "amod", "compound", "pobj", "compound", "appos",
                     "punct"],
                    pos=["PROPN", "AUX", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT"],
                    tags=["NNP", "VBD", "DT", "NN", "IN", "NNP", "NNP", "NNP", "NNP", "NNP", "."],
                    ents=["B-PERSON", "O", "O", "O", "O", "B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O"],
                    lemmas=["sabet", "be", "an", "aide", "to", "afghan", "prime", title.lower(), "gulbuddin",
                            "hekmatyar", "."])


def test_a_title_cased_role_in_front_of_a_name_describes_it():
    assert ("Gulbuddin Hekmatyar", "nationality", "Afghan", "nationality") in relations(_minister("Minister"))


def test_a_title_cased_word_that_is_no_role_describes_nothing():
    # "Afghan Prime Cabinet Gulbuddin Hekmatyar": no role noun, no nationality
    assert not [r for r in relations(_minister("Cabinet")) if r[3] == "nationality"]


def _rapper(first: str, first_ent: str) -> Doc:
    """``It is a song by <first> rapper and singer Nicki Minaj .``, the name the parser's conjunct
    of ``rapper``."""
    words = ["It", "is", "a", "song", "by", first, "rapper", "and", "singer", "Nicki", "Minaj", "."]
    return make_doc(words, [1, 1, 3, 1, 3, 6, 4, 6, 10, 10, 6, 1],
                    ["nsubj", "ROOT", "det", "attr", "prep", "amod", "pobj", "cc", "compound", "compound", "conj",
                     "punct"],
                    pos=["PRON", "AUX", "DET", "NOUN", "ADP", "ADJ", "NOUN", "CCONJ", "NOUN", "PROPN", "PROPN",
                         "PUNCT"],
                    tags=["PRP", "VBZ", "DT", "NN", "IN", "JJ", "NN", "CC", "NN", "NNP", "NNP", "."],
                    ents=["O", "O", "O", "O", "O", first_ent, "O", "O", "O", "B-PERSON", "I-PERSON", "O"])


def test_a_title_coordinated_with_the_name_describes_it():
    assert ("Nicki Minaj", "nationality", "American", "nationality_person") in relations(_rapper("American", "B-NORP"))


def test_a_noun_named_by_another_entity_is_no_title_of_the_name():
    # "a song by Sony rapper and singer Nicki Minaj": the rapper is Sony's, not a title of hers
    assert not [r for r in relations(_rapper("Sony", "B-ORG")) if r[0] == "Nicki Minaj" and r[2] == "Sony"]


def _district(name_ent: str, outer: str, outer_ent: str, front: str = "Sukhumi") -> Doc:
    """``Pskhu is a village in the Sukhumi district of <outer> .``, the district's name typed
    ``name_ent`` (NER often calls it a person)."""
    words = ["Pskhu", "is", "a", "village", "in", "the", front, "district", "of", outer, "."]
    return make_doc(words, [1, 1, 3, 1, 3, 7, 7, 4, 7, 8, 1],
                    ["nsubj", "ROOT", "det", "attr", "prep", "det", "compound", "pobj", "prep", "pobj", "punct"],
                    pos=["PROPN", "AUX", "DET", "NOUN", "ADP", "DET", "PROPN", "NOUN", "ADP", "PROPN", "PUNCT"],
                    tags=["NNP", "VBZ", "DT", "NN", "IN", "DT", "NNP", "NN", "IN", "NNP", "."],
                    ents=["B-GPE", "O", "O", "O", "O", "O", name_ent, "O", "O", outer_ent, "O"],
                    lemmas=["pskhu", "be", "a", "village", "in", "the", front.lower(), "district", "of", outer.lower(), "."])


def test_a_region_named_in_front_of_its_noun_lies_in_the_of_place():
    got = relations(_district("B-PERSON", "Abkhazia", "B-GPE"))
    assert ("Sukhumi", "located in", "Abkhazia", "region_of") in got
    assert ("Pskhu", "village in", "Sukhumi", "class_noun") in got  # the village is in the district
    assert ("Abkhazia", "located in", "Sukhumi", "class_noun") not in got  # not the other way round


def test_a_region_of_a_person_or_a_country_in_front_is_no_region_of():
    # "the Sukhumi district of John Smith": no place after "of"; "the U.S. state of Michigan" (a
    # country in front) names Michigan the state
    assert not [r for r in relations(_district("B-PERSON", "Smith", "B-PERSON")) if r[3] == "region_of"]
    got = relations(_district("B-GPE", "Michigan", "B-GPE", front="Canada"))
    assert not [r for r in got if r[3] == "region_of"]


def _died(verb: str, lemma: str, place_ent: str) -> Doc:
    """``Weng <verb> of throat cancer in Manhattan .``, ``in`` hung on the cancer."""
    words = ["Weng", verb, "of", "throat", "cancer", "in", "Manhattan", "."]
    return make_doc(words, [1, 1, 1, 4, 2, 4, 5, 1],
                    ["nsubj", "ROOT", "prep", "compound", "pobj", "prep", "pobj", "punct"],
                    pos=["PROPN", "VERB", "ADP", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT"],
                    tags=["NNP", "VBD", "IN", "NN", "NN", "IN", "NNP", "."],
                    ents=["B-PERSON", "O", "O", "O", "O", "O", place_ent, "O"],
                    lemmas=["weng", lemma, "of", "throat", "cancer", "in", "manhattan", "."])


def test_a_place_hung_on_the_verbs_object_says_where_it_happened():
    assert ("Weng", "died in", "Manhattan", "prep_place") in relations(_died("died", "die", "B-GPE"))


def test_no_place_for_a_verb_that_says_no_where_or_a_tail_that_is_no_place():
    # "Weng spoke of throat cancer in Manhattan": the cancer is in Manhattan, not the speaking
    assert not [r for r in relations(_died("spoke", "speak", "B-GPE")) if r[3] == "prep_place"]
    assert not [r for r in relations(_died("died", "die", "B-WORK_OF_ART")) if r[3] == "prep_place"]


def _served(verb: str, lemma: str, event_ent: str) -> Doc:
    """``Weng <verb> in the navy during World War II .``"""
    words = ["Weng", verb, "in", "the", "navy", "during", "World", "War", "II", "."]
    return make_doc(words, [1, 1, 1, 4, 2, 1, 7, 8, 5, 1],
                    ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "compound", "compound", "pobj", "punct"],
                    pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT"],
                    tags=["NNP", "VBD", "IN", "DT", "NN", "IN", "NNP", "NNP", "NNP", "."],
                    ents=["B-PERSON", "O", "O", "O", "O", "O", event_ent, "I" + event_ent[1:], "I" + event_ent[1:], "O"],
                    lemmas=["weng", lemma, "in", "the", "navy", "during", "world", "war", "ii", "."])


def test_a_verb_of_taking_part_during_an_event_took_part_in_it():
    assert ("Weng", "served during", "World War II", "during") in relations(_served("served", "serve", "B-EVENT"))


def test_during_says_nothing_for_another_verb_or_a_date():
    # "Weng lived in the navy during World War II": when, not taking part; "during 1942": a date
    assert not [r for r in relations(_served("lived", "live", "B-EVENT")) if r[3] == "during"]
    assert not [r for r in relations(_served("served", "serve", "B-DATE")) if r[3] == "during"]


def _moved(tag: str, lemma: str) -> Doc:
    """``Ulrich moved to Germany , playing for Adler Mannheim .``, the participle an advcl."""
    words = ["Ulrich", "moved", "to", "Germany", ",", "playing", "for", "Adler", "Mannheim", "."]
    return make_doc(words, [1, 1, 1, 2, 1, 1, 5, 8, 6, 1],
                    ["nsubj", "ROOT", "prep", "pobj", "punct", "advcl", "prep", "compound", "pobj", "punct"],
                    pos=["PROPN", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"],
                    tags=["NNP", "VBD", "IN", "NNP", ",", tag, "IN", "NNP", "NNP", "."],
                    ents=["B-PERSON", "O", "O", "B-GPE", "O", "O", "O", "B-ORG", "I-ORG", "O"],
                    lemmas=["ulrich", "move", "to", "germany", ",", lemma, "for", "adler", "mannheim", "."])


def test_a_participle_after_the_clause_has_the_clauses_subject():
    assert ("Ulrich", "play for", "Adler Mannheim", "prep") in relations(_moved("VBG", "play"))


def test_a_past_participle_after_the_clause_takes_no_subject_from_it():
    # "Ulrich moved to Germany, played for Adler Mannheim" (a VBN advcl: not this rule's)
    assert not [r for r in relations(_moved("VBN", "play")) if r[0] == "Ulrich" and r[2] == "Adler Mannheim"]


def _plays(role: str) -> Doc:
    """``Söyüncü plays as a <role> for Leicester City .``"""
    words = ["Söyüncü", "plays", "as", "a", role, "for", "Leicester", "City", "."]
    return make_doc(words, [1, 1, 1, 4, 2, 4, 7, 5, 1],
                    ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "compound", "pobj", "punct"],
                    pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"],
                    tags=["NNP", "VBZ", "IN", "DT", "NN", "IN", "NNP", "NNP", "."],
                    ents=["B-PERSON", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O"],
                    lemmas=["söyüncü", "play", "as", "a", role, "for", "leicester", "city", "."])


def test_a_players_position_is_a_role_at_the_team():
    assert ("Söyüncü", "defender of", "Leicester City", "as_role") in relations(_plays("defender"))


def test_a_word_that_is_no_role_is_no_role_at_the_team():
    assert not [r for r in relations(_plays("favourite")) if r[3] == "as_role"]


def _elected(verb: str, lemma: str, group: str) -> Doc:
    """``Maher was <verb> as a <group> to Congress .``"""
    words = ["Maher", "was", verb, "as", "a", group, "to", "Congress", "."]
    return make_doc(words, [2, 2, 2, 2, 5, 3, 2, 6, 2],
                    ["nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "prep", "pobj", "punct"],
                    pos=["PROPN", "AUX", "VERB", "ADP", "DET", "PROPN", "ADP", "PROPN", "PUNCT"],
                    tags=["NNP", "VBD", "VBN", "IN", "DT", "NNP", "IN", "NNP", "."],
                    ents=["B-PERSON", "O", "O", "O", "O", "B-NORP", "O", "B-ORG", "O"],
                    lemmas=["maher", "be", lemma, "as", "a", group.lower(), "to", "congress", "."])


def test_elected_as_a_party_member():
    assert ("Maher", "elected as", "Democrat", "as_role") in relations(_elected("elected", "elect", "Democrat"))


def test_no_party_for_another_verb_or_a_group_that_is_no_party():
    assert not [r for r in relations(_elected("described", "describe", "Democrat")) if r[2] == "Democrat"]
    assert not [r for r in relations(_elected("elected", "elect", "Catholic")) if r[2] == "Catholic"]


def _served_as(role: str, pobj: str, ent: str) -> Doc:
    """``Lindqvist served as <role> to <pobj> .``"""
    words = ["Lindqvist", "served", "as", role, "to", pobj, "."]
    return make_doc(words, [1, 1, 1, 2, 3, 4, 1], ["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct"],
                    pos=["PROPN", "VERB", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
                    tags=["NNP", "VBD", "IN", "NN", "IN", "NNP", "."],
                    ents=["B-PERSON", "O", "O", "O", "O", ent, "O"],
                    lemmas=["lindqvist", "serve", "as", role, "to", pobj.lower(), "."])


def test_a_role_held_to_the_one_served_keeps_its_to():
    # "served as ambassador to Japan": the role's "to" names where it is held, as "of" would
    assert ("Lindqvist", "ambassador to", "Japan", "as_role") in relations(_served_as("ambassador", "Japan", "B-GPE"))


def test_a_role_of_no_one_served_reads_no_to():
    assert not [r for r in relations(_served_as("midfielder", "Japan", "B-GPE")) if r[3] == "as_role"]


def _race(comma: bool) -> Doc:
    """``Kestrel is a race[,] held at Leopardstown .``: the participle an adverbial clause of the copula."""
    words = ["Kestrel", "is", "a", "race"] + ([","] if comma else []) + ["held", "at", "Leopardstown", "."]
    v = 4 + comma
    heads = [1, 1, 3, 1] + ([1] if comma else []) + [1, v, v + 1, 1]
    deps = ["nsubj", "ROOT", "det", "attr"] + (["punct"] if comma else []) + ["advcl", "prep", "pobj", "punct"]
    pos = ["PROPN", "AUX", "DET", "NOUN"] + (["PUNCT"] if comma else []) + ["VERB", "ADP", "PROPN", "PUNCT"]
    tags = ["NNP", "VBZ", "DT", "NN"] + ([","] if comma else []) + ["VBN", "IN", "NNP", "."]
    ents = ["B-EVENT", "O", "O", "O"] + (["O"] if comma else []) + ["O", "O", "B-GPE", "O"]
    lemmas = ["kestrel", "be", "a", "race"] + ([","] if comma else []) + ["hold", "at", "leopardstown", "."]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)


def test_a_participle_set_off_after_a_copula_is_said_of_its_subject():
    assert ("Kestrel", "held at", "Leopardstown", "prep") in relations(_race(True))
    assert not [r for r in relations(_race(False)) if r[2] == "Leopardstown" and r[0] == "Kestrel"]


def _born_raised(comma: bool) -> Doc:
    """``Ana Ruiz was born in Lima[,] raised in Cusco .``: the second participle an adverbial clause
    of the passive."""
    words = ["Ana", "Ruiz", "was", "born", "in", "Lima"] + ([","] if comma else []) + ["raised", "in", "Cusco", "."]
    v = 6 + comma
    heads = [1, 3, 3, 3, 3, 4] + ([3] if comma else []) + [3, v, v + 1, 3]
    deps = ["compound", "nsubjpass", "auxpass", "ROOT", "prep", "pobj"] + (["punct"] if comma else []) \
        + ["advcl", "prep", "pobj", "punct"]
    pos = ["PROPN", "PROPN", "AUX", "VERB", "ADP", "PROPN"] + (["PUNCT"] if comma else []) + ["VERB", "ADP", "PROPN", "PUNCT"]
    tags = ["NNP", "NNP", "VBD", "VBN", "IN", "NNP"] + ([","] if comma else []) + ["VBN", "IN", "NNP", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "B-GPE"] + (["O"] if comma else []) + ["O", "O", "B-GPE", "O"]
    lemmas = ["ana", "ruiz", "be", "bear", "in", "lima"] + ([","] if comma else []) + ["raise", "in", "cusco", "."]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)


def test_a_participle_set_off_after_a_passive_is_said_of_its_subject():
    assert ("Ana Ruiz", "raised in", "Cusco", "prep") in relations(_born_raised(True))
    assert not [r for r in relations(_born_raised(False)) if r[2] == "Cusco" and r[0] == "Ana Ruiz"]
