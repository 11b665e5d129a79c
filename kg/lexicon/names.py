"""Name keys and surface forms: how two names are compared, and which spelling of a name to show.

``norm`` is the comparison key resolution groups names by; ``NameKey`` adds its kind, so a name
known from an alias pack or as a country is never confused with a plain name of the same text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from typing import Literal, NamedTuple

from kg.lexicon.words import (
    LABEL_PREFIXES, NAME_PARTICLES, NAME_STOP_WORDS, PERSON_TITLES, POST_NOMINALS, REGISTERED_FORMS, SON_OF, STORM_WORDS,
)

NameKind = Literal["name", "pack", "country", "source"]


class NameKey(NamedTuple):
    """What resolution groups mentions by: a kind and a normalised text.

    ``name`` keys are ``norm`` of the surface; ``pack`` keys the lower-cased pack label;
    ``country`` keys the lower-cased country name; ``source`` keys an acronym a story cites only as
    its news source ("told AFP", ``kg.news_sources.cited_agencies``), apart from the same letters
    naming a body in another story ("the Australian Federal Police (AFP)"). ``spelled`` writes the key as one string, the
    kind as a prefix ("pack:apple"): resolution orders names by it, and its word-comparing rules
    (designator, fuzzy, name_part) compare its words, as they did when keys were such strings.

    >>> NameKey("pack", "apple").spelled, NameKey("name", "apple inc").spelled
    ('pack:apple', 'apple inc')
    """

    kind: NameKind
    text: str

    @property
    def plain(self) -> bool:
        return self.kind == "name"

    @property
    def spelled(self) -> str:
        """The key as one string: plain text, or the kind as a prefix ("pack:apple")."""
        return self.text if self.kind == "name" else f"{self.kind}:{self.text}"


@lru_cache(maxsize=1 << 16)  # called once per mention; surfaces repeat
def norm(text: str) -> str:
    """Normalised comparison key: case, leading article, possessive, punctuation, spacing.

    >>> norm("the U.S.'s")
    'us'
    >>> norm("Tik-Tok")
    'tik tok'
    >>> norm("İzmir Province")  # Turkish dotted capital: "i" + a combining dot once lower-cased
    'izmir province'
    """
    s = text.replace("’", "'").replace("İ", "I").lower().strip()
    s = re.sub(r"'s\b|'$", "", s)
    s = re.sub(r"^(?:the|a|an)\s+", "", s)
    s = re.sub(r"(?<=\b\w)\.(?=\w\b|\s|$)", "", s)  # U.S. -> us
    s = s.replace(".", "")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


#: Letters that transliterations write for a glottal stop or an ʿayn ("Hawaiʻi", "Qurʾān"), which
#: other spellings of the same name write as an apostrophe or leave out ("Hawaii", "Qur'an").
_GLOTTAL = str.maketrans("", "", "ʻʼʽʾʿ")


def squash(key: str) -> str:
    """A key without spaces, accents and glottal marks: "tik tok" meets "tiktok", "durán" meets
    "duran", "qurʾān" meets "qur an".

    >>> squash("níkos aliágas"), squash("tik tok"), squash("qurʾān") == squash("qur an")
    ('nikosaliagas', 'tiktok', True)
    """
    return fold_accents(key).translate(_GLOTTAL).replace(" ", "")


def fold_accents(text: str) -> str:
    """``text`` with its letters' accents dropped ("Zürich" -> "Zurich"); letters with no
    decomposition ("ø", "ł", "ß") and other scripts stay as they are."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def strip_title(text: str) -> str:
    """``President Trump`` -> ``Trump``; ``Mr. Zhang`` -> ``Zhang``."""
    words = text.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in PERSON_TITLES:
        words = words[1:]
    return " ".join(words)


def camel_capitals(word: str) -> str:
    """The capitals of one CamelCased word, which a writer abbreviates it by ("KazMunayGas" ->
    "KMG"); "" for a word in capitals or with no capital inside. Three or more: a brand's or a
    company's word, no person's ("McDonald", "DeSantis" have two).

    >>> camel_capitals("KazMunayGas"), camel_capitals("McDonald"), camel_capitals("NATO")
    ('KMG', 'MD', '')
    """
    return "" if word.isupper() or not any(c.isupper() for c in word[1:]) else "".join(c for c in word if c.isupper())


def initials(text: str) -> str:
    """Initials of the content words: ``Federal Trade Commission`` -> ``FTC``, ``U.S. X`` -> ``USX``."""
    words = [w for w in re.split(r"[\s\-]+", text) if w]
    out = []
    for w in words:
        if w.lower() in NAME_STOP_WORDS:
            continue
        if re.fullmatch(r"(?:[A-Za-z]\.){2,}", w):  # U.S. -> US
            out.append(w.replace(".", "").upper())
        elif w[:1].isalpha():
            out.append(w[0].upper())
    return "".join(out)


#: "… (CFIUS)" right after a mention defines an acronym for it.
ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z]{1,7})\s*\)")


def spells(acronym: str, name: str) -> bool:
    """``acronym``'s letters are the initials of ``name``'s words in order, each content word
    giving its initial and each function word, particle or one-letter part ("of", "and", "al",
    the "i" of "Ulema-i-Islam") giving its own or none, and so does a word after a hyphen (the
    "operation" of "Co-operation"); a dotted abbreviation gives its letters ("U.S." -> "US"). A
    fragment NER cut from the full name ("Consumer Commission" of "Australian Competition and
    Consumer Commission (ACCC)") or another body of the same initials written in other words
    does not spell it.

    >>> spells("DFAT", "Department of Foreign Affairs and Trade"), spells("AFP", "Australian Federal Police")
    (True, True)
    >>> spells("JUI", "Jamiat Ulema-i-Islam"), spells("ACCC", "Consumer Commission"), spells("CFMEU", "Mining and Energy Union")
    (True, False, False)
    >>> spells("OECD", "Organisation for Economic Co-operation and Development")
    True
    """
    letters = acronym.replace(".", "").upper()
    words = [w for w in re.split(r"\s+", name) if w]
    heads: list[tuple[str, bool]] = []  # (the letters a word gives, whether it may give none)
    for w, later in ((part, k > 0) for word in words for k, part in enumerate(word.split("-")) if part):
        if re.fullmatch(r"(?:[A-Za-z]\.){2,}", w):
            heads.append((w.replace(".", "").upper(), False))
        elif w[:1].isalpha():  # after a hyphen, a word may give none ("Co-operation": C or CO)
            heads.append((w[0].upper(), later or w.lower() in NAME_STOP_WORDS or w.lower() in NAME_PARTICLES or len(w) == 1))
        elif w == "&":
            heads.append(("", True))
    reach = {0}  # how many letters the words so far can have spelled
    for given, optional in heads:
        reach = ({k + len(given) for k in reach if letters.startswith(given, k)}
                 | (reach if optional else set()))
        if not reach:
            return False
    return len(letters) in reach


def numbers(text: str) -> tuple[str, ...]:
    """The numbers in a name: names that differ in one never merge ("Galaxy S20"/"Galaxy S21")."""
    return tuple(re.findall(r"\d+", text))


# --- the best surface form: two rankings for two jobs -----------------------------------------
# ``best_form`` picks the label of a resolved entity among whole surface forms of any length: any
# cased form beats a lower-case one, CamelCase beats the rest, then frequency, then the longer.
# ``recase_form`` picks the spelling truecasing writes over one lower-case word: only forms of the
# same length can be written (offsets must not move), and CamelCase beats Title case beats ALL
# CAPS, because an all-caps form is often an emphasis or a headline, not the name's spelling.

def best_form(forms: Mapping[str, int]) -> str:
    """The label among surface forms: cased, then CamelCase, then frequent, then longer.

    CamelCase is judged word by word: "Hamas Group" is Title case, not CamelCase.

    >>> best_form(Counter({"tiktok": 5, "TikTok": 1, "Tiktok": 2}))
    'TikTok'
    >>> best_form(Counter({"Hamas": 48, "Hamas Group": 1}))
    'Hamas'
    >>> best_form(Counter({"BRUSSELS": 1, "Brussels": 1})), best_form(Counter({"NATO": 1, "Nato": 1}))
    ('Brussels', 'NATO')
    >>> best_form(Counter({"ROME": 1, "Rome": 1}))
    'Rome'
    """
    def rank(item: tuple[str, int]) -> tuple:
        f, n = item
        lower = f.islower()
        camel = any(any(c.isupper() for c in w[1:]) and not w.isupper() for w in f.split())
        shouted = f.isupper() and f.lower() in cased and (len(f) > 5 or _place_name(f))  # a tie: "Brussels" over a
        return (lower, not camel, -n, shouted, -len(f), f)  # dateline's "BRUSSELS", "Rome" over "ROME"; "NATO" stays
    cased = {f.lower() for f in forms if not f.isupper() and not f.islower()}
    return sorted(forms.items(), key=rank)[0][0]


def _place_name(word: str) -> bool:
    """``kg.lexicon.big_cities.city_or_country``, asked only of a tie in capitals."""
    from kg.lexicon.big_cities import city_or_country  # the gazetteer reads this module

    return city_or_country(word)


def recase_form(forms: Mapping[str, int] | None, word: str) -> str:
    """The cased spelling to write over ``word``: CamelCase, then Title, then ALL CAPS, then the
    most frequent, among ``forms`` of the same length; ``word.capitalize()`` if there is none.

    >>> recase_form(Counter({"TIKTOK": 3, "Tiktok": 2, "TikTok": 1}), "tiktok")
    'TikTok'
    """
    same_length = [(f, n) for f, n in (forms or {}).items() if len(f) == len(word)]
    if not same_length:
        return word.capitalize()

    def rank(fn: tuple[str, int]) -> tuple[int, int, str]:
        f, n = fn
        camel = any(c.isupper() for c in f[1:]) and not f.isupper()
        return (0 if camel else 1 if not f.isupper() else 2, -n, f)

    return sorted(same_length, key=rank)[0][0]


def acronym_like(word: str) -> bool:
    """``ftc``, ``bbc``: short and without a vowel, so no word of English."""
    return 2 <= len(word) <= 5 and word.isalpha() and not re.search(r"[aeiouy]", word)


def display_case(label: str) -> str:
    """A readable label for a name only ever seen in lower case (``tim cook`` → ``Tim Cook``).

    >>> display_case("federal trade commission"), display_case("ftc"), display_case("bank of china")
    ('Federal Trade Commission', 'FTC', 'Bank of China')
    """
    words = []
    for i, w in enumerate(label.split(" ")):
        if not w.islower():
            words.append(w)
        elif acronym_like(w):
            words.append(w.upper())
        elif i and w in NAME_STOP_WORDS:
            words.append(w)
        else:
            words.append(w[:1].upper() + w[1:])
    return " ".join(words)


def slug(text: str) -> str:
    """A node id from a label: ``Bank of China`` -> ``bank_of_china``."""
    s = norm(text)
    s = re.sub(r"\s+", "_", s)
    return s or "entity"


# --- what a label may be, and how a short name sits inside a full one --------------------------

def proper_form(text: str) -> bool:
    """A proper-name form that can label an entity: every word capitalised (or a particle or a
    function word inside the name), no title first, no prefix ("ex-Ansett", "anti-Israeli").
    "Hamas group" (a common-noun phrase built on the name) and "Mr Sharon" are not.

    >>> [proper_form(t) for t in ("Osama bin Laden", "Bank of China", "Hamas group", "Mr Sharon", "ex-Ansett")]
    [True, True, False, False, False]
    >>> proper_form("Bashar al-Assad"), proper_form("Bashar al-qaeda")
    (True, False)
    """
    words = text.replace("’", "'").split()
    if not words or not words[0][:1].isupper() and not words[0][:1].isdigit():
        return False
    head = words[0].lower().rstrip(".")
    if head in PERSON_TITLES and len(words) > 1:
        return False
    if re.split(r"[-‐]", head)[0] in LABEL_PREFIXES and re.search(r"[-‐]", words[0]):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or not w[:1].isalpha()
               or w.lower() in NAME_STOP_WORDS or w.lower() in NAME_PARTICLES
               or w.partition("-")[0].lower() in NAME_PARTICLES and w.partition("-")[2][:1].isupper()  # "al-Assad"
               for w in words[1:])


def name_words(words: list[str]) -> list[str]:
    """A person's name words without trailing post-nominals: ["wayne", "martin", "qc"] -> ["wayne", "martin"]."""
    end = len(words)
    while end > 2 and words[end - 1] in POST_NOMINALS:
        end -= 1
    return words[:end]


#: Words after which a name's complement starts ("House of Representatives", "Committee for ...").
_COMPLEMENT = frozenset({"of", "for", "on"})


def name_head(words: list[str]) -> str:
    """The word that says what a name of two words or more names: the one before its "of"/"for"/
    "on" complement, else the last ("house" of "house of representatives", "navy" of "us navy").

    >>> name_head(["house", "of", "representatives"]), name_head(["sacramento", "bee"])
    ('house', 'bee')
    """
    for k, w in enumerate(words[1:], 1):
        if w in _COMPLEMENT:
            return words[k - 1]
    return words[-1]


def short_of(short: list[str], full: list[str]) -> str | None:
    """How a person's short name sits inside a longer one: ``surname`` (its last words: "sharon",
    "bin laden"), ``dropped`` (first and last words kept, middle ones dropped: "george bush" in
    "george w bush"), ``initials`` (the given names by their initials: "j h dearle" of "john henry
    dearle"), ``first`` (a first name alone), or None.

    >>> short_of(["bin", "laden"], ["osama", "bin", "laden"]), short_of(["george", "bush"], ["george", "w", "bush"])
    ('surname', 'dropped')
    >>> short_of(["sharon"], ["sharon", "kills", "women"]), short_of(["howard"], ["ron", "howard", "smith"])
    ('first', None)
    >>> short_of(["martin"], ["wayne", "martin", "qc"])  # a post-nominal is no surname
    'surname'
    >>> short_of(["salman", "bin", "abdulaziz"], ["mohammed", "bin", "salman", "bin", "abdulaziz"]) is None  # his father
    True
    >>> short_of(["j", "h", "dearle"], ["john", "henry", "dearle"]), short_of(["john", "dearle"], ["j", "dearle"])
    ('initials', None)
    """
    full = name_words(full)
    n = len(short)
    if n >= 2 and n == len(full) and short[-1] == full[-1] and short[:-1] != full[:-1] and all(
            len(s) == 1 and f[0] == s for s, f in zip(short[:-1], full[:-1])):
        return "initials"
    if not n or n >= len(full):
        return None
    if full[-n:] == short:  # not a father's name after "bin" ("salman bin abdulaziz" of "mohammed bin salman bin …")
        return "surname" if not (n >= 2 and full[-n - 1] in SON_OF) else None
    if n >= 2 and short[0] == full[0] and short[-1] == full[-1]:
        it = iter(full)
        if all(w in it for w in short):
            return "dropped"
    if n == 1 and full[0] == short[0]:
        return "first"
    return None


def storm_kind(words: list[str]) -> int:
    """How many of a name's first words (lower case) say it is a storm's: 1 for "cyclone mako",
    "typhoon haiyan"; 2 for "tropical cyclone imogen", "tropical storm alberto"; 0 for any other
    name (``STORM_WORDS``; a "Storm" before a given name is ``kg.described_kinds``' to read).

    >>> storm_kind(["cyclone", "mako"]), storm_kind(["tropical", "storm", "alberto"]), storm_kind(["storm", "shadow"])
    (1, 2, 0)
    """
    if words[:1] and words[0] in STORM_WORDS:
        return 1
    return 2 if len(words) >= 2 and words[0] == "tropical" and words[1] in STORM_WORDS | {"storm"} else 0


def registered_name(text: str) -> bool:
    """A name of two words or more ending in a legal form written with a capital ("Apple Inc.",
    "Equinor ASA", "Kwanza Engenharia, S.A.", ``REGISTERED_FORMS``), whatever NER typed it: no
    person's name ends so ("Ceramicas Alcora SA", NER: PERSON)."""
    words = text.replace(",", " ").split()
    return len(words) >= 2 and words[-1][:1].isupper() and legal_form(words[-1])


def legal_form(word: str) -> bool:
    """``word`` is a legal form of ``REGISTERED_FORMS``, with or without its full stops ("S.A.", "Ltd")."""
    return word.lower().replace(".", "") in REGISTERED_FORMS
