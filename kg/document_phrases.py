"""A document named with its "of" phrase keeps the preposition after it (a parse repair, called by
``kg.parse_repairs.repair_parse``).

"Rosneft signed a memorandum of understanding with Gazprom", "signed a letter of intent with
Airbus", "a memorandum of cooperation between A and B": the parser hangs the "with" (or
"between") on "understanding", the last noun, so the signing verb's object, the memorandum, has
no other party and no rule joins the two companies. The memorandum's name is fixed: what follows
it is the memorandum's, as it is the agreement's in "signed an agreement with Gazprom". The
repair hangs the preposition on the document's noun when the noun and its "of" complement form
one of ``DOCUMENT_PHRASES``.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc

from kg.doc_arrays import tokens_with

#: Nouns of a signed document and the "of" complements that complete its name.
DOCUMENT_PHRASES = {
    "memorandum": frozenset({"understanding", "cooperation", "intent", "intention", "agreement", "association"}),
    "memorandums": frozenset({"understanding", "cooperation", "intent"}),
    "memoranda": frozenset({"understanding", "cooperation", "intent"}),
    "letter": frozenset({"intent", "intention"}),
    "letters": frozenset({"intent", "intention"}),
    "protocol": frozenset({"intent", "intention", "intentions", "cooperation"}),
    "declaration": frozenset({"intent", "intention", "intentions"}),
    "agreement": frozenset({"cooperation", "understanding", "intent"}),
}
#: The prepositions that name the other party.
_PARTY_PREPS = frozenset({"with", "between", "among"})


def preps_after_document_names(doc: Doc) -> list[int]:
    """Rehang a party's preposition from a document name's complement on the document's noun
    (in place); the indices of the tokens moved."""
    moved = []
    for prep in tokens_with(doc, _PARTY_PREPS, LOWER):
        complement = prep.head
        of = complement.head
        noun = of.head
        if prep.dep_ != "prep" or complement.dep_ != "pobj" or of.lower_ != "of" \
                or complement.lower_ not in DOCUMENT_PHRASES.get(noun.lower_, ()):
            continue
        prep.head = noun
        moved.append(prep.i)
    return moved
