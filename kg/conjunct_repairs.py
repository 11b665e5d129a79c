"""Conjuncts the parser hung on the clause's verb instead of the word they are coordinated with,
mended on the parse before mentions and relations read it (called by
``kg.parse_repairs.repair_parse``).

**A second participle on a copula's noun read as a second verb** ("The Glass River is a novel
written by Peter Hale and illustrated by Anna Marsh", "X is a 1970 drama film directed by A and
written by B"): the parser may make the second participle a conjunct of "is", a clause with no
subject and no auxiliary of its own, so nothing says who illustrated or wrote the work (the same
parser, on most such sentences, coordinates the two participles, and the relation rules read
both: "designed by X and built by Y"). A past or present participle ("starring Y") that follows
the first participle's phrase at once, after "and", describes the same noun:
``participles_read_as_verb_conjuncts`` hangs it, and its "and", on the first participle (a past
tense with a "by" is a participle the tagger misread: it is tagged one).
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.tokens import Doc, Token

from kg.doc_arrays import tokens_with

_CONJ = frozenset({"conj"})
#: What makes a conjunct a clause of its own: a subject, an auxiliary ("and was illustrated by Y"
#: says it of the subject, as the parser read it).
_CLAUSE_CHILDREN = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass"})


def participles_read_as_verb_conjuncts(doc: Doc) -> list[int]:
    """Hang such a participle on the first one (in place); the indices moved."""
    moved = []
    for part in tokens_with(doc, _CONJ, DEP):
        cop = part.head
        if not _participle(part) or cop.lemma_ != "be" or cop.i > part.i \
                or any(c.dep_ in _CLAUSE_CHILDREN for c in part.children):
            continue
        first = _first_participle(cop, part)
        if first is None:
            continue
        cc = doc[part.i - 1]
        if part.tag_ == "VBD":
            part.tag_ = "VBN"  # what the relation rules read a passive participle by
        part.head = first
        cc.head = first
        moved += [part.i, cc.i]
    return moved


def _participle(tok: Token) -> bool:
    """A past or present participle; a past tense with a "by" of its own is one the tagger misread
    ("and illustrated by Anna Marsh", VBD)."""
    return tok.tag_ in ("VBN", "VBG") or tok.tag_ == "VBD" and any(c.dep_ == "agent" for c in tok.children)


def _first_participle(cop: Token, part: Token) -> Token | None:
    """The participle on the copula's noun complement whose phrase ends right before the "and"
    (optionally a comma and "and") in front of ``part``, else None."""
    and_ = part.doc[part.i - 1]
    if and_.lower_ != "and" or and_.dep_ != "cc" or and_.head != cop:
        return None
    end = and_.i - 1 - (part.doc[and_.i - 1].text == ",")
    for noun in cop.children:
        if noun.dep_ not in ("attr", "acomp") or noun.pos_ not in ("NOUN", "PROPN") or noun.i > part.i:
            continue
        for first in noun.rights:
            if first.dep_ == "acl" and first.tag_ == "VBN" and first.right_edge.i == end:
                return first
    return None
