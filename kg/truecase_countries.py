"""Country names a text writes in lower case ("exports from china to the united states"), for
``kg.truecase``'s ``country`` pass: each gets its proper case, except a one-word name that is a
common noun where it stands ("posed with the jersey", "a turkey")."""

from __future__ import annotations

from kg.lexicon.countries import country_phrase_starts, country_phrases
from kg.lexicon.words import LEADING_TRIM, WORD_RE

Word = tuple[int, int, str]  # start, end, text


def country_spans(text: str, words: list[Word]) -> list[Word]:
    """Lower-case country names ("china", "united states") get their proper case."""
    names = country_phrases()
    firsts = country_phrase_starts()
    longest = max(len(k) for k in names)
    out = []
    i = 0
    while i < len(words):
        if words[i][2] not in firsts:  # no country name starts here: skip the n-gram lookups
            i += 1
            continue
        for n in range(min(longest, len(words) - i), 0, -1):
            chunk = words[i:i + n]
            key = tuple(w for _s, _e, w in chunk)
            if key in names and all(w.islower() for _s, _e, w in chunk) \
                    and not _common_noun_after(words, i, n, names[key]):
                proper = WORD_RE.findall(names[key])
                out += [(s, e, p) for (s, e, _w), p in zip(chunk, proper) if len(p) == e - s]
                i += n
                break
        else:
            i += 1
    return out


def _common_noun_after(words: list[Word], i: int, n: int, name: str) -> bool:
    """A one-word country name right after an article or a possessive is a common noun ("posed
    with the jersey", "a turkey", "his china"); "the philippines", a plural name, is the country."""
    if n != 1 or i == 0:
        return False
    before = words[i - 1][2].lower()
    return before in LEADING_TRIM and not (before == "the" and name.endswith("s"))
