"""Hand-built parses of a hyphenated word the tokenizer cut in three ("co", "-", "founder"), as
the small model reads them (the pieces nouns of the clause): the repair hangs the pieces on the
noun and gives it their place; the office's label keeps the hyphen; a plural office's list of
people set off after it is the office's."""

from __future__ import annotations

from hand_docs import make_doc, relations_of

from kg.holder_repairs import holders_read_as_conjuncts
from kg.kind_nouns import company_of_office
from kg.parse_repairs import repair_parse
from kg.prefix_repairs import hyphen_prefixes_rejoined
from kg.relations.tokens import label_words, noun_label


def _cofounder(prefix: str = "co"):
    """"Lumora <prefix> - founder Asha Patel will stay ." as the small model reads it: "Lumora" on
    the prefix, the prefix and the hyphen subjects of "stay"."""
    words = ["Lumora", prefix, "-", "founder", "Asha", "Patel", "will", "stay", "."]
    heads = [1, 7, 7, 5, 5, 7, 7, 7, 7]
    deps = ["compound", "nsubj", "nsubj", "compound", "compound", "nsubj", "aux", "ROOT", "punct"]
    pos = ["PROPN", "NOUN", "NOUN", "NOUN", "PROPN", "PROPN", "AUX", "VERB", "PUNCT"]
    ents = ["B-ORG", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    spaces = [True, False, False, True, True, True, True, False, False]
    return make_doc(words, heads, deps, pos=pos, ents=ents, spaces=spaces)


def test_a_cut_prefix_and_its_hyphen_hang_on_the_noun_with_what_hung_on_them():
    doc = _cofounder()
    assert hyphen_prefixes_rejoined(doc) == [1, 2, 3]
    assert [(t.text, t.head.text, t.dep_) for t in doc[:4]] == [
        ("Lumora", "founder", "compound"), ("co", "founder", "compound"), ("-", "founder", "punct"),
        ("founder", "Patel", "compound")]
    assert noun_label(doc[3]) == "co-founder"
    assert ("Asha Patel", "co-founder of", "Lumora", "title") in relations_of(doc)


def test_a_word_no_prefix_of_the_table_or_a_parse_already_whole_stays():
    assert hyphen_prefixes_rejoined(_cofounder("anti")) == []
    doc = _cofounder()
    hyphen_prefixes_rejoined(doc)
    assert hyphen_prefixes_rejoined(doc) == []


def test_a_noun_the_parser_hung_on_the_prefix_takes_the_prefixs_place():
    """"The co - owners , Sam Roy , sold it ." with "owners" the conjunct of "co", the subject."""
    words = ["The", "co", "-", "owners", ",", "Sam", "Roy", ",", "sold", "it", "."]
    heads = [1, 8, 1, 1, 8, 6, 8, 8, 8, 8, 8]
    deps = ["det", "nsubj", "relcl", "conj", "punct", "compound", "nsubj", "punct", "ROOT", "dobj", "punct"]
    pos = ["DET", "NOUN", "NOUN", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PRON", "PUNCT"]
    spaces = [True, False, False, False, True, True, False, True, True, False, False]
    doc = make_doc(words, heads, deps, pos=pos, spaces=spaces)
    hyphen_prefixes_rejoined(doc)
    assert [(t.text, t.head.text, t.dep_) for t in doc[:4]] == [
        ("The", "owners", "det"), ("co", "owners", "compound"), ("-", "owners", "punct"), ("owners", "sold", "nsubj")]


def test_a_company_before_a_cut_co_founder_and_its_holder_is_a_company():
    doc = _cofounder()
    doc.ents = []  # NER read no type for it
    assert company_of_office(doc[0:1]) is False  # no holder NER found
    assert company_of_office(_cofounder()[0:1])


def test_a_list_of_people_set_off_after_a_plural_office_is_the_offices():
    """"Lumora 's founders , chief executive Asha Patel and Ben Cole , stay ." with the list the
    conjunct of "founders" and the closing comma hung on the list."""
    words = ["Lumora", "'s", "founders", ",", "chief", "executive", "Asha", "Patel", "and", "Ben", "Cole", ",", "stay",
             "."]
    heads = [2, 0, 12, 2, 5, 7, 7, 2, 7, 10, 7, 7, 12, 12]
    deps = ["poss", "case", "nsubj", "punct", "amod", "compound", "compound", "conj", "cc", "compound", "conj", "punct",
            "ROOT", "punct"]
    pos = ["PROPN", "PART", "NOUN", "PUNCT", "ADJ", "NOUN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT",
           "VERB", "PUNCT"]
    tags = ["NNP", "POS", "NNS", ",", "JJ", "NN", "NNP", "NNP", "CC", "NNP", "NNP", ",", "VBP", "."]
    ents = ["B-ORG", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    doc = make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents)
    assert holders_read_as_conjuncts(doc) == [7]
    got = {(h, r, t) for h, r, t, _ in relations_of(doc)}
    assert {("Asha Patel", "founders of", "Lumora"), ("Ben Cole", "founders of", "Lumora"),
            ("Asha Patel", "chief executive of", "Lumora")} <= got


def test_a_list_whose_second_office_the_parser_made_a_conjunct_is_the_plural_offices_too():
    """"Lumora 's founders , chief executive Asha Patel and chief operating officer Ben Cole , stay
    ." as the small model reads it: "officer" the conjunct of Patel, Cole Patel's apposition, the
    list the conjunct of "founders", the closing comma on the list."""
    words = ["Lumora", "'s", "founders", ",", "chief", "executive", "Asha", "Patel", "and", "chief", "operating",
             "officer", "Ben", "Cole", ",", "stay", "."]
    heads = [2, 0, 15, 2, 5, 7, 7, 2, 7, 11, 11, 7, 13, 7, 7, 15, 15]
    deps = ["poss", "case", "nsubj", "punct", "amod", "compound", "compound", "conj", "cc", "amod", "compound", "conj",
            "compound", "appos", "punct", "ROOT", "punct"]
    pos = ["PROPN", "PART", "NOUN", "PUNCT", "ADJ", "NOUN", "PROPN", "PROPN", "CCONJ", "ADJ", "NOUN", "NOUN", "PROPN",
           "PROPN", "PUNCT", "VERB", "PUNCT"]
    tags = ["NNP", "POS", "NNS", ",", "JJ", "NN", "NNP", "NNP", "CC", "JJ", "NN", "NN", "NNP", "NNP", ",", "VBP", "."]
    ents = ["B-ORG", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O",
            "O", "O"]
    doc = make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents)
    repair_parse(doc)
    assert (doc[7].head.text, doc[7].dep_, doc[13].head.text) == ("founders", "appos", "officer")
    got = {(h, r, t) for h, r, t, _ in relations_of(doc)}
    assert {("Asha Patel", "founders of", "Lumora"), ("Ben Cole", "founders of", "Lumora"),
            ("Ben Cole", "chief operating officer of", "Lumora")} <= got


def test_a_labels_hyphenated_prefix_leaves_the_role_word_the_tables_list():
    assert label_words("new vice-chancellor") == {"new", "vice-chancellor", "chancellor"}
    assert label_words("former ceo") == {"former", "ceo"}


def test_a_vice_office_cut_in_three_is_the_office_an_as_phrase_names():
    """"Calverton appointed Marsh as its new vice - chancellor ." as the small model reads it: the
    three pieces objects of "as"."""
    words = ["Calverton", "appointed", "Marsh", "as", "its", "new", "vice", "-", "chancellor", "."]
    heads = [1, 1, 1, 1, 6, 6, 3, 3, 3, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "poss", "amod", "pobj", "pobj", "pobj", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "ADP", "PRON", "ADJ", "NOUN", "NOUN", "NOUN", "PUNCT"]
    ents = ["B-ORG", "O", "B-PERSON", "O", "O", "O", "O", "O", "O", "O"]
    spaces = [True, True, True, True, True, True, False, False, False, False]
    lemmas = [w.lower() for w in words]
    lemmas[1] = "appoint"
    doc = make_doc(words, heads, deps, pos=pos, ents=ents, spaces=spaces, lemmas=lemmas)
    hyphen_prefixes_rejoined(doc)
    assert (doc[8].head.text, doc[8].dep_, doc[4].head.text) == ("as", "pobj", "chancellor")
    assert ("Marsh", "new vice-chancellor of", "Calverton", "as_role") in relations_of(doc)
