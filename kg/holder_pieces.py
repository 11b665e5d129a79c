"""Pieces of a recovered run of capitals around an office holder's name, for ``kg.entities`` and
``kg.entity_types``: a holder's name NER left unlabelled right after the body (``holder_after_body``),
a first name NER read as a people after the holder's country ("Turkey Hakan" + "Fidan"), a body's
acronym or name before its holder's titles ("ECB President" + "Christine Lagarde"), and a rare
proper noun before a lower-case organisation noun ("Gazprom company"). Split from
``kg.office_holders``, which splits a body's name from its holder's."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.lexicon.countries import demonyms, is_country
from kg.lexicon.frequency import common_word
from kg.country_company import KIND_NOUNS
from kg.office_holders import BODY_REACH, is_office, office_before, person_word
from kg.relations.words import ORG_NOUNS
from kg.shaped import acronym_word


def first_name_as_people(ent: Span) -> bool:
    """``Hakan`` in "the Minister of Foreign Affairs of Turkey Hakan Fidan": NER read an unknown
    first name after the holder's country as a people (NORP) and left the surname out; the two
    words are the holder's name (``holder_after_body``), no people and a name of its own."""
    doc, end = ent.doc, ent.end
    return ent.label_ == "NORP" and len(ent) == 1 and end < len(doc) and not doc[end].ent_type_ \
        and ent.text.lower() not in demonyms() and not is_country(ent.text) \
        and doc[end].pos_ == "PROPN" and holder_after_body(Span(doc, ent.start, end + 1))


def kind_follows(span: Span) -> bool:
    """``Gazprom company reduced supplies``: a rare proper noun before a lower-case organisation
    noun (``ORG_NOUNS``) is a name even at a sentence start ("Apple company": an everyday word)."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.lower_ in ORG_NOUNS and nxt.text.islower() and nxt.tag_ == "NN" \
        and span[0].tag_ == "NNP" and not common_word(span[0].text)


def acronym_of_holder(span: Span | None, taken: list[bool]) -> Span | None:
    """An acronym or a body's name (``_BODY_HEADS``), then titles, right before a person's name
    NER found (``taken`` marks the tokens of names found before) is a body and its holder's
    office: "ECB President" + "Christine Lagarde" is the ECB, "National Disaster Management
    Authority Lt Gen" + "Inam Haider Malik" the Authority; the titles are no part of its name.
    Not a portfolio ("Shadow Defence Minister Chris Evans": "Shadow Defence" names nothing)."""
    if span is None or span.end >= len(span.doc) or not taken[span.end] or span.doc[span.end].ent_type_ != "PERSON":
        return span
    end = span.end
    while end > span.start + 1 and is_office(span.doc[end - 1]):
        end -= 1
    last = span.doc[end - 1]
    acronym = end == span.start + 1 and acronym_word(span.doc[span.start])
    body = end - span.start >= 2 and last.lower_ in _BODY_HEADS  # "National Disaster Management Authority Lt Gen"
    return Span(span.doc, span.start, end) if (acronym or body) and end < span.end else span


#: Last words of a body's name that the titles of its holder may follow in a run of capitals.
_BODY_HEADS = frozenset("""authority agency commission committee council board bureau ministry department office court
    police force forces army navy bank university institute corporation foundation""".split())


def cut_from_holder(span: Span, run: Span) -> bool:
    """``span`` is an acronym :func:`acronym_of_holder` cut from ``run`` ("ECB President Christine
    Lagarde" opening a sentence): a name, though a capital at a sentence start is no evidence of one."""
    return span.end < run.end and len(span) == 1 and acronym_word(span[0])


def holder_after_body(span: Span) -> bool:
    """``Rajnath Singh`` in "the minister of defence of India Rajnath Singh": NER took the body
    and left the holder's name, two or three words that could be a person's, right after it; or
    the body is named by its kind alone ("the spokesperson of the ministry Shu Jueting")."""
    doc = span.doc
    if not 2 <= len(span) <= 3 or span.start == 0:
        return False
    if not all(person_word(t) for t in span) or all(common_word(t.text) for t in span):
        return False
    if not doc[span.start - 1].ent_type_:  # "the general director of the state corporation Alexey Likhachev"
        if doc[span.start - 1].lower_ in KIND_NOUNS:
            return office_before(doc, span.start) is not None
        return _country_run_before(doc, span.start)  # "… of Republic of Uzbekistan Bakhtiyor Saidov": NER found neither
    body = next((e for e in doc.ents if e.end == span.start), None)
    return body is not None and body.label_ in ("GPE", "ORG") and office_before(doc, body.start) is not None


def _country_run_before(doc: Doc, end: int) -> bool:
    """A country's name NER left unlabelled ends right before token ``end``, after an office and
    its "of" ("… of Republic of Uzbekistan", "… of Kyrgyz Republic"; translated news drops "the")."""
    for start in range(end - 1, max(end - 1 - BODY_REACH, 0), -1):
        if not (doc[start].text[:1].isupper() or doc[start].lower_ == "of"):
            return False
        if doc[start].text[:1].isupper() and is_country(doc[start:end].text) and office_before(doc, start) is not None:
            return True
    return False
