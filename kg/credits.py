"""A wire story's credit line: "(Reporting by Kelsey Brandt in Ottawa and Stanley Widianto in
Jakarta; Editing by Paul Simao)". It says who reported, wrote and edited the story and from where;
it states nothing about the story's entities. The parser reads it as any sentence, so "Widianto in
Jakarta" after "Ottawa" made a chain of places (Ottawa in Jakarta), and NER types the reporters'
names as it guesses ("Stanley Widianto" a place, "Thuli Dlamini" a body).

So a credit line gives no relation (``kg.relations.extract_relations`` skips it), and a name in it
that no place preposition ("in", "from") introduces is a person's (:func:`credited_people`). The
names stay mentions: the reporters are people the text names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from kg.doc_arrays import doc_text
from kg.model import Mention

#: A credit: "Reporting by", "Additional reporting by", "Writing by", "Editing by", "Compiled by",
#: "Reporting and writing by".
_CREDIT = r"(?:additional |further )?(?:reporting|writing|editing|compiled|research)(?: and (?:writing|editing))? by\b"
#: A credit line opens on a bracket and a credit, or on a credit with a second one after a
#: semicolon ("Reporting by A; Editing by B"): "Written by A and directed by B, the episode aired
#: on Fox" is a sentence.
_OPENING = re.compile(rf"[(\[]\s*{_CREDIT}|{_CREDIT}(?=[^;]*;\s*{_CREDIT})", re.IGNORECASE)
#: The words a credit line opens on.
_FIRST_WORDS = frozenset({"(", "[", "additional", "further", "reporting", "writing", "editing", "compiled", "research"})
#: Words before a name that make it the place a reporter wrote from.
_PLACE_WORDS = frozenset({"in", "from", "at"})
#: Types NER gives a reporter's name by mistake.
_RETYPED = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


def credit_line(sent: Span) -> bool:
    """The sentence is a credit line: it opens on "Reporting by" and the like.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> credit_line(nlp("(Reporting by Kelsey Brandt; Editing by Paul Simao)")[:])
    True
    >>> credit_line(nlp("Reporting by Kelsey Brandt; Editing by Paul Simao")[:])
    True
    >>> credit_line(nlp("Reporting by the BBC was criticised by ministers.")[:])
    False
    >>> credit_line(nlp("Written by Marti Noxon and directed by Matthew Morrison, the episode aired on Fox.")[:])
    False
    """
    if sent[0].lower_ not in _FIRST_WORDS:
        return False  # most sentences: no string built for them
    match = _OPENING.match(sent.text)
    if match is None:
        return False
    rest = sent.text[match.end():].lstrip()
    return rest[:1].isupper() and not rest.lower().startswith("the ")


def credited_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each name of a credit line that no place word introduces typed PERSON
    ("Reporting by Thuli Dlamini" NER typed ORG; "… and Stanley Widianto in Jakarta": Jakarta
    stays a place)."""
    credits = [s for s in doc.sents if credit_line(s)] if " by " in doc_text(doc) else []
    if not credits:
        return mentions
    out = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand") if m.type in _RETYPED else None
        if span is not None and any(s.start <= span.start < s.end for s in credits) and span.start > 0 \
                and doc[span.start - 1].lower_ not in _PLACE_WORDS:
            m = replace(m, type="PERSON", origin="typed")
        out.append(m)
    return out
