"""The Ray engine: documents stream through Ray Data ``map_batches`` to a pool of actors.

Each actor loads the spaCy pipeline and the alias packs once (the packs travel pickled from the
driver, so every worker matches on the same names) and turns a batch of documents into
``DocResult`` records, which come back as the same JSON the cache stores. The driver keeps
everything else: it reads the sources (workers never open a path), looks documents up in the cache
before and stores their results after, and runs resolution, the graph and the outputs.

Order and exactly-once: every document carries its position; the dataset keeps input order
(``preserve_order``) and the driver checks the positions come back 0, 1, 2, … - a lost or doubled
document stops the build instead of changing the graph. An actor that dies mid-batch is restarted
by Ray Data and its batch re-run (Ray Data's actor pool retries tasks of dead actors); the batch's
results are only ever taken once, from the run that finished.

A document whose extraction raises comes back ``failed`` and is skipped and reported as locally
(``DocumentExtractor._result``). An error outside kg's extraction (spaCy's parse) fails the build
as it does locally: the driver re-raises the worker's exception (same type, same message, the
worker's traceback added as a note) after the results of the documents before it, which the
cache keeps.
"""

from __future__ import annotations

import json
import logging
import math
import pickle
import socket
import traceback
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from kg.errors import EngineUnavailable
from kg.model import Document, DocResult

if TYPE_CHECKING:
    from kg.aliases import AliasIndex
    from kg.engines import EngineSpec

#: What to install for ``--engine ray`` (the extra pins the Ray version kg was tested with).
INSTALL = 'pip install "kg-builder[ray]"'
#: The columns a document travels in (plain values: Arrow needs no pickling for them).
_COLUMNS = ("id", "text", "source", "title", "date")


def _import_ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401  (the extra is ray[data]; plain ray lacks it)
    except ImportError as exc:
        raise EngineUnavailable(f"--engine ray needs Ray, which is not installed ({exc.name}): {INSTALL}") from exc
    return ray


class RayEngine:
    """Runs extraction on a Ray pool of ``spec.jobs`` actors; joins ``spec.address`` if given.

    Without an address it starts a local Ray runtime with ``jobs`` CPUs and no dashboard, and stops
    it when the documents are done; with one it connects to the running cluster (``ray start
    --head`` on one machine, ``ray start --address …`` on the others). If Ray is already initialised
    in this process (a notebook, a Ray job), that runtime is used and left running.
    """

    def __init__(self, spec: EngineSpec) -> None:
        self.ray = _import_ray()  # fail before any document is read
        self.spec = spec
        #: Ray start-up, actor start-up and extraction wall times of the last run (for the bench).
        self.timings: dict[str, float] = {}

    def __call__(self, documents: Iterable[Document]) -> Iterator[DocResult]:
        import time

        rows = [{"idx": i, **{c: getattr(d, c) for c in _COLUMNS}} for i, d in enumerate(documents)]
        if not rows:  # everything came from the cache: Ray is not started at all
            return
        ray = self.ray
        started_here = not ray.is_initialized()
        t0 = time.perf_counter()
        if started_here:
            ray.init(address=self.spec.address, num_cpus=None if self.spec.address else self.spec.jobs,
                     include_dashboard=False, logging_level=logging.ERROR, log_to_driver=False)
        logging.getLogger("ray.data").setLevel(logging.ERROR)  # no per-dataset "Starting execution" lines
        self.timings["ray_init"] = time.perf_counter() - t0
        try:
            yield from self._run(rows)
        finally:
            self.timings["total"] = time.perf_counter() - t0
            if started_here:
                ray.shutdown()

    def _run(self, rows: list[dict]) -> Iterator[DocResult]:
        import time

        from ray.data import ActorPoolStrategy, DataContext

        context = DataContext.get_current()
        context.execution_options.preserve_order = True  # results in input order, deterministic
        context.enable_progress_bars = False
        batch = self.spec.batch_size
        ds = self.ray.data.from_items(rows, override_num_blocks=max(1, math.ceil(len(rows) / batch)))
        ds = ds.map_batches(
            _BatchExtractor, batch_size=batch, batch_format="pyarrow", zero_copy_batch=True,
            compute=ActorPoolStrategy(size=self.spec.jobs), num_cpus=1,
            fn_constructor_kwargs={"model": self.spec.model, "packs": self.spec.packs,
                                   "fingerprint": self.spec.fingerprint},
        )
        expected = 0
        t0 = time.perf_counter()
        for out in ds.iter_batches(batch_size=None, batch_format="pyarrow"):
            if expected == 0:
                self.timings["first_batch"] = time.perf_counter() - t0
            for idx, data, error in zip(out["idx"].to_pylist(), out["result"].to_pylist(),
                                        out["error"].to_pylist()):
                if idx != expected:  # lost or doubled: never let it reach the graph
                    raise RuntimeError(f"Ray returned document #{idx} where #{expected} was due")
                expected += 1
                if error:
                    raise pickle.loads(error)
                yield DocResult.from_dict(json.loads(data))
        if expected != len(rows):
            raise RuntimeError(f"Ray returned {expected} of {len(rows)} documents")


class _BatchExtractor:
    """One Ray actor: the pipeline and packs loaded once, then batches of documents to results."""

    def __init__(self, model: str, packs: AliasIndex, fingerprint: str) -> None:
        from kg.cache import extraction_fingerprint
        from kg.nlp import import_spacy, load_pipeline

        import_spacy()
        from kg.extract import DocumentExtractor

        self.extractor = DocumentExtractor(load_pipeline(model), packs)
        here = extraction_fingerprint(model, packs)
        self.mismatch = None if here == fingerprint else (
            f"the Ray worker on {socket.gethostname()} would extract differently from the driver "
            f"(kg, spaCy or the model differ): {here} != {fingerprint}; install the same versions on every node")

    def __call__(self, batch: Any) -> dict[str, list]:
        from kg.cache import _fields

        docs = [Document(**{c: row[c] for c in _COLUMNS}) for row in batch.select(list(_COLUMNS)).to_pylist()]
        idx = batch["idx"].to_pylist()
        if self.mismatch:
            return {"idx": idx, "result": [""] * len(idx),
                    "error": [_pickled(EngineUnavailable(self.mismatch), "")] * len(idx)}
        try:
            results = [json.dumps(r, ensure_ascii=False, default=_fields)
                       for r in self.extractor.run(docs, batch_size=len(docs))]
            return {"idx": idx, "result": results, "error": [b""] * len(idx)}
        except Exception:  # noqa: BLE001 - find the document that fails, report it like locally
            return self._one_by_one(idx, docs)

    def _one_by_one(self, idx: list[int], docs: list[Document]) -> dict[str, list]:
        from kg.cache import _fields

        results, errors = [], []
        for doc in docs:
            try:
                results.append(json.dumps(self.extractor.one(doc), ensure_ascii=False, default=_fields))
                errors.append(b"")
            except Exception as exc:  # noqa: BLE001
                results.append("")
                errors.append(_pickled(exc, f"document {doc.id!r} ({doc.source}) failed in a Ray worker "
                                            f"on {socket.gethostname()}:\n{traceback.format_exc()}"))
        return {"idx": idx, "result": results, "error": errors}


def _pickled(exc: BaseException, note: str) -> bytes:
    """The exception as bytes for the driver to re-raise; one that does not pickle becomes a
    RuntimeError with its type and message."""
    if note:
        exc.add_note(note)
    try:
        data = pickle.dumps(exc)
        pickle.loads(data)
        return data
    except Exception:  # noqa: BLE001
        return pickle.dumps(RuntimeError(f"{type(exc).__name__}: {exc}\n{note}"))
