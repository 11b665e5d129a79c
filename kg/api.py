"""The Python API: ``build()`` a graph from sources and ``load()`` one back. The CLI wraps these.

``FORMATS`` and ``write_outputs`` live in :mod:`kg.export` and are re-exported here; ``EmptyCorpus``
lives in :mod:`kg.errors`.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import importlib
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg._version import __version__
from kg.aliases import BUILTIN_PACK, AliasIndex, discover_packs, load_packs
from kg.cache import CACHE_DIRNAME, CODE_MEMO, LayoutCache, ResultCache, extraction_fingerprint
from kg.engines import Engine, EngineSpec, make_engine
from kg.engines.cached import EarlyParse, extract_all
from kg.errors import EmptyCorpus
from kg.export import FORMATS, write_outputs
from kg.export.atomic import OutputClaim
from kg.garbage import build_scope, few_collections
from kg.ingest import MAX_DOC_CHARS, SourceNotFound, iter_documents, source_roots
from kg.model import Document, DocResult, SkippedSource
from kg.nlp import import_spacy, load_pipeline, model_meta, resolve_model_name
from kg.sources_memo import SourceMemo
from kg import unchanged

__all__ = ["FORMATS", "BuildResult", "EmptyCorpus", "build", "graph_from_results", "load", "preload",
           "write_outputs"]

if TYPE_CHECKING:
    import networkx as nx

    from kg.engines.background import BackgroundParse
    from kg.extract import DocumentExtractor
    from kg.predicates_memo import KeptPredicates
    from kg.resolve_memo import ResolutionMemo

#: Imported when first used (``kg.api.resolve`` is still an attribute, which benches time): a
#: build that keeps its unchanged outputs (:mod:`kg.unchanged`) never resolves nor builds a graph,
#: and never imports networkx (a third of this module's import).
_LAZY = {"resolve": ("kg.resolve", "resolve"), "build_graph": ("kg.graph", "build_graph"),
         "load_json": ("kg.export.json_io", "load")}


def __getattr__(name: str) -> object:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attribute = _LAZY[name]
    value = globals()[name] = getattr(importlib.import_module(module), attribute)
    return value


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

    def __getattr__(self, name: str) -> object:
        """``graph`` of a build that kept its outputs (``_kept``): read from graph.json at first use."""
        if name == "graph" and "_graph_file" in self.__dict__:
            self.graph = load(self.__dict__.pop("_graph_file"))
            return self.graph
        raise AttributeError(name)

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
        with build_scope():  # what the stages froze goes back to the collector (kg.garbage)
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
    keep_unchanged: bool = False,
) -> BuildResult:
    """Build the knowledge graph of ``paths`` (files or folders); write outputs if ``output_dir``.

    ``aliases``: pack files; ``discover_aliases`` adds an ``aliases.yaml`` at a source folder's root,
    ``builtin_aliases`` kg's pack of well-known names, last (the others win). The cache lives in
    ``output_dir/.kg-cache``. ``raw_csv`` keeps formula-like triples.csv cells as they are; documents
    over ``max_doc_chars`` are skipped. ``on_stage`` hears ``"loading model"``, ``"extracting"``,
    ``"resolving"``, ``"writing"``. ``engine`` (:mod:`kg.engines`): ``"local"`` (``jobs`` processes)
    or ``"ray"`` (actors; the cluster at ``address``); the outputs are the same bytes either way.
    ``keep_unchanged`` (``kg build``): if nothing changed since the last build into ``output_dir``,
    keep its outputs (:mod:`kg.unchanged`); the result's graph is then read back from graph.json.
    """
    started = time.perf_counter()
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    skipped: list[SkippedSource] = []

    def skip(s: SkippedSource) -> None:
        skipped.append(s)
        if on_skip:
            on_skip(s)

    packs = _packs(paths, aliases, discover_aliases, builtin_aliases)
    model_name = resolve_model_name(model)  # a missing model fails here, before any work
    meta = model_meta(model_name)
    fingerprint = extraction_fingerprint(model_name, packs, memo=Path(output_dir) / CACHE_DIRNAME / CODE_MEMO
                                         if (cache and output_dir) else None)
    # raises SourceNotFound; never reads its own outputs back in, nor unchanged files (kg.sources_memo)
    documents = iter_documents(paths, on_skip=skip, exclude=[output_dir] if output_dir is not None else [],
                               max_chars=max_doc_chars, memo=_source_memo(cache and output_dir, fingerprint, max_doc_chars))
    spec = EngineSpec(model_name, packs, fingerprint, batch_size, jobs, address)
    new_extractor, run = _engine(engine, spec, on_stage)  # an unavailable engine fails here, before any work
    store = ResultCache(Path(output_dir) / CACHE_DIRNAME) if (cache and output_dir) else None
    early = _early_parse(new_extractor, batch_size, on_stage, model_name, packs, formats) if engine == "local" else None
    shortcut = unchanged.Shortcut.of(documents, fingerprint, Path(output_dir), formats, title, raw_csv,
                                     announce=on_document is not None) if store is not None else None
    memos = _Memos(output_dir if store is not None else None)
    results = _collect(extract_all(shortcut.inputs if shortcut else documents, run, store, fingerprint, early,
                                   lambda: _warm(formats, memos), shortcut if keep_unchanged and "json" in formats else None),
                       store, on_document, skip)
    if shortcut is not None and shortcut.hit:
        return _kept(Path(output_dir), formats, shortcut.inputs.count, skipped, meta, started)
    if not results:
        raise EmptyCorpus("no readable documents in " + ", ".join(str(p) for p in paths))
    if on_stage:
        on_stage("resolving")
    with few_collections(keep=True):  # the graph lives until the build ends
        G = graph_from_results(results, memo=memos.resolution(), predicates=memos.predicates())
    records = document_records(results)
    del results  # the graph holds what the writers read; at 50,000 documents these are gigabytes
    result = _built(G, len(records), skipped, store.hits if store else 0, meta, title)
    if output_dir is not None:
        if on_stage:
            on_stage("writing")
        with _frozen():
            result.outputs = _write(G, Path(output_dir), list(formats), title=title, cache=cache,
                                    documents=records, raw_csv=raw_csv, shortcut=shortcut)
    result.seconds = time.perf_counter() - started
    return result


def _engine(engine: str, spec: EngineSpec, on_stage: Callable[[str], None] | None
            ) -> tuple[Callable[[], DocumentExtractor], Engine]:
    """The quiet extractor maker (for a forked child) and the engine that parses the documents."""
    new_extractor, make_extractor = _extractor_makers(spec.model, spec.packs, on_stage)
    run = make_engine(engine, spec, make_extractor)
    if engine != "local" and on_stage:  # the engine's workers load the model: announce it all the same
        run = _announced(run, on_stage)
    return new_extractor, run


def _built(G: nx.MultiDiGraph, documents: int, skipped: list[SkippedSource], cached: int, meta: dict,
           title: str | None) -> BuildResult:
    """The result of a build (before its outputs are written), its graph stamped with the build's facts."""
    G.graph.update({"documents": documents, "kg_version": __version__, "model": meta.get("name", ""),
                    "title": title or ""})
    return BuildResult(graph=G, documents=documents, skipped=skipped, cached=cached,
                       model=f"{meta.get('lang')}_{meta.get('name')}")


def _kept(output_dir: Path, formats: Iterable[str], documents: int, skipped: list[SkippedSource],
          meta: dict, started: float) -> BuildResult:
    """The result of a build that found nothing changed (``kg.unchanged``): the outputs as they
    are, the graph read from graph.json when first asked for (``kg build -q`` never does)."""
    result = BuildResult.__new__(BuildResult)
    result.__dict__.update(documents=documents, skipped=skipped, cached=documents, _graph_file=output_dir,
                           model=f"{meta.get('lang')}_{meta.get('name')}",
                           outputs={fmt: output_dir / FORMATS[fmt].file for fmt in formats},
                           seconds=time.perf_counter() - started)
    return result


@contextlib.contextmanager
def _frozen() -> Iterator[None]:
    """The collector leaves what exists now (the results, the graph) out of its walks while the
    writers run, and still frees the writers' own garbage (which, uncollected, doubled a forked
    writer's memory at 16,000 documents). Nothing is collected first: a collection walked every
    object made since the last one (the graph: 0.06 s at 300 stories, 0.2-0.5 s before the
    stages froze what they made, ``kg.garbage``) to free about a thousand."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class _Memos:
    """The last build's resolution and edge classifications (:func:`_resolution_memo`,
    :func:`_kept_predicates`), read once, when first needed: by :func:`_warm` while a forked
    child parses a rebuild's changed documents (this process would otherwise wait idle), else
    when the graph is built. Nothing of this build is written to them before then, so they
    read the same either way. ``output_dir`` None (no cache): no memos."""

    def __init__(self, output_dir: str | os.PathLike | None) -> None:
        self.output_dir = output_dir
        self._kept: tuple[ResolutionMemo | None, KeptPredicates | None] | None = None

    def load(self) -> tuple[ResolutionMemo | None, KeptPredicates | None]:
        if self._kept is None:
            self._kept = ((_resolution_memo(self.output_dir), _kept_predicates(self.output_dir))
                          if self.output_dir is not None else (None, None))
        return self._kept

    def resolution(self) -> ResolutionMemo | None:
        return self.load()[0]

    def predicates(self) -> KeptPredicates | None:
        return self.load()[1]


def _source_memo(output_dir: str | os.PathLike | None, fingerprint: str, max_chars: int | None) -> SourceMemo | None:
    """The last build's source files in the cache folder (``kg.sources_memo``), to key unchanged ones unread."""
    if not output_dir:
        return None
    memo = SourceMemo(Path(output_dir) / CACHE_DIRNAME, max_chars)
    memo.bind(fingerprint)
    return memo


def _resolution_memo(output_dir: str | os.PathLike | None) -> ResolutionMemo | None:
    """The last build's resolution in the cache folder (``kg.resolve_memo``), to redo only what changed."""
    from kg.cache import code_fingerprint
    from kg.resolve_memo import MEMO_FILE, ResolutionMemo

    if output_dir is None:
        return None
    folder = Path(output_dir) / CACHE_DIRNAME
    return ResolutionMemo(folder / MEMO_FILE, code_fingerprint(module="kg.resolve_memo",
                                                               memo=folder / "resolution-code.json"))


def _kept_predicates(output_dir: str | os.PathLike) -> KeptPredicates:
    """The last build's edge classifications in the cache folder (``kg.predicates_memo``)."""
    from kg.cache import code_fingerprint
    from kg.predicates_memo import MEMO_FILE, KeptPredicates

    folder = Path(output_dir) / CACHE_DIRNAME
    return KeptPredicates(folder / MEMO_FILE, code_fingerprint(module="kg.predicates",
                                                               memo=folder / "predicates-code.json"))


def _extractor_makers(model_name: str, packs: AliasIndex, on_stage: Callable[[str], None] | None
                      ) -> tuple[Callable[[], DocumentExtractor], Callable[[], DocumentExtractor]]:
    """Two ways to make the extractor (spaCy and the model load only if a document needs
    parsing): quietly (in a forked child), and announcing ``"loading model"``, ``"extracting"``."""
    def new_extractor() -> DocumentExtractor:
        # spaCy, the model and kg's modules live until the build ends: frozen, the collections
        # that parsing needs never walk them (at 300 stories each of the two a build met walked
        # 90,000 of their objects: about 0.1 s each, and 0.05 s for one while loading)
        with few_collections(keep=True):
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
             on_document: Callable[[DocResult], None] | None,
             skip: Callable[[SkippedSource], None]) -> list[DocResult]:
    """Every document's result, in order; then the cache forgets what this build did not use.
    A document whose extraction failed is reported through ``skip`` and left out."""
    results: list[DocResult] = []
    try:
        for result in extracted:
            if result.failed:
                skip(SkippedSource(result.source or result.doc, f"extraction failed on document {result.doc!r} "
                                   f"({result.failed}); a bug in kg: please report it with this document",
                                   document=result.doc))
                continue
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
           documents: list[dict], raw_csv: bool = False, shortcut: unchanged.Shortcut | None = None) -> dict[str, Path]:
    """Write the outputs, with the page's layouts memoised in the cache folder when caching; with
    ``shortcut``, the record of what was read and written is dropped first and made again after."""
    if shortcut is not None:
        shortcut.forget()
    layouts = LayoutCache(output_dir / CACHE_DIRNAME) if cache and "html" in formats else None
    try:
        outputs = write_outputs(G, output_dir, formats=formats, title=title,
                                summary={"documents": len(documents)}, layout_memo=layouts,
                                documents=documents, raw_csv=raw_csv,
                                parts_cache=output_dir / CACHE_DIRNAME if cache else None)
        if layouts is not None:
            layouts.prune()
    finally:
        if layouts is not None:
            layouts.close()
    if shortcut is not None:
        shortcut.remember(len(documents))
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


def graph_from_results(results: list[DocResult], memo: ResolutionMemo | None = None,
                       predicates: KeptPredicates | None = None) -> nx.MultiDiGraph:
    """Resolve entities across all documents and build the graph; with ``memo``, resolve only
    what changed since the memo's build (same result), and keep this resolution in it; with
    ``predicates``, classify the edges from the last build's answers and keep this build's."""
    mentions = [m for r in results for m in r.mentions]
    acronyms: dict[str, str] = {}
    for r in results:
        acronyms.update(r.acronyms)
    api = sys.modules[__name__]  # the lazy names (``_LAZY``), or whatever replaced them
    entities = api.resolve(mentions, acronyms, memo=memo)
    if memo is not None:
        memo.save()
    if predicates is None:
        return api.build_graph(entities, results)
    G = api.build_graph(entities, results, predicates.edge_attributes)
    predicates.save()
    return G


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


def _early_parse(new_extractor: Callable[[], DocumentExtractor], batch_size: int,
                 on_stage: Callable[[str], None] | None, model_name: str, packs: AliasIndex,
                 formats: Iterable[str] = tuple(FORMATS)) -> EarlyParse | None:
    """How a rebuild parses its few changed documents beside the cache reads (``kg.engines.background``;
    the child ``kg build`` started before its imports if there is one, ``kg.engines.prestart``);
    None where it cannot fork, or when this process already holds spaCy (``--watch``, a session)."""
    from kg.engines import background

    if not background.available() or "kg.extract" in sys.modules:
        return None

    def start() -> background.BackgroundParse:
        if on_stage:
            on_stage("loading model")
        prestarted = background.take_prestarted(model_name, packs)
        if prestarted is not None:
            return prestarted
        background.share(formats)
        return background.BackgroundParse(new_extractor, batch_size)

    return start


def _warm(formats: Iterable[str], memos: _Memos | None = None) -> None:
    """While the child parses: load what resolution, the graph and the writers will need (the
    gazetteer's tables that resolution and the presumptions read: 0.3 s at first use; modules,
    networkx among them; the database's library, which its writer imports only when it runs;
    the last build's ``memos``). No cyclic collection meanwhile: the cached results are decoded
    by now, and every collection the imports' allocations set off would walk them all again."""
    from kg.lexicon.continents import continents
    from kg.lexicon.countries import city_countries, city_names, country_codes

    formats = list(formats)
    with few_collections(keep=True):
        for table in (city_names, country_codes, city_countries, continents):
            table()
        for module in ["kg.graph", "kg.resolve"] + [FORMATS[fmt].module for fmt in formats if fmt in FORMATS]:
            importlib.import_module(module)
        if "db" in formats:
            with contextlib.suppress(ImportError):  # missing: its writer reports it, as it did
                importlib.import_module("ladybug")
        if memos is not None:
            memos.load()


def load(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Load a ``graph.json`` (or a folder containing one) written by ``kg build``."""
    p = Path(path)
    if p.is_dir():
        p = p / FORMATS["json"].file
    return sys.modules[__name__].load_json(p)
