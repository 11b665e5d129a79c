"""The chains of facts a round of inference tries (kg/infer.py), found through the new facts only
and sifted as sets.

A round of ``derive`` once tried every chain ``X -p1-> Y -p2-> Z`` of every row again, and checked
each far end one by one. On a large corpus the typed edges make a web (a place located in places
located in places), where the chains are millions and nearly all of them give a fact the graph
already has. Here a round tries only the chains through a fact new in the round before (the
first round: every fact), and what stops an edge ``a -then-> b`` for the whole round (the fact
already there, its Wikidata id stated, derived or read back) is taken out of a far end's set at
once (set difference, in C) before the few chains left are checked one by one (type guard) and
sorted into the order a full round visits them: row, then head, middle and tail by ``str``.

Node ids are strings (kg's entity ids); two different nodes with the same ``str`` would have no
defined order between them.
"""

from __future__ import annotations

from typing import Callable, Hashable, Iterator

Key = tuple[Hashable, str, Hashable]
Ends = dict[tuple[Hashable, str | None], set[Hashable]]
_NONE: frozenset = frozenset()


class Chains:
    """The facts by (predicate, head) and (predicate, tail), and the stopped ids by either end."""

    def __init__(self, facts: dict[Key, object], ids: set, read_back: set, no_premise: set[Key] = frozenset(),
                 no_middle: set[Hashable] = frozenset()) -> None:
        self.no_middle = no_middle  # nodes no two-premise chain passes through (kg/infer_places.py)
        self.tails: Ends = {}  # (predicate, head) -> tails: what a chain continues with
        self.heads: Ends = {}  # (predicate, tail) -> heads
        self.known_tails, self.known_heads = self.tails, self.heads  # every fact: what stops an edge
        if no_premise:
            self.known_tails, self.known_heads = {}, {}
        for key in facts:
            self.add_fact(key, key not in no_premise)
        self.ids_after: Ends = {}  # (head, Wikidata id) -> tails
        self.ids_before: Ends = {}  # (Wikidata id, tail) -> heads
        for a, w, b in ids:
            self.add_id(a, w, b)
        self.back_after: Ends = {}
        self.back_before: Ends = {}
        for a, w, b in read_back:
            self.back_after.setdefault((a, w), set()).add(b)
            self.back_before.setdefault((w, b), set()).add(a)

    def add_fact(self, key: Key, premise: bool = True) -> None:
        x, p, y = key
        if premise:
            self.tails.setdefault((p, x), set()).add(y)
            self.heads.setdefault((p, y), set()).add(x)
        if self.known_tails is not self.tails:
            self.known_tails.setdefault((p, x), set()).add(y)
            self.known_heads.setdefault((p, y), set()).add(x)

    def add_id(self, a: Hashable, w: str | None, b: Hashable) -> None:
        self.ids_after.setdefault((a, w), set()).add(b)
        self.ids_before.setdefault((w, b), set()).add(a)

    def open_tails(self, then: str, w: str | None, restate: bool, a: Hashable, bs) -> set:
        """The ``b`` of ``bs`` for which nothing stops ``a -then-> b`` (``b`` is not ``a``)."""
        out = set(bs).difference(self.ids_after.get((a, w), _NONE))
        if not restate:
            out.difference_update(self.known_tails.get((then, a), _NONE), self.back_after.get((a, w), _NONE))
        out.discard(a)
        return out

    def open_heads(self, then: str, w: str | None, restate: bool, as_, b: Hashable) -> set:
        """The ``a`` of ``as_`` for which nothing stops ``a -then-> b`` (``a`` is not ``b``)."""
        out = set(as_).difference(self.ids_before.get((w, b), _NONE))
        if not restate:
            out.difference_update(self.known_heads.get((then, b), _NONE), self.back_before.get((w, b), _NONE))
        out.discard(b)
        return out

    def found(self, when: tuple[str, ...], then: str, w: str | None, restate: bool, reverse: bool,
              delta: dict[str, list[tuple]], first: bool, fits: Callable[[Hashable, Hashable], bool]
              ) -> Iterator[tuple[Hashable, Hashable, tuple]]:
        """``(a, b, chain)`` for each chain of ``when`` through a fact of ``delta`` (predicate ->
        the new facts' ``(head, tail)``; ``first``: every fact is new) whose edge ``a -then-> b``
        nothing stops and that ``fits``, in a full round's order; ``chain`` is ``(x, y)`` or
        ``(x, y, z)``."""
        if len(when) == 1:
            ones = []
            for x, y in delta.get(when[0], ()):
                a, b = (y, x) if reverse else (x, y)
                if self.open_tails(then, w, restate, a, (b,)) and fits(a, b):
                    ones.append((x, y))
            for x, y in sorted(ones, key=lambda c: (str(c[0]), str(c[1]))):
                yield ((y, x) if reverse else (x, y)) + ((x, y),)
            return
        p1, p2 = when
        chains: set[tuple[Hashable, Hashable, Hashable]] = set()
        for u, v in delta.get(p1, ()):  # u -p1-> v new: every v -p2-> z
            zs = _NONE if v in self.no_middle else self.tails.get((p2, v), _NONE)
            if reverse:
                chains.update((u, v, z) for z in self.open_heads(then, w, restate, zs, u) if fits(z, u))
            else:
                chains.update((u, v, z) for z in self.open_tails(then, w, restate, u, zs) if fits(u, z))
        for u, v in () if first else delta.get(p2, ()):  # u -p2-> v new: every x -p1-> u
            xs = _NONE if u in self.no_middle else self.heads.get((p1, u), _NONE)
            if reverse:
                chains.update((x, u, v) for x in self.open_tails(then, w, restate, v, xs) if fits(v, x))
            else:
                chains.update((x, u, v) for x in self.open_heads(then, w, restate, xs, v) if fits(x, v))
        for x, y, z in sorted(chains, key=lambda c: (str(c[0]), str(c[1]), str(c[2]))):
            yield ((z, x) if reverse else (x, z)) + ((x, y, z),)
