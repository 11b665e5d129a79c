"""An office, its body and its holder run together: "the Federal Chancellor of Germany Olaf
Scholz", "the King of Jordan Abdullah II". Edited English sets the holder off ("the Chancellor of
Germany, Olaf Scholz") or puts the office first; news translated from Russian, Chinese or Turkish
often does neither, and NER reads the body and the person as one name ("Germany Olaf Scholz").

Split such a span into the body and the person when

- an office noun (``ROLE_NOUNS``) stands at most ``_ROLE_REACH`` words before it, then "of";
- the span ends in the holder: two or three capitalised words (one before a regnal number),
  none a word that continues a body's name (``ORG_SUFFIXES``), a country or a people, not all
  everyday English words ("the International Free Press Society" is no "Free Press Society" in
  office; "Mark Brown" is missed, the safe side);
- what comes before the holder ends a body's name: a country, a word that ends organisations'
  names ("Airlines"), or one capitalised word after "of" inside the span ("of Gazprom").

Nothing is split without the office before it ("Bank of America Merrill Lynch" stays whole).

The office may be of a body named with its own "of" ("the head of the Ministry of Foreign
Affairs of Russia Sergey Lavrov", ``_office_of_body``), the body one rare word ("the press
secretary of the Kremlin Dmitry Peskov") or several capitalised ones before a first name that is
no English word ("the Minister of the Armed Forces Sebastien Lecornu"); a holder NER left
unlabelled after the body is a person (``kg.holder_pieces.holder_after_body``).

The same news drops the article before a company named by its kind ("Gazprom company reduced
supplies": ``kind_follows`` lets it open a sentence) and names a company by its kind, country and
name ("the national oil company of Azerbaijan SOCAR": ``split_country_company``)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.doc_arrays import doc_ents, ent_start, sentence_bounds
from kg.lexicon.big_cities import city_or_country
from kg.lexicon.countries import demonyms, is_country
from kg.lexicon.english import in_lexicon
from kg.lexicon.frequency import common_word
from kg.lexicon.given_names import given_name
from kg.lexicon.names import camel_capitals
from kg.lexicon.words import (ADMIN_DIVISION_WORDS, BOARD_WORDS, BODY_ONLY_OFFICES, FIELD_WORDS, HONORIFICS,
                             INSTITUTION_HEADS, LEGAL_ENDS, OFFICE_WORDS, ORG_SUFFIXES, PERSON_TITLES, PLACE_KINDS,
                             PORTFOLIO_OFFICES, PORTFOLIO_WORDS, ROLE_WORDS)
from kg.country_company import BODY_WORDS as _BODY_WORDS, KIND_NOUNS, split_country_company
from kg.relations.words import ROLE_NOUNS

#: Words between an office and the body a holder's name is run into: "of" for the office's own
#: body, and for the split alone "in"/"to" for where an envoy serves ("the ambassador of Turkey
#: in Russia Tanju Bilgic": Bilgic is no ambassador *of* Russia, so no ``office_of`` edge says so)
#: and "for" for what an office covers ("ADB Country Director for Uzbekistan Enrico Pinali").
_SPLIT_CONNECTORS = frozenset({"of", "in", "to", "for"})
#: How many words before the span the office noun may stand ("the head of Ministry of …": 2;
#: "Chairman of the Board of Directors of …": the span starts at "the").
_ROLE_REACH = 4
#: How many words the Title-Case name of a body between the office and the holder's body may span
#: ("of the Ministry of Foreign Affairs": 6).
BODY_REACH = 8
_BODY_JOINERS = frozenset({"of", "the", "and", "for", "&"})
_REGNAL = re.compile(r"^(?:[IVX]{1,4})$")


def split_office_holder(span: Span, lexicon: frozenset[str] = frozenset()) -> list[Span]:
    """``Germany Olaf Scholz`` after "Chancellor of" -> ``Germany`` (GPE), ``Olaf Scholz``
    (PERSON); else ``[span]``. ``lexicon`` (English words, ``kg.lexicon.english``) guards the
    split after a one-word body: the holder's first word may be no English word there ("Alexei
    Miller" is a person, "Infantry Regiment" is not). NER may have taken the office too ("The
    Head of Government of Kazakhstan Olzhas Bektenov"): what follows its "of" is split, if it splits."""
    inner = _after_leading_office(span)
    if inner is not None:
        parts = split_office_holder(inner, lexicon)
        if len(parts) > 1 or parts[0].start != inner.start:
            return parts
    if (holder := _holder_after_field(span, lexicon)) is not None:
        return holder
    if len(span) < 2 or office_before(span.doc, span.start, connectors=_SPLIT_CONNECTORS) is None \
            or _holder_set_off_after(span):  # "the chairman of the board of Kazakhstan Temir Zholy, Talgat
        # Aldybergenov,": the holder is named after the comma, so the body's words are the body's
        return split_country_company(span)
    doc = span.doc
    cut = _holder_start(span, lexicon) if len(span) >= 3 else None
    if cut is None:  # "the Kremlin Dmitry" + "Peskov": NER cut the holder's name in two
        rest = next((e.end for e in doc.ents if e.start == span.end and e.label_ == "PERSON" and len(e) == 1), None)
        rest = rest or _name_words_after(doc, span.end)  # "... and Development Odile" + "Renaud-Basso"
        whole = Span(doc, span.start, rest, label=span.label) if rest is not None else None
        cut = _holder_start(whole, lexicon) if whole is not None and len(whole) >= 3 else None
        if cut is None or cut >= span.end:
            return split_country_company(span) if len(span) < 3 else [span]
        span = whole
    if _lone_field(list(doc[span.start:cut])):  # "Minister of Transport Abdulkadir Uraloglu": a field is no name
        return [Span(doc, cut, span.end, label="PERSON")]
    end = cut - 1 if cut - 1 > span.start and doc[cut - 1].lower_.rstrip(".") in PERSON_TITLES else cut
    place = is_country(doc[span.start:end].text) or doc[end - 1].lower_ in ADMIN_DIVISION_WORDS \
        or city_or_country(doc[span.start:end].text)  # "Samara Oblast", "North Carolina" (a US state)
    # not "Galway Cllr" (a title); "Jordan Abdullah II": NER took the whole for the person
    label = "GPE" if place else "ORG" if span.label_ == "PERSON" else span.label_
    return [Span(doc, span.start, end, label=label), Span(doc, cut, span.end, label="PERSON")]


def _holder_set_off_after(span: Span) -> bool:
    """A proper name set off by a comma right after ``span`` that the parser hangs on it (the
    apposition of an office's body names the office's holder: "the chairman of Renault,
    Jean-Dominique Senard")."""
    doc, end = span.doc, span.end
    return end + 1 < len(doc) and doc[end].text == "," and any(
        t.dep_ == "appos" and t.pos_ == "PROPN" and span.start <= t.head.i < span.end for t in doc[end + 1:end + 6])


def _after_leading_office(span: Span) -> Span | None:
    """The part of ``span`` after an office it opens with: "[The] [Deputy] Head of [the]", at most
    ``_ROLE_REACH`` capitalised words before "of", one an office noun; None when it opens with none
    or too little follows for a body and a holder."""
    doc, k = span.doc, span.start + (span[0].lower_ == "the")
    of = next((i for i in range(k, min(span.end, k + _ROLE_REACH + 1)) if doc[i].lower_ == "of"), None)
    if of is None or of == k or not any(_role(t) for t in doc[k:of]) \
            or not all(t.text[:1].isupper() or t.text == "-" for t in doc[k:of]):
        return None
    first = of + 1 + (of + 1 < span.end and doc[of + 1].lower_ == "the")
    return Span(doc, first, span.end, label=span.label) if span.end - first >= 3 else None


def _holder_after_field(span: Span, lexicon: frozenset[str]) -> list[Span] | None:
    """``[Mehmet Şimşek]`` of "Finance Mehmet Şimşek" in "the Minister of Treasury and Finance
    Mehmet Şimşek", ``[Retno Marsudi]`` of "Affairs Retno Marsudi" in "the Minister of Foreign
    Affairs Retno Marsudi", ``[Erick Thohir]`` of "Owned Enterprises Erick Thohir" in "Minister of
    State-Owned Enterprises Erick Thohir", "the Minister for Energy and Petroleum Grace Mutua": an
    office's field (capitalised everyday words, ``office_field``'s kind, joined by "and" or a
    hyphen) right after "<office> of" (or "for"), the holder's name right after it; NER (or a run of proper nouns) took the field's last words into the
    name. The field is no name; the holder is two or three words, not all English words."""
    doc, first = span.doc, span.start
    if first < 2 or len(span) > 6 or not lexicon:
        return None
    k = first - 1  # back over the field's words before the span to its "of"
    while k > first - 1 - _FIELDS_REACH and k > 0 and (_field_word(doc[k]) or doc[k].lower_ in FIELD_JOINS or doc[k].text in "-–"):
        k -= 1
    # the field's words the span starts with, before the longest holder ("Roads and Transport [Peter …]")
    j = next((len(span) - n for n in (3, 2) if len(span) >= n and _first_name_here(span[len(span) - n])
              and all(_field_word(t) or t.text in "-–" or t.lower_ == "and" for t in span[:len(span) - n])), 0)
    if doc[k].lower_ not in ("of", "for") or k < 1 or not _role(doc[k - 1]) or (j == 0 and k == first - 1) \
            or doc[first - 1].lower_ != "and" and doc[k - 1].lower_ not in PORTFOLIO_OFFICES:
        return None  # a field of a minister's or a secretary's ("the CEO of General Motors …" names a body)
    holder = span[j:]
    if 2 <= len(holder) <= 3 and all(person_word(t) for t in holder) and not all(in_lexicon(t.lower_, lexicon) for t in holder):
        return [Span(doc, holder.start, holder.end, label="PERSON")]
    return None


def _field_then_holder(doc: Doc, and_: int) -> bool:
    """After the "and" at ``and_``, a field's second part and a holder's name that is no everyday
    word: "[Treasury] and Finance Mehmet Şimşek" (not "Marks and Spencer", "Health and Social Affairs")."""
    k = and_ + 1
    while k < len(doc) and k - and_ <= _FIELD_REACH and _field_word(doc[k]):
        k += 1
    return and_ + 1 < k < len(doc) and person_word(doc[k]) and not common_word(doc[k].text)


def _first_name_here(tok: Token) -> bool:
    """A word that may open a holder's name after a field: no portfolio, no plural ("Enterprises")."""
    return tok.lower_ not in PORTFOLIO_WORDS and tok.tag_ != "NNPS" \
        and not (tok.lower_.endswith("s") and common_word(tok.text))


def _field_word(tok: Token) -> bool:
    """A capitalised everyday word, no country, people or body's word: "Treasury", "Finance"."""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper \
        and (common_word(tok.text) or tok.lower_ in PORTFOLIO_WORDS) \
        and not is_country(tok.text) and tok.lower_ not in demonyms() and tok.lower_ not in _NO_FIELD


def short_of_holder(span: Span, grown: Span | None, lexicon: frozenset[str] = frozenset()) -> Span | None:
    """``grown`` (``span`` grown to the whole Title-Case run) cut before an office holder's name
    the growth took in: "the Secretary of State of the United States Antony Blinken" grows NER's
    ``United States`` into the holder's name, which :func:`split_office_holder` would cut off;
    the holder is left to be found on its own (``kg.holder_pieces.holder_after_body``). Grown leftwards into the
    body's name ("the president of the Valencian Generalitat" + NER's ``Eduardo Zaplana``), the
    holder's name stays as NER found it and the body is found on its own."""
    if grown is not None and grown.start < span.start and grown.end == span.end and span.label_ == "PERSON" \
            and given_name(span[0].text):  # not "the Slovak giant ŠK" + "Slovan Bratislava" (NER: PERSON)
        parts = split_office_holder(grown, lexicon)
        return span if len(parts) == 2 and parts[1].start == span.start else grown
    if grown is None or grown.end <= span.end:
        return grown
    parts = split_office_holder(grown, lexicon)
    if len(parts) == 2 and parts[1].label_ == "PERSON" and parts[1].start >= span.end:
        return Span(grown.doc, grown.start, parts[1].start, label=grown.label)
    return grown


def office_before(doc: Doc, first: int, through_body: bool = True,
                  connectors: frozenset[str] = frozenset({"of"})) -> Token | None:
    """The office noun in the few words before token ``first`` when "of" (or "of the") comes
    between them (same sentence): ``Chancellor`` in "the Federal Chancellor of Germany …".

    The office may also be of a body whose own name ends in "of": "the head of the Ministry of
    Foreign Affairs of Russia Sergey Lavrov" (``_office_of_body``), unless ``through_body`` is
    false: Lavrov holds an office *in* Russia, not one *of* Russia; a company's board is the
    company's even so ("the Chairman of the Board of Directors of Siemens Energy AG")."""
    of = _kind_before(doc, first) - 1
    of -= of > 0 and doc[of].lower_ == "the"
    if of < 1 or doc[of].lower_ not in connectors:
        return None
    start = sentence_bounds(doc, first)[0]
    near = of  # where the words between the office and the body start
    before = doc[of - 1] if of > 1 else None
    if before is not None and before.pos_ == "NOUN" and (before.lower_ in PLACE_KINDS or before.lower_ in _UNIT_NOUNS):
        near = before.left_edge.i  # "the governor of the Argentine province of Chubut X", "the CEO of the
        # commercial aviation division of Embraer X": the place's or the unit's phrase
    elif before is not None and doc[of].lower_ == "to" and before.ent_type_ in ("GPE", "ORG"):
        near = ent_start(doc, before.i)  # "the ambassador of the Republic of Korea to Uzbekistan X": the sender's name
    while near > of - _FIELDS_REACH and near > start + 1 \
            and (_field_word(doc[near - 1]) or doc[near - 1].lower_ in FIELD_JOINS):
        near -= 1  # "the Minister of Investment, Industry and Trade of Uzbekistan X": the field
    if before is not None and before.lower_ == "board":  # "the president of the management board of LOT X"
        while near > start + 1 and doc[near - 1].is_lower and doc[near - 1].lower_ in BOARD_WORDS:
            near -= 1  # the company's board
    lo = max(start, near - _ROLE_REACH)  # from the "of": "Minister of Foreign Affairs of the Republic of …"
    role = next((t for t in reversed(doc[lo:of]) if _role(t)), None)
    if role is not None:  # not an office held by another's: "the press secretary of the President of Russia X"
        outer = role.head.head if role.dep_ == "pobj" and role.head.lower_ == "of" else role
        return None if outer is not role and _role(outer) and outer.i < role.i else role
    via = _office_of_body(doc, of, start)
    if through_body or via is not None and all(t.lower_ in BOARD_WORDS for t in doc[via.i + 1:of]):
        return via  # "Chairman of the Board of Directors of Siemens Energy AG Christian Bruch": the company's
    return None


#: Parts of a company between an office's "of" and the company's ("the division of Embraer").
_UNIT_NOUNS = frozenset({"division", "unit", "arm", "branch", "subsidiary", "segment"})


def _kind_before(doc: Doc, first: int) -> int:
    """Where "[the] [Turkish] company" starts before token ``first``: translated news names a body
    by its kind, and its people, between the office's "of" and its name ("the Chairman of
    Turkish company Baykar Selcuk Bayraktar", "the general director of the company Rosneft Igor
    Sechin"); ``first`` when no lower-case kind noun (``KIND_NOUNS``) stands right before it."""
    k = first - 1
    if k < 1 or not doc[k].is_lower or doc[k].lower_ not in KIND_NOUNS:
        return first
    before = doc[k - 1]  # "Turkish company", "the state corporation": its people, or one lower-case word of its kind
    k -= before.lower_ in demonyms() and before.text[:1].isupper() or (
        before.is_lower and before.is_alpha and before.dep_ in ("amod", "compound") and before.head.i == k)
    return k


#: How many words the field of an office may span ("Minister of Foreign Economic Relations": 3).
_FIELD_REACH = 4
#: How far back an office's fields before a holder's name may reach ("Economy, Trade and").
_FIELDS_REACH = 6
#: What joins an office's fields ("Minister of Economy, Trade and Industry"); ``kg.junk`` reads it too.
FIELD_JOINS = frozenset({"and", "&", ","})


def office_field(doc: Doc, start: int, end: int) -> bool:
    """``Foreign Affairs`` in "the Minister of Foreign Affairs of Russia Sergey Lavrov": the
    capitalised everyday words right after "<office> of" (or "for": "the Chief Operating Officer for
    Natural Resources of Eni") and right before a second "of" name the office's field, not a body
    (translated news drops the article edited English would keep before a body: "the Minister of
    the Armed Forces"); the field is no name, and the name
    after its "of" (the country) is not named after it. "Chairman of the Board of Directors of
    Gazprom" keeps its body: an article stands before it; so does "the President of Republic of
    Kazakhstan": a state's word (``_STATE_WORDS``) or a body's (``_BODY_WORDS``) is no field.
    A field's first part before "and" is none either ("the Minister of Treasury and Finance"), nor
    any of its parts joined by "and" or a comma (``_in_field``: "Trade" of "the Minister of Industry
    and Trade of Vietnam")."""
    if 2 <= start < end < len(doc) and (doc[start - 1].lower_ in FIELD_JOINS or doc[end].lower_ in FIELD_JOINS) \
            and _in_field(doc, start, end):
        return True
    if not 1 <= end - start <= _FIELD_REACH or start < 2 or end + 1 >= len(doc) \
            or doc[start - 1].lower_ not in ("of", "for") \
            or not (doc[end].lower_ == "of" or _field_then_holder(doc, end)
                    or doc[end].text == "," and doc[end + 1].ent_type_ == "PERSON"
                    or doc[end].ent_type_ == "PERSON" and doc[start - 2].lower_ in _MINISTERS) \
            or not _role(doc[start - 2]) \
            or doc[start - 2].lower_ in BODY_ONLY_OFFICES \
            or any(doc[i].is_sent_start for i in range(start - 1, end + 1)):  # the cheap "of" test first: it rules out most
        return False
    words = [t for t in doc[start:end] if t.lower_ != "and"]
    if doc[end].text == ",":  # "the director of Apple, Andrew Mackenzie": a field by its words alone
        return bool(words) and all(t.lower_ in FIELD_WORDS for t in words)  # ("of Finance, X")
    return bool(words) and words[0].i == start and all(
        t.is_alpha and t.text[:1].isupper() and not t.is_upper and common_word(t.text)
        and not is_country(t.text) and t.lower_ not in demonyms() and t.lower_ not in _NO_FIELD for t in words)


#: Offices whose "of" names a portfolio right before the holder's name ("the Minister of State
#: Assets Jakub Nowak"); "the CEO of Apple Tim Cook" names a body.
_MINISTERS = frozenset({"minister", "secretary"})


def field_before(doc: Doc, of: int) -> bool:
    """The words right before the "of" at ``of`` are an office's field (``office_field``)."""
    return any(office_field(doc, k, of) for k in range(max(0, of - _FIELD_REACH), of))


def without_field(span: Span) -> Span:
    """``Russia`` of the span "Foreign Affairs of Russia" after "the Minister of": a name does not
    start with an office's field (``office_field``)."""
    doc = span.doc
    for k in range(span.start + 1, span.end - 1):
        if doc[k].lower_ == "of" and office_field(doc, span.start, k):
            return Span(doc, k + 1, span.end, label=span.label)
    return span


def _in_field(doc: Doc, start: int, end: int) -> bool:
    """``doc[start:end]`` is a part of a field of several parts between "<office> of" and the "of"
    of its country: "Trade" of "the Minister of Industry and Trade of Vietnam", "Energy" and "Mines"
    of "the Minister of Energy, Mines and Water of Mongolia"."""
    def part(t: Token) -> bool:
        return _field_word(t) or t.lower_ in FIELD_JOINS
    if not all(part(t) for t in doc[start:end]):
        return False
    k, e = start - 1, end
    while k > start - 1 - _FIELDS_REACH and k > 1 and part(doc[k]):
        k -= 1
    while e < end + _FIELDS_REACH and e < len(doc) - 1 and part(doc[e]):
        e += 1
    return doc[k].lower_ in ("of", "for") and _role(doc[k - 1]) and _field_word(doc[k + 1]) \
        and doc[e].lower_ == "of" and _field_word(doc[e - 1])


def _role(tok: Token) -> bool:
    return tok.lower_ in ROLE_NOUNS and tok.pos_ in ("NOUN", "PROPN")


def _office_of_body(doc: Doc, of: int, start: int) -> Token | None:
    """``head`` in "the head of the Ministry of Foreign Affairs of [Russia …]": before the "of"
    at ``of``, a body's name in Title Case (capitalised words joined by of/the/and/for, at most
    ``BODY_REACH`` words), and before that name "<office> of [the]"."""
    k = of - 1
    while k >= start and of - k <= BODY_REACH and not _role(doc[k]) and (  # "the Chairman of the Board …"
            doc[k].lower_ in _BODY_JOINERS or (doc[k].is_alpha and doc[k].text[:1].isupper())):
        k -= 1
    j = k + 1  # the chain doc[j:of]: it must open with "of [the]" and hold a capitalised word
    if k < start or doc[j].lower_ != "of" or not any(t.text[:1].isupper() for t in doc[j + 1:of]):
        return None
    return doc[k] if _role(doc[k]) else None


def _holder_start(span: Span, lexicon: frozenset[str] = frozenset()) -> int | None:
    """Where the holder's name starts inside ``span``, when the words before it end a body's name.
    A hyphenated name is one word of the holder's ("Kassym-Jomart Tokayev": two words)."""
    words = _name_words(span)
    regnal = bool(_REGNAL.match(words[-1][0].text)) and len(words[-1]) == 1
    # the longer holder first: "the President of the Republic Recep Tayyip Erdogan" is no
    # "Republic Recep" in office ("Tayyip Erdogan" alone would pass as the holder too)
    for size in ((1,) if regnal else (3, 2)):
        cut = len(words) - size - regnal
        if cut < 1:
            continue
        holder = [t for word in words[cut:len(words) - regnal] for t in word if t.text != "-"]
        before = [t for word in words[:cut] for t in word]
        if holder[0].tag_ == "NNPS" and common_word(holder[0].text) or holder[0].lower_ in ADMIN_DIVISION_WORDS \
                or size == 3 and not given_name(holder[0].text) and given_name(words[cut + 1][0].text) \
                or size == 3 and holder[0].lower_ in _NAME_ENDS:
            continue  # "Foreign [Affairs Retno Marsudi]": a plural of the field, no first name; "Samara
            # [Oblast Igor Lebedev]": a division's word ends the place's name; "Valencian [Generalitat
            # Eduardo Zaplana]": the two words after it open on a first name; "Wizz [Air Jozsef
            # Varadi]": a body's last word ends the body's name
        through = span.doc[before[0].i:holder[0].i + 1].text
        if is_country(through) or given_name(holder[0].text) and city_or_country(through) \
                or size == 3 and _named_elsewhere(span, through):
            continue  # "Kyrgyz [Republic Jeenbek Kulubaev]", "North [Carolina Roy Cooper]": the place's name goes on;
            # "the Verkhovna [Rada Ruslan Stefanchuk]" after "The Verkhovna Rada of Ukraine" named the body
        if all(person_word(t) for t in holder) and given_name(holder[0].text) \
                and city_or_country(span.doc[before[0].i:before[-1].i + 1].text):
            return before[-1].i + 1  # "the Governor of North Carolina Roy Cooper": a known place, then a person
        if all(person_word(t) for t in holder) and not all(common_word(t.text) for t in holder) \
                and (_body_end(before) or _lone_field(before) or before[-1].lower_.rstrip(".") in HONORIFICS
                     # a field before: "Mohammad" may be a word too; "TUSAŞ Mr. Mehmet Demiroğlu": "Mr." opens him
                     or ((_one_rare_word(before) or _titled_body(before) or _state_word(before))
                         and lexicon and not all(in_lexicon(t.lower_, lexicon) for t in holder))):
            return before[-1].i + 1
    return None


#: Words that end a body's name, never open a person's ("Wizz Air", "Kaspi Bank", "Hyundai Motors",
#: "the State Fiscal Service", "the Civil Aviation Authority").
_NAME_ENDS = ORG_SUFFIXES | INSTITUTION_HEADS | {"air", "service", "authority", "inspectorate", "directorate"}


def _named_elsewhere(span: Span, body: str) -> bool:
    """Another NER name of the document, outside ``span``, holds ``body`` whole."""
    body = body.lower().removeprefix("the ")
    return any(body in e.text.lower() for e in doc_ents(span.doc) if e.end <= span.start or e.start >= span.end)


def _name_words_after(doc: Doc, start: int) -> int | None:
    """The end of one capitalised word of a person's name (a hyphenated one too: "Renaud-Basso")
    that starts at ``start``, in no name NER found and in the sentence; else None."""
    def free(i: int) -> bool:
        return i < len(doc) and not doc[i].is_sent_start and not doc[i].ent_type_ and person_word(doc[i])

    if not free(start):
        return None
    end = start + 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and free(end + 1):
        end += 2
    return end


def _name_words(span: Span) -> list[list[Token]]:
    """``span``'s tokens by written word: a hyphen with no space on either side joins its
    neighbours into one ("Kassym", "-", "Jomart" is one word of a name)."""
    words: list[list[Token]] = []
    for tok in span:
        joined = words and not words[-1][-1].whitespace_ and (tok.text == "-" or words[-1][-1].text == "-")
        if joined:
            words[-1].append(tok)
        else:
            words.append([tok])
    return words


def person_word(tok: Token) -> bool:
    low = tok.lower_
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper and low not in _BODY_WORDS \
        and low not in ROLE_NOUNS and low not in demonyms() and not is_country(tok.text) and not _camel(tok.text)


def _camel(word: str) -> bool:
    """A capitalised CamelCased word of three capitals or more ("KazMunayGas"; ``camel_capitals``).

    >>> _camel("KazMunayGas"), _camel("McDonald"), _camel("DeSantis"), _camel("NATO")
    (True, False, False, False)
    """
    return word[:1].isupper() and len(camel_capitals(word)) >= 3


def _body_end(before: list[Token]) -> bool:
    """``before`` (the span's words before the holder) ends a body's name."""
    words = [t for t in before if t.lower_ != "the"] or before
    last = words[-1]
    if not last.text[:1].isupper():
        return False
    if is_country(" ".join(t.text for t in words)) or is_country(last.text) or last.lower_ in ORG_SUFFIXES \
            or _camel(last.text) or last.lower_.rstrip(".") in LEGAL_ENDS:
        # "the chairman of the board of KazMunayGas Askhat Khassenov", "the director of Kaztelecom JSC Aibek Serikov"
        return True
    return len(before) >= 2 and before[-2].lower_ == "of"  # "the Board of Directors of Gazprom"


def _one_rare_word(before: list[Token]) -> bool:
    """"the press secretary of the Kremlin Dmitry Peskov": the span opens, right after the office's
    "of", with one rare capitalised word ("Apple Tim Cook" stays whole: an everyday word)."""
    words = [t for t in before if t.lower_ != "the"]
    return len(words) == 1 and words[0].is_alpha and words[0].text[:1].isupper() and not common_word(words[0].text)


def _titled_body(before: list[Token]) -> bool:
    """"the Minister of the Armed Forces Sebastien Lecornu": the span opens, right after the
    office's "of", with a body's name of several capitalised words (joined by of/and/for);
    only with a holder whose first name is no English word (``_holder_start``)."""
    words = [t for t in before if t.lower_ != "the"]
    return len(words) >= 2 and all(t.is_alpha and t.text[:1].isupper() or t.lower_ in _BODY_JOINERS for t in words) \
        and words[0].text[:1].isupper() and words[-1].text[:1].isupper()


#: One capitalised word that names a state or its government without naming which ("the
#: President of the Republic Sergio Mattarella", "the Prime Minister of the Kingdom …").
_STATE_WORDS = frozenset("republic kingdom federation government parliament assembly council".split())
#: Words that end a state's or a body's name, no office's field: "the President of Republic of
#: Kazakhstan", "the Chairman of Bank of China"; a portfolio is a field though a company's name
#: may end in it too ("the Minister of Energy of Turkmenistan", beside "Origin Energy").
_NO_FIELD = _STATE_WORDS | (_BODY_WORDS - PORTFOLIO_WORDS)


def _lone_field(before: list[Token]) -> bool:
    """"the Minister of Transport Abdulkadir Uraloglu": the span opens, right after the office's
    "of", with the office's portfolio, one capitalised word (``PORTFOLIO_WORDS``: "Finance"; or a
    minister's or secretary's field of several everyday words: "Foreign Affairs";
    not "the chairman of Apple Tim Cook", a company), or what the office heads when it is no
    body's ("Head of State Kassym-Jomart Tokayev", "Secretary of State Antony Blinken")."""
    doc, i = before[0].doc, before[0].i
    if len(before) > 1:  # "the Minister of Foreign Affairs Retno Marsudi": a minister's field of everyday words
        return i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in PORTFOLIO_OFFICES \
            and all(_field_word(t) or t.lower_ == "and" or t.text in "-–" for t in before)
    return i > 0 and doc[i - 1].lower_ == "of" \
        and before[0].text[:1].isupper() and before[0].lower_ in PORTFOLIO_WORDS | HEADED_FIELDS


#: What an office heads that is no body's name: "Head of State", "Head of Government", "Secretary of State".
HEADED_FIELDS = frozenset({"state", "government"})


def _state_word(before: list[Token]) -> bool:
    words = [t for t in before if t.lower_ != "the"]
    return len(words) == 1 and words[0].text[:1].isupper() and words[0].lower_ in _STATE_WORDS


def is_office(tok: Token) -> bool:
    """A title, office, rank or role word ("Colonel", "Prime", "Secretary", "Producer")."""
    w = tok.lower_.rstrip(".")
    return w in OFFICE_WORDS or w in PERSON_TITLES or w in ROLE_WORDS
