"""A court's sentence and a local office as news translated from Spanish writes them, with the real
model (sentences written for these tests): the object after the sentence's length ("condemned to
nine years of prison the former mayor X", the parser hangs the mayor on "years"), and the holder's
name right after the place an office is of when a place noun and its people's word come between
("the mayor of the Galician municipality of Ourense Tomás Ferreira Lago": NER's "Ourense" ORG and
"Ferreira Lago" PERSON, or one PERSON for place and person). Each case: what must be found."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, edges", [
    ("The Superior Court has condemned to nine years of prison the former mayor of the Galician municipality "
     "of Ourense Tomás Ferreira Lago for embezzlement.",
     {("Superior Court", "condemned", "Tomás Ferreira Lago"), ("Tomás Ferreira Lago", "former mayor of", "Ourense")}),
    ("The prosecutors arrested the former governor of the Mexican state of Veracruz Javier Duarte Ochoa in Guatemala.",
     {("Javier Duarte Ochoa", "former governor of", "Veracruz")}),
    ("Police detained the mayor of the town of Villarrobledo Ramón Pérez Carrasco on Tuesday.",
     {("Ramón Pérez Carrasco", "mayor of", "Villarrobledo")}),
])
def test_a_holder_after_a_place_noun_and_an_object_after_a_sentence(extract, text, edges):
    result, triples = extract(text)
    names = {m.text: m.type for m in result.mentions}
    assert edges <= set(triples), triples
    assert all(names.get(end) for edge in edges for end in (edge[0], edge[2])), names


def test_a_place_joined_by_hyphens_stays_one_place(extract):
    result, _ = extract("Fighters were captured near the southern city of Bandar-e-Abbas on Friday.")
    assert {m.text: m.type for m in result.mentions} == {"Bandar-e-Abbas": "GPE"}
