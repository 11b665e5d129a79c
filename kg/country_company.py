"""A country and a company's name NER read as one after a kind of organisation and "of"
(``split_country_company``): translated news names a company by its kind, its country and its
name with no comma ("the national oil company of Azerbaijan SOCAR", "the news agency of Iran
IRNA"). Kept apart from ``kg.office_holders``, which splits an office's body from its holder the
same way and calls this when no holder follows."""

from __future__ import annotations

from spacy.tokens import Span

from kg.lexicon.countries import demonyms, is_country
from kg.lexicon.frequency import common_word
from kg.lexicon.words import CORPORATE_DESIGNATORS, ORG_SUFFIXES
from kg.relations.words import ORG_NOUNS

#: Lower-case nouns of a kind of organisation that translated news puts before "of <country>
#: <name>" ("the national oil company of Azerbaijan SOCAR", "the news agency of Iran IRNA").
KIND_NOUNS = ORG_NOUNS | frozenset({"agency", "carrier", "concern", "operator", "airline", "broadcaster",
                                     "producer", "manufacturer", "bank", "holding", "corporation", "ministry",
                                     "department"})
#: Words that continue a body's name, never start a person's.
BODY_WORDS = ORG_SUFFIXES | CORPORATE_DESIGNATORS


def split_country_company(span: Span) -> list[Span]:
    """``Azerbaijan SOCAR`` after "the national oil company of" -> ``Azerbaijan`` (GPE),
    ``SOCAR`` (ORG): translated news names a company by its kind, its country and its name with
    no comma ("the news agency of Iran IRNA"), and NER reads the country and the name as one.

    Split an ORG span when a lower-case kind of organisation (``KIND_NOUNS``) and "of" stand
    right before it, it starts with a whole country's name, and one to three capitalised words
    follow that are no country or people and an acronym or a rare word ("the Bank of England"
    and "the company of Georgia Pacific" stay: "Pacific" is an everyday word; so does a legal
    form, "the company of Germany GmbH")."""
    doc, first = span.doc, span.start
    if span.label_ != "ORG" or len(span) < 2 or first < 2 or doc[first - 1].lower_ != "of" \
            or doc[first - 2].lower_ not in KIND_NOUNS or not doc[first - 2].is_lower:
        return [span]
    for cut in range(first + 1, min(span.end, first + 4)):
        rest = doc[cut:span.end]
        if is_country(doc[first:cut].text) and len(rest) <= 3 and all(t.text[:1].isupper() for t in rest) \
                and not is_country(rest[0].text) and rest[0].lower_ not in demonyms() \
                and not any(t.lower_.rstrip(".") in BODY_WORDS for t in rest) \
                and (rest[0].is_upper and len(rest[0]) >= 2 or not common_word(rest[0].text)):
            return [Span(doc, first, cut, label="GPE"), Span(doc, cut, span.end, label="ORG")]
    return [span]
