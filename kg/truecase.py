"""Restore the case of names that machine translation or lower-case text lost.

spaCy's NER leans on capitalisation, so ``tiktok`` and ``trump`` go unseen. Before parsing, each
lower-case word is recased from evidence in the same document (one sense per discourse), never
changing the text's length so every character offset stays valid.

``truecase`` runs the passes of ``PASSES`` in this order. The first three decide *words* (every
lower-case occurrence of the word is recased):

* ``seen``: the word appears capitalised or CamelCased mid-sentence elsewhere (``TikTok``); an
  English word counts only where it stands alone (``War`` of ``World War`` says nothing of ``war``)
  and never once it is written in lower case after a determiner or a lower-case English word
  (``the government``, ``caretaker president``);
* ``title``: it follows a personal title (``President trump``);
* ``unknown``: it is not an English word (the model's own WordNet lemma index), is used like a
  name (never after ``a``/``an``, nor coordinated with a noun after one: ``a town and comune``),
  and is not a stop word (``wechat``, ``quora``), nor counted after a number (``410 million reais``).

The others change *spans*, each written over or under what earlier passes wrote, as noted:

* ``code``: ``the us government`` -> ``US`` (overrides);
* ``country``: lower-case country names, ``united states`` (under ``code``);
* ``decided``: writes the words decided by ``seen``/``title``/``unknown`` (overrides);
* ``pack``: the words of an alias-pack phrase (only where nothing was written);
* ``suffix``: organisation words following a recased name, ``suhuijin international`` (only
  where nothing was written);
* ``institution``: the content words of ``Department of defense``-style names (under all else);
* ``law``: ``the children's online privacy protection act`` (under all else);
* ``shouted_body``: in a line written in capitals, ``the world food programme`` (under all else);
* ``shouted_names``: in a line written in capitals, the gazetteers' names (``german``, ``march``,
  ``los angeles``) and a lead's name before its parenthesis (``ross patterson Alger (``; under
  all else);
* ``capitals``: a surname written in capitals, ``Donald TRUMP`` (``kg.capital_names``; no other
  pass writes a word in capitals).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

from kg.capital_names import capital_names
from kg.hyphen_syllables import syllables_after_hyphen
from kg.lexicon.countries import CODES_AFTER_THE
from kg.lexicon.english import english_lexicon, in_lexicon, lexicon_from, misspelled, name_like, word_classes
from kg.lexicon.frequency import common_word
from kg.kind_slot import kind_noun
from kg.lexicon.names import recase_form
from kg.lexicon.words import (CONNECTORS, DEMONYM_ENDINGS, DETERMINERS, INSTITUTION_HEADS, LAW_HEADS, NUMBER_SCALES,
                              ORG_SUFFIXES, PERSON_TITLES, WORD_RE, amount_before)
from kg.model import Recase
from kg.truecase_countries import country_spans
from kg.shouting import gazetteer_names, lead_name, lower_shouting, name_heads, sentence_starts, started_elsewhere

# ``kg.truecase.lexicon_from``/``in_lexicon`` are imported by callers outside the lexicon's owners.
__all__ = ["PASSES", "Recase", "english_lexicon", "in_lexicon", "lexicon_from", "name_like", "truecase"]

SENTENCE_END_RE = re.compile(r"(?:[.!?]['\"”’)]*\s+|\n\s*|^\s*|[\"“‘(:;]\s*)$")

Word = tuple[int, int, str]  # start, end, text


def _sentence_initial(text: str, start: int) -> bool:
    return bool(SENTENCE_END_RE.search(text[max(0, start - 6):start]))


def _is_lower(word: str) -> bool:
    return word.islower()


#: The indefinite articles: a lower-case word after one heads a common noun phrase.
_ARTICLES = ("a", "an")
#: Modifiers an indefinite article may stand before a noun phrase's head ("a Swedish professional
#: ice hockey defenceman"): a word so placed is a common noun, however rare.
_MODIFIERS = 4
#: What may stand between two words of one noun phrase: spaces, a number, a hyphen ("a 28-year-old
#: man"); not a comma or any other mark, which ends the phrase.
_PHRASE_GAP = re.compile(r"[ \d\-–]+")
_NAME_JOINERS = ("of", "for")


@dataclass
class Casing:
    """One document under truecasing: its words, the case evidence counted once, and what the
    passes have decided (``decided``: word -> (form, reason)) and changed (``changes``: start ->
    Recase) so far."""

    text: str
    lexicon: frozenset[str]
    pack_spans: list[tuple[int, int]]
    words: list[Word] = field(init=False)
    cased_forms: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    any_forms: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    lower_count: Counter[str] = field(default_factory=Counter)
    after_article: set[str] = field(default_factory=set)
    after_determiner: Counter[str] = field(default_factory=Counter)
    after_number: Counter[str] = field(default_factory=Counter)  # "410 million reais", "50,000 rupiah", "40 million of reais"
    after_modifier: set[str] = field(default_factory=set)
    decided: dict[str, tuple[str, str]] = field(default_factory=dict)
    changes: dict[int, Recase] = field(default_factory=dict)
    #: starts of the words lowered from a line in capitals (``kg.shouting``)
    shouted: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        self.words = [(m.start(), m.end(), m.group(0)) for m in WORD_RE.finditer(self.text)]
        text, words = self.text, self.words
        # Each word's lower form and case read once (the rules below ask about neighbours too),
        # and where an article stands two or three words back: only there can a word head a
        # noun phrase after modifiers (``_article_before_modifiers`` is not asked elsewhere).
        lowers = [w.lower() for _s, _e, w in words]
        lower = [w.islower() for _s, _e, w in words]
        articled = [any(lowers[j] in _ARTICLES for j in range(max(0, i - _MODIFIERS - 1), i - 1))
                    for i in range(len(words))]
        for i, (s, _e, w) in enumerate(words):
            key = lowers[i]
            if not lower[i]:
                self.any_forms[key][w] += 1  # for display, sentence starts too
            if lower[i]:
                self.lower_count[key] += 1
                prev = lowers[i - 1] if i else ""
                if prev in _ARTICLES and not _sentence_initial(text, s):
                    self.after_article.add(key)
                elif articled[i] and self._article_before_modifiers(i):
                    self.after_article.add(key)  # "a 28-year-old mantravelling": a noun phrase's head
                elif prev in ("and", "or") and i >= 3 and lowers[i - 3] in _ARTICLES and lower[i - 2]:
                    self.after_article.add(key)  # "a town and comune": the article covers both
                self.after_number[key] += bool(amount_before(text, s) or prev in NUMBER_SCALES
                                               or prev == "of" and i >= 2 and lowers[i - 2] in NUMBER_SCALES)  # "million of reais"
                if prev in DETERMINERS:
                    self.after_determiner[key] += 1
                elif i and lower[i - 1] and prev not in STOP_WORDS and self.adjacent(i) \
                        and in_lexicon(prev, self.lexicon):
                    self.after_modifier.add(key)  # "caretaker president", "unity government"
            elif not _sentence_initial(text, s) and not w.isupper():
                if not (self._in_capitalised_run(i) and (in_lexicon(key, self.lexicon) or common_word(key))):
                    self.cased_forms[key][w] += 1  # "War" of "World War" (or "App" of "App Store") says nothing of "war"
            elif w.isupper() and len(w) > 1 and not _sentence_initial(text, s):
                self.cased_forms[key][w] += 1

    def _article_before_modifiers(self, i: int) -> bool:
        """Word ``i`` follows "a"/"an" and up to four English modifiers ("a 28-year-old
        mantravelling on", "a Swedish professional ice hockey defenceman": a capitalised one too,
        a people's adjective) and no lower-case word follows it: it heads a noun phrase (not "a
        new wechat app")."""
        if i + 1 < len(self.words) and self.adjacent(i + 1):
            nxt = self.words[i + 1][2]
            if _is_lower(nxt) and nxt not in STOP_WORDS:
                return False  # "a new wechat app": a modifier, not the phrase's head
        j, seen = i - 1, 0
        while j >= 0 and seen <= _MODIFIERS:
            if _PHRASE_GAP.fullmatch(self.text[self.words[j][1]:self.words[j + 1][0]]) is None:
                return False  # "as a content distribution platform, tiktok is": the phrase ended at the comma
            w = self.words[j][2]
            if w.lower() in ("a", "an"):
                return seen > 0
            if not (_is_lower(w) or w[:1].isupper() and w[1:].islower()) or w.lower() in STOP_WORDS \
                    or not in_lexicon(w.lower(), self.lexicon):
                return False
            j, seen = j - 1, seen + 1
        return False

    def _in_capitalised_run(self, i: int) -> bool:
        """Word ``i`` has a capitalised neighbour on its line, or follows ``_NAME_JOINERS`` after a
        capitalised word ("Ministry of Defence", "Secretary for Justice"): it is part of a longer name."""
        words, text = self.words, self.text
        joined = i >= 2 and words[i - 1][2] in _NAME_JOINERS and self.adjacent(i) and self.adjacent(i - 1)
        return any(0 <= j < len(words) and words[j][2][:1].isupper() and not words[j][2].isupper()
                   and (j == i - 2 or _adjacent(text, *((words[j][1], words[i][0]) if j < i else (words[i][1], words[j][0]))))
                   for j in ((i - 2, i - 1, i + 1) if joined else (i - 1, i + 1)))

    def form_of(self, key: str, word: str) -> str:
        """The document's own spelling of a word (``recase_form``)."""
        return recase_form(self.any_forms.get(key), word)

    def adjacent(self, i: int) -> bool:
        """Word ``i`` follows word ``i - 1`` on the same line, one or two spaces apart."""
        return _adjacent(self.text, self.words[i - 1][1], self.words[i][0])

    def capitalised(self, i: int) -> bool:
        """Word ``i`` was recased, or is capitalised away from a sentence start."""
        s, _e, w = self.words[i]
        return s in self.changes or (w[:1].isupper() and not _sentence_initial(self.text, s))

    def result(self) -> tuple[str, list[Recase]]:
        out = list(self.text)
        for rc in self.changes.values():
            out[rc.start:rc.end] = rc.form
        return "".join(out), sorted(self.changes.values(), key=lambda r: r.start)


# --- word passes: decide how a lower-case word is written wherever it occurs ---------------------

def seen(c: Casing) -> None:
    """The word is written capitalised mid-sentence elsewhere: an unknown word, a CamelCase word,
    or one capitalised at least as often as not (an all-caps English word does not count)."""
    for key, forms in c.cased_forms.items():
        if key in STOP_WORDS or len(key) < 3 or key not in c.lower_count:
            continue
        form = c.form_of(key, key)
        camel = any(ch.isupper() for ch in form[1:]) and not form.isupper()
        if form.isupper() and in_lexicon(key, c.lexicon):
            continue  # "US" does not make every "us" a name
        if (c.after_determiner[key] or key in c.after_modifier) and in_lexicon(key, c.lexicon):
            continue  # "the government", "caretaker president": the writer's lower case is a common noun
        if not in_lexicon(key, c.lexicon) or camel or sum(forms.values()) >= c.lower_count[key]:
            c.decided[key] = (form, "seen")


def title(c: Casing) -> None:
    """The word follows a personal title: a capitalised one, or any title if the word is no English.
    After a capitalised title an English word is a name only if it can be one: a noun's base form
    that is no adverb ("President trump"), never a verb's inflected form nor a word of time ("The
    President said", "the Minister says", "the President today"): decided once, the word would
    be recased all through the document, and NER would read every "he Said" as a person."""
    for i, (s, _e, w) in enumerate(c.words):
        key = w.lower()
        if not _is_lower(w) or key in c.decided:
            continue
        if not i or key in STOP_WORDS or len(key) < 3 or key in PERSON_TITLES:
            continue
        prev = c.words[i - 1][2]
        if prev.lower().rstrip(".") in PERSON_TITLES and c.adjacent(i) \
                and ((prev[:1].isupper() and _can_be_a_name(key)) or not in_lexicon(key, c.lexicon)):
            c.decided[key] = (c.form_of(key, w), "title")


def _can_be_a_name(key: str) -> bool:
    """A noun's base form in WordNet and no adverb: "trump", not "said", "says", "today"."""
    classes = word_classes()
    return key in classes["noun"] and key not in classes["adv"]


def unknown(c: Casing) -> None:
    """The word is name-like and used like a name: never after a/an, mostly without a determiner,
    and not seen in both singular and plural. An English word misspelled ("inconsistancies",
    "embezzlling"; ``misspelled``) is no name either, unless it stands beside a capitalised word:
    there it may be a word of a foreign name ("Gendarmerie nationale", "Beiselia mexicana")."""
    beside_name: set[str] | None = None  # read only for a name-like word: most documents have none
    for key in c.lower_count:
        if key in c.decided or key in c.after_article or len(key) < 4:
            continue
        if max(c.after_determiner[key], c.after_number[key]) * 2 >= c.lower_count[key] or _has_number_pair(key, c.lower_count):
            continue  # "the smartphone", "smartphones", "410 million reais": a common noun the lexicon lacks
        if not name_like(key, c.lexicon) or kind_noun(c, key):  # "European planemaker Airbus"
            continue
        if beside_name is None:
            beside_name = {w.lower() for i, (_s, _e, w) in enumerate(c.words) if _is_lower(w) and _beside_name(c, i)}
            hyphened = syllables_after_hyphen(c.text, c.words)
        if (key in beside_name or not misspelled(key, c.lexicon)) and hyphened[key] != c.lower_count[key]:  # "Jae-yong"
            c.decided[key] = (c.form_of(key, key), "unknown")


def _beside_name(c: Casing, i: int) -> bool:
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


# --- span passes: write changes, each over or under what the earlier ones wrote ------------------

def code(c: Casing) -> None:
    """``the us government``: a short code right after "the" (overrides)."""
    for i, (s, e, w) in enumerate(c.words):
        if w in CODES_AFTER_THE and i and c.words[i - 1][2].lower() == "the" and c.adjacent(i):
            c.changes[s] = Recase(s, e, CODES_AFTER_THE[w], "code")


def country(c: Casing) -> None:
    """Lower-case country names: ``united states`` (under ``code``)."""
    for s, e, form in country_spans(c.text, c.words):
        c.changes.setdefault(s, Recase(s, e, form, "country"))


def decided(c: Casing) -> None:
    """Every lower-case occurrence of a decided word, in the form of the same length (overrides)."""
    for s, e, w in c.words:
        key = w.lower()
        if _is_lower(w) and key in c.decided:
            form, reason = c.decided[key]
            if len(form) == len(w) and form != w:
                c.changes[s] = Recase(s, e, form, reason)


def pack(c: Casing) -> None:
    """The lower-case content words inside an alias-pack phrase (only where nothing was written)."""
    for ps, pe in c.pack_spans:
        for s, e, w in c.words:
            if s >= ps and e <= pe and _is_lower(w) and w not in STOP_WORDS and s not in c.changes:
                c.changes[s] = Recase(s, e, w.capitalize(), "pack")


def suffix(c: Casing) -> None:
    """An organisation word right after a name (``suhuijin international``, ``Huawei
    technologies``), not after a demonym (``chinese technology``); only where nothing was
    written. After a known word the writer capitalised ("Cambridge analytics and ..."), only
    where the organisation word ends the phrase: a noun or a name after it says the writer's
    lower case stands ("the New York Times technology columnist", "the Florida group The Royal
    Guardsmen", "a South Korea international footballer")."""
    words = c.words
    for i in range(1, len(words)):
        s, e, w = words[i]
        if w not in ORG_SUFFIXES or not _is_lower(w) or s in c.changes:
            continue  # the cheap tests first: the ones below read the words around each word
        prev = words[i - 1][2]
        nxt = words[i + 1][2] if i + 1 < len(words) and c.adjacent(i + 1) else ""
        modifies = nxt.isalpha() and (nxt[:1].isupper() or nxt.lower() not in STOP_WORDS)
        prev_named = words[i - 1][0] in c.changes or (c.capitalised(i - 1) and (
            name_like(prev, c.lexicon) or (not modifies and not prev.lower().endswith(DEMONYM_ENDINGS))))
        if prev_named and c.adjacent(i):
            c.changes[s] = Recase(s, e, w.capitalize(), "suffix")


def institution(c: Casing) -> None:
    """An institution head after a name (``US department``) and, after a capitalised head, the
    content words of its of/on/for complement (``Department of defense``); under all else."""
    words = c.words
    for i, (s, e, w) in enumerate(words):
        if w.lower() not in INSTITUTION_HEADS:
            continue
        if _is_lower(w) and i and (c.capitalised(i - 1) or words[i - 1][0] in c.changes) \
                and c.adjacent(i) and not words[i - 1][2].lower().endswith(DEMONYM_ENDINGS):
            c.changes.setdefault(s, Recase(s, e, w.capitalize(), "institution"))  # "US department"
        if not (c.capitalised(i) or s in c.changes):
            continue
        j = i + 1
        while j < len(words) and words[j][2].lower() in CONNECTORS:
            k = j + 1
            took = False
            while k < len(words) and k <= j + 3 and _is_lower(words[k][2]) \
                    and words[k][2] not in STOP_WORDS and not words[k][2].endswith(("ly", "ing", "ed")) \
                    and c.adjacent(k):
                ks = words[k][0]
                c.changes.setdefault(ks, Recase(ks, words[k][1], words[k][2].capitalize(), "institution"))
                took = True
                k += 1
            if not took:
                break
            j = k


def law(c: Casing) -> None:
    """``the children's online privacy protection act``: two or more content words between "the"
    and a law head (under all else)."""
    words = c.words
    for i, (s, e, w) in enumerate(words):
        if w not in LAW_HEADS:
            continue
        k = i - 1
        while k >= 0 and _is_lower(words[k][2]) and words[k][2] not in STOP_WORDS \
                and _adjacent_loose(c.text, words[k][1], words[k + 1][0]):
            k -= 1
        content = [x for x in words[k + 1:i] if len(x[2]) > 1]
        if len(content) >= 2 and k >= 0 and words[k][2].lower() == "the":
            for s2, e2, w2 in words[k + 1:i + 1]:
                if len(w2) > 1:
                    c.changes.setdefault(s2, Recase(s2, e2, w2.capitalize(), "law"))


#: Last words of a body's name written in capitals ("THE WORLD FOOD PROGRAMME", "THE UNITED
#: NATIONS", "THE INTERNATIONAL COMMITTEE OF THE RED CROSS"): ``shouted_body``.
BODY_HEADS = ORG_SUFFIXES | INSTITUTION_HEADS | frozenset(
    "programme program nations organisation organization fund union cross crescent".split())


def shouted_body(c: Casing) -> None:
    """In a line written in capitals, "the" (or the line's start), one to three content words and
    a body's last word (``BODY_HEADS``), and after an institution's head its "of [the]"
    complement: the words of a body's name ("THE WORLD FOOD PROGRAMME" -> "World Food
    Programme"). A line in capitals holds no evidence of case, and every word of such a name
    is an English word, which no other pass recases (under all else)."""
    words, classes = c.words, word_classes()

    def content(k: int) -> bool:  # a noun, an adjective or no English word: not "warned", "quickly"
        w = words[k][2]
        return words[k][0] in c.shouted and _is_lower(w) and w not in STOP_WORDS and len(w) > 1 \
            and (w in classes["noun"] or w in classes["adj"] or not in_lexicon(w, c.lexicon))

    for i, (s, e, w) in enumerate(words):
        if s not in c.shouted or w not in BODY_HEADS:
            continue
        j = i
        while j > 0 and i - j < 3 and content(j - 1) and c.adjacent(j):
            j -= 1
        opens = j == 0 or words[j - 1][2] == "the" or _sentence_initial(c.text, words[j][0])
        if j == i or not opens:
            continue
        k = i + 1  # "committee of the red cross": the head's complement
        if w in INSTITUTION_HEADS and k < len(words) and words[k][2] == "of" and c.adjacent(k):
            k += 1 + (k + 1 < len(words) and words[k + 1][2] == "the" and c.adjacent(k + 1))
            end = k
            while end < len(words) and end - k < 3 and content(end) and c.adjacent(end):
                end += 1
        else:
            end = k = i + 1
        for s2, e2, w2 in words[j:i + 1] + words[k:end]:
            c.changes.setdefault(s2, Recase(s2, e2, w2.capitalize(), "shouted_body"))


def shouted_names(c: Casing) -> None:
    """In a line written in capitals, the words the rest of the document writes capitalised only at
    a sentence's start (``kg.shouting.started_elsewhere``), the words the gazetteers know as names: ``GERMAN``,
    ``MARCH``, ``LOS ANGELES`` (``kg.shouting.gazetteer_names``), and the whole of a name that
    opens a lead before its parenthesis when a word of it was recased: ``ROSS PATTERSON ALGER
    (`` (``kg.shouting.lead_name``), and a place's head after a recased word: ``ALBANY COUNTY``
    (``kg.shouting.name_heads``; under all else)."""
    if c.shouted:
        for s, e, form in started_elsewhere(c.text, c.words, c.shouted, set(c.changes), c.lower_count, c.any_forms):
            c.changes.setdefault(s, Recase(s, e, form, "shouted_names"))
        for s, e, form in gazetteer_names(c.text, c.words, c.shouted, c.lexicon):
            c.changes.setdefault(s, Recase(s, e, form, "shouted_names"))
        for s, e, form in lead_name(c.text, c.words, c.shouted, set(c.changes)):
            c.changes.setdefault(s, Recase(s, e, form, "shouted_names"))
        for s, e, form in name_heads(c.text, c.words, c.shouted, set(c.changes)):
            c.changes.setdefault(s, Recase(s, e, form, "shouted_names"))


def capitals(c: Casing) -> None:
    """``Donald TRUMP``, ``ZHANG Yiming``: a surname in capitals in title case (``kg.capital_names``).
    A line in capitals was lowered before the passes, so its words are not read here."""
    for s, e, form in capital_names(c.text, c.lexicon, c.words):
        c.changes.setdefault(s, Recase(s, e, form, "capitals"))


#: The passes in the order they run (the order of the module docstring).
PASSES: tuple[Callable[[Casing], None], ...] = (
    seen, title, unknown, code, country, decided, pack, suffix, institution, law, shouted_body, shouted_names,
    capitals,
)


def truecase(
    text: str,
    pack_spans: Iterable[tuple[int, int]] = (),
    lexicon: frozenset[str] | None = None,
) -> tuple[str, list[Recase]]:
    """Return ``text`` with names recased (same length) and the list of changes.

    >>> out, changes = truecase("President trump met tiktok. Users of TikTok said no.")
    >>> out
    'President Trump met TikTok. Users of TikTok said no.'
    >>> sorted({c.reason for c in changes})
    ['seen', 'title']
    """
    lexicon = english_lexicon() if lexicon is None else lexicon
    lowered_text, lowered = lower_shouting(text, lexicon)  # "UN CHIEF GUTERRES CONDEMNS …" (``kg.shouting``)
    casing = Casing(lowered_text, lexicon, list(pack_spans), shouted=frozenset(s for s, _, _ in lowered))
    for run in PASSES:
        run(casing)
    if lowered:
        cased, _ = casing.result()
        for s, e, form in sentence_starts(cased, lowered):
            if not any(rc.start <= s < rc.end for rc in casing.changes.values()):
                casing.changes[s] = Recase(s, e, form, "shouting")
        return _unshouted(casing, text, lowered)
    return casing.result()


def _unshouted(casing: Casing, original: str, lowered: list[Word]) -> tuple[str, list[Recase]]:
    """The result of a text with shouting lines: their lowered words stay lowered in the text,
    and a change is listed only where a pass recased a name and the form differs from the
    document's own letters (a lowered word written back in capitals is no recasing, and a
    sentence's first capital is no evidence of a name)."""
    text, changes = casing.result()
    return text, [rc for rc in changes if original[rc.start:rc.end] != rc.form and rc.reason != "shouting"]


def _has_number_pair(key: str, counts: Counter[str]) -> bool:
    """Both "smartphone" and "smartphones" occur: names are rarely pluralised."""
    return (key + "s") in counts or (key.endswith("s") and key[:-1] in counts)


def _adjacent_loose(text: str, prev_end: int, start: int) -> bool:
    """Adjacent, or joined by a possessive ("children's online")."""
    gap = text[prev_end:start]
    return _adjacent(text, prev_end, start) or gap in ("'", "’", "' ", "’ ")


def _adjacent(text: str, prev_end: int, start: int) -> bool:
    gap = text[prev_end:start]
    return gap.isspace() and "\n" not in gap and len(gap) <= 2
