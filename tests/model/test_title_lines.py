"""An article's title line written again in its text is one name there (``kg.title_lines``), with
the real model on leads written for these tests: a title of two names joined by "and" or a
possessive ("Salt and Cinder", "The Cartographer's Widow") is one mention wherever the text writes
it, typed as its lead says; a title with a subtitle, a news headline and a title the text does not
repeat are left to NER."""

from __future__ import annotations

SALT = ("Salt and Cinder\n\nSalt and Cinder is the second studio album by the English indie rock band The "
        "Harbour Lights, released in 2018. Salt and Cinder debuted at number seven on the UK Albums Chart.")


def names(extract, text):
    result, triples = extract(text)
    return [(m.text, m.type) for m in result.mentions], triples


def test_a_title_of_two_names_joined_by_and_is_one_name(extract):
    found, triples = names(extract, SALT)
    assert [t for n, t in found if n == "Salt and Cinder"] == ["WORK_OF_ART"] * 3, found
    assert not {"Salt", "Cinder"} & {n for n, _ in found}, found
    assert ("Salt and Cinder", "debuted on", "UK Albums Chart") in triples, triples


def test_a_possessive_title_is_one_name(extract):
    found, _ = names(extract, "The Cartographer's Widow\n\nThe Cartographer's Widow is a 2007 historical novel by "
                              "the Irish writer Siobhán Kearney.")
    assert "Cartographer" not in {n for n, _ in found} and ("The Cartographer's Widow", "WORK_OF_ART") in found, found


def test_a_title_line_not_written_again_or_a_headline_is_left_to_ner(extract):
    found, _ = names(extract, "Salt and Cinder\n\nThe album was released in 2018 by Domino.")
    assert "Salt and Cinder" not in {n for n, _ in found[1:]}
    found, _ = names(extract, "Garvan Pleads Guilty To Fraud Charges\n\nEamon Garvan pleaded guilty on Monday.")
    assert "Garvan Pleads Guilty To Fraud Charges" not in {n for n, _ in found}


def test_two_names_joined_by_and_in_a_title_stay_two(extract):
    # no sentence makes the title the subject of a verb in the singular: two bodies, not one name
    found, _ = names(extract, "Oracle and Walmart\n\nOracle and Walmart later joined the talks in Austin.")
    assert "Oracle and Walmart" not in {n for n, _ in found} and "Walmart" in {n for n, _ in found}, found


def test_a_titles_bracketed_qualifier_is_no_part_of_the_name(extract):
    """"The Salt Road (film)": NER typed the title's "Salt Road" a place, which outvoted the lead."""
    found, triples = names(extract, "The Salt Road (film)\nThe Salt Road is a 2019 Moroccan-French drama film directed "
                                    "by Yasmina Benchekroun. The film stars Omar Lahlou and Leïla Fassi.")
    assert [t for n, t in found if "Salt Road" in n] == ["WORK_OF_ART"] * 2, found
    assert ("The Salt Road", "star", "Omar Lahlou") in triples, triples
