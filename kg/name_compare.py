"""How two organisation names compare word by word: ``aligned`` (the words they do not share
pair up as spelling variants or institution synonyms) and the keys ``fuzzy`` scores
(``kg.merge_rules``). Kept apart from the rules so each module stays small."""

from __future__ import annotations

from rapidfuzz import fuzz

from kg.lexicon.countries import COUNTRY_EXTRA, country_keys
from kg.lexicon.words import INSTITUTION_SYNONYMS, NAME_STOP_WORDS as STOP
from kg.spelling import american, spelling_variants


def _same_word(a: str, b: str) -> bool:
    if a == b or any(a in syn and b in syn for syn in INSTITUTION_SYNONYMS) or spelling_variants(a, b):
        return True  # a synonym, or the other side of the Atlantic's spelling ("centre"/"center")
    return min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= 85  # analytica / analytics


def aligned(a: list[str], b: list[str], places: frozenset[str] = frozenset()) -> bool:
    """The words two names do not share pair up as synonyms or spelling variants.

    A name that only adds words to the other (a subset) aligns when they share ≥ 3 content words
    and the added words name its owner in front ("New South Wales Rural Fire Service", "Johns
    Hopkins Carey Business School") or a country ("… in the United States"): a word added after
    the name is a qualifier that makes another body ("US Airways Express", "New South Wales Rural
    Fire Service" is not "New South Wales"), unless it names one of the ``places`` the text names
    ("Industrial Relations Commission in Melbourne"). A generic name in another country's
    spelling is another body (``national_spelling``: "Labour Party" is not "Labor Party").

    >>> aligned("committee foreign investment united states".split(),
    ...         "united states foreign investment commission".split())
    True
    >>> aligned("federal trade commission".split(), "federal communications commission".split())
    False
    >>> aligned("united states airways".split(), "united states airways express".split())
    False
    """
    common = set(a) & set(b)
    la = [w for w in a if w not in common]
    lb = [w for w in b if w not in common]
    if not la and not lb:
        return bool(common)
    if not la or not lb:
        short, long_ = (a, b) if not la else (b, a)
        extra = " ".join(la or lb)
        return len(common) >= 3 and (long_[-len(short):] == short or extra in country_keys() or extra in places)
    if len(la) != len(lb) or national_spelling(a, b):
        return False
    rest = list(lb)
    for w in la:
        match = next((x for x in rest if _same_word(w, x)), None)
        if match is None:
            return False
        rest.remove(match)
    return True


def national_spelling(a: list[str], b: list[str]) -> bool:
    """Two names that differ in one word's British and American spelling and share fewer than two
    other words: a generic name that many countries' bodies bear, each spelled the way its own
    country spells it ("Labour Party" of Israel or Britain, "Labor Party" of Australia; the
    "Department of Defence" and the "Department of Defense"), so the spelling tells which country's
    body it is. "World Trade Centre" and "World Trade Center", sharing "world trade", stay one
    name in two agencies' spellings.

    >>> national_spelling("labour party".split(), "labor party".split())
    True
    >>> national_spelling("world trade centre".split(), "world trade center".split())
    False
    """
    common = set(a) & set(b)
    return len(common - STOP) < 2 and any(american(x) == american(y) and x != y
                                         for x in set(a) - common for y in set(b) - common)


def _content(key: str) -> list[str]:
    return [w for w in key.split() if w not in STOP]


def _fuzzy_key(key: str) -> str:
    """Content words, with country codes spelled out so "US X" meets "X in the United States"."""
    words = []
    for w in key.split():
        if w in STOP:
            continue
        country = COUNTRY_EXTRA.get(w)
        words.append("united states" if country == "US" else "united kingdom" if country == "GB" else w)
    return " ".join(words)
