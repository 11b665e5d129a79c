"""Given names in the Latin script, from Faker's person providers (MIT; about 80 locales), and
the Russian, Ukrainian and Hindi lists romanised as English news spells them ("Anatoly",
"Volodymyr", "Rajiv").

NER's small English model reads a good share of two-word people as organisations ("Louis
Paulsen", "Omer Beriziky", "Ivo Pogorelich": about one person in eight on Wikipedia leads), and a
name NER left unlabelled has no type but the one kg guesses. A name that opens on a given name is
the strongest evidence a word can give that it is a person's, and Faker's providers hold the given
names that censuses and registries in those locales list (``first_names``, ``…_male``,
``…_female``). Read from the installed package, never downloaded; kept between processes
(:mod:`kg.stored`).

Faker's Chinese providers also hold the family names in pinyin and Wade-Giles ("Wang", "Chen",
"Lin"), which Chinese names write first: :func:`family_name_first` says so of a word, and a
story's "Wang" after "Wang Wenbin" is that man (``kg.merge_person``).

The lists are broad ("Will", "General", "Royal", "Santa", "Washington" are there), so
:func:`given_name` leaves out a word English uses as a verb or an adjective ("will", "general",
"frank") and a country's, a US state's or a big city's name; callers add the evidence of the
name's other words (``kg.person_names``).
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
from functools import lru_cache

from kg.stored import table

#: Letters of the Latin script Faker's European, African and romanised Asian lists use.
_LATIN_END = 0x250


#: Faker's catch-all English list: every name a US register ever gave, "Wells", "Merrill" and "Dow"
#: among them (Wells Fargo, Merrill Lynch, Dow Jones); the locales' own lists (en_US, en_GB, …) stay.
_TOO_BROAD = frozenset({"en"})


@table("given-names", ("faker",))
def _read_given_names() -> list[str]:
    """Every single-word given name of Faker's person providers in the Latin script, three
    letters or more, Title-cased (``Ivo``, ``Omer``, ``Celine``, ``Terje``), but the catch-all list's."""
    import faker.providers.person as providers

    out: set[str] = set()
    for info in pkgutil.iter_modules(providers.__path__):
        if info.name in _TOO_BROAD:
            continue
        provider = getattr(importlib.import_module(f"{providers.__name__}.{info.name}"), "Provider", None)
        for attr in ("first_names", "first_names_male", "first_names_female"):
            names = vars(provider).get(attr) if provider is not None else None
            if isinstance(names, (list, tuple, dict, set, frozenset)):
                out.update(n for n in names if isinstance(n, str) and _latin_word(n))
                if info.name in _CYRILLIC_LOCALES:
                    out.update(w for n in names if isinstance(n, str) and _latin_word(w := _romanised(n, info.name)))
                if info.name in _DEVANAGARI_LOCALES:
                    out.update(w for n in names if isinstance(n, str)
                               for w in _devanagari_romanised(n) if _latin_word(w))
    return sorted(out)


#: Faker's Hindi list read as Indian news in English spells it ("राजीव" -> "Rajiv", "सुनीता" ->
#: "Sunita", "दीपक" -> "Dipak" and "Deepak"): the consonant's inherent "a" is written except
#: before a vowel sign or a virama and at the word's end ("Anand"), but for a "y", "r" or "v" closing a
#: cluster ("Aditya", "Narendra"); long vowels as short ones, and "ee"/"oo" too.
_DEVANAGARI_LOCALES = frozenset({"hi_IN"})
_DEV_VOWELS = dict(zip("अआइईउऊऋएऐओऔ", "a a i I u U ri e ai o au".split()))
_DEV_SIGNS = dict(zip("ािीुूृेैोौ", "a i I u U ri e ai o au".split()))
_DEV_CONSONANTS = dict(zip("कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह",
                           "k kh g gh n ch chh j jh n t th d dh n t th d dh n p ph b bh m y r l v sh sh s h".split()))
_DEV_NUKTA = {"क": "q", "ज": "z", "फ": "f", "ड": "r", "ढ": "rh", "ख": "kh", "ग": "gh"}
_DEV_MARKS = {"ं": "n", "ँ": "n", "ः": "h", "\u200d": "", "\u200c": ""}
_VIRAMA, _NUKTA = "्", "़"


def _devanagari_romanised(name: str) -> tuple[str, ...]:
    """``name`` in Latin letters, long "i"/"u" written short and, as a second spelling, doubled
    ("Dipak", "Deepak"); ``()`` when a letter is outside the tables."""
    out: list[str] = []
    i = 0
    while i < len(name):
        ch = name[i]
        nxt = name[i + 1] if i + 1 < len(name) else ""
        if ch in _DEV_CONSONANTS:
            cluster = i > 0 and name[i - 1] == _VIRAMA and ch in "यरव"  # "-tya", "-ndra", "-shva"
            out.append(_DEV_NUKTA.get(ch, _DEV_CONSONANTS[ch]) if nxt == _NUKTA else _DEV_CONSONANTS[ch])
            i += 1 + (nxt == _NUKTA)
            nxt = name[i] if i < len(name) else ""
            if nxt in _DEV_SIGNS:
                out.append(_DEV_SIGNS[nxt])
                i += 1
            elif nxt == _VIRAMA:
                i += 1
            elif i < len(name) and nxt not in _DEV_MARKS or nxt in ("ं", "ँ") or cluster:
                out.append("a")  # the inherent vowel: not at the name's end but after a cluster ("Aditya")
            continue
        if ch in _DEV_VOWELS:
            out.append(_DEV_VOWELS[ch])
        elif ch in _DEV_MARKS:
            out.append(_DEV_MARKS[ch])
        else:
            return ()
        i += 1
    word = "".join(out)
    spellings = {word.replace("I", "i").replace("U", "u"), word.replace("I", "ee").replace("U", "oo")}
    return tuple(sorted(w[:1].upper() + w[1:] for w in spellings if w))


#: Faker's Cyrillic lists read in Latin letters as English news spells them ("Анатолий" ->
#: "Anatoly", "Елена" -> "Yelena", "Володимир" -> "Volodymyr"), after the BGN/PCGN romanisation
#: (Russian) and Ukraine's national one; the other spellings a name has ("Elena", "Dmitri") are in
#: other locales' lists already.
_CYRILLIC_LOCALES = frozenset({"ru_RU", "uk_UA"})
_RUSSIAN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya".split()))
_UKRAINIAN = _RUSSIAN | dict(zip("гґєиіїйхщ", "h g ye y i yi y kh shch".split()))
_VOWELS = frozenset("аеёиоуыэюяєії")


def _romanised(name: str, locale: str) -> str:
    """``name`` in Latin letters: a Russian "е" opening the name or after a vowel, "ъ" or "ь" is
    "ye"; "ий"/"ый" at the end is "y"; the soft and hard signs are dropped. A letter outside the
    table leaves the name as it was (not a Latin word: skipped)."""
    table = _UKRAINIAN if locale == "uk_UA" else _RUSSIAN
    low, out = name.lower(), []
    for i, ch in enumerate(low):
        if ch not in table:
            return name
        prev = low[i - 1] if i else ""
        if locale == "ru_RU" and ch == "е" and (not prev or prev in _VOWELS or prev in "ъь"):
            out.append("ye")
        elif ch == "й" and prev in ("и", "ы") and i == len(low) - 1:
            out[-1] = "y"  # "Анатолий": "Anatoly", not "Anatoliy"
        else:
            out.append(table[ch].strip("-"))
    word = "".join(out)
    return word[:1].upper() + word[1:]


def _latin_word(name: str) -> bool:
    return len(name) >= 3 and name.isalpha() and name[0].isupper() and name[1:].islower() \
        and all(ord(c) < _LATIN_END for c in name)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given names (empty if Faker is not installed: nothing is then read as a given name)."""
    if importlib.util.find_spec("faker") is None:
        return frozenset()
    return frozenset(_read_given_names())


@lru_cache(maxsize=4096)
def given_name(word: str) -> bool:
    """``word`` is a given name and no everyday English verb or adjective, country, US state or
    big city ("Louis", "Omer", "Terje", "Pieter-Jan"; not "Will", "General", "Frank", "Jordan",
    "Virginia", "Paris")."""
    if "-" in word.strip("-"):  # "Pieter-Jan", "Jean-Pierre": each part a given name
        return all(given_name(part) for part in word.split("-"))
    if word not in given_names():
        return False
    from kg.lexicon.countries import big_city_names, country_names, us_states
    from kg.lexicon.english import word_classes

    low, classes = word.lower(), word_classes()
    return low not in classes["verb"] and low not in classes["adj"] and low not in country_names() \
        and low not in big_city_names() and low not in us_states()


#: Faker's providers whose romanised family names are written before the given name; and those
#: whose family names are written in Latin letters, first (Vietnamese: "Trần Quốc Vinh").
_FAMILY_FIRST_LOCALES = ("zh_CN", "zh_TW")
_LATIN_FAMILY_FIRST_LOCALES = ("vi_VN",)


@table("family-names-first", ("faker",))
def _read_family_names_first() -> list[str]:
    """The romanised family names of Faker's Chinese providers (``last_romanized_names``) and the
    Vietnamese family names, accents folded ("tran", "nguyen"), lower-cased."""
    from kg.lexicon.names import fold_accents

    out: set[str] = set()
    for locale in _FAMILY_FIRST_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        out.update(n.lower() for n in getattr(provider, "last_romanized_names", ()) if isinstance(n, str) and n.isalpha())
    for locale in _LATIN_FAMILY_FIRST_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        out.update(fold_accents(n).lower() for n in getattr(provider, "last_names", ()) if isinstance(n, str) and n.isalpha())
    return sorted(out)


@lru_cache(maxsize=1)
def family_names_first() -> frozenset[str]:
    """Lower-cased family names written before the given name ("wang", "chen", "lin"); empty
    without Faker."""
    if importlib.util.find_spec("faker") is None:
        return frozenset()
    return frozenset(_read_family_names_first())


def family_name_first(word: str) -> bool:
    """``word`` (lower case) is a family name written first: "wang" of "Wang Wenbin".

    >>> family_name_first("wang"), family_name_first("smith")
    (True, False)
    """
    return word in family_names_first()


@table("given-name-genders", ("faker",))
def _read_genders() -> dict[str, str]:
    """Each given name of Faker's gendered lists (``first_names_male``, ``first_names_female``, the
    catch-all English list's too) that three locales or more give one sex and none the other: name ->
    "male" or "female" (fewer is too thin: a Turkish list has "Çağlar" a woman's, two English ones
    "Nicky" a man's)."""
    import faker.providers.person as providers

    seen: dict[str, dict[str, int]] = {}
    for info in pkgutil.iter_modules(providers.__path__):
        provider = getattr(importlib.import_module(f"{providers.__name__}.{info.name}"), "Provider", None)
        for attr, sex in (("first_names_male", "male"), ("first_names_female", "female")):
            names = vars(provider).get(attr) if provider is not None else None
            if isinstance(names, (list, tuple, dict, set, frozenset)):
                for n in {n for n in names if isinstance(n, str) and _latin_word(n)}:
                    seen.setdefault(n, {}).setdefault(sex, 0)
                    seen[n][sex] += 1
    return {n: sex for n, sexes in sorted(seen.items()) if len(sexes) == 1 for sex, count in sexes.items() if count >= 3}


@lru_cache(maxsize=1)
def _genders() -> dict[str, str]:
    return _read_genders() if importlib.util.find_spec("faker") is not None else {}


def name_sex(name: str) -> str | None:
    """"male" or "female" when the name is a full name (two words or more) whose first word is a
    given name every locale of Faker gives to one sex only ("Samuel Adeyemi", "Olivia
    Hartmann"); None for any other: an ambiguous given name ("Andrea", "Jean"), a surname alone
    ("Estefan" is a man's given name too), a Chinese family name written first ("Wang Yi"). A
    pronoun's antecedent must not contradict it ("She replaces Jonathan Crewe" is not Samuel's).

    >>> name_sex("Samuel Adeyemi"), name_sex("Olivia Hartmann"), name_sex("Estefan"), name_sex("Nicky Ladanowski")
    ('male', 'female', None, None)
    """
    words = name.split()
    if len(words) < 2 or family_name_first(words[0].lower()):
        return None
    return given_name_sex(words[0])


def given_name_sex(word: str) -> str | None:
    """"male" or "female" for a given name (Title-cased) every locale of Faker that lists it gives
    to one sex only, three locales or more; else None.

    >>> given_name_sex("Jack"), given_name_sex("Jacqueline"), given_name_sex("Andrea")
    ('male', 'female', None)
    """
    return _genders().get(word)
