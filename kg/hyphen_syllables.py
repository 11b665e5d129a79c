"""Lower-case words after a hyphen inside a name. A person's name written with lower-case syllables after hyphens ("Kim Jong-un", "Prayut
Chan-o-cha", "Won-yong"): the trim cut such names at the hyphen ("Kim Jong-"), and NER often stops
before it. ``syllable_end`` says how far the name goes on; a word describing the person after a
hyphen stays out ("Obama-era", "Smith-led", "Bush-style": English words of three letters or more).
A name word's lower-case noun after a hyphen ("Blu-ray") is ``hyphen_noun``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from kg.lexicon.english import in_lexicon


def hyphen_noun(tok: Token) -> bool:
    """The lower-case noun of a hyphenated name word ("ray" of "Blu-ray"); not a participle
    ("Houston-based", "Juno-nominated"): two names joined by a hyphen stay two."""
    return tok.is_alpha and tok.is_lower and tok.tag_ in ("NN", "NNS")


def syllable(tok: Token, lexicon: frozenset[str]) -> bool:
    """A lower-case syllable a hyphen joins to a person's name ("un" of "Kim Jong-un"; "o" and
    "cha" of "Prayut Chan-o-cha"), not an English word of three letters or more ("sun" is one)."""
    return tok.is_alpha and tok.text.islower() and (len(tok) <= 2 or not in_lexicon(tok.lower_, lexicon))


def syllable_end(doc: Doc, start: int, end: int, lexicon: frozenset[str], hyphens: frozenset[str],
                 capitalised: Callable[[Token], bool], same_sentence: Callable[[int], bool]) -> int | None:
    """Where the person's name ``doc[start:end]`` ends when a hyphenated syllable follows it, or
    None. ``same_sentence(i)``: token ``i`` exists and lies in the name's sentence."""
    last, nxt = doc[end - 1], doc[end]
    if last.text in hyphens and end - start >= 2 and syllable(nxt, lexicon) \
            and (capitalised(doc[end - 2]) or syllable(doc[end - 2], lexicon)):
        return end + 1  # "Kim Jong-" + "un": the trim left the hyphen
    if nxt.text in hyphens and same_sentence(end + 1) and syllable(doc[end + 1], lexicon) \
            and (capitalised(last) or syllable(last, lexicon)):
        return end + 2  # "Kim Jong" + "-un", "Prayut Chan" + "-o" + "-cha"
    return None
