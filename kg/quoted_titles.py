"""A quoted title the parser read as a clause is one name (a parse repair, called by
``kg.parse_repairs.repair_parse``).

"She starred in the film "The Cranes Are Flying", directed by Mikhail Kalatozov": the parser
reads the title as a sentence ("Cranes" its subject, "Flying" its verb, a clause of "starred"),
hangs "directed" on that verb, and no rule sees a film directed by anyone. A title in quotation
marks right after a noun for works (``WORK_NOUNS``: "the film", "the song", "his novel") is that
noun's apposition whatever its words are: the repair hangs every word inside the quotes on the
last one, as the compounds of a name, hangs that word on the noun as its apposition, and gives
it what the parser hung on the title from outside (", directed by …": a participle on the
name). Only a title of two to ten words in Title Case (its first and last words capitalised) in
which the parser found a verb; a title it read as a name is
``kg.parse_repairs.rehang_run_on_names``'s.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from kg.doc_arrays import tokens_with
from kg.lexicon.english import singular
from kg.lexicon.words import CLOSING_QUOTES, OPENING_QUOTES
from kg.relations.words import WORK_NOUNS


def titles_read_as_clauses(doc: Doc) -> list[int]:
    """Make each such title one name on its noun (in place); the indices of the tokens moved."""
    moved: list[int] = []
    for quote in tokens_with(doc, OPENING_QUOTES, ORTH):
        end = _closing(doc, quote.i)
        if end is None or quote.i == 0:
            continue
        noun, inside = doc[quote.i - 1], doc[quote.i + 1:end]
        if noun.pos_ != "NOUN" or singular(noun.lower_) not in WORK_NOUNS or not 2 <= len(inside) <= 10 \
                or not (inside[0].text[:1].isupper() and inside[-1].text[:1].isupper()) \
                or not any(t.pos_ in ("VERB", "AUX") for t in inside) \
                or any(t.is_ancestor(noun) for t in inside):  # the noun hangs inside the title: leave it
            continue
        last = inside[-1]
        for t in inside:
            for c in list(t.children):
                if not inside.start <= c.i < inside.end and c.i != quote.i:
                    c.head = last  # ", directed by …", the closing quote: the title's now
                    if c.tag_ == "VBN" and c.dep_ in ("advcl", "conj", "ccomp"):
                        c.dep_ = "acl"  # a participle on the title, as on any name
        for t in inside:
            if t.i != last.i:
                t.head, t.dep_ = last, "compound"
        quote.head = last
        last.head, last.dep_, last.pos_ = noun, "appos", "PROPN"
        moved += [t.i for t in inside]
    return moved


def _closing(doc: Doc, start: int) -> int | None:
    """The closing quotation mark after ``start`` in its sentence, within twelve words."""
    for i in range(start + 1, min(len(doc), start + 13)):
        if doc[i].is_sent_start:
            return None
        if doc[i].text in CLOSING_QUOTES:
            return i
    return None
