"""kg.subject_repairs.verbs_after_ages on hand-built parses: "Kerr , 44 , coached at Bradford ."
as the small model reads it (the name the root, its age an apposition, the verb a clause on the
name) becomes "Kerr" the subject of "coached", the sentence's root; a verb with a subject of its
own, or a name with no age set off, stays as it is."""

from __future__ import annotations

from hand_docs import make_doc

from kg.subject_repairs import verbs_after_ages


def _coached(age: bool = True, own_subject: bool = False):
    words = ["Kerr", *([",", "44", ","] if age else [","]), *(["he"] if own_subject else []), "coached", "at",
             "Bradford", "."]
    v = 4 + own_subject if age else 2 + own_subject
    heads = [0, *([0, 0, 0] if age else [0]), *([v] if own_subject else []), 0, v, v + 1, 0]
    deps = ["ROOT", *(["punct", "appos", "punct"] if age else ["punct"]), *(["nsubj"] if own_subject else []),
            "acl", "prep", "pobj", "punct"]
    pos = ["PROPN", *(["PUNCT", "NUM", "PUNCT"] if age else ["PUNCT"]), *(["PRON"] if own_subject else []),
           "VERB", "ADP", "PROPN", "PUNCT"]
    tags = ["NNP", *([",", "CD", ","] if age else [","]), *(["PRP"] if own_subject else []), "VBD", "IN", "NNP", "."]
    return make_doc(words, heads, deps, pos=pos, tags=tags), v


def test_a_verb_after_a_names_age_is_the_root_and_the_name_its_subject():
    doc, verb = _coached()
    assert verbs_after_ages(doc) == [verb, 0]
    assert (doc[0].head.i, doc[0].dep_) == (verb, "nsubj")
    assert (doc[verb].head.i, doc[verb].dep_) == (verb, "ROOT")
    assert doc[len(doc) - 1].head.i == verb  # the stop goes with the root


def test_a_verb_with_its_own_subject_stays_a_clause():
    assert verbs_after_ages(_coached(own_subject=True)[0]) == []


def test_a_name_with_no_age_set_off_stays_the_root():
    assert verbs_after_ages(_coached(age=False)[0]) == []
