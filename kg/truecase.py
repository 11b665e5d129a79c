"""Restore the case of names that machine translation or lower-case text lost.

spaCy's NER leans on capitalisation, so ``tiktok`` and ``trump`` go unseen. Before parsing, each
lower-case word is recased from evidence in the same document (one sense per discourse), never
changing the text's length so every character offset stays valid:

* ``seen``: the word appears capitalised or CamelCased mid-sentence elsewhere (``TikTok``);
* ``title``: it follows a personal title (``President trump``);
* ``unknown``: it is not an English word (the model's own WordNet lemma index), is used like a
  name (never after ``a``/``an``), and is not a stop word (``wechat``, ``quora``);
* ``pack``: it is part of an alias-pack phrase;
* ``suffix``/``institution``: organisation words following a recased name (``suhuijin
  international``) and the content words of ``Department of defense``-style names.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterable

from spacy.lang.en.stop_words import STOP_WORDS

from kg.lexicon.countries import CODES_AFTER_THE, country_phrase_starts, country_phrases
from kg.lexicon.english import english_lexicon, in_lexicon, lexicon_from, name_like
from kg.lexicon.names import recase_form
from kg.lexicon.words import (
    CONNECTORS, DEMONYM_ENDINGS, DETERMINERS, INSTITUTION_HEADS, LAW_HEADS, ORG_SUFFIXES, PERSON_TITLES,
    WORD_RE,
)
from kg.model import Recase

# ``kg.truecase.lexicon_from``/``in_lexicon`` are imported by callers outside the lexicon's owners.
__all__ = ["Recase", "english_lexicon", "in_lexicon", "lexicon_from", "name_like", "truecase"]

SENTENCE_END_RE = re.compile(r"(?:[.!?]['\"”’)]*\s+|\n\s*|^\s*|[\"“‘(:;]\s*)$")


def _sentence_initial(text: str, start: int) -> bool:
    return bool(SENTENCE_END_RE.search(text[max(0, start - 6):start]))


def _is_lower(word: str) -> bool:
    return word.islower()


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
    words = [(m.start(), m.end(), m.group(0)) for m in WORD_RE.finditer(text)]
    cased_forms: dict[str, Counter[str]] = defaultdict(Counter)
    any_forms: dict[str, Counter[str]] = defaultdict(Counter)  # for display, sentence starts too
    lower_count: Counter[str] = Counter()
    after_article: set[str] = set()
    after_determiner: Counter[str] = Counter()
    for i, (s, _e, w) in enumerate(words):
        key = w.lower()
        if not _is_lower(w):
            any_forms[key][w] += 1
        if _is_lower(w):
            lower_count[key] += 1
            prev = words[i - 1][2].lower() if i else ""
            if prev in ("a", "an") and not _sentence_initial(text, s):
                after_article.add(key)
            if prev in DETERMINERS:
                after_determiner[key] += 1
        elif not _sentence_initial(text, s) and not w.isupper():
            cased_forms[key][w] += 1
        elif w.isupper() and len(w) > 1 and not _sentence_initial(text, s):
            cased_forms[key][w] += 1

    def best_form(key: str, word: str) -> str:
        return recase_form(any_forms.get(key), word)

    decided: dict[str, tuple[str, str]] = {}  # key -> (form, reason)
    for key, forms in cased_forms.items():
        if key in STOP_WORDS or len(key) < 3 or key not in lower_count:
            continue
        form = best_form(key, key)
        camel = any(c.isupper() for c in form[1:]) and not form.isupper()
        if form.isupper() and in_lexicon(key, lexicon):
            continue  # "US" does not make every "us" a name
        if not in_lexicon(key, lexicon) or camel or sum(forms.values()) >= lower_count[key]:
            decided[key] = (form, "seen")
    for i, (s, _e, w) in enumerate(words):
        key = w.lower()
        if not _is_lower(w) or key in decided:
            continue
        if not i or key in STOP_WORDS or len(key) < 3 or key in PERSON_TITLES:
            continue
        title = words[i - 1][2]
        if title.lower().rstrip(".") in PERSON_TITLES and _adjacent(text, words[i - 1][1], s) \
                and (title[:1].isupper() or not in_lexicon(key, lexicon)):
            decided[key] = (best_form(key, w), "title")
    for key in lower_count:
        if key in decided or key in after_article or len(key) < 4:
            continue
        if after_determiner[key] * 2 >= lower_count[key] or _has_number_pair(key, lower_count):
            continue  # "the smartphone", "smartphones": a common noun the lexicon lacks
        if name_like(key, lexicon):
            decided[key] = (best_form(key, key), "unknown")

    changes: dict[int, Recase] = {}
    for i, (s, e, w) in enumerate(words):
        if w in CODES_AFTER_THE and i and words[i - 1][2].lower() == "the" \
                and _adjacent(text, words[i - 1][1], s):
            changes[s] = Recase(s, e, CODES_AFTER_THE[w], "code")
    for s, e, rc_form in _country_spans(text, words):
        changes.setdefault(s, Recase(s, e, rc_form, "country"))
    for s, e, w in words:
        key = w.lower()
        if _is_lower(w) and key in decided:
            form, reason = decided[key]
            if len(form) == len(w) and form != w:
                changes[s] = Recase(s, e, form, reason)
    pack_spans = list(pack_spans)
    for ps, pe in pack_spans:
        for s, e, w in words:
            if s >= ps and e <= pe and _is_lower(w) and w not in STOP_WORDS and s not in changes:
                changes[s] = Recase(s, e, w.capitalize(), "pack")

    # organisation suffixes and institution complements continue a name
    def capitalised(i: int) -> bool:
        s, _e, w = words[i]
        return s in changes or (w[:1].isupper() and not _sentence_initial(text, s))

    for i in range(1, len(words)):
        s, e, w = words[i]
        prev = words[i - 1][2]
        prev_named = words[i - 1][0] in changes or (capitalised(i - 1) and (
            name_like(prev, lexicon) or not prev.lower().endswith(DEMONYM_ENDINGS)))
        if _is_lower(w) and w in ORG_SUFFIXES and s not in changes and prev_named \
                and _adjacent(text, words[i - 1][1], s):
            changes[s] = Recase(s, e, w.capitalize(), "suffix")
    for i, (s, e, w) in enumerate(words):
        if w.lower() not in INSTITUTION_HEADS:
            continue
        if _is_lower(w) and i and (capitalised(i - 1) or words[i - 1][0] in changes) \
                and _adjacent(text, words[i - 1][1], s) \
                and not words[i - 1][2].lower().endswith(DEMONYM_ENDINGS):
            changes.setdefault(s, Recase(s, e, w.capitalize(), "institution"))  # "US department"
        if not (capitalised(i) or s in changes):
            continue
        j = i + 1
        while j < len(words) and words[j][2].lower() in CONNECTORS:
            k = j + 1
            took = False
            while k < len(words) and k <= j + 3 and _is_lower(words[k][2]) \
                    and words[k][2] not in STOP_WORDS and not words[k][2].endswith(("ly", "ing", "ed")) \
                    and _adjacent(text, words[k - 1][1], words[k][0]):
                ks = words[k][0]
                changes.setdefault(ks, Recase(ks, words[k][1], words[k][2].capitalize(), "institution"))
                took = True
                k += 1
            if not took:
                break
            j = k
    # laws: "the children's online privacy protection act" (two or more content words before "act")
    for i, (s, e, w) in enumerate(words):
        if w not in LAW_HEADS:
            continue
        k = i - 1
        while k >= 0 and _is_lower(words[k][2]) and words[k][2] not in STOP_WORDS \
                and _adjacent_loose(text, words[k][1], words[k + 1][0]):
            k -= 1
        content = [x for x in words[k + 1:i] if len(x[2]) > 1]
        if len(content) >= 2 and k >= 0 and words[k][2].lower() == "the":
            for s2, e2, w2 in words[k + 1:i + 1]:
                if len(w2) > 1:
                    changes.setdefault(s2, Recase(s2, e2, w2.capitalize(), "law"))
    out = list(text)
    for rc in changes.values():
        out[rc.start:rc.end] = rc.form
    return "".join(out), sorted(changes.values(), key=lambda r: r.start)


def _country_spans(text: str, words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
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
            if key in names and all(_is_lower(w) for _s, _e, w in chunk):
                proper = WORD_RE.findall(names[key])
                out += [(s, e, p) for (s, e, _w), p in zip(chunk, proper) if len(p) == e - s]
                i += n
                break
        else:
            i += 1
    return out


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
