"""``json.dumps`` written out piece by piece: the same bytes, without the whole text in memory.

At 50,000 documents graph.json and the page's data are hundreds of megabytes of text; built as one
string (then encoded, then copied by the page's escapes) they cost several times that, and the
pure-Python encoder that ``indent`` selects holds millions of small pieces before joining them.
:func:`iter_json` walks the outer ``depth`` levels of dicts and lists itself and hands each inner
value to ``json.dumps``; an inner value's line breaks are indented to its level (JSON strings
never hold a raw line break, so every one is structural). The pieces join to exactly what
``json.dumps(value, **options)`` returns, which the tests check.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

#: Characters joined into one write: big enough that writes are few, small against the whole text.
CHUNK = 1 << 20


class Items:
    """A JSON array whose items are made while it is written (``make()`` gives them afresh):
    :func:`iter_json` writes it like a list, so no list of millions of records is held.

    ``keyed``: ``make()`` gives pairs (an item's digest, ``kg.export.parts``; a function that
    makes the item), or triples with a ``mend`` (``PartWriter.part``: how to put right in the
    previous file's text of the item what its position decides), and each item is yielded as a
    :class:`Part`, with the text before it (its separator and indentation) as its ``lead``: the
    writer makes the item's text only if it does not have it already."""

    def __init__(self, make: Callable[[], Iterable[Any]], keyed: bool = False) -> None:
        self.make = make
        self.keyed = keyed


class Part:
    """One item of a keyed :class:`Items`: its digest, how to make its text, the text before it,
    how to mend the previous file's text of it (or None)."""

    __slots__ = ("key", "make", "lead", "mend")

    def __init__(self, key: bytes | None, make: Callable[[], str], lead: str,
                 mend: Callable[[bytes], bytes | None] | None = None) -> None:
        self.key = key
        self.make = make
        self.lead = lead
        self.mend = mend


def iter_json(value: Any, *, depth: int = 2, level: int = 0, **options: Any) -> Iterator[str]:
    """Pieces of ``json.dumps(value, **options)``; the outer ``depth`` levels are walked here.

    >>> data = {"b": [1, {"x": "y"}], "a": {}}
    >>> "".join(iter_json(data, indent=1, sort_keys=True)) == json.dumps(data, indent=1, sort_keys=True)
    True
    """
    indent = options.get("indent")
    if isinstance(indent, int):
        indent = " " * indent
    keyed = False
    if isinstance(value, Items):
        keyed = value.keyed and depth == 1
        value = _Peeked(value.make())
        if keyed and not value:
            value = []
        if not value or depth <= 0:
            value = list(value)
    if depth <= 0 or not isinstance(value, (dict, list, _Peeked)) or not value or (
            isinstance(value, dict) and not all(isinstance(k, str) for k in value)):
        text = json.dumps(value, **options)
        yield text.replace("\n", "\n" + indent * level) if indent and level else text
        return
    item_sep, key_sep = options.get("separators") or ((",", ": ") if indent is not None else (", ", ": "))
    inner = "" if indent is None else "\n" + indent * (level + 1)
    outer = "" if indent is None else "\n" + indent * level
    key_options = {"ensure_ascii": options.get("ensure_ascii", True)}
    if isinstance(value, dict):
        items = sorted(value.items()) if options.get("sort_keys") else value.items()
        yield "{"
        for i, (key, item) in enumerate(items):
            yield (item_sep if i else "") + inner + json.dumps(key, **key_options) + key_sep
            yield from iter_json(item, depth=depth - 1, level=level + 1, **options)
        yield outer + "}"
    else:
        yield "["
        if keyed:
            for i, (digest, make, *mend) in enumerate(value):
                yield Part(digest, lambda make=make: "".join(iter_json(make(), depth=0, level=level + 1, **options)),
                           (item_sep if i else "") + inner, mend[0] if mend else None)
            yield outer + "]"
            return
        for i, item in enumerate(value):
            yield (item_sep if i else "") + inner
            yield from iter_json(item, depth=depth - 1, level=level + 1, **options)
        yield outer + "]"


class _Peeked:
    """An iterator that knows whether it is empty (an empty array is written ``[]``)."""

    def __init__(self, items: Iterable[Any]) -> None:
        self._items = iter(items)
        self._first = next(self._items, _Peeked)

    def __bool__(self) -> bool:
        return self._first is not _Peeked

    def __iter__(self) -> Iterator[Any]:
        if self._first is not _Peeked:
            yield self._first
            yield from self._items


def write_chunks(pieces: Iterable[str], fh: IO[str], transform: Callable[[str], str] | None = None) -> None:
    """Write ``pieces`` to ``fh`` in joins of about :data:`CHUNK` characters (``transform`` each join)."""
    batch: list[str] = []
    size = 0
    for piece in pieces:
        batch.append(piece)
        size += len(piece)
        if size >= CHUNK:
            text = "".join(batch)
            fh.write(transform(text) if transform else text)
            batch, size = [], 0
    if batch:
        text = "".join(batch)
        fh.write(transform(text) if transform else text)
