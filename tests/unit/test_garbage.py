"""When a build lets the cyclic collector run (kg.garbage): stages with it off stay off even when
a library turns it back on, what they keep is frozen out of later walks, and a build hands it
all back when it ends. Each case runs in a fresh interpreter: the collector's state is global."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> None:
    subprocess.run([sys.executable, "-c", textwrap.dedent(code)], check=True)


def test_few_collections_stays_off_when_a_library_enables_the_collector():
    _run("""
        import gc
        from kg.garbage import few_collections
        seen = []
        gc.callbacks.append(lambda phase, info: seen.append(phase))
        before = gc.get_threshold()
        with few_collections():
            gc.enable()  # what srsly's msgpack reader does after every read
            junk = [[object() for _ in range(10)] for _ in range(20000)]  # far past threshold 0's 700
            assert seen == [], seen
        assert gc.get_threshold() == before and gc.isenabled()
        assert gc.get_freeze_count() == 0  # nothing kept: nothing frozen
    """)


def test_what_a_keeping_stage_made_is_frozen_and_given_back_when_the_build_ends():
    _run("""
        import gc
        from kg.garbage import build_scope, few_collections
        with build_scope():
            with few_collections(keep=True):
                kept = [{"n": i} for i in range(5000)]
            assert gc.isenabled() and gc.get_freeze_count() >= 5000
        assert gc.get_freeze_count() == 0
    """)


def test_a_disabled_collector_stays_disabled():
    _run("""
        import gc
        from kg.garbage import few_collections
        gc.disable()
        with few_collections(keep=True):
            gc.enable()
        assert not gc.isenabled()
    """)


def test_cycles_made_in_a_keeping_stage_are_collected_after_the_build():
    _run("""
        import gc, weakref
        from kg.garbage import build_scope, few_collections

        class Node:
            pass

        with build_scope():
            with few_collections(keep=True):
                a, b = Node(), Node()
                a.other, b.other = b, a
                probe = weakref.ref(a)
                del a, b
            gc.collect()
            assert probe() is not None  # frozen: no collection reaches it during the build
        gc.collect()
        assert probe() is None
    """)
