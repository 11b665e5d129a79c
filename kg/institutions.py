"""Where an organisation's name NER read ends: NER stops ``Committee on Foreign Investment`` before
``in the United States`` and ``State Oil Company`` before ``of Azerbaijan Republic (SOCAR)``
(``extend_institution``), and runs two bodies' names into one over "for the" ("Australian National
University for the New South Wales Bureau of Crime Statistics": ``split_bodies_for``). Kept apart
from ``kg.entities`` so each module stays small; ``kg.entities.ner_mentions`` asks them of every
span NER labelled an organisation."""

from __future__ import annotations

from spacy.tokens import Span

from kg.doc_arrays import doc_text
from kg.lexicon.names import ACRONYM_AFTER, spells
from kg.lexicon.words import INSTITUTION_HEADS, OFFICE_WORDS, ORG_SUFFIXES
from kg.relations.words import ROLE_NOUNS


def extend_institution(ent: Span) -> Span:
    """``Committee on Foreign Investment`` + ``in the United States``: NER stops at the place; so
    it does before the place in a name an acronym after it spells whole (``State Oil Company`` +
    ``of Azerbaijan Republic (SOCAR)``)."""
    ent = _office_owned(ent)
    doc, i = ent.doc, ent.end
    if ent.label_ != "ORG" or i + 1 >= len(doc) or doc[i].lower_ not in ("in", "of", "for"):
        return ent
    nxt = _entity_at(doc, i + 1)
    if nxt is None:
        return ent
    if nxt.label_ == "GPE" and any(t.lower_ in INSTITUTION_HEADS for t in ent):
        return Span(doc, ent.start, nxt.end, label=ent.label)
    acronym = ACRONYM_AFTER.match(doc_text(doc), nxt.end_char)  # the whole spelled, not ``ent`` alone
    if acronym is None or spells(acronym.group(1), ent.text) or not spells(acronym.group(1), doc[ent.start:nxt.end].text):
        return ent
    return Span(doc, ent.start, nxt.end, label=ent.label)


def _office_owned(ent: Span) -> Span:
    """``Office of Ukraine`` after "The Prosecutor General's": an institution named by the office
    whose it is ("the Attorney General's Department", "the Prime Minister's Office"), which NER
    cuts at the possessive. The capitalised words before the "'s", one of them an office's, open
    the name."""
    doc, k = ent.doc, ent.start - 1
    if ent.label_ != "ORG" or k < 2 or doc[k].tag_ != "POS" or ent[0].lower_ not in INSTITUTION_HEADS \
            or not ent[0].text[:1].isupper():
        return ent
    start = k
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
            and doc[start - 1].lower_ != "the" and not doc[start - 1].is_sent_start:
        start -= 1
    if start == k or not any(t.lower_ in OFFICE_WORDS or t.lower_ in ROLE_NOUNS for t in doc[start:k]):
        return ent
    return Span(doc, start, ent.end, label=ent.label)


def _entity_at(doc, j: int) -> Span | None:
    """The entity NER found starting at token ``j``, or at the token after it when ``j`` is a
    "the" of no entity ("of [the] Azerbaijan Republic"); None when none starts there."""
    if j + 1 < len(doc) and doc[j].lower_ == "the" and doc[j].ent_iob_ != "B":
        j += 1
    if doc[j].ent_iob_ != "B":
        return None
    end = j + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, j, end, label=doc[j].ent_type_)


#: Head words of a body's name ("University", "Bureau", "Holdings").
_BODY_HEADS = INSTITUTION_HEADS | ORG_SUFFIXES


def split_bodies_for(span: Span) -> list[Span]:
    """``span`` cut at "for the" into two bodies NER ran together (one worked for the other:
    "the Australian National University for the New South Wales Bureau of Crime Statistics"),
    when each part is a body's whole name: the first two words or more ending in a capitalised
    head word, the second holding one of its own. "Royal Society for the Protection of Birds" and
    "Office for the Coordination of Humanitarian Affairs" are one name each (no head after)."""
    if span.label_ != "ORG" or len(span) < 6:
        return [span]
    doc = span.doc
    for tok in span[2:-2]:
        if tok.nbor(1).lower_ == "the" and bodies_for(doc, tok.i, tok.i + 2, span.end):
            return [Span(doc, span.start, tok.i, label=span.label), Span(doc, tok.i + 2, span.end, label=span.label)]
    return [span]


def bodies_for(doc, end: int, j: int, grown: int) -> bool:
    """A name ending at ``end`` in a body's head word, then "for [the]", then from ``j`` to
    ``grown`` another body's name holding its own head word: two bodies (``split_bodies_for``),
    so ``kg.spans`` does not grow the first over the second."""
    return doc[end].lower_ == "for" and _head(doc[end - 1]) and any(_head(t) for t in doc[j:grown])


def _head(tok) -> bool:
    return tok.lower_ in _BODY_HEADS and tok.text[:1].isupper()
