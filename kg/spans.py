"""Where a name starts and ends: limits a mention never crosses, and the whole name it is a piece of.

spaCy's NER and the runs of proper nouns cut names in two ways. They run over limits ("World War
I.\\nAngell" across a sentence, "Legs (1975" into a bracket, "board of Naftogaz" over a common
noun), and they stop inside a name written in Title Case ("Metropolitan City" of "Metropolitan
City of Bari", "Dam" of "O'Shaughnessy Dam", "Blu" and "Disc" of "Blu-ray Disc", "Gangs" of
"Gangs of Wasseypur"). Each function here takes a spaCy ``Span`` and answers from the parse and
the letter case alone, so it holds on text nobody tuned it to:

- ``sentence_parts``: the pieces of a span between sentence starts (and before "His Excellency");
- ``close_brackets``: the span cut before an unbalanced bracket;
- ``capitalised_edges``: in text that has case, a name starts and ends with a capitalised word;
- ``without_title``: a title is no part of a name ("Colonel Picot", "Bishop of Pittsburgh");
- ``name_chain``: the span grown to the Title-Case name it is part of, through compounds,
  hyphens, particles ("Sogn og Fjordane") and "of"/"for" after a capitalised common noun;
- (``kg.joined_names.one_name`` says whether an "X and Y" span is one name: "Minneapolis Park
  and Recreation Board", not "Facebook and Tencent");
- ``people_in_name``: whether a people's adjective right before a name is the name's first word
  ("Norwegian Premier League", "Russian Far East", "Moravian-Silesian Region").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.capitals import capitalised
from kg.doc_arrays import sentence_bounds, sentence_numbers
from kg.lexicon.countries import city_names, country_named, demonyms
from kg.lexicon.english import in_lexicon
from kg.foreign import foreign_end, foreign_start
from kg.institutions import bodies_for
from kg.lexicon.given_names import given_name
from kg.hyphen_syllables import hyphen_end, hyphen_start, name_tail, syllable_end
from kg.name_numbers import model_number as _number, numbered_name as _numbered, numeral_word, ordinal_start as _ordinal, regnal as _regnal, year as _year
from kg.of_league import team_of_league
from kg.particle_names import particle_end
from kg.office_holders import field_before, is_office, office_before, office_field
from kg.person_names import honorific_at
from kg.shaped import acronym_word
from kg.title_case import title_case_sentence
from kg.of_names import and_modifier_end, and_of_end, fields_end, of_name_end, of_name_start, possessive_end
from kg.lexicon.words import (
    AWARD_PERIODS, DIVISION_WORDS, LEGAL_FORMS, NAME_JOINERS, JOINING_PARTICLES, NAME_TITLES,
)

_NAME_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "npadvmod", "flat"})  # "Tokyo" -> "Palace"
#: Labels of spaCy's value entities: a number inside one may still end a name ("Billboard Hot 100").
_OTHER_NER = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
#: NER labels whose spans never grow: a demonym ("Soviet women"). A person's name grows only by
#: name words that are no English words and by particles ("Adolf Hitler", "von der Esch"), never
#: by "of" ("Rob Baker of The Tragically Hip") nor an English word ("Jamaican Roger Mais").
_NO_GROWTH = frozenset({"NORP"})
#: Brackets a name never cuts through.
_OPEN, _CLOSE = "([{", ")]}"


def sentence_parts(span: Span) -> list[Span]:
    """The pieces of ``span`` between the sentence starts inside it, whitespace dropped; an honorific
    starts a piece too: "in Abu Dhabi His Excellency Sameh Shoukry" (``honorific_at``)."""
    doc, parts, start = span.doc, [], span.start
    for i in range(span.start + 1, span.end + 1):
        if i == span.end or doc[i].is_sent_start or honorific_at(doc, i):
            s, e = start, i
            while s < e and doc[s].is_space:
                s += 1
            while e > s and doc[e - 1].is_space:
                e -= 1
            if s < e:
                parts.append(Span(doc, s, e, label=span.label))
            start = i
    return parts


def close_brackets(span: Span) -> Span | None:
    """``Legs (1975`` -> ``Legs``; ``Lexington (CV-2`` -> ``Lexington``; balanced brackets stay."""
    depth, cut = 0, None
    for tok in span:
        if tok.text in _OPEN:
            if depth == 0 and cut is None:
                cut = tok.i
            depth += 1
        elif tok.text in _CLOSE:
            if depth == 0:  # a closing bracket without its opening: the name starts after it
                return close_brackets(Span(span.doc, tok.i + 1, span.end, label=span.label)) \
                    if tok.i + 1 < span.end else None
            depth -= 1
            if depth == 0:
                cut = None
    if depth and cut is not None:
        return Span(span.doc, span.start, cut, label=span.label) if cut > span.start else None
    return span


def capitalised_edges(span: Span, lexicon: frozenset[str], recased: frozenset[int] = frozenset()) -> Span | None:
    """In text that has case a name starts and ends with a capitalised word or a number
    (``board of Naftogaz`` -> ``Naftogaz``) and holds no lower-case English content word: it is
    cut there, keeping the part with the span's head, else the longest (``Billboard Hot 100 for
    the week of April 12`` -> ``Billboard Hot 100``, ``Portuguese party PSD`` -> ``PSD``). Lower-case
    words of other languages stay (``Trilogía de las Marías``, ``Koita ti Ekanes``). An English
    word that only truecasing capitalised (its start in ``recased``) counts as lower-case beside
    words the writer capitalised (``English church``, ``Rogaland county``)."""
    doc = span.doc
    written = any(capitalised(t) and t.idx not in recased for t in span)
    lower = {t.i for t in span if written and t.idx in recased and in_lexicon(t.lower_, lexicon)}
    parts, start = [], span.start
    for tok in span:
        if (_content_lower(tok, lexicon) and not name_tail(tok, _HYPHENS, capitalised, lexicon, span.label_)) or (tok.i in lower and not tok.is_stop):
            parts.append((start, tok.i))
            start = tok.i + 1
    parts.append((start, span.end))
    root = span.root.i
    start, end = next(((s, e) for s, e in parts if s <= root < e), max(parts, key=lambda p: p[1] - p[0]))
    while start < end and (not _edge(doc[start]) or start in lower) \
            and not (doc[start].lower_ in JOINING_PARTICLES and start + 1 < end and capitalised(doc[start + 1])):
        start += 1  # a particle starts a name: "bin Laden", "al Qaeda", "de Gaulle"
    while end > start and (not (_edge(doc[end - 1]) or name_tail(doc[end - 1], _HYPHENS, capitalised, lexicon, span.label_)) or end - 1 in lower):
        end -= 1
    if start >= end:
        return None
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label=span.label)


#: Parts of speech of a sentence's first word that no name starts with ("Along Western Avenue
#: are ...", "Encompassing Sycamore Canyon ..."); adjectives are left alone ("Northern Ireland").
_OPENER_POS = frozenset({"ADP", "ADV", "VERB", "SCONJ", "CCONJ", "AUX", "PART", "PRON", "DET"})


def without_opener(span: Span, lexicon: frozenset[str]) -> Span:
    """A sentence's first word, capitalised only because it starts the sentence, is no part of
    the name after it when it is an English word the tagger reads as no noun nor adjective, or a
    superlative ("Along Western Avenue" -> "Western Avenue", "Most Native Americans" -> "Native
    Americans"); "New York", "Northern Ireland" stay."""
    first = span[0]
    acronym = len(span) == 2 and acronym_word(span[1]) and not first.text.isupper()
    if len(span) < 2 or not first.is_sent_start or not in_lexicon(first.lower_, lexicon) \
            or not (first.pos_ in _OPENER_POS or first.tag_ == "JJS" or acronym) or not capitalised(span[1]):
        return span
    return Span(span.doc, span.start + 1, span.end, label=span.label)  # also "Rival AMD said": an adjective, an acronym


def _edge(tok: Token) -> bool:
    """A word a name may start or end with: capitalised, a number, a number run into a word
    ("Philadelphia 76ers", ``numeral_word``), a symbol."""
    return capitalised(tok) or tok.like_num or numeral_word(tok) or not any(c.isalpha() for c in tok.text)


def _content_lower(tok: Token, lexicon: frozenset[str]) -> bool:
    """A lower-case English content word ("week", "party"), which no name written in case holds."""
    return tok.is_alpha and tok.is_lower and len(tok) >= 3 and not tok.is_stop \
        and tok.lower_ not in JOINING_PARTICLES and in_lexicon(tok.lower_, lexicon)


def without_title(span: Span, lexicon: frozenset[str] = frozenset()) -> Span | None:
    """A rank or office is no part of a name: ``Colonel Picot`` -> ``Picot`` (a person's name),
    ``Bishop of Pittsburgh`` -> ``Pittsburgh``, ``Field Marshal Alan Brooke`` (a run of proper
    nouns NER left unlabelled) -> ``Alan Brooke``, and a word describing a person is no part of
    their name (``Environmentalist Ma Jun``); titles that are (``Saint Lucia``, ``Sheikh Hasina``,
    ``NAME_TITLES``) stay."""
    doc, i = span.doc, span.start
    while i < span.end and ((is_office(doc[i]) and doc[i].lower_.rstrip(".") not in NAME_TITLES)
                            or doc[i].text in ("-", ".") or (span.label_ == "PERSON" and _descriptor(doc[i], lexicon))):
        i += 1
    if i == span.start or i == span.end:
        return span
    if doc[i].lower_ == "of":
        i += 1 + (i + 1 < span.end and doc[i + 1].lower_ == "the")
    elif span.label_ != "PERSON" and not (not span.label_ and _a_name(doc[i:span.end], lexicon)):
        return span  # an unlabelled run keeps its first word unless a name follows: "General Motors"
    return Span(doc, i, span.end, label=span.label) if i < span.end and capitalised(doc[i]) else span


def _a_name(rest: Span, lexicon: frozenset[str]) -> bool:
    """Words that can stand as a name after a title: two or more, or one that is no English word
    ("Field Marshal Alan Brooke", "Marshal Villeroi"; not "General Motors")."""
    return len(rest) >= 2 or not in_lexicon(rest[0].lower_, lexicon)


#: Endings of English words that describe a person or a position and are no first names.
_DESCRIPTOR_ENDINGS = ("ist", "ism", "tion", "sion", "ment", "ity")


def _descriptor(tok: Token, lexicon: frozenset[str]) -> bool:
    """A capitalised English word that describes a person and is no first name: a derived word
    ("Environmentalist Ma Jun", "Opposition Khaleda Zia") or a nationality in "-man" ("Irishman
    Tadhg Kennelly"), at a sentence start too; not "Edward", "Salman"."""
    w = tok.lower_
    return tok.is_alpha and in_lexicon(w, lexicon) and (
        (len(w) > 6 and w.endswith(_DESCRIPTOR_ENDINGS)) or (len(w) > 7 and w.endswith("man")))


def name_chain(span: Span, lexicon: frozenset[str], recased: frozenset[int] = frozenset()) -> Span:
    """Grow ``span`` to the whole Title-Case name it is a piece of, within its sentence.

    A capitalised word joins when the parse ties it to the name as a compound or modifier
    ("O'Shaughnessy Dam", "Billboard Hot 100") and it is no office ("President" stays out of
    "U.S. President Obama") nor the start of another NER name; hyphens join ("Blu-ray Disc",
    "Aetolia-Acarnania"), so do particles between capitals ("Sogn og Fjordane"), a legal form
    after a comma ("Piedmont Airlines, Inc."), and "of"/"for" (+ "the") after a capitalised
    common noun that is no office ("Gangs of Wasseypur", "Tomb of the Unknown Soldier"; not
    "Minister of Fisheries"). Nothing grows in a sentence written in Title Case, and a word
    truecasing capitalised (its start in ``recased``) is no capital here: the writer wrote it
    in lower case ("Some US media").
    """
    if span.label_ in _NO_GROWTH or title_case_sentence(span):
        return span
    start, end, ctx = span.start, span.end, _Context(lexicon, recased, span.label_ == "PERSON", span.label_ == "GPE")
    while True:
        new_end = _grow_right(span.doc, start, end, span, ctx)
        new_start = _grow_left(span.doc, start, new_end, span, ctx)
        if (new_start, new_end) == (start, end):
            break
        start, end = new_start, new_end
    return span if (start, end) == (span.start, span.end) else Span(span.doc, start, end, label=span.label)


def _body_after_office(doc: Doc, i: int) -> bool:
    """Token ``i`` opens a body's name right after an office's "of", no other name between ("the
    chairman of the board of Navoiyuran"; not "a Knight Commander of the Order of St Michael")."""
    office = office_before(doc, i)
    return office is not None and not any(t.text[:1].isupper() for t in doc[office.i + 1:i])


def _other_name(tok: Token, own: Span) -> bool:
    """Does ``tok`` belong to an NER name other than ``own``?"""
    return bool(tok.ent_type_) and tok.ent_type_ not in _OTHER_NER and not own.start <= tok.i < own.end


def _first_name_of(doc: Doc, i: int) -> bool:
    """Token ``i`` is a given name right before a person NER named without it: the person's first
    name, no word of the name before ("the municipality of Alcalá de Henares" + "Ernesto" + NER's
    ``Villar Cuesta``)."""
    return i + 1 < len(doc) and doc[i + 1].ent_type_ == "PERSON" and doc[i + 1].ent_iob_ == "B" \
        and not doc[i].ent_type_ and given_name(doc[i].text)


def _through_entity(doc: Doc, i: int) -> int:
    """The end of the NER name that starts at token ``i`` ("of" + "Cook County"), else ``i + 1``."""
    if not doc[i].ent_type_ or doc[i].ent_type_ in _OTHER_NER:
        return i + 1
    j = i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return j


def _same_sentence(doc: Doc, i: int, anchor: int) -> bool:
    """Token ``i`` exists, is no space, and no sentence starts between it and ``anchor`` (what
    comparing their ``.sent`` tells, without building both sentences' spans)."""
    if not 0 <= i < len(doc) or doc[i].is_space:
        return False
    numbers = sentence_numbers(doc)
    return numbers[i] == numbers[anchor]


def _common_head(tok: Token, lexicon: frozenset[str]) -> bool:
    """A capitalised common noun that takes an "of" complement into its name ("Battle", "City");
    not a short acronym of a common noun: "the GDP of Azerbaijan" is Azerbaijan's (a king's number
    is no acronym: "Philip V" + "of Spain")."""
    return capitalised(tok) and tok.is_alpha and not is_office(tok) and in_lexicon(tok.lower_, lexicon) \
        and tok.pos_ in ("PROPN", "NOUN") and not (tok.is_upper and len(tok) <= 3 and tok.text.strip("IVX"))


def _open_head(doc: Doc, i: int, ctx: _Context) -> bool:
    """Token ``i``, right before "of", heads a name that goes on: a capitalised common noun that
    NER did not close there ("Battle", "Gangs"; "Circuit Court" when NER read "Circuit Court of"
    on; "Valley" of "Valley of the Rogue State Park", which NER read alone). A name NER closed before "of" is complete:
    "Kansas City Chiefs" of "the NFL"."""
    tok = doc[i]
    if not (ctx.word(tok) and _common_head(tok, ctx.lexicon)):
        return False
    if not tok.ent_type_ or doc[i + 1].ent_iob_ == "I":
        return True
    alone = tok.ent_iob_ == "B" and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")
    return alone and doc[i + 1].lower_ == "of" and tok.ent_type_ not in ("GPE", "PERSON", "NORP")


def _tied(a: Token, b: Token) -> bool:
    """Adjacent ``a`` (left) and ``b`` (right) are one compound: either hangs on the other."""
    return (a.head.i == b.i and a.dep_ in _NAME_DEPS) or (b.head.i == a.i and b.dep_ in _NAME_DEPS) \
        or (a.head.i > a.i and a.dep_ in _NAME_DEPS and a.head.i >= b.i and b.head == a.head)


@dataclass(frozen=True)
class _Context:
    """What growing a name needs besides the parse: the lexicon and the truecased words."""

    lexicon: frozenset[str]
    recased: frozenset[int]
    person: bool = False
    place: bool = False

    def word(self, tok: Token) -> bool:
        """A capitalised word as written (not by truecasing) that is no office; for a person's
        name, a proper noun that is no English word."""
        if self.person and (tok.pos_ != "PROPN" or in_lexicon(tok.lower_, self.lexicon)):
            return False
        return capitalised(tok) and tok.idx not in self.recased and not is_office(tok)

    def word_after_particle(self, tok: Token) -> bool:
        """A capitalised proper noun as written after a name's particle, English or not ("ten
        Hag", "de Young", "van Dam"): the particle says a surname follows."""
        return capitalised(tok) and tok.pos_ == "PROPN" and tok.idx not in self.recased and not is_office(tok)

    def field(self, tok: Token) -> bool:
        """A capitalised English common noun as written, no place nor people ("Peace", "Order")."""
        return self.word(tok) and tok.is_alpha and in_lexicon(tok.lower_, self.lexicon) and not country_named(tok.text) \
            and tok.lower_ not in city_names() and tok.lower_ not in demonyms()


def _grow_right(doc: Doc, start: int, end: int, own: Span, ctx: _Context) -> int:
    last = doc[end - 1]
    if not _same_sentence(doc, end, start) or doc[end].lower_ == "of" and office_field(doc, start, end):
        return end  # "Minister of Defence" + "of France": an office's field names nothing (``kg.office_holders``)
    nxt = doc[end]
    if (inner := foreign_end(doc, start, end, ctx.lexicon, ctx.recased) or possessive_end(doc, end, ctx.recased)):
        return inner  # "Contra viento" + "y marea" (``kg.foreign``), "Women" + "'s Championship"
    if ctx.person:
        if ctx.word(nxt) and _tied(last, nxt) and not _other_name(nxt, own):
            return end + 1
        if nxt.text in JOINING_PARTICLES and (after := particle_end(doc, end, lambda i: _same_sentence(doc, i, start), ctx.word_after_particle)):
            return after  # "Erik" + "ten Hag": after a particle, an English word is a surname too; "al-Khalil"
        if (grown := syllable_end(doc, start, end, ctx.lexicon, _HYPHENS, capitalised,
                                  lambda i: _same_sentence(doc, i, start))) is not None:
            return grown  # "Kim Jong" + "-un" (``kg.hyphen_syllables``)
        return end + 1 if _regnal(doc, end) else end
    if nxt.lower_ == "of" and (kind := of_name_end(doc, end - 1, sentence_bounds(doc, start)[1], ctx.word, ctx.field)) is not None \
            and not _of_a_country(doc, start, end, end + 1, kind):
        return kind  # "London Borough" + "of Hounslow" (``kg.of_names``)
    if nxt.text in (",", "and", "&") and (listed := fields_end(doc, start, end, limit := sentence_bounds(doc, start)[1], ctx.field)
                                          or and_of_end(doc, start, end, limit, ctx.word)
                                          or and_modifier_end(doc, end, limit, ctx.word)) is not None:
        return listed  # "National Council for Peace" + "and Order", "… of Customs" + "and of Tax Administration",
        # "the Australian Competition" + "and Consumer Commission"
    if ctx.place and not (nxt.is_alpha and in_lexicon(nxt.lower_, ctx.lexicon)) \
            and not (_number(nxt) and in_lexicon(last.lower_, ctx.lexicon)):
        pass  # a place grows by common words, numbers: "U.S. Highway 2", not "Afghanistan Lakhdar Brahimi"
    elif (ctx.word(nxt) or (_number(nxt) and ctx.word(last) and nxt.ent_type_ not in ("DATE", "TIME"))) \
            and _tied(last, nxt) and not (_other_name(nxt, own) and not _number(nxt)) and not nxt.is_sent_start \
            and not _first_name_of(doc, end):
        return end + 1  # a model number NER read as a product of its own joins too ("Boeing" + "747")
    if _year_after(doc, end - 1, end) or (not ctx.place and _numbered(doc, end)):  # "Duke Léopold" + "I"
        return end + 1
    if _of_the_period(doc, end, start):
        return end + 3
    if (joined := hyphen_end(doc, end, _HYPHENS, ctx.word, ctx.lexicon, lambda i: _same_sentence(doc, i, start))):
        return joined  # "Blu-ray Disc", "Middle-earth" (``kg.hyphen_syllables``)
    if nxt.text in JOINING_PARTICLES and _same_sentence(doc, end + 1, start) and ctx.word(doc[end + 1]) \
            and capitalised(last):
        return end + 2
    if nxt.text == "," and _same_sentence(doc, end + 1, start) \
            and doc[end + 1].lower_.rstrip(".") in LEGAL_FORMS and capitalised(doc[end + 1]):
        return end + 2
    if nxt.text in NAME_JOINERS and _open_head(doc, end - 1, ctx) and not team_of_league(doc, start, end) \
            and all(in_lexicon(t.lower_, ctx.lexicon) for t in doc[start:end] if t.is_alpha):  # ``kg.of_league``
        j = end + 1
        if _same_sentence(doc, j, start) and doc[j].text == "the":
            j += 1
        if _same_sentence(doc, j, start) and ctx.word(doc[j]) and doc[j].ent_type_ != "PERSON":
            grown = min(_through_entity(doc, j), sentence_bounds(doc, start)[1])
            if not _of_a_country(doc, start, end, j, grown) and not bodies_for(doc, end, j, grown):
                return grown  # not "Australian National University" + "for the … Bureau of Crime Statistics"
    return end


def _of_a_country(doc: Doc, start: int, end: int, j: int, grown: int) -> bool:
    """"of" + a country after a named division of two words or more says where the division is,
    not what it is called ("Moravian-Silesian Region" of "the Czech Republic"); one head word
    takes the country in ("Bank of China", "Region of Murcia"), and so does a state's name
    ("Democratic Republic of the Congo"). So does "of" + a named division after a named
    settlement or division ("Xinjie Village" of "Yiliang County", "Nanyang Prefecture" of "Henan
    Province")."""
    if end - start < 2 or doc[end - 1].lower_ not in DIVISION_WORDS | _SETTLEMENT_WORDS:
        return False
    return bool(country_named(doc[j:grown].text)) or grown - j >= 2 and doc[grown - 1].lower_ in DIVISION_WORDS


#: Words for a settlement written after its name ("Xinjie Village", "Zhaotong City").
_SETTLEMENT_WORDS = frozenset({"village", "town", "township", "city"})


def _grow_left(doc: Doc, start: int, end: int, own: Span, ctx: _Context) -> int:
    first = doc[start]
    if start == 0 or not _same_sentence(doc, start - 1, start) or first.is_sent_start:
        return start
    prev = doc[start - 1]
    if field_before(doc, start - 1 - (prev.text == "the")):  # "Minister of Foreign Affairs" + "of Russia"
        return start
    if _edition_year(doc, start, end):
        return start - 1
    if (foreign := foreign_start(doc, start, end, ctx.lexicon, ctx.recased)) is not None:
        return foreign  # "Contra" + "viento y marea" (``kg.foreign``)
    if ctx.person:  # a first name NER left out at a sentence start too ("Anatoly Borisovich Chubais (born ...")
        if ctx.word(prev) and _tied(prev, first) and not _other_name(prev, own) \
                and (given_name(prev.text) or not _body_after_office(doc, start - 1)):
            return start - 1  # not the body after an office's "of": "the chairman of Navoiyuran" + "Ulugbek Nurmatov"
        return start
    if ctx.word(first) and not ctx.place and (numbered := _ordinal(doc, start, end)) is not None:
        return numbered  # "the Forty-first Congress" (``kg.name_numbers``)
    if prev.lower_ == "of" and (kind := of_name_start(doc, start, *sentence_bounds(doc, start), ctx.word)) is not None \
            and not (kind >= 1 and capitalised(doc[kind - 1]) and _of_a_country(doc, kind - 1, kind + 1, start, end)):
        return kind  # "Margraviate" + "of Brandenburg" (``kg.of_names``)
    if ctx.word(prev) and _tied(prev, first) and not _other_name(prev, own) and prev.dep_ != "poss" \
            and not (prev.is_sent_start and (prev.is_stop or in_lexicon(prev.lower_, ctx.lexicon) and (
                prev.tag_ == "JJ" or acronym_word(first)))):
        return start - 1  # not a sentence's first English adjective or word before an acronym: "Rival AMD said"
    if prev.text in ("A", "An") and not prev.is_sent_start:  # "A Thousand Plateaus" mid-sentence
        return start - 1
    if (joined := hyphen_start(doc, start, _HYPHENS, ctx.word, lambda i: _same_sentence(doc, i, start))) is not None:
        return joined  # "Blu-ray Disc", "D-Day", "Saint-Polycarpe" (``kg.hyphen_syllables``)
    if prev.text in JOINING_PARTICLES and start >= 2 and _same_sentence(doc, start - 2, start) \
            and ctx.word(doc[start - 2]):
        return start - 2
    j = start - 1
    if prev.text == "the" and j >= 1:
        j -= 1
    if doc[j].text in NAME_JOINERS and j >= 1 and _same_sentence(doc, j - 1, start) \
            and _open_head(doc, j - 1, ctx) and not doc[j - 1].is_sent_start \
            and not (j >= 2 and capitalised(doc[j - 2]) and _of_a_country(doc, j - 2, j, start, end)) \
            and not (prev.text == "the" and _modifies_common_noun(doc, end)):
        return j - 1
    return start


def _modifies_common_noun(doc: Doc, end: int) -> bool:
    """The name ending before ``end`` modifies a lower-case noun after it: "the Julian Alps of the
    Upper Carniolan region" -- "of the" takes "the … region", a common noun's phrase, into no
    name (without "the", the name goes on: "two Africa Cup of Nations tournaments")."""
    last = doc[end - 1]
    return last.dep_ in ("compound", "amod", "nmod") and last.head.i >= end and last.head.pos_ == "NOUN" \
        and last.head.is_lower


#: Last words of names of recurring events, whose editions are named by their year ("the 2010
#: Winter Olympics", "the 2004 NFL Draft", "the 2016–17 Ranji Trophy").
_SERIES = frozenset("""olympics olympiad games cup trophy championship championships draft tournament final
    finals prix open series awards festival contest election elections tour season classic rally
    marathon regatta euro expo""".split())
_SEASON = re.compile(r"(1[0-9]|20)[0-9]{2}(?:[–-][0-9]{2}(?:[0-9]{2})?)?|[1-9][0-9]{0,2}(?:st|nd|rd|th)")


def _of_the_period(doc: Doc, i: int, anchor: int) -> bool:
    """"of the Year" (``AWARD_PERIODS``) right after a capitalised word ends an award's name
    ("FIH Player of the Year"); "of the year" in lower case is a time ("best of the year")."""
    return doc[i].lower_ == "of" and _same_sentence(doc, i + 2, anchor) and doc[i + 1].lower_ == "the" \
        and doc[i + 2].lower_ in AWARD_PERIODS and doc[i + 2].text[:1].isupper() and capitalised(doc[i - 1])


def _year_after(doc: Doc, last: int, i: int) -> bool:
    """A year right after the name of a recurring event, modifying it, names its edition
    ("Eurovision Song Contest 2009", "Miss Universe 1984" is not: "Universe" ends no series)."""
    tok = doc[i]
    return _year(tok) and doc[last].lower_ in _SERIES and capitalised(doc[last]) \
        and tok.head.i == last and tok.dep_ in _NAME_DEPS


def _edition_year(doc: Doc, start: int, end: int) -> bool:
    """A year or an ordinal right before the name of a recurring event names its edition and
    belongs to the name ("2010 Winter Olympics", "2016–17 Ranji Trophy", "23rd Cannes Film
    Festival"): the year modifies the name or follows "the". Not a year before any other name
    ("In 2010 Google bought it")."""
    year = doc[start - 1]
    if not _SEASON.fullmatch(year.text) or doc[end - 1].lower_ not in _SERIES or not capitalised(doc[end - 1]):
        return False
    return (year.head.i >= start and year.head.i < end and year.dep_ in _NAME_DEPS) or \
        (start >= 2 and doc[start - 2].lower_ == "the")


#: Dependencies by which a people's adjective hangs on the name after it ("Philippine" -> "Senate").
_PEOPLE_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
#: Hyphens and dashes that join two halves of one name ("Moravian-Silesian Region").
_HYPHENS = frozenset({"-", "–", "‐"})


def people_in_name(people: Span, name: Span) -> bool:
    """Is the people's adjective ``people`` (a NORP span right before ``name``) the first word of
    that name? Yes when the parse makes it a modifier inside the name ("Norwegian Premier League",
    "Philippine Senate", "Russian Far East") or a hyphen joins the two ("Moravian-Silesian
    Region", "Cambodian-Vietnamese War"), and the name starts with a capital in the same
    sentence. No after a gap, a comma or a lower-case word ("Norwegian politician", "Norwegian,
    Labour Party")."""
    doc = people.doc
    gap = name.start - people.end
    if gap not in (0, 1) or not capitalised(name[0]) or name[0].is_sent_start:
        return False
    if gap == 1:
        return doc[people.end].text in _HYPHENS
    root = people.root
    return root.dep_ in _PEOPLE_DEPS and name.start <= root.head.i < name.end
