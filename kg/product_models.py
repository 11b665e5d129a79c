"""A product's model name that NER typed a body, a person or a place: "Ryanair ordered 150 Boeing
737 MAX jets", "Turkish Airlines operates Boeing 777 aircraft", "Samsung launched the Galaxy S24
phone". NER reads the maker's name that opens the model's and calls the whole an organisation, so
the airline would have ordered a company. A name whose later word carries a model's number (a
digit, not a year) and that stands right before a noun for a made thing ("jets", "aircraft",
"phone") is the product (``kg.entity_types`` asks); the maker alone ("150 Airbus planes") stays
the company.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.lexicon.english import singular
from kg.relations.words import MODEL_NOUNS

#: A year, which dates a name ("Expo 2020", "Vision 2030") rather than numbering a model.
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def model_product(span: Span, label: str) -> bool:
    """``span`` (NER: ``label``) is a product's model name: two words or more, a later one with a
    digit that is no year, before a made thing's noun it modifies (at most two more words of the
    model between them)."""
    if label not in ("ORG", "PERSON", "GPE", "FAC", "NORP") or len(span) < 2 or span.end >= len(span.doc):
        return False
    if not any(any(c.isdigit() for c in t.text) and not _YEAR.fullmatch(t.text) for t in span[1:]):
        return False
    doc, k = span.doc, span.end
    while k < min(len(doc) - 1, span.end + 2) and doc[k].pos_ in ("PROPN", "NUM") and doc[k].head.i == span.root.head.i:
        k += 1  # "Boeing 737" + "MAX jets": the model's last word, which NER gave a name of its own
    noun = doc[k]
    return noun.pos_ == "NOUN" and singular(noun.lower_) in MODEL_NOUNS and span.root.head.i == noun.i
