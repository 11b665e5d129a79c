"""Exploring a built graph: one-line answers to the questions people ask in a notebook.

Every function takes a graph that follows the graph contract (the README's "The graph contract":
a ``networkx.MultiDiGraph`` as returned by ``kg.build(...).graph`` or ``kg.load(path)``) and never
modifies it. Entities can be named by label, by any alias or by node id (see :func:`find`; the
lookup itself is :mod:`kg.contract`'s). Tabular answers are :class:`Rows`: plain lists of dicts
that print as a table, render as HTML in Jupyter and convert to pandas.

The functions live in four modules: :mod:`kg.query.rows` (the table type),
:mod:`kg.query.entity` (one entity: find, neighbours, evidence, path, card, explain_rows),
:mod:`kg.query.overview` (rank, communities, subgraph, summary, stats) and
:mod:`kg.query.pictures` (show, draw). The CLI's ``show``, ``explain`` and ``stats`` print
:func:`card`, :func:`explain_rows` and :func:`stats`.

Try it on the built-in toy graph:

>>> G = example_graph()
>>> find(G, "byte skipping")
'org:bytedance'
>>> path(G, "Microsoft", "CFIUS").column("to")
['TikTok', 'ByteDance', 'CFIUS']
>>> neighbours(G, "TikTok")[0]["evidence"]
'ByteDance is the parent company of TikTok.'
"""

from __future__ import annotations

from kg.query.entity import (
    EntityNotFound, card, evidence, example_graph, explain_rows, find, find_all, neighbours,
    normalize_name, path,
)
from kg.query.overview import Community, CommunityList, communities, rank, stats, subgraph, summary
from kg.query.pictures import draw, show
from kg.query.rows import Rows, Summary

__all__ = [
    "Community", "CommunityList", "EntityNotFound", "Rows", "Summary", "card", "communities", "draw",
    "evidence", "example_graph", "explain_rows", "find", "find_all", "neighbours", "normalize_name",
    "path", "rank", "show", "stats", "subgraph", "summary",
]
