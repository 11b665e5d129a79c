"""Names that spaCy's NER files under a label kg keeps no node for, or misses for their shape.

- A language NER labels ``LANGUAGE`` ("in English", "translated into Tamil") is a name like any
  other: it is named after its people, so its node is a people's (``NORP``), and "English" the
  language and "English" the people are one node, as readers (and annotators) take them.
- A value span (``DATE``, ``CARDINAL`` ...) that holds a word mixing capitals and digits names a
  thing, not a value: "E3 2002" (an edition of a fair), "4AD" (a record label), "A970" (a road),
  "Q1 2009". Dates, counts and ordinals are written in digits and lower case ("1990s", "5th");
  a count before such a name is no part of it ("20 A350 jets").
- A word of four capitals or more that is no English word nor a common abbreviation ("INSEAD",
  which the tagger reads as an adjective), unless a word in capitals stands beside it.
- A word in capitals that spells the initials of a body NER named in the same document ("WHO"
  after "the World Health Organization"), whatever the tagger reads it as.
- A word written with a capital after its first letter beside lower-case letters ("iOS",
  "macOS", "KylieX2008", "4Music"), or of capitals and digits ("S4C", "Twenty20"), is written so
  only as a name; the tagger often reads it as a noun or a number, so no run of proper nouns
  picks it up. A plural of an acronym ("CPUs",
  "MPs", "NGOs") is a common noun and stays out, and so does a word in the English lexicon ("PhD").
- A capitalised word of no English with a number hyphened on ("Shenzhou-17", "Chang'e-6") names
  a craft or a model; "Under-21" and "Top-10" are English words with a number.

Each answer is read from the NER label and the letters of the words alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from kg.doc_arrays import column, doc_ents
from kg.lexicon.english import in_lexicon
from kg.lexicon.names import initials
from kg.lexicon.words import COMMON_ABBREVIATIONS
from kg.name_numbers import regnal_numeral

#: The node type of a language's name: its people's.
LANGUAGE_TYPE = "NORP"
#: spaCy's value labels, which a word mixing capitals and digits turns into a name.
_VALUES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
#: A word made of letters and digits only ("KylieX2008"; not "d'Art", "Ph.D.", "Three(ASEAN").
_WORD = re.compile(r"[A-Za-z0-9]+")
#: A number with one letter after it: a magnitude or a grade ("6B" for six billion, "10K", "5A").
_COUNT = re.compile(r"[0-9]+[A-Za-z]")
#: A capitalised word with a number hyphened on: a craft's or a model's name ("Shenzhou-17",
#: "Chang'e-6", "Su-57"); the word before the hyphen is asked to be no English word.
_HYPHEN_NUMBER = re.compile(r"([A-Z][A-Za-z]*(?:'[a-z]+)?)-[0-9]+[A-Za-z]?")
#: The plural of an acronym: "CPUs", "MPs", "NGOs".
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


def name_label(ent: Span, node_types: tuple[str, ...]) -> str | None:
    """The node type an NER span of label ``ent.label_`` stands for, or None for no name: its
    own label if kg keeps it, a people's for a language ("English"), and the unlabelled
    recovered path (``""``) for a value holding a word of capitals and digits ("E3 2002")."""
    if ent.label_ in node_types:
        return ent.label_
    if ent.label_ == "LANGUAGE":
        return LANGUAGE_TYPE
    return None


def _capital_digits(tok: Token) -> bool:
    """A word of capitals and digits, no value: "E3", "4AD", "A970", "Q1"; not "5th", "1990s",
    nor a number with one letter after it, a magnitude or a grade ("6B", "10K", "5A")."""
    return _capital_digits_text(tok.text)


def _capital_digits_text(text: str) -> bool:
    return bool(_WORD.fullmatch(text)) and any(c.isdigit() for c in text) and any(c.isupper() for c in text) \
        and not _COUNT.fullmatch(text)


def _inner_capital(tok: Token, lexicon: frozenset[str]) -> bool:
    """A word with a capital after its first letter and a lower-case letter: "iOS", "macOS",
    "KylieX2008", "4Music"; not "CPUs", "PhD" (an English word), "McDonald's" (not one word)."""
    return _inner_capital_text(tok.text, lexicon)


def _inner_capital_text(text: str, lexicon: frozenset[str]) -> bool:
    return len(text) >= 3 and bool(_WORD.fullmatch(text)) and any(c.isupper() for c in text[1:]) \
        and any(c.islower() for c in text) and not _ACRONYM_PLURAL.fullmatch(text) \
        and not in_lexicon(text.lower(), lexicon)


#: ``shaped_names``' answers by ORTH id, for one lexicon (the answer depends on it): [lexicon, answers].
_SHAPED: list = [None, {}]
#: Answers kept at most; past this the table starts again (a 50,000-document corpus has millions of words).
_SHAPED_KEPT = 1 << 17


def _shaped_words(lexicon: frozenset[str]) -> dict[int, bool]:
    """The kept answers for ``lexicon`` (a new table for another lexicon, or when full)."""
    if _SHAPED[0] is not lexicon or len(_SHAPED[1]) >= _SHAPED_KEPT:
        _SHAPED[:] = [lexicon, {}]
    return _SHAPED[1]


def shaped_names(doc: Doc, taken: list[bool], lexicon: frozenset[str]) -> Iterator[Span]:
    """Unlabelled spans that are names by their shape, no token of them taken (read lazily, so
    a span yielded and kept takes its tokens before the next is asked): value spans holding a
    word of capitals and digits ("E3 2002"), then lone words with an inner capital, of capitals
    and digits, or with a number hyphened on ("iOS", "S4C", "Shenzhou-17")."""
    for ent in doc_ents(doc):
        if ent.label_ in _VALUES and any(_capital_digits(t) for t in ent) \
                and not any(taken[t.i] for t in ent):
            start = ent.start
            while not _capital_digits(doc[start]) and doc[start].like_num:
                start += 1  # a count before the name: "20" of "ordered 20 A350 jets"
            yield Span(doc, start, ent.end)
    # The shape is read once per distinct word, from the Doc's arrays; a Token object only for a
    # word of that shape (one for every word of every document was most of this pass's time).
    # Kept across documents (``_SHAPED``): most of a document's words were in an earlier one.
    strings, shaped = doc.vocab.strings, _shaped_words(lexicon)
    for i, orth in enumerate(column(doc, ORTH)):
        known = shaped.get(orth)
        if known is None:
            text = strings[orth]
            known = shaped[orth] = _inner_capital_text(text, lexicon) or _capital_digits_text(text) \
                or _capitals_text(text, lexicon) or _hyphen_number_text(text, lexicon)
        if not known or taken[i]:
            continue
        tok = doc[i]
        if not tok.ent_type_ and not tok.is_sent_start and not _shouted(doc, i):
            yield Span(doc, i, i + 1)
    yield from _initials_of_names(doc, taken)


def _initials_of_names(doc: Doc, taken: list[bool]) -> Iterator[Span]:
    """A word in capitals that spells the initials of a body NER named in the same document, read
    as whatever the tagger says ("WHO Director-General Tedros" after "the World Health
    Organization": the tagger reads "WHO" as the pronoun); the resolution joins it to the name."""
    acronyms = {initials(e.text) for e in doc_ents(doc) if e.label_ == "ORG" and len(e) >= 2}
    ids = {doc.vocab.strings[a] for a in acronyms if len(a) >= 3 and a in doc.vocab.strings}  # not "HE", "IT"
    for i, orth in enumerate(column(doc, ORTH)):
        if orth in ids and not taken[i] and not doc[i].ent_type_ and not _shouted(doc, i):
            yield Span(doc, i, i + 1, label="ORG")  # a body's, wherever it stands (a sentence's first word too)


def _hyphen_number_text(text: str, lexicon: frozenset[str]) -> bool:
    """A capitalised word of no English with a number hyphened on: "Shenzhou-17", "Chang'e-6",
    "Su-57" (the tagger reads them as proper nouns, NER mostly leaves them, and no run of proper
    nouns takes a word that is not all letters); not "Under-21", "Top-10", "Group-7"."""
    match = _HYPHEN_NUMBER.fullmatch(text)
    return match is not None and not in_lexicon(match.group(1).lower(), lexicon)


def _capitals_text(text: str, lexicon: frozenset[str]) -> bool:
    """A word of four capitals or more that no English word or common abbreviation is: "INSEAD"
    (the tagger reads it as an adjective, so no run of proper nouns picks it up)."""
    return len(text) >= 4 and text.isalpha() and text.isupper() and not in_lexicon(text.lower(), lexicon) \
        and text not in COMMON_ABBREVIATIONS


def _shouted(doc: Doc, i: int) -> bool:
    """A word in capitals beside another in capitals: a headline or a shouted line ("PM VISITS
    KABUL"), where capitals say nothing of a name (``kg.shouting`` reads those)."""
    return doc[i].text.isupper() and any(0 <= j < len(doc) and doc[j].is_alpha and doc[j].text.isupper()
                                         and len(doc[j].text) > 1 for j in (i - 1, i + 1))


def acronym_word(tok: Token) -> bool:
    """A word in capitals of two letters or more, no regnal number ("ECB", "AMD"; not "II" of
    "Carol II")."""
    return tok.text.isupper() and tok.is_alpha and len(tok.text) > 1 and not regnal_numeral(tok.text)
