"""The writers' CPU per format: a cold write, then a write after one node and one edge changed.

Reads a build's ``graph.json`` and times ``kg.export.write_outputs`` for one format at a time
(and all of them in one call), first into an empty folder, then again into the same folder after
one node's attributes changed and one edge moved: the second write is what a one-changed rebuild
pays for its outputs. Run it for two checkouts side by side (the machine is shared: read the
ratios, not the seconds)::

    python bench/bench_writers.py . output/graph.json /tmp/wbench
    python bench/bench_writers.py ../other-checkout output/graph.json /tmp/wbench-other graph.json,graphml
"""

from __future__ import annotations

import argparse
import gc
import inspect
import json
import resource
import shutil
import sys
import time
from pathlib import Path


def cpu() -> float:
    """User and system CPU of this process and of the children it waited for (the writer fork)."""
    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


def change(G) -> None:
    """One node gets a new alias and mention count; one edge moves to two other nodes."""
    nodes = sorted(G.nodes, key=str)
    n = nodes[len(nodes) // 2]
    G.nodes[n]["mentions"] = int(G.nodes[n].get("mentions") or 0) + 1
    G.nodes[n]["aliases"] = list(G.nodes[n].get("aliases") or []) + ["Zed Alias"]
    edges = sorted(G.edges(keys=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    u, v, k = edges[len(edges) // 3]
    d = dict(G.edges[u, v, k])
    G.remove_edge(u, v, k)
    a, b = nodes[len(nodes) // 4], nodes[len(nodes) // 5]
    G.add_edge(a, b, key="bench-new", **{**d, "relation": "benched"})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("checkout", help="the kg checkout to time (its kg package is imported)")
    ap.add_argument("graph", help="a build's graph.json")
    ap.add_argument("work", help="a scratch folder (emptied first)")
    ap.add_argument("formats", nargs="?", help="comma-separated formats (default: all)")
    args = ap.parse_args()
    sys.path.insert(0, args.checkout)
    from kg.export import FORMATS, write_outputs
    from kg.export.json_io import load

    G = load(args.graph)
    work = Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    fmts = args.formats.split(",") if args.formats else list(FORMATS)
    has_parts = "parts_cache" in inspect.signature(write_outputs).parameters  # older checkouts
    gc.freeze()
    res = {}
    for group in [[f] for f in fmts] + ([fmts] if len(fmts) > 1 else []):
        name, out = ",".join(group), work / ",".join(group)
        kw = {"parts_cache": out / ".kg-cache"} if has_parts else {}
        H = G.copy()
        t, w = cpu(), time.perf_counter()
        write_outputs(H, out, formats=group, **kw)
        cold = (cpu() - t, time.perf_counter() - w)
        change(H)
        t, w = cpu(), time.perf_counter()
        write_outputs(H, out, formats=group, **kw)
        one = (cpu() - t, time.perf_counter() - w)
        res[name] = {"cold_cpu": round(cold[0], 3), "cold_wall": round(cold[1], 3),
                     "one_cpu": round(one[0], 3), "one_wall": round(one[1], 3)}
        print(name, res[name], flush=True)
    print(json.dumps(res))


if __name__ == "__main__":
    main()
