"""Two people's names joined by a hyphen before a common noun: "the Putin-Erdogan talks", "the
Ford-Suharto meeting", "a Trump-Kim summit". NER, or the run of proper nouns kg recovers, reads
one name ("Putin-Erdogan", a person no one is); the text names two people it names elsewhere.
A double-barrelled surname ("Odile Renaud-Basso", "Ocasio-Cortez") is one name: its parts are no
people of the document, and it heads its own phrase rather than modifying a noun."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from spacy.tokens import Doc

from kg.model import Mention

#: "Putin-Erdogan": two capitalised words joined by one hyphen, nothing else.
_JOINED = re.compile(r"(?P<a>[A-Z][\w'’]+)-(?P<b>[A-Z][\w'’]+)")


class _Found(Protocol):  # kg.entities._Found
    doc: Doc
    mentions: list[Mention]


def split_joined_people(found: _Found) -> None:
    """Replace each mention written "A-B" before a common noun, whose parts are both
    people of the document (a person's name, or the last word of one), with the two people."""
    people = {w for m in found.mentions if m.type == "PERSON" and "-" not in m.text for w in (m.text, m.text.split()[-1])}
    out: list[Mention] = []
    for m in found.mentions:
        joined = _JOINED.fullmatch(m.text)  # NER's PERSON, or a run recovered and typed otherwise
        if joined is None or not {joined["a"], joined["b"]} <= people or not _modifies_a_noun(found.doc, m):
            out.append(m)
            continue
        for part in ("a", "b"):
            start = m.start + joined.start(part)
            out.append(replace(m, start=start, end=start + len(joined[part]), text=joined[part], form=None, type="PERSON"))
    found.mentions = out


def _modifies_a_noun(doc: Doc, m: Mention) -> bool:
    """The joined name's last word hangs on a lower-case common noun after it ("talks", "meeting")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    head = span[-1].head
    return span[-1].dep_ in ("compound", "amod", "nmod") and head.i >= span.end and head.pos_ == "NOUN" and head.is_lower
