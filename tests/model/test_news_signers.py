"""With the real model, news sentences written for these tests: a holder between commas after the
name an office's "of" names is that office's ("signed by the chairman of Petrobras, Magda
Chambriard, and …"), a title right after an office the parser read as a conjunct names its own
holder ("the President of the Republic X and the Spanish Prime Minister Pedro Sánchez"), a craft
named by its shape ("Tianzhou-8") after its class noun is a node, and a noun's "about" phrase
says what the object is about ("published a memoir about her friend X")."""

from __future__ import annotations


def test_a_holder_between_commas_after_the_offices_name_holds_it(extract):
    _, triples = extract("The agreement was signed by the chairman of Petrobras, Magda Chambriard, and the chief "
                         "executive of Shell, Wael Sawan, on Friday.")
    assert ("Magda Chambriard", "chairman of", "Petrobras") in triples
    assert ("Wael Sawan", "chief executive of", "Shell") in triples


def test_a_title_after_an_office_read_as_its_conjunct_describes_its_own_holder(extract):
    _, triples = extract("The accord was signed in presence of the President of the Republic Kais Saied and the "
                         "Spanish Prime Minister Pedro Sánchez.")
    assert ("Pedro Sánchez", "nationality", "Spanish") in triples
    assert not [t for t in triples if "Kais Saied" in (t[0], t[2]) and "Spanish" in (t[0], t[2])]


def test_a_craft_named_by_its_shape_after_its_class_noun_is_a_node(extract):
    result, triples = extract("The cargo spacecraft Tianzhou-8, developed by the China Academy of Space Technology, "
                              "docked with the station.")
    assert "Tianzhou-8" in {m.text for m in result.mentions}
    assert ("China Academy of Space Technology", "developed", "Tianzhou-8") in triples


def test_a_nouns_about_phrase_says_what_it_is_about(extract):
    _, triples = extract("Anna de Noailles published a memoir about her friend Marcel Proust.")
    assert ("Anna de Noailles", "published memoir about", "Marcel Proust") in triples
