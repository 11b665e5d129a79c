"""Spans that are no names, whatever found them (``kg.entities``): job titles and offices
("COO", "Prime Minister", "Israeli Cabinet Minister"), number words, days, lower-case common
words ("netizen", "upperparts"), a sentence-initial English word ("Byte said ..."), an everyday
word cut from a longer Title-Case name ("Minister of [State]", "[Knight] Commander")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.lexicon.countries import demonyms, is_country
from kg.lexicon.languages import currency_codes, language_names
from kg.model import Mention
from kg.office_holders import FIELD_JOINS, HEADED_FIELDS
from kg.lexicon.english import capitalised_words, english_compound, in_lexicon
from kg.lexicon.frequency import common_word, zipf
from kg.lexicon.given_names import given_name
from kg.lexicon.words import (BOARD_WORDS, COMMON_ABBREVIATIONS, DETERMINERS, LEGAL_FORMS, MONTHS_DAYS,
                             PERSON_TITLES, PORTFOLIO_OFFICES, PORTFOLIO_WORDS, QUOTE_MARKS, TITLE_ABBREVIATIONS)
from kg.kind_nouns import capitalised_class_noun
from kg.relations.words import GOVERNMENT_NOUNS
from kg.spans import is_office
from kg.trim_numbers import dated


def _is_junk(span: Span, original: str, recased: set[int], lexicon: frozenset[str],
             uncased: bool = False) -> bool:
    """Spans that are no names. ``uncased``: the whole document lacks case, so the model's
    lower-case NER is the only evidence there is and is trusted, except after ``a``/``an``."""
    text = original[span.start_char:span.end_char]
    words = [t for t in span if any(c.isalpha() for c in t.text)]
    if not words or len(text) < 2:
        return True
    lowered = text.lower()
    if all(is_office(t) or _ORDINAL.match(t.text) for t in words) or _style_of_address(words):
        return True  # "COO", "Prime Minister", "Deputy Assistant Secretary", "Colonel"; "3rd Baronet"
    if all(t.like_num for t in words):
        return True  # "Seven", "Thirty": number words NER did not call CARDINAL
    if span.end < len(span.doc) and span.doc[span.end].lower_ in ("dollar", "dollars") and span.label_ != "PERSON":
        return True  # "181 billion US dollars", "the Australian dollar": a currency's name, no place's
    if text.replace(".", "").upper() in COMMON_ABBREVIATIONS and not text.islower() or _abbreviated_title(span):
        return True  # "CD", "Ph.D.", "BCE", "MW": abbreviations of common nouns; "the Ing." + "Roberto …"
    if text.replace(".", "") in _ERAS and span.start and span.doc[span.start - 1].like_num:
        return True  # "14 March 2025 AD", "1446 AH", "500 BC": a year's era
    if len(span) == 1 and _currency(span, text):
        return True  # "about 23 trillion VND", "Rp 41.6 trillion": an amount's currency
    before = span.start - 1 - (span.start >= 1 and span.doc[span.start - 1].lower_ == "the")  # the word before, "the" aside
    office = span.doc[before - 1] if before >= 1 else None  # "Chairman" of "Chairman of the Board"
    if office is not None and span.doc[before].lower_ == "of" and (is_office(office) or office.lower_ == "head") \
            and (len(words) == 1 and words[0].lower_ in _OFFICE_OBJECTS or _board(words)):
        return True  # "the Head of State", "Chief of Staff", "Chairman of the Board": the office's own words
    if _MEASURE.match(text) or _RATING.match(text):
        return True  # "the 500kV line", "a 100MW plant": a measure written as one word; "a Category 4 storm"
    if len(words) == 1 and (words[0].is_stop and not words[0].is_upper or capitalised_class_noun(span)):
        return True  # "No", "The" ("US" stays); "is a Zone in the Ethiopian Amhara Region", "an Advocate"
    if len(words) == 1 and words[0].lower_.rstrip(".") in _GENERATIONS and not words[0].is_upper:
        return True  # "Elwood C. Buchanan, Sr": a generation after a name ("SR" stays)
    if dated(span):
        return True  # "April 12", "Monday, May 5", "Nov", "9 Jan": a date NER typed as a name
    if lowered in MONTHS_DAYS or (words[-1].lower_ in _DAYS and all(in_lexicon(t.lower_, lexicon) for t in words)):
        return True  # "Earlier Monday", "Late Wednesday"
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if is_office(words[-1]) and all(in_lexicon(t.lower_, lexicon) or is_office(t) for t in words) \
            and nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
        return True  # a title before a name: "Shadow Treasurer Simon Crean", "Defence Minister Shri Rajnath Singh"
    if _office_phrase(words, lexicon) and span.label_ != "WORK_OF_ART" or _field_and_titles(words, nxt):
        return True  # "Cabinet Minister", "Israeli Cabinet Minister", "Foreign Secretary"
    if len(words) == 1 and words[0].lower_ in PORTFOLIO_WORDS and span.start >= 2 and nxt is not None \
            and nxt.lower_ in ("and", "&") and span.doc[span.start - 1].lower_ == "of" \
            and is_office(span.doc[span.start - 2]):
        return True  # "the Minister of Economy and Finance": a piece of the office's field ("Fisheries" stays)
    if len(words) == 1 and words[0].lower_ in PORTFOLIO_WORDS and before >= 1 \
            and span.doc[before].lower_ == "for" and is_office(span.doc[before - 1]):
        return True  # "the Federal Minister for the Environment", "Minister for Trade": the office's field
    if _field_for(span, words, before):
        return True  # "Minister of State for International Cooperation", "the Minister for Foreign Affairs"
    if all(t.lower_ in _PORTFOLIO_PARTS for t in words) and words[0].lower_ in PORTFOLIO_WORDS and nxt is not None \
            and nxt.lower_ in PORTFOLIO_OFFICES and nxt.text[:1].isupper():
        return True  # "India's Home Minister LK Advani", "Health Cabinet Secretary Aden Duale": the portfolio
    if len(words) == 1 and words[0].lower_ in PORTFOLIO_WORDS and nxt is not None and nxt.lower_ in ("and", "&") \
            and any(t.lower_ in PORTFOLIO_OFFICES and t.text[:1].isupper() for t in span.doc[span.end + 1:span.end + 4]):
        return True  # "Foreign and Expatriates Minister Faisal Mekdad": the first of two portfolios
    if len(words) == 1 and words[0].lower_.rstrip(".") in LEGAL_FORMS and span.start and span.doc[span.start - 1].text == "(":
        return True  # "PT PLN (Persero)": a company's legal form in brackets after its name
    if len(words) == 1 and words[0].lower_ in GOVERNMENT_NOUNS and not words[0].is_upper \
            and not re.search(_SHORTENED.format(re.escape(words[0].text)), original):
        return True  # "Argentina's Government", "the Government": every story's own, no name (the argument
        # reading takes the country before it); a short form of the story's "Federal Government" stays
    touched = any(t.idx in recased for t in span)
    if text.islower() and not touched:
        if not uncased:
            return True  # NER on lower-case text it did not get any case evidence for
        if span.start and span.doc[span.start - 1].lower_ in ("a", "an"):
            return True  # "a netizen"
    if len(span) == 1 and not touched:
        tok = span[0]
        if tok.is_sent_start and in_lexicon(tok.lower_, lexicon) and tok.lower_ not in demonyms() and not tok.is_upper and (
                tok.lower_ in _lower_words(original) or (tok.pos_ not in ("PROPN", "") and not uncased)):
            return True  # "Byte said ..." where "byte" is otherwise lower-case; "Bombing and other
            # effects ...", "Quokkas are found ...": an English word the tagger reads as no name
            # (a people's adjective, a word in capitals is a name wherever it stands: "Israeli troops", "WHO")
    return False


#: Offices a phrase of English words ends with when it names a post, not a body or a person
#: ("Cabinet Minister", "Foreign Secretary", "Creative Director"); kings, queens and chiefs are
#: left out: they end names of businesses and places ("Burger King", "Beachy Head").
_OFFICE_ENDS = frozenset("""minister ministers secretary president vice-president chairman chairwoman
    governor senator spokesman spokeswoman spokesperson ambassador mayor chancellor premier director
    ceo coo cfo manager officer judge magistrate elector speaker advisor adviser attorney""".split())

#: First words of award categories, which end in an office as often as posts do ("Best Director").
_AWARD_OPENERS = frozenset({"best", "outstanding", "favorite", "favourite"})


#: Currencies' short marks written before an amount ("Rp" rupiah, "Rs" rupee, "RM" ringgit, "KSh"
#: Kenyan shilling, "Tk" taka, "Sh" shilling, "RMB" yuan); their ISO codes are ``currency_codes``.
_CURRENCY_MARKS = frozenset("rp rs rm ksh tk sh rmb".split())
#: Words of a style of address ("His Royal Highness", "Her Serene Highness", "His Excellency").
_HONORIFICS = frozenset("royal imperial serene highness excellency majesty eminence holiness".split())


def _style_of_address(words: list[Token]) -> bool:
    """"His Royal Highness", "Her Excellency" (translated Gulf news): a style, no name ("Royal"
    alone stays: "Royal Swedish Opera")."""
    return all(t.lower_ in _HONORIFICS for t in words) and words[-1].lower_ in _HONORIFICS - {"royal", "imperial", "serene"}


#: The eras a year is written with (Gregorian and Hijri).
_ERAS = frozenset({"AD", "BC", "BCE", "CE", "AH"})


def _currency(span: Span, text: str) -> bool:
    """A currency's ISO code after an amount ("about 23 trillion VND", "2 million UZS"), or its
    code or short mark before one ("Rp 41.6 trillion", "Rs 500 crore", "USD 3 million")."""
    doc = span.doc
    after = span.start > 0 and doc[span.start - 1].like_num
    before = span.end < len(doc) and doc[span.end].like_num
    if not (after or before):
        return False  # the codes read only beside an amount
    return text.isupper() and text in currency_codes() or before and text.lower() in _CURRENCY_MARKS


def _board(words: list[Token]) -> bool:
    """A board's name alone ("Board", "Board of Directors", "Supervisory Board")."""
    return any(t.lower_ == "board" for t in words) and all(t.lower_ in BOARD_WORDS for t in words)


def _office_phrase(words: list[Token], lexicon: frozenset[str]) -> bool:
    """A post named by English words and people's adjectives before an office ("Cabinet
    Minister", "Israeli Cabinet Minister", "Deputy Foreign Secretary"): no name of a body or a
    person. A name of a person or place before the office keeps it ("Zuma President"), and so
    does an award's first word ("Best Director")."""
    return len(words) >= 2 and words[-1].lower_ in _OFFICE_ENDS and words[0].lower_ not in _AWARD_OPENERS and all(
        in_lexicon(t.lower_, lexicon) or t.lower_ in demonyms() or is_office(t) for t in words[:-1])


def _abbreviated_title(span: Span) -> bool:
    """A title written abbreviated, its full stop and a name after it ("the Ing. Roberto Salinas",
    ``TITLE_ABBREVIATIONS``); not an acronym in capitals ("ING")."""
    doc, tok = span.doc, span[0]
    after = span.end + (not tok.text.endswith(".") and span.end < len(doc) and doc[span.end].text == ".")
    return len(span) == 1 and tok.lower_.rstrip(".") in TITLE_ABBREVIATIONS and not (tok.is_upper and len(tok) > 2) \
        and (after > span.end or tok.text.endswith(".")) and after < len(doc) and doc[after].text[:1].isupper()


def _field_and_titles(words: list[Token], nxt: Token | None) -> bool:
    """An office's field and its holder's titles before the holder's name ("… Trade and Industry
    Tengku Datuk Seri" + "Hafiz Kamaruddin"): no name."""
    return nxt is not None and nxt.text[:1].isupper() and words[-1].lower_.rstrip(".") in PERSON_TITLES \
        and all(t.lower_.rstrip(".") in PERSON_TITLES or t.lower_ in PORTFOLIO_WORDS for t in words)


def _holder_follows(doc: Doc, i: int) -> bool:
    """A person's name (NER's, or opening on a given name) starts at token ``i``, or after "of" and
    a capitalised place there ("… of Russia Sergey Lavrov"; not "… of Commerce under George Bush"),
    or after the office's other fields and a comma ("… of Economy, Trade and Industry, Ono Takeshi")."""
    for t in doc[i:i + 8]:
        if t.ent_type_ == "PERSON" or given_name(t.text) or t.i > i and doc[t.i - 1].lower_ in PORTFOLIO_WORDS \
                and t.pos_ == "PROPN" and t.lower_ not in PORTFOLIO_WORDS and not common_word(t.text):
            return True  # also a name NER ran the last field into ("… and Industry Ono Takeshi")
        if not (t.lower_ in ("of", "the") or t.text[:1].isupper() or t.lower_ in FIELD_JOINS and t.i - i < 6):
            return False
    return False



def _field_for(span: Span, words: list[Token], before: int) -> bool:
    """Everyday capitalised words after a minister's or a secretary's "for" or "of"
    (``PORTFOLIO_OFFICES``, or "Minister of State", whose "State for …" NER takes in) name the
    office's field, no body:
    "Minister of State for International Cooperation", "the Minister for Foreign Affairs", and
    after "of" when the holder's name follows and every word is a portfolio's ("Minister of the
    Foreign Affairs of Russia Sergey Lavrov"; not "Minister of the Armed Forces Sebastien Lecornu",
    a body; "Minister of Fisheries from 1973" names the ministry, a "Ministry of" a body). A place
    stays ("Secretary for Asia"), and a body after another office's "for" ("inspector for the
    United Nations")."""
    doc = span.doc
    if words[0].lower_ == "state" and len(words) > 2 and words[1].lower_ == "for":
        before, words = words[1].i, words[2:]  # "State for International Cooperation" after "Minister of"
        if not (span.start >= 2 and doc[span.start - 1].lower_ == "of" and is_office(doc[span.start - 2])):
            return False
    while before >= 2 and doc[before].lower_ in ("and", "&", ",") and doc[before - 1].text[:1].isupper():
        before -= 2  # "Secretary for Energy and Petroleum": the office's other field first, of its
        while before >= 2 and doc[before].text[:1].isupper() and doc[before].lower_ in PORTFOLIO_WORDS:
            before -= 1  # words ("Minister of Water Resources and Irrigation")
    before -= before >= 2 and doc[before].lower_ == "the" and doc[before - 1].lower_ == "of"  # "of the Investment, Trade"
    while before >= 3 and doc[before].lower_ == "of" and doc[before - 1].lower_ in ("and", "&") \
            and doc[before - 2].lower_ in PORTFOLIO_WORDS:
        before -= 3  # "Minister of the Economy and of the Finances": the field before "and of"
        before -= doc[before].lower_ == "the"
    if doc[before].lower_ == "of" and (not _holder_follows(doc, span.end) or doc[before - 1].lower_ not in PORTFOLIO_OFFICES
                                      or not all(t.lower_ in PORTFOLIO_WORDS or t.lower_ == "and" for t in words)):
        return False  # "Minister of Fisheries from 1973": the ministry's name; not "… of Russia Sergey Lavrov"
    if before < 1 or doc[before].lower_ not in ("for", "of") or not (doc[before - 1].lower_ in PORTFOLIO_OFFICES or (
            before >= 3 and doc[before - 1].lower_ == "state" and doc[before - 2].lower_ == "of" and is_office(doc[before - 3]))):
        return False
    return all(t.lower_ == "and" or (t.text[:1].isupper() and (common_word(t.text) or t.lower_ in PORTFOLIO_WORDS)
                                     and not is_country(t.text) and t.lower_ not in demonyms()
                                     and t.ent_type_ not in _PLACE_ENTS) for t in words)


#: Words of a portfolio written before its office: the portfolios, and Kenya's "Cabinet Secretary".
_PORTFOLIO_PARTS = PORTFOLIO_WORDS | {"cabinet", "and"}
#: NER's types of places: a place after an office's "for" is where it serves ("Secretary for Asia").
_PLACE_ENTS = frozenset({"GPE", "LOC", "NORP"})


#: What an office is "of" in its own name, no body: "Head of State", "Head of Government" (what an
#: office heads, ``kg.office_holders``), "Chief of Staff".
_OFFICE_OBJECTS = HEADED_FIELDS | {"staff", "board"}

#: A longer name a bare "Government" may shorten in its story: a capitalised word before it that is
#: no determiner ("Federal Government", "Israeli Government"; not "The Government").
_SHORTENED = r"\b(?!(?:The|This|That|Its|Their|Our|His|Her) )[A-Z][\w-]+ {}\b"
#: A number and a unit of measure written as one word ("500kV", "100MW", "2.5GHz", "64GB").
_MEASURE = re.compile(r"^\d+(?:[.,]\d+)?(?:kv|kw|mw|gw|kwh|mwh|gwh|km|kg|mm|cm|ghz|mhz|kb|mb|gb|tb)$", re.IGNORECASE)
#: A storm's or a hurricane's rating ("a Category 4 storm"), which NER reads as a people or a body.
_RATING = re.compile(r"^Category [1-5]$")

#: An ordinal written in figures ("3rd", "21st"): with offices only, a rank in a line ("3rd Baronet").
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")

#: Words after a person's name that say which of a father and a son bearing it is meant.
_GENERATIONS = frozenset({"jr", "sr", "snr", "jnr"})

#: Days of the week: a capitalised English word before one makes no name ("Late Wednesday").
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


@lru_cache(maxsize=2)
def _lower_words(text: str) -> frozenset[str]:
    """The lower-case words of a document, computed once per document (not once per mention)."""
    return frozenset(re.findall(r"\b[a-z]+\b", text))


#: A clock time as the tokenizer leaves it: "4:00pm", "10:30", "7pm", "a.m." after a number.
_CLOCK = re.compile(r"^(?:\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?|\d{1,2}[ap]\.?m\.?|[ap]\.m\.|[ap]m|midnight|noon|midday)$",
                    re.IGNORECASE)


def part_of_time(run: Span) -> bool:
    """A run of proper nouns that is part of a time of day: a time zone ("at 4:00pm AEDT",
    "10:00 GMT", "1:00am (ACDT)"), read so by NER (inside its TIME) or written right after a
    clock time. No name of a thing: it says when, not what. Runs inside a DATE stay: a holiday
    ("Thanksgiving"), an era ("the Depression") or a plan ("Five Year Plan") is a name that a
    date phrase takes in."""
    if not len(run):
        return False
    if all(t.ent_type_ == "TIME" for t in run):
        return True
    i = run.start - 1
    i -= i >= 0 and run.doc[i].text in ("(", "[")
    if i < 0 or not _CLOCK.match(run.doc[i].text):
        return False  # a bare "am"/"pm" is a clock's only after its hour ("4 pm AEDT"; not "Deputy PM Ha")
    clock = run.doc[i]
    return not clock.text.isalpha() or clock.lower_ in ("midnight", "noon", "midday") or (i > 0 and run.doc[i - 1].like_num)




def recovered_piece(span: Span, lexicon: frozenset[str]) -> bool:
    """A run of proper nouns NER left unnamed that is a piece of something longer, not a name of
    its own: a word at one edge of a quotation that goes on beyond it (quoted speech or a phrase:
    '" Mother river "', '" Janus - headed "'; a whole quoted title is taken by ``kg.entities``), a
    nickname quoted inside a person's name ('Wilfried " Willi " Schneider'), or one English word
    heading a phrase that goes on in lower case after "of" ("the Directorship of the fledgling
    theatre", "List of sovereign states"; a name of two words stays: "the Golden Triangle of
    industrial cities"). A name of no English word that closes quoted speech after its article
    is no piece ('"strengthens the Mercosur"'). NER's own names are not asked."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    opened = before is not None and before.text in QUOTE_MARKS
    closed = after is not None and after.text in QUOTE_MARKS
    if opened and not closed and len(span) >= 2 and _after_quoted_name(doc, span.start - 1):
        return False  # 'the company "Energostroy" Igor Petrov': a name after a quoted one
    if closed and not opened and before is not None and before.tag_ == "DT" \
            and not any(in_lexicon(t.lower_, lexicon) for t in span):
        return False  # '"strengthens the Mercosur"': a name, no English word, closing quoted speech after its article
    if opened != closed:  # '" Janus - headed "': the quotation goes on, unless with more of a name
        other = after if opened else before  # ('" Mama Said "', the tagger's verb "Said" left out of the run)
        subject = span.root.dep_ in ("nsubj", "nsubjpass")  # '"Todd is the best player"': a name that acts
        return not subject and (other is None or not (other.is_alpha and other.text[:1].isupper()))
    if opened and closed:
        outer = [doc[i] for i in (span.start - 2, span.end + 1) if 0 <= i < len(doc)]
        return len(outer) == 2 and all(t.is_alpha and t.text[:1].isupper() for t in outer)  # a nickname
    if len(span) == 1 and after is not None and after.lower_ == "of" and after.head.i == span[0].i \
            and after.i + 1 < len(doc) and in_lexicon(span[0].lower_, lexicon):  # not "accused X of lying"
        nxt = doc[after.i + 1]
        nxt = doc[nxt.i + 1] if nxt.lower_ == "the" and nxt.i + 1 < len(doc) else nxt
        return nxt.is_alpha and nxt.text.islower()
    return False


def _after_quoted_name(doc, close: int) -> bool:
    """The quotation mark at ``close`` ends a quoted name of one to three capitalised words
    that follows a lower-case word ('the company "Energostroy"'), not a nickname inside a
    person's name ('Ettore " Raoul " Lovecchio')."""
    for opening in range(close - 2, max(close - 5, 0) - 1, -1):
        if doc[opening].text in QUOTE_MARKS:
            inside = doc[opening + 1:close]
            return opening > 0 and doc[opening - 1].is_lower and all(t.text[:1].isupper() for t in inside)
    return False


def lower_english(span: Span, original: str, recased: frozenset[int], guessed: frozenset[int],
                  lexicon: frozenset[str]) -> bool:
    """In a document that has case, words the writer wrote in lower case that are English
    ("church", "draft", "cafés"), built of English ("upperparts", "songwriting", "smartphones") or
    frequent in English text though the lexicon lacks them ("whilst", "fanbase") are no name, though truecasing guessed so (``guessed``: an English word seen capitalised elsewhere, a
    word the lexicon lacks), or, alone, used as a common noun (``_common_noun_use``: "a Mexican
    telenovela"). A built word written capitalised anywhere in the document stays
    ("facebook" beside "Facebook"), and so does what other evidence recased ("President trump")."""
    words = [t for t in span if t.is_alpha]
    if not words:
        return False
    for t in words:
        if not original[t.idx:t.idx + len(t)].islower() or (t.idx in recased and t.idx not in guessed):
            return False
        if not (in_lexicon(_unaccented(t.lower_), lexicon) or (t.lower_ not in capitalised_words(original) and (
                english_compound(t.lower_, lexicon) or (zipf(t.lower_) >= _WRITTEN_ZIPF
                                                        and not _listed_with_name(t, original))
                or (len(words) == 1 and (_common_noun_use(t, original) or _listed_with_thing(t, original, lexicon)))))):
            return False
    return True


def _unaccented(word: str) -> str:
    """``word`` without its diacritics ("cafés" -> "cafes"): English borrowings keep their
    accents in writing, the lexicon lists them without."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _common_noun_use(tok: Token, original: str) -> bool:
    """Does the parse use ``tok`` (a word written in lower case) as a common noun: the head of a
    noun phrase with its own article or determiner, an adjective, a possessive, or a lower-case
    noun before it ("a Mexican telenovela", "the episode's subplot", "extra legroom", "country
    airplay")? A name a writer puts in lower case is written bare ("users of tiktok", "the tiktok
    app", where it modifies another noun); a word the lexicon lacks that is used so is a noun
    the lexicon does not know."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
        return False
    for child in tok.children:
        if child.i > tok.i:
            continue
        written = original[child.idx:child.idx + len(child)]
        if child.dep_ == "det" and child.lower_ in DETERMINERS:
            return True
        if child.dep_ in ("amod", "poss") or (child.dep_ == "compound" and written.isalpha() and written.islower()):
            return True
    return False


def _listed_with_thing(tok: Token, original: str, lexicon: frozenset[str]) -> bool:
    """Is ``tok`` (a word written in lower case) coordinated with an English common noun the writer
    wrote in lower case too and capitalised nowhere ("primarily focaccia and breads", "onions,
    kajmak and ajvar")? An item of a list of things is a thing of the same kind: the converse of
    ``_listed_with_name``. Two words the lexicon lacks ("quora and reddit") say nothing."""
    conjuncts = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    return any(c.pos_ == "NOUN" and c.is_alpha and original[c.idx:c.idx + len(c)].islower()
               and in_lexicon(_unaccented(c.lower_), lexicon) and c.lower_ not in capitalised_words(original)
               for c in conjuncts)


def _listed_with_name(tok: Token, original: str) -> bool:
    """Is ``tok`` coordinated with a word written capitalised ("such as reddit and LinkedIn")?
    An item of a list of names is a name of the same kind, whatever its case."""
    conjuncts = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    return any(original[c.idx:c.idx + 1].isupper() for c in conjuncts)


#: A word the lexicon lacks that English text uses this often (wordfreq's Zipf scale: once in a
#: million words) is English when the writer wrote it in lower case ("whilst", "albeit", "fanbase",
#: "offline", "wider"): an inflection or a newer word that WordNet does not list.
_WRITTEN_ZIPF = 3.0


#: NER types whose one-word names stand on their own wherever they are written ("Bush I",
#: "Canada East", "Japan - Manchukuo"): a person, a place, a people.
_NAMES_ALONE = frozenset({"PERSON", "GPE", "LOC", "NORP"})


def drop_title_pieces(mentions: list[Mention], doc: Doc, original: str, lexicon: frozenset[str]) -> list[Mention]:
    """``mentions`` without the everyday words cut from longer Title-Case names
    (``title_piece``). Run once the pieces of one name have been joined (``kg.adjacent``:
    "Google" + "Calendar"), so that only a word left on its own goes; alias-pack matches stay."""
    kept = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, label=m.type) if m.origin != "pack" else None
        if span is None or not title_piece(span, original, lexicon):
            kept.append(m)
    return kept


def title_piece(span: Span, original: str, lexicon: frozenset[str]) -> bool:
    """One everyday English word, written with a capital, cut from a longer Title-Case name
    whose rest the writer put right beside it: a capitalised word before or after it ("an
    Assistant [State]'s attorney", "a [Knight] Commander of", "the [Union] Army"), or "of" and
    a capitalised word ("Church of [God]", "[Taste] of Cherry"). Alone, such a word ("State",
    "Board", "Order") names nothing. Kept: a word the document's NER calls a person, place or
    people ("Bush I"), a body after a place ("U.S. House"), a people's adjective, an acronym, a
    rare or non-English word (wordfreq, ``kg.lexicon.frequency``: "Savoy", "Habsburgs"), a word
    after a determiner ("The Simpsons") or a possessive, a language ("English Church"), and a
    portfolio after an office ("Secretary of Commerce"). A capital that starts a sentence is no
    evidence ("In Broadcast magazine")."""
    if len(span) != 1 or span.label_ in _NAMES_ALONE:
        return False
    tok = span[0]
    written = original[tok.idx:tok.idx + len(tok)]
    if not (written.isalpha() and written[:1].isupper() and written[1:].islower()):
        return False  # "CIA", "BlackBerry", "iPhone"
    word = tok.lower_
    if word in demonyms() or word in language_names() or not in_lexicon(word, lexicon) or not common_word(written):
        return False
    return _glued(tok, original) and not is_country(written)  # "Minister of National Defense of Turkey": NER's ORG


#: Little words inside Title-Case names of works and bodies ("Church of God", "Girl with the
#: Golden Hair", "Set in Stone").
_TITLE_JOINERS = frozenset({"of", "with", "in"})
#: NER types of what "in" and "with" join to a name that is no part of it: a place, a people, a
#: person, a date ("Member of Parliament in the United Kingdom", "aligned Romania with the
#: Allies", "confirmed by the Senate in August").
_NOT_IN_TITLES = frozenset({"GPE", "LOC", "NORP", "PERSON", "DATE", "TIME"})


def _joins_title(joiner: Token, other: Token) -> bool:
    """Does ``joiner`` join a word to ``other`` inside one title? "of" always does; "in" and
    "with" unless ``other`` is a place, a people, a person or a date. ("and" is left out: it
    joins two bodies as often as two words of one title, "the Senate and House".)"""
    return joiner.lower_ == "of" or other.ent_type_ not in _NOT_IN_TITLES


def _glued(tok: Token, original: str) -> bool:
    """Is ``tok`` written beside more of a Title-Case name in its sentence (see ``title_piece``)?"""
    doc = tok.doc

    def word(i: int) -> Token | None:
        """The token ``i`` if it is in ``tok``'s sentence."""
        if i < 0 or i >= len(doc) or any(doc[j].is_sent_start for j in range(min(i, tok.i) + 1, max(i, tok.i) + 1)):
            return None
        return doc[i]

    def capital(t: Token | None) -> bool:
        return t is not None and not t.is_sent_start and t.text[:1].isalpha() and original[t.idx:t.idx + 1].isupper()

    before, after = word(tok.i - 1), word(tok.i + 1)
    if capital(before) and before.lower_ not in DETERMINERS and before.ent_type_ not in ("GPE", "NORP"):
        return True  # "Assistant State", "First Age"; not a place's body: "two U.S. House members"
    if capital(after) and not is_office(after):
        return True  # "Union Army", "Fall Out Boy"; not a body before a title: "Apple CEO Tim Cook"
    if after is not None and after.lower_ in _TITLE_JOINERS:
        nxt = word(tok.i + 2)
        nxt = word(tok.i + 3) if nxt is not None and nxt.lower_ == "the" else nxt
        if capital(nxt) and _joins_title(after, nxt):
            return True  # "Taste of Cherry", "Girl with the Golden Hair"; not "aired on Fox in the United States"
    if before is not None and (before.lower_ in _TITLE_JOINERS or before.lower_ == "the"):
        i = tok.i - 1 - (before.lower_ == "the")
        if before.lower_ == "the" and (word(i) is None or word(i).lower_ not in _TITLE_JOINERS):
            return False
        head = word(i - 1)
        joiner = doc[i]
        return capital(head) and not is_office(head) and _joins_title(joiner, head)  # "Church of God", "Set in Stone"
    return False
