"""A place's name that the sentence uses as a sports team's ("Liverpool beat Chelsea 2-1",
"Denver lost to Los Angeles 98-95", "who played for Canterbury").

Clubs are named after their city, and NER types them as the city (GPE): the club then joins the
city's node and gets the city's country. The sentence says which it is: a side of a result
("beat", "lost to", "drew with" another name, in a sentence with a score or a word of sport) or
the team a player plays, scores or signs for. Only such a mention is typed a team (ORG); the
entity's type is still the vote of all its mentions, so a story about the city keeps its city,
and a document that names the club only as a team keeps a club node apart from the city.

A country's name is left alone: a national side is written as its country ("Australia beat
New Zealand"), and kg reads a country's name as the country whatever its type (a political
story's "Australia" must stay the country), so no mention of it is retyped here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.described_kinds import described_as
from kg.doc_arrays import sentence_of, span_text
from kg.doc_types import CARRIED
from kg.lexicon.countries import city_names, country_names, province_countries
from kg.lexicon.names import norm
from kg.lexicon.words import CLUB_ABBREVIATIONS, DIVISION_WORDS
from kg.model import Mention
from kg.relations.tokens import up_conj

#: Verbs whose subject and object are the two sides of a result ("Liverpool beat Chelsea").
RESULT_VERBS = frozenset("beat defeat thrash trounce rout edge outclass upset overpower outplay hammer".split())
#: Verbs whose side is the object of a preposition: "lost to Aston Villa", "drew with Arsenal".
RESULT_PREPS = {"lose": "to", "draw": "with", "tie": "with"}
#: Verbs a player does for a team: "played for Canterbury", "scored twice for Liverpool".
PLAYER_VERBS = frozenset("play score sign bat bowl".split())
#: Words that make a sentence about sport, without a score written in it.
SPORT_WORDS = frozenset(
    """match game final semi-final quarter-final test cup league points goals goal wickets runs innings tries
    season round championship tournament premiership derby fixture""".split())
#: Last words only a club's name ends in ("Manchester United", "Ajax Amsterdam FC", "Blackburn
#: Rovers", "Tottenham Hotspur", and the Nordic clubs' "Malmö FF", "Djurgårdens IF", "Rosenborg
#: BK", "Molde FK", "Lillestrøm SK"): no person's name nor place's ends so, whatever NER typed it
#: ("SC" is left out: a barrister's "Bret Walker SC").
CLUB_WORDS = frozenset("united fc f.c. afc a.f.c. cf rovers wanderers hotspur albion athletic ff if bk fk sk ik".split())
#: First words of clubs named after their town ("Real Madrid", "Atletico Madrid", "Sporting Lisbon",
#: "Dynamo Kyiv", "FC Porto"): before a town of the gazetteer, a club's name.
CLUB_OPENERS = frozenset("""real atletico atlético sporting dinamo dynamo olympique borussia racing deportivo
    fc ac as ss sc sv cf cd fk nk pfc cska spartak lokomotiv""".split())
#: A player's or a side's staff role written between the team's name and the person's ("Liverpool
#: striker Mohamed Salah", "Leeds manager Daniel Farke"): the name before it is the team's.
SIDE_ROLES = frozenset("striker midfielder defender goalkeeper keeper winger fullback full-back centre-back manager coach captain".split())
#: A score: "2-1", "98-95", "3:1" (one token, or three).
_SCORE = re.compile(r"^\d{1,3}[-–:]\d{1,3}$")


def _scored(tokens) -> bool:
    """A score or a noun of sport in ``tokens`` (a sentence): "in the final", not "the final battle"."""
    toks = list(tokens)
    for i, t in enumerate(toks):
        if _SCORE.match(t.text) or (t.lower_ in SPORT_WORDS and t.pos_ in ("NOUN", "PROPN")):
            return True
        if t.text in ("-", "–", ":") and 0 < i < len(toks) - 1 and toks[i - 1].text.isdigit() \
                and toks[i + 1].text.isdigit() and len(toks[i - 1].text) <= 3 and len(toks[i + 1].text) <= 3:
            return True
    return False


def _named(tok: Token | None) -> bool:
    return tok is not None and tok.pos_ == "PROPN"


def _other_side(verb: Token, root: Token) -> Token | None:
    """The other name of a result verb: its subject, object or "to"/"with" object."""
    for c in verb.children:
        if c.i == root.i:
            continue
        if c.dep_ in ("nsubj", "dobj", "npadvmod"):
            return c
        if c.dep_ == "prep" and c.lower_ == RESULT_PREPS.get(verb.lemma_):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def team_side(span: Span, label: str = "GPE") -> bool:
    """The name is a team's in its sentence: a side of a result against another name in a
    sentence with a score or a word of sport ("Tottenham thrashed Everton 4-0", "Newcastle lost
    to Aston Villa in the league"), what a player plays, scores or signs for ("Dan Carter,
    who played for Canterbury"; each of a list: "played for Lazio, Torino and Parma"), or the
    side a player or a manager is of ("Liverpool striker Mohamed Salah": ``_before_player``).
    Never a country's name (see the module's docstring); a name NER typed no place (``label``)
    only when the gazetteer knows it as a town or a province ("played for Parma", NER: PERSON)."""
    text = span.text.lower()
    if text in country_names() or label not in ("GPE", "LOC") and text not in city_names() \
            and norm(text) not in province_countries():
        return False
    root = up_conj(span.root)  # "played for Lazio, Torino and Parma": each a team
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for" \
            and head.head.lemma_ in PLAYER_VERBS and head.head.pos_ == "VERB":
        return True
    return _result_side(span) or _before_player(span) or _plural_subject(span)


#: Verb forms that agree with a plural subject: a town's name before one is its team's, as
#: British and Australian sports writing has it ("Townsville are strong at home", "Leeds were
#: relegated"); a town is singular.
_PLURAL_FORMS = frozenset({"are", "were", "have"})


def _plural_subject(span: Span) -> bool:
    """``span``, one town's name alone (no "the", no conjunct: "Townsville, Cairns and Mackay
    were flooded" is three towns), is the subject of a plural verb form."""
    root, doc = span.root, span.doc
    if root.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ in ("conj", "cc") for c in root.children) \
            or root.dep_ == "conj" or (span.start and doc[span.start - 1].lower_ == "the"):
        return False
    verb = root.head
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return span.text.lower() in city_names() and any(t.lower_ in _PLURAL_FORMS for t in forms if t.i > root.i)


def _before_player(span: Span) -> bool:
    """A lower-case role of a side (``SIDE_ROLES``) right after the name, and a name after the
    role: "Liverpool striker Mohamed Salah", "the Leeds manager, Daniel Farke"."""
    doc, end = span.doc, span.end
    return end + 2 < len(doc) and doc[end].lower_ in SIDE_ROLES and doc[end].is_lower \
        and (doc[end + 1].pos_ == "PROPN" or doc[end + 1].text == "," and doc[end + 2].pos_ == "PROPN")


def club_name(span: Span) -> bool:
    """A name of two words or more that ends in a club's word (``CLUB_WORDS``): "West Ham United"
    (NER: GPE), "Manchester United" (NER: PERSON). Not "the United States": a country's name. A
    town's name and "City" or "Town" that name no town of the gazetteer are a club's too
    ("Manchester City", "Ipswich Town"; not "Mexico City", "Cape Town"), and so is a town's name
    after a club's first word (``CLUB_OPENERS``: "Real Madrid", "Dynamo Kyiv")."""
    if len(span) < 2 or not span[-1].text[:1].isupper():
        return False
    if span[-1].lower_ in ("city", "town"):
        whole, town = span.text.lower(), span[:-1].text.lower()
        return whole not in city_names() and town in city_names() and whole not in country_names() \
            and not _a_citys_word(span)
    if span[0].lower_ in CLUB_OPENERS and span[1:].text.lower() in city_names() and span.text.lower() not in city_names():
        return True  # "Real Madrid" (NER: FAC), "Atletico Madrid" (NER: PERSON), "Sporting Lisbon"
    if span[0].text in CLUB_ABBREVIATIONS and all(t.text[:1].isupper() for t in span[1:]):
        return True  # "CD Montealto", "FK Dunavski Sokol" (NER: PERSON): the abbreviation says club, any town
    return span[-1].lower_ in CLUB_WORDS and span.text.lower() not in country_names()


def _a_citys_word(span: Span) -> bool:
    """The "City" or "Town" that ends ``span`` is a city's word, as Chinese names write it, not a
    club's ("Manchester City"): ``span`` is set off by commas beside a named division ("Yiliang
    County, Zhaotong City, southwest China's Yunnan Province"), or is the "of" of a mayor."""
    doc = span.doc
    before = span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].lower_ in DIVISION_WORDS \
        and doc[span.start - 2].ent_type_ in ("GPE", "LOC")
    after = span.end < len(doc) and doc[span.end].text == "," and any(
        t.lower_ in DIVISION_WORDS and t.ent_type_ in ("GPE", "LOC") for t in doc[span.end + 1:span.end + 6])
    mayor = span.root.dep_ == "pobj" and span.root.head.lower_ == "of" and span.root.head.head.lower_ == "mayor"
    return before or after or mayor  # "mayor of Zhaotong City": only a town has a mayor


def country_side(span: Span) -> bool:
    """A country's name that is a side of a match in its sentence ("The Wallabies thrashed
    Argentina 30-6", "the third and final Test against India at Bangalore"): it stays the
    country (a national side is written as its country), but the story says nothing of what it
    names being in that country (``kg.presume``: no document country for its organisations).
    What a player plays for ("played for Australia") is left out: a life's story may well be
    set in the country it names so."""
    if span_text(span).lower() not in country_names():
        return False
    root, head = span.root, span.root.head
    if root.dep_ == "pobj" and head.lower_ == "against" and _scored(sentence_of(span)) and (
            head.head.lower_ in SPORT_WORDS or head.head.lemma_ in ("play", "win", "lose", "draw")):
        return True
    return _result_side(span)


def mention_origin(span: Span, ner_label: str, label: str) -> str:
    """How a name's type was found, for its weight in the type vote (``kg.labels``): ``typed``
    when the sentence corrected NER's or confirms its ORG for a city's name (``team_side``) or
    its body, work, product … by the noun it calls the name (``described_as``: "Roketsan is a
    Turkish weapons manufacturer", NER: ORG, then PERSON in the next sentences; the correction
    carries, ``kg.doc_types``), ``side`` for a country that is a side of a match
    (``country_side``), else ``ner``."""
    if label != ner_label or (label == "ORG" and span_text(span).lower() in city_names() and team_side(span)) \
            or label in CARRIED and described_as(span, label):
        return "typed"  # NER's ORG for a city a sentence makes a team is a correction too ("Liverpool striker X")
    return "side" if label in ("GPE", "LOC") and country_side(span) else "ner"


def _result_side(span: Span) -> bool:
    """A side of a result against another name, in a sentence with a score or a word of sport."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        if RESULT_PREPS.get(verb.lemma_) == head.lower_:
            return _named(_other_side(verb, head)) and _scored(span.sent)
        return False
    if root.dep_ in ("nsubj", "dobj", "npadvmod") and head.pos_ == "VERB":
        if head.lemma_ in RESULT_VERBS or (head.lemma_ in RESULT_PREPS and root.dep_ == "nsubj"):
            return _named(_other_side(head, root)) and _scored(span.sent)
    return False


def team_throughout(mentions: list[Mention]) -> list[Mention]:
    """A document that makes a city's name a team (``team_side``, the mention ``typed`` ORG)
    means the team by its other mentions of that name too ("Liverpool beat Chelsea 2-1 ... The
    victory leaves Liverpool on 58 points", NER: GPE): they are typed the team as well, so that
    the document's name joins the corpus as the club's and never as the city's (resolution
    links documents by name and type group). A country's name is never retyped. The other way,
    a document with no team of a city's name that types it a place means the city by it
    throughout: NER's ORG for "the mayor of Liverpool" would join that story to a club's."""
    teams = {m.text for m in mentions if m.origin == "typed" and m.type == "ORG"}
    places = {m.text for m in mentions if m.type in ("GPE", "LOC") and m.text not in teams
              and m.text.lower() in city_names()}
    return [replace(m, type="ORG", origin="typed") if m.text in teams and m.type in ("GPE", "LOC")
            and m.text.lower() not in country_names()
            else replace(m, type="GPE") if m.text in places and m.type == "ORG" and m.origin == "ner"
            else m for m in mentions]
