"""``kg.people_epithets.people_epithet`` on hand-built parses: "The Spaniard" as a later sentence's
subject stands for a person; a people's adjective ("The Australian", also a newspaper), a plural,
a noun with more before it, or the text's first sentence do not."""

from __future__ import annotations

from hand_docs import make_doc

from kg.people_epithets import people_epithet


def _doc(word: str = "Spaniard", tag: str = "NNP", first: bool = False, modifier: bool = False):
    """"Nadal lost . The [new] {word} won ." (or only the second sentence with ``first``)."""
    head = [] if first else ["Nadal", "lost", "."]
    words = [*head, "The", *(["new"] if modifier else []), word, "won", "."]
    n = len(head) + 1 + modifier  # the people's word
    heads = [*([1, 1, 1] if head else []), n, *([n] if modifier else []), n + 1, n + 1, n + 1]
    deps = [*(["nsubj", "ROOT", "punct"] if head else []), "det", *(["amod"] if modifier else []), "nsubj", "ROOT", "punct"]
    tags = [*(["NNP", "VBD", "."] if head else []), "DT", *(["JJ"] if modifier else []), tag, "VBD", "."]
    return make_doc(words, heads, deps, tags=tags), n  # two roots: two sentences


def test_a_peoples_noun_subject_of_a_later_sentence_is_an_epithet():
    doc, n = _doc()
    assert people_epithet(doc[n])


def test_what_is_no_epithet():
    doc, n = _doc("Australian")
    assert not people_epithet(doc[n])  # a people's adjective: "The Australian" is a newspaper too
    doc, n = _doc("Spaniards", "NNPS")
    assert not people_epithet(doc[n])
    doc, n = _doc(modifier=True)
    assert not people_epithet(doc[n])
    doc, n = _doc(first=True)
    assert not people_epithet(doc[n])
