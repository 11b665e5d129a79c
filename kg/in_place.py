"""A place named after "in" is no part of the name before it: NER reads "Holmenkollen in Oslo",
"Foreign and Commonwealth Office in London", "Royal Court in Sweden" as one name; they are a
name and the place it is in. Titles of works keep their "in" ("Like Someone in Love"), and so
does a name whose part after "in" is no known country or city ("Order in Council"), and one an
acronym in brackets after it spells whole ("Committee on Foreign Investment in the United States
(CFIUS)").

The name after a place that "in" governs and a comma is the larger place it lies in ("based in
Jamshedpur, Jharkhand"), whatever type NER gave it (``after_place_of_in``); so is a name set off
between two places ("Exeter, Devon, England", ``between_chain_places``)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.doc_arrays import doc_text
from kg.lexicon.countries import city_names, country_named
from kg.lexicon.given_names import given_name
from kg.lexicon.names import ACRONYM_AFTER, spells


def split_in_place(span: Span) -> list[Span]:
    """``span`` cut into the name before "in" (+ "the") and the place after it, when the place
    is a country or a city of the gazetteer and a capitalised word comes before "in"; else
    ``[span]``."""
    if span.label_ in ("WORK_OF_ART", "PERSON") or len(span) < 3:
        return [span]
    acronym = ACRONYM_AFTER.match(doc_text(span.doc), span.end_char)
    if acronym is not None and spells(acronym.group(1), span.text):
        return [span]  # "Committee on Foreign Investment in the United States (CFIUS)": one name
    for tok in span[1:-1]:
        if tok.text != "in" or not tok.nbor(-1).text[:1].isupper():
            continue
        start = tok.i + 1 + (tok.nbor(1).lower_ == "the" and tok.i + 2 < span.end)
        place = span.doc[start:span.end]
        if place.text[:1].isupper() and (country_named(place.text) or place.text.lower() in city_names()):
            return [Span(span.doc, span.start, tok.i, label=span.label), Span(span.doc, start, span.end, label="GPE")]
    return [span]


#: Prepositions whose object is a place: what follows it after a comma names the larger place.
_WHERE_PREPS = frozenset({"in", "at", "near"})
#: What may follow such a name: the end of its phrase.
_PHRASE_ENDS = frozenset({",", ".", ";", ":", ")", "and"})


def after_place_of_in(span: Span, person: bool = False) -> bool:
    """``span`` (one or two words) follows ", " after a place NER found as the object of
    "in"/"at"/"near", the parser hangs it on that place (an apposition or a conjunct), and its
    phrase ends after it: "based in Jamshedpur, Jharkhand, and", "headquartered in Mumbai,
    Maharashtra." (NER: ORG). A subject after the comma is a clause's ("In Sydney, Qantas said").
    After "based/headquartered/located in" (``seat_in``) the place may be a city NER called a body
    ("based in Tiraspol, Transnistria": ORG, PERSON), and the name one NER called a ``person``
    (else a person's stays one: "Attack in Black, Chad VanGaalen"), but for a name of two words a
    given name opens ("based in Rotterdam, Pieter Jansen, who …")."""
    doc, root = span.doc, span.root
    if len(span) > 2 or span.start < 3 or doc[span.start - 1].text != "," or root.dep_ not in ("appos", "conj"):
        return False
    place = root.head
    if place.i != span.start - 2 or place.dep_ != "pobj" or place.head.lower_ not in _WHERE_PREPS:
        return False
    seat = seat_in(place)
    if (person and not seat) or not (place.ent_type_ == "GPE" or seat and place.lower_ in city_names()):
        return False
    if person and len(span) == 2 and given_name(span[0].text):
        return False  # "based in Rotterdam, Pieter Jansen, who will lead it, told analysts"
    return span.end == len(doc) or doc[span.end].lower_ in _PHRASE_ENDS


#: Participles that say where a body is: "based in", "headquartered in", "located in".
_SEAT_PARTICIPLES = frozenset({"based", "headquartered", "located", "situated"})


def seat_in(tok: Token) -> bool:
    """``tok`` is the object of "in" after "based"/"headquartered"/"located"/"situated"."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lower_ in _SEAT_PARTICIPLES


#: Words a place is hyphened to before a noun: "a Houston-based company", "Helsinki-born architect".
SEAT_WORDS = frozenset({"based", "born"})


def hyphened_to_seat(doc: Doc, end: int) -> bool:
    """The word that ends at token ``end`` is joined by a hyphen, with no space before it, to
    "based"/"born" (``SEAT_WORDS``): the name of a place something is based in or someone born in."""
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and doc[end + 1].lower_ in SEAT_WORDS


def between_chain_places(span: Span) -> bool:
    """``span``, a word or two set off by commas, stands between a place (NER's, or a city of the
    gazetteer) and a place NER found: "near Exeter, Devon, England" (NER: Exeter, Devon PERSON) is
    a place's chain, the county in the middle. Not before a place's possessive ("In London, Smith,
    England's captain, said")."""
    doc = span.doc
    if len(span) > 2 or span.start < 2 or span.end + 1 >= len(doc) or not all(t.pos_ == "PROPN" for t in span):
        return False
    before, after = doc[span.start - 2], doc[span.end + 1]
    if doc[span.start - 1].text != "," or doc[span.end].text != ",":
        return False
    place = next((e for e in doc.ents if e.end == before.i + 1), None)  # a place NER found or the gazetteer knows
    if place is None or place.label_ not in ("GPE", "LOC") and place.text.lower() not in city_names():
        return False
    larger = next((e for e in doc.ents if e.start == after.i), None)
    return larger is not None and larger.label_ == "GPE" and (larger.end >= len(doc) or doc[larger.end].tag_ != "POS")
