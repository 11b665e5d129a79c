"""kg.subject_repairs on hand-built parses: a clause's subject the parser read as the last
conjunct of the object before it becomes that clause's subject, and stays where it is after a
comma, before a verb that is no finite one, or before a verb with a subject of its own; a noun
read as a second subject before the name that is the subject becomes the name's compound; a
noun phrase after a subjectless verb that opens its sentence becomes its subject."""

from __future__ import annotations

from hand_docs import make_doc

from kg.subject_repairs import nouns_before_subject_names, subjects_after_verbs, subjects_run_into_objects


def _intercepted(comma: bool = False, tag: str = "VBZ", own_subject: bool = False):
    """"Canada intercepted the calls [,] and Norway now believes [it] ." as the parser reads it:
    Norway a conjunct of "calls", "believes" a clause of "intercepted"."""
    words = ["Canada", "intercepted", "the", "calls", *([","] if comma else []), "and", "Norway", "now", "believes",
             *(["it"] if own_subject else []), "."]
    c = 4 + comma  # "and"
    v = c + 3  # "believes"
    heads = [1, 1, 3, 1, *([3] if comma else []), 3, 3, v, 1, *([v] if own_subject else []), 1]
    deps = ["nsubj", "ROOT", "det", "dobj", *(["punct"] if comma else []), "cc", "conj", "advmod", "ccomp",
            *(["nsubj"] if own_subject else []), "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", *(["PUNCT"] if comma else []), "CCONJ", "PROPN", "ADV", "VERB",
           *(["PRON"] if own_subject else []), "PUNCT"]
    tags = ["NNP", "VBD", "DT", "NNS", *([","] if comma else []), "CC", "NNP", "RB", tag,
            *(["PRP"] if own_subject else []), "."]
    return make_doc(words, heads, deps, pos=pos, tags=tags), c + 1, v


def test_the_last_conjunct_of_an_object_before_a_verb_with_no_subject_is_its_subject():
    doc, noun, verb = _intercepted()
    assert subjects_run_into_objects(doc) == [noun, noun - 1, verb]
    assert (doc[noun].head.i, doc[noun].dep_) == (verb, "nsubj")
    assert (doc[verb].head.text, doc[verb].dep_) == ("intercepted", "conj")


def test_a_comma_before_the_and_leaves_the_parse():
    assert subjects_run_into_objects(_intercepted(comma=True)[0]) == []


def test_a_verb_that_is_no_finite_one_leaves_the_parse():
    assert subjects_run_into_objects(_intercepted(tag="VBG")[0]) == []


def test_a_verb_with_a_subject_of_its_own_leaves_the_parse():
    assert subjects_run_into_objects(_intercepted(own_subject=True)[0]) == []


def _pertamina(noun: str = "company", ent: str = "B-ORG", name: str = "Pertamina"):
    """"The Indonesian {noun} {name} signed a contract ." as the parser reads it: the noun and
    the name two subjects of "signed"."""
    return make_doc(["The", "Indonesian", noun, name, "signed", "a", "contract", "."],
                    [2, 2, 4, 4, 4, 6, 4, 4], ["det", "amod", "nsubj", "nsubj", "ROOT", "det", "dobj", "punct"],
                    pos=["DET", "ADJ", "NOUN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                    tags=["DT", "JJ", "NN", "NNP", "VBD", "DT", "NN", "."],
                    ents=["O", "B-NORP", "O", ent, "O", "O", "O", "O"])


def test_a_noun_read_as_a_second_subject_before_the_subject_name_is_its_compound():
    doc = _pertamina()
    assert nouns_before_subject_names(doc) == [2]
    assert (doc[2].head.text, doc[2].dep_) == ("Pertamina", "compound")
    assert [c.text for c in doc[4].children if c.dep_ == "nsubj"] == ["Pertamina"]


def test_a_capitalised_name_ner_did_not_find_takes_the_noun_too():
    doc = _pertamina(noun="probe", ent="O", name="Chang'e-6")  # "The lunar probe Chang'e-6 … landed"
    assert nouns_before_subject_names(doc) == [2]
    assert doc[2].head.text == "Chang'e-6"


def test_a_lower_case_word_ner_did_not_find_or_a_capitalised_noun_leaves_the_parse():
    assert nouns_before_subject_names(_pertamina(ent="O", name="pertamina")) == []
    assert nouns_before_subject_names(_pertamina(noun="Company")) == []


def _signed(second: bool = True, subject: bool = False):
    """"[Brazil] Signed the agreement [the president Lula] ." as the parser reads translated
    Spanish: the president an adverbial noun phrase of "Signed"."""
    words = [*(["Brazil"] if subject else []), "Signed", "the", "agreement", *(["the", "president", "Lula"] if second else []), "."]
    o = int(subject)
    heads = [*([o] if subject else []), o, o + 2, o, *([o + 4, o, o + 4] if second else []), o]
    deps = [*(["nsubj"] if subject else []), "ROOT", "det", "dobj", *(["det", "npadvmod", "appos"] if second else []), "punct"]
    pos = [*(["PROPN"] if subject else []), "VERB", "DET", "NOUN", *(["DET", "NOUN", "PROPN"] if second else []), "PUNCT"]
    tags = [*(["NNP"] if subject else []), "VBD", "DT", "NN", *(["DT", "NN", "NNP"] if second else []), "."]
    ents = [*(["B-GPE"] if subject else []), "O", "O", "O", *(["O", "O", "B-PERSON"] if second else []), "O"]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents)


def _arrested():
    """"Was arrested in Istanbul the journalist Yilmaz .": a passive's subject after its place."""
    return make_doc(["Was", "arrested", "in", "Istanbul", "the", "journalist", "Yilmaz", "."],
                    [1, 1, 1, 2, 5, 1, 5, 1], ["auxpass", "ROOT", "prep", "pobj", "det", "npadvmod", "appos", "punct"],
                    pos=["AUX", "VERB", "ADP", "PROPN", "DET", "NOUN", "PROPN", "PUNCT"],
                    tags=["VBD", "VBN", "IN", "NNP", "DT", "NN", "NNP", "."],
                    ents=["O", "O", "O", "B-GPE", "O", "O", "B-PERSON", "O"])


def test_a_second_noun_phrase_after_a_subjectless_verb_is_its_subject():
    doc = _signed()
    assert subjects_after_verbs(doc) == [4]
    assert doc[4].dep_ == "nsubj" and doc[2].dep_ == "dobj"


def test_a_noun_phrase_after_a_passive_and_its_place_is_its_subject():
    doc = _arrested()
    assert subjects_after_verbs(doc) == [5]
    assert doc[5].dep_ == "nsubjpass"


def _elected(holder: bool):
    """"Was elected president of the Senate [the senator Ruiz] ." as the parser reads it: the
    office and the holder both complements of "elected"."""
    words = ["Was", "elected", "president", "of", "the", "Senate", *(["the", "senator", "Ruiz"] if holder else []), "."]
    heads = [1, 1, 1, 2, 5, 3, *([8, 8, 1] if holder else []), 1]
    deps = ["auxpass", "ROOT", "oprd", "prep", "det", "pobj", *(["det", "compound", "oprd"] if holder else []), "punct"]
    pos = ["AUX", "VERB", "NOUN", "ADP", "DET", "PROPN", *(["DET", "NOUN", "PROPN"] if holder else []), "PUNCT"]
    tags = ["VBD", "VBN", "NN", "IN", "DT", "NNP", *(["DT", "NN", "NNP"] if holder else []), "."]
    ents = ["O", "O", "O", "O", "O", "B-ORG", *(["O", "O", "B-PERSON"] if holder else []), "O"]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents)


def test_a_name_after_a_passives_complement_is_its_subject_but_a_lone_complement_stays():
    doc = _elected(holder=True)
    assert subjects_after_verbs(doc) == [8]
    assert doc[8].dep_ == "nsubjpass" and doc[2].dep_ == "oprd"
    assert subjects_after_verbs(_elected(holder=False)) == []  # "Was elected president of the Senate."
    winner = make_doc(["Was", "declared", "the", "winner", "."], [1, 1, 3, 1, 1],
                      ["auxpass", "ROOT", "det", "oprd", "punct"], pos=["AUX", "VERB", "DET", "NOUN", "PUNCT"],
                      tags=["VBD", "VBN", "DT", "NN", "."])
    assert subjects_after_verbs(winner) == []  # a passive's one complement: the subject is dropped


def test_one_object_right_after_the_verb_or_a_verb_with_a_subject_leaves_the_parse():
    assert subjects_after_verbs(_signed(second=False)) == []
    assert subjects_after_verbs(_signed(subject=True)) == []
