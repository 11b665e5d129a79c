"""Cuts made on a mention's text rather than its words: marks the tokenizer glued to a name's
last word, which no rule over tokens (``kg.trim``) can cut ("Steve Waugh(c", "Viña del Mar.")."""

from __future__ import annotations

import re


#: A squad list's mark in a bracket glued to a name's last word: the tokenizer keeps "Waugh(c"
#: of "Steve Waugh(c), Adam Gilchrist(vc)" one word, so ``kg.spans.close_brackets`` (which cuts
#: at a bracket token) cannot. A few lower-case letters (c, vc, wk, capt); an acronym glued so
#: stays for ``kg.stated`` ("Toulouse Business School(TBS)").
_GLUED_MARK = re.compile(r"(?<=\w)\([a-z]{1,4}$")


def glued_mark(text: str) -> int:
    """How many characters at the end of a mention's ``text`` are a squad list's mark glued to
    the name ("Steve Waugh(c" -> 2, "Adam Gilchrist(vc" -> 3); 0 when there is none. The
    captain's mark is no part of the name: without the cut, "Steve Waugh(c" is a node of its own."""
    m = _GLUED_MARK.search(text)
    return len(text) - m.start() if m else 0


#: A sentence's full stop the tokenizer keeps on a name's last word because the word is also a
#: month's abbreviation ("born in Viña del Mar." -> "Mar."): no name ends in that stop.
_MONTH_STOP = re.compile(r"(?<=\w )(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(\.)$")


def without_glued_mark(text: str, form: str, end: int) -> tuple[str, str, int]:
    """A mention's ``text``, its ``form`` (the same length, or left whole) and its ``end``
    offset without the squad list's mark ``glued_mark`` finds, or the full stop a month's
    abbreviation took from the sentence (``_MONTH_STOP``: "Viña del Mar." -> "Viña del Mar")."""
    cut = glued_mark(text) or (1 if _MONTH_STOP.search(text) else 0)
    if not cut:
        return text, form, end
    return text[:-cut], form[:-cut] if len(form) == len(text) else form, end - cut
