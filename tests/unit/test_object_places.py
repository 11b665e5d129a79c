"""The ``object_place`` rule on hand-built parses: where a person named as the object was
arrested, killed or received when the subject is no name ("Police arrested Juan Perez in
Lima"), and parses on which it must stay silent (a named subject, a verb said of someone
elsewhere, a passive, an object that is no person)."""

from __future__ import annotations

from hand_docs import make_doc, relations_of

from kg.relations.object_places import DONE_TO_VERBS, PLACE_PREPS, SENT_VERBS


def _sentence(subject: list[tuple[str, str]], verb: str, lemma: str, obj: str = "PERSON",
              on_name: bool = False, prep: str = "in") -> list[tuple[str, str, str, str]]:
    """``<subject> <verb> the lawyer Juan Perez in Lima .``; ``subject`` is (word, NER tag)
    pairs, its last word the head; ``obj`` is the NER type of "Juan Perez"; ``on_name`` hangs
    "in Lima" on "Perez" instead of the verb (as the parser may); ``prep`` replaces "in"."""
    n = len(subject)
    v = n
    words = [w for w, _ in subject] + [verb, "the", "lawyer", "Juan", "Perez", prep, "Lima", "."]
    heads = [n - 1] * (n - 1) + [v] + [v, v + 2, v, v + 4, v + 2, v + 4 if on_name else v, v + 5, v]
    deps = ["compound"] * (n - 1) + ["nsubj", "ROOT", "det", "dobj", "compound", "appos", "prep", "pobj", "punct"]
    pos = ["PROPN" if t != "O" else "NOUN" for _, t in subject] + [
        "VERB", "DET", "NOUN", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"]
    tags = ["NNP" if t != "O" else "NNS" for _, t in subject] + ["VBD", "DT", "NN", "NNP", "NNP", "IN", "NNP", "."]
    ents = [t for _, t in subject] + ["O", "O", "O", f"B-{obj}", f"I-{obj}", "O", "B-GPE", "O"]
    lemmas = [w.lower() for w, _ in subject] + [lemma, "the", "lawyer", "juan", "perez", prep, "lima", "."]
    doc = make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)
    return [r for r in relations_of(doc) if r[3] == "object_place"]


def test_the_person_an_unnamed_subject_arrested_was_arrested_there():
    assert _sentence([("Police", "O")], "arrested", "arrest") == [
        ("Juan Perez", "arrested in", "Lima", "object_place")]


def test_a_place_the_parser_hangs_on_the_name_is_the_same_place():
    assert _sentence([("Gunmen", "O")], "shot", "shoot", on_name=True) == [
        ("Juan Perez", "shot in", "Lima", "object_place")]


def test_a_named_subject_keeps_the_place():
    assert _sentence([("Acme", "B-ORG")], "arrested", "arrest") == []


def test_a_verb_said_of_someone_elsewhere_says_nothing_of_where_they_are():
    assert _sentence([("Critics", "O")], "criticized", "criticize") == []


def test_an_object_that_is_no_person_is_not_placed():
    assert _sentence([("Police", "O")], "arrested", "arrest", obj="ORG") == []


def test_the_tables_hold_lower_case_words():
    assert all(w == w.lower() for w in DONE_TO_VERBS | PLACE_PREPS | SENT_VERBS)


def test_a_peoples_adjective_names_no_subject():
    assert _sentence([("Egyptian", "B-NORP"), ("authorities", "O")], "detained", "detain") == [
        ("Juan Perez", "detained in", "Lima", "object_place")]


def test_where_a_person_was_taken_is_the_persons_whoever_took_them():
    # "Police extradited the lawyer Juan Perez to Lima", and so with a named subject
    for subject in ([("Police", "O")], [("Acme", "B-ORG")]):
        assert _sentence(subject, "extradited", "extradite", prep="to") == [
            ("Juan Perez", "extradited to", "Lima", "object_place")]


def test_to_is_no_place_of_a_verb_that_takes_no_one_anywhere():
    # "Police arrested the lawyer Juan Perez to Lima": no destination; a named subject sending
    # someone keeps "in" to itself ("Acme sent the lawyer Juan Perez in Lima")
    assert _sentence([("Police", "O")], "arrested", "arrest", prep="to") == []
    assert _sentence([("Acme", "B-ORG")], "sent", "send") == []
