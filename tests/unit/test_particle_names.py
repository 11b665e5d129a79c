"""kg.particle_names on hand-built Docs: an NER PERSON span ending in particles runs on over the
capitalised words after it; nothing else changes."""

from __future__ import annotations

from hand_docs import make_doc

from kg.particle_names import run_on_particles


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
