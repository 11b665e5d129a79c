"""The predicates of the last build's edges, kept in the cache folder for the next one.

Why: a graph's edges are classified (:func:`kg.predicates.edge_attributes`: the vocabulary's
cues matched against each relation phrase and the ends' types) afresh in every process, 0.15-0.25 s
of a one-shot rebuild at 300 stories for 540 distinct phrases, although a rebuild after one
changed document asks almost only what the last build asked. ``edge_attributes`` is a pure
function of its arguments, the code of :mod:`kg.predicates` and its data (``predicates.yaml``),
so its answers are kept (``.kg-cache/predicates.marshal``) under the code fingerprint of that
module, its kg imports and kg's data files (:func:`kg.cache.code_fingerprint`): any change
there drops them. Only the answers a build used are kept, so the file never outgrows the graph.
"""

from __future__ import annotations

import marshal
from collections.abc import Iterable
from pathlib import Path

from kg.predicates import edge_attributes

#: The file in the cache folder.
MEMO_FILE = "predicates.marshal"
_VERSION = 1

_Key = tuple[str, str, tuple[str, ...], tuple[str, ...], "str | None", bool]


class KeptPredicates:
    """``edge_attributes`` answered from the last build's answers where it asked the same."""

    def __init__(self, path: str | Path, code: str) -> None:
        self.path = Path(path)
        self.code = code
        self.kept: dict[_Key, dict[str, str]] = {}
        self.used: dict[_Key, dict[str, str]] = {}
        try:
            data = marshal.loads(self.path.read_bytes())
            if isinstance(data, dict) and data.get("v") == _VERSION and data.get("code") == code:
                self.kept = data["answers"]
        except (OSError, EOFError, ValueError, TypeError, KeyError):
            pass  # none kept: every edge is classified
        if not isinstance(self.kept, dict):
            self.kept = {}

    def edge_attributes(self, relation: str, rule: str, head_types: Iterable[str], tail_types: Iterable[str],
                        *, declared: str | None = None, negated: bool = False) -> dict[str, str]:
        """What :func:`kg.predicates.edge_attributes` answers, from the kept answers if asked before."""
        key = (relation, rule, tuple(sorted(head_types)), tuple(sorted(tail_types)), declared, negated)
        got = self.used.get(key)
        if got is None:
            got = self.kept.get(key)
            if not isinstance(got, dict):
                got = edge_attributes(relation, rule, key[2], key[3], declared=declared, negated=negated)
            self.used[key] = got
        return dict(got)

    def save(self) -> None:
        """Keep this build's answers (only the reuse is lost if the folder cannot take them)."""
        if self.used == self.kept:
            return
        from kg.export.atomic import atomic_open

        try:
            with atomic_open(self.path, "wb") as fh:
                fh.write(marshal.dumps({"v": _VERSION, "code": self.code, "answers": self.used}))
        except OSError:
            pass
