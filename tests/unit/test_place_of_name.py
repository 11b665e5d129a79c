"""A definite place noun stands for the one place its "of" names (``named_nouns.place_of_name``):
"The village of Goodooga lies in Wales" is Goodooga's; not "the largest city of Estonia" (a city
in it) nor "the villages of A and B"."""

from __future__ import annotations

from hand_docs import make_doc, relations_of as relations
from spacy.tokens import Doc


def _lies(noun: str = "village", tag: str = "NN", det: str = "The", adj: str | None = None,
          name_before: bool = False) -> Doc:
    """"<det> [adj] <noun> of Goodooga lies in Wales ." ("of" on the noun, the noun the subject);
    ``name_before``: the word before the noun is a place's own name ("The Conwy village of")."""
    pre = [det] + ([adj] if adj else [])
    n = len(pre)  # index of the noun
    words = pre + [noun, "of", "Goodooga", "lies", "in", "Wales", "."]
    verb = n + 3
    heads = [n] * len(pre) + [verb, n, n + 1, verb, verb, verb + 1, verb]
    deps = ["det"] + (["amod"] if adj else []) + ["nsubj", "prep", "pobj", "ROOT", "prep", "pobj", "punct"]
    pos = ["DET"] + (["ADJ"] if adj else []) + ["NOUN", "ADP", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"]
    tags = ["DT"] + (["JJS" if adj == "largest" else "JJ"] if adj else []) + [tag, "IN", "NNP", "VBZ", "IN", "NNP", "."]
    ents = ["O"] + (["B-NORP" if adj and adj[0].isupper() else "O"] if adj else []) \
        + ["O", "O", "B-GPE", "O", "O", "B-GPE", "O"]
    if name_before:
        deps[1], pos[1], tags[1], ents[1] = "compound", "PROPN", "NNP", "B-GPE"
    lemmas = [w.lower() for w in words]
    lemmas[verb] = "lie"
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)


def test_a_place_noun_stands_for_the_place_its_of_names():
    assert ("Goodooga", "lie in", "Wales", "prep") in relations(_lies())
    assert ("Goodooga", "lie in", "Wales", "prep") in relations(_lies("province", adj="Sicilian"))


def test_no_place_for_a_modified_plural_or_indefinite_place_noun():
    for doc in (_lies(adj="largest"), _lies("villages", "NNS"), _lies(det="A"), _lies("capital"),
                _lies(adj="Conwy", name_before=True)):
        assert not any(r[0] == "Goodooga" and r[2] == "Wales" for r in relations(doc)), doc.text


def _state_of(prep: str, name: tuple[str, str] = ("Serra", "Nortina")) -> Doc:
    """"The dam collapsed <prep> the state of <name> ." (NER's ORG on the name)."""
    words = ["The", "dam", "collapsed", prep, "the", "state", "of", *name, "."]
    return make_doc(words, [1, 2, 2, 2, 5, 3, 5, 8, 6, 2],
                    ["det", "nsubj", "ROOT", "prep", "det", "pobj", "prep", "compound", "pobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"],
                    tags=["DT", "NN", "VBD", "IN", "DT", "NN", "IN", "NNP", "NNP", "."],
                    ents=["O", "O", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O"])


def test_in_the_state_of_a_name_is_a_place_whatever_ner_typed():
    """``kg.kind_nouns.named_by_place_noun``: things lie "in the state of" a place; "state" alone
    is no place noun elsewhere ("after the state of Acme", a condition), unless the gazetteer
    knows the name as a country's state or province ("Minas Gerais", countryinfo's)."""
    from kg.kind_nouns import named_by_place_noun

    assert named_by_place_noun(_state_of("in")[7:9])
    assert not named_by_place_noun(_state_of("after")[7:9])
    assert named_by_place_noun(_state_of("after", ("Minas", "Gerais"))[7:9])
