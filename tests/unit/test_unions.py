"""A merger's parties read from its "of", and the body it made (``kg.relations.unions``, asked by
the ``nominal`` row), on hand-built parses: "the merger of Acme and Brill", "Corvo was formed by
the merger of Acme and Brill", and parses that must give no pair (a possessive before the noun,
one name only)."""

from __future__ import annotations

from hand_docs import make_doc, relations_of

#: "merger of Acme and Brill" from word ``m``: (word, head offset from ``m``, dep, pos, NER tag).
_TAIL = [("merger", None, None, "NOUN", "O"), ("of", 0, "prep", "ADP", "O"), ("Acme", 1, "pobj", "PROPN", "B-ORG"),
         ("and", 2, "cc", "CCONJ", "O"), ("Brill", 2, "conj", "PROPN", "B-ORG")]


def _nominal(before: list[tuple[str, int, str, str, str]], merger_head: int, merger_dep: str,
             tail: list = _TAIL) -> list[tuple[str, str, str, str]]:
    """``<before> merger of Acme and Brill .``: ``before`` (word, head, dep, pos, NER tag) with
    absolute heads; "merger" hangs on ``merger_head`` (itself when ``merger_dep`` is ROOT)."""
    m = len(before)
    rows = list(before) + [(w, m if off is None else m + off, d, p, t) for w, off, d, p, t in tail]
    rows[m] = ("merger", merger_head, merger_dep, "NOUN", "O")
    root = next(i for i, r in enumerate(rows) if r[2] == "ROOT")
    rows.append((".", root, "punct", "PUNCT", "O"))
    words = [r[0] for r in rows]
    lemmas = ["form" if w == "formed" else "be" if w == "was" else w.lower() for w in words]
    doc = make_doc(words, [r[1] for r in rows], [r[2] for r in rows], pos=[r[3] for r in rows],
                   ents=[r[4] for r in rows], lemmas=lemmas)
    return [r for r in relations_of(doc) if r[3] == "nominal"]


def test_the_two_names_of_a_mergers_of_merged_with_each_other():
    assert _nominal([("the", 1, "det", "DET", "O")], 1, "ROOT") == [("Acme", "merger with", "Brill", "nominal")]


def test_the_body_a_merger_formed_was_formed_from_each_party():
    before = [("Corvo", 2, "nsubjpass", "PROPN", "B-ORG"), ("was", 2, "auxpass", "AUX", "O"),
              ("formed", 2, "ROOT", "VERB", "O"), ("by", 2, "agent", "ADP", "O"), ("the", 5, "det", "DET", "O")]
    found = _nominal(before, 3, "pobj")
    assert ("Acme", "merger with", "Brill", "nominal") in found
    assert ("Corvo", "formed from merger of", "Acme", "nominal") in found
    assert ("Corvo", "formed from merger of", "Brill", "nominal") in found


def test_a_possessive_merger_or_a_single_name_gives_no_pair():
    own = _nominal([("Disney", 2, "poss", "PROPN", "B-ORG"), ("'s", 0, "case", "PART", "O")], 2, "ROOT")
    assert not any(r[1] == "merger with" for r in own)
    assert _nominal([("the", 1, "det", "DET", "O")], 1, "ROOT", tail=_TAIL[:3]) == []


def test_the_two_makers_of_a_joint_body_are_partners():
    # "the consortium formed by Acme and Brill won": Acme formed consortium with Brill
    words = ["the", "consortium", "formed", "by", "Acme", "and", "Brill", "won", "."]
    heads = [1, 7, 1, 2, 3, 4, 4, 7, 7]
    deps = ["det", "nsubj", "acl", "agent", "pobj", "cc", "conj", "ROOT", "punct"]
    pos = ["DET", "NOUN", "VERB", "ADP", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"]
    ents = ["O", "O", "O", "O", "B-ORG", "O", "B-ORG", "O", "O"]
    lemmas = ["the", "consortium", "form", "by", "acme", "and", "brill", "win", "."]
    doc = make_doc(words, heads, deps, pos=pos, ents=ents, lemmas=lemmas)
    assert [r for r in relations_of(doc) if r[3] == "nominal"] == [
        ("Acme", "formed consortium with", "Brill", "nominal")]
    doc = make_doc(words, heads, deps, pos=pos, ents=ents, lemmas=["the", "consortium", "sue", *lemmas[3:]])
    assert [r for r in relations_of(doc) if r[3] == "nominal"] == []  # "the consortium sued by A and B"
