"""Lines written all in capitals: wire headlines ("UN CHIEF GUTERRES CONDEMNS ATTACK ON AID
CONVOY IN SUDAN") and whole documents in capitals. Capitals there say nothing about names, and
spaCy reads every word of such a line as a proper noun ("GUTERRES CONDEMNS ATTACK" one name,
"RESPONSIBILITY" an organisation). Truecasing (``kg.truecase``) reads such a line in lower case,
so that its passes recase the names from the document's own evidence ("Guterres" in the body, a
country, a word that is no English word), and the line's sentences start with a capital.

A line shouts when it has at least ``MIN_WORDS`` words of two letters or more, all in capitals,
one of them at least four letters long. So do the sentences that open a line in capitals when the
line goes on in ordinary case: a headline run into its story ("SEVEN KILLED IN KABUL BLAST.
Seven people were killed ..."), a translated lead in capitals. Inside such words a word stays in
capitals when the document writes it so outside the shouting lines ("WFP" in the body), or when
it is an acronym: two letters and no function word ("UN", not "ON"), or at most
``ACRONYM_LETTERS`` and no English word ("WFP"). The text keeps its length: only the case of
letters changes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from spacy.lang.en.stop_words import STOP_WORDS

from kg.lexicon.continents import continents
from kg.lexicon.countries import big_city_names, city_names, demonyms, province_countries
from kg.lexicon.languages import language_names
from kg.lexicon.english import in_lexicon, word_classes
from kg.lexicon.frequency import common_word
from kg.lexicon.names import recase_form
from kg.lexicon.words import JOINING_PARTICLES, MONTHS_DAYS, NAME_PARTICLES

#: Fewest words of two letters or more on a line before its capitals count as shouting.
MIN_WORDS = 3
#: Longest word kept in capitals as an acronym when it is no English word ("CINDY" is lowered
#: and recased as a name: "Cindy").
ACRONYM_LETTERS = 4
_WORD = re.compile(r"[^\W\d_]+")
_LINE = re.compile(r"[^\n]+")

Word = tuple[int, int, str]


def shouting_words(text: str) -> list[Word]:
    """The words (start, end, text) of the lines of ``text`` written all in capitals."""
    out: list[Word] = []
    for line in _LINE.finditer(text):
        words = _capitals_line(line.group(0), line.start())
        if words is None:
            continue
        long = [w for w in words if len(w[2]) >= 2]
        if len(long) >= MIN_WORDS and any(len(w[2]) >= 4 for w in long):
            out.extend(words)
    return out


def _capitals_line(line: str, start: int) -> list[Word] | None:
    """The words of ``line`` (at ``start``) if every word of two letters or more is in capitals,
    else those of the sentences in capitals that open it (``_capitals_lead``), read only up to
    the first word that is not (most lines fail at their first word)."""
    words: list[Word] = []
    for m in _WORD.finditer(line):
        w = m.group(0)
        if len(w) >= 2 and not w.isupper():
            return _capitals_lead(line, start, words, m.start())
        words.append((start + m.start(), start + m.end(), w))
    return words


#: A sentence's end between two words: ". ", "! ", "?” " (a colon or a dash opens a dateline or a lead).
_SENTENCE_END = re.compile(r"[.!?][\"'”’)»]*\s")


def _capitals_lead(line: str, start: int, words: list[Word], stop: int) -> list[Word] | None:
    """The words of the sentences in capitals that open ``line`` before ``stop`` (the first word in
    ordinary case), or None: "KABUL BLAST KILLS SEVEN. Seven people ..." gives its first four
    words; "NSW Premier Bob Carr" and "The UN" give none (no sentence ends in capitals)."""
    for k in range(len(words), 0, -1):
        after = words[k][0] - start if k < len(words) else stop
        if len(words[k - 1][2]) >= 2 and _SENTENCE_END.search(line, words[k - 1][1] - start, after):
            return words[:k]  # not after an initial: "NEW YORK (AP) U.S. officials said"
    return None


def lower_shouting(text: str, lexicon: frozenset[str]) -> tuple[str, list[Word]]:
    """``text`` with its shouting lines in lower case (acronyms kept), and the words lowered."""
    shouted = shouting_words(text)
    if not shouted:
        return text, []
    inside = {s for s, _, _ in shouted}
    upper_elsewhere = {m.group(0) for m in _WORD.finditer(text) if m.start() not in inside and m.group(0).isupper()
                       and len(m.group(0)) >= 2}
    out = list(text)
    lowered = []
    for s, e, w in shouted:
        if w in upper_elsewhere or _acronym(w, lexicon):
            continue
        out[s:e] = w.lower()
        lowered.append((s, e, w))
    return "".join(out), lowered


def _acronym(word: str, lexicon: frozenset[str]) -> bool:
    """A word of two letters that is no function word nor a name's particle ("UN", "EU"; not "ON",
    "US": "us" is one, nor "DI"), or a short one that is no English word ("WFP", "IAEA"; not "AID")."""
    low = word.lower()
    if low in JOINING_PARTICLES:
        return False  # "MOLA DI BARI", "LOS ANGELES": a word of a name in another language
    if len(word) == 2:
        return low not in STOP_WORDS
    return len(word) <= ACRONYM_LETTERS and not in_lexicon(low, lexicon)


def sentence_starts(text: str, lowered: list[Word]) -> list[Word]:
    """The lowered words that start a sentence (a line's first word, or after . ! ?), with the
    form they take there (first letter capitalised)."""
    out = []
    for s, e, _w in lowered:
        before = text[:s].rstrip(" \t\"'“‘(«")
        if not before or before.endswith(("\n", ".", "!", "?", ":")):
            form = text[s:e]
            if form.islower():
                out.append((s, e, form[:1].upper() + form[1:]))
    return out


# --- names a line in capitals hides, read from gazetteers -------------------------------------
# A lowered line holds no evidence of case, and a name written only there (the lead of an article
# in capitals: "WILFRIED SCHNEIDER (BORN 13 MARCH 1963 IN MEDIAŞ, TRANSYLVANIA) IS A GERMAN
# SKELETON RACER") is recased only from the document's other lines (``kg.truecase``: ``seen``)
# or when it is no English word (``unknown``). Words the gazetteers know are names wherever
# they stand (a people's adjective, a language, a month, a province or a city), and so are the
# words around them that make a longer name (``lead_name``, ``name_heads``).

#: Longest place name, in words, looked up in the gazetteers ("rio de janeiro", "new south wales").
PLACE_WORDS = 4


def gazetteer_names(text: str, words: list[Word], shouted: frozenset[int], lexicon: frozenset[str]) -> list[Word]:
    """The lowered words (``shouted``: their starts) that are names by the gazetteers, in title
    case: demonyms, languages and continents ("german", "english", "europe"), months and days
    ("march"; "may" only beside a number), and the longest place name starting at a word ("los angeles", "maryland",
    ``_place_length``). The word stays lowered when the text has it in lower case already."""
    peoples, languages = demonyms(), language_names()
    parts = {name for names in continents().values() for name in names}
    out: list[Word] = []
    i = 0
    while i < len(words):
        s, e, w = words[i]
        if s not in shouted or not w.islower():
            i += 1
            continue
        n = _place_length(text, words, i, shouted, lexicon)
        if n:
            out.extend((ws, we, ww.capitalize()) for k, (ws, we, ww) in enumerate(words[i:i + n])
                       if not k or (ww not in STOP_WORDS and ww not in JOINING_PARTICLES))  # "Mola di Bari"
            i += n
            continue
        if w in peoples or w in languages or w in parts \
                or (w in MONTHS_DAYS and (w != "may" or _beside_number(text, s, e))):
            out.append((s, e, w.capitalize()))
        i += 1
    return out


def _place_length(text: str, words: list[Word], i: int, shouted: frozenset[int], lexicon: frozenset[str]) -> int:
    """How many words from word ``i`` make the longest place name of the gazetteers (a city of
    15,000 people or more, a country's province, a US state), 0 if none.

    Of two words or more, the whole phrase is the name ("los angeles", "new york"), its first
    word no function word, and a city's name holds a word that is no English word (cities' other
    names include "the river" and "new bridge"). One word is of four letters or more ("van" is a
    city), no verb, adjective or adverb ("reading", "nice", "mobile"), and a small city's name is
    no everyday word ("bath", "rugby"; a province's or a big city's may be one: "texas", "boston")."""
    cities, provinces = city_names(), province_countries()
    last = i
    while last + 1 < len(words) and last + 1 - i < PLACE_WORDS and words[last + 1][0] in shouted \
            and text[words[last][1]:words[last + 1][0]] in (" ", "-"):
        last += 1
    if words[i][2] in STOP_WORDS:
        return 0  # "the river" is some city's alternate name
    for j in range(last, i, -1):
        phrase = " ".join(w for _s, _e, w in words[i:j + 1])
        if words[j][2] not in STOP_WORDS and (phrase in provinces or phrase in cities and not all(
                in_lexicon(w, lexicon) for _s, _e, w in words[i:j + 1])):
            return j + 1 - i
    w = words[i][2]
    if len(w) < 4 or not (w in cities or w in provinces):
        return 0
    classes = word_classes()
    if any(w in classes[k] for k in ("verb", "adj", "adv")):
        return 0
    return 1 if w in provinces or w in big_city_names() or not common_word(w) else 0


def _beside_number(text: str, start: int, end: int) -> bool:
    """A number right before or after the word ("13 may", "may 13")."""
    return bool(re.search(r"\d\W?\s?$", text[max(0, start - 4):start]) or re.match(r"\s?\d", text[end:end + 2]))


#: Most words of a name that opens a lead in capitals before its parenthesis (``lead_name``).
LEAD_WORDS = 6
_LEAD_GAP = re.compile(r"[ \-\"'“”]{1,3}")


def lead_name(text: str, words: list[Word], shouted: frozenset[int], recased: set[int]) -> list[Word]:
    """The words of a name that opens a sentence in capitals and is followed by a parenthesis, in
    title case, when a word of it was recased from the document's evidence (``recased``: starts):
    "ROSS PATTERSON ALGER (AUGUST 20, 1920 ..." read "ross patterson Alger" (Alger named in the
    body) is "Ross Patterson Alger". An encyclopedia's lead names its subject so, and every word
    of a name before its dates or its acronym is part of it; "the" may open it, name particles
    join it ("von der"), and nothing else but spaces, hyphens and quotes may stand between."""
    out: list[Word] = []
    for i, (s, _e, w) in enumerate(words):
        if s not in shouted or not _opens_sentence(text, s):
            continue
        j = i + (w == "the")
        k = j
        while k < len(words) and k - j < LEAD_WORDS and words[k][0] in shouted and (
                words[k][2] not in STOP_WORDS or words[k][2] in NAME_PARTICLES) \
                and (k == j or _LEAD_GAP.fullmatch(text[words[k - 1][1]:words[k][0]])):
            k += 1
        run = words[j:k]
        if len(run) < 2 or not text[run[-1][1]:run[-1][1] + 2].lstrip().startswith("(") \
                or not any(ws in recased for ws, _we, _w in run):
            continue
        out.extend((ws, we, ww[:1].upper() + ww[1:]) for ws, we, ww in run
                   if ws not in recased and ww not in NAME_PARTICLES and ww.islower())
    return out


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘(«")
    return not before or before.endswith(("\n", ".", "!", "?"))


#: Last words of a place's name after its proper part ("ALBANY COUNTY", "SCIOTO RIVER", "ADRIATIC
#: SEA"): ``name_heads``.
PLACE_HEADS = frozenset("""county district region province river sea lake gulf bay island islands
    mountains valley dam canal strait peninsula voivodeship oblast prefecture municipality""".split())
#: Directions that make a place a part of another ("SOUTHERN ITALY"); not "new", "old": "the new
#: Paris office" is no place.
PLACE_DIRECTIONS = frozenset("north south east west northern southern eastern western".split())


def name_heads(text: str, words: list[Word], shouted: frozenset[int], recased: set[int]) -> list[Word]:
    """A place's head word (``PLACE_HEADS``) right after a recased word of a line in capitals, in
    title case: "Albany county" -> "Albany County", "Karviná district" -> "Karviná District"; and
    a direction (``PLACE_DIRECTIONS``) right before a recased place ("southern Italy"). Not
    after a people's adjective ("a German river")."""
    out: list[Word] = []
    for i in range(1, len(words)):
        s, e, w = words[i]
        if s not in shouted or not w.islower() or text[words[i - 1][1]:s] != " ":
            continue
        ps, pe, pw = words[i - 1]
        if w in PLACE_HEADS and ps in recased and pw.lower() not in demonyms():
            out.append((s, e, w.capitalize()))
        elif s in recased and pw in PLACE_DIRECTIONS and ps in shouted:
            out.append((ps, pe, pw.capitalize()))
    return out


def started_elsewhere(text: str, words: list[Word], shouted: frozenset[int], recased: set[int],
                      lower_count: Mapping[str, int], forms: Mapping[str, Counter[str]]) -> list[Word]:
    """The lowered words of a line in capitals that the rest of the document writes capitalised,
    if only at a sentence's start, and never in lower case ("CATHY FREEMAN WILL RETURN ..." and
    "Freeman will race ..."): a name, when it stands beside a word recased already (``recased``:
    starts; "Cathy"), or when it is no everyday word and no plural, written so twice or more
    ("Farina says ... Farina said"). Truecasing's ``seen`` reads only capitals away from a
    sentence's start, where a capital says nothing; for a line in capitals it is the evidence
    left. ``lower_count``: each word's lower-case occurrences, the lowered ones included;
    ``forms``: each word's other forms in the text."""
    lowered = Counter(w for s, _e, w in words if s in shouted)
    out: list[Word] = []
    for i, (s, e, w) in enumerate(words):
        if s not in shouted or s in recased or not w.islower() or w in STOP_WORDS or len(w) < 3 \
                or lower_count.get(w, 0) > lowered[w] or not forms.get(w):
            continue
        form = recase_form(forms[w], w)
        if form.isupper() or len(form) != len(w) or form == w:
            continue
        beside = any(0 <= j < len(words) and words[j][0] in recased
                     and text[min(words[i][1], words[j][1]):max(s, words[j][0])] == " " for j in (i - 1, i + 1))
        if beside or (sum(forms[w].values()) >= 2 and not common_word(w) and not w.endswith("s")):
            out.append((s, e, form))
    return out
