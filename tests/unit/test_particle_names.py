"""kg.particle_names on hand-built Docs: an NER PERSON span ending in particles runs on over the
capitalised words after it, one after particles takes the given name before them; nothing else
changes."""

from __future__ import annotations

from hand_docs import make_doc

from kg.particle_names import first_name_before_particles, run_on_particles


def _doc(words, ents):
    n = len(words)
    return make_doc(words, [0] * n, ["ROOT"] + ["dep"] * (n - 1), ents=ents)


def test_a_person_cut_after_von_der_takes_the_surname():
    doc = _doc(["Ursula", "von", "der", "Leyen", "arrived", "."], ["B-PERSON", "I-PERSON", "I-PERSON", "B-GPE", "O", "O"])
    got = run_on_particles(doc.ents[0])
    assert (got.text, got.label_) == ("Ursula von der Leyen", "PERSON")


def test_particles_before_a_lower_case_word_stay_as_they_are():
    doc = _doc(["Maria", "de", "said", "so", "."], ["B-PERSON", "I-PERSON", "O", "O", "O"])
    assert run_on_particles(doc.ents[0]).text == "Maria de"


def test_a_name_ending_in_a_capital_or_no_person_is_untouched():
    doc = _doc(["Charles", "de", "Gaulle", "Airport", "."], ["B-PERSON", "I-PERSON", "I-PERSON", "B-FAC", "O"])
    assert run_on_particles(doc.ents[0]).text == "Charles de Gaulle"
    doc = _doc(["Banco", "de", "Chile", "."], ["B-ORG", "I-ORG", "O", "O"])
    assert run_on_particles(doc.ents[0]).text == "Banco de"


def test_a_person_cut_inside_the_particles_takes_the_rest_of_them_and_the_surname():
    # "chief Ursula von | der Leyen": NER stops after "von", the parser reads "der" as a noun
    doc = _doc(["chief", "Ursula", "von", "der", "Leyen", "attended", "."],
               ["O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O"])
    got = run_on_particles(doc.ents[0])
    assert (got.text, got.label_) == ("Ursula von der Leyen", "PERSON")
    # particles that nothing capitalised follows stay out
    doc = _doc(["Maria", "de", "la", "said", "."], ["B-PERSON", "I-PERSON", "O", "O", "O"])
    assert run_on_particles(doc.ents[0]).text == "Maria de"


def _before(first: str, first_ent: str) -> tuple[str, bool]:
    """``The emir <first> bin Hamad Al Thani arrived .``, "Hamad Al Thani" a PERSON: what the
    person's span becomes, and whether ``first`` (an NER span) is the person's given name."""
    words = ["The", "emir", first, "bin", "Hamad", "Al", "Thani", "arrived", "."]
    pos = ["DET", "NOUN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    ents = ["O", "O", first_ent, "O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O"]
    doc = make_doc(words, [7, 6, 6, 6, 6, 6, 7, 7, 7], ["det", "compound", "compound", "compound", "compound",
                                                        "compound", "nsubj", "ROOT", "punct"], pos=pos, ents=ents)
    person = next(e for e in doc.ents if e.label_ == "PERSON")
    first_ent = [e for e in doc.ents if e.start == 2]
    return run_on_particles(person).text, bool(first_ent) and first_name_before_particles(first_ent[0])


def test_a_person_named_after_the_particles_takes_the_given_name_before_them():
    # NER reads the unknown given name as a people and starts the person after "bin"
    assert _before("Tamim", "B-NORP") == ("Tamim bin Hamad Al Thani", True)
    assert _before("Tamim", "O") == ("Tamim bin Hamad Al Thani", False)


def test_a_people_or_an_office_before_the_particles_is_no_given_name():
    assert _before("Qatari", "B-NORP") == ("Hamad Al Thani", False)
    assert _before("President", "O") == ("Hamad Al Thani", False)


def test_a_word_inside_a_longer_name_is_no_given_name():
    # "Mahler's Das Lied von der Erde": "Erde" a PERSON, "Lied" after another capitalised word
    words = ["of", "Das", "Lied", "von", "der", "Erde", "."]
    doc = make_doc(words, [0, 5, 5, 5, 5, 0, 0], ["ROOT", "compound", "compound", "compound", "compound", "pobj", "punct"],
                   pos=["ADP", "PROPN", "PROPN", "PROPN", "NOUN", "PROPN", "PUNCT"],
                   ents=["O", "O", "O", "O", "O", "B-PERSON", "O"])
    assert run_on_particles(doc.ents[0]).text == "Erde"
