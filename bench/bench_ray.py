"""Engines and the driver at scale: local ``--jobs 1/2`` against Ray with 1/2 actors, and where a
big build's driver time goes.

    python bench/bench_ray.py engines [--scales 1,4] [--json OUT]
    python bench/bench_ray.py driver [--scales 1,10,30] [--json OUT]
    python bench/bench_ray.py incremental [--scales 1,10] [--json OUT]

``engines``: the 300 Lee ABC stories (see ``bench_corpus.py``; replicated with distinct ids for
the larger sizes) built cold by ``kg.build`` in a fresh child process per configuration: wall time,
throughput, peak memory of the whole process tree (the driver *and* the Ray processes, sampled
every 0.2 s with psutil), Ray's start-up (``ray.init``) and the time to its first results
(actors start and load the model), and graph.json compared byte for byte across configurations.

``driver``: the corpus-wide stages that stay on the driver whatever the engine - resolution, graph
construction, each output's writer - timed on the 300 stories' real extraction results (parsed
once, from a cold build) replicated ×N with new document ids and the surnames of multi-word PERSON
mentions permuted by replica (from the corpus's own surnames), so that resolution sees ever more
distinct names. No parsing happens in this mode, so it reaches sizes a cold build cannot here.

``incremental``: a one-shot ``kg build`` process after one changed document, against the cold
build of the same corpus, with the time per stage.

The machine is shared: every figure comes with the 1-minute load average before and after, and
only figures of one run should be compared.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_corpus import lee_corpus, stage_timer, write_jsonl  # noqa: E402

CONFIGS = (("local", 1), ("local", 2), ("ray", 1), ("ray", 2))


def load() -> float:
    return round(os.getloadavg()[0], 2)


# -- children -------------------------------------------------------------------------------------

def _time_stages(engine: str = "local") -> dict[str, float]:
    """Wall-clock timers around kg.api's corpus-wide stages and the cache (installed in a child)."""
    import kg.api
    import kg.cache
    import kg.engines.cached

    stages: dict[str, float] = {}
    timed = stage_timer(stages)

    timed(kg.api, "resolve", "resolution")
    timed(kg.api, "build_graph", "graph")
    timed(kg.api, "write_outputs", "outputs")
    # a rebuild reads its hits through get_many (a generator: its queries are not timed), and
    # get and get_many both decode in _decode; a checkout without it reads through get
    timed(kg.cache.ResultCache, "_decode" if hasattr(kg.cache.ResultCache, "_decode") else "get", "cache read")
    timed(kg.cache.ResultCache, "put", "cache write")
    timed(kg.api, "load_pipeline", "model load")
    timed(kg.api, "extraction_fingerprint", "fingerprint")
    timed(kg.api, "_packs", "alias packs")
    timed(kg.cache.ResultCache, "prune", "cache prune")
    timed(kg.engines.cached, "document_key", "document keys")  # the cache's front (kg.api before)
    if engine == "local" and "kg.extract" not in sys.modules:  # spaCy's import, paid by any build that parses (the cold
        # and one-changed builds here; a nothing-changed rebuild would not import it)
        t0 = time.perf_counter()
        import kg.extract
        stages["spaCy import"] = time.perf_counter() - t0
    return stages


def child_build(corpus: str, out: str, engine: str, jobs: int, batch_size: int) -> dict:
    t0 = time.perf_counter()
    import kg
    import kg.api
    import kg.engines

    stages = _time_stages(engine)
    engines = []
    make = kg.api.make_engine

    def keep(*args, **kwargs):
        e = make(*args, **kwargs)
        engines.append(e)
        return e

    kg.api.make_engine = keep
    imported = time.perf_counter() - t0
    result = kg.build([corpus], output_dir=out, engine=engine, jobs=jobs, batch_size=batch_size)
    return {"docs": result.documents, "cached": result.cached, "build_s": round(result.seconds, 2),
            "import_s": round(imported, 2), "entities": result.entities, "relations": result.relations,
            "stages": {k: round(v, 2) for k, v in stages.items()},
            "ray": {k: round(v, 2) for k, v in getattr(engines[0], "timings", {}).items()}}


def measure(args: list[str]) -> dict:
    """Run a child; wall time, peak RSS summed over its whole process tree (Ray's raylet, workers,
    object store included), load average around it."""
    import psutil

    before = load()
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        parent = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                procs = [parent, *parent.children(recursive=True)]
                total = 0
                for p in procs:
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
                peak = max(peak, total)
            except psutil.Error:
                pass
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = proc.communicate()
    wall = time.perf_counter() - t0
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"child failed: {args}")
    data = json.loads(out.strip().splitlines()[-1])
    data.update(wall_s=round(wall, 2), peak_tree_mb=round(peak / 2**20), load_before=before, load_after=load())
    return data


# -- engines --------------------------------------------------------------------------------------

def engines(scales: list[int], work: Path, batch_size: int, configs=CONFIGS) -> list[dict]:
    import hashlib

    stories = lee_corpus()
    rows = []
    for scale in scales:
        corpus = write_jsonl(work / f"lee-x{scale}.jsonl", stories, copies=scale)
        digests = {}
        for engine, jobs in configs:
            out = work / f"out-x{scale}-{engine}{jobs}"
            r = measure(["child-build", str(corpus), str(out), engine, str(jobs), str(batch_size)])
            r.update(scale=scale, engine=engine, jobs=jobs, docs_per_s=round(r["docs"] / r["wall_s"], 2))
            digests[f"{engine}{jobs}"] = hashlib.sha256((out / "graph.json").read_bytes()).hexdigest()[:12]
            rows.append(r)
            print(json.dumps(r), flush=True)
        same = len(set(digests.values())) == 1
        rows.append({"scale": scale, "graph_json_identical": same, "digests": digests})
        print(json.dumps(rows[-1]), flush=True)
    return rows


# -- driver stages at scale -----------------------------------------------------------------------

def _replicate(results: list, copies: int) -> list:
    """``copies`` replicas of the results, ids renamed, PERSON surnames permuted per replica."""
    from dataclasses import replace

    surnames = sorted({m.text.split()[-1] for r in results for m in r.mentions
                       if m.type == "PERSON" and len(m.text.split()) > 1})
    out = []
    for c in range(copies):
        for r in results:
            doc = r.doc if c == 0 else f"r{c:03d}-{r.doc}"

            def name(m, c=c):
                words = m.text.split()
                if c == 0 or m.type != "PERSON" or len(words) < 2:
                    return m.text
                return " ".join(words[:-1] + [surnames[zlib.crc32(f"{c}|{m.text}".encode()) % len(surnames)]])

            mentions = [replace(m, doc=doc, text=name(m), form=None if m.form is None else name(m))
                        for m in r.mentions]
            triples = [replace(t, evidence=replace(t.evidence, doc=doc)) for t in r.triples]
            examples = {k: replace(v, doc=doc) for k, v in r.examples.items()}
            out.append(replace(r, doc=doc, mentions=mentions, triples=triples, examples=examples))
    return out


def child_driver(cache_db: str, copies: int, out: str) -> dict:
    import resource
    import sqlite3

    from kg.api import graph_from_results  # noqa: F401  (imports what a build imports)
    from kg.export import FORMATS, write_outputs
    from kg.export.flatten import scalar_copy
    from kg.graph import build_graph
    from kg.model import DocResult
    from kg.resolve import resolve

    db = sqlite3.connect(cache_db)
    # entries are "checksum\nJSON" (kg/cache.py); the bench reads the JSON part
    base = sorted((DocResult.from_dict(json.loads(d.partition("\n")[2] or d))
                   for (d,) in db.execute("SELECT data FROM results")), key=lambda r: r.doc)
    results = _replicate(base, copies)
    t = {}
    t0 = time.perf_counter()
    mentions = [m for r in results for m in r.mentions]
    acronyms: dict[str, str] = {}
    for r in results:
        acronyms.update(r.acronyms)
    entities = resolve(mentions, acronyms)
    t["resolution"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    G = build_graph(entities, results)
    G.graph.update({"documents": len(results)})
    t["graph"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    scalar_copy(G)
    t["scalar copy (graphml+gexf share it)"] = time.perf_counter() - t0
    for fmt in FORMATS:
        t0 = time.perf_counter()
        write_outputs(G, out, formats=[fmt], summary={"documents": len(results)})
        t[f"write {fmt}"] = time.perf_counter() - t0
    return {"docs": len(results), "mentions": len(mentions), "entities": G.number_of_nodes(),
            "relations": G.number_of_edges(), "seconds": {k: round(v, 2) for k, v in t.items()},
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "bytes": {f: (Path(out) / FORMATS[f].file).stat().st_size for f in FORMATS}}


def driver(scales: list[int], work: Path) -> list[dict]:
    base = work / "out-driver-base"
    if not (base / ".kg-cache" / "results.sqlite").exists():
        corpus = write_jsonl(work / "lee-x1.jsonl", lee_corpus())
        measure(["child-build", str(corpus), str(base), "local", "2", "32"])
    rows = []
    for scale in scales:
        r = measure(["child-driver", str(base / ".kg-cache" / "results.sqlite"), str(scale),
                     str(work / f"out-driver-x{scale}")])
        r.update(scale=scale)
        rows.append(r)
        print(json.dumps(r), flush=True)
    return rows


# -- one changed document -------------------------------------------------------------------------

def incremental(scales: list[int], work: Path, jobs: int, cold_from: Path | None = None) -> list[dict]:
    """Cold build, then a one-shot rebuild after one story changed, same output folder; the result
    compared byte for byte with a build of the changed corpus into a fresh folder (which parses
    the changed story and takes the others' extraction from a copy of the cold cache: no previous
    outputs, no memoised layouts). ``cold_from``: an ``engines`` run's folder, whose cold
    ``--jobs`` build of the same corpus is reused (copied) instead of building again."""
    import hashlib

    stories = lee_corpus()
    rows = []
    for scale in scales:
        folder = work / f"inc-x{scale}"
        folder.mkdir(parents=True, exist_ok=True)
        corpus = write_jsonl(folder / f"lee-x{scale}.jsonl", stories, copies=scale)
        out = work / f"out-inc-x{scale}"
        shutil.rmtree(out, ignore_errors=True)
        cold_dir = cold_from / f"out-x{scale}-local{jobs}" if cold_from else None
        if cold_dir and cold_dir.exists():
            shutil.copytree(cold_dir, out)
            cold = next(r for r in json.loads((cold_from / "engines.json").read_text())
                        if r.get("scale") == scale and r.get("engine") == "local" and r.get("jobs") == jobs)
        else:
            cold = measure(["child-build", str(corpus), str(out), "local", str(jobs), "32"])
        full = work / f"out-inc-x{scale}-full"
        shutil.rmtree(full, ignore_errors=True)
        (full / ".kg-cache").mkdir(parents=True)
        shutil.copyfile(out / ".kg-cache" / "results.sqlite", full / ".kg-cache" / "results.sqlite")
        write_jsonl(corpus, stories, copies=scale, changed=7)
        warm = measure(["child-build", str(corpus), str(out), "local", str(jobs), "32"])
        measure(["child-build", str(corpus), str(full), "local", str(jobs), "32"])
        same = all((out / f).read_bytes() == (full / f).read_bytes()
                   for f in ("graph.json", "graph.graphml", "graph.gexf", "triples.csv", "graph.html"))
        r = {"scale": scale, "docs": cold["docs"], "cold": cold, "one_changed": warm,
             "share_of_cold": round(warm["wall_s"] / cold["wall_s"], 3), "identical_to_fresh_folder": same,
             "graph_json": hashlib.sha256((out / "graph.json").read_bytes()).hexdigest()[:12]}
        rows.append(r)
        print(json.dumps(r), flush=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "child-build":
        corpus, out, engine, jobs, batch = argv[1:]
        print(json.dumps(child_build(corpus, out, engine, int(jobs), int(batch))))
        return 0
    if argv and argv[0] == "child-driver":
        db, copies, out = argv[1:]
        print(json.dumps(child_driver(db, int(copies), out)))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mode", choices=["engines", "driver", "incremental"])
    ap.add_argument("--scales", default="1,4")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--jobs", type=int, default=2, help="incremental: --jobs of the builds")
    ap.add_argument("--work", default=None, help="folder for corpora and outputs (default: a temporary one)")
    ap.add_argument("--cold-from", default=None, help="incremental: an engines run's --work folder (with "
                    "engines.json in it) whose cold builds to reuse")
    ap.add_argument("--configs", default=",".join(f"{e}{j}" for e, j in CONFIGS),
                    help="engines: which of local1,local2,ray1,ray2 to run")
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    scales = [int(s) for s in args.scales.split(",")]
    work = Path(args.work or tempfile.mkdtemp(prefix="kg-bench-ray-"))
    work.mkdir(parents=True, exist_ok=True)
    print(json.dumps({"mode": args.mode, "cpus": os.cpu_count(), "load": load(), "work": str(work)}), flush=True)
    rows = {"engines": lambda: engines(scales, work, args.batch_size,
                                          [(c[:-1], int(c[-1])) for c in args.configs.split(",")]), "driver": lambda: driver(scales, work),
            "incremental": lambda: incremental(scales, work, args.jobs,
                                                   Path(args.cold_from) if args.cold_from else None)}[args.mode]()
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
