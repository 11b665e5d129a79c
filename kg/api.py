"""The Python API: ``build()`` a graph from sources and ``load()`` one back. The CLI wraps these.

``FORMATS`` and ``write_outputs`` live in :mod:`kg.export` and are re-exported here; ``EmptyCorpus``
lives in :mod:`kg.errors`.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from kg._version import __version__
from kg.aliases import BUILTIN_PACK, AliasIndex, discover_packs, load_packs
from kg.cache import CACHE_DIRNAME, CODE_MEMO, LayoutCache, ResultCache, document_key, extraction_fingerprint
from kg.engines import Engine, EngineSpec, make_engine
from kg.errors import EmptyCorpus
from kg.export import FORMATS, write_outputs
from kg.export.json_io import load as load_json
from kg.graph import build_graph
from kg.export.atomic import OutputClaim
from kg.ingest import MAX_DOC_CHARS, SourceNotFound, iter_documents, source_roots
from kg.model import Document, DocResult, SkippedSource
from kg.nlp import import_spacy, load_pipeline, model_meta, resolve_model_name
from kg.resolve import resolve

__all__ = ["FORMATS", "BuildResult", "EmptyCorpus", "build", "graph_from_results", "load", "preload",
           "write_outputs"]

if TYPE_CHECKING:
    from kg.engines.background import BackgroundParse
    from kg.extract import DocumentExtractor
    from kg.resolve_memo import ResolutionMemo


@dataclass
class BuildResult:
    """What a build produced: the graph, what was read or skipped, files written, timings."""

    graph: nx.MultiDiGraph
    documents: int
    skipped: list[SkippedSource] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0
    cached: int = 0
    model: str = ""

    @property
    def entities(self) -> int:
        return self.graph.number_of_nodes()

    @property
    def relations(self) -> int:
        return self.graph.number_of_edges()

    def summary(self) -> dict:
        return {"documents": self.documents, "entities": self.entities, "relations": self.relations,
                "skipped": len(self.skipped), "cached": self.cached, "seconds": round(self.seconds, 2),
                "outputs": {k: str(v) for k, v in self.outputs.items()}, "model": self.model}


def _claiming_output(build_fn: Callable[..., BuildResult]) -> Callable[..., BuildResult]:
    """Check the output folder and lock it before the build parses anything; unlock at the end.

    A folder that cannot take the outputs (a file, read-only, full) or that another build is
    writing to fails here, in seconds, instead of after the whole corpus was parsed.
    """
    @functools.wraps(build_fn)
    def claimed(paths: Sequence[str | os.PathLike] | str | os.PathLike, **options: object) -> BuildResult:
        output_dir = options.get("output_dir")
        if output_dir is None:
            return build_fn(paths, **options)
        for p in [paths] if isinstance(paths, (str, os.PathLike)) else paths:
            if not Path(p).exists():
                raise SourceNotFound(p)  # before the output folder is created
        with OutputClaim(output_dir, [spec.file for spec in FORMATS.values()]):
            return build_fn(paths, **options)
    return claimed


@_claiming_output
def build(
    paths: Sequence[str | os.PathLike] | str | os.PathLike,
    *,
    output_dir: str | os.PathLike | None = None,
    model: str | None = None,
    aliases: Iterable[str | os.PathLike] = (),
    discover_aliases: bool = True,
    builtin_aliases: bool = True,
    batch_size: int = 32,
    jobs: int = 1,
    cache: bool = True,
    formats: Iterable[str] = tuple(FORMATS),
    title: str | None = None,
    raw_csv: bool = False,
    max_doc_chars: int | None = MAX_DOC_CHARS,
    on_skip: Callable[[SkippedSource], None] | None = None,
    on_document: Callable[[DocResult], None] | None = None,
    on_stage: Callable[[str], None] | None = None,
    engine: str = "local",
    address: str | None = None,
) -> BuildResult:
    """Build the knowledge graph of ``paths`` (files or folders); write outputs if ``output_dir``.

    ``aliases``: pack files; ``discover_aliases`` adds an ``aliases.yaml`` at a source folder's root,
    ``builtin_aliases`` kg's pack of well-known names, last (the others win). The cache lives in
    ``output_dir/.kg-cache``. ``raw_csv`` keeps formula-like triples.csv cells as they are; documents
    over ``max_doc_chars`` are skipped. ``on_stage`` hears ``"loading model"``, ``"extracting"``,
    ``"resolving"``, ``"writing"``. ``engine`` (:mod:`kg.engines`): ``"local"`` (``jobs`` processes)
    or ``"ray"`` (actors; the cluster at ``address``); the outputs are the same bytes either way.
    """
    started = time.perf_counter()
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    skipped: list[SkippedSource] = []

    def skip(s: SkippedSource) -> None:
        skipped.append(s)
        if on_skip:
            on_skip(s)

    # raises SourceNotFound up front; never reads its own outputs back in
    documents = iter_documents(paths, on_skip=skip, exclude=[output_dir] if output_dir is not None else [],
                               max_chars=max_doc_chars)
    packs = _packs(paths, aliases, discover_aliases, builtin_aliases)
    model_name = resolve_model_name(model)  # a missing model fails here, before any work
    meta = model_meta(model_name)
    fingerprint = extraction_fingerprint(model_name, packs, memo=Path(output_dir) / CACHE_DIRNAME / CODE_MEMO
                                         if (cache and output_dir) else None)

    new_extractor, make_extractor = _extractor_makers(model_name, packs, on_stage)
    run = make_engine(engine, EngineSpec(model_name, packs, fingerprint, batch_size, jobs, address),
                      make_extractor)  # an unavailable engine fails here, before any work
    if engine != "local" and on_stage:  # the engine's workers load the model: announce it all the same
        run = _announced(run, on_stage)
    store = ResultCache(Path(output_dir) / CACHE_DIRNAME) if (cache and output_dir) else None
    early = _early_parse(new_extractor, batch_size, on_stage, model_name, packs) if engine == "local" else None
    results = _collect(_extract_all(documents, run, store, fingerprint, early, lambda: _warm(formats)),
                       store, on_document)
    if not results:
        raise EmptyCorpus("no readable documents in " + ", ".join(str(p) for p in paths))
    if on_stage:
        on_stage("resolving")
    with _few_collections():
        G = graph_from_results(results, memo=_resolution_memo(output_dir) if store else None)
    records = document_records(results)
    del results  # the graph holds what the writers read; at 50,000 documents these are gigabytes
    G.graph.update({"documents": len(records), "kg_version": __version__,
                    "model": meta.get("name", ""), "title": title or ""})
    result = BuildResult(graph=G, documents=len(records), skipped=skipped,
                         cached=store.hits if store else 0, model=f"{meta.get('lang')}_{meta.get('name')}")
    if output_dir is not None:
        if on_stage:
            on_stage("writing")
        with _frozen():
            result.outputs = _write(G, Path(output_dir), list(formats), title=title, cache=cache,
                                    documents=records, raw_csv=raw_csv)
    result.seconds = time.perf_counter() - started
    return result


@contextlib.contextmanager
def _few_collections() -> Iterator[None]:
    """No cyclic garbage collection while the corpus-wide stages build their millions of small
    records (the decoded results, names, entities, the graph): each full collection walks all of
    them again, which took over half of a rebuild's resolution at 5,000 documents. Reference
    counting still frees what they drop. Never around parsing (spaCy's garbage needs it) nor
    the writers (``_frozen``)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def _frozen() -> Iterator[None]:
    """The collector leaves what exists now (the results, the graph) out of its walks while the
    writers run, and still frees the writers' own garbage (which, uncollected, doubled a forked
    writer's memory at 16,000 documents). Only the young generations are collected first: a full
    collection walked every object of the build (0.2-0.5 s at 300 stories) to free about a
    thousand."""
    gc.collect(1)
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _resolution_memo(output_dir: str | os.PathLike | None) -> ResolutionMemo | None:
    """The last build's resolution in the cache folder (``kg.resolve_memo``), to redo only what changed."""
    from kg.cache import code_fingerprint
    from kg.resolve_memo import MEMO_FILE, ResolutionMemo

    if output_dir is None:
        return None
    folder = Path(output_dir) / CACHE_DIRNAME
    return ResolutionMemo(folder / MEMO_FILE, code_fingerprint(module="kg.resolve_memo",
                                                               memo=folder / "resolution-code.json"))


def _extractor_makers(model_name: str, packs: AliasIndex, on_stage: Callable[[str], None] | None
                      ) -> tuple[Callable[[], DocumentExtractor], Callable[[], DocumentExtractor]]:
    """Two ways to make the extractor (spaCy and the model load only if a document needs
    parsing): quietly (in a forked child), and announcing ``"loading model"``, ``"extracting"``."""
    def new_extractor() -> DocumentExtractor:
        import_spacy()
        from kg.extract import DocumentExtractor

        return DocumentExtractor(load_pipeline(model_name), packs)

    def make_extractor() -> DocumentExtractor:
        if on_stage:
            on_stage("loading model")
        extractor = new_extractor()
        if on_stage:
            on_stage("extracting")
        return extractor

    return new_extractor, make_extractor


def _collect(extracted: Iterable[DocResult], store: ResultCache | None,
             on_document: Callable[[DocResult], None] | None) -> list[DocResult]:
    """Every document's result, in order; then the cache forgets what this build did not use."""
    results: list[DocResult] = []
    try:
        for result in extracted:
            results.append(result)
            if on_document:
                on_document(result)
        if store:
            store.prune()
    finally:
        if store:
            store.close()
    return results


def _packs(paths: Sequence[str | os.PathLike], aliases: Iterable[str | os.PathLike], discover: bool,
           builtin: bool) -> AliasIndex:
    """The alias packs of a build: given files, then folder packs, then the built-in pack (first wins)."""
    pack_files = list(aliases)
    if discover:
        pack_files += [p for p in discover_packs(source_roots(paths)) if p not in pack_files]
    if builtin:
        pack_files.append(BUILTIN_PACK)
    return load_packs(pack_files)


def _write(G: nx.MultiDiGraph, output_dir: Path, formats: list[str], *, title: str | None, cache: bool,
           documents: list[dict], raw_csv: bool = False) -> dict[str, Path]:
    """Write the outputs, with the page's layouts memoised in the cache folder when caching."""
    layouts = LayoutCache(output_dir / CACHE_DIRNAME) if cache and "html" in formats else None
    try:
        outputs = write_outputs(G, output_dir, formats=formats, title=title,
                                summary={"documents": len(documents)}, layout_memo=layouts,
                                documents=documents, raw_csv=raw_csv)
        if layouts is not None:
            layouts.prune()
    finally:
        if layouts is not None:
            layouts.close()
    return outputs


def document_records(results: Iterable[DocResult]) -> list[dict]:
    """Each document's id, source path, title and date (for the database's ``Document`` table)."""
    return [{"id": r.doc, "path": r.source or None, "title": r.title, "date": r.date} for r in results]


def preload(model: str | None = None) -> None:
    """Import spaCy and load the pipeline (and its lexicon) now, so that the next build that must
    parse does not wait for them (``kg build --watch`` calls it while the user edits)."""
    import_spacy()
    from kg.extract import DocumentExtractor

    DocumentExtractor(load_pipeline(resolve_model_name(model)))


def graph_from_results(results: list[DocResult], memo: ResolutionMemo | None = None) -> nx.MultiDiGraph:
    """Resolve entities across all documents and build the graph; with ``memo``, resolve only
    what changed since the memo's build (same result), and keep this resolution in it."""
    mentions = [m for r in results for m in r.mentions]
    acronyms: dict[str, str] = {}
    for r in results:
        acronyms.update(r.acronyms)
    entities = resolve(mentions, acronyms, memo=memo)
    if memo is not None:
        memo.save()
    return build_graph(entities, results)


def _announced(run: Engine, on_stage: Callable[[str], None]) -> Engine:
    """``run`` telling ``on_stage`` it starts (``"loading model"``), then ``"extracting"``."""
    def announced(documents: Iterable[Document]) -> Iterator[DocResult]:
        on_stage("loading model")
        results = run(documents)
        first = next(results, None)
        if first is None:
            return
        on_stage("extracting")
        yield first
        yield from results

    return announced


#: A rebuild with at most this many changed documents parses them in a forked child (``early``).
EARLY_PARSE_MAX = 64
EarlyParse = Callable[[], "BackgroundParse"]


def _early_parse(new_extractor: Callable[[], DocumentExtractor], batch_size: int,
                 on_stage: Callable[[str], None] | None, model_name: str, packs: AliasIndex) -> EarlyParse | None:
    """How a rebuild parses its few changed documents beside the cache reads (``kg.engines.background``;
    the child ``kg build`` started before its imports if there is one, ``kg.engines.prestart``);
    None where it cannot fork, or when this process already holds spaCy (``--watch``, a session)."""
    import sys

    from kg.engines import background

    if not background.available() or "kg.extract" in sys.modules:
        return None

    def start() -> background.BackgroundParse:
        if on_stage:
            on_stage("loading model")
        return background.take_prestarted(model_name, packs) or background.BackgroundParse(new_extractor, batch_size)

    return start


def _warm(formats: Iterable[str]) -> None:
    """While the child parses: load what resolution, the graph and the writers will need (the
    gazetteer's tables that resolution and the presumptions read: 0.3 s at first use; modules)."""
    import importlib

    from kg.lexicon.countries import city_countries, city_names, continents, country_codes

    for table in (city_names, country_codes, city_countries, continents):
        table()
    for fmt in formats:
        if fmt in FORMATS:
            importlib.import_module(FORMATS[fmt].module)


def _extract_all(documents: Iterable[Document], run: Engine, store: ResultCache | None,
                 fingerprint: str, early: EarlyParse | None = None,
                 warm: Callable[[], None] | None = None) -> Iterator[DocResult]:
    """Cached results are served as they come; the rest stream through the engine in order.

    The engine (spaCy, the model, or a Ray runtime) starts at the first cache miss, so an
    unchanged corpus rebuilds without them. With ``early``, a rebuild first checks every
    document against the cache's keys; at the first changed one it starts ``early`` (a child
    loading the model), and if at most ``EARLY_PARSE_MAX`` changed, the child parses them while
    the cached results are read (``_rebuild``); if more did, they stream as usual.
    """
    if store is None:
        yield from run(documents)
        return
    stored = store.stored_keys() if early is not None else set()
    if stored:
        documents = iter(documents)
        seen: list[Document] = []
        keys: list[str] = []
        missing: list[int] = []
        job: BackgroundParse | None = None
        for doc in documents:
            seen.append(doc)
            keys.append(document_key(doc, fingerprint))
            if keys[-1] not in stored:
                missing.append(len(keys) - 1)
                job = job or early()
                if len(missing) > EARLY_PARSE_MAX:
                    job.close()
                    break
        else:
            if job is None:  # nothing to parse: a child ``kg build`` started on a hunch is not needed
                from kg.engines.background import discard_prestarted

                discard_prestarted()
            yield from _rebuild(seen, keys, missing, run, store, job, warm)
            return
        documents = chain(seen, documents)
    yield from _stream(documents, run, store, fingerprint)


def _stream(documents: Iterable[Document], run: Engine, store: ResultCache,
            fingerprint: str) -> Iterator[DocResult]:
    """Cached results served as they come, the misses streamed through ``run``, all in order."""
    pending: dict[str, DocResult] = {}
    order: list[str] = []
    miss_keys: deque[str] = deque()

    def misses() -> Iterator[Document]:
        for doc in documents:
            key = document_key(doc, fingerprint)
            order.append(key)
            hit = store.get(key)
            if hit is not None:
                hit.source = doc.source  # not part of the key: the same text may have moved
                pending[key] = hit
            else:
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


def _rebuild(docs: list[Document], keys: list[str], missing: list[int], run: Engine, store: ResultCache,
             job: BackgroundParse | None, warm: Callable[[], None] | None) -> Iterator[DocResult]:
    """The documents' results in order: the changed ones parsed by ``job`` while the cached
    ones are decoded; a damaged entry, or a child that failed, is parsed here by ``run``."""
    if job is not None:
        job.parse([docs[i] for i in missing])
    results: list[DocResult | None] = [None] * len(docs)
    late: list[int] = []
    todo = set(missing)
    with _few_collections():  # nothing here makes cycles; the decoded results are kept
        for i, (doc, key) in enumerate(zip(docs, keys)):
            if i in todo:
                continue
            hit = store.get(key)
            if hit is None:
                late.append(i)
            else:
                hit.source = doc.source  # not part of the key: the same text may have moved
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
    for i, result in zip(late, run(docs[i] for i in late) if late else ()):
        store.put(keys[i], result)
        results[i] = result
    for result in results:
        assert result is not None
        yield result


def load(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Load a ``graph.json`` (or a folder containing one) written by ``kg build``."""
    p = Path(path)
    if p.is_dir():
        p = p / FORMATS["json"].file
    return load_json(p)
