"""A name shaped as a person's: a given name, then a surname (``kg.entity_types`` asks it).

NER's small model reads many two-word people as organisations on text unlike its training news
("Louis Paulsen", "Omer Beriziky", "Terje Halleland"), and kg has to guess a type for a name NER
left unlabelled ("General Pervez Musharraf" read as a name of its own). A name of two or three
words that opens on a given name (``kg.lexicon.given_names``) and whose other words could be a
surname is a person's: no word of a body's, a place's or everyday English ("Wells Fargo Bank",
"Louis Vuitton Foundation", "Norris Reservoir" are not), no month or place word for a given name
("in June Menezes asked", "Santa Fe"), no "the" before it ("the Walt Disney Company"), and no
given name for a surname ("Morgan Stanley", "Aston Martin": a reader cannot tell those from
shape alone, so NER's word stands). Also where an honorific opens a person's name inside a span
NER ran on from the words before (``honorific_at``: "His Royal Highness", "Smt.").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.lexicon.countries import is_country
from kg.lexicon.frequency import common_word
from kg.lexicon.given_names import given_name
from kg.lexicon.kinds import (AWARD_WORDS, CONFLICT_WORDS, DIVISION_WORDS, LABEL_WORDS, RANGE_WORDS, RELIGION_BODIES,
                              WATER_WORDS)
from kg.lexicon.words import (ADMIN_DIVISION_WORDS, BUSINESS_ENDS, FACILITY_NOUNS, MONTHS_DAYS, OFFICE_WORDS,
                              ORG_SUFFIXES, OTHER_PLACE_WORDS, PERSON_TITLES, PLACE_NAME_HEADS, PLACE_NOUNS)
from kg.relations.words import ORG_NOUNS

#: First words no person's name opens on: a month or a day ("in June Menezes asked"), a place's
#: ("Santa Fe", "San Jose").
_NOT_GIVEN = MONTHS_DAYS | PLACE_NAME_HEADS
#: A son's or grandson's word after a name (Brazilian and English usage): no surname, no body's word.
_GENERATIONS = frozenset({"junior", "jr", "filho", "neto", "sobrinho"})
#: Last words of the names of bodies, places, waters, sites, wars, awards, and a company's line of
#: business ("Breda Logistics": Breda is a given name too): no surname. Not "Press" (Bill Press).
_NOT_SURNAMES = (ORG_SUFFIXES | ORG_NOUNS | OTHER_PLACE_WORDS | PLACE_NOUNS | ADMIN_DIVISION_WORDS | DIVISION_WORDS
                 | WATER_WORDS | RANGE_WORDS | frozenset(FACILITY_NOUNS) | CONFLICT_WORDS | AWARD_WORDS | LABEL_WORDS
                 | RELIGION_BODIES | BUSINESS_ENDS - {"press"})


def given_name_first(span: Span) -> bool:
    """``span`` reads as a person's name by its words alone: "Louis Paulsen", "Omer Beriziky",
    "Ivo Pogorelich", "Vinicius Junior"; not "Morgan Stanley", "Wells Fargo Bank", "the Walt Disney
    Company". A name of two given names is a person's only with a "who" clause on it."""
    words = [t for t in span if not (t.is_punct and t.text == ".")]
    if _initials_then_surname([t.text for t in words]):
        return True
    if not 2 <= len(words) <= 3 or words[0].lower_ in _NOT_GIVEN or not given_name(words[0].text):
        return False
    if span.start and span.doc[span.start - 1].lower_ == "the":
        return False
    if words[-1].lower_.rstrip(".") in _GENERATIONS:  # "Vinicius Junior", "Jose Silva Filho": a son's
        return len(words) == 2 or _surname_like(words[1].text)
    for t in words[1:]:
        if not _surname_like(t.text):
            return False
    return not given_name(words[-1].text) or who_clause(span.root)


#: One written initial: "B.", or two run together: "B.A.".
_INITIAL = re.compile(r"(?:[A-Z]\.){1,2}")


def _initials_then_surname(words: list[str]) -> bool:
    """One or two initials, then one word that may be a surname (``_surname_like``): "B. Sidikov",
    "K. Tokayev", "B.A. Sidikov" (translated news names an official so after first naming him in
    full, and NER reads many as bodies). Not initials that spell a country ("U.S. Navy"), nor a
    surname that is an everyday word or a body's ("J. Crew", "A. Group").

    >>> _initials_then_surname(["B.", "Sidikov"]), _initials_then_surname(["B.", "A.", "Sidikov"])
    (True, True)
    >>> _initials_then_surname(["U.S.", "Steel"]), _initials_then_surname(["U.K.", "Kowalski"])
    (False, False)
    """
    if not 2 <= len(words) <= 3 or not all(_INITIAL.fullmatch(w) for w in words[:-1]):
        return False
    letters = "".join(words[:-1])
    return len(letters.replace(".", "")) <= 3 and not is_country(letters) and len(words[-1]) >= 3 \
        and _surname_like(words[-1])


def who_clause(tok: Token) -> bool:
    """A relative clause on "who" hangs on the name's word ``tok``: "Eduardo Bartolomeo, who leaves
    the post", "Suga, who led the party" (NER: ORG) are a person's; a body or a place is "which"
    or "where"."""
    return any(c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ in ("nsubj", "nsubjpass") for w in c.children)
               for c in tok.children)


def _surname_like(word: str) -> bool:
    """A capitalised word, or an initial, that is no body's, place's or everyday English word."""
    if word[:1].isupper() and (len(word) == 1 or word[1:] == "."):
        return True  # an initial: "John F. Kennedy"
    return word[:1].isupper() and not word.isupper() and word.replace("-", "").replace("'", "").isalpha() \
        and word.lower() not in _NOT_SURNAMES and not common_word(word)


#: Words of an honorific between its possessive and its title ("His Royal Highness").
_HONORIFIC_FILLERS = frozenset({"royal", "serene", "imperial", "most"})


def honorific_at(doc: Doc, i: int) -> bool:
    """Token ``i`` is a possessive pronoun opening an honorific: "His [Royal] Highness"; or an
    abbreviated title with its full stop ("the Mayor of Lucknow Smt. Sushma Kharkwal")."""
    if doc[i].lower_.rstrip(".") in PERSON_TITLES and doc[i].text[:1].isupper() and i + 1 < len(doc) \
            and (doc[i].text.endswith(".") or doc[i + 1].text == "."):
        return True
    if doc[i].tag_ != "PRP$" or not doc[i].text[:1].isupper():
        return False
    k = i + 1
    while k < len(doc) and doc[k].lower_ in _HONORIFIC_FILLERS:
        k += 1
    return k < len(doc) and doc[k].text[:1].isupper() and doc[k].lower_ in OFFICE_WORDS | PERSON_TITLES
