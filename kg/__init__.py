"""kg: offline, deterministic knowledge graphs from text, with the evidence for every relation.

>>> import kg
>>> callable(kg.build) and callable(kg.load)
True
"""

__version__ = "0.1.0"

from kg.api import BuildResult, EmptyCorpus, build, load, write_outputs  # noqa: E402
from kg.query import (  # noqa: E402  (exploration API, see kg/query.py)
    Rows, communities, draw, evidence, example_graph, find, find_all, neighbours, path, rank, show,
    subgraph, summary,
)

__all__ = ["build", "load", "write_outputs", "BuildResult", "EmptyCorpus", "__version__",
           "Rows", "communities", "draw", "evidence", "example_graph", "find", "find_all",
           "neighbours", "path", "rank", "show", "subgraph", "summary"]
