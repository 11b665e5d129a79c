"""Names a text states as another name of the one before them, in brackets: "Oder (Odra)",
"Kristiania (now Oslo)", "Zevs (born Christophe Aguirre Schwarz)", "Sitaantaagu (also known as
Mendenhall Glacier)", "South Gondar (Amharic: ...)", "Norges Statsbaner (NSB)".

Wikipedia leads and news introduce translations, former and birth names, nicknames and acronyms
so. The bracketed name is marked (origin ``stated``, or ``bracketed`` with no word saying how it
stands for the first); resolution's ``stated`` rule joins it to the mention right before it in
its document (``kg.merge_stated``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.entities import _Found

#: What stands between a name and the other name it is given in brackets: the bracket, and a word
#: saying how the second name stands for the first ("also known as", "or", "formerly", "now",
#: "born", "née", a language: "Danish:").
_BETWEEN = re.compile(
    r"\s*\(\s*(?:(?:(?:also|sometimes|formerly|originally|commonly|informally)\s+)?"
    r"(?:known as|called|named|spelled|spelt|referred to as)\s+|(?:or|formerly|now|born|née|ex-?)\s+(?:the\s+)?"
    r"|[A-Z][a-z]+:\s+)?")
#: What may follow the bracketed name: its closing bracket, or more said inside it.
_AFTER = frozenset(");,")
#: The same said after a comma: "Rio Grande de Mindanao, also known as the Mindanao River, ...",
#: "the Asian Games, also known as Asiad."
_COMMA_BETWEEN = re.compile(
    r",\s+(?:which (?:is|was)\s+)?(?:(?:also|otherwise|formerly|originally|commonly)\s+)?"
    r"(?:known as|called|named)\s+(?:the\s+)?")


def mark_stated(found: _Found) -> None:
    """A mention that follows the mention before it as ``X (also known as Y, ...``, ``X (Language:
    Y; ...``, ``X, also known as Y,`` in one sentence is marked ``stated``, and as a bare ``X (Y)`` ``bracketed`` (weaker:
    "Patrick Dempsey (Derek Shepherd)" gives the character an actor plays). Pack mentions stay
    as they are."""
    mentions = sorted(found.mentions, key=lambda m: m.start)
    text = found.original
    for k in range(1, len(mentions)):
        x, y = mentions[k - 1], mentions[k]
        if x.sent_start != y.sent_start or "pack" in (x.origin, y.origin) or y.end >= len(text):
            continue
        if text[y.end] in _AFTER | {"."} and _COMMA_BETWEEN.fullmatch(text, x.end, y.start):
            mentions[k] = replace(y, origin="stated")
            continue
        between = _BETWEEN.fullmatch(text, x.end, y.start) if text[y.end] in _AFTER else None
        if between is not None:  # a bare bracket, or a word saying how the name stands for the other
            mentions[k] = replace(y, origin="stated" if between.group(0).strip() != "(" else "bracketed")
    found.mentions = mentions
