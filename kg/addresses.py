"""The courtesy title written before a person's name ("Mr. Choi", "Ms Brennan", "Señora Ortega"),
kept on the mention (``Mention.address``).

Why: NER's span leaves the title out, and resolution sees mentions, not the text. A news story
that names two people of one surname tells them apart by it: "Choi Min-jae ... Mr. Choi said ...
the chief trade negotiator, Choi Eun-young ... Ms. Choi led Korea's side". ``kg.merge_surnames``
joins such a surname to the person of that name the story wrote last, and never to one of the
other sex.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg.lexicon.words import ADDRESS_SEX, HONORIFICS
from kg.model import Mention

#: The titles kept: the honorifics, those that say a sex, and the doctor's and professor's, which
#: news writes before a surname as it writes "Mr" ("Dr Ennis told the coroner").
ADDRESSES = HONORIFICS | frozenset(ADDRESS_SEX) | {"dr", "prof"}


def address_of(word: str) -> str | None:
    """``word`` as a courtesy title ("Mr." -> "mr", "Señora" -> "señora"), or None.

    >>> address_of("Mr."), address_of("Ms"), address_of("Dr."), address_of("Minister")
    ('mr', 'ms', 'dr', None)
    """
    word = word.lower().rstrip(".")
    return word if word in ADDRESSES else None


def addressed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each person's courtesy title kept: the word right before the name (its
    full stop apart or not: "Mr. Choi", "Ms Brennan"), or the name's own first word when NER took
    the title in ("Mr Brennan" as one span). A name NER typed otherwise after a title that says a
    sex is a person's, as a correction (``origin: typed``): "We trust Mr Nagano's words" (NER: ORG,
    and the city of Nagano is in the story), "Mr Lima's second audit report"."""
    out = []
    for m in mentions:
        title = _title_before(doc, m) if m.type in _RETYPED or m.type == "PERSON" else None
        if title and m.type != "PERSON" and title in ADDRESS_SEX and " " not in m.text:
            m = replace(m, type="PERSON", origin="typed")
        out.append(replace(m, address=title) if title and m.type == "PERSON" else m)
    return out


#: Types NER gives a surname after "Mr" that the title corrects.
_RETYPED = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


def _title_before(doc: Doc, m: Mention) -> str | None:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    if len(span) > 1 and (own := address_of(span[0].text)):
        return own
    i = span.start - 1
    if i >= 0 and doc[i].text == "." and i > 0 and doc[i].idx == doc[i - 1].idx + len(doc[i - 1].text):
        i -= 1  # "Mr" "." split by the tokenizer
    if i < 0 or doc[i].idx + len(doc[i].text) + 1 < span.start_char:
        return None
    return address_of(doc[i].text)
