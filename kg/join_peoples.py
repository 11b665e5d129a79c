"""A people's adjective and the name it starts, found as two mentions, made one: NER stops at
the demonym ("Norwegian" | "Premier League"), and the name's rest alone is a fragment. Kept
apart from ``kg.entities`` so each module stays small; ``kg.spans.people_in_name`` decides
whether the adjective is the name's first word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from kg.lexicon.countries import country_named, demonyms
from kg.lexicon.names import registered_name
from kg.lexicon.words import OCCUPATIONS
from kg.model import Mention
from kg.spans import people_in_name
from kg.trim_peoples import people_after_article, people_after_kind, written_alone

if TYPE_CHECKING:
    from kg.entities import _Found

#: Types of names a people's adjective can start ("Norwegian Premier League"); never a person
#: ("American Samuel Smith") nor another people ("Swedish Christian").
_TAKES_PEOPLE = frozenset({"ORG", "LOC", "GPE", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})


def join_peoples(found: _Found) -> None:
    """A people's adjective NER found on its own right before a name it is the first word of
    (``kg.spans.people_in_name``: "Norwegian" + "Premier League", "Philippine" + "Senate",
    "Moravian" - "Silesian Region") makes one mention with the name, of the name's type: NER
    stops at the demonym, and the name's rest alone is a fragment. Pack mentions stay as they are.
    A word the writer left in lower case that truecasing capitalised is no name the people's
    adjective starts: after a language it is a word of that language ("from the Greek
    leitourgia"), after a people what they are or do ("Christians worldwide"), and it goes. A
    company's registered name the text also writes without the adjective keeps it apart: the
    adjective is the company's nationality ("the distributor Japanese Kanda Shoji Co., Ltd."), as
    does a people's adjective after a noun of a body's kind ("the group Brazilian Bastos Capital":
    ``kg.trim_peoples.people_after_kind``), and one after the article before a name of no English
    word ("the Italian" + "Eni": ``people_after_article``)."""
    doc, mentions = found.doc, sorted(found.mentions, key=lambda m: m.start)
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.type == "NORP" and m.type not in _TAKES_PEOPLE and _one_country(prev, m, found):
            out[-1] = Mention(doc=m.doc, start=prev.start, end=m.end, text=found.original[prev.start:m.end], type="GPE",
                              sent_start=m.sent_start, sent_end=m.sent_end, origin="typed")  # "French" + "Guiana"
            continue
        if prev is not None and prev.type == "NORP" and m.type in _TAKES_PEOPLE \
                and "pack" not in (prev.origin, m.origin) and m.sent_start == prev.sent_start \
                and (prev.text.lower() not in OCCUPATIONS or " " not in m.text):  # "Democrat" + "Sidney Yates"
            people, name = doc.char_span(prev.start, prev.end), doc.char_span(m.start, m.end)
            if people is not None and name is not None and people_in_name(people, name) \
                    and not (registered_name(m.text) and prev.text.lower() in demonyms() and people.end == name.start
                             and written_alone(name, found.lexicon)) \
                    and not _people_apart(doc[people.start:name.end], found):  # "Japanese" + "Kanda Shoji
                # Co., Ltd."; "the group Brazilian" + "Bastos Capital": the group's adjective
                if m.text[:1].islower() and m.origin == "recovered":
                    continue  # "the Greek leitourgia", "Christians worldwide": a word, no name
                between = found.original[prev.end:m.start]
                for i in range(people.end, name.start):
                    found.taken[i] = True
                form = None if prev.form is None and m.form is None else \
                    (prev.form or prev.text) + between + (m.form or m.text)
                out[-1] = Mention(doc=m.doc, start=prev.start, end=m.end, text=found.original[prev.start:m.end],
                                  type=m.type, sent_start=m.sent_start, sent_end=m.sent_end, origin=m.origin,
                                  form=form)
                continue
        out.append(m)
    found.mentions = out


def _one_country(people: Mention, name: Mention, found: _Found) -> bool:
    """A people's adjective and the one word after it (NER: a person, a people) are a country or a
    territory's name together, one space apart ("French" + "Guiana", NER: PERSON): NER read the
    adjective alone, and the rest is no one's name."""
    return name.start == people.end + 1 and found.original[people.end] == " " and " " not in name.text \
        and "pack" not in (people.origin, name.origin) and country_named(found.original[people.start:name.end]) is not None


def _people_apart(span: Span, found: _Found) -> bool:
    """A people's adjective and the name after it that a trim rule would part again."""
    return any(rule(span, found.original, found.lexicon) is not None for rule in (people_after_kind, people_after_article))
