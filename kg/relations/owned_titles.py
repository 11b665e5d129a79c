"""Whose a quoted title is, by the possessive before its work noun: ``Martina McBride's 2002 single
"Where Would You Be"``, ``The Kinks' 1964 single "You Really Got Me"``. A song's title is often a
clause, which the parser reads as one ("Got" a verb, "Me" its object), so the ``possessive`` row,
which reads the noun phrase's parse, finds no title there. Row (``rule`` on the edge):

``quoted_title``  name{PERSON|ORG} 's|' [year, adjectives, nouns: "2002", "first", "hit", "debut"]
                  noun{TITLED_WORKS} "opening quote" title: the title is "<noun> of" the name (a
                  noun cue of the predicate table, as for ``possessive``: "single of" is P175);
                  after a plural noun, a colon or a dash, each quoted title of the list ("the
                  Vandals' first three hit singles – "Red Door", "Cold Sun" and "Low Tide"").
Read on the words, not the parse; at most four words between the possessive and the noun.
``hit_for``       title ["] , [a, adjectives, numbers: "a worldwide number one"] hit for name{PERSON|ORG}:
                  "hit for" the name (a performer, P175).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.lexicon.kinds import TITLED_WORKS
from kg.lexicon.words import CLOSING_QUOTES, OPENING_QUOTES
from kg.relations.arguments import Arguments
from kg.relations.triples import RawTriple, emit

#: Who a work's possessive names: a person or a body (NER types many bands either way).
_OWNERS = frozenset({"PERSON", "ORG"})
#: What may stand between the possessive and the noun: a year, ordinals, adjectives, nouns ("hit").
_BETWEEN_TAGS = frozenset({"CD", "JJ", "JJS", "JJR", "NN", "VBN", "HYPH", "RB"})


#: The work nouns' plurals, which a list of quoted titles follows after a colon or a dash ("the
#: Vandals' first three hit singles – "Red Door", "Cold Sun" and "Low Tide"").
TITLED_PLURALS = frozenset(w + "s" for w in TITLED_WORKS)
#: Marks between a plural work noun and the list of its titles.
_LIST_OPENERS = frozenset({":", "–", "—", "-"})


def is_owned_title(tok: Token, args: Arguments) -> bool:
    """The anchor of ``quoted_title``: a work noun right before an opening quote, or a plural one
    before a colon or a dash and an opening quote."""
    doc, i = tok.doc, tok.i
    if tok.lower_ in TITLED_WORKS:
        return i + 2 < len(doc) and doc[i + 1].text in OPENING_QUOTES
    return tok.lower_ in TITLED_PLURALS and i + 3 < len(doc) and doc[i + 1].text in _LIST_OPENERS \
        and doc[i + 2].text in OPENING_QUOTES


def _titles(tok: Token, args: Arguments) -> list[int]:
    """The quoted WORK_OF_ART titles after the work noun: one after a singular noun, each of the
    list ("A", "B", and "C") after a plural one, read on the words (the parser splits such lists)."""
    doc, i = tok.doc, tok.i + 1 + (tok.lower_ in TITLED_PLURALS)
    found: list[int] = []
    while i + 1 < len(doc) and doc[i].text in OPENING_QUOTES:
        title = args.ent(doc[i + 1])
        if title is None or args.mentions[title].type != "WORK_OF_ART" or title in found:
            break
        found.append(title)
        if tok.lower_ in TITLED_WORKS:
            break
        i += 1
        while i < len(doc) and args.ent(doc[i]) == title:
            i += 1
        i += i < len(doc) and doc[i].text in CLOSING_QUOTES  # past the title's closing quote
        while i < len(doc) and (doc[i].text == "," or doc[i].lower_ == "and"):
            i += 1  # its comma and the list's "and"
    return found


def owned_title(tok: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Martina McBride's 2002 single "Where Would You Be"`` → the single of Martina McBride."""
    doc = tok.doc
    titles = _titles(tok, args)
    if not titles:
        return
    i = tok.i - 1
    while i > 0 and tok.i - i <= 4 and doc[i].tag_ in _BETWEEN_TAGS and args.ent(doc[i]) is None:
        i -= 1
    if doc[i].tag_ != "POS" or i == 0:
        return
    owner = args.ent(doc[i - 1])
    if owner is not None and owner not in titles and args.mentions[owner].type in _OWNERS:
        yield from emit(args, titles, f"{tok.lower_} of", [owner], "quoted_title")


#: Words a title's set-off description may hold before "hit" ("a worldwide number one hit", "a top
#: ten hit", "the first UK hit").
_HIT_WORDS = frozenset({"CD", "JJ", "JJS", "NN", "NNP", "DT", "RB", "HYPH"})


def is_hit_for(tok: Token, args: Arguments) -> bool:
    """The anchor of ``hit_for``: "hit" right before "for" and a name."""
    doc = tok.doc
    return tok.lower_ == "hit" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "for"


def hit_for(tok: Token, args: Arguments) -> Iterator[RawTriple]:
    """``"Without You", a worldwide number one hit for Harry Nilsson`` → Without You hit for Harry
    Nilsson (a performer): a title set off by a comma, then a description of at most six words
    ending in "hit for" a person or a body. Read on the words: the parser often takes "hit" for a verb."""
    doc = tok.doc
    performer = args.ent(doc[tok.i + 2])
    if performer is None or args.mentions[performer].type not in _OWNERS:
        return
    i = tok.i - 1
    while i > 0 and tok.i - i <= 6 and doc[i].text != "," and doc[i].tag_ in _HIT_WORDS and args.ent(doc[i]) is None:
        i -= 1
    if doc[i].text != "," or i == 0:
        return
    j = i - 1 - (doc[i - 1].text in CLOSING_QUOTES)  # past the title's closing quote
    title = args.ent(doc[j]) if j >= 0 else None
    if title is not None and title != performer and args.mentions[title].type == "WORK_OF_ART":
        yield from emit(args, [title], "hit for", [performer], "hit_for")
