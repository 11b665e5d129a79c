"""Hand-built parses for three readings of translated news: a fronted "of which" on a relative
clause's copula is the copula noun's own "of" (``kg.prep_repairs.fronted_relative_ofs``: "Nissan,
of which X was president"), the name after "under the orders of" is whom one acts under
(``kg.relations.arguments.led_by``), a body's name the parser made an adverbial after its
object's company noun is that noun's apposition (``kg.parse_repairs.rehang_run_on_names``), and a
name of capitalised words set off after an office's named complement is the office's holder
whatever NER typed it (``kg.holder_repairs._name_after_name``), unless the office is a body's too."""

from __future__ import annotations

from hand_docs import make_doc, relations_of

from kg.holder_repairs import restore_office_appositions
from kg.parse_repairs import rehang_run_on_names
from kg.prep_repairs import fronted_relative_ofs


def _of_which(complement: str = "president", pos: str = "NOUN", own_of: bool = False):
    """"Nissan , of which Ghosn was <complement> [of Renault] ." as the parser reads it: "of which"
    hung on the relative clause's copula."""
    words = ["Nissan", ",", "of", "which", "Ghosn", "was", complement] + (["of", "Renault"] if own_of else []) + ["."]
    heads = [0, 0, 5, 2, 5, 0, 5] + ([6, 7] if own_of else []) + [0]
    deps = ["ROOT", "punct", "prep", "pobj", "nsubj", "relcl", "attr"] + (["prep", "pobj"] if own_of else []) + ["punct"]
    pos_ = ["PROPN", "PUNCT", "ADP", "PRON", "PROPN", "AUX", pos] + (["ADP", "PROPN"] if own_of else []) + ["PUNCT"]
    tags = ["NNP", ",", "IN", "WDT", "NNP", "VBD", "NN" if pos == "NOUN" else "CD"] + (["IN", "NNP"] if own_of else []) + ["."]
    ents = ["B-ORG", "O", "O", "O", "B-PERSON", "O", "O"] + (["O", "B-ORG"] if own_of else []) + ["O"]
    lemmas = ["nissan", ",", "of", "which", "ghosn", "be", complement] + (["of", "renault"] if own_of else []) + ["."]
    return make_doc(words, heads, deps, pos=pos_, tags=tags, ents=ents, lemmas=lemmas)


def test_a_fronted_of_which_is_the_copula_noun_s_own():
    doc = _of_which()
    assert fronted_relative_ofs(doc) == [2]
    assert doc[2].head.text == "president"
    assert ("Ghosn", "president of", "Nissan", "copula") in relations_of(doc)


def test_a_fronted_of_which_stays_before_an_amount_or_a_noun_with_its_own_of():
    for doc in (_of_which("40", pos="NUM"), _of_which(own_of=True)):
        assert fronted_relative_ofs(doc) == []
        assert doc[2].head.text == "was"


def _under(noun: str = "orders"):
    """"Kipyegon trains under the <noun> of Sang ." as the parser reads it."""
    words = ["Kipyegon", "trains", "under", "the", noun, "of", "Sang", "."]
    heads, deps = [1, 1, 1, 4, 2, 4, 5, 1], ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]
    tags = ["NNP", "VBZ", "IN", "DT", "NNS", "IN", "NNP", "."]
    ents = ["B-PERSON", "O", "O", "O", "O", "O", "B-PERSON", "O"]
    lemmas = ["kipyegon", "train", "under", "the", noun, "of", "sang", "."]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)


def test_under_the_orders_of_someone_is_under_that_one():
    assert ("Kipyegon", "train under", "Sang", "prep") in relations_of(_under())


def test_under_a_noun_of_no_leading_is_no_one_s_lead():
    assert not any(tail == "Sang" for _, _, tail, _ in relations_of(_under("shadow")))


def _overtook(dep: str = "npadvmod", noun: str = "company"):
    """"BYD overtook the American <noun> Tesla ." as the parser may read it: "Tesla" an adverbial
    (``dep``) of the verb after its object."""
    words = ["BYD", "overtook", "the", "American", noun, "Tesla", "."]
    heads, deps = [1, 1, 4, 4, 1, 1, 1], ["nsubj", "ROOT", "det", "amod", "dobj", dep, "punct"]
    pos = ["PROPN", "VERB", "DET", "ADJ", "NOUN", "PROPN", "PUNCT"]
    tags = ["NNP", "VBD", "DT", "JJ", "NN", "NNP", "."]
    ents = ["B-ORG", "O", "O", "B-NORP", "O", "B-ORG", "O"]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents)


def test_a_name_read_as_an_adverbial_after_its_company_noun_is_the_noun_s_apposition():
    doc = _overtook()
    assert rehang_run_on_names(doc) == [5]
    assert (doc[5].head.text, doc[5].dep_) == ("company", "appos")


def test_a_name_after_a_noun_for_no_company_stays_an_adverbial():
    doc = _overtook(noun="record")
    assert rehang_run_on_names(doc) == []
    assert (doc[5].head.text, doc[5].dep_) == ("overtook", "npadvmod")


def _office_of(office: str, name: list[str]):
    """"The <office> of Embraer Aviation , <name> , said ." as the parser reads it: the name an
    apposition of the office's complement, NER typing both bodies."""
    n = len(name)
    words = ["The", office, "of", "Embraer", "Aviation", ",", *name, ",", "said", "."]
    heads = [1, 7 + n, 1, 4, 2, 4, *([5 + n] * (n - 1)), 4, 1, 7 + n, 7 + n]
    deps = ["det", "nsubj", "prep", "compound", "pobj", "punct", *(["compound"] * (n - 1)), "appos", "punct", "ROOT",
            "punct"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", *(["PROPN"] * n), "PUNCT", "VERB", "PUNCT"]
    ents = ["O", "O", "O", "B-ORG", "I-ORG", "O", "B-ORG", *(["I-ORG"] * (n - 1)), "O", "O", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents), 5 + n


def test_a_name_set_off_after_an_office_s_named_complement_is_its_holder():
    doc, name = _office_of("executive", ["Arjan", "Meijer"])
    assert restore_office_appositions(doc) == [name]
    assert (doc[name].head.text, doc[name].dep_) == ("executive", "appos")


def test_a_name_after_a_body_s_role_an_acronym_or_a_body_s_last_word_stays():
    for doc, name in (_office_of("member", ["Royal", "Regiment"]), _office_of("executive", ["ACME"]),
                      _office_of("executive", ["Inditex", "Group"])):
        assert restore_office_appositions(doc) == []
        assert doc[name].head.text == "Aviation"
