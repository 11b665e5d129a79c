"""kg.conjunct_repairs on hand-built parses: a second participle the parser hung on the copula
goes to the participle on the copula's noun it is coordinated with, and the relation rules read
both; a conjunct with its own auxiliary, a past tense with no "by", or one set apart from the
first participle's phrase keeps the parse."""

from __future__ import annotations

from hand_docs import make_doc, relations_of

from kg.conjunct_repairs import participles_read_as_verb_conjuncts


def _novel(second: str = "illustrated", tag: str = "VBD", aux: bool = False, by: bool = True,
           words_between: tuple[str, ...] = ()):
    """"The Glass River is a novel written by Peter Hale [...] and [was] illustrated by Anna
    Marsh ." as the parser reads it: "illustrated" a conjunct of "is"."""
    words = ["The", "Glass", "River", "is", "a", "novel", "written", "by", "Peter", "Hale", *words_between, "and"]
    heads = [2, 2, 3, 3, 5, 3, 5, 6, 9, 7] + [3] * len(words_between) + [3]
    deps = ["det", "compound", "nsubj", "ROOT", "det", "attr", "acl", "agent", "compound", "pobj"] \
        + ["advmod"] * len(words_between) + ["cc"]
    pos = ["DET", "PROPN", "PROPN", "AUX", "DET", "NOUN", "VERB", "ADP", "PROPN", "PROPN"] \
        + ["ADV"] * len(words_between) + ["CCONJ"]
    tags = ["DT", "NNP", "NNP", "VBZ", "DT", "NN", "VBN", "IN", "NNP", "NNP"] + ["RB"] * len(words_between) + ["CC"]
    ents = ["O", "B-WORK_OF_ART", "I-WORK_OF_ART", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON"] \
        + ["O"] * len(words_between) + ["O"]
    part = len(words) + aux
    if aux:
        words, heads, deps, pos, tags, ents = (words + ["was"], heads + [part], deps + ["auxpass"], pos + ["AUX"],
                                               tags + ["VBD"], ents + ["O"])
    words += [second]
    heads += [3]
    deps += ["conj"]
    pos += ["VERB"]
    tags += [tag]
    ents += ["O"]
    if by:
        words += ["by", "Anna", "Marsh"]
        heads += [part, part + 3, part + 1]
        deps += ["agent", "compound", "pobj"]
        pos += ["ADP", "PROPN", "PROPN"]
        tags += ["IN", "NNP", "NNP"]
        ents += ["O", "B-PERSON", "I-PERSON"]
    words += ["."]
    heads += [3]
    deps += ["punct"]
    pos += ["PUNCT"]
    tags += ["."]
    ents += ["O"]
    lemmas = ["be" if w in ("is", "was") else w.lower() for w in words]
    return make_doc(words, heads, deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas), part


def test_a_second_participle_read_as_the_copulas_conjunct_goes_to_the_first():
    doc, part = _novel()
    assert participles_read_as_verb_conjuncts(doc) == [part, part - 1]
    assert (doc[part].head.text, doc[part].dep_, doc[part].tag_) == ("written", "conj", "VBN")
    assert doc[part - 1].head.text == "written"
    assert ("Anna Marsh", "illustrated", "Glass River", "passive") in relations_of(doc)


def test_a_present_participle_goes_to_the_first_too():
    doc, part = _novel("starring", tag="VBG", by=False)
    assert participles_read_as_verb_conjuncts(doc) == [part, part - 1]
    assert doc[part].head.text == "written"


def test_a_conjunct_with_an_auxiliary_a_bare_past_or_set_apart_keeps_its_parse():
    for doc, part in (_novel(aux=True),  # "and was illustrated by ...": a clause of its own
                      _novel("sold", by=False),  # "and sold well": a past tense, no "by"
                      _novel(words_between=("later",))):  # not right after the first participle's phrase
        assert participles_read_as_verb_conjuncts(doc) == []
        assert doc[part].head.text == "is"
