"""Names built of two coordinated words: "the Delaware and Hudson Railroad", "the Fish and Wildlife
Service", "the French and Indian War", "the Columbus Zoo and Aquarium".

NER (or the runs of proper nouns) reads such a name as two: "Delaware" and "Hudson Railroad",
"French" and "Indian War"; the first then stands as a node of its own (a real place, a people)
and the second is a fragment. The parse says they are one name when the first part modifies the
head of the second (``kg.joined_names.one_name``), and the name ends in a capitalised common noun saying
what it is ("Railroad", "Service", "War"). Two names stay two: "Microsoft and Apple Computer"
(the heads are coordinated), "Facebook and Tencent Holdings" (a company's designator ends it:
the parse often hangs the first company on it). An acronym in brackets after the second part
that spells both parts with the "and" says they are one ("the Australian Competition and
Consumer Commission (ACCC)", where NER stops at "and").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.lexicon.big_cities import big_city_countries
from kg.lexicon.countries import city_names, country_named, demonyms, uncommon_city
from kg.lexicon.english import in_lexicon
from kg.lexicon.names import ACRONYM_AFTER, spells
from kg.lexicon.words import CORPORATE_DESIGNATORS, INSTITUTION_HEADS, LEGAL_FORMS, PORTFOLIO_WORDS
from kg.model import Mention
from kg.joined_names import shared_fields
from kg.spans import is_office

if TYPE_CHECKING:
    from kg.entities import _Found

#: What may stand between the two parts.
_JOINERS = frozenset({" and ", " & "})
#: A hyphen between two names, as written or as DocRED's tokenisation spaced it.
_HYPHENS = frozenset({"-", " - "})
#: A hyphen or a dash between two names ("the Cambodia–Vietnam Friendship Monument").
_DASHES = _HYPHENS | frozenset({"–", " – ", "—", " — "})


def join_coordinated(found: _Found) -> None:
    """Adjacent mentions "A and B" of one sentence that the parse reads as one name, and two names
    joined by a hyphen, become one mention (``_joined_type``). Pack mentions stay as they are."""
    doc = found.doc
    mentions = sorted(found.mentions, key=lambda m: m.start)
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and (_one_name(found, prev, m) or _hyphenated(found, prev, m)
                                 or _shared_field(found, prev, m) or _dashed_name(found, prev, m)
                                 or _spelled_whole(found, prev, m) or _listed_portfolios(found, prev, m)):
            left, right = doc.char_span(prev.start, prev.end), doc.char_span(m.start, m.end)
            assert left is not None and right is not None  # spans of mentions
            for i in range(left.end, right.start):
                found.taken[i] = True
            form = None if prev.form is None and m.form is None else \
                (prev.form or prev.text) + found.original[prev.end:m.start] + (m.form or m.text)
            hyphen = found.original[prev.end:m.start] in _HYPHENS
            out[-1] = Mention(doc=m.doc, start=prev.start, end=m.end, text=found.original[prev.start:m.end],
                              type=_joined_type(prev, m, len(left) > len(right), hyphen), sent_start=m.sent_start,
                              sent_end=m.sent_end, origin=m.origin, form=form)
            continue
        if prev is not None and _lone_direction(found, prev, m):
            out[-1] = m  # "Central and Southeastern Europe": "Central" alone names nothing
            continue
        out.append(m)
    found.mentions = _spelled_lists(found, out)


#: What may stand between the names of a list an acronym spells whole.
_LIST_JOINERS = _JOINERS | frozenset({", ", ", and "})


def _spelled_lists(found: _Found, mentions: list[Mention]) -> list[Mention]:
    """"A, B, C and D (ACR)": the acronym after the last spells the whole list and not the last
    alone ("The Construction, Forestry, Mining and Energy Union (CFMEU)": NER made three names of
    it, two fragments among them). The list's names become one mention."""
    out: list[Mention] = []
    text = found.original
    for m in mentions:
        match = ACRONYM_AFTER.match(text, m.end)
        k = len(out)
        if match is not None and m.origin != "pack" and not spells(match.group(1), m.form or m.text):
            while k > 0 and len(out) - k < 4 and _listed_before(text, out[k - 1], out[k] if k < len(out) else m):
                k -= 1  # back over the names of the list, at most four
            while k < len(out) and not spells(match.group(1), text[out[k].start:m.end]):
                k += 1  # forward to the first the acronym spells from
        if k < len(out):
            first = out[k]
            out[k:] = [Mention(doc=m.doc, start=first.start, end=m.end, text=found.original[first.start:m.end],
                               type=m.type, sent_start=m.sent_start, sent_end=m.sent_end, origin=m.origin)]
            left, right = found.doc.char_span(first.start, first.end), found.doc.char_span(m.start, m.end)
            for i in range(left.end, right.start) if left is not None and right is not None else ():
                found.taken[i] = True
            continue
        out.append(m)
    return out


def _listed_before(text: str, a: Mention, b: Mention) -> bool:
    """``a`` is the name of the list right before ``b``: one sentence, a comma or "and" between, no
    pack's name and no person's."""
    return a.sent_start == b.sent_start and "pack" not in (a.origin, b.origin) and a.type != "PERSON" \
        and text[a.end:b.start] in _LIST_JOINERS


def _lone_direction(found: _Found, a: Mention, b: Mention) -> bool:
    """``a`` is one word of direction ("North", "Central"), then "and", then a name that opens
    with another ("South Korea", "Southeastern Europe"): the two share the name's head, and the
    first word names nothing alone."""
    if "pack" in (a.origin, b.origin) or a.sent_start != b.sent_start or " " in a.text \
            or found.original[a.end:b.start] not in _JOINERS:
        return False
    first = b.text.split()[0].lower()
    return a.text.lower() in _DIRECTIONS and " " in b.text and first in _DIRECTIONS


def _joined_type(a: Mention, b: Mention, a_longer: bool, hyphen: bool) -> str:
    """The longer part says what the name is; a person's hyphenated name stays a person's
    ("Faure-Favier"); persons joined by "and" are no person ("Lewis and Clark Expedition")."""
    if hyphen and "PERSON" in (a.type, b.type):
        return "PERSON"
    etype = a.type if a_longer else b.type
    return "ORG" if etype == "PERSON" else etype


def _hyphenated(found: _Found, a: Mention, b: Mention) -> bool:
    """Two names joined by a hyphen are one ("Aetolia-Acarnania", "Baden-Württemberg", "Burne-
    Jones"; Wikipedia text tokenised for DocRED spaces it: "Aetolia - Acarnania"), unless either
    is a country, a city of the gazetteer or a people: then the hyphen relates two ("U.S.-Mexico
    border", "Japan-Manchukuo", "Kurdish-Turkish"). An en dash always relates two."""
    if "pack" in (a.origin, b.origin) or a.sent_start != b.sent_start \
            or found.original[a.end:b.start] not in _HYPHENS or "NORP" in (a.type, b.type):
        return False
    return not any(country_named(w) or w.lower() in city_names() or w.lower() in demonyms()
                   for m in (a, b) for w in [m.form or m.text])


def _one_name(found: _Found, a: Mention, b: Mention) -> bool:
    """One word, then "and", then a name whose head the word modifies ("Delaware" -> "Railroad"),
    a singular common noun of no place ("Railroad", "Service", "War"; not "Oceans": "the Atlantic
    and Pacific Oceans" are two); neither part a person's full name ("Neil Young and Bob Dylan")."""
    if "pack" in (a.origin, b.origin) or a.sent_start != b.sent_start \
            or found.original[a.end:b.start] not in _JOINERS:
        return False
    left, right = found.doc.char_span(a.start, a.end), found.doc.char_span(b.start, b.end)
    if left is None or right is None or len(left) != 1 or len(right) < 2:
        return False
    if (b.type == "PERSON" and not _common_head(right[-1], found.lexicon)) or a.type == "NORP" and b.type == "NORP":
        return False
    word, head = left[0], right[-1]
    if word.lower_ in _DIRECTIONS:
        return False  # "North and South Korea", "Eastern and Oriental Orthodoxy": two of a kind
    kind = right[-2] if len(right) >= 3 and head.lower_ in CORPORATE_DESIGNATORS else head  # "Railroad Company"
    return word.dep_ in _MODIFIER and word.head.i == head.i and right.root.i == head.i \
        and _common_head(kind, found.lexicon) and word.lower_ != kind.lower_


def _spelled_whole(found: _Found, a: Mention, b: Mention) -> bool:
    """"A and B (ACR)": the acronym right after B spells the whole of "A and B" and not B alone
    ("Australian Competition" and "Consumer Commission (ACCC)"): one name NER cut at "and".
    Two names stay two when the acronym is B's own ("Tencent and Kuaishou Technology (KT)")."""
    if "pack" in (a.origin, b.origin) or a.sent_start != b.sent_start or "PERSON" in (a.type, b.type) \
            or found.original[a.end:b.start] not in _JOINERS:
        return False
    match = ACRONYM_AFTER.match(found.original, b.end)
    if match is None:
        return False
    acronym, right = match.group(1), b.form or b.text
    return not spells(acronym, right) and spells(acronym, (a.form or a.text) + found.original[a.end:b.start] + right)


def _shared_field(found: _Found, a: Mention, b: Mention) -> bool:
    """A name of two words or more that ends in a capitalised common word, "and", then one or two
    capitalised common words the parse coordinates with that last word: they share the name
    ("Columbus Zoo" and "Aquarium", "Czechoslovak Song" and "Dance Ensemble"; ``kg.spans``'s
    ``kg.joined_names.shared_fields`` for a name NER read whole). Two names stay two: places and people's names
    ("New Mexico and Arizona", "King George V and Queen Mary"), an institution's head ("the
    Foreign Office and Treasury"), a plural ("Special Edition and Fast Hits")."""
    if "pack" in (a.origin, b.origin) or a.sent_start != b.sent_start or a.type in _NO_FIELDS \
            or found.original[a.end:b.start] not in _JOINERS:
        return False
    left, right = found.doc.char_span(a.start, a.end), found.doc.char_span(b.start, b.end)
    if left is None or right is None or not shared_fields(left, right, found.lexicon):
        return False
    words = [left[-1], *right]
    return right.root.dep_ == "conj" and right.root.head.i == left[-1].i \
        and not any(is_office(t) for t in [*left, *right]) \
        and not any(t.lower_ in INSTITUTION_HEADS or t.tag_ in ("NNS", "NNPS") or len(t) < 3 or _place(t.text)
                    for t in words)


def _listed_portfolios(found: _Found, a: Mention, b: Mention) -> bool:
    """A ministry's name whose portfolios are a list with commas, which NER cuts at the first
    comma: "the Ministry of Higher Education" + ", " + "Science and Technology". ``a`` is a
    body's head noun and "of" a portfolio (``PORTFOLIO_WORDS``); ``b``, right after the comma,
    only capitalised portfolio words ending the list with "and"."""
    if a.sent_start != b.sent_start or found.original[a.end:b.start] != ", " or "pack" in (a.origin, b.origin):
        return False
    left, right = (a.form or a.text).split(), (b.form or b.text).split()
    if left and left[0].lower() == "the":
        left = left[1:]
    return len(left) >= 3 and left[0].lower() in _PORTFOLIO_BODIES and left[1] == "of" \
        and left[-1].lower() in PORTFOLIO_WORDS and len(right) >= 3 and right[-2] in ("and", "&") \
        and all(w in ("and", "&") or w[:1].isupper() and w.lower() in PORTFOLIO_WORDS for w in right)


#: Head nouns of a government body named by its portfolios ("Ministry of Health").
_PORTFOLIO_BODIES = frozenset({"ministry", "department", "secretariat", "directorate", "commission", "committee"})


#: Types of names that share no field with a word after them: places, peoples, persons.
_NO_FIELDS = frozenset({"GPE", "LOC", "NORP", "PERSON"})


def _place(word: str) -> bool:
    """A country, a people, a big city (``BIG_CITY``: "Madrid", "Barcelona", common words in
    English text though they are) or a city of the gazetteer that is no everyday English word
    ("Japan", "Irish", "Osaka"; not "Media" nor "Zoo", which name towns too)."""
    w = word.lower()
    return bool(country_named(word)) or w in demonyms() or w in big_city_countries() or uncommon_city(word)


def _dashed_name(found: _Found, a: Mention, b: Mention) -> bool:
    """After "the", one name, a dash, and a name that starts with another and ends in the
    capitalised common noun saying what the whole is: one name of a thing between the two ("the
    Cambodia – Vietnam Friendship Monument", "the Australia–Chile Free Trade Agreement"). Two
    names stay two without that noun ("the Japan–Manchukuo agreement", "the U.S.-Mexico border"),
    without "the", or when the first is longer than a word ("Teatr Wielki – Polish National Opera")."""
    if "pack" in (a.origin, b.origin) or a.sent_start != b.sent_start \
            or found.original[a.end:b.start] not in _DASHES \
            or not found.original[max(0, a.start - 4):a.start].lower() == "the ":
        return False
    left, right = found.doc.char_span(a.start, a.end), found.doc.char_span(b.start, b.end)
    if left is None or right is None or len(left) != 1 or len(right) < 2 or not right[0].text[:1].isupper():
        return False
    head = right[-1]
    return right.root.i == head.i and _common_head(head, found.lexicon)


#: Words that tell two of a kind apart: the name is shared, not one.
_DIRECTIONS = frozenset("""north south east west northern southern eastern western upper lower central northeastern
    northwestern southeastern southwestern north-eastern north-western south-eastern south-western""".split())
#: Dependencies by which the first word hangs on the head of the name.
_MODIFIER = frozenset({"compound", "nmod", "amod"})


def _common_head(tok: Token, lexicon: frozenset[str]) -> bool:
    """A capitalised singular English common noun, no place's name, no designator: "Railroad"."""
    w = tok.lower_
    return tok.is_alpha and tok.text[:1].isupper() and tok.tag_ not in ("NNS", "NNPS") and not w.endswith("s") \
        and in_lexicon(w, lexicon) and w not in CORPORATE_DESIGNATORS | LEGAL_FORMS \
        and not country_named(w) and w not in city_names() and w not in demonyms()
