"""Optional libraries of the exports (rdflib, the Neo4j driver, LadybugDB), imported when an export
runs, so that ``import kg`` and the other formats work without them."""

from __future__ import annotations

import importlib
from types import ModuleType


def require(module: str, missing: str) -> ModuleType:
    """Import ``module``, or raise ``ImportError(missing)``: a message that names the command which
    installs it (``pip install "kg-builder[rdf]"``)."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise ImportError(missing) from None
