"""Parse repair: a hyphenated word the tokenizer cut in three is one noun again.

spaCy's English tokenizer cuts "co-founder", "co-owners", "ex-husband", "vice-chancellor" at the
hyphen ("co", "-", "founder"), and the small model then reads the pieces as three nouns of the
clause: "Lumora co-founder Asha Patel will stay" makes "co" and "-" two more subjects of "stay" and
"Lumora" a modifier of "co"; "The co-owners, Sam and Leah Roy, sold it" makes "owners" a conjunct of
"co"; "Her ex-husband, Tom Hale" hangs "Her" on "ex". Every rule reading the office, its company or
its possessive then finds nothing. ``hyphen_prefixes_rejoined`` hangs the prefix and the hyphen on
the noun after them, gives that noun the place in the clause the pieces had, and moves what hung on
the pieces ("Lumora", "Her", "The") onto it. ``kg.relations.tokens.noun_label`` glues the pieces
back into the office's label ("co-founder of"). ``cut_prefix`` and ``hyphen_piece`` find the pieces
where the parse still keeps them apart (a prefix outside the table: "non-executive director").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.doc_arrays import tokens_with

#: Prefixes the tokenizer cuts off at a hyphen and the parser then reads as nouns of their own.
HYPHEN_PREFIXES = frozenset({"co", "ex", "vice"})


def cut_prefix(tok: Token) -> Token | None:
    """The first piece of the hyphenated word ``tok`` ends when spaCy cut it in three and the
    pieces still hang apart (a prefix ``hyphen_prefixes_rejoined`` does not rejoin: "non" of
    "non-executive director"), counted from ``tok``'s own left edge; None otherwise."""
    k, doc = tok.left_edge.i, tok.doc
    return doc[k - 2] if k >= 2 and doc[k - 1].text == "-" and hyphen_piece(doc[k - 2]) else None


def hyphen_piece(tok: Token) -> bool:
    """``tok`` is a hyphen or the first part of a hyphenated word spaCy split ("co" of "co-founder"):
    the parser sometimes makes each piece a subject of its own ("Microsoft co-founder Bill Gates met")."""
    doc = tok.doc
    return tok.text == "-" or (not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-")


def _cut_word(tok: Token) -> Token | None:
    """The noun after ``tok`` (a prefix of ``HYPHEN_PREFIXES``) when it is glued to a hyphen glued
    to that noun."""
    doc = tok.doc
    if tok.whitespace_ or tok.i + 2 >= len(doc):
        return None
    hyphen, word = doc[tok.i + 1], doc[tok.i + 2]
    if hyphen.text != "-" or hyphen.whitespace_ or word.pos_ not in ("NOUN", "PROPN") or not word.is_alpha:
        return None
    return word


def hyphen_prefixes_rejoined(doc: Doc) -> list[int]:
    """Hang a hyphenated word's prefix and hyphen on the noun after them, that noun where the
    highest of the three hung and what hung on the pieces on the noun (in place); the indices
    moved. Nothing moves when both pieces already hang on the noun."""
    moved: list[int] = []
    for tok in tokens_with(doc, HYPHEN_PREFIXES):  # Tokens made for the prefixes only, not every word
        word = _cut_word(tok)
        if word is None:
            continue
        hyphen = doc[tok.i + 1]
        pieces = (tok, hyphen)
        if all(p.head.i == word.i for p in pieces):
            continue
        top = next((p for p in pieces if p in word.ancestors), None)
        while top is not None and top.head in pieces and top.head.i != top.i:
            top = top.head  # the highest piece above the noun
        if top is not None:  # "co" > conj "owners": the noun takes the piece's place
            word.head = word if top.head.i == top.i else top.head
            word.dep_ = top.dep_
        for piece in pieces:
            for child in list(piece.children):
                if child.i != word.i and child not in pieces:
                    child.head = word  # "Lumora" of "Lumora co-founder", "Her" of "Her ex-husband"
        tok.head, tok.dep_ = word, "compound"
        hyphen.head, hyphen.dep_ = word, "punct"
        moved += [tok.i, hyphen.i, word.i]
    return moved
