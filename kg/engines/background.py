"""A rebuild's few changed documents, parsed in a forked child while this process reads the cache.

Why: a rebuild after one changed document must import spaCy and load the model (about 2.5 s of
one core) to parse that one document; done in this process, everything else waits for it. The
child is forked as soon as the first changed document is found: it imports spaCy and loads the
model while this process goes on checking the other documents, decodes the cached results,
loads the resolution's lexicons and imports the writers; on a second core the two overlap. The
child runs the same extractor as the local engine, so its results are the same records (tested:
the outputs are the bytes of a full build). ``kg build`` may fork it earlier still, before its
own imports, when the source files look changed (:mod:`kg.engines.prestart`); the build then
takes that child (:func:`take_prestarted`) instead of forking one.

A plain ``multiprocessing`` child and a pipe: the documents go in once the scan is over, the
results come back pickled. A child that dies or fails makes :meth:`BackgroundParse.results`
return ``None``, and the caller parses those documents itself (where an extraction error is
raised as it would be without the child).
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Iterable
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

from kg.garbage import before_fork, few_collections
from kg.model import Document, DocResult

if TYPE_CHECKING:
    from kg.aliases import AliasIndex
    from kg.extract import DocumentExtractor

log = logging.getLogger(__name__)


def available() -> bool:
    """Only where ``fork`` exists: a spawned child would re-import kg first and gain nothing."""
    return "fork" in multiprocessing.get_all_start_methods()


class BackgroundParse:
    """Fork a child that makes the extractor now; :meth:`parse` hands it the documents.

    With ``model`` instead of ``make_extractor`` (:func:`prestart`), the child loads spaCy and
    that pipeline now, and makes the extractor once :meth:`parse` sends the alias packs along.
    """

    def __init__(self, make_extractor: Callable[[], DocumentExtractor] | None = None, batch_size: int = 32,
                 *, model: str | None = None) -> None:
        ctx = multiprocessing.get_context("fork")
        before_fork()  # the child's collections never walk (and copy) what it inherits
        self.conn, child_end = ctx.Pipe()
        self.model = model
        self.packs: AliasIndex | None = None
        self.process = ctx.Process(target=_child, args=(child_end, self.conn, make_extractor, batch_size, model),
                                   daemon=True)
        self.process.start()
        child_end.close()  # so that a dead child reads as end-of-file here
        self.count = 0

    def parse(self, documents: list[Document]) -> None:
        self.count = len(documents)
        try:
            self.conn.send((self.packs, documents))
        except OSError:  # the child is gone: results() says so
            pass

    def results(self) -> list[DocResult] | None:
        """The documents' results in input order; ``None`` if the child failed (parse them here)."""
        try:
            status, payload = self.conn.recv()
        except (EOFError, OSError):
            status, payload = "died", None
        finally:
            self.close()
        if status != "ok" or len(payload) != self.count:
            log.warning("the background parse did not finish (%s); parsing in this process", status)
            return None
        return payload

    def close(self) -> None:
        """Stop the child if it still runs (a rebuild that found too many changes parses them
        the usual way), and reap it."""
        self.conn.close()
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()


def _child(conn: Connection, parent_end: Connection, make_extractor: Callable[[], DocumentExtractor] | None,
           batch_size: int, model: str | None) -> None:
    """In the child: make the extractor (spaCy's import, the model), wait for the documents, parse.
    The parent's end of the pipe is closed first, so that a parent that dies reads as end-of-file."""
    parent_end.close()
    try:
        # spaCy, the model, the packs and the documents live as long as the child: no collection
        # walks them (the parse itself runs with the collector, kg.garbage)
        with few_collections(keep=True):
            from kg.nlp import import_spacy, load_pipeline

            import_spacy(lean=True)  # this process only parses and ends: without what it never uses
            if make_extractor is None:  # prestarted: load now, make the extractor with the packs sent
                from kg.extract import DocumentExtractor

                load_pipeline(model)
            else:
                extractor = make_extractor()
            packs, documents = conn.recv()
            if make_extractor is None:
                extractor = DocumentExtractor(load_pipeline(model), packs)
        conn.send(("ok", list(extractor.run(documents, batch_size=batch_size))))
    except EOFError:  # the parent closed the pipe: nothing to parse
        pass
    except Exception as exc:  # the parent parses these documents itself, and sees the error there
        conn.send((f"failed: {type(exc).__name__}", None))
    finally:
        conn.close()


def share(formats: Iterable[str] | None = None) -> None:
    """Before forking the child: load here what both processes would otherwise load each, so the
    child inherits it. Why: the child's extraction imports kg's alias, reading and lexicon modules
    and numpy (spaCy's), and reads the gazetteer's cities, countries and demonyms; this process
    needs the same for the cache keys, resolution and the page's layout (numpy). Loaded once
    before the fork instead of once in each, a one-changed rebuild spends about 0.3-0.4 s less
    CPU; the child starts later by that much and has that much less to do, so it finishes when
    it did. ``formats``: the build's outputs (numpy only if the page is among them; None: all).
    The city-to-countries table (2.4 MB kept, 0.03-0.05 s to read) too: resolution's presumptions
    read it here (``kg.api._warm``), and the child's gazetteer rules (``city_only_in``) whenever a
    document names a place beside a country.
    """
    with few_collections(keep=True):  # modules and tables: kept until the build ends
        import kg.api  # noqa: F401  (kg.aliases, kg.decode, kg.ingest, kg.model: the child's imports too)
        import kg.lexicon.english  # noqa: F401  (and these three: the child's extraction and this
        import kg.merge_stated  # noqa: F401  process's resolution and graph import each)
        import kg.predicates  # noqa: F401
        from kg.lexicon.countries import city_countries, city_names, countries, country_keys, demonyms

        if formats is None or "html" in formats:
            import numpy  # noqa: F401  (spaCy's first import; the page's layout)
        for table in (city_names, countries, country_keys, demonyms, city_countries):
            table()


#: A child started by :func:`prestart` that no build has taken yet (at most one).
_PRESTARTED: BackgroundParse | None = None


def prestart(model: str, batch_size: int = 32, formats: Iterable[str] | None = None) -> None:
    """Fork, now, the child a rebuild will parse its changed documents in (``kg.engines.prestart``
    calls it before the build's own work), after loading what both share (:func:`share`);
    :func:`take_prestarted` hands it to the build."""
    global _PRESTARTED
    discard_prestarted()
    share(formats)
    _PRESTARTED = BackgroundParse(batch_size=batch_size, model=model)


def take_prestarted(model: str, packs: AliasIndex) -> BackgroundParse | None:
    """The prestarted child, if it loads ``model``, to parse with ``packs``; else None."""
    global _PRESTARTED
    job, _PRESTARTED = _PRESTARTED, None
    if job is not None and job.model != model:
        job.close()
        return None
    if job is not None:
        job.packs = packs
    return job


def discard_prestarted() -> None:
    """Stop a prestarted child that no build took (nothing had changed after all)."""
    global _PRESTARTED
    job, _PRESTARTED = _PRESTARTED, None
    if job is not None:
        job.close()
