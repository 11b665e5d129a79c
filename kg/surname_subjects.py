"""A person's surname that is also a place's name, typed a place by NER where the sentence makes it
the person: "Trans-Nzoia Senator Daniel Kitale … Kitale announced the move at a rally in the town
of Kitale … said Kitale would campaign for the party's candidates". NER reads each bare "Kitale"
by its sound and the gazetteer knows the town, so the resolution rules (``kg.merge_surnames``)
rightly keep a known place apart from the person; the senator's own sentences then land on the
town. A place does not announce, campaign or lose a nomination: a one-word name the document has
already written as a person's surname, which is the subject of a verb no place is the subject of,
is the person there. The town keeps its other mentions ("in the town of Kitale", the dateline).

So is such a surname that no gazetteer knows as a place, written as the owner of a body's name
("Raila Odinga … Odinga's Orange Democratic Movement", NER: GPE): the party is his, not located in
a place of that name. A known place keeps its type there ("Nairobi's city council").

The first word of such a full name written alone and typed a place no gazetteer knows is the person
too ("Ibrahima Ndiaye … We have followed Ibrahima", NER: GPE): a quote calls people so.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg.lexicon.big_cities import known_place
from kg.lexicon.countries import city_names
from kg.model import Mention
from kg.person_names import who_clause

#: NER's types of places a surname may be mistaken for.
PLACE_TYPES = frozenset({"GPE", "LOC"})
#: Where a mention may come from: NER, or a name NER typed otherwise that kg's typing fixes made a
#: place ("said Mendes", NER: PRODUCT, a town of the gazetteer) and the names carried from it.
_READ_ORIGINS = frozenset({"ner", "typed", "propagated"})
#: Verbs a place is the subject of ("Kitale lies on the road to …", "Kitale is a town", "Kitale
#: hosts the market", "Kitale borders Uganda"): no evidence of a person.
PLACE_VERBS = frozenset("""be lie sit border host become remain stand have see include contain
    neighbour neighbor face experience receive record get""".split())


def surnames_as_subjects(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (sorted by position) with each one-word NER mention typed a place, or a body
    when the gazetteer knows it as a city or a "who" clause follows it (a company named after its
    founder, "Dell announced", stays), retyped PERSON (origin ``typed``) where it is a surname of a
    person's full name written before it in the document and the subject of a verb that is no
    place's (``PLACE_VERBS``), or, typed a place no gazetteer knows, the owner of a body's name
    (``_persons_body``)."""
    first_full: dict[str, int] = {}
    first_given: dict[str, int] = {}
    for m in mentions:
        words = m.text.split()
        if m.type == "PERSON" and len(words) >= 2:
            first_full.setdefault(words[-1], m.start)
            if all(w[:1].isupper() for w in words):  # not a species NER read as a person ("Oecophora bractella")
                first_given.setdefault(words[0], m.start)
    if not first_full:
        return mentions
    out = []
    for m in mentions:
        if m.origin in _READ_ORIGINS and " " not in m.text and first_full.get(m.text, m.start) < m.start \
                and (m.type in PLACE_TYPES or m.type == "ORG" and (m.text.lower() in city_names() or _who_of(doc, m))) \
                and (_persons_subject(doc, m) or m.type in PLACE_TYPES and _persons_body(doc, m)) \
                or _first_name_alone(m, first_given):
            m = replace(m, type="PERSON", origin="typed")
        out.append(m)
    return out


def _first_name_alone(m: Mention, first_given: dict[str, int]) -> bool:
    """A one-word place NER found that is the first word of a person's full name written before
    it and no place the gazetteer knows ("Ibrahima Ndiaye … We have followed Ibrahima for two
    years", NER: GPE): the person, called by the first name in a quote."""
    return m.origin in _READ_ORIGINS and m.type in PLACE_TYPES and " " not in m.text \
        and first_given.get(m.text, m.start) < m.start and not known_place(m.text)


def _persons_subject(doc: Doc, m: Mention) -> bool:
    """The mention is the active subject of a verb no place is the subject of ("Kitale announced",
    "said Kitale would campaign", "Kitale keeps his seat"), or has a relative clause on "who"
    ("said Mendes, who was called up to the national team"): a place is "which" or "where"."""
    span = doc.char_span(m.start, m.end)
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() not in PLACE_VERBS \
        or who_clause(tok)


def _who_of(doc: Doc, m: Mention) -> bool:
    """The one-word mention has a relative clause on "who" ("Suga, who led the party", NER: ORG): a
    person's; a body or a place is "which" or "where" (so a company named after its founder, "Dell
    announced", keeps NER's type, but not one "who" …)."""
    span = doc.char_span(m.start, m.end)
    return span is not None and len(span) == 1 and who_clause(span[0])


def _persons_body(doc: Doc, m: Mention) -> bool:
    """The mention owns a body's name ("Odinga's Orange Democratic Movement") and is no place the
    gazetteer knows (a country, a city, a province)."""
    span = doc.char_span(m.start, m.end)
    if span is None or len(span) != 1 or span[0].dep_ != "poss" or span[0].head.ent_type_ != "ORG":
        return False
    return not known_place(m.text)
