"""Reading a Doc without building a Token object for every word.

A ``Token`` is made afresh each time a Doc is iterated or indexed, and ``Doc.text`` joins every
token's ``text_with_ws`` on each access. kg's passes ask a Doc the same thing many times
(``Doc.text`` per mention in ``kg.components.dateline_place``: about 0.4 s of CPU on the 300 ABC
stories, more than any one relation rule) or walk every word to act on a handful
("the film X": only work nouns; an apposition repair: only ``appos`` tokens). These helpers give
the same answers from what the Doc already holds: its text kept once, and its attribute arrays.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection
from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import DEP, HEAD, LOWER, ORTH, POS, SENT_START
from spacy.symbols import conj as _CONJ
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined from the tokens the first time this Doc is asked. A Doc's text never
    changes once it is made (the retokenizer keeps it); the weak map lets the Doc go when nothing
    else holds it."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text``, sliced from :func:`doc_text`: ``Span.text`` joins a Token's text per word
    each time asked (the types' and trims' rules ask it of every mention, several times)."""
    return doc_text(span.doc)[span.start_char:span.end_char] if len(span) else span.text


def parsed_from(doc: Doc, text: str) -> None:
    """Note that ``doc`` was parsed from ``text``: spaCy's tokenizer keeps every character, so
    ``doc.text`` is ``text`` and ``doc_text`` need not join it from a Token per word (2 % of the
    per-document stages). Ignored when the lengths disagree (a Doc made otherwise)."""
    last = doc[-1] if len(doc) else None
    if (last.idx + len(last.text_with_ws) if last is not None else 0) == len(text):
        _TEXTS[doc] = text


#: The named entities of the last few Docs asked (``doc_ents``), by ``id``, each with its Doc. Not
#: a weak map: the Spans hold their Doc, so a weak map's entry would keep its own key alive and
#: every Doc of a build would stay in memory. The extraction asks about one Doc at a time, so a
#: few entries serve every question, and at most ``_ENTS_KEPT`` Docs outlive their build.
_ENTS: OrderedDict[int, tuple] = OrderedDict()  # (Doc, entities[, their texts])
_ENTS_KEPT = 4


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built the first time this Doc is asked: each access walks every token and
    makes a Span per entity, and six of kg's passes ask each Doc (about 140,000 Tokens built on
    the 300 ABC stories). For the extraction stages only, once the entities are final: nothing
    after the pipeline sets them."""
    kept = _ENTS.get(id(doc))
    if kept is not None and kept[0] is doc:
        _ENTS.move_to_end(id(doc))
        return kept[1]
    ents = doc.ents
    _ENTS[id(doc)] = (doc, ents)
    _ENTS.move_to_end(id(doc))
    while len(_ENTS) > _ENTS_KEPT:
        _ENTS.popitem(last=False)
    return ents


def ent_start(doc: Doc, i: int) -> int:
    """The first token of the NER span that holds token ``i`` (``i`` when it opens one or is in none)."""
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return i


def doc_ent_texts(doc: Doc) -> tuple[str, ...]:
    """``e.text`` of each of :func:`doc_ents`, made once a Doc: the rules that look for a word's or
    a run's text among the entities asked it of every entity each time."""
    kept = _ENTS.get(id(doc))
    if kept is None or kept[0] is not doc or len(kept) < 3:
        ents = doc_ents(doc)
        _ENTS[id(doc)] = kept = (doc, ents, tuple(e.text for e in ents))
    return kept[2]


#: Each Doc's sentence number by token and each sentence's (first token, one past the last).
_SENTENCES: WeakKeyDictionary[Doc, tuple[list[int], list[tuple[int, int]]]] = WeakKeyDictionary()


def sentence_numbers(doc: Doc) -> list[int]:
    """Each token's sentence, numbered from 0: two tokens share a sentence when their numbers
    are equal (what comparing their ``.sent`` tells, with no Span built)."""
    return _sentences(doc)[0]


def sentence_starts(doc: Doc) -> list[int]:
    """The first token of each sentence, in order (``[s.start for s in doc.sents]`` with no Span built)."""
    return [start for start, _end in _sentences(doc)[1]]


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """(start, end) of the sentence of token ``i``: ``doc[i].sent.start``, ``.end`` (also those of
    ``span.sent`` for a span starting at ``i``) without the two Spans and a Token that asking
    builds: name growth and the relation rules ask it of many words a Doc."""
    numbers, bounds = _sentences(doc)
    return bounds[numbers[i]]


def sentence_char_bounds(span: Span) -> tuple[int, int]:
    """Where ``span.sent`` (the sentence of the span's first word) starts and ends in the text, as
    character offsets: a mention records its sentence so."""
    start, end = sentence_bounds(span.doc, span.start)
    return span.doc[start].idx, span.doc[end - 1].idx + len(span.doc[end - 1])


def sentence_of(tok: Token | Span) -> Span:
    """``tok.sent`` from :func:`sentence_bounds`: spaCy walks the sentence-start flags back to the
    sentence's first token and on past its last each time it is asked (pronouns, titles, brackets
    and lead copulas ask it of many words a Doc: 0.4 s of the extraction at 300 stories). A
    span's is, as spaCy's, from its first token's sentence start to its last token's sentence
    end (an empty span asks spaCy)."""
    if isinstance(tok, Token):
        start, end = sentence_bounds(tok.doc, tok.i)
    elif len(tok):
        start, end = sentence_bounds(tok.doc, tok.start)[0], sentence_bounds(tok.doc, tok.end - 1)[1]
    else:
        return tok.sent
    return Span(tok.doc, start, end)


def _sentences(doc: Doc) -> tuple[list[int], list[tuple[int, int]]]:
    """Read once a Doc from its ``SENT_START`` array: a sentence starts at the first token and at
    each token whose ``is_sent_start`` is True. For the extraction stages, once the parse is final
    (``kg.parse_repairs`` runs first)."""
    if _LAST_SENTENCES[0] is doc:
        return _LAST_SENTENCES[1]
    known = _SENTENCES.get(doc)
    if known is None:
        numbers: list[int] = []
        starts = [k for k, start in enumerate(doc.to_array(SENT_START).tolist()) if k == 0 or start == 1]
        bounds = list(zip(starts, starts[1:] + [len(doc)]))
        for n, (s, e) in enumerate(bounds):
            numbers.extend([n] * (e - s))
        known = _SENTENCES[doc] = (numbers, bounds)
    _LAST_SENTENCES[:] = [doc, known]
    return known


#: The Doc ``_sentences`` last answered for, and its answer: name growth and the relation rules ask
#: about one Doc some 50,000 times a 300-story build, and a weak map's lookup (a weak reference
#: made per call) costs twice a Token's. Held like ``_PARSE``'s Doc, so never mistaken for another.
_LAST_SENTENCES: list = [None, None]


#: Each Doc's text columns (``LOWER``, ``ORTH``: never changed once the Doc is made) by attribute.
_COLUMNS: WeakKeyDictionary[Doc, dict[int, list[int]]] = WeakKeyDictionary()


#: The Doc ``column`` last read and its columns (as ``_LAST_SENTENCES``).
_LAST_COLUMNS: list = [None, None]


def column(doc: Doc, attr: int) -> list[int]:
    """The Doc's ``attr`` array as a list, read once a Doc for ``LOWER`` and ``ORTH`` (kg's word
    tables ask each Doc several times); other attributes, which a parse repair may change, each time."""
    if attr not in (LOWER, ORTH):
        return doc.to_array(attr).tolist()
    if _LAST_COLUMNS[0] is doc:
        columns = _LAST_COLUMNS[1]
    else:
        columns = _COLUMNS.setdefault(doc, {})
        _LAST_COLUMNS[:] = [doc, columns]
    values = columns.get(attr)
    if values is None:
        values = columns[attr] = doc.to_array(attr).tolist()
    return values


def tokens_with(doc: Doc, words: Collection[str], attr: int = LOWER) -> list[Token]:
    """``[t for t in doc if <t's attr string> in words]``, in order, with a Token built only for
    those: the Doc's ``attr`` array (``LOWER``, ``ORTH``, ``DEP``…) holds each token's string
    as its id (a hash, or a symbol's number for a label such as ``appos``), compared with the
    words' ids (made once per word table)."""
    ids = hashes(words)
    return [doc[i] for i, value in enumerate(column(doc, attr)) if value in ids]


#: The hashes of each word table ``tokens_with`` was given, by the table's id (the table held
#: with them, so its id is never another's).
_HASHED: dict[int, tuple[Collection[str], frozenset[int]]] = {}


def hashes(words: Collection[str]) -> frozenset[int]:
    """The string ids of a word table, as a Doc's arrays hold them (made once per table)."""
    kept = _HASHED.get(id(words))
    if kept is None or kept[0] is not words:
        kept = _HASHED[id(words)] = (words, frozenset(get_string_id(w) for w in words))
    return kept[1]


class Parse:
    """One Doc's parse as the extraction stages read it, once ``kg.parse_repairs`` is done: the
    part-of-speech and lower-case columns (the per-token walk of the relation rules) and each
    token's conjuncts. Read once a Doc from its arrays; ``Token.conjuncts`` walks the right
    edge of every coordinated word and builds a Token per word it passes, each time asked
    (``Arguments.arg`` asks it of every argument: 3 % of the per-document stages)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        columns = doc.to_array([POS, LOWER, HEAD, DEP])
        #: (POS, LOWER) ids by token.
        self.pos_lower: list[list[int]] = columns[:, :2].tolist()
        #: Each token's head index (the HEAD column is the offset to it), and the tokens labelled ``conj``.
        self.heads: list[int] = (numpy.arange(len(doc)) + columns[:, 2].astype("int64")).tolist()
        self.is_conj = frozenset(numpy.flatnonzero(columns[:, 3] == _CONJ).tolist())
        #: The ``conj`` children after each word that has any, in order.
        self.conj_after: dict[int, list[int]] = {}
        for i in sorted(self.is_conj):
            if i > self.heads[i]:
                self.conj_after.setdefault(self.heads[i], []).append(i)
        self._conjuncts: dict[int, tuple[Token, ...]] = {}
        self._child_ids: list[list[int]] | None = None
        self._children: dict[int, tuple[Token, ...]] = {}

    def children(self, i: int) -> tuple[Token, ...]:
        """``doc[i].children``: the words whose head is word ``i``, in order (spaCy's lefts then
        rights), each Token built once a Doc. A verb's children are read by several rows (its
        label, subjects, objects, prepositions, agents): a fresh Token per child each time was
        about a tenth of the Tokens the relation stage built."""
        known = self._children.get(i)
        if known is None:
            ids = self._child_ids
            if ids is None:
                ids = self._child_ids = [[] for _ in self.heads]
                for k, head in enumerate(self.heads):
                    if head != k:
                        ids[head].append(k)
            known = self._children[i] = tuple(self.doc[k] for k in ids[i])
        return known

    def conjuncts(self, i: int) -> tuple[Token, ...]:
        """``doc[i].conjuncts``: up the ``conj`` labels to the first conjunct, then every
        ``conj`` word after it, breadth first, less ``i`` itself (spaCy's own walk)."""
        known = self._conjuncts.get(i)
        if known is None:
            start, heads = i, self.heads
            while heads[start] != start and start in self.is_conj:
                start = heads[start]
            if start == i and i not in self.conj_after:
                known = ()
            else:
                queue = [start]
                for word in queue:
                    queue.extend(self.conj_after.get(word, ()))
                known = tuple(self.doc[k] for k in queue if k != i)
            self._conjuncts[i] = known
        return known


#: The Doc last asked about by ``parse`` and its ``Parse`` (held, so never mistaken for a new
#: Doc at the same address; the extraction reads one Doc at a time).
_PARSE: list = [None, None]


def parse(doc: Doc) -> Parse:
    """The ``Parse`` of ``doc``, read the first time it is asked after the Doc's last repair
    (``parse_changed``)."""
    if _PARSE[0] is not doc:
        _PARSE[:] = [doc, Parse(doc)]
    return _PARSE[1]


def parse_changed(doc: Doc) -> None:
    """Forget what ``parse`` read of ``doc``: a repair moved a head or changed a label."""
    if _PARSE[0] is doc:
        _PARSE[:] = [None, None]


def children(tok: Token) -> tuple[Token, ...]:
    """``tok.children``, from the Doc's ``Parse`` (each child's Token built once)."""
    return parse(tok.doc).children(tok.i)


def conjuncts(tok: Token) -> tuple[Token, ...]:
    """``tok.conjuncts``, from the Doc's ``Parse`` (a Token built only for a conjunct)."""
    return parse(tok.doc).conjuncts(tok.i)
