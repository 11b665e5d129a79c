"""A role after the last word of a body's name, with the real model (sentences written for these
tests): "Rovers chairman X" after "Northbridge Rovers", "said Athletic chairman X" after "Wexford
Athletic"; and nobody's when two bodies of the story end on the word."""

from __future__ import annotations


def test_a_roles_word_that_ends_one_bodys_name_names_that_body(extract):
    _, triples = extract("Castlebar Rovers have sacked their manager after six defeats. Rovers chairman Denis Boyle "
                         "said the decision was made with regret.")
    assert ("Denis Boyle", "chairman of", "Castlebar Rovers") in set(triples), triples
    _, triples = extract("Wexford Athletic won 2-0 on Saturday. \"The lads were superb,\" said Athletic chairman "
                         "Paul Kerr.")
    assert ("Paul Kerr", "chairman of", "Wexford Athletic") in set(triples), triples


def test_a_word_two_bodies_end_on_names_neither(extract):
    _, triples = extract("Leeds United drew with Dunmore United on Friday. United manager Sam Cole was unhappy.")
    assert not any(h == "Sam Cole" and t.endswith("United") for h, _, t in triples), triples
