"""A person's name that NER cuts after its particles: "Ursula von der | Leyen" (PERSON, then
"Leyen" as a place), "Alexander van der | Bellen", "Ana de la | Fuente", or inside them ("Ursula von |
der Leyen"). A name does not end in a
lower-case particle; the capitalised word after it is the rest of the surname.

Extend an NER PERSON span that ends in lower-case particles (``NAME_PARTICLES``: von, der, van,
de, la, bin …) over the capitalised words that follow it in the same sentence (at most two). A
span that ends in a capitalised word is left alone, and so is one whose particles nothing
capitalised follows ("… said von der").

The other way, NER may start a name after its particles and type the given name before them
a people ("Tamim" | "bin" | "Hamad Al Thani", NORP and PERSON): ``particles_before`` takes the
given name and the particles into the person's name, and ``first_name_before_particles`` tells
the ``NORP`` span apart, no people's mention of its own."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.lexicon.countries import demonyms, is_country
from kg.lexicon.words import NAME_PARTICLES, SON_OF
from kg.office_holders import is_office

#: How many capitalised words after the particles the surname may take ("von der Leyen": one).
_MAX_AFTER = 2


def run_on_particles(span: Span) -> Span:
    """``Ursula von der`` -> ``Ursula von der Leyen`` (PERSON), ``Hamad Al Thani`` after "Tamim
    bin" -> ``Tamim bin Hamad Al Thani`` (``particles_before``); else ``span``."""
    span = particles_before(span)
    if span.label_ != "PERSON" or len(span) < 2:
        return span
    doc, last = span.doc, span.end - 1
    while last > span.start and doc[last].lower_ in NAME_PARTICLES and doc[last].is_lower:
        last -= 1
    if last == span.end - 1:
        return span
    start = span.end  # NER may stop inside the particles too: "Ursula von | der Leyen"
    while start < len(doc) and not doc[start].is_sent_start and doc[start].lower_ in NAME_PARTICLES \
            and doc[start].is_lower:
        start += 1
    end = start
    while end < len(doc) and end - start < _MAX_AFTER and not doc[end].is_sent_start \
            and doc[end].is_alpha and doc[end].text[:1].isupper():
        end += 1
    return span if end == start else Span(doc, span.start, end, label="PERSON")


def particle_end(doc, end: int, same_sentence, surname) -> int | None:
    """Where a person's name ends that a particle at ``end`` carries on: over the particle and the
    capitalised word after it ("Erik" + "ten Hag"), or over a particle joined by a hyphen
    ("Mohammad Samer" + "al-Khalil", "Bashar" + "al-Assad"); ``surname`` says whether a token may
    follow a particle, ``same_sentence`` whether an index is still in the name's sentence."""
    if same_sentence(end + 1) and surname(doc[end + 1]):
        return end + 2
    if end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_ \
            and same_sentence(end + 2) and surname(doc[end + 2]):
        return end + 3
    return None


def _particle(tok: Token) -> bool:
    return tok.is_lower and (tok.lower_ in NAME_PARTICLES or tok.lower_ in SON_OF)


def _given_name(tok: Token) -> bool:
    """A capitalised proper noun that no people, country or office is, named by nothing but a
    person or a people (NER's reading of an unknown given name)."""
    return tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and tok.ent_type_ in ("", "NORP", "PERSON") \
        and tok.lower_ not in demonyms() and not is_country(tok.text) and not is_office(tok)


def _name_after_particles(doc: Doc, i: int) -> int | None:
    """Where the capitalised name starts that the particles from ``i`` on lead to, in the
    sentence of ``i``; None when no particle is at ``i`` or no name follows."""
    j = i
    while j < len(doc) and _particle(doc[j]) and not doc[j].is_sent_start:
        j += 1
    if j == i or j >= len(doc) or doc[j].is_sent_start or not doc[j].text[:1].isupper():
        return None
    return j


def particles_before(span: Span) -> Span:
    """``bin Hamad Al Thani`` or ``Hamad Al Thani`` after "Tamim bin" -> ``Tamim bin Hamad Al
    Thani`` (PERSON): a person's name does not start with its lower-case particles; the given
    name before them is the name's first word. Else ``span``."""
    if span.label_ != "PERSON":
        return span
    doc, start = span.doc, span.start
    while start > 0 and _particle(doc[start - 1]) and not doc[start].is_sent_start:
        start -= 1
    first = start - 1
    opens = _name_after_particles(doc, start)
    if first < 0 or opens is None or opens >= span.end or doc[start].is_sent_start or not _given_name(doc[first]) \
            or _after_a_name(doc[first]):
        return span
    return Span(doc, first, span.end, label="PERSON")


def _after_a_name(tok: Token) -> bool:
    """A capitalised word, no title nor a sentence's first, right before ``tok``: then ``tok``
    is inside a longer name ("Mahler's Das Lied von der Erde"), no given name."""
    if tok.i == 0 or tok.is_sent_start:
        return False
    before = tok.doc[tok.i - 1]
    return before.is_alpha and before.text[:1].isupper() and not before.is_sent_start and not is_office(before)


def first_name_before_particles(ent: Span) -> bool:
    """``Tamim`` in "The emir Tamim bin Hamad Al Thani": a one-word people (NORP) that particles
    and a person's name NER found follow is that person's given name (``particles_before``)."""
    if ent.label_ != "NORP" or len(ent) != 1 or not _given_name(ent[0]) or _after_a_name(ent[0]):
        return False
    opens = _name_after_particles(ent.doc, ent.end)
    return opens is not None and ent.doc[opens].ent_type_ == "PERSON"
