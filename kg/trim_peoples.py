"""Trim rules (``kg.trim.RULES``) for a people's adjective NER ran into a name: the people of two
adjectives ("Japanese Americans"), and a people's adjective before a company's registered name,
as translated news writes it ("the distributor Japanese Kanda Shoji Co., Ltd.", "the South Korean
Hanseo Battery Co., Ltd."), after the noun of its kind ("the group Brazilian Bastos Capital",
Portuguese "o grupo brasileiro") or after the article alone ("the Italian Eni", Spanish "la italiana
Eni"): the adjective says the company's nationality; the name is the rest."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.lexicon.countries import demonyms
from kg.lexicon.english import in_lexicon
from kg.lexicon.frequency import common_word
from kg.lexicon.names import legal_form, registered_name
from kg.lexicon.words import BODY_NOUNS, DEMONYM_ENDINGS
from kg.news_kinds import people_named_body


def people_before_people(span: Span, original: str, lexicon: frozenset[str]) -> Span | None:
    """``Japanese Americans``, ``African-American``, ``Romanian Jewish``: a people named by two
    people's adjectives is the people of the last one (its head), the first says where they
    came from; the last is the name that joins the people's other mentions."""
    if span.label_ != "NORP" or len(span) < 2:
        return None
    first, i = span[0], span.start + 1
    hyphen = span.doc[i].text in ("-", "–")
    i += hyphen
    if i >= span.end or not span.doc[i].text[:1].isupper() or not span.doc[i].is_alpha:
        return None
    if not hyphen and people_named_body(span):
        return None  # "Saudi Aramco": a body named after its people (``kg.news_kinds``)
    if first.lower_ in demonyms() or (hyphen and first.lower_.endswith(DEMONYM_ENDINGS) and first.is_alpha):
        return span.doc[i:span.end]
    return None


def people_before_body(span: Span, original: str, lexicon: frozenset[str]) -> Span | None:
    """``Japanese Kanda Shoji Co., Ltd.``: a people's adjective (one word or two: "South Korean")
    before a registered name (``registered_name``) is no part of it when the text writes the name's
    first word elsewhere without the adjective ("Kanda Shoji is based in Osaka"): "American Express
    Company", written so throughout, keeps its adjective."""
    doc, cut = span.doc, _opening_people(span, 2)
    if cut is None:
        return None
    rest = doc[span.start + cut:span.end]
    if not registered_name(rest.text):
        return None
    return Span(doc, rest.start, rest.end, label="ORG") if written_alone(rest, lexicon) else None


def _opening_people(span: Span, rest: int) -> int | None:
    """How many words (two, else one: "South Korean", "Japanese") of a people's adjective ``span``
    opens on, leaving at least ``rest`` words after it; None when it opens on none."""
    return next((cut for cut in (2, 1) if len(span) - cut >= rest
                 and " ".join(t.lower_ for t in span[:cut]) in demonyms()), None)


def written_alone(name: Span, lexicon: frozenset[str]) -> bool:
    """The text writes ``name``'s first two words (its first, when the legal form follows it)
    elsewhere without the word before ``name`` here ("Kanda Shoji is based in Osaka" beside
    "Japanese Kanda Shoji Co., Ltd."; not "Egyptian Electricity Transmission Company" beside "the
    Ministry of Electricity")."""
    doc = name.doc
    core = [t.text for t in name if t.is_alpha or "-" in t.text][:2]
    if len(core) == 2 and legal_form(core[1]):
        core = core[:1]
    if len(core) < 2 and (not core or common_word(core[0]) or in_lexicon(core[0].lower(), lexicon)):
        return False  # "Turkish Petroleum Corporation" beside "Somali Petroleum Authority": an English word
    before = doc[name.start - 1].lower_ if name.start else ""
    n = len(core)
    return any([t.text for t in doc[i:i + n]] == core and i != name.start and (i == 0 or doc[i - 1].lower_ != before)
               for i, t in enumerate(doc) if t.text == core[0])


#: Nouns of a body's kind that translated Romance news writes before the body's people: "the group
#: Brazilian Bastos Capital", "the company Chinese Vantix".
_KIND_BEFORE_PEOPLE = BODY_NOUNS | frozenset({"group", "club", "holding", "party", "team"})


def people_after_kind(span: Span, original: str, lexicon: frozenset[str]) -> Span | None:
    """``the group Brazilian Bastos Capital``: a people's adjective (one word or two) that opens a
    name right after a lower-case noun of a body's kind is the adjective of that noun, put after it
    as Portuguese, Spanish or French put it; the name is the rest, when the rest opens on no
    English word ("the band American Football" keeps its name)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    if before is None or not before.is_lower or before.lower_ not in _KIND_BEFORE_PEOPLE:
        return None
    return _name_after_people(span, lexicon)


def people_after_article(span: Span, original: str, lexicon: frozenset[str]) -> Span | None:
    """``the Italian Eni``, ``the Spanish Acciona``: translated Romance news writes a company by
    its people's adjective alone ("la italiana Eni", "a espanhola Acciona"), the noun of its kind
    left out; after the article the adjective is the company's nationality and the name is the
    rest, when no word of the rest is an English word ("the American Football League", "the British
    Museum", "the Italian Pelagie Islands" keep theirs: an encyclopedia's names of a people's own
    bodies and places), or when NER parted the rest from the adjective as an organisation ("the
    Japanese Toyota": Toyota is an English word too)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    if before is None or before.lower_ != "the":
        return None
    name = _name_after_people(span, lexicon)
    if name is not None and not any(_english(t, lexicon) for t in name if t.is_alpha):
        return name  # not "the Italian Pelagie Islands", "the Japanese Airplay Charts": the people's own
    return _organisation_after_people(span)


def _organisation_after_people(span: Span) -> Span | None:
    """``the Japanese Toyota``, ``the French Airbus``: a name that is an English word too, which NER
    itself parted from the people's adjective before it (the adjective a NORP of its own, the
    rest an ORG that ends where the span ends)."""
    doc = span.doc
    for cut in (2, 1):
        rest = span.start + cut
        if len(span) - cut < 1 or " ".join(t.lower_ for t in span[:cut]) not in demonyms():
            continue
        if all(t.ent_type_ == "NORP" for t in span[:cut]) and doc[rest].ent_iob_ == "B" and doc[rest].ent_type_ == "ORG" \
                and all(t.ent_iob_ == "I" for t in doc[rest + 1:span.end]) \
                and (span.end == len(doc) or doc[span.end].ent_iob_ != "I"):
            return Span(doc, rest, span.end, label="ORG")
    return None


def _english(word: Token, lexicon: frozenset[str]) -> bool:
    return common_word(word.text) or in_lexicon(word.lower_, lexicon)


def _name_after_people(span: Span, lexicon: frozenset[str]) -> Span | None:
    """``span`` without the people's adjective (one word or two) it opens on, when what follows
    opens on a capitalised word that is no English word."""
    doc, cut = span.doc, _opening_people(span, 1)
    if cut is None:
        return None
    first = doc[span.start + cut]
    if not first.text[:1].isupper() or not first.is_alpha or _english(first, lexicon):
        return None
    return Span(doc, span.start + cut, span.end, label="ORG")


def peoples_cut_before(part: Span, kept: Span) -> list[Span]:
    """The people's adjectives (one word: "Swiss", "Japanese") of an NER span that its trim left
    before the name it kept: "the Swiss company Glencore" (NER: one ORG) keeps "Glencore", and
    "Swiss", which says the company's nationality, is a people's mention of its own, as it is
    when NER finds it alone ("the German firm Siemens"). A name that keeps its adjective
    ("American Express") cuts none."""
    doc = part.doc
    return [doc[i:i + 1] for i in range(part.start, min(kept.start, part.end))
            if doc[i].text[:1].isupper() and doc[i].is_alpha and doc[i].tag_ in ("JJ", "NNP", "NNPS")
            and doc[i].lower_ in demonyms()]
