"""Acronyms a document defines for a name ("Committee on Foreign Investment in the United States
(CFIUS)"): the table the resolution joins them by (``defined_acronyms``), and the type each bare
mention of such an acronym takes from the name it stands for (``acronyms_typed``: "Korea Advanced
Institute of Science and Technology (KAIST)" … "KAIST President Lee" is a body, though NER read
the bare "KAIST" as a people, which gave its president a nationality)."""

from __future__ import annotations

from dataclasses import replace

from kg.lexicon.names import ACRONYM_AFTER
from kg.model import Mention


def defined_acronyms(text: str, mentions: list[Mention]) -> dict[str, str]:
    """``Committee on Foreign Investment in the United States (CFIUS)`` -> {"CFIUS": "Committee …"}."""
    found: dict[str, str] = {}
    for m in mentions:
        match = ACRONYM_AFTER.match(text, m.end)
        if match and sum(c.isupper() for c in match.group(1)) >= 2 and len(m.text.split()) >= 2:
            found.setdefault(match.group(1), m.form or m.text)
    return found


def acronyms_typed(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each mention of an acronym the document defines for a body's name typed a
    body too (origin ``typed``); an acronym defined for a place or a person keeps NER's types."""
    bodies = defined_acronyms(text, [m for m in mentions if m.type == "ORG"])
    return [replace(m, type="ORG", origin="typed") if m.text in bodies and m.type != "ORG" else m for m in mentions]
