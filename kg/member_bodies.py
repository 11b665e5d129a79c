"""A body's name written before a member's role and the member's name: "Radiohead guitarist
Jonny Greenwood", "Fall Out Boy bassist Pete Wentz", "Veltrix spokeswoman Ana Ruiz".

A band's name is often an English word or phrase the tagger reads as an adjective or a verb
("Radiohead" JJ, "Fall Out Boy" VB RP NNP), so neither NER nor the runs of proper nouns
(``kg.entities.recovered_mentions``) find it, and the sentence's plainest relation, the person's
membership, is lost; or NER finds it and types it a person or a place ("The Beatles" PERSON,
"Veltrix" GPE), and the ``title`` rule, which reads a role at an organisation, reads nothing. The
construction says what the words are: capitalised words, then a lower-case role a person holds
in a body (``MEMBER_ROLES``), then a person's name. Such a run is an organisation.

Guards: the role is written in lower case right before the person's name; no word of the run is
a word of rank or time ("Former", "Lead", "Founding": ``_NOT_A_NAME``), a people or a country
("the Cuban-American singer X", "Brazil striker X": a national side stays its country, as in
``kg.teams``); a run of one word that opens its sentence is a name only if it is no English word
("Veteran guitarist X" is no band; "Leeds manager X", a town's, is one); a name NER typed a
place the gazetteer knows keeps its type ("Liverpool striker X" is ``kg.teams``'s to read,
"Moscow spokeswoman X" stays the city).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from kg.doc_arrays import tokens_with
from kg.lexicon.countries import city_names, country_named, demonyms, uncommon_city
from kg.lexicon.english import in_lexicon
from kg.lexicon.frequency import common_word
from kg.model import Mention

#: Roles a person holds in a band, a company or a team, written between its name and theirs.
MEMBER_ROLES = frozenset("""guitarist bassist drummer vocalist singer keyboardist pianist frontman
    frontwoman saxophonist trumpeter violinist cellist percussionist rapper songwriter
    ceo cfo coo cto chairman chairwoman founder co-founder cofounder spokesman spokeswoman spokesperson
    striker midfielder defender goalkeeper winger manager coach captain""".split())
#: Capitalised words of rank, age or time that stand before a role and name no body ("Former
#: drummer", "Lead singer", "Founding member", "Then-CEO").
_NOT_A_NAME = frozenset("""former lead founding original new current future late then ex veteran longtime
    rhythm bass session touring backing star legendary famed renowned acclaimed young senior junior
    chief deputy assistant interim acting the a an his her their its our""".split())


class _Found(Protocol):  # kg.entities._Found
    doc: Doc
    taken: list[bool]
    mentions: list[Mention]
    lexicon: frozenset[str]

    def add(self, span: Span, etype: str, origin: str) -> None: ...


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and any(c.isalnum() for c in text)


def bodies_before_roles(found: _Found) -> Iterator[Span]:
    """Runs of capitalised words before a lower-case ``MEMBER_ROLES`` noun that a person's name
    NER found follows: the body the person belongs to."""
    doc = found.doc
    for tok in _roles_before_people(doc, found.mentions):
        start = tok.i
        while start > 0 and not found.taken[start - 1] and _capitalised(doc[start - 1].text) \
                and doc[start - 1].lower_ not in _NOT_A_NAME and not doc[start].is_sent_start:
            start -= 1
        if start == tok.i or (start > 0 and found.taken[start - 1]):
            continue  # nothing before the role, or the run ends a name found already ("BBC Radio 1")
        span = doc[start:tok.i]
        if any(_place_or_people(t.text) for t in span):
            continue  # "the Cuban-American singer X", "Brazil striker X": a people, a country's side
        if len(span) == 1 and span[0].is_sent_start and (in_lexicon(span[0].lower_, found.lexicon)
                                                         or common_word(span[0].text)) and not uncommon_city(span[0].text):
            continue  # "Veteran guitarist X"; not "Leeds manager X" (a town's side or company)
        yield span


def _roles_before_people(doc: Doc, mentions: list[Mention]) -> Iterator[Token]:
    """Each lower-case ``MEMBER_ROLES`` word, not the document's first nor last, right before a
    person's name in ``mentions`` (a Token only for a role's word: ``kg.doc_arrays.tokens_with``)."""
    person_starts = {m.start for m in mentions if m.type == "PERSON"}
    for tok in tokens_with(doc, MEMBER_ROLES):
        if 0 < tok.i < len(doc) - 1 and tok.is_lower and doc[tok.i + 1].idx in person_starts:
            yield tok


def retyped_bodies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a name NER found right before such a role and person, typed no body (a
    person, a product, a place no gazetteer knows), retyped the body it is ("The Beatles drummer
    Ringo Starr": PERSON; "Veltrix spokeswoman Ana Ruiz": GPE; "Leeds striker X": PRODUCT), as a
    correction (``origin: typed``) that ``kg.doc_types.carry_corrected_types`` gives the name's
    other mentions. A known place keeps its type: "Liverpool striker X" is ``kg.teams``'s to read,
    "Moscow spokeswoman X" stays the city."""
    before_role = {doc[t.i - 1].idx + len(doc[t.i - 1]) for t in _roles_before_people(doc, mentions)}
    if not before_role:
        return mentions
    out = []
    for m in mentions:
        if m.end in before_role and m.type not in ("ORG", "NORP") and not _place_or_people(m.text) \
                and (m.type not in ("GPE", "LOC") or m.text.lower() not in city_names()):
            m = replace(m, type="ORG", origin="typed")
        out.append(m)
    return out


def _place_or_people(text: str) -> bool:
    return bool(country_named(text)) or text.lower() in demonyms()


def member_bodies(found: _Found) -> None:
    """Add each body ``bodies_before_roles`` finds as an organisation."""
    for span in list(bodies_before_roles(found)):
        found.add(span, "ORG", "recovered")
