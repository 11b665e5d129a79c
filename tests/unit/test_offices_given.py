"""The ``office_given`` rule on hand-built parses: the office a passive verb of appointing gives
its subject ("Perez was appointed chief executive of Codelco"), and parses on which it stays
silent (an active verb, a complement that is no office, a name)."""

from __future__ import annotations

from hand_docs import make_doc, relations_of


def _appointed(verb: str, lemma: str, office: list[str], *, passive: bool = True, office_ent: str = "O"):
    """``Perez was <verb> <office…> of Codelco .`` (passive) or ``Perez <verb> <office…> of Codelco .``;
    the office's last word is the verb's ``oprd``, its other words its modifiers."""
    aux = ["was"] if passive else []
    words = ["Perez", *aux, verb, *office, "of", "Codelco", "."]
    v = 1 + len(aux)
    last = v + len(office)
    heads = [v, *([v] if passive else []), v, *([last] * (len(office) - 1)), v, last, last + 1, v]
    deps = ["nsubjpass" if passive else "nsubj", *(["auxpass"] if passive else []), "ROOT",
            *(["amod"] * (len(office) - 1)), "oprd", "prep", "pobj", "punct"]
    pos = ["PROPN", *(["AUX"] if passive else []), "VERB", *(["ADJ"] * (len(office) - 1)), "NOUN", "ADP", "PROPN", "PUNCT"]
    tags = ["NNP", *(["VBD"] if passive else []), "VBN" if passive else "VBD", *(["JJ"] * (len(office) - 1)), "NN",
            "IN", "NNP", "."]
    ents = ["B-PERSON", *(["O"] if passive else []), "O", *([office_ent] * len(office)), "O", "B-ORG", "O"]
    lemmas = ["perez", *(["be"] if passive else []), lemma, *office, "of", "codelco", "."]
    return relations_of(make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas))


def test_a_passive_appointment_gives_the_subject_the_office():
    assert _appointed("appointed", "appoint", ["chief", "executive"]) == [
        ("Perez", "chief executive of", "Codelco", "office_given")]


def test_an_election_gives_the_office_too():
    assert _appointed("elected", "elect", ["chairman"]) == [("Perez", "chairman of", "Codelco", "office_given")]


def test_a_complement_that_is_no_office_is_left_to_the_object_rules():
    assert [r[3] for r in _appointed("named", "name", ["official", "symbol"])] != ["office_given"]


def test_an_active_verb_appoints_and_holds_nothing():
    assert not any(r[3] == "office_given" for r in _appointed("made", "make", ["chairman"], passive=False))


def test_an_office_inside_a_name_is_no_office_given():
    assert not any(r[3] == "office_given" for r in _appointed("named", "name", ["chairman"], office_ent="B-WORK_OF_ART"))


def test_an_active_verb_gives_its_object_the_office_at_the_appointing_company():
    # "Acme named Anna Berg its chief executive": dobj Berg, oprd executive (its: Acme's)
    doc = make_doc("Acme named Anna Berg its chief executive .".split(), [1, 1, 3, 1, 6, 6, 1, 1],
                   ["nsubj", "ROOT", "compound", "dobj", "poss", "amod", "oprd", "punct"],
                   pos=["PROPN", "VERB", "PROPN", "PROPN", "PRON", "ADJ", "NOUN", "PUNCT"],
                   tags=["NNP", "VBD", "NNP", "NNP", "PRP$", "JJ", "NN", "."],
                   ents=["B-ORG", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"],
                   lemmas="acme name anna berg its chief executive .".split())
    assert ("Anna Berg", "chief executive of", "Acme", "office_given") in relations_of(doc)


def _run_into(appointer: str, appointer_ent: str, lemma: str, office: str):
    """``<appointer> appointed Anna Berg <office> .``: the parser makes the name a compound of the office."""
    words = [appointer, "appointed", "Anna", "Berg", office, "."]
    return relations_of(make_doc(words, [1, 1, 3, 4, 1, 1], ["nsubj", "ROOT", "compound", "compound", "dobj", "punct"],
                                 pos=["PROPN", "VERB", "PROPN", "PROPN", "NOUN", "PUNCT"],
                                 tags=["NNP", "VBD", "NNP", "NNP", "NN", "."],
                                 ents=[appointer_ent, "O", "B-PERSON", "I-PERSON", "O", "O"],
                                 lemmas=[lemma, "appoint", "anna", "berg", office, "."]))


def test_a_name_run_into_the_office_it_is_given_holds_it():
    found = _run_into("Acme", "B-ORG", "acme", "president")
    assert ("Anna Berg", "president of", "Acme", "office_given") in found
    assert not any(r[0] == "Acme" and r[2] == "Anna Berg" and "president" in r[1] for r in found), found


def test_a_person_who_appoints_gives_an_office_of_no_named_body():
    assert not any(r[3] == "office_given" for r in _run_into("Putin", "B-PERSON", "putin", "minister"))


def _elected(office_dep: str = "dobj", office: str = "president"):
    """"Voters elected Ana Ruiz the {office} of Peru ." with the parser's two objects (``office_dep``)."""
    doc = make_doc(f"Voters elected Ana Ruiz the {office} of Peru .".split(), [1, 1, 3, 1, 5, 1, 5, 6, 1],
                   ["nsubj", "ROOT", "compound", "dobj", "det", office_dep, "prep", "pobj", "punct"],
                   pos=["NOUN", "VERB", "PROPN", "PROPN", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                   tags=["NNS", "VBD", "NNP", "NNP", "DT", "NN", "IN", "NNP", "."],
                   ents=["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-GPE", "O"],
                   lemmas=["voter", "elect", "ana", "ruiz", "the", office, "of", "peru", "."])
    return relations_of(doc)


def test_an_office_read_as_a_second_object_after_the_name_is_given_to_it():
    # "elected Claudia Sheinbaum the first female president of Mexico": two dobj, no oprd
    assert ("Ana Ruiz", "president of", "Peru", "office_given") in _elected()
    assert not any(r[3] == "office_given" for r in _elected(office="capital"))  # no office
