"""An article's title line, written again in its text, is one name there.

An encyclopedic page often starts with its title on a line of its own ("Salt and Cinder", then
"Salt and Cinder is the second studio album by …"). NER reads a title of two names joined by
"and", a possessive or a hyphen as two names or a piece ("Salt" and "Cinder", both people;
"Cartographer" of "The Cartographer's Widow"): the article's subject then has no node, and its
fragments take its relations. The title line says the words are one name: each place the text
writes them again, capitalised as in the title, is one mention of it, typed as the sentence
there says (``kg.entity_types._fix_type``: "is the second studio album" makes a work), else as
NER typed its longest pieces (the lead's spot decides for all). Not a title with a subtitle
("Ironbound: Saga of the Vltava": the parser reads the colon as a break, and NER's piece after
it carries the lead's relations), a news headline (a Title-Case line of a sentence,
``kg.headlines``), a line that is no name (lower-case words other than joining ones), a title
the text writes only inside a longer name, nor one of two names joined by "and" that the text
never makes the subject of a verb in the singular ("Oracle and Walmart later joined the talks").
A bracketed qualifier after the title is no part of it ("The Salt Road (film)").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span

from kg.doc_arrays import sentence_bounds
from kg.entity_types import _fix_type
from kg.headlines import headline_end, title_case_headline
from kg.lexicon.words import JOINING_PARTICLES, NAME_STOP_WORDS
from kg.model import Mention

#: Lower-case words a name may hold ("Salt and Cinder", "The Lord of the Rings", "Gangs of Wasseypur").
_JOINING = NAME_STOP_WORDS | JOINING_PARTICLES


#: A bracketed qualifier after an encyclopedic title ("The Salt Road (film)", "Mercury (band)",
#: "Springfield (Illinois)"): the name is the title without it, as the text writes it.
_QUALIFIER = re.compile(r"\s+\([^()\s]+(?:\s[^()\s]+){0,2}\)$")


def title_line_names(doc: Doc, mentions: list[Mention], original: str, doc_id: str) -> list[Mention]:
    """``mentions`` (sorted) with each place the text writes its title line again made one mention
    of the title, replacing the pieces NER found there; unchanged when no title line is split."""
    end = headline_end(original)
    line = _QUALIFIER.sub("", original[:end].strip() if end > 0 else "")  # "The Salt Road (film)"
    words = line.split()
    if not 2 <= len(words) <= 8 or title_case_headline(line) or not words[0][:1].isupper() or ":" in line \
            or any(w[:1].islower() and w not in _JOINING for w in words):
        return mentions
    spots = [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(line)}(?!\w)", original)]
    if len(spots) < 2 or all(any(m.start == s and m.end == e for m in mentions) for s, e in spots):
        return mentions  # the title is not written again, or NER found it whole everywhere
    if (" and " in line or " & " in line) and not any(_singular_subject(doc.char_span(s, e)) for s, e in spots[1:]):
        return mentions  # "Oracle and Walmart later joined the talks": two names, unless one thing "is"
    kept, added = list(mentions), []
    for s, e in spots:
        inside = [m for m in kept if m.start < e and s < m.end]
        span = doc.char_span(s, e)
        if span is None or any(m.start < s or m.end > e for m in inside):
            continue  # a longer name holds it ("Salt and Cinder Tour")
        weights: Counter[str] = Counter()
        for m in inside:  # the longest piece says most ("Ironbound" + "Saga of the Vltava", a work)
            weights[m.type] += m.end - m.start
        base = weights.most_common(1)[0][0] if inside else "WORK_OF_ART"
        etype = _fix_type(span, base)
        kept = [m for m in kept if m not in inside]
        first, last = sentence_bounds(doc, span.start)
        added.append(Mention(doc=doc_id, start=s, end=e, text=line, type=etype, sent_start=doc[first].idx,
                             sent_end=doc[last - 1].idx + len(doc[last - 1]), origin="typed" if etype != base else "ner"))
    if not added:
        return mentions
    # one type for every spot: the one a sentence gave, else the lead's (the first spot past the title line)
    typed = [m.type for m in added if m.origin == "typed"]
    lead = next((m.type for m in added if m.start > end), added[0].type)
    etype = typed[0] if typed else lead
    return sorted(kept + [replace(m, type=etype) for m in added], key=lambda m: (m.start, m.end))


def _singular_subject(span: Span | None) -> bool:
    """``span`` is the subject of a verb in the singular ("Salt and Cinder is the second studio
    album", "… was released"): one thing, not two names joined by "and"."""
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = span.root.head
    return verb.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBZ" or c.lower_ == "was")
                                     for c in verb.children) or verb.lower_ == "was"
