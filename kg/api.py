"""The Python API: ``build()`` a graph from sources and ``load()`` one back. The CLI wraps these."""

from __future__ import annotations

import functools
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from kg import __version__
from kg.aliases import BUILTIN_PACK, AliasIndex, discover_packs, load_packs
from kg.cache import (CACHE_DIRNAME, EXTRACTOR_VERSION, LayoutCache, ResultCache, code_fingerprint,
                      document_key, library_fingerprint)
from kg.export.json_io import load as load_json
from kg.graph import build_graph
from kg.export.atomic import OutputClaim, staged_set
from kg.ingest import MAX_DOC_CHARS, SourceNotFound, iter_documents, source_roots
from kg.model import Document, DocResult, SkippedSource
from kg.nlp import load_pipeline, model_fingerprint, model_meta, resolve_model_name
from kg.resolve import resolve

if TYPE_CHECKING:
    from kg.export.layout import LayoutMemo
    from kg.extract import DocumentExtractor

#: Every output `build` can write, by format name.
FORMATS: dict[str, str] = {
    "json": "graph.json", "graphml": "graph.graphml", "gexf": "graph.gexf",
    "csv": "triples.csv", "html": "graph.html",
}


class EmptyCorpus(ValueError):
    """No readable document was found in the sources."""


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
        with OutputClaim(output_dir, FORMATS.values()):
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
) -> BuildResult:
    """Build the knowledge graph of ``paths`` (files or folders); write outputs if ``output_dir``.

    ``aliases`` are alias-pack files; with ``discover_aliases`` an ``aliases.yaml`` at the root of
    a source folder is used too, and with ``builtin_aliases`` kg's own pack of well-known names
    (``kg/data/common_aliases.yaml``), after the others, so theirs win where both name a phrase.
    The per-document cache lives in ``output_dir/.kg-cache``. ``raw_csv`` leaves triples.csv cells
    that start like a spreadsheet formula as they are (see ``kg.export.triples``); documents over
    ``max_doc_chars`` characters are skipped with a message.
    ``on_document`` sees each document's result as it is extracted; ``on_stage`` is told when the
    corpus-wide stages start (``"resolving"``, ``"writing"``), for progress displays.
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
    pack_files = list(aliases)
    if discover_aliases:
        pack_files += [p for p in discover_packs(source_roots(paths)) if p not in pack_files]
    if builtin_aliases:
        pack_files.append(BUILTIN_PACK)
    packs = load_packs(pack_files)
    model_name = resolve_model_name(model)  # a missing model fails here, before any work
    meta = model_meta(model_name)
    fingerprint = "|".join([__version__, EXTRACTOR_VERSION, code_fingerprint(), model_fingerprint(model_name),
                            library_fingerprint(), packs.fingerprint()])

    def make_extractor() -> DocumentExtractor:  # spaCy and the model load only if a document needs parsing
        from kg.extract import DocumentExtractor

        return DocumentExtractor(load_pipeline(model_name), packs)
    store = ResultCache(Path(output_dir) / CACHE_DIRNAME) if (cache and output_dir) else None

    results: list[DocResult] = []
    try:
        for result in _extract_all(documents, make_extractor, store, fingerprint, batch_size, jobs):
            results.append(result)
            if on_document:
                on_document(result)
        if store:
            store.prune()
    finally:
        if store:
            store.close()
    if not results:
        raise EmptyCorpus("no readable documents in " + ", ".join(str(p) for p in paths))
    if on_stage:
        on_stage("resolving")
    G = graph_from_results(results)
    G.graph.update({"documents": len(results), "kg_version": __version__,
                    "model": meta.get("name", ""), "title": title or ""})
    result = BuildResult(graph=G, documents=len(results), skipped=skipped,
                         cached=store.hits if store else 0, model=f"{meta.get('lang')}_{meta.get('name')}")
    if output_dir is not None:
        if on_stage:
            on_stage("writing")
        formats = list(formats)
        layouts = LayoutCache(Path(output_dir) / CACHE_DIRNAME) if cache and "html" in formats else None
        try:
            result.outputs = write_outputs(G, output_dir, formats=formats, title=title, raw_csv=raw_csv,
                                           summary={"documents": len(results)}, layout_memo=layouts)
            if layouts is not None:
                layouts.prune()
        finally:
            if layouts is not None:
                layouts.close()
    result.seconds = time.perf_counter() - started
    return result


def graph_from_results(results: list[DocResult]) -> nx.MultiDiGraph:
    """Resolve entities across all documents and build the graph."""
    mentions = [m for r in results for m in r.mentions]
    acronyms: dict[str, str] = {}
    for r in results:
        acronyms.update(r.acronyms)
    return build_graph(resolve(mentions, acronyms), results)


def _extract_all(documents: Iterable[Document], make_extractor: Callable[[], DocumentExtractor],
                 store: ResultCache | None, fingerprint: str, batch_size: int, jobs: int) -> Iterator[DocResult]:
    """Cached results are served as they come; the rest stream through ``nlp.pipe`` in order.

    The extractor (spaCy, the model) is made at the first cache miss, so an unchanged corpus
    rebuilds without them.
    """
    if store is None:
        yield from make_extractor().run(documents, batch_size=batch_size, n_process=jobs)
        return
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
    parsed = (make_extractor().run(chain([first], to_parse), batch_size=batch_size, n_process=jobs)
              if first is not None else iter(()))
    for fresh in parsed:
        key = miss_keys.popleft()  # nlp.pipe keeps input order
        store.put(key, fresh)
        pending[key] = fresh
        while emitted < len(order) and order[emitted] in pending:  # release in input order
            yield pending.pop(order[emitted])
            emitted += 1
    while emitted < len(order):
        yield pending.pop(order[emitted])
        emitted += 1


def write_outputs(G: nx.MultiDiGraph, output_dir: str | os.PathLike, *, formats: Iterable[str] = tuple(FORMATS),
                  title: str | None = None, summary: dict | None = None,
                  layout_memo: LayoutMemo | None = None, raw_csv: bool = False) -> dict[str, Path]:
    """Write the chosen formats into ``output_dir`` as one set; return their paths.

    The files are written into a staging folder and swapped in together (``kg.export.atomic``):
    a failed or killed write leaves the previous set whole, and raises ``OutputError``.

    ``layout_memo`` (e.g. the build's ``LayoutCache``) spares re-computing the HTML page's
    layout for graph components that did not change; the bytes written are the same.
    """
    from kg.export.gexf import write_gexf
    from kg.export.graphml import write_graphml
    from kg.export.json_io import write_json
    from kg.export.tabular import scalar_copy
    from kg.export.triples import write_triples_csv

    out = Path(output_dir)
    written: dict[str, Path] = {}
    formats = list(formats)
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    scalar = scalar_copy(G) if {"graphml", "gexf"} <= set(formats) else None  # made once for both
    with staged_set(out) as staging:
        for fmt in formats:
            target = staging / FORMATS[fmt]
            if fmt == "json":
                write_json(G, target)
            elif fmt == "graphml":
                write_graphml(G, target, scalar=scalar)
            elif fmt == "gexf":
                write_gexf(G, target, scalar=scalar)
            elif fmt == "csv":
                write_triples_csv(G, target, raw=raw_csv)
            elif fmt == "html":
                from kg.export.html import write_html

                write_html(G, target, title=title, summary=_html_summary(G, summary), layout_memo=layout_memo)
            written[fmt] = out / FORMATS[fmt]
    return written


def _html_summary(G: nx.MultiDiGraph, summary: dict | None) -> dict:
    docs = (summary or {}).get("documents") or G.graph.get("documents")
    return {"documents": docs, "entities": G.number_of_nodes(), "relations": G.number_of_edges()}


def load(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Load a ``graph.json`` (or a folder containing one) written by ``kg build``."""
    p = Path(path)
    if p.is_dir():
        p = p / FORMATS["json"]
    return load_json(p)
