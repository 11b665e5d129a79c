"""Numbers written into names: a model number ("Hot 100", "Type 23", "Boeing 747"), a number run
into a word ("76ers"), a year
("Uppsala 1762" is no name; "Eurovision Song Contest 2009" is, ``kg.spans``), a regnal number
after a person's name ("Leopold I", "Carol II") or another name ("Duke Léopold I", a run of proper
nouns NER left unlabelled)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.lexicon.countries import city_names, country_named
from kg.lexicon.words import QUOTE_MARKS


def year(tok: Token) -> bool:
    """Four digits between 1000 and 2099."""
    return len(tok.text) == 4 and tok.text.isdigit() and 1000 <= int(tok.text) <= 2099


def model_number(tok: Token) -> bool:
    """A number written in digits that ends a name ("Hot 100", "Type 23"); not a year ("Uppsala 1762")."""
    return tok.text.isdigit() and not year(tok)


#: A number run into a word in lower case ("76ers", "49ers"), and the endings that make such a
#: token no name's word: a decade ("1990s"), an ordinal ("20th"), a time or a measure ("10am",
#: "5km", "3mph"), a count of a unit ("3yrs").
_NUMERAL_WORD = re.compile(r"\d+[a-z]{3,}")
_MEASURES = frozenset("""mph kmh kph yrs hrs mins secs sqm sqft kbps mbps gbps days weeks months years hours
    minutes seconds hundred thousand million billion trillion percent""".split())


def numeral_word(tok: Token) -> bool:
    """A word of a name written as a number run into letters, which no capital starts: a team's
    name ("the Philadelphia 76ers", "the San Francisco 49ers"). Not a decade, an ordinal, a time
    or a measure (their letters are short or listed: "1990s", "20th", "10am", "60mph")."""
    text = tok.text
    return bool(_NUMERAL_WORD.fullmatch(text)) and text.lstrip("0123456789") not in _MEASURES


#: Regnal numbers after a person's name ("Leopold I", "John Marshall Harlan II").
_REGNAL = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})")
#: Words after "I" that make it the pronoun ("... Smith I am", "I'll").
_FIRST_PERSON = frozenset({"am", "'m", "’m", "'ve", "’ve", "'ll", "’ll", "'d", "’d"})


def regnal_numeral(text: str) -> bool:
    """``text`` is written as a regnal number ("II", "IV", "XIII")."""
    return _REGNAL.fullmatch(text) is not None


def regnal(doc: Doc, i: int) -> bool:
    """Token ``i``, right after a person's name, is a regnal number ("Leopold I", "Carol II"):
    the pronoun "I" only where it stands inside a quotation (an odd number of quotation marks
    before it in its sentence) or a first-person verb after it says someone speaks ("started
    with Bush I in 1989" after a quoted word is the king's number)."""
    tok = doc[i]
    if not _REGNAL.fullmatch(tok.text) or not tok.whitespace_ and i + 1 < len(doc) and doc[i + 1].is_alpha:
        return False
    if tok.text != "I":
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    quotes = sum(t.text in QUOTE_MARKS for t in doc[tok.sent.start:i])
    return not (nxt is not None and nxt.lower_ in _FIRST_PERSON) and quotes % 2 == 0 \
        and not (nxt is not None and nxt.text in QUOTE_MARKS)  # "... Smith I" ": the end of a quotation


def numbered_name(doc: Doc, i: int) -> bool:
    """Token ``i``, right after a proper noun that is no person's name NER found, is the name's
    number ("Duke Léopold I," "Pharasmanes I in Iberia", "Rocky II"): "II" and above always,
    "I" only where the pronoun cannot stand, before a comma, a full stop or a preposition ("At
    Google I worked", "In 1990 Smith I think" stay out) and where ``regnal`` allows it."""
    if i < 1 or doc[i - 1].pos_ != "PROPN" or not regnal(doc, i):
        return False
    if doc[i].text != "I":
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or nxt.text in (",", ".", ";", ")") or nxt.pos_ == "ADP"


#: An ordinal in digits ("24th", "101st").
_DIGIT_ORDINAL = re.compile(r"[1-9][0-9]{0,2}(?:st|nd|rd|th)")
#: The tens that open an ordinal written in words ("Forty-first").
_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
#: The units that close one ("Forty-first", "Sixty-fifth").
_UNITS = frozenset("first second third fourth fifth sixth seventh eighth ninth".split())
#: Last words of prizes: an ordinal before one counts its awarding, the prize stays one
#: ("the 100th Nobel Peace Prize"; an edition of a ceremony is ``kg.spans._edition_year``'s).
_PRIZES = frozenset("prize award medal".split())
#: Dependencies by which an ordinal hangs on the name it numbers ("24th" -> "Division").
_ORDINAL_DEPS = frozenset({"amod", "compound", "nummod", "npadvmod", "nmod"})


def ordinal_start(doc: Doc, start: int, end: int) -> int | None:
    """Where a name that starts at ``doc[start]`` starts when an ordinal right before it numbers
    it ("the 24th Infantry Division", "the Forty-first Congress", "the 18th Dynasty"): the
    ordinal's first token, if it hangs on a word of the name. Numbered bodies, units, dynasties
    and sessions are named so. None when no such ordinal stands there; a lower-case ordinal in
    words alone ("the first World War") or a word the ordinal does not modify ("the 5th in
    Paris") is none."""
    i = start - 1
    if i < 0 or doc[end - 1].lower_ in _PRIZES or doc[start].is_sent_start or doc[i].is_sent_start:
        return None  # "this year's 100th Nobel Peace Prize" is the prize, given for the 100th time
    tok = doc[i]  # the ordinal first: name growth asks at the left edge of every name
    if _DIGIT_ORDINAL.fullmatch(tok.text):
        first = i
    elif tok.lower_ in _UNITS and i >= 2 and doc[i - 1].text in ("-", "–") and doc[i - 2].lower_ in _TENS \
            and doc[i - 2].text[:1].isupper():
        first = i - 2  # "Forty-first": the tens capitalised, as a name writes them
    else:
        return None
    if not (start <= tok.head.i < end and tok.dep_ in _ORDINAL_DEPS):
        return None
    name = doc[start:end].text
    if country_named(name) or name.lower() in city_names():
        return None  # a place's ordinal numbers an event: "the 57th Sydney to Hobart"
    return first
