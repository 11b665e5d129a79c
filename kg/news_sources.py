"""Organisations a news story names only as its sources: "according to analysts of Goldman
Sachs", "Reuters reported that …". A story about Chile quotes banks, agencies and newspapers
from anywhere; what they report is about the country, they are not in it. ``kg.presume`` presumes
no document country for an organisation every mention of which in the document is such a source.

A mention is a source when, in its sentence,

- "according to" stands at most ``_REACH`` words before it with no punctuation between
  ("according to the newspaper Daily Nation", "according to analysts of Goldman Sachs"), or
- a reporting verb (``REPORTING_VERBS``) follows it right away ("Reuters reported that …", "…,
  Bloomberg reports"): a body that *reports* is a source, one that *says* may speak of itself
  ("Codelco said it would cut output") and stays.
"""

from __future__ import annotations

import re

from kg.model import Mention

#: Verbs of reporting that make their subject a source (not "said": a company says things of itself).
REPORTING_VERBS = frozenset({"reported", "reports", "reporting", "cited", "cites", "quoted", "quotes"})
#: How many words may stand between "according to" and the source's name.
_REACH = 4
_ACCORDING = re.compile(r"\baccording to\s+((?:[\w'’.-]+\s+){0,%d})$" % _REACH, re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")


def is_source(mention: Mention, sentence: str, sent_start: int) -> bool:
    """``mention`` (offsets in its document) names the source of a report in ``sentence`` (which
    starts at ``sent_start`` in the same document).

    >>> from kg.model import Mention
    >>> s = "Exports rose, according to analysts of Goldman Sachs."
    >>> is_source(Mention("d", 39, 52, "Goldman Sachs", "ORG", 0, len(s)), s, 0)
    True
    >>> s = "Goldman Sachs opened an office in Santiago."
    >>> is_source(Mention("d", 0, 13, "Goldman Sachs", "ORG", 0, len(s)), s, 0)
    False
    """
    start, end = mention.start - sent_start, mention.end - sent_start
    if not 0 <= start < end <= len(sentence):
        return False
    if _ACCORDING.search(sentence[:start]):
        return True
    after = _WORD.match(sentence[end:].lstrip())
    return after is not None and after.group(0).lower() in REPORTING_VERBS


def only_a_source(mentions: list[Mention], doc: str, examples: dict) -> bool:
    """Every mention of an entity in ``doc`` is a source (``is_source``); ``examples`` (mention
    text -> its first sentence's evidence) gives the sentences; a mention in another sentence
    than its text's example counts as no source (the safe side: the presumption stays)."""
    found = [m for m in mentions if m.doc == doc]
    for m in found:
        ev = examples.get(m.text)
        if ev is None or not ev.start <= m.start < ev.end or not is_source(m, ev.sentence, ev.start):
            return False
    return bool(found)
