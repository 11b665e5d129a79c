"""Three kinds of news names NER mistypes, read from the sentence and the name's own words
(``kg.entity_types`` asks): a holiday, a people, a body named after its country.

* A **holiday** ("Christmas", "Boxing Day", "Ramadan") is a run of proper nouns NER reads inside
  a DATE ("just before Christmas"): it is kept as a name (``kg.junk.part_of_time``) and NER gave it
  no name type, so it was guessed an organisation. It names a recurring event.
* A **people** NER left unlabelled ("Kashmiri groups" beside "Kashmir") was guessed an
  organisation: a name that is a place the document or a country's name plus a demonym ending
  ("Kashmir" + "i", "New Zealand" + "er"). NER's own label is not overruled, and a people noun
  after the name ("the Ute people") is not read: so typed, "Urguti people" and "the Ute people"
  lost the edges Re-DocRED's annotators drew for them as bodies (measured).
* A **body named after its country** ("Soccer Australia", "Energy Australia", "Nutrition
  Australia") is a common noun before a country's name: NER reads it a person or a place. The
  noun is one WordNet knows only as a noun: an adjective before a country names the country in a
  period or a part of it ("Western Australia", "Nazi Germany", "Imperial Japan").

No list of names: the gazetteer (pycountry), the document's own places and WordNet decide.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.doc_arrays import doc_ents
from kg.lexicon.countries import country_names
from kg.lexicon.english import word_classes

#: Demonym endings added to a place's whole name: "Kashmiri(s)", "New Zealander(s)", "Chicagoan(s)".
_ENDINGS = ("is", "i", "ers", "er", "ans", "an", "ites", "ite")
#: Nouns that qualify a country as a part of it, not as a body: "Mainland China", "Outback Australia".
_PART_NOUNS = frozenset({"mainland", "outback", "island", "coast", "interior"})


def holiday(span: Span) -> bool:
    """NER read every word of the name inside a date ("before Christmas", "on Boxing Day"), and
    the name is a holiday's short one (up to three words, no function word) that no number of
    the date comes before: in "the January 4-6 South Asian Association for Regional Cooperation
    summit" NER's date ran on over a body's name."""
    doc = span.doc
    if not 1 <= len(span) <= 3 or any(t.ent_type_ != "DATE" or t.is_stop or t.is_upper for t in span):
        return False  # an acronym is no holiday: "the 2003–04 CBA season"
    if span.start and doc[span.start - 1].lower_ in ("a", "an", "the"):
        return False  # "a Depression-era marathon", "the Depression": an era, no holiday
    i = span.start - 1
    while i >= 0 and doc[i].ent_type_ == "DATE" and doc[i].ent_iob_ != "O":
        if doc[i].like_num or any(ch.isdigit() for ch in doc[i].text):
            return False
        if doc[i].ent_iob_ == "B":
            break
        i -= 1
    return True


def _places(doc: Doc) -> frozenset[str]:
    """Lower-cased names NER read as places in the document (read once a document)."""
    key = "kg_news_kinds_places"
    if key not in doc.user_data:
        doc.user_data[key] = frozenset(e.text.lower().removeprefix("the ") for e in doc_ents(doc)
                                       if e.label_ in ("GPE", "LOC"))
    return doc.user_data[key]


def demonym_of_place(span: Span) -> bool:
    """The name is a known place's name with a demonym ending ("Kashmiri" beside "Kashmir", "New
    Zealander"): the place a country or one NER found in the document, of four letters or more
    (a gazetteer's towns are too many: "Porter" is no people of "Port")."""
    text = span.text.lower()
    if not span[-1].is_alpha:
        return False
    places = country_names() | _places(span.doc)
    return any(text.endswith(e) and len(text) - len(e) >= 4 and text[:-len(e)] in places
               and text not in places for e in _ENDINGS)


def body_of_country(span: Span) -> bool:
    """Common nouns before a country's name: "Soccer Australia", "Energy Australia". Each word
    before the country is a WordNet noun and no adjective ("Western Australia", "Nazi Germany"
    stay places), and no word for a part of a country ("Mainland China")."""
    words = [t.lower_ for t in span]
    if len(words) < 2 or span.text.lower() in country_names():
        return False
    classes = word_classes()
    nouns, adjectives = classes["noun"], classes["adj"]
    for k in range(1, len(words)):
        if " ".join(words[k:]) in country_names():
            lead = [w for part in words[:k] for w in part.split("-") if w]
            return bool(lead) and all(w.isalpha() and w in nouns and w not in adjectives and w not in _PART_NOUNS
                                      for w in lead)
    return False
