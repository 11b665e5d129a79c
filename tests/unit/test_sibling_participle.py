"""``sibling_participle`` on hand-built parses: the second passive participle the parser hangs on
the first one's agent ("produced by Trotti, directed by Koster") and ones it must leave alone."""

from __future__ import annotations

from kg.relations.tokens import sibling_participle
from tests.unit.hand_docs import make_doc

#: "The film was produced by Trotti , directed by Koster ." with "directed" hung on "Trotti".
WORDS = ["The", "film", "was", "produced", "by", "Trotti", ",", "directed", "by", "Koster", "."]
HEADS = [1, 3, 3, 3, 3, 4, 5, 5, 7, 8, 3]
DEPS = ["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct", "acl", "agent", "pobj", "punct"]
TAGS = ["DT", "NN", "VBD", "VBN", "IN", "NNP", ",", "VBN", "IN", "NNP", "."]


def test_a_participle_with_its_own_agent_after_a_comma_is_the_first_ones_sibling():
    doc = make_doc(WORDS, HEADS, DEPS, tags=TAGS)
    found = sibling_participle(doc[7])
    assert found is not None and found.i == 3


def test_no_comma_no_sibling():
    words = [w for w in WORDS if w != ","]
    heads = [1, 3, 3, 3, 3, 4, 5, 6, 7, 3]
    deps = [d for d, w in zip(DEPS, WORDS) if w != ","]
    tags = [t for t, w in zip(TAGS, WORDS) if w != ","]
    doc = make_doc(words, heads, deps, tags=tags)  # "produced by Trotti directed by Koster": a description
    assert sibling_participle(doc[6]) is None


def test_a_participle_without_an_agent_describes_the_name():
    # "The song was written by Lennon , born in Liverpool ."
    doc = make_doc(["The", "song", "was", "written", "by", "Lennon", ",", "born", "in", "Liverpool", "."],
                   [1, 3, 3, 3, 3, 4, 5, 5, 7, 8, 3],
                   ["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct", "acl", "prep", "pobj", "punct"],
                   tags=["DT", "NN", "VBD", "VBN", "IN", "NNP", ",", "VBN", "IN", "NNP", "."])
    assert sibling_participle(doc[7]) is None
