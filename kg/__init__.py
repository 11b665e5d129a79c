"""kg: offline, deterministic knowledge graphs from text, with the evidence for every relation.

The public names are imported lazily, so ``import kg`` (and the CLI's ``--help``) does not pay
for loading spaCy until a build actually needs it.

>>> import kg
>>> callable(kg.build) and callable(kg.load)
True
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from kg._version import __version__

_EXPORTS = {
    "kg.api": ("BuildResult", "EmptyCorpus", "build", "load", "write_outputs"),
    "kg.db": ("cypher",),  # Cypher over a build's embedded database, see kg/db.py
    "kg.errors": ("KgError",),
    # exploration API, see kg/query/
    "kg.query": ("Rows", "card", "communities", "draw", "evidence", "example_graph", "explain_rows", "find",
                 "find_all", "neighbours", "path", "rank", "show", "stats", "subgraph", "summary"),
}
_WHERE = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = ["__version__", *_WHERE]

if TYPE_CHECKING:  # pragma: no cover
    from kg.api import BuildResult, EmptyCorpus, build, load, write_outputs  # noqa: F401
    from kg.db import cypher  # noqa: F401
    from kg.errors import KgError  # noqa: F401
    from kg.query import (  # noqa: F401
        Rows, card, communities, draw, evidence, example_graph, explain_rows, find, find_all, neighbours,
        path, rank, show, stats, subgraph, summary,
    )


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
