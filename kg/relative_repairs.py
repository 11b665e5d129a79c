"""Relative clauses the parser hung on the wrong noun, mended on the parse before mentions and
relations read it (called by ``kg.parse_repairs.repair_parse``).

**A singular relative clause hung on a plural noun before "of"** ("Members of Severn Vale District
Council, which covers Bridgnorth, voted"): the parser hangs "which covers Bridgnorth" on
"Members", so the members would cover the town and nothing says the council does. The verb agrees
with its subject: a relative "which"/"that" whose verb is singular (VBZ) cannot stand for a plural
noun. ``relatives_of_the_of_object`` hangs such a clause on the singular object of the plural
noun's "of" that ends right before the clause's comma.
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.tokens import Doc, Token

from kg.doc_arrays import tokens_with

_RELCL = frozenset({"relcl"})
_RELATIVES = frozenset({"which", "that"})


def relatives_of_the_of_object(doc: Doc) -> list[int]:
    """Hang such a clause on the "of" object (in place); the indices moved."""
    moved = []
    for verb in tokens_with(doc, _RELCL, DEP):
        plural = verb.head
        if verb.tag_ != "VBZ" or plural.tag_ not in ("NNS", "NNPS") or plural.i > verb.i \
                or not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVES for c in verb.children):
            continue
        obj = _of_object_before(plural, verb.left_edge.i)
        if obj is not None:
            verb.head = obj
            moved.append(verb.i)
    return moved


def _of_object_before(plural: Token, start: int) -> Token | None:
    """The singular object of ``plural``'s "of" whose phrase ends right before the comma in front
    of the clause starting at ``start``, else None."""
    doc = plural.doc
    if start < 2 or doc[start - 1].text != ",":
        return None
    for of in plural.children:
        if of.dep_ == "prep" and of.lower_ == "of":
            obj = next((c for c in of.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.tag_ in ("NN", "NNP") and obj.right_edge.i == start - 2:
                return obj
    return None
