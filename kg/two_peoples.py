"""A people named by two people's words is two peoples: NER reads "African-American",
"Japanese Americans", "Pakistani-American" as one group; the text names where the people came
from and where they live, and each word names a people of its own ("African", "American"),
which join the other mentions of those peoples.

Split only a group NER typed as a people (NORP), whose first word is a people's adjective
(``kg.lexicon.countries.demonyms``, or a continent's: "African"; after a hyphen, a word with a
people's ending: "Kurdish") and whose second is capitalised. "Anglo-Catholics" (no people's word first) and
"non-Russian" (lower case) stay as they are.

A people's adjective NER ran into the person's name after it is the person's nationality ("the
Kenyan Ruth Chepngetich", NER: ORG): the name opens on a given name.

Likewise a person's name NER ran over a comma is a list of people ("actors Jai, Swathi, Ganja
Karuppu"): a name never holds a comma between two proper nouns, but a generation or a degree
after one stays ("Martin Luther King, Jr.", "John Smith, PhD")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.lexicon.countries import demonyms
from kg.lexicon.frequency import common_word
from kg.lexicon.given_names import given_name
from kg.hyphen_syllables import syllabic_name
from kg.news_kinds import people_named_body
from kg.lexicon.words import CORPORATE_DESIGNATORS, DEMONYM_ENDINGS, LEGAL_FORMS, ORG_KIND_WORDS

#: Peoples named after a continent ("African Americans", "European Canadians"): the continent's
#: name and "-n" ("Africa" -> "African", "Europe" -> "European").
CONTINENT_PEOPLES = frozenset(c.lower() + ("an" if c.endswith("e") else "n")
                              for c in ("Africa", "Asia", "Europe", "Oceania"))
#: Hyphens and dashes between the two peoples' words.
_HYPHENS = frozenset({"-", "–", "‐"})


def split_two_peoples(span: Span) -> list[Span]:
    """``African - American`` -> ``African``, ``American``; ``Jai, Swathi`` (PERSON) -> ``Jai``,
    ``Swathi`` (``split_listed_people``); a romanised Korean name NER typed otherwise relabelled a
    person's (``syllabic_name``: "Bong Joon-ho"); else ``[span]``."""
    if span.label_ not in ("PERSON", "") and syllabic_name(span):  # "Bong Joon-ho" (NER: ORG)
        return [Span(span.doc, span.start, span.end, label="PERSON")]
    if span.label_ in ("PERSON", "ORG"):
        return split_two_objects(span) or people_office_holder(span) or people_before_person(span) \
            or split_listed_people(span)
    if span.label_ != "NORP" or not 2 <= len(span) <= 3:
        return [span]
    first, last = span[0], span[-1]
    hyphen = len(span) == 3 and span[1].text in _HYPHENS
    if len(span) == 3 and not hyphen:
        return [span]
    if not (first.is_alpha and last.is_alpha and first.text[:1].isupper() and last.text[:1].isupper()):
        return [span]
    people = first.lower_ in demonyms() or first.lower_ in CONTINENT_PEOPLES \
        or (hyphen and first.lower_.endswith(DEMONYM_ENDINGS))
    if not people or (not hyphen and people_named_body(span)):  # "Saudi Aramco": a body (``kg.entity_types``)
        return [span]
    doc = span.doc
    return [Span(doc, first.i, first.i + 1, label="NORP"), Span(doc, last.i, last.i + 1, label="NORP")]


def split_two_objects(span: Span) -> list[Span] | None:
    """``Golitsyn the Order of St. Andrew`` of "awarded Golitsyn the Order of St. Andrew", ``Smith
    the Victoria Cross`` of "gave Smith the Victoria Cross": NER runs a verb's two objects into one
    name; the parser has the one before "the" as the verb's indirect object (``dative``) and the
    one after as its direct object. Cut at that "the": the person, then the thing. None else."""
    doc = span.doc
    for k in range(span.start + 1, span.end - 1):
        before, after = doc[k - 1], doc[k + 1:span.end].root
        if doc[k].lower_ == "the" and before.dep_ == "dative" and after.dep_ == "dobj" and after.head.i == before.head.i:
            return [Span(doc, span.start, k, label="PERSON"), Span(doc, k + 1, span.end, label="ORG")]
    return None


def split_listed_people(span: Span) -> list[Span]:
    """``Jai, Swathi`` -> ``Jai``, ``Swathi``: a PERSON span cut at each comma that stands
    between two capitalised proper nouns, unless what follows the comma is a suffix ("King, Jr.",
    "Smith, III", "Smith, PhD"); and at "&" or "and" between two full names of two words or more
    each, whatever NER typed them ("Ding Yang & Ren Zhongfei", a pair of skaters, read as an ORG;
    "Simon & Garfunkel", "Antarctic Logistics & Expeditions LLC" stay one). An ORG is cut only so:
    "Skidmore, Owings & Merrill" keeps its commas."""
    doc, parts, start = span.doc, [], span.start
    for tok in span[1:-1]:
        left, right = doc[tok.i - 1], doc[tok.i + 1]
        pair = tok.lower_ in ("&", "and") and tok.i - start == 2 and span.end - tok.i - 1 == 2 \
            and all(t.pos_ == "PROPN" and not common_word(t.text) and t.lower_.rstrip(".") not in _BODY_WORDS
                    for t in (doc[tok.i - 2], left, right, doc[tok.i + 2]))
        if ((tok.text == "," and span.label_ == "PERSON") or pair) and left.pos_ == "PROPN" and right.pos_ == "PROPN" and left.text[:1].isupper() \
                and right.text[:1].isupper() and left.is_alpha and right.is_alpha and not _suffix(right):
            parts.append(Span(doc, start, tok.i, label=span.label))
            start = tok.i + 1
    if not parts:
        return [span]
    return parts + [Span(doc, start, span.end, label=span.label)]


#: Words that end or start a body's name, never a person's ("Expeditions LLC", "Holdings").
_BODY_WORDS = CORPORATE_DESIGNATORS | LEGAL_FORMS | ORG_KIND_WORDS


#: Words a comma puts after a person's name that belong to it: generations, degrees, honours.
_NAME_SUFFIXES = frozenset({"jr", "sr", "snr", "jnr", "phd", "md", "esq", "ii", "iii", "iv", "qc", "kc", "obe", "mbe"})


def _suffix(tok: Token) -> bool:
    """"Jr", "III", "PhD": a word after a comma that is part of the name before it."""
    return tok.lower_.rstrip(".") in _NAME_SUFFIXES


def people_office_holder(span: Span) -> list[Span] | None:
    """``Kazakh President Tokayev`` (NER: ORG) -> ``Kazakh`` (NORP), ``Tokayev`` (PERSON): a
    people's adjective, an office ("President", "Foreign Minister") and a person's name of one to
    three proper nouns that are neither peoples nor offices; None for anything else ("British
    Airways", "Russian Defence Ministry": no name after the office)."""
    from kg.spans import is_office  # kg.spans reads this module's neighbours; imported late

    doc, first = span.doc, span[0]
    if len(span) < 3 or first.lower_ not in demonyms():
        return None
    i = span.start + 1
    while i < span.end and is_office(doc[i]) and doc[i].text[:1].isupper():
        i += 1
    name = doc[i:span.end]
    if i == span.start + 1 or not 1 <= len(name) <= 3 or not all(
            t.is_alpha and t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_upper and not is_office(t)
            and t.lower_ not in demonyms() for t in name) or all(common_word(t.text) for t in name):
        return None  # "Serbian First League": no person's name
    return [Span(doc, first.i, first.i + 1, label="NORP"), Span(doc, name.start, name.end, label="PERSON")]


def people_before_person(span: Span) -> list[Span] | None:
    """``Kenyan Ruth Chepngetich`` (NER: ORG; translated sports news: "ahead of the Kenyan Ruth
    Chepngetich") -> ``Kenyan`` (NORP), ``Ruth Chepngetich`` (PERSON): a people's adjective and a
    person's name of two or three proper nouns, the first a given name, the last no English word,
    none a body's word; None for anything else ("Saudi Aramco", "Swiss Re", "Turkish Airlines")."""
    doc = span.doc
    start = span.start + (span[0].lower_ == "the")  # NER's span may hold the article
    first, name = doc[start], doc[start + 1:span.end]
    if not 2 <= len(name) <= 3 or first.lower_ not in demonyms() or not given_name(name[0].text) \
            or common_word(name[-1].text):
        return None
    if not all(t.is_alpha and t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_upper
               and t.lower_ not in demonyms() and t.lower_ not in ORG_KIND_WORDS
               and t.lower_ not in CORPORATE_DESIGNATORS for t in name):
        return None
    return [Span(doc, first.i, first.i + 1, label="NORP"), Span(doc, name.start, name.end, label="PERSON")]
