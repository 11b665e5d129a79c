"""Numbers written into names: a model number ("Hot 100", "Type 23", "Boeing 747"), a year
("Uppsala 1762" is no name; "Eurovision Song Contest 2009" is, ``kg.spans``), a regnal number
after a person's name ("Leopold I", "Carol II") or another name ("Duke Léopold I", a run of proper
nouns NER left unlabelled)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token


def year(tok: Token) -> bool:
    """Four digits between 1000 and 2099."""
    return len(tok.text) == 4 and tok.text.isdigit() and 1000 <= int(tok.text) <= 2099


def model_number(tok: Token) -> bool:
    """A number written in digits that ends a name ("Hot 100", "Type 23"); not a year ("Uppsala 1762")."""
    return tok.text.isdigit() and not year(tok)


#: Regnal numbers after a person's name ("Leopold I", "John Marshall Harlan II").
_REGNAL = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})")
#: Quotation marks: an "I" inside a quotation is someone speaking.
_QUOTES = frozenset({'"', "“", "”", "``", "''"})
#: Words after "I" that make it the pronoun ("... Smith I am", "I'll").
_FIRST_PERSON = frozenset({"am", "'m", "’m", "'ve", "’ve", "'ll", "’ll", "'d", "’d"})


def regnal(doc: Doc, i: int) -> bool:
    """Token ``i``, right after a person's name, is a regnal number ("Leopold I", "Carol II"):
    the pronoun "I" only where it stands inside a quotation (an odd number of quotation marks
    before it in its sentence) or a first-person verb after it says someone speaks ("started
    with Bush I in 1989" after a quoted word is the king's number)."""
    tok = doc[i]
    if not _REGNAL.fullmatch(tok.text) or not tok.whitespace_ and i + 1 < len(doc) and doc[i + 1].is_alpha:
        return False
    if tok.text != "I":
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    quotes = sum(t.text in _QUOTES for t in doc[tok.sent.start:i])
    return not (nxt is not None and nxt.lower_ in _FIRST_PERSON) and quotes % 2 == 0 \
        and not (nxt is not None and nxt.text in _QUOTES)  # "... Smith I" ": the end of a quotation


def numbered_name(doc: Doc, i: int) -> bool:
    """Token ``i``, right after a proper noun that is no person's name NER found, is the name's
    number ("Duke Léopold I," "Pharasmanes I in Iberia", "Rocky II"): "II" and above always,
    "I" only where the pronoun cannot stand, before a comma, a full stop or a preposition ("At
    Google I worked", "In 1990 Smith I think" stay out) and where ``regnal`` allows it."""
    if i < 1 or doc[i - 1].pos_ != "PROPN" or not regnal(doc, i):
        return False
    if doc[i].text != "I":
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or nxt.text in (",", ".", ";", ")") or nxt.pos_ == "ADP"
