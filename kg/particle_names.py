"""A person's name that NER cuts after its particles: "Ursula von der | Leyen" (PERSON, then
"Leyen" as a place), "Alexander van der | Bellen", "Ana de la | Fuente", or inside them ("Ursula von |
der Leyen"). A name does not end in a
lower-case particle; the capitalised word after it is the rest of the surname.

Extend an NER PERSON span that ends in lower-case particles (``NAME_PARTICLES``: von, der, van,
de, la, bin …) over the capitalised words that follow it in the same sentence (at most two). A
span that ends in a capitalised word is left alone, and so is one whose particles nothing
capitalised follows ("… said von der")."""

from __future__ import annotations

from spacy.tokens import Span

from kg.lexicon.words import NAME_PARTICLES

#: How many capitalised words after the particles the surname may take ("von der Leyen": one).
_MAX_AFTER = 2


def run_on_particles(span: Span) -> Span:
    """``Ursula von der`` -> ``Ursula von der Leyen`` (PERSON); else ``span``."""
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
