"""Whose a quoted title is, by the possessive before its work noun: ``Martina McBride's 2002 single
"Where Would You Be"``, ``The Kinks' 1964 single "You Really Got Me"``. A song's title is often a
clause, which the parser reads as one ("Got" a verb, "Me" its object), so the ``possessive`` row,
which reads the noun phrase's parse, finds no title there. Row (``rule`` on the edge):

``quoted_title``  name{PERSON|ORG} 's|' [year, adjectives, nouns: "2002", "first", "hit", "debut"]
                  noun{TITLED_WORKS} "opening quote" title: the title is "<noun> of" the name (a
                  noun cue of the predicate table, as for ``possessive``: "single of" is P175).
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


def is_owned_title(tok: Token, args: Arguments) -> bool:
    """The anchor of ``quoted_title``: a work noun right before an opening quote."""
    doc = tok.doc
    return tok.lower_ in TITLED_WORKS and tok.i + 2 < len(doc) and doc[tok.i + 1].text in OPENING_QUOTES


def owned_title(tok: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Martina McBride's 2002 single "Where Would You Be"`` → the single of Martina McBride."""
    doc = tok.doc
    title = args.ent(doc[tok.i + 2])
    if title is None or args.mentions[title].type != "WORK_OF_ART":
        return
    i = tok.i - 1
    while i > 0 and tok.i - i <= 4 and doc[i].tag_ in _BETWEEN_TAGS and args.ent(doc[i]) is None:
        i -= 1
    if doc[i].tag_ != "POS" or i == 0:
        return
    owner = args.ent(doc[i - 1])
    if owner is not None and owner != title and args.mentions[owner].type in _OWNERS:
        yield from emit(args, [title], f"{tok.lower_} of", [owner], "quoted_title")


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
