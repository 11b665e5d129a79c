"""Extraction engines: where the per-document pure function runs, behind one small interface.

An engine turns a stream of :class:`~kg.model.Document` into their :class:`~kg.model.DocResult`
records, **in input order**, one result per document. ``kg.api.build`` reads the cache before and
writes it after, and runs resolution, the graph and the outputs itself, whatever the engine; so an
engine never changes a byte of the outputs, only where (and how fast) documents are parsed.

- ``local``: this process, or a local process pool with ``jobs > 1`` (:mod:`kg.engines.local`);
- ``ray``: a pool of Ray actors, on this machine or a cluster (:mod:`kg.engines.ray_engine`,
  needs the optional extra ``kg-builder[ray]``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from kg.model import Document, DocResult

if TYPE_CHECKING:
    from kg.aliases import AliasIndex
    from kg.extract import DocumentExtractor

__all__ = ["ENGINES", "Engine", "EngineSpec", "make_engine"]

ENGINES = ("local", "ray")


class Engine(Protocol):
    """Documents in, their results out, in the same order, exactly one each."""

    def __call__(self, documents: Iterable[Document]) -> Iterator[DocResult]: ...


@dataclass(frozen=True)
class EngineSpec:
    """What any engine needs to make extractors where it runs them."""

    model: str
    packs: AliasIndex
    fingerprint: str
    batch_size: int = 32
    jobs: int = 1
    address: str | None = None


def make_engine(name: str, spec: EngineSpec, make_extractor: Callable[[], DocumentExtractor]) -> Engine:
    """The engine called ``name``; ``make_extractor`` builds this process's extractor (local only).

    Raises :class:`~kg.errors.EngineUnavailable` for an unknown engine or a missing optional extra,
    before any document is read.
    """
    from kg.errors import EngineUnavailable

    if name == "local":
        from kg.engines.local import LocalEngine

        return LocalEngine(make_extractor, spec.batch_size, spec.jobs)
    if name == "ray":
        from kg.engines.ray_engine import RayEngine

        return RayEngine(spec)
    raise EngineUnavailable(f"unknown engine {name!r}; choose from {', '.join(ENGINES)}")
