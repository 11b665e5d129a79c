"""Lines written all in capitals: wire headlines ("UN CHIEF GUTERRES CONDEMNS ATTACK ON AID
CONVOY IN SUDAN") and whole documents in capitals. Capitals there say nothing about names, and
spaCy reads every word of such a line as a proper noun ("GUTERRES CONDEMNS ATTACK" one name,
"RESPONSIBILITY" an organisation). Truecasing (``kg.truecase``) reads such a line in lower case,
so that its passes recase the names from the document's own evidence ("Guterres" in the body, a
country, a word that is no English word), and the line's sentences start with a capital.

A line shouts when it has at least ``MIN_WORDS`` words of two letters or more, all in capitals,
one of them at least four letters long. So do the sentences that open a line in capitals when the
line goes on in ordinary case: a headline run into its story ("SEVEN KILLED IN KABUL BLAST.
Seven people were killed ..."), a translated lead in capitals. Inside such words a word stays in
capitals when the document writes it so outside the shouting lines ("WFP" in the body), or when
it is an acronym: two letters and no function word ("UN", not "ON"), or at most
``ACRONYM_LETTERS`` and no English word ("WFP"). The text keeps its length: only the case of
letters changes."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from kg.lexicon.english import in_lexicon

#: Fewest words of two letters or more on a line before its capitals count as shouting.
MIN_WORDS = 3
#: Longest word kept in capitals as an acronym when it is no English word ("CINDY" is lowered
#: and recased as a name: "Cindy").
ACRONYM_LETTERS = 4
_WORD = re.compile(r"[^\W\d_]+")
_LINE = re.compile(r"[^\n]+")

Word = tuple[int, int, str]


def shouting_words(text: str) -> list[Word]:
    """The words (start, end, text) of the lines of ``text`` written all in capitals."""
    out: list[Word] = []
    for line in _LINE.finditer(text):
        words = _capitals_line(line.group(0), line.start())
        if words is None:
            continue
        long = [w for w in words if len(w[2]) >= 2]
        if len(long) >= MIN_WORDS and any(len(w[2]) >= 4 for w in long):
            out.extend(words)
    return out


def _capitals_line(line: str, start: int) -> list[Word] | None:
    """The words of ``line`` (at ``start``) if every word of two letters or more is in capitals,
    else those of the sentences in capitals that open it (``_capitals_lead``), read only up to
    the first word that is not (most lines fail at their first word)."""
    words: list[Word] = []
    for m in _WORD.finditer(line):
        w = m.group(0)
        if len(w) >= 2 and not w.isupper():
            return _capitals_lead(line, start, words, m.start())
        words.append((start + m.start(), start + m.end(), w))
    return words


#: A sentence's end between two words: ". ", "! ", "?” " (a colon or a dash opens a dateline or a lead).
_SENTENCE_END = re.compile(r"[.!?][\"'”’)»]*\s")


def _capitals_lead(line: str, start: int, words: list[Word], stop: int) -> list[Word] | None:
    """The words of the sentences in capitals that open ``line`` before ``stop`` (the first word in
    ordinary case), or None: "KABUL BLAST KILLS SEVEN. Seven people ..." gives its first four
    words; "NSW Premier Bob Carr" and "The UN" give none (no sentence ends in capitals)."""
    for k in range(len(words), 0, -1):
        after = words[k][0] - start if k < len(words) else stop
        if len(words[k - 1][2]) >= 2 and _SENTENCE_END.search(line, words[k - 1][1] - start, after):
            return words[:k]  # not after an initial: "NEW YORK (AP) U.S. officials said"
    return None


def lower_shouting(text: str, lexicon: frozenset[str]) -> tuple[str, list[Word]]:
    """``text`` with its shouting lines in lower case (acronyms kept), and the words lowered."""
    shouted = shouting_words(text)
    if not shouted:
        return text, []
    inside = {s for s, _, _ in shouted}
    upper_elsewhere = {m.group(0) for m in _WORD.finditer(text) if m.start() not in inside and m.group(0).isupper()
                       and len(m.group(0)) >= 2}
    out = list(text)
    lowered = []
    for s, e, w in shouted:
        if w in upper_elsewhere or _acronym(w, lexicon):
            continue
        out[s:e] = w.lower()
        lowered.append((s, e, w))
    return "".join(out), lowered


def _acronym(word: str, lexicon: frozenset[str]) -> bool:
    """A word of two letters that is no function word ("UN", "EU"; not "ON", "US": "us" is one),
    or a short one that is no English word ("WFP", "IAEA"; not "AID")."""
    low = word.lower()
    if len(word) == 2:
        return low not in STOP_WORDS
    return len(word) <= ACRONYM_LETTERS and not in_lexicon(low, lexicon)


def sentence_starts(text: str, lowered: list[Word]) -> list[Word]:
    """The lowered words that start a sentence (a line's first word, or after . ! ?), with the
    form they take there (first letter capitalised)."""
    out = []
    for s, e, _w in lowered:
        before = text[:s].rstrip(" \t\"'“‘(«")
        if not before or before.endswith(("\n", ".", "!", "?", ":")):
            form = text[s:e]
            if form.islower():
                out.append((s, e, form[:1].upper() + form[1:]))
    return out
