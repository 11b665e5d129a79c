"""A place named after "in" is no part of the name before it: NER reads "Holmenkollen in Oslo",
"Foreign and Commonwealth Office in London", "Royal Court in Sweden" as one name; they are a
name and the place it is in. Titles of works keep their "in" ("Like Someone in Love"), and so
does a name whose part after "in" is no known country or city ("Order in Council")."""

from __future__ import annotations

from spacy.tokens import Span

from kg.lexicon.countries import city_names, country_named


def split_in_place(span: Span) -> list[Span]:
    """``span`` cut into the name before "in" (+ "the") and the place after it, when the place
    is a country or a city of the gazetteer and a capitalised word comes before "in"; else
    ``[span]``."""
    if span.label_ in ("WORK_OF_ART", "PERSON") or len(span) < 3:
        return [span]
    for tok in span[1:-1]:
        if tok.text != "in" or not tok.nbor(-1).text[:1].isupper():
            continue
        start = tok.i + 1 + (tok.nbor(1).lower_ == "the" and tok.i + 2 < span.end)
        place = span.doc[start:span.end]
        if place.text[:1].isupper() and (country_named(place.text) or place.text.lower() in city_names()):
            return [Span(span.doc, span.start, tok.i, label=span.label), Span(span.doc, start, span.end, label="GPE")]
    return [span]
