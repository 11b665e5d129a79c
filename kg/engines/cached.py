"""The cache in front of the engine: cached results served, only the changed documents parsed.

Moved out of :mod:`kg.api` (which calls :func:`extract_all`): a rebuild checks every document's
cache key first; with few changes, a forked child (:mod:`kg.engines.background`) parses them
while this process decodes the cached results; with none, and the outputs as the last build
left them, the build stops there (:mod:`kg.unchanged`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import TYPE_CHECKING

from kg.cache import ResultCache, document_key
from kg.engines import Engine
from kg.garbage import few_collections
from kg.model import Document, DocResult
from kg.sources_memo import Known, document_of, key_of

if TYPE_CHECKING:
    from kg.engines.background import BackgroundParse
    from kg import unchanged


#: A rebuild with at most this many changed documents parses them in a forked child (``early``).
EARLY_PARSE_MAX = 64
EarlyParse = Callable[[], "BackgroundParse"]


def extract_all(documents: Iterable[Document | Known], run: Engine, store: ResultCache | None,
                fingerprint: str, early: EarlyParse | None = None, warm: Callable[[], None] | None = None,
                shortcut: unchanged.Shortcut | None = None) -> Iterator[DocResult]:
    """Cached results are served as they come; the rest stream through the engine in order.

    The engine (spaCy, the model, or a Ray runtime) starts at the first cache miss, so an
    unchanged corpus rebuilds without them. With ``early``, a rebuild first checks every
    document against the cache's keys; at the first changed one it starts ``early`` (a child
    loading the model), and if at most ``EARLY_PARSE_MAX`` changed, the child parses them while
    the cached results are read (``_rebuild``); if more did, they stream as usual. If none did
    and ``shortcut`` finds the outputs unchanged, no result is read (or only to announce them).
    A :class:`kg.sources_memo.Known` (a file the source memo vouches for) is keyed by its memo and
    read only if the cache has no result for it after all; every document parsed is read.
    """
    if store is None:
        yield from run(documents)
        return
    stored = store.stored_keys() if early is not None or shortcut is not None else set()
    if stored:
        documents = iter(documents)
        seen: list[Document | Known] = []
        keys: list[str] = []
        missing: list[int] = []
        job: BackgroundParse | None = None
        for doc in documents:
            key = key_of(doc, fingerprint)
            if key not in stored and type(doc) is Known:  # its result went: read it after all
                doc = doc.read()
                if doc is None:
                    continue
                key = document_key(doc, fingerprint)
            seen.append(doc)
            keys.append(key)
            if keys[-1] not in stored:
                missing.append(len(keys) - 1)
                if early is None:  # no child to parse them in: they stream
                    break
                job = job or early()
                if len(missing) > EARLY_PARSE_MAX:
                    job.close()
                    break
        else:
            if job is None:  # nothing to parse: a child ``kg build`` started on a hunch is not needed
                from kg.engines.background import discard_prestarted

                discard_prestarted()
                if shortcut is not None and shortcut.take():
                    yield from _announce(seen, keys, store, shortcut.announce)
                    return
            yield from _rebuild(seen, keys, missing, run, store, job, warm, fingerprint)
            return
        documents = chain(seen, documents)
    yield from _stream(documents, run, store, fingerprint)


def _announce(docs: list[Document | Known], keys: list[str], store: ResultCache, read: bool) -> Iterator[DocResult]:
    """A kept build's documents: marked used in the cache (kept by its pruning), and their
    results read only if the caller hears each (``on_document``)."""
    store.used.update(keys)
    for doc, key in zip(docs, keys) if read else ():
        hit = store.get(key)
        if hit is not None:
            hit.source = doc.source
            yield hit


def _stream(documents: Iterable[Document | Known], run: Engine, store: ResultCache,
            fingerprint: str) -> Iterator[DocResult]:
    """Cached results served as they come, the misses streamed through ``run``, all in order
    (a :class:`Known` read only if it is a miss)."""
    pending: dict[str, DocResult] = {}
    order: list[str] = []
    miss_keys: deque[str] = deque()

    def misses() -> Iterator[Document]:
        for item in documents:
            key = key_of(item, fingerprint)
            hit = store.get(key)
            if hit is not None:
                hit.source = item.source  # not part of the key: the same text may have moved
                order.append(key)
                pending[key] = hit
                continue
            doc = document_of(item)
            if doc is None:
                continue
            if doc is not item:
                key = document_key(doc, fingerprint)
            order.append(key)
            miss_keys.append(key)
            yield doc

    emitted = 0
    to_parse = misses()
    first = next(to_parse, None)
    parsed = run(chain([first], to_parse)) if first is not None else iter(())
    for fresh in parsed:
        key = miss_keys.popleft()  # every engine keeps input order
        store.put(key, fresh)
        pending[key] = fresh
        while emitted < len(order) and order[emitted] in pending:  # release in input order
            yield pending.pop(order[emitted])
            emitted += 1
    while emitted < len(order):
        yield pending.pop(order[emitted])
        emitted += 1


def _rebuild(docs: list[Document | Known], keys: list[str], missing: list[int], run: Engine, store: ResultCache,
             job: BackgroundParse | None, warm: Callable[[], None] | None, fingerprint: str) -> Iterator[DocResult]:
    """The documents' results in order: the changed ones parsed by ``job`` while the cached
    ones are decoded; a damaged entry, or a child that failed, is parsed here by ``run`` (a
    :class:`Known` read from its file first: left out, reported, if it cannot be read now)."""
    if job is not None:
        job.parse([docs[i] for i in missing])
    results: list[DocResult | None] = [None] * len(docs)
    late: list[int] = []
    todo = set(missing)
    with few_collections(keep=True):  # nothing here makes cycles; the decoded results are kept
        cached = [i for i in range(len(docs)) if i not in todo]
        for i, hit in zip(cached, store.get_many([keys[i] for i in cached])):
            if hit is None:
                late.append(i)
            else:
                hit.source = docs[i].source  # not part of the key: the same text may have moved
                results[i] = hit
    if job is not None and warm is not None:
        warm()
    fresh = job.results() if job is not None else []
    if fresh is None:
        late = sorted(late + missing)
    else:
        for i, result in zip(missing, fresh):
            store.put(keys[i], result)
            results[i] = result
    again = [(i, document_of(docs[i])) for i in late]
    again = [(i, doc) for i, doc in again if doc is not None]
    for (i, doc), result in zip(again, run(doc for _, doc in again) if again else ()):
        store.put(keys[i] if doc is docs[i] else document_key(doc, fingerprint), result)
        results[i] = result
    for i, result in enumerate(results):
        assert result is not None or type(docs[i]) is Known
        if result is not None:
            yield result
