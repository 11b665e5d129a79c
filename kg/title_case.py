"""Whether a sentence is written In Title Case (a headline, a title): then its capitals say
nothing about names, so name growth (``kg.spans.name_chain``) and the quoted and titled works
(``kg.entities``) leave it alone.

Every candidate name of a sentence asks, so the answer is kept per sentence of the last Doc, and
each word's part of it (letters only, four or more, capitalised or not) per distinct word, read
by the word's id in the Doc's ORTH column rather than from a Token per word.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Span
from spacy.vocab import Vocab

from kg.capitals import capitalised_text
from kg.doc_arrays import column, sentence_bounds


def title_case_sentence(span: Span) -> bool:
    """A headline or a title written In Title Case: its capitals say nothing about names.
    Answered once per sentence (every candidate name of a sentence asks; ``_TITLE_CASE``)."""
    doc = span.doc
    start, end = sentence_bounds(doc, span.start)  # ``span.sent``: the sentence of its first word
    if _TITLE_CASE[0] is not doc:
        _TITLE_CASE[:] = [doc, {}]
    known = _TITLE_CASE[1].get(start)
    if known is None:
        # Its words of four letters or more, less a sentence start, and how many are capitalised:
        # read from the Doc's ORTH column, a word's answer once per distinct word (``_title_word``),
        # not from a Token per word. Only the sentence's first word can be a sentence start.
        orths, vocab, words, capitals = column(doc, ORTH), doc.vocab, 0, 0
        for k in range(start + 1 if doc[start].is_sent_start else start, end):
            capital = _TITLE_WORDS.get(orths[k], _UNSEEN)
            if capital is _UNSEEN:
                capital = _title_word(vocab, orths[k])
            if capital is not None:
                words += 1
                capitals += capital
        known = _TITLE_CASE[1][start] = words >= 4 and capitals * 10 >= words * 9
    return known


#: ``_title_word``'s answers by ORTH id (emptied when it grows past ``_TITLE_WORDS_KEPT``).
_TITLE_WORDS: dict[int, bool | None] = {}
_TITLE_WORDS_KEPT = 1 << 16
_UNSEEN = object()


def _title_word(vocab: Vocab, orth: int) -> bool | None:
    """Whether the word ``orth`` is capitalised, for a word that counts in ``title_case_sentence``
    (letters only, four or more); None for one that does not count."""
    if len(_TITLE_WORDS) >= _TITLE_WORDS_KEPT:
        _TITLE_WORDS.clear()
    lex = vocab[orth]
    answer = _TITLE_WORDS[orth] = capitalised_text(lex.orth_) if lex.is_alpha and len(lex.orth_) >= 4 else None
    return answer


#: The last Doc ``title_case_sentence`` was asked about (held, so never mistaken for a new one)
#: and its answers by sentence start.
_TITLE_CASE: list = [None, {}]
