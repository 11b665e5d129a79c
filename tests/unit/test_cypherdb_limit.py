"""The graph database under an address-space limit (``ulimit -v``): LadybugDB maps 8 TiB of
virtual memory by default, so the write failed after a whole build on a limited machine."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytest.importorskip("ladybug")
resource = pytest.importorskip("resource")

SCRIPT = """
import networkx as nx, sys
from kg.export.cypherdb import max_db_size, write_database
G = nx.MultiDiGraph()
G.add_node("a", label="Calgary", type="GPE", aliases=[], mentions=1, docs=["d"])
G.add_node("b", label="Alberta", type="GPE", aliases=[], mentions=1, docs=["d"])
G.add_edge("a", "b", key="in", relation="in", confidence=0.8, rule="copula", negated=False, hedged=False,
           evidence=[{"doc": "d", "start": 0, "end": 9, "sentence": "Calgary is in Alberta."}])
write_database(G, sys.argv[1] + "/graph.lbug", [{"id": "d", "path": "d.txt"}])
print(max_db_size())
"""


def _limited(limit: int):
    return lambda: resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def test_the_database_is_written_under_an_address_space_limit(tmp_path):
    limit = 3 * 1024 ** 3
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], preexec_fn=_limited(limit),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.split()[-1]) == 1 << 30  # a power of two in half the limit
    assert (tmp_path / "graph.lbug").exists()


def test_no_limit_keeps_ladybugs_default():
    from kg.export.cypherdb import max_db_size

    if resource.getrlimit(resource.RLIMIT_AS)[0] == resource.RLIM_INFINITY:
        assert max_db_size() is None


READ = """
import sys
from kg.db import cypher
rows = cypher(sys.argv[1], "MATCH (e:Entity) RETURN e.label ORDER BY e.label")
print([r["e.label"] for r in rows])
"""


def test_the_database_is_read_under_an_address_space_limit(tmp_path):
    """`kg query` opens the database too: under a limit it failed with the 8 TiB mapping even
    when the build (which maps at most half the limit) had written it."""
    limit = 3 * 1024 ** 3
    wrote = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], capture_output=True, text=True,
                           timeout=300)
    assert wrote.returncode == 0, wrote.stderr[-2000:]
    done = subprocess.run([sys.executable, "-c", READ, str(tmp_path)], preexec_fn=_limited(limit),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[-2] == "['Alberta', 'Calgary']"
