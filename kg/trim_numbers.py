"""Trim rules (``kg.trim.RULES``) for numbers and times NER ran into a name: a date ("Battle of
Midway 4" before "June 1942"), a side's score ("Chelsea 2" of "2-1"), a bowler's figures, an
amount ("Apple 1.8" of "1.8 billion euros"), the word for when a sentence opens on ("Today
Microsoft"). A number that names stays ("Windows 10", "Racing 92", "Boeing 737")."""

from __future__ import annotations

from spacy.tokens import Span

from kg.lexicon.countries import city_names, country_names
from kg.lexicon.frequency import common_word
from kg.lexicon.words import CALENDAR_WORDS, MONTHS_DAYS
from kg.name_numbers import year


def trailing_date(span: Span, original: str, lexicon: frozenset[str]) -> Span | None:
    """``Russian Federation - October 3, 1981``, ``Department of Social Welfare 1993 to 1994``,
    ``Battle of Midway 4`` (before "June 1942"): a date NER ran into is no part of the name.
    A number that names ("Windows 10", "War of 1812", "Babylon 5") stays."""
    doc, end = span.doc, span.end
    dateish = lambda t: t.like_num or t.lower_ in MONTHS_DAYS or t.text in (",", "-", "–", "to")  # noqa: E731
    k = end
    while k > span.start + 1 and dateish(doc[k - 1]):
        k -= 1
    if k == end:
        return None
    tail = doc[k:end]
    after = doc[end] if end < len(doc) else None
    dated = (any(t.lower_ in MONTHS_DAYS for t in tail) and any(t.like_num for t in tail)) or sum(year(t) for t in tail) >= 2 or (
        len(tail) == 1 and tail[0].like_num and after is not None and after.lower_ in MONTHS_DAYS)
    while k > span.start + 1 and doc[k - 1].is_punct:
        k -= 1
    return doc[span.start:k] if dated and doc[k - 1].text[:1].isupper() else None


#: Words for when, which open a news sentence and which NER runs into the name after them.
LEADING_TIME_WORDS = frozenset("today yesterday tomorrow tonight overnight earlier meanwhile".split())
#: What a name a time word opens is: a broadcast ("Tonight Show", "Today FM", "Today Programme").
_PROGRAMME_WORDS = frozenset("show programme program fm tv radio edition".split())


def leading_time_word(span: Span, original: str, lexicon: frozenset[str]) -> Span | None:
    """``Today Microsoft`` (said), ``Yesterday Qantas``, ``Overnight Hamas`` at a sentence's
    start: the word for when the sentence happens is no part of the name after it. A name it
    opens stays, a broadcast's ("Tonight Show", "Today FM")."""
    first, rest = span[0], span.doc[span.start + 1:span.end]
    if not rest or not first.is_sent_start or first.lower_ not in LEADING_TIME_WORDS or not rest[0].text[:1].isupper():
        return None
    return None if len(rest) == 1 and rest[0].lower_ in _PROGRAMME_WORDS else rest


#: What joins the two sides of a score ("2-1", "3–2", "3:1").
_SCORE_JOINS = frozenset({"-", "–", ":"})
#: The most points a side scores (basketball's 120-110); a larger number is a model's ("737-800").
_MOST_POINTS = 200
#: Words after a number that make it an amount, no name's number ("Apple 1.8 billion euros").
_AMOUNT_WORDS = frozenset({"thousand", "million", "billion", "trillion", "bn", "percent", "per", "%"})


def trailing_score(span: Span, original: str, lexicon: frozenset[str]) -> Span | None:
    """``Chelsea 2`` (of "2-1"), ``Jannik Sinner 7-6`` (of "7-6, 6-1"), ``Switzerland 3``, ``Glenn
    McGrath 2`` (of bowling figures, "2-35", "2 for 66"): a side's score after a name, a bowler's
    after a person's, or a number after a country or a city, is a result, no part of the name. A
    score is the number with its other side next to it ("2-1", "3:1"; not a third, "Detroit
    1-8-7"); without one, the number is cut only after a country or a city of the gazetteer, where
    no name carries a number ("Racing 92", "Steinlager 2", "Ong Bak 2", "Windows 10" keep theirs; a
    year is ``trailing_date``'s: "London 2012" stays), or before a magnitude ("fined Apple 1.8
    billion euros": an amount)."""
    doc, end = span.doc, span.end
    k = end
    while k > span.start + 1 and end - k < 3 and (doc[k - 1].like_num or doc[k - 1].text in _SCORE_JOINS):
        k -= 1
    if k == end or not doc[k - 1].text[:1].isupper() or not doc[k].like_num or not doc[k].text[:1].isdigit():
        return None
    tail = doc[k:end]
    after = doc[end:end + 2]
    sides = [t for t in list(tail) + list(after[1:]) if t.like_num]
    small = all(t.text.isdigit() and int(t.text) <= _MOST_POINTS for t in sides)  # not "Boeing 737-800"
    beyond = doc[end + 2] if end + 2 < len(doc) else None
    scored = small and (any(t.text in _SCORE_JOINS for t in tail) or (
        len(after) == 2 and after[0].text in _SCORE_JOINS and after[1].like_num)) \
        and not (beyond is not None and beyond.text in _SCORE_JOINS and after[0].text in _SCORE_JOINS)
    # "Detroit 1-8-7" is a title; "Jannik Sinner 7-6, 6-1" (the next set after a comma) a result
    figures = span.label_ == "PERSON" and len(tail) == 1 and len(after) == 2 and after[0].lower_ == "for" \
        and after[1].text.isdigit()  # a bowler's "Glenn McGrath 2 for 66"
    if after[:1].text.lower() in _AMOUNT_WORDS:  # "fined Apple 1.8 billion euros": an amount NER ran into
        return doc[span.start:k]
    rest = doc[span.start:k]
    named = rest.text.lower() in country_names() or (
        rest.text.lower() in city_names() and not (len(rest) == 1 and common_word(rest.text)))  # "Hot 100"
    if not scored and not figures and (not named or any(year(t) for t in tail)):
        return None
    return rest


#: Month abbreviations that are first names too ("Jan Kowalski", "Ma Jun"): not in CALENDAR_WORDS, a
#: month only beside a number ("Havana, Jan 10 (Prensa Latina)", "Porto, 12 Jun (Lusa)").
_NAME_MONTHS = frozenset({"jan", "mar", "jun"})


def dated(span: Span) -> bool:
    """Every word of ``span`` is a word of the calendar or a number, and not every one a number:
    "April 12", "Monday, May 5", "Nov", "9 Jan" (a date NER typed as a name; ``kg.junk``)."""
    words = [t for t in span if not t.is_punct]
    numbered = any(t.like_num for t in words) or _beside_number(span)
    return all(t.like_num or t.lower_.rstrip(".") in CALENDAR_WORDS or numbered and t.lower_.rstrip(".") in _NAME_MONTHS
               for t in words) and not all(t.like_num for t in words)


def _beside_number(span: Span) -> bool:
    """A number right after or right before ``span``: "Jan 10", "9 Jan (Kyodo)"."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].like_num or span.start > 0 and doc[span.start - 1].like_num
