"""kg.subject_repairs on hand-built parses: a clause's subject the parser read as the last
conjunct of the object before it becomes that clause's subject, and stays where it is after a
comma, before a verb that is no finite one, or before a verb with a subject of its own; a noun
read as a second subject before the name that is the subject becomes the name's compound."""

from __future__ import annotations

from hand_docs import make_doc

from kg.subject_repairs import nouns_before_subject_names, subjects_run_into_objects


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


def _pertamina(noun: str = "company", ent: str = "B-ORG"):
    """"The Indonesian {noun} Pertamina signed a contract ." as the parser reads it: the noun and
    the name two subjects of "signed"."""
    return make_doc(["The", "Indonesian", noun, "Pertamina", "signed", "a", "contract", "."],
                    [2, 2, 4, 4, 4, 6, 4, 4], ["det", "amod", "nsubj", "nsubj", "ROOT", "det", "dobj", "punct"],
                    pos=["DET", "ADJ", "NOUN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                    tags=["DT", "JJ", "NN", "NNP", "VBD", "DT", "NN", "."],
                    ents=["O", "B-NORP", "O", ent, "O", "O", "O", "O"])


def test_a_noun_read_as_a_second_subject_before_the_subject_name_is_its_compound():
    doc = _pertamina()
    assert nouns_before_subject_names(doc) == [2]
    assert (doc[2].head.text, doc[2].dep_) == ("Pertamina", "compound")
    assert [c.text for c in doc[4].children if c.dep_ == "nsubj"] == ["Pertamina"]


def test_a_name_ner_did_not_find_or_a_capitalised_noun_leaves_the_parse():
    assert nouns_before_subject_names(_pertamina(ent="O")) == []
    assert nouns_before_subject_names(_pertamina(noun="Company")) == []
