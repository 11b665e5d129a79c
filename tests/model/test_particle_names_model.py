"""A person's name NER cuts after its particles ("Ursula von der | Leyen"): kg.particle_names
runs it on over the capitalised surname. With the real model, and a name that must stay."""

from __future__ import annotations


def names(extract, text):
    result, _ = extract(text)
    return {(m.text, m.type) for m in result.mentions}


def test_a_name_runs_on_past_its_particles(extract):
    found = names(extract, "Ursula von der Leyen arrived in Kyiv on Saturday.")
    assert ("Ursula von der Leyen", "PERSON") in found
    assert not any(n == "Leyen" for n, _ in found)


def test_a_name_followed_by_a_verb_stays(extract):
    assert ("Charles de Gaulle", "PERSON") in names(extract, "Charles de Gaulle founded the Fifth Republic.")
