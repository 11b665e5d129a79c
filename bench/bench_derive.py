"""Inference at scale (issue 19): each ``add_derived`` pass of the graph stage, the semi-naive
derive of kg/infer.py against the straightforward reference that tries every chain again in each
round (tests/unit/test_infer_seminaive.py), side by side on the same graph: CPU seconds of each,
their ratio, the edges derived, and whether the two lists are equal (edges, order, premises).

The graph comes from cached results, as in bench/bench_memory.py (the first ``--docs N`` of a
``results.sqlite``, resolution as ``kg build`` runs it); the reference is skipped with
``--no-reference`` or past ``--reference-max`` facts (it is quadratic in a web of places).

    python bench/bench_derive.py --cache OUT/.kg-cache/results.sqlite --docs 5000 [--json F]

Never fails on time: it reports.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests" / "unit"))


def _cpu(fn, *args):
    t = time.process_time()
    value = fn(*args)
    return value, round(time.process_time() - t, 2)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--docs", type=int, required=True)
    ap.add_argument("--no-reference", action="store_true")
    ap.add_argument("--reference-max", type=int, default=200_000, help="facts; more: no reference")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    import bench_memory
    import kg.graph
    import kg.infer
    from kg.resolve import resolve
    from test_infer_seminaive import reference

    gc.disable()  # as kg.api does during resolution and the graph
    results, decode_s = _cpu(bench_memory.load_results, args.cache, args.docs)
    acronyms: dict[str, str] = {}
    for r in results:
        acronyms.update(r.acronyms)
    entities, resolve_s = _cpu(resolve, [m for r in results for m in r.mentions], acronyms)
    report = {"docs": args.docs, "decode_cpu_s": decode_s, "resolution_cpu_s": resolve_s, "passes": []}
    derive = kg.infer.derive

    def measured(G):
        facts = len(kg.infer.stated_facts(G))
        got, cpu = _cpu(derive, G)
        row = {"edges_in": G.number_of_edges(), "facts": facts, "derived": len(got), "derive_cpu_s": cpu}
        if not args.no_reference and facts <= args.reference_max:
            ref, ref_cpu = _cpu(reference, G)
            row.update(reference_cpu_s=ref_cpu, ratio=round(ref_cpu / max(cpu, 0.01), 1), same=ref == got)
        report["passes"].append(row)
        print(json.dumps(row), file=sys.stderr, flush=True)
        return got

    kg.infer.derive = measured
    G, graph_s = _cpu(kg.graph.build_graph, entities, results)
    graph_s -= sum(p.get("reference_cpu_s", 0) for p in report["passes"])  # the graph stage alone
    report.update(graph_cpu_s=round(graph_s, 2), entities=G.number_of_nodes(), relations=G.number_of_edges(),
                  peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
    text = json.dumps(report, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
