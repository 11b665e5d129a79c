"""Outputs rewritten only where they changed: each part of a file (a node's element, an edge's
element) is found again in the previous file when its content is the same.

Why: a rebuild after one changed document wrote every output again from the whole graph (at
50,000 documents graph.json, GraphML and GEXF are 166-234 MB each, and serialising them was most
of a rebuild's 144 s of writing), although almost every node and edge was what the last build
had. Here a writer names each part by a digest of what the part is made from (the compact JSON
of the node's or edge's attributes, which the part's text is a function of) and asks
:class:`PartWriter` for it: a part the previous file holds is copied from there (its bytes,
memory-mapped), any other is serialised as before. The file is written in full, in the same order,
so it is byte for byte what a full build writes; only the serialising is spared.

Where a part lies in the previous file is kept in the cache folder (``parts/<file>.idx``, one per
output): each part's digest with its offset and length, the ``context`` the parts' bytes also
depend on (GEXF's attribute ids, the CSV's ``raw`` option), and the output file's inode, size and
modification time as the build left it. The previous file is read only if all of that still
holds: an output the user edited, replaced or removed, an index that is damaged (its own digest
is checked), of another version or another context gives a full write of that file, never a
wrong byte. A new index is written beside the old one (``.new``) and takes its place once the
outputs are swapped in (:func:`seal`), with the file's stamp then.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import mmap
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

#: The folder of the indexes, inside the cache folder.
PARTS_DIRNAME = "parts"
_VERSION = 2  # 2: digests of orjson's text (:func:`digest`)
#: Bytes joined into one write.
_CHUNK = 1 << 20
#: One encoder for every digest (``json.dumps`` with options builds a new one per call).
_COMPACT = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), check_circular=False)

try:  # a dependency (pyproject.toml); without it, every digest is made from json's text
    import orjson as _orjson
except ImportError:  # pragma: no cover - an environment installed before it was one
    _orjson = None


def digest(value: Any) -> bytes | None:
    """A digest of ``value`` (plain JSON data) that two values share only if their compact JSON is
    the same, which every part written here is a function of (with its writer's ``context``); None
    for a value JSON cannot take (that part is then always serialised).

    Why orjson: a rebuild digests every node and edge of the graph (at 10,000 documents 64,000
    of them, a third of a graph.json's worth of JSON), and ``json``'s encoder took 5 s of the
    profiled rebuild's 178 s. orjson's text is compact JSON with sorted keys too, so two values
    share it only if they are the same JSON data, with one exception: it writes NaN and the
    infinities as ``null``, like None. A text with ``null`` in it (none at all in kg's graphs at
    10,000 documents) is therefore digested from ``json``'s text, which tells them apart, as is
    any value orjson refuses (lone surrogates, integers past 64 bits, keys that are not
    strings). The two kinds of digest are told apart by a first byte, so none is ever equal to
    the other's."""
    if _orjson is not None:
        try:
            data = _orjson.dumps(value, option=_orjson.OPT_SORT_KEYS)
        except TypeError:  # orjson.JSONEncodeError is a TypeError
            data = None
        if data is not None and b"null" not in data:
            return hashlib.blake2b(b"o" + data, digest_size=16).digest()
    try:
        text = _COMPACT.encode(value)
    except (TypeError, ValueError):
        return None
    return hashlib.blake2b(b"j" + text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def no_key(*_: Any) -> None:
    """The digest when nothing is kept: none (every part is serialised)."""
    return None


def node_key(n: Any, attrs: dict) -> bytes | None:
    """A node's digest: every format's text of a node is a function of its id and attributes."""
    return digest(["n", n, attrs])


def edge_key(u: Any, v: Any, k: Any, attrs: dict) -> bytes | None:
    """An edge's digest (of its ends, key and attributes; a GEXF edge's id aside, see its writer)."""
    return digest(["e", u, v, k, attrs])


class Parts:
    """Where a build keeps its part indexes (``cache``) and where its previous outputs are (``out``).

    :meth:`digest_graph` names every node and edge once for all the writers (before the writer
    child is forked, which inherits them)."""

    def __init__(self, cache: str | os.PathLike, out: str | os.PathLike) -> None:
        self.cache = Path(cache)
        self.out = Path(out)
        self.nodes: dict[Any, bytes | None] | None = None
        self.edges: dict[tuple, bytes | None] | None = None
        self._shared: dict[str, Any] = {}

    def shared(self, name: str, make: Callable[[], Any]) -> Any:
        """``make()``, made once for every writer of this write (the graph does not change while
        it is written): the sorted nodes and edges, the GraphML and GEXF declarations' signatures.
        A forked writer inherits what was made before the fork and makes the rest itself."""
        if name not in self._shared:
            self._shared[name] = make()
        return self._shared[name]

    def digest_graph(self, G: Any) -> None:
        self.nodes = {n: node_key(n, attrs) for n, attrs in G.nodes(data=True)}
        self.edges = {(u, v, k): edge_key(u, v, k, attrs) for u, v, k, attrs in G.edges(keys=True, data=True)}

    def node(self, n: Any, attrs: dict) -> bytes | None:
        return self.nodes[n] if self.nodes is not None and n in self.nodes else node_key(n, attrs)

    def edge(self, u: Any, v: Any, k: Any, attrs: dict) -> bytes | None:
        e = (u, v, k)
        return self.edges[e] if self.edges is not None and e in self.edges else edge_key(u, v, k, attrs)

    def index_path(self, name: str) -> Path:
        return self.cache / PARTS_DIRNAME / f"{name}.idx"

    def previous(self, name: str, context: str) -> Previous | None:
        """The previous ``name`` and where its parts are, if both are as the last build left them."""
        index = _read_index(self.index_path(name))
        if index is None or index.get("context") != context:
            return None
        try:
            fh = open(self.out / name, "rb")
        except OSError:
            return None
        try:
            st = os.fstat(fh.fileno())
            if [st.st_ino, st.st_size, st.st_mtime_ns] != index.get("stat") or st.st_size == 0:
                fh.close()
                return None
            mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):
            fh.close()
            return None
        return Previous(fh, mm, index["parts"])

    def writer(self, name: str, fh: IO[bytes], context: str = "", errors: str = "strict") -> PartWriter:
        return PartWriter(fh, self, name, context, errors)


def sorted_graph(G: Any, parts: Parts | None = None) -> tuple[list[Any], list[tuple[Any, Any, Any, dict]]]:
    """The nodes sorted by id and the edges by (source, target, key) as strings, the order of
    every output's records; made once for graph.json, GraphML and GEXF when they share ``parts``."""
    def make() -> tuple[list[Any], list[tuple[Any, Any, Any, dict]]]:
        return (sorted(G.nodes, key=str),
                sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))))
    return parts.shared("sorted", make) if parts is not None else make()


class Previous:
    """The previous file (memory-mapped) and where each of its parts lies."""

    def __init__(self, fh: IO[bytes], mm: mmap.mmap, parts: dict[bytes, tuple[int, int]]) -> None:
        self.fh = fh
        self.mm = mm
        self.parts = parts

    def get(self, key: bytes) -> bytes | None:
        where = self.parts.get(key)
        if where is None:
            return None
        offset, length = where
        if offset < 0 or length < 0 or offset + length > len(self.mm):
            return None
        return self.mm[offset:offset + length]

    def close(self) -> None:
        self.mm.close()
        self.fh.close()


class PartWriter:
    """Writes a file of text and parts to ``fh`` (binary), reusing the previous file's parts.

    ``errors`` is how text is encoded (``xmlcharrefreplace`` for XML, as ElementTree writes it).
    Without a :class:`Parts` it only writes (every part serialised, no index kept).
    """

    def __init__(self, fh: IO[bytes], parts: Parts | None = None, name: str = "", context: str = "",
                 errors: str = "strict") -> None:
        self.fh = fh
        self.parts = parts
        self.name = name
        self.context = context
        self.errors = errors
        self.previous = parts.previous(name, context) if parts is not None else None
        self.index: dict[bytes, tuple[int, int]] = {}
        self.pos = 0
        self.reused = self.made = 0
        self._batch: list[bytes] = []
        self._size = 0
        self._leads: dict[str, bytes] = {}

    def text(self, text: str) -> None:
        self._put(text.encode("utf-8", self.errors))

    def part(self, key: bytes | None, make: Callable[[], str],
             mend: Callable[[bytes], bytes | None] | None = None, lead: str = "") -> None:
        """The part named ``key``, after the text ``lead``: the previous file's bytes of it
        (through ``mend``, which may change what the position in the file decides, or refuse
        them with None), else ``make()``."""
        data = None
        if self.previous is not None and key is not None:
            data = self.previous.get(key)
            if data is not None and mend is not None:
                data = mend(data)
        if data is None:
            data = make().encode("utf-8", self.errors)
            self.made += 1
        else:
            self.reused += 1
        if lead:
            head = self._leads.get(lead)
            if head is None:
                head = self._leads[lead] = lead.encode("utf-8", self.errors)
            self._put(head)
        if key is not None and self.parts is not None:
            self.index[key] = (self.pos, len(data))
        self._put(data)

    def _put(self, data: bytes) -> None:
        self._batch.append(data)
        self._size += len(data)
        self.pos += len(data)
        if self._size >= _CHUNK:
            self._flush()

    def _flush(self) -> None:
        if self._batch:
            self.fh.write(b"".join(self._batch))
            self._batch, self._size = [], 0

    def close(self) -> None:
        """Write what is left; keep the new index beside the old one until :func:`seal`."""
        self._flush()
        if self.previous is not None:
            self.previous.close()
            self.previous = None
        if self.parts is None:
            return
        payload = marshal.dumps({"v": _VERSION, "context": self.context, "parts": self.index})
        try:
            _write_bytes(_pending(self.parts.index_path(self.name)), payload)
        except OSError:  # only the reuse is lost
            pass


def _pending(index: Path) -> Path:
    return index.with_name(index.name + ".new")


def _write_bytes(path: Path, data: bytes) -> None:
    from kg.export.atomic import atomic_open

    with atomic_open(path, "wb") as fh:
        fh.write(data)


def _read_index(path: Path) -> dict | None:
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    check, payload = raw[:16], raw[16:]
    if hashlib.blake2b(payload, digest_size=16).digest() != check:
        return None
    try:
        index = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(index, dict) or index.get("v") != _VERSION or not isinstance(index.get("parts"), dict):
        return None
    return index


def discard(parts: Parts | None, names: Iterable[str]) -> None:
    """Drop pending indexes a failed build may have left (before writing ``names`` again)."""
    if parts is None:
        return
    for name in names:
        _pending(parts.index_path(name)).unlink(missing_ok=True)


def seal(parts: Parts | None, names: Iterable[str]) -> None:
    """Once the outputs are in place: each pending index becomes the index of its output, stamped
    with the output's inode, size and modification time (a file left as it was keeps its old
    stamp, and its bytes are those the new index describes). A file not written this time, or
    whose index is lost, loses its index."""
    if parts is None:
        return
    for name in names:
        index, pending = parts.index_path(name), _pending(parts.index_path(name))
        try:
            data = marshal.loads(pending.read_bytes())
            st = os.stat(parts.out / name)
            data["stat"] = [st.st_ino, st.st_size, st.st_mtime_ns]
            payload = marshal.dumps(data)
            _write_bytes(index, hashlib.blake2b(payload, digest_size=16).digest() + payload)
        except (OSError, EOFError, ValueError, TypeError):
            index.unlink(missing_ok=True)
        finally:
            pending.unlink(missing_ok=True)
