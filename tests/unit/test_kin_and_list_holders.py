"""kg.holder_repairs on hand-built parses: a person's name set off after a relative's "of" phrase
that ends in a name is the relative ("The daughter of the former president Alberto Fujimori,
Keiko Fujimori, lost"), and a name between commas after an office, read as the office's conjunct
with no "and" of its own, is the holder ("the foreign minister of Iran, Hossein Amiri, and his
counterpart"), and a name set off at the end after an office's "of" phrase, hung on a noun before
the office, is the holder ("received the director-general of the organism, Ana Ruiz."); a list
with its own "and", a noun for no person, and an "of" phrase of no office keep their parse."""

from __future__ import annotations

from hand_docs import make_doc

from kg.holder_repairs import holders_read_as_name_conjuncts
from kg.parse_repairs import repair_parse


def _daughter(noun: str = "daughter"):
    """"The [noun] of the president Alberto Fujimori , Keiko Fujimori , lost ." as the parser reads
    it: Keiko an apposition of Alberto."""
    words = ["The", noun, "of", "the", "president", "Alberto", "Fujimori", ",", "Keiko", "Fujimori", ",", "lost", "."]
    heads = [1, 11, 1, 4, 2, 6, 4, 6, 9, 6, 1, 11, 11]
    deps = ["det", "nsubj", "prep", "det", "pobj", "compound", "appos", "punct", "compound", "appos", "punct",
            "ROOT", "punct"]
    pos = ["DET", "NOUN", "ADP", "DET", "NOUN", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"]
    ents = ["O"] * 5 + ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents)


def test_a_name_after_a_relatives_of_phrase_is_the_relative():
    doc = _daughter()
    assert repair_parse(doc) == [9]
    assert (doc[9].head.text, doc[9].dep_) == ("daughter", "appos")


def test_a_name_after_the_of_phrase_of_no_person_noun_stays():
    doc = _daughter("portrait")  # "the portrait of the president A, B": no noun for a person
    assert repair_parse(doc) == []
    assert doc[9].head.text == "Fujimori"


def _minister(with_and: bool):
    """"the minister of Iran , Hossein Amiri , [and] his counterpart Fuad Hussein spoke ." with
    Amiri the minister's conjunct and (``with_and``) an "and" hung on the minister."""
    words = ["the", "minister", "of", "Iran", ",", "Hossein", "Amiri", ",", *(["and"] if with_and else []), "his",
             "counterpart", "Fuad", "Hussein", "spoke", "."]
    a = int(with_and)
    heads = [1, 12 + a, 1, 2, 1, 6, 1, 1, *([1] if with_and else []), 9 + a, 1, 11 + a, 9 + a, 12 + a, 12 + a]
    deps = ["det", "nsubj", "prep", "pobj", "punct", "compound", "conj", "punct", *(["cc"] if with_and else []),
            "poss", "conj", "compound", "appos", "ROOT", "punct"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", *(["CCONJ"] if with_and else []),
           "PRON", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"]
    ents = ["O", "O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O", *(["O"] if with_and else []), "O", "O",
            "B-PERSON", "I-PERSON", "O", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents)


def test_a_name_between_commas_read_as_an_offices_conjunct_is_its_holder():
    doc = _minister(with_and=False)
    assert repair_parse(doc) == [6]
    assert (doc[6].head.text, doc[6].dep_) == ("minister", "appos")


def test_a_list_with_its_own_and_keeps_its_members():
    doc = _minister(with_and=True)  # "the minister, Hossein Amiri and his counterpart": three
    assert repair_parse(doc) == []
    assert doc[6].dep_ == "conj"


def _received(office: str):
    """"in the Casa , where Milei received the [office] of the organism , Ana Ruiz ." as the parser
    reads it: Ruiz an apposition of "Casa"."""
    words = ["in", "the", "Casa", ",", "where", "Milei", "received", "the", office, "of", "the", "organism", ",",
             "Ana", "Ruiz", "."]
    heads = [0, 2, 0, 2, 6, 6, 2, 8, 6, 8, 11, 9, 2, 14, 2, 0]
    deps = ["ROOT", "det", "pobj", "punct", "advmod", "nsubj", "relcl", "det", "dobj", "prep", "det", "pobj", "punct",
            "compound", "appos", "punct"]
    pos = ["ADP", "DET", "PROPN", "PUNCT", "ADV", "PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT",
           "PROPN", "PROPN", "PUNCT"]
    ents = ["O", "O", "B-FAC", "O", "O", "B-PERSON", "O", "O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents)


def test_a_holder_set_off_at_the_end_after_an_offices_of_phrase_is_the_offices():
    doc = _received("head")
    assert repair_parse(doc) == [14]
    assert (doc[14].head.text, doc[14].dep_) == ("head", "appos")


def test_a_name_set_off_after_the_of_phrase_of_no_office_keeps_its_parse():
    doc = _received("roof")  # "received the roof of the organism, Ana Ruiz": no office to hold
    assert repair_parse(doc) == []
    assert doc[14].head.text == "Casa"


def _leader(noun: str, name_ent: str = "PERSON"):
    """"met the leader of the new <noun> Ahmed Sharaa ." as the parser reads it: the name run on as
    the apposition of the office's nameless complement."""
    words = ["met", "the", "leader", "of", "the", "new", noun, "Ahmed", "Sharaa", "."]
    heads = [0, 2, 0, 2, 6, 6, 3, 8, 6, 0]
    deps = ["ROOT", "det", "dobj", "prep", "det", "amod", "pobj", "compound", "appos", "punct"]
    pos = ["VERB", "DET", "NOUN", "ADP", "DET", "ADJ", "NOUN", "PROPN", "PROPN", "PUNCT"]
    ents = ["O"] * 7 + [f"B-{name_ent}", f"I-{name_ent}", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents)


def test_a_person_run_on_after_an_offices_nameless_body_is_the_holder():
    doc = _leader("administration")
    assert repair_parse(doc) == [8]
    assert doc[8].head.text == "leader"


def test_a_name_after_a_noun_that_takes_a_name_keeps_its_parse():
    # "the director of the new film Oppenheimer" (NER: PERSON), "the head of the new company X",
    # "the wife of the new minister X": the name is the noun's own
    for noun in ("film", "company", "minister"):
        doc = _leader(noun)
        assert repair_parse(doc) == [] and doc[8].head.text == noun
    doc = _leader("administration", "ORG")  # no person: a body's name
    assert repair_parse(doc) == [] and doc[8].head.text == "administration"


def _mayor(first: str):
    """"The mayor of São Paulo , <first> Nunes , won ." with NER's types swapped (São Paulo: PERSON,
    <first> Nunes: ORG), as the model read it: the name an apposition of the city."""
    words = ["The", "mayor", "of", "São", "Paulo", ",", first, "Nunes", ",", "won", "."]
    heads = [1, 9, 1, 4, 2, 4, 7, 4, 4, 9, 9]
    deps = ["det", "nsubj", "prep", "compound", "pobj", "punct", "compound", "appos", "punct", "ROOT", "punct"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"]
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG", "O", "O", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents)


def test_a_person_after_a_city_the_gazetteer_knows_is_the_holder_whatever_ner_typed():
    doc = _mayor("Ricardo")
    assert repair_parse(doc) == [7]
    assert doc[7].head.text == "mayor"
    doc = _mayor("Grupo")  # no given name: a body's name may follow a city
    assert repair_parse(doc) == [] and doc[7].head.text == "Paulo"


def _signed(office: str = "CEO", tag: str = "NNP", name_ent: str = "ORG"):
    """"It was signed by the [office] of Sonatrach , Rachid Hachichi , and the director general of
    Eni ." as the parser reads it: Hachichi Sonatrach's conjunct (NER: one body over the comma,
    or ``name_ent``), the director general his."""
    words = ["It", "was", "signed", "by", "the", office, "of", "Sonatrach", ",", "Rachid", "Hachichi", ",", "and",
             "the", "director", "general", "of", "Eni", "."]
    heads = [2, 2, 2, 2, 5, 3, 5, 6, 7, 10, 7, 10, 10, 15, 15, 10, 15, 16, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj", "prep", "pobj", "punct", "compound", "conj",
            "punct", "cc", "det", "compound", "conj", "prep", "pobj", "punct"]
    pos = ["PRON", "AUX", "VERB", "ADP", "DET", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "CCONJ",
           "DET", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT"]
    tags = ["PRP", "VBD", "VBN", "IN", "DT", tag, "IN", "NNP", ",", "NNP", "NNP", ",", "CC", "DT", "NN", "NN", "IN",
            "NNP", "."]
    name = ["I-ORG", "I-ORG", "I-ORG"] if name_ent == "ORG" else ["O", f"B-{name_ent}", f"I-{name_ent}"]
    ents = ["O"] * 7 + ["B-ORG", *name] + ["O"] * 6 + ["B-ORG", "O"]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents)


def test_a_person_between_commas_after_an_offices_name_is_the_holder_and_keeps_the_list():
    doc = _signed()
    assert holders_read_as_name_conjuncts(doc) == [10]
    assert (doc[10].head.text, doc[10].dep_) == ("CEO", "appos")
    assert doc[15].head.text == "Hachichi"  # the director general is his fellow, no second CEO


def test_many_offices_or_a_place_after_the_offices_name_keep_the_list():
    assert holders_read_as_name_conjuncts(_signed(office="CEOs", tag="NNS")) == []
    assert holders_read_as_name_conjuncts(_signed(name_ent="GPE")) == []
