"""Hand-built parses of a role noun before a holder's name that the parser hung past the name
("sentenced former Samsung executive Park Ji-hoon to three years": ``title``), and of the label a
possessive's modifiers give (``possessive@modifiers``): an adjective that names nothing one is of
gives none ("its older Airbus A320s"), while a noun the tagger read as an adjective or a lower-case
proper noun still does ("her debut single X", "his alter - ego X")."""

from __future__ import annotations

from hand_docs import make_doc, relations_of


def _sentenced(role_head: int):
    """"A court sentenced former Samsung executive Park Ji-hoon to three years ." with "executive"
    hung on token ``role_head`` (12, "years", as the parser did; 9, the name, as it should)."""
    words = ["A", "court", "sentenced", "former", "Samsung", "executive", "Park", "Ji-hoon", "to", "three",
             "years", "."]
    heads = [1, 2, 2, 5, 5, role_head, 7, 2, 2, 10, 8, 2]
    deps = ["det", "nsubj", "ROOT", "amod", "compound", "compound", "compound", "dobj", "prep", "nummod", "pobj",
            "punct"]
    pos = ["DET", "NOUN", "VERB", "ADJ", "PROPN", "NOUN", "PROPN", "PROPN", "ADP", "NUM", "NOUN", "PUNCT"]
    ents = ["O", "O", "O", "O", "B-ORG", "O", "B-PERSON", "I-PERSON", "O", "B-DATE", "I-DATE", "O"]
    return make_doc(words, heads, deps, pos=pos, ents=ents, lemmas=[w.lower() for w in words])


def test_a_role_hung_past_the_name_is_the_names_title():
    for head in (10, 7):
        got = {(h, r, t) for h, r, t, rule in relations_of(_sentenced(head)) if rule == "title"}
        assert got == {("Park Ji-hoon", "former executive of", "Samsung")}, head


def _replace(adjective: str, tag: str, pos: str = "ADJ"):
    """"Gulf Air said the jets would replace its <adjective> Airbus A320s ." """
    words = ["Gulf", "Air", "said", "the", "jets", "would", "replace", "its", adjective, "Airbus", "A320s", "."]
    heads = [1, 2, 2, 4, 6, 6, 2, 10, 10, 10, 6, 2]
    deps = ["compound", "nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "poss", "amod", "compound", "dobj", "punct"]
    return make_doc(words, heads, deps,
                    pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "AUX", "VERB", "PRON", pos, "PROPN", "PROPN",
                         "PUNCT"],
                    tags=["NNP", "NNP", "VBD", "DT", "NNS", "MD", "VB", "PRP$", tag, "NNP", "NNPS", "."],
                    ents=["B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O", "O", "B-PRODUCT", "I-PRODUCT", "O"],
                    lemmas=["gulf", "air", "say", "the", "jet", "would", "replace", "its", adjective, "airbus",
                            "a320s", "."])


def test_an_adjective_that_names_nothing_gives_a_possessive_no_label():
    for adjective, tag in (("older", "JJR"), ("newest", "JJS"), ("fictional", "JJ")):
        assert not [r for r in relations_of(_replace(adjective, tag)) if r[3].startswith("possessive")], adjective


def test_a_noun_the_tagger_read_as_an_adjective_still_labels_the_possessive():
    got = {(h, r, t) for h, r, t, rule in relations_of(_replace("single", "JJ")) if rule.startswith("possessive")}
    assert ("Airbus A320s", "single of", "Gulf Air") in got, got
    # a lower-case word the tagger took for a proper noun ("his alter - ego X")
    got = {(h, r, t) for h, r, t, rule in relations_of(_replace("ego", "NNP", pos="PROPN"))
           if rule.startswith("possessive")}
    assert ("Airbus A320s", "ego of", "Gulf Air") in got, got
