"""When two spellings of a name word are one name transliterated two ways: "Mariya"/"Maria",
"Selenskyj"/"Zelensky", "Wolodymyr"/"Volodymyr", "Aleksey"/"Alexei", "Mohammed"/"Muhammad".
Translated news writes a foreign name by the conventions of the language it passed through
(German "Selenskyj", English "Zelensky") and often both ways in one story. ``kg.merge_spellings``
reads two person names whose words compare so as one person's. Rules, not a list of names: each
rewrite below is a convention of transliteration, with an example."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon.names import fold_accents

#: Letters accents-folding leaves alone, as a reader of another language writes them.
_LETTERS = str.maketrans({"ß": "ss", "ø": "o", "ł": "l", "æ": "ae", "đ": "d", "ı": "i", "œ": "oe"})

#: Rewrites of a lower-case, accent-folded word, in order, each with a name it equates.
REWRITES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"ph"), "f", "Josephine / Josefine"),
    (re.compile(r"ks"), "x", "Aleksey / Alexey"),
    (re.compile(r"(?<=.)kh"), "ch", "Zakhary / Zachary, Mikhail / Michail (German ch; not a first kh: Khan is not Chan)"),
    (re.compile(r"w"), "v", "Wolodymyr / Volodymyr (German w)"),
    (re.compile(r"z"), "s", "Zelensky / Selensky (German s), Elizabeth / Elisabeth"),
    (re.compile(r"j$"), "i", "Selenskyj / Selenskyi (Polish, German final j)"),
    (re.compile(r"(?<=[aeiou])j(?=[aeiou])"), "i", "Maja / Maya"),
    (re.compile(r"(?<=.)y"), "i", "Mariya / Mariia, Sergey / Sergei (not a first y: Yan is not Ian)"),
    (re.compile(r"(.)\1+"), r"\1", "Mariia / Maria, Hassan / Hasan, Mohammed / Mohamed"),
)

_VOWELS = re.compile(r"[aeiou]")

#: Vowels transliterations write for one another, each with a name it equates: Arabic's three
#: short vowels as a/e, o/u, e/i, its diphthong as ai/ei. Any other pair is two names:
#: "Brandon"/"Brendan" (o/a), "Daniel"/"Donal" (a/o, ie/a).
VOWEL_PAIRS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"a", "e"}), "Ahmed / Ahmad, Mohammed / Mohammad"),
    (frozenset({"o", "u"}), "Mohammed / Muhammed, Osman / Usman"),
    (frozenset({"e", "i"}), "Ibrahim / Ebrahim"),
    (frozenset({"ai", "ei"}), "Hussein / Hussain"),
    (frozenset({"a", "u"}), "Abdullah / Abdallah"),
    (frozenset({"e", "u"}), "Yousef / Yusuf"),
    (frozenset({"ou", "u"}), "Mahmoud / Mahmud, Yousef / Yusuf"),
)
_PAIRS = frozenset(pair for pair, _example in VOWEL_PAIRS)
#: A regnal or generational number ("False Dmitri II", "Henry VIII"): compared as written.
_ROMAN = re.compile(r"[ivxlc]+")


def spelling_key(word: str) -> str:
    """``word``'s transliteration key: the rewrites of ``REWRITES`` after folding accents.

    >>> [spelling_key(w) for w in ("Selenskyj", "Zelensky", "Mariya", "Maria", "Aleksey", "Alexei")]
    ['selenski', 'selenski', 'maria', 'maria', 'alexei', 'alexei']
    >>> [spelling_key(w) for w in ("Wolodymyr", "Volodymyr", "Jan", "Ian", "John", "Jon")]
    ['volodimir', 'volodimir', 'jan', 'ian', 'john', 'jon']
    """
    return _spelling_key(word)


@lru_cache(maxsize=1 << 16)
def _spelling_key(word: str) -> str:
    """``spelling_key``, remembered: a document's resolution compares every pair of its person
    names word by word (``kg.merge_spellings``), so one word's key was derived again per pair."""
    key = fold_accents(word.lower()).translate(_LETTERS)
    for pattern, repl, _example in REWRITES:
        key = pattern.sub(repl, key)
    return key


def same_name_word(a: str, b: str) -> bool:
    """Two words that spell one name: the same ``spelling_key``, or keys of five letters or more
    that differ only in their inner vowels, each as transliterations write one for another
    (``VOWEL_PAIRS``: Arabic short vowels, "Mohammed"/"Muhammad", "Ahmed"/"Ahmad"), and end in
    the same consonant; "Brandon"/"Brendan", "Daniel"/"Donal" are two names.
    A name ending in a vowel keeps it: the vowel there often tells a woman's name from a man's
    ("Maria"/"Mario"); short names keep theirs ("Tim"/"Tom", "Jan"/"Jon"). An initial or a
    number is compared as written ("False Dmitri II" is not "False Dmitri I").

    >>> same_name_word("Mohammed", "Muhammad"), same_name_word("Ahmed", "Ahmad")
    (True, True)
    >>> same_name_word("Maria", "Mario"), same_name_word("Tim", "Tom"), same_name_word("John", "Jon")
    (False, False, False)
    >>> same_name_word("II", "I"), same_name_word("Zakhary", "Zachary")
    (False, True)
    >>> same_name_word("Brandon", "Brendan"), same_name_word("Daniel", "Donal"), same_name_word("Hussein", "Hussain")
    (False, False, True)
    """
    if a == b:
        return True
    if min(len(a), len(b)) <= 2 or _ROMAN.fullmatch(a.lower()) or _ROMAN.fullmatch(b.lower()):
        return False
    ka, kb = spelling_key(a), spelling_key(b)
    if ka == kb:
        return True
    if min(len(ka), len(kb)) < 5 or ka[0] != kb[0] or ka[-1] != kb[-1] or _VOWELS.match(ka[-1]):
        return False
    if _VOWELS.sub("", ka[1:]) != _VOWELS.sub("", kb[1:]):
        return False
    runs = zip(_vowel_runs(ka), _vowel_runs(kb))
    return all(x == y or frozenset({x, y}) in _PAIRS for x, y in runs)


def _vowel_runs(key: str) -> list[str]:
    """The vowels between consonants of a key (after its first letter): "muhamad" -> u, a, a, ''."""
    return [run for run in re.split(r"[^aeiou]", key[1:])]
