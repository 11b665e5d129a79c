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
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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


# --- A news agency a story cites by its acronym ------------------------------------------------
#
# "AFP" is the Australian Federal Police in a story that defines it ("the Australian Federal Police
# (AFP)") or writes of "the AFP Commissioner", and the Agence France-Presse news agency in one
# that quotes it ("told AFP", "an AFP journalist", "AFP reported"). Resolution joins an acronym
# to the name another story defined it as when the stories share names (``kg.merge_org.acronym``),
# and the stories of one news corpus share many: so a story that only cites an acronym as its
# news source marks it (``Mention.origin`` "source"), and ``kg.merge_names.name_key`` keys it apart
# from the same letters used as a body elsewhere. Read from the parse of each mention; the
# document decides (one reading for all its mentions of the acronym).

#: Nouns of the news trade an agency's name modifies ("the AFP news agency", "an AFP journalist").
NEWS_NOUNS = frozenset({
    "agency", "news", "newswire", "wire", "journalist", "reporter", "correspondent", "photographer",
    "cameraman", "dispatch",
})
#: Verbs whose agent (a "by" phrase) is the source that got the words: "in a statement received
#: by AFP", "a letter obtained by AFP", "quoted by AFP".
_GOT_BY = frozenset({"receive", "obtain", "see", "quote", "cite"})
#: Words a "to"/"with" phrase hangs from when the source is the one spoken to: "speaking to AFP",
#: "confirmed to AFP", "in an interview with AFP".
_SPOKEN_TO = frozenset({"speak", "talk", "tell", "say", "confirm", "interview", "comment", "according"})
#: Verbs whose subject is a source that reports ("AFP reported", "AFP quoted a witness").
_REPORTS = frozenset({"report", "quote", "cite"})
#: The mentions a reading marks: those NER found, recovered, typed or propagated from another
#: mention; a pack's or a stated name's ("bracketed" after its expansion) keep their origin.
_MARKED = frozenset({"ner", "recovered", "propagated", "typed"})
#: An acronym: the only names read here.
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def agency_cue(token: Token) -> bool | None:
    """How the sentence uses the acronym ``token``: True when as a news source ("told AFP", "an
    AFP journalist", "received by AFP", "AFP reported", "in an interview with AFP"), False when
    as a body of another trade, the modifier of a noun that is no news word ("AFP Commissioner
    Mick Keelty", "an ASIO/AFP team"), None when the sentence does not say ("the AFP says")."""
    dep, head = token.dep_, token.head
    if dep in ("compound", "nmod", "amod") and head.i != token.i:
        words = [head] + [c for c in head.children if c.dep_ == "compound" and c.i != token.i]
        return any(_word(w) in NEWS_NOUNS for w in words)
    if dep in ("dobj", "dative") and head.lemma_ == "tell":
        return True
    if dep == "pobj" and head.head.i != head.i:
        prep, word = head.lower_, _word(head.head)
        if prep == "by" and word in _GOT_BY:
            return True
        if prep in ("to", "with") and word in _SPOKEN_TO:
            return True
    if dep == "nsubj" and head.lemma_ in _REPORTS:
        return True
    return None


#: What closes a wire dateline after the agency's bracket: "TOULOUSE (AFP) - …", "(EFE).- …".
_DATELINE_ENDS = frozenset({"-", "–", "—", ":"})


def dateline_credit(token: Token) -> bool:
    """The acronym ``token`` stands in brackets that close a wire dateline, a line that opens on a
    place in capitals: "TOULOUSE (AFP) - Airbus delivered …", "MADRID, Aug 12 (EFE).- Atletico
    …". The agency that wrote the story is named so, whatever body another story spells the same
    letters for ("Australian Federal Police (AFP)")."""
    doc, i = token.doc, token.i
    if i < 2 or i + 2 >= len(doc) or doc[i - 1].text != "(" or doc[i + 1].text != ")":
        return False
    after = doc[i + 3] if doc[i + 2].text == "." and i + 3 < len(doc) else doc[i + 2]
    if after.text not in _DATELINE_ENDS:
        return False
    j = i - 1
    while j > 0 and not doc[j - 1].is_space and "\n" not in doc[j - 1].whitespace_ and i - j < 12:
        j -= 1  # back to the line's first word
    return (j == 0 or doc[j - 1].is_space or "\n" in doc[j - 1].whitespace_) and doc[j].is_upper \
        and doc[j].is_alpha and len(doc[j]) >= 3


def _word(token: Token) -> str:
    """The token's lemma (the pipeline lemmatises only verbs, ``kg.nlp``), else its lower-cased
    form without a plural "s" ("journalists")."""
    if token.lemma_:
        return token.lemma_.lower()
    low = token.lower_
    return low[:-1] if low.endswith("s") and low[:-1] in NEWS_NOUNS else low


def cited_agencies(doc: Doc, mentions: list[Mention], defined: dict[str, str]) -> None:
    """Mark, in place, the mentions of each acronym ``doc`` cites only as a news source: some
    mention has a source cue (``agency_cue``, or a dateline's credit: ``dateline_credit``), none is
    a body of another trade, and the document
    does not define the acronym (``defined``: a story that writes "Australian Federal Police (AFP)"
    means its definition, whatever verb follows). Only the mentions of ``_MARKED`` origins."""
    cues: dict[str, list[bool | None]] = {}
    credits: set[str] = set()
    for m in mentions:
        form = m.form or m.text
        if m.type == "ORG" and _ACRONYM.fullmatch(form) and form not in defined:
            span = doc.char_span(m.start, m.end)
            credit = span is not None and len(span) == 1 and dateline_credit(span[0])
            if credit:
                credits.add(form)
            cues.setdefault(form, []).append(True if credit else agency_cue(span.root) if span is not None else None)
    cited = {form for form, found in cues.items() if True in found and False not in found}
    for k, m in enumerate(mentions):  # a dateline's bracket reads as a name's short form: marked too
        if (m.form or m.text) in cited and m.type == "ORG" \
                and (m.origin in _MARKED or m.origin == "bracketed" and (m.form or m.text) in credits):
            mentions[k] = replace(m, origin="source")
