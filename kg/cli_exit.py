"""End a finished ``kg build`` without tearing the interpreter down.

Why: after a build, Python's shutdown frees every object one by one (the graph, the decoded
results, the gazetteer's 130,000 cities, every module) and collects once more; at 300 stories
that took 0.13-0.15 s of CPU, a tenth of a one-shot rebuild after one changed document, for
memory the operating system takes back at once anyway. So the command line ends such a build
with ``os._exit`` once what a normal exit would still do that matters is done: the functions
registered with :mod:`atexit` run (logging's flush, multiprocessing's and Ray's clean-up, weakref
finalizers such as temporary folders), and the standard streams are flushed. Every file the
build wrote is closed before :func:`kg.api.build` returns (outputs, caches, memos, database), so
nothing waits on an object's finalizer.

Only the console script does this (:func:`kg.cli.main`), only after a build that succeeded, and
only while no other thread runs; anything else (an error, ``--watch``, another command, the CLI
run inside another program through ``kg.cli.app``) exits the usual way.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading

#: Set by ``kg build`` when its build finished: the process may end without its shutdown.
finished_build = False


def exit_now_if_done(code: object) -> None:
    """With ``code`` a success (0 or None) after a finished build and no other thread alive: run
    the exit functions, flush the standard streams, and end the process; else return (the caller
    exits the usual way)."""
    if code not in (0, None) or not finished_build or threading.active_count() > 1:
        return
    try:
        atexit._run_exitfuncs()  # what a normal exit runs first (no public name for it)
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except BaseException:  # a stream that cannot be flushed (a closed pipe): exit the usual way
        return
    os._exit(0)
