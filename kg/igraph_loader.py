"""Importing igraph without the plotting backends kg never uses.

igraph imports matplotlib and pyplot as it loads (about 0.9 s here, against 0.05 s for the rest),
only to offer its own plotting. kg uses igraph's layouts and centralities, never its plotting, so
when nothing in the process has imported matplotlib yet, igraph is imported with matplotlib hidden
and finds it "not installed". matplotlib itself stays importable as usual (``--png`` uses it).
The one visible effect: ``igraph.plot(..., backend="matplotlib")`` in the same process then asks
for matplotlib; import matplotlib before kg runs a layout if you want that.
"""

from __future__ import annotations

import sys
import threading
from types import ModuleType

_LOCK = threading.Lock()


def load_igraph() -> ModuleType:
    """The ``igraph`` module, imported once (see the module docstring for how)."""
    with _LOCK:
        if "igraph" in sys.modules or "matplotlib" in sys.modules:
            import igraph

            return igraph
        sys.modules["matplotlib"] = None  # type: ignore[assignment]  # import raises ImportError
        try:
            import igraph
        finally:
            if sys.modules.get("matplotlib", False) is None:
                del sys.modules["matplotlib"]
        return igraph
