"""Hand-built parses of a second "in" the parser hung on a name after an "in" that names a thing
("filed by the Westbrook Tenants Association in federal court in Denver"): the place is the
thing's, not the name's; and a name's own "in" stays read."""

from __future__ import annotations

from hand_docs import make_doc, relations_of


def _filed(venue: bool = True):
    """"It was filed by the Westbrook Association [in federal court] in Denver ." with every
    "in" on the association's name."""
    court = ["in", "federal", "court"] if venue else []
    words = ["It", "was", "filed", "by", "the", "Westbrook", "Association", *court, "in", "Denver", "."]
    v = 3 if venue else 0
    heads = [2, 2, 2, 2, 6, 6, 3, *([6, 9, 7] if venue else []), 6, 7 + v, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "agent", "det", "compound", "pobj",
            *(["prep", "amod", "pobj"] if venue else []), "prep", "pobj", "punct"]
    pos = ["PRON", "AUX", "VERB", "ADP", "DET", "PROPN", "PROPN", *(["ADP", "ADJ", "NOUN"] if venue else []), "ADP",
           "PROPN", "PUNCT"]
    ents = ["O", "O", "O", "O", "O", "B-ORG", "I-ORG", *(["O"] * v), "O", "B-GPE", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents)


def test_a_place_after_a_things_in_on_a_name_is_not_where_the_name_is():
    assert not any(h == "Westbrook Association" and t == "Denver" for h, _, t, _ in relations_of(_filed()))


def test_a_names_own_in_is_where_it_is():
    got = {(h, r, t) for h, r, t, _ in relations_of(_filed(False))}
    assert ("Westbrook Association", "located in", "Denver") in got
