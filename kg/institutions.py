"""An organisation's name NER stopped short of, at the place its full name goes on to: NER ends
``Committee on Foreign Investment`` before ``in the United States`` and ``State Oil Company``
before ``of Azerbaijan Republic (SOCAR)``. Kept apart from ``kg.entities`` so each module stays
small; ``kg.entities.ner_mentions`` asks it of every span NER labelled an organisation."""

from __future__ import annotations

from spacy.tokens import Span

from kg.doc_arrays import doc_ents, doc_text
from kg.lexicon.names import ACRONYM_AFTER, spells
from kg.lexicon.words import INSTITUTION_HEADS


def extend_institution(ent: Span) -> Span:
    """``Committee on Foreign Investment`` + ``in the United States``: NER stops at the place; so
    it does before the place in a name an acronym after it spells whole (``State Oil Company`` +
    ``of Azerbaijan Republic (SOCAR)``)."""
    if ent.label_ != "ORG":
        return ent
    doc = ent.doc
    i = ent.end
    if i < len(doc) and doc[i].lower_ in ("in", "of", "for") and any(t.lower_ in INSTITUTION_HEADS for t in ent):
        j = i + 1
        if j + 1 < len(doc) and doc[j].lower_ == "the" and doc[j].ent_iob_ != "B":
            j += 1
        if j < len(doc) and doc[j].ent_iob_ == "B" and doc[j].ent_type_ == "GPE":
            end = j + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            return Span(doc, ent.start, end, label=ent.label)
    return _spelled_through(ent)


def _spelled_through(ent: Span) -> Span:
    """``ent`` grown over "of|in|for [the] <name>" when the acronym in brackets right after that name
    spells the whole and not ``ent`` alone: "State Oil Company of Azerbaijan Republic (SOCAR)"."""
    doc, i = ent.doc, ent.end
    if i + 1 >= len(doc) or doc[i].lower_ not in ("of", "in", "for"):
        return ent
    j = i + 1 + (doc[i + 1].lower_ == "the")
    nxt = next((e for e in doc_ents(doc) if e.start == j), None)
    acronym = ACRONYM_AFTER.match(doc_text(doc), nxt.end_char) if nxt is not None else None
    if acronym is None or spells(acronym.group(1), ent.text) or not spells(acronym.group(1), doc[ent.start:nxt.end].text):
        return ent
    return Span(doc, ent.start, nxt.end, label=ent.label)
