"""Writers for every output format, one module per format (as in ``networkx.readwrite``), and
the registry :data:`FORMATS` that :func:`write_outputs` (and ``kg build``) goes through.

To add a format: a module here with a ``write_…(G, path)`` function and a row in :data:`FORMATS`.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx  # annotations only: kg.api imports this module without needing networkx
    from multiprocessing.connection import Connection

    from kg.export.layout import LayoutMemo
    from kg.export.parts import Parts

__all__ = ["FORMATS", "OutputFormat", "write_outputs"]


@dataclass(frozen=True)
class OutputFormat:
    """One output of ``kg build``: the file it writes and the function that writes it.

    The writer is ``module.function(G, path, **options)``; ``options`` names what it takes of the
    build's ``title``, ``summary``, ``layout_memo``, ``documents`` and ``raw`` (``--raw-csv``).
    Every writer streams its file (``kg.export.jsonstream``, ``kg.export.xmlstream``, rows one at
    a time): none holds its whole text or a flattened copy of the graph. The module is imported only when its format is written.
    """

    file: str
    module: str
    function: str
    options: tuple[str, ...] = ()


#: Every output ``build`` can write, by format name, in the order they are written.
FORMATS: dict[str, OutputFormat] = {
    "json": OutputFormat("graph.json", "kg.export.json_io", "write_json", ("parts",)),
    "graphml": OutputFormat("graph.graphml", "kg.export.graphml", "write_graphml", ("parts",)),
    "gexf": OutputFormat("graph.gexf", "kg.export.gexf", "write_gexf", ("parts",)),
    "csv": OutputFormat("triples.csv", "kg.export.triples", "write_triples_csv", ("raw", "parts")),
    "html": OutputFormat("graph.html", "kg.export.html", "write_html", ("title", "summary", "layout_memo", "parts")),
    "db": OutputFormat("graph.lbug", "kg.export.cypherdb", "write_database", ("documents", "parts")),
}


def write_outputs(G: nx.MultiDiGraph, output_dir: str | os.PathLike, *, formats: Iterable[str] = tuple(FORMATS),
                  title: str | None = None, summary: dict | None = None,
                  layout_memo: LayoutMemo | None = None, documents: list[dict] | None = None,
                  raw_csv: bool = False, parts_cache: str | os.PathLike | None = None) -> dict[str, Path]:
    """Write the chosen formats into ``output_dir`` as one set; return their paths.

    The outputs (the database ``graph.lbug`` too) are written into a staging folder and swapped in
    together (:func:`kg.export.atomic.staged_set`): a failed or killed write leaves the previous
    set whole and raises ``OutputError``; an output whose bytes did not change is left untouched.

    ``documents`` (id, path, title, date of each; see ``kg.api.document_records``) fill the
    embedded database's ``Document`` table; without them it knows the documents' ids only.
    ``raw_csv`` writes triples.csv cells that start like a spreadsheet formula unchanged.

    ``layout_memo`` (e.g. the build's ``LayoutCache``) spares re-computing the HTML page's
    layout for graph components that did not change; the bytes written are the same.

    ``parts_cache`` (the build's cache folder) keeps where each node's and edge's text lies in
    graph.json, GraphML and GEXF, so the next build copies the unchanged ones from the previous
    files instead of serialising them (:mod:`kg.export.parts`); the bytes written are the same.
    """
    from kg.export import parts
    from kg.export.atomic import staged_set

    out = Path(output_dir)
    formats = list(formats)
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    names = [FORMATS[f].file for f in formats if "parts" in FORMATS[f].options]
    store = parts.Parts(parts_cache, out) if parts_cache is not None and names else None
    parts.discard(store, names)
    if store is not None and len(names) > 1:  # once for every writer (the forked one inherits them)
        store.digest_graph(G)
    options = {
        "title": title, "summary": _html_summary(G, summary), "layout_memo": layout_memo,
        "documents": documents, "raw": raw_csv, "parts": store,
    }
    aside = _aside(formats) if len(formats) > len(FORKED_FORMATS) and not _rewrites(store, names) and _may_fork() else []
    for fmt in formats:  # before the fork: the child inherits what they import (numpy: page layouts,
        importlib.import_module(FORMATS[fmt].module)  # and networkx's XML writers) instead of importing it again
    with staged_set(out) as staging:
        child = _fork_writer(G, aside, staging, options)
        try:
            for fmt in formats:
                if fmt not in aside:
                    _write_one(G, fmt, staging, options)
            for fmt in [f for f in aside if f in SHARED_FORMATS]:
                if child is not None and child.claim(fmt):  # the child has not started it: write it here
                    aside.remove(fmt)
                    _write_one(G, fmt, staging, options)
        except BaseException:
            if child is not None:  # let it finish before the staging folder goes
                child.done()
            raise
        if child is not None and child.done():
            aside = []
        elif child is not None:  # it died: keep what it finished, drop its temporary files
            for stray in staging.glob(".*.tmp"):
                stray.unlink()
            aside = [f for f in aside if not (staging / FORMATS[f].file).exists()]
        for fmt in aside:  # no child (cannot fork), or it died: written here (none past FORK_MAX_MB)
            _write_one(G, fmt, staging, options)
    parts.seal(store, names)
    return {fmt: out / FORMATS[fmt].file for fmt in formats}


#: Formats written by a forked child while this process writes the others (the page and the
#: JSON): on a second core the outputs take about the time of the slower half (at 300 stories
#: the page 1.1 s and the JSON 0.4 s here; the database 1.2 s, GraphML and GEXF 0.8 s there).
FORKED_FORMATS = ("graphml", "gexf", "csv", "db")
#: Of those, the ones written by whichever process gets to them first: the child after its other
#: formats, or this process after its own. A cold build's page lays out every component (1.7 s at
#: 300 stories), and the child writes GEXF meanwhile; a rebuild's page takes its layouts from the
#: memo (0.2 s), and this process writes GEXF while the child writes the rest. Either way the
#: two halves end closer together. The bytes do not depend on which process writes a file.
SHARED_FORMATS = ("gexf",)


def _aside(formats: list[str]) -> list[str]:
    """The formats a forked child is given, the shared ones last (it takes them after the others)."""
    return ([f for f in formats if f in FORKED_FORMATS and f not in SHARED_FORMATS]
            + [f for f in formats if f in SHARED_FORMATS])


#: Past this resident size the build writes every format itself instead of forking a writer: the
#: child copies every page of the graph it reads (reading an object writes its reference count),
#: so it grows towards the size of the graph (at 50,000 documents bc4d886's writer held 9 GB of its
#: own beside a 16.9 GB build process, and the machine ran out of memory). Below it, a
#: second core writes half the formats for the cost of that copy.
FORK_MAX_MB = 1024


def _rewrites(store: Parts | None, names: list[str]) -> bool:
    """True if the last build left its parts indexes: the writers then mostly copy (at 300
    stories one changed story's six formats take 0.6 s), and a forked writer would cost more
    CPU than it spares (0.3 s: its copy-on-write copies of the pages it reads), so all are
    written here. A cold build forks, as its writers take seconds."""
    return store is not None and any(store.index_path(name).is_file() for name in names)


def _may_fork() -> bool:
    """True if this process is small enough that a forked writer's copy of it is affordable."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            rss_kb = next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:"))
    except (OSError, StopIteration, ValueError, IndexError):
        import resource

        rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # the peak so far: on the safe side
    return rss_kb <= FORK_MAX_MB * 1024


def _write_one(G: nx.MultiDiGraph, fmt: str, staging: Path, options: dict) -> None:
    spec = FORMATS[fmt]
    write = getattr(importlib.import_module(spec.module), spec.function)
    write(G, staging / spec.file, **{name: options[name] for name in spec.options})


class _ChildWriter:
    """The formats written in a forked child; :meth:`done` waits, False if the child died.

    A plain child that writes and exits (never a pool worker waiting for more work): if this
    process is killed, the child finishes into the staging folder, which the next build discards.
    """

    def __init__(self, fmts: list[str], staging: Path) -> None:
        import multiprocessing

        ctx = multiprocessing.get_context("fork")
        self.conn, child_end = ctx.Pipe(duplex=False)
        self.claims = ctx.Array("b", len(SHARED_FORMATS))  # a shared format's flag: 1 once taken
        self.process = ctx.Process(target=_write_in_child, args=(fmts, staging, child_end, self.conn, self.claim))
        self.process.start()
        child_end.close()

    def claim(self, fmt: str) -> bool:
        """Take the shared format ``fmt`` for the calling process: False if the other one has."""
        with self.claims.get_lock():
            i = SHARED_FORMATS.index(fmt)
            if self.claims[i]:
                return False
            self.claims[i] = 1
            return True

    def done(self) -> bool:
        try:
            status = self.conn.recv()
        except (EOFError, OSError):
            status = None
        finally:
            self.conn.close()
            self.process.join()
        if isinstance(status, OSError):
            raise status  # a full disk in the child is reported as if written here
        return status == "ok"


#: The graph and options a forked writer inherits (set just before the fork: never pickled).
_FORKED: tuple[nx.MultiDiGraph, dict] | None = None


def _fork_writer(G: nx.MultiDiGraph, fmts: list[str], staging: Path, options: dict) -> _ChildWriter | None:
    global _FORKED
    import multiprocessing

    if not fmts or "fork" not in multiprocessing.get_all_start_methods():
        return None
    _FORKED = (G, {k: v for k, v in options.items() if k != "layout_memo"})  # the memo's SQLite stays here
    try:
        return _ChildWriter(fmts, staging)
    finally:
        _FORKED = None


def _write_in_child(fmts: list[str], staging: Path, conn: Connection, parent_end: Connection,
                    claim: Callable[[str], bool]) -> None:
    from kg.export import atomic

    parent_end.close()
    atomic.IN_FORKED_WRITER = True
    assert _FORKED is not None
    G, options = _FORKED
    status: object = "ok"
    try:
        for fmt in fmts:
            if fmt not in SHARED_FORMATS or claim(fmt):
                _write_one(G, fmt, staging, options)
    except OSError as exc:
        status = exc
    except Exception as exc:  # written again by the parent, which then meets the error itself
        status = f"failed: {type(exc).__name__}"
    conn.send(status)
    conn.close()


def _html_summary(G: nx.MultiDiGraph, summary: dict | None) -> dict:
    """The page footer's counts: documents *read* by the build (not only those cited)."""
    docs = (summary or {}).get("documents") or G.graph.get("documents")
    return {"documents": docs, "entities": G.number_of_nodes(), "relations": G.number_of_edges()}
