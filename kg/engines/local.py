"""The local engine: this process, or a local process pool (``--jobs``), as kg always ran."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from kg.model import Document, DocResult

if TYPE_CHECKING:
    from kg.extract import DocumentExtractor


class LocalEngine:
    """Runs :meth:`DocumentExtractor.run`; the extractor (spaCy, the model) is made on first use."""

    def __init__(self, make_extractor: Callable[[], DocumentExtractor], batch_size: int = 32,
                 jobs: int = 1) -> None:
        self.make_extractor = make_extractor
        self.batch_size = batch_size
        self.jobs = jobs

    def __call__(self, documents: Iterable[Document]) -> Iterator[DocResult]:
        return self.make_extractor().run(documents, batch_size=self.batch_size, n_process=self.jobs)
