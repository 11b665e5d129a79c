"""Peak memory per corpus-wide stage (issue 19): the cached results of a build, then resolution,
the graph and every writer, the way ``kg.api.build`` runs them, with no parse.

The results come straight from a ``results.sqlite`` (``kg/cache.py``'s format: one row per
document, ``doc`` its id, ``data`` a checksum line then the ``DocResult`` JSON), whatever
extraction fingerprint keyed them: the 50,000-document build of bc4d886 left one, and parsing
50,000 documents again takes over an hour. Its records load into today's ``DocResult.from_dict``
unchanged (same fields); a record that does not is reported and the bench stops — no bridging.
The first ``--docs N`` documents in id order (the order ``kg build`` reads the folder in) are used.

Memory is sampled, never traced (tracemalloc is far too slow at this size): a thread reads the
resident size (VmRSS) of this process and of its children (the forked writer) every 0.2 s, and
their proportional set size (Pss, shared pages split between the processes: what the tree really
holds) every second; the kernel's own high-water mark (VmHWM) is reset between stages
(``/proc/self/clear_refs``), so each stage's peak is exact for this process. With ``--limit-mb``
the bench stops (killing its children) when the tree's resident size passes the limit, and says in
which stage: the machine is shared.

    python bench/bench_memory.py --cache OUT/.kg-cache/results.sqlite --docs 5000 --out /tmp/m5k \
        [--each-format] [--limit-mb 8000] [--json F]

``--keep-results`` keeps the decoded results alive through the outputs, as ``kg.api.build`` did
before it dropped them (for the "before" side of a comparison). ``--each-format`` writes the formats one by one in this process (no fork), each its own stage, to
see which one holds what; without it the outputs are written as a build writes them (a forked
child for some). Run under ``/usr/bin/time -v`` for the kernel's own figure of the whole run.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import resource
import signal
import sqlite3
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _proc_kb(pid: int | str, field: str, file: str = "status") -> int:
    """A ``/proc/PID/<file>`` figure in kB (``status``: VmRSS, VmHWM; ``smaps_rollup``: Pss); 0 if
    the process is gone."""
    try:
        with open(f"/proc/{pid}/{file}") as fh:
            m = re.search(rf"^{field}:\s+(\d+)", fh.read(), re.M)
        return int(m.group(1)) if m else 0
    except OSError:
        return 0


def _children() -> list[str]:
    kids: list[str] = []
    for task in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{task}/children") as fh:
                kids += fh.read().split()
        except OSError:
            pass
    return kids


class Sampler(threading.Thread):
    """Peaks of this process's and its children's memory per stage (MB); a limit on the tree."""

    def __init__(self, limit_mb: int) -> None:
        super().__init__(daemon=True)
        self.stage = "start"
        self.peaks: dict[str, dict[str, float]] = {}
        self.limit_kb = limit_mb * 1024
        self.exceeded: str | None = None
        self.running = True

    def run(self) -> None:
        tick = 0
        while self.running:
            kids = _children()
            own, child = _proc_kb("self", "VmRSS"), max((_proc_kb(k, "VmRSS") for k in kids), default=0)
            p = self.peaks.setdefault(self.stage, {"rss_mb": 0, "child_rss_mb": 0, "tree_pss_mb": 0})
            p["rss_mb"] = max(p["rss_mb"], own // 1024)
            p["child_rss_mb"] = max(p["child_rss_mb"], child // 1024)
            if kids and tick % 5 == 0:
                pss = sum(_proc_kb(k, "Pss", "smaps_rollup") for k in ["self", *kids])
                p["tree_pss_mb"] = max(p["tree_pss_mb"], pss // 1024)
            if self.limit_kb and own + sum(_proc_kb(k, "VmRSS") for k in kids) > self.limit_kb:
                self.exceeded = self.stage
                for k in kids:
                    try:
                        os.kill(int(k), signal.SIGKILL)
                    except OSError:
                        pass
                os.kill(os.getpid(), signal.SIGUSR1)
                return
            tick += 1
            time.sleep(0.2)


class Stages:
    """Wall, CPU and the kernel's peak resident size (VmHWM, reset at each start) per stage."""

    def __init__(self, sampler: Sampler) -> None:
        self.sampler = sampler
        self.rows: dict[str, dict] = {}

    def run(self, name: str, fn, *args, **kwargs):
        open("/proc/self/clear_refs", "w").write("5")  # VmHWM := VmRSS
        self.sampler.stage = name
        ru0, rc0, t0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        value = fn(*args, **kwargs)
        ru1, rc1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        self.rows[name] = {
            "wall_s": round(time.perf_counter() - t0, 1),
            "cpu_s": round(ru1.ru_utime + ru1.ru_stime - ru0.ru_utime - ru0.ru_stime, 1),
            "child_cpu_s": round(rc1.ru_utime + rc1.ru_stime - rc0.ru_utime - rc0.ru_stime, 1),
            "peak_mb": _proc_kb("self", "VmHWM") // 1024, "after_mb": _proc_kb("self", "VmRSS") // 1024}
        log(f"{name}: {self.rows[name]} sampled {self.sampler.peaks.get(name)}")
        return value


def load_results(cache: Path, docs: int) -> list:
    from kg.cache import _checksum
    from kg.model import DocResult

    db = sqlite3.connect(f"file:{cache}?mode=ro", uri=True)
    results = []
    for doc, stored in db.execute("SELECT doc, data FROM results ORDER BY doc LIMIT ?", (docs,)):
        checksum, _, data = stored.partition("\n")
        if checksum != _checksum(data):
            raise SystemExit(f"{doc}: checksum mismatch")
        try:
            results.append(DocResult.from_dict(json.loads(data)))
        except (KeyError, TypeError) as exc:
            raise SystemExit(f"{doc}: this record does not load into today's DocResult: {exc!r}")
    db.close()
    return results


def graph_stages(st: Stages, results: list):
    """Resolution and the graph as ``kg.api.graph_from_results`` runs them, timed apart."""
    from kg.garbage import few_collections
    from kg.graph import build_graph
    from kg.resolve import resolve

    def resolved():
        mentions = [m for r in results for m in r.mentions]
        acronyms: dict[str, str] = {}
        for r in results:
            acronyms.update(r.acronyms)
        return resolve(mentions, acronyms)

    with few_collections(keep=True):  # as kg.api.build does
        entities = st.run("resolution", resolved)
        G = st.run("graph", build_graph, entities, results)
    del entities
    return G


def write_stages(st: Stages, G, documents: list[dict], out: Path, each: bool) -> None:
    import kg.api as api
    from kg.export import FORMATS

    G.graph.update({"documents": len(documents), "kg_version": "bench", "model": "", "title": ""})
    if not each:
        with api._frozen():
            st.run("outputs", api._write, G, out, list(FORMATS), title=None, cache=True, documents=documents)
        return
    for fmt in FORMATS:
        with api._frozen():
            st.run(f"output {fmt}", api._write, G, out / fmt, [fmt], title=None, cache=True, documents=documents)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, required=True, help="a results.sqlite")
    ap.add_argument("--docs", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--each-format", action="store_true")
    ap.add_argument("--limit-mb", type=int, default=0)
    ap.add_argument("--keep-results", action="store_true",
                    help="keep the decoded results while the outputs are written (kg.api.build before this bench)")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    sampler = Sampler(args.limit_mb)
    st = Stages(sampler)
    report = {"docs": args.docs, "load": os.getloadavg()[0], "stages": st.rows, "sampled": sampler.peaks}

    def stop(*_):
        report["exceeded_limit_in"] = sampler.exceeded
        finish(report, args.json)
        os._exit(3)

    signal.signal(signal.SIGUSR1, stop)
    sampler.start()
    import kg.api  # noqa: F401  (imports outside the stages)
    t0 = time.perf_counter()
    results = st.run("decode cached results", load_results, args.cache, args.docs)
    G = graph_stages(st, results)
    report["entities"], report["relations"] = G.number_of_nodes(), G.number_of_edges()
    documents = kg.api.document_records(results)
    if not args.keep_results:  # as kg.api.build does since this bench was written
        results.clear()
    write_stages(st, G, documents, args.out, args.each_format)
    report["wall_s"] = round(time.perf_counter() - t0, 1)
    report["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    report["children_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    sampler.running = False
    finish(report, args.json)
    return 0


def finish(report: dict, path: Path | None) -> None:
    text = json.dumps(report, indent=1)
    print(text, flush=True)
    if path:
        path.write_text(text)


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


if __name__ == "__main__":
    gc.collect()
    raise SystemExit(main())
