"""Per-document extraction: cleaned text in, plain ``DocResult`` out (never a spaCy Doc).

Truecasing and alias matching happen before parsing, on the document alone, so the result is a pure
function of (text, packs, pipeline): that is what makes it cacheable.

A document longer than ``PIECE_CHARS`` is parsed in pieces cut at paragraph (then sentence) breaks
(:mod:`kg.pieces`); the pieces' results are joined into one ``DocResult`` whose offsets refer to
the whole document, so no length is too long for the model and memory stays bounded.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import groupby, islice
from pathlib import Path
from typing import TYPE_CHECKING

from kg.addresses import addressed
from kg.aliases import AliasIndex
from kg.credits import credited_people
from kg.doc_arrays import parsed_from
from kg.parse_repairs import repair_parse
from kg.acronyms import acronyms_typed, defined_acronyms
from kg.entities import extract_mentions
from kg.teams import team_throughout
from kg.model import Document, DocResult, Evidence, Triple
from kg.news_sources import cited_agencies
from kg.pieces import split_spans
from kg.relations import extract_relations
from kg.truecase import lexicon_from, truecase

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Longest text parsed as one spaCy ``Doc``. A parse's memory grows with the Doc's length (one
#: 950,000-character Doc peaked at 2.4 GB) and spaCy refuses texts over ``nlp.max_length``; pieces
#: of 100,000 characters cut at paragraph breaks keep both bounded and every sentence whole.
PIECE_CHARS = 100_000
#: Pieces of one long document go through ``nlp.pipe`` in batches of about this many characters
#: (a batch of 32 full pieces would hold 3.2 M characters of parse in memory at once).
PIECE_BATCH_CHARS = 200_000
log = logging.getLogger(__name__)


#: Guillemets and low quotes, as translated news from Russian, German, French or Ukrainian keeps
#: them (the company «Rosneft», „Gazprom“), read as the curly quotes the model knows; the parsed
#: text keeps its length, and mentions and evidence are taken from the document's own text.
_PARSED_QUOTES = str.maketrans({"«": "“", "»": "”", "„": "“"})

#: Environment variable naming a document id whose extraction raises: the fault-injection tests'
#: hook for a failure inside a worker (a Ray actor, a pool process), like ``KG_TEST_KILL_AT`` for
#: the write phase; the document comes back ``failed`` (``DocumentExtractor._result``). No input
#: is known to fail extraction on its own (long texts are parsed in pieces).
FAIL_DOC_ENV = "KG_TEST_FAIL_DOC"
#: Environment variable that makes an extraction error raise instead of failing its document
#: alone: the test suite sets it, so that a rule that crashes can never pass a test that expects
#: a sentence to yield nothing.
STRICT_ENV = "KG_STRICT_EXTRACTION"


class InjectedFailure(RuntimeError):
    """Raised for the document named by ``$KG_TEST_FAIL_DOC``."""


class DocumentExtractor:
    """Runs one spaCy pipeline over documents and turns each into a ``DocResult``."""

    def __init__(self, nlp: Language, packs: AliasIndex | None = None) -> None:
        self.nlp = nlp
        self.packs = packs or AliasIndex()
        self.lexicon = lexicon_from(nlp)

    def _prepare(self, document: Document, whole: Document, offset: int, count: int) -> tuple[str, dict]:
        """``document`` is ``whole`` or its piece starting at ``offset`` (one of ``count``)."""
        matches = self.packs.find(document.text) if self.packs else []
        cased, recases = truecase(document.text, [(m.start, m.end) for m in matches], self.lexicon)
        cased = cased.translate(_PARSED_QUOTES)
        return cased, {"document": document, "packs": matches, "recases": recases,
                       "whole": whole, "offset": offset, "pieces": count}

    @property
    def piece_chars(self) -> int:
        return max(1, min(PIECE_CHARS, self.nlp.max_length - 1))

    def _pieces(self, document: Document) -> Iterator[tuple[str, dict]]:
        """The document, or its pieces when it is longer than ``PIECE_CHARS``, prepared for parsing."""
        spans = split_spans(document.text, self.piece_chars)
        if len(spans) == 1:
            yield self._prepare(document, document, 0, 1)
            return
        for start, end in spans:
            piece = replace(document, text=document.text[start:end])
            yield self._prepare(piece, document, start, len(spans))

    def run(self, documents: Iterable[Document], batch_size: int = 32, n_process: int = 1) -> Iterator[DocResult]:
        """Stream documents through ``nlp.pipe``; yields results in input order.

        With ``n_process > 1`` batches go to worker processes that parse *and* extract, so only
        small ``DocResult``s cross process boundaries (spaCy's own ``n_process`` ships every Doc
        back and would leave truecasing and extraction to this one process).
        """
        if n_process > 1:
            yield from self._run_pool(documents, batch_size, n_process)
            return
        limit = self.piece_chars
        for long, group in groupby(documents, key=lambda d: len(d.text) > limit):
            if not long:  # a run of ordinary documents: one stream, batched as asked
                prepared = (self._tokenized(*self._prepare(d, d, 0, 1)) for d in group)
                for spacy_doc, ctx in self.nlp.pipe(prepared, as_tuples=True, batch_size=batch_size):
                    yield self._result(spacy_doc, ctx)
                continue
            for document in group:  # a long document: its pieces, a few at a time
                pieces = (self._tokenized(*piece) for piece in self._pieces(document))
                parts = [(ctx["offset"], self._result(spacy_doc, ctx)) for spacy_doc, ctx in self.nlp.pipe(
                    pieces, as_tuples=True, batch_size=max(1, PIECE_BATCH_CHARS // limit))]
                yield join_pieces(document, parts)

    def _tokenized(self, text: str, ctx: dict) -> tuple[Doc, dict]:
        """``text`` as the pipeline's tokens, its text recorded (``parsed_from``): the pipeline's
        paragraph component reads ``doc_text``, which else joins it from a Token per word."""
        doc = self.nlp.make_doc(text)
        parsed_from(doc, text)
        return doc, ctx

    def _run_pool(self, documents: Iterable[Document], batch_size: int, n_process: int) -> Iterator[DocResult]:
        """Batches to a process pool, at most two per worker in flight: memory stays bounded."""
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        ctx = multiprocessing.get_context(method)  # fork: workers inherit the loaded model
        docs = iter(documents)
        batch = list(islice(docs, batch_size))
        if not batch:  # everything came from the cache: no workers to start
            return
        with ctx.Pool(n_process, initializer=_init_worker, initargs=(self,)) as pool:
            window: deque = deque()
            while batch:
                window.append(pool.apply_async(_extract_batch, (batch,)))
                if len(window) >= 2 * n_process:
                    yield from window.popleft().get()
                batch = list(islice(docs, batch_size))
            while window:
                yield from window.popleft().get()

    def one(self, document: Document) -> DocResult:
        return next(self.run([document]))

    def _result(self, spacy_doc: Doc, ctx: dict) -> DocResult:
        """The document's result; if kg's extraction raises on it, a ``failed`` result naming the
        error, so one document that meets a bug costs that document, not the build (the caller
        reports it and never caches it); the message says where it was raised."""
        try:
            return self._extracted(spacy_doc, ctx)
        except Exception as exc:  # noqa: BLE001 - any bug of ours on an unforeseen text
            if os.environ.get(STRICT_ENV):
                raise
            document: Document = ctx["document"]
            log.debug("extraction of %r failed", document.id, exc_info=True)
            return DocResult(doc=document.id, title=document.title, date=document.date, source=document.source,
                             failed=f"{type(exc).__name__}: {exc}{_raised_at(exc)}")

    def _extracted(self, spacy_doc: Doc, ctx: dict) -> DocResult:
        document: Document = ctx["document"]
        if os.environ.get(FAIL_DOC_ENV) == document.id:
            raise InjectedFailure(f"injected failure in document {document.id!r} (${FAIL_DOC_ENV})")
        text = document.text
        repair_parse(spacy_doc)  # "received in the Kremlin the President of Turkey X" (``kg.parse_repairs``)
        mentions = extract_mentions(spacy_doc, document.id, text, ctx["packs"], ctx["recases"], self.lexicon)
        mentions = acronyms_typed(text, mentions)  # "… Technology (KAIST)" … "KAIST" (NER: NORP): the body
        mentions = team_throughout(mentions)  # "Liverpool beat Chelsea 2-1. ... leaves Liverpool on 58 points"
        mentions = credited_people(spacy_doc, mentions)  # "(Reporting by Thuli Dlamini; …)": a person
        mentions = addressed(spacy_doc, mentions)  # "Mr. Choi", "Ms. Choi": two people (``kg.addresses``)
        triples = []
        for raw, sent in extract_relations(spacy_doc, mentions):
            start, end = _strip(text, sent.start_char, sent.end_char)
            triples.append(Triple(
                head=raw.head, relation=raw.relation, tail=raw.tail,
                evidence=Evidence(document.id, text[start:end], start, end, document.page_at(start)),
                confidence=raw.confidence, rule=raw.rule, negated=raw.negated, hedged=raw.hedged,
                attrs=dict(raw.attrs), predicate=getattr(raw, "predicate", None),
            ))
        examples: dict[str, Evidence] = {}
        for m in mentions:
            if m.text not in examples:
                s0, s1 = _strip(text, m.sent_start, m.sent_end)
                examples[m.text] = Evidence(document.id, text[s0:s1], s0, s1, document.page_at(s0))
        acronyms = defined_acronyms(text, mentions)
        cited_agencies(spacy_doc, mentions, acronyms)  # "told AFP": a news agency, not the police (``kg.news_sources``)
        return DocResult(doc=document.id, mentions=mentions, triples=triples, title=document.title,
                         date=document.date, source=document.source, acronyms=acronyms, examples=examples)


def _raised_at(exc: BaseException) -> str:
    """" at kg/relations/verbs.py:120": where the error was raised, for a bug report that a
    one-line message can carry (the innermost frame; a path inside kg relative to its folder)."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return ""
    where = Path(frames[-1].filename)
    package = Path(__file__).resolve().parent
    if where.resolve().is_relative_to(package):
        where = Path("kg") / where.resolve().relative_to(package)
    return f" at {where.as_posix()}:{frames[-1].lineno}"


def join_pieces(document: Document, parts: list[tuple[int, DocResult]]) -> DocResult:
    """One ``DocResult`` for ``document`` from its pieces' results (``(offset, result)`` in text
    order): offsets shifted to the whole text, triples re-pointed at the joined mention list."""
    mentions, triples = [], []
    acronyms: dict[str, str] = {}
    examples: dict[str, Evidence] = {}
    for offset, part in parts:
        if part.failed:  # one piece met a bug: the document is reported as failed, not half-read
            return replace(part, doc=document.id, title=document.title, date=document.date, source=document.source)
        base = len(mentions)
        mentions.extend(replace(m, start=m.start + offset, end=m.end + offset,
                                sent_start=m.sent_start + offset, sent_end=m.sent_end + offset)
                        for m in part.mentions)
        triples.extend(replace(t, head=t.head + base, tail=t.tail + base,
                               evidence=_shifted(t.evidence, offset, document))
                       for t in part.triples)
        for short, long in part.acronyms.items():
            acronyms.setdefault(short, long)
        for text, ev in part.examples.items():
            examples.setdefault(text, _shifted(ev, offset, document))
    return DocResult(doc=document.id, mentions=mentions, triples=triples, title=document.title,
                     date=document.date, source=document.source, acronyms=acronyms, examples=examples)


def _shifted(ev: Evidence, offset: int, whole: Document) -> Evidence:
    """``ev`` of a piece, moved to ``offset`` in ``whole``; its page found in the whole document
    (a piece keeps the whole document's page starts, so its own lookup was off by ``offset``)."""
    start = ev.start + offset
    return Evidence(ev.doc, ev.sentence, start, ev.end + offset, whole.page_at(start))


#: The extractor of a pool worker process (set once by ``_init_worker``).
_WORKER: DocumentExtractor | None = None


def _init_worker(extractor: DocumentExtractor) -> None:
    global _WORKER
    _WORKER = extractor


def _extract_batch(batch: list[Document]) -> list[DocResult]:
    assert _WORKER is not None
    return list(_WORKER.run(batch, batch_size=len(batch)))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
