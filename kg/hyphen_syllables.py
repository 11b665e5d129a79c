"""Lower-case words after a hyphen inside a name. A person's name written with lower-case syllables after hyphens ("Kim Jong-un", "Prayut
Chan-o-cha", "Won-yong"): the trim cut such names at the hyphen ("Kim Jong-"), and NER often stops
before it. ``syllable_end`` says how far the name goes on; a word describing the person after a
hyphen stays out ("Obama-era", "Smith-led", "Bush-style": English words of three letters or more).
A name word's lower-case noun after a hyphen ("Blu-ray") is ``hyphen_noun``. Other names a hyphen
runs through: ``hyphen_start`` ("D-Day", "Saint-Polycarpe", "Blu-ray Disc") and ``hyphen_end``
("Middle-earth", "Heian-kyō"), which ``kg.spans`` asks when it grows a name and
``hyphen_tail`` when it trims one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from kg.lexicon.english import in_lexicon
from kg.lexicon.frequency import common_word


def hyphen_noun(tok: Token) -> bool:
    """The lower-case noun of a hyphenated name word ("ray" of "Blu-ray"); not a participle
    ("Houston-based", "Juno-nominated"): two names joined by a hyphen stay two."""
    return tok.is_alpha and tok.is_lower and tok.tag_ in ("NN", "NNS")


def syllable(tok: Token, lexicon: frozenset[str]) -> bool:
    """A lower-case syllable a hyphen joins to a person's name ("un" of "Kim Jong-un"; "o" and
    "cha" of "Prayut Chan-o-cha"), not an English word of three letters or more ("sun" is one)."""
    return tok.is_alpha and tok.text.islower() and (len(tok) <= 2 or not in_lexicon(tok.lower_, lexicon))


def _joined_syllable(before: Token, tok: Token, lexicon: frozenset[str]) -> bool:
    """``tok`` is a ``syllable``, or a lower-case word of three letters at most after a syllable of
    three letters at most that is no English word: a romanised given name of two syllables
    ("Chung Eui-sun"; "sun" is an English word, "Eui" none); not a verb ("a Kim-led team")."""
    return syllable(tok, lexicon) or (tok.is_alpha and tok.text.islower() and len(tok) <= 3 and tok.pos_ != "VERB"
                                      and before.is_alpha and len(before) <= 3 and not in_lexicon(before.lower_, lexicon))


def syllable_end(doc: Doc, start: int, end: int, lexicon: frozenset[str], hyphens: frozenset[str],
                 capitalised: Callable[[Token], bool], same_sentence: Callable[[int], bool]) -> int | None:
    """Where the person's name ``doc[start:end]`` ends when a hyphenated syllable follows it, or
    None. ``same_sentence(i)``: token ``i`` exists and lies in the name's sentence."""
    last, nxt = doc[end - 1], doc[end]
    if last.text in hyphens and end - start >= 2 and _joined_syllable(doc[end - 2], nxt, lexicon) \
            and (capitalised(doc[end - 2]) or syllable(doc[end - 2], lexicon)):
        return end + 1  # "Kim Jong-" + "un": the trim left the hyphen
    if nxt.text in hyphens and same_sentence(end + 1) and _joined_syllable(last, doc[end + 1], lexicon) \
            and (capitalised(last) or syllable(last, lexicon)):
        return end + 2  # "Kim Jong" + "-un", "Prayut Chan" + "-o" + "-cha"
    return None


#: Words a hyphen joins to the name after them as its first part: place names' "Saint-" ("Saint-
#: Polycarpe", "Sainte-Foy"), which alone name no one.
_HYPHEN_PREFIXES = frozenset({"saint", "sainte", "st", "ste"})


#: Little words hyphened between two capitalised words of one place's name ("Mar-a-Lago",
#: "Stratford-upon-Avon", "Port-au-Prince", "Aix-en-Provence", "Southend-on-Sea").
_HYPHEN_PARTICLES = frozenset("a au aux de des du en la le les on upon sur sous under in y di da del".split())


def _particle_joined(doc: Doc, hyphen: int, step: int, hyphens: frozenset[str], word: Callable[[Token], bool],
                     same_sentence: Callable[[int], bool]) -> int | None:
    """From the hyphen at ``hyphen``, a little word (``_HYPHEN_PARTICLES``), a hyphen and a
    capitalised word in the direction ``step`` (1: after, -1: before): the index of that word."""
    i, j, k = hyphen + step, hyphen + 2 * step, hyphen + 3 * step
    if not (0 <= min(i, j, k) and max(i, j, k) < len(doc)) or doc[hyphen].text not in hyphens:
        return None
    if doc[i].lower_ in _HYPHEN_PARTICLES and doc[i].is_lower and doc[j].text in hyphens and word(doc[k]) \
            and same_sentence(max(i, j, k)) and same_sentence(min(hyphen, k)):
        return k
    return None


def hyphen_start(doc: Doc, start: int, hyphens: frozenset[str], word: Callable[[Token], bool],
                 same_sentence: Callable[[int], bool]) -> int | None:
    """Where a name that starts at ``doc[start]`` starts when a hyphen joins more of it before:
    "Blu-" of "Blu-ray Disc" (a capitalised word and a lower-case noun), one capital letter ("D-Day",
    "X-Men", "A-League") or "Saint-" ("Saint-Polycarpe"). None when nothing is joined: two names a
    hyphen joins stay two ("Israeli-Palestinian")."""
    if start < 2 or not same_sentence(start - 2):
        return None
    if start >= 3 and doc[start - 2].text == "-" and hyphen_noun(doc[start - 1]) and same_sentence(start - 3) \
            and word(doc[start - 3]):
        return start - 3  # Blu-ray Disc
    if (joined := _particle_joined(doc, start - 1, -1, hyphens, word, same_sentence)) is not None:
        return joined  # "Mar-a-" + "Lago", "Port-au-" + "Prince"
    prev = doc[start - 2]
    if doc[start - 1].text in hyphens and ((len(prev.text) == 1 and prev.text.isupper())
                                           or (prev.lower_.rstrip(".") in _HYPHEN_PREFIXES and prev.text[:1].isupper())):
        return start - 2  # D-Day, Saint-Polycarpe
    return None


def hyphen_end(doc: Doc, end: int, hyphens: frozenset[str], word: Callable[[Token], bool], lexicon: frozenset[str],
               same_sentence: Callable[[int], bool]) -> int | None:
    """Where a name that ends at ``doc[end - 1]`` ends when a hyphen joins more of it after: "-ray
    Disc" of "Blu-ray Disc", or a lower-case noun or a word of no English that ends it ("Middle-
    earth", "Heian-kyō"). A word that goes on to modify the noun after it describes that noun
    ("Spanish-language albums", "Tudor-style manor"), and a participle says what was done
    ("Houston-based"): no part of the name. None when nothing is joined."""
    if end + 1 >= len(doc) or doc[end].text not in hyphens or not same_sentence(end + 1) or not word(doc[end - 1]):
        return None
    if (joined := _particle_joined(doc, end, 1, hyphens, word, same_sentence)) is not None:
        return joined + 1  # "Mar" + "-a-Lago", "Port" + "-au-Prince"
    tail = doc[end + 1]
    if doc[end].text == "-" and hyphen_noun(tail) and same_sentence(end + 2) and word(doc[end + 2]):
        return end + 3  # Blu-ray Disc
    if not (tail.is_alpha and tail.is_lower and (hyphen_noun(tail) or not in_lexicon(tail.lower_, lexicon))):
        return None
    after = doc[end + 2] if end + 2 < len(doc) and same_sentence(end + 2) else None
    if tail.head.i > tail.i or (after is not None and (after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or after.text in hyphens)):
        return None  # "Spanish-language albums", "Obama-era policies", "Jong-un": a syllable's run
    return end + 2


def hyphen_tail(tok: Token, hyphens: frozenset[str], word: Callable[[Token], bool], lexicon: frozenset[str]) -> bool:
    """Is ``tok`` the lower-case word a hyphen joins to the end of the capitalised name before it
    (``hyphen_end``: "earth" of "Middle-earth", "kyō" of "Heian-kyō")? Such a word may end a name."""
    doc, i = tok.doc, tok.i
    same = lambda j: j < len(doc) and not any(doc[k].is_sent_start for k in range(i - 1, j + 1))  # noqa: E731
    return i >= 2 and hyphen_end(doc, i - 1, hyphens, word, lexicon, same) == i + 1


def name_tail(tok: Token, hyphens: frozenset[str], word: Callable[[Token], bool], lexicon: frozenset[str],
              label: str = "") -> bool:
    """May ``tok``, a lower-case word, end a name? When a hyphen joins it to the name
    (``hyphen_tail``), and in a name NER read as a person's, when it is the last syllable of a
    romanised given name hyphened with no space to a capitalised one, English word or not: "Lee
    Sang-woo" ("sang", "woo"), "Ahn Jae-young"."""
    if hyphen_tail(tok, hyphens, word, lexicon):
        return True
    doc, i = tok.doc, tok.i
    return label == "PERSON" and i >= 3 and tok.is_alpha and tok.is_lower and len(tok) <= 6 \
        and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
        and word(doc[i - 2]) and doc[i - 2].is_alpha and not doc[i - 2].is_upper \
        and (i + 1 == len(doc) or not doc[i + 1].is_alpha or doc[i + 1].ent_iob_ != "I")


def syllables_after_hyphen(text: str, words: list[tuple[int, int, str]]) -> Counter[str]:
    """How often each word among ``words`` ((start, end, word) of ``text``) stands hyphened to a
    capitalised word before it ("yong" of "Lee Jae-yong"): a word all of whose lower-case
    occurrences are such syllables is part of a name written as its people write it, which
    truecasing leaves alone (not "Lee Jae-Yong"). Counted once a document."""
    return Counter(w for i, (s, _e, w) in enumerate(words) if i and s >= 2 and text[s - 1] == "-"
                   and words[i - 1][1] == s - 1 and words[i - 1][2][:1].isupper())


def syllabic_name(span: Span) -> bool:
    """``span`` is written as a romanised Korean name is: a family name, a given name's first
    syllable and, after a hyphen with no space, its second in lower case ("Bong Joon-ho", "Moon
    Jae-in"; NER reads some as ORG). The syllable is one to three letters and the word before it
    no everyday English word ("Lee Jae-yong"; not "Smith Post-war")."""
    toks = list(span)
    if len(toks) != 4 or toks[2].text != "-" or toks[1].whitespace_ or toks[2].whitespace_:
        return False
    family, given, syl = toks[0], toks[1], toks[3]
    return family.is_alpha and given.is_alpha and family.text[:1].isupper() and given.text[:1].isupper() \
        and not family.is_upper and not given.is_upper and syl.is_alpha and syl.text.islower() \
        and 1 <= len(syl) <= 3 and not common_word(given.text)
