"""When a build lets Python's cyclic garbage collector run, and over what.

Why: a collection walks every tracked object of the generations it collects. The first one after
a stretch with the collector off walks everything made meanwhile (the decoded results, the
resolution, the graph), and so does the next older generation's, again; a forked child's walks
every object it inherited, writing into each one's header, so the kernel copies every page of
them. At 300 stories a one-changed rebuild spent 0.22-0.28 s of the build's CPU and 0.2 s of
the parse child's in collections that freed almost nothing: what these stages make is kept
until the build ends, and what they drop reference counting frees (no cycles).

So: the stages that make long-lived records run with the collector off, and what exists when
they end is moved out of its reach (``gc.freeze``) instead of being walked; it is handed back
(``gc.unfreeze``, into the oldest generation) when the build ends (:func:`build_scope`). Nothing
here changes what a build computes: the collector only frees unreachable cycles.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def few_collections(keep: bool = False) -> Iterator[None]:
    """No cyclic collection inside (reference counting still frees what is dropped). With
    ``keep``, what exists at the end is frozen, so that later collections do not walk it: for
    stages whose records live until the build ends. Never around parsing (spaCy's garbage needs
    the collector)."""
    enabled, thresholds = gc.isenabled(), gc.get_threshold()
    gc.disable()
    gc.set_threshold(0)  # off even where a library turns the collector back on (srsly, after each msgpack read)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if keep:
            gc.freeze()
        if enabled:
            gc.enable()
        else:
            gc.disable()


@contextlib.contextmanager
def build_scope() -> Iterator[None]:
    """Around a whole build: what its stages froze goes back to the collector when it ends (a
    session that builds again collects the last build's garbage as before)."""
    try:
        yield
    finally:
        gc.unfreeze()


def before_fork() -> None:
    """Freeze everything before forking a child that runs Python: the child's collections then
    never walk (and copy) the pages it shares with this process (the ``gc`` module's advice)."""
    gc.freeze()
