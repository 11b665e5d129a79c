"""Whether a word is written with a capital, answered once per distinct word.

Name growth (``kg.spans``), titles and works ask it of the same words many times a document
(about 60,000 times on the 300 ABC stories): the answer depends on the word's text alone, so
it is kept by text.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token


def capitalised(tok: Token) -> bool:
    """Written with a capital: "Bari", "U.S.", "O'Shaughnessy", "S9", "iPhone"."""
    return capitalised_text(tok.text)


@lru_cache(maxsize=1 << 16)
def capitalised_text(text: str) -> bool:
    """``capitalised`` of a word's text: a capital letter and a letter (not "1990", "(")."""
    return any(c.isupper() for c in text) and any(c.isalpha() for c in text)
