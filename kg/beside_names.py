"""Lower-case words that belong to a name beside them: truecasing's ``unknown`` pass recases a
word no dictionary holds when it stands so, even where the text writes its names with capitals,
since a name in another language keeps its own lower-case words ("Gendarmerie nationale",
"Beiselia mexicana", the song "Nu ma ignora", the album "O meu coração não tem cor")."""

from __future__ import annotations

import re
from typing import Protocol

from spacy.lang.en.stop_words import STOP_WORDS

from kg.lexicon.english import in_lexicon


class _Words(Protocol):  # kg.truecase.Casing
    text: str
    words: list[tuple[int, int, str]]
    lexicon: frozenset[str]

    def _in_capitalised_run(self, i: int) -> bool: ...

    def adjacent(self, i: int) -> bool: ...


def names_beside(c: _Words) -> set[str]:
    """The lower-case words (lower-cased) of runs no English dictionary holds that open right
    after a capitalised word (``beside_name``): "ma ignora" after "Nu" (a short word such as "ma"
    is in a run too); an English word of four letters or more or a stop word ends a run ("Almaty
    oblast by the local akimat": no "akimat"; "They served ajvar": none)."""
    found: set[str] = set()
    run = False
    for i, (_s, _e, w) in enumerate(c.words):
        lower = w.lower()
        foreign = lower not in STOP_WORDS and (not in_lexicon(lower, c.lexicon) or len(lower) < 4)
        run = w.islower() and foreign and (beside_name(c, i) or run and c.adjacent(i))
        if run:
            found.add(lower)
    return found


#: The rest of a web address after its first word ("24.com" of "bdnews24.com", ".kz" of "kaspi.kz").
_ADDRESS_REST = re.compile(r"[a-z\d-]*\.(?:com|org|net|gov|edu|info|io|[a-z]{2})\b")


def names_by_place(c: _Words) -> set[str]:
    """The lower-case words (lower-cased) whose place makes them names even in a text that
    capitalises its names: right before a capitalised word or one in capitals on the same line (a
    name's modifier: "facebook CEO Mark Zuckerberg"), or opening a web address ("bdnews24.com")."""
    words, text = c.words, c.text
    return {w.lower() for i, (_s, e, w) in enumerate(words) if w.islower() and (
        _ADDRESS_REST.match(text, e) or i + 1 < len(words) and words[i + 1][2][:1].isupper() and c.adjacent(i + 1))}


def beside_name(c: _Words, i: int) -> bool:
    """Word ``i`` stands in a capitalised run, or right after a capitalised word or initial
    ("G. bipinnatifida"), or after an elided particle that follows one ("Centre d'entreprises")."""
    if c._in_capitalised_run(i):
        return True
    words, text = c.words, c.text
    j = i - 1
    if j >= 1 and len(words[j][2]) == 1 and words[j][2].islower() and text[words[j][1]:words[i][0]] in ("'", "’"):
        j -= 1  # "d'", "l'"
    return j >= 0 and words[j][2][:1].isupper() \
        and re.fullmatch(r"[ .'’]{1,2}", text[words[j][1]:words[j + 1][0]]) is not None
