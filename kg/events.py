"""Names of events and periods written as a proper name and a lower-case noun that says what they
are: "the Tonankai earthquake", "the Mikawa earthquake", "during the Erlitou period", "the Easter
uprising", "the Mughal war".

The noun is part of the name: "Tonankai earthquake" names the earthquake, "Tonankai" alone the
place it struck. NER reads only the capitalised word (a place, a people, a person) and the node
it makes is the wrong entity. Here the capitalised words right before the noun, with the noun,
are one EVENT, when the parse makes the noun their head and nothing follows that the noun
qualifies in turn ("the Tonankai earthquake zone" stays NER's). A people's adjective before the
noun is no event's name ("the French coup", "the Milanese period": a coup in France, a period in
Milan), and neither is a sentence's first word (its capital says nothing).

Only the letter case, the parse and the table ``EVENT_HEADS`` are read, so it holds on any text
written in case; ``kg.entities`` takes these before NER.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from kg.capitals import capitalised
from kg.doc_arrays import tokens_with
from kg.lexicon.countries import demonyms
from kg.lexicon.languages import language_names
from kg.lexicon.english import english_lexicon, in_lexicon
from kg.lexicon.words import EVENT_HEADS, MONTHS_DAYS

#: The longest run of capitalised words taken before the head noun.
_MAX_WORDS = 4
#: NER types that say the capitalised word is a number or a measure, not a name ("the First
#: earthquake"). A date is no bar when its word is no English one: NER reads "the early Erligang
#: period" as a date; an English word it reads so names a time, not an event ("over the Christmas
#: period"), and so do a month and a day of the week ("the May uprising").
_NOT_NAMES = frozenset({"TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})


def headed_events(doc: Doc, cues: Iterable[Token] | None = None) -> list[Span]:
    """The spans "<capitalised words> <event noun>" of ``doc`` (see the module's docstring), left to
    right. ``cues``: the tokens to try as the head noun (default: every token of ``EVENT_HEADS``)."""
    found = []
    for head in (tokens_with(doc, EVENT_HEADS) if cues is None else cues):
        if not head.is_lower or head.pos_ != "NOUN" or head.i == 0:
            continue
        nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and not nxt.is_sent_start:
            continue  # "the Tonankai earthquake zone": the noun qualifies another
        start = head.i
        while start > 0 and head.i - start < _MAX_WORDS and _name_word(doc[start - 1]) \
                and not doc[start].is_sent_start and doc[start - 1].head.i in range(start, head.i + 1):
            start -= 1
        if start == head.i or doc[start].is_sent_start:
            continue
        words = doc[start:head.i]
        if any(_peoples_word(t) for t in words):
            continue  # "the French coup", "the Milanese period": a people's adjective, no name
        found.append(Span(doc, start, head.i + 1, label="EVENT"))
    return found


def _peoples_word(tok: Token) -> bool:
    """A people's or a language's adjective: a country's ("French"), or an English word NER reads
    as a people ("Milanese", "Victorian"), which says where or when, not which event."""
    word = tok.lower_
    return word in demonyms() or word in language_names() or (
        tok.ent_type_ == "NORP" and in_lexicon(word, english_lexicon()))


def _name_word(tok: Token) -> bool:
    """A capitalised word that can be part of an event's name: no number, no month or day, no
    English word NER reads as a date, no punctuation."""
    return tok.is_alpha and capitalised(tok) and tok.ent_type_ not in _NOT_NAMES and tok.lower_ not in MONTHS_DAYS \
        and not (tok.ent_type_ == "DATE" and in_lexicon(tok.lower_, english_lexicon()))
