"""Cheap changes at scale: a cold build, then one-shot rebuilds after one document is changed,
added, deleted (and nothing changed), each as a share of the cold build, side by side, with where
each rebuild's time goes; each rebuild's five outputs checked byte for byte against a full
build of the same corpus in a fresh folder (from a copy of the result cache: no parse, no
previous outputs, no memoised layouts or fingerprint).

Corpora: the 300 Lee ABC stories (``--lee``, bench_corpus.lee_folder, copied into the work
folder so they can be edited), and ``--docs N``: the stories x N/300 with their entity words
permuted (bench/scale_corpus.py), written under ``--work``. Every build is a fresh
``python -m kg build SRC -o OUT -q --jobs J`` process (imports and model load included, as a user
runs it); wall time, CPU (user+sys, the process and the children it waited for) and peak RSS (the
largest single process) from ``os.wait4``; stage times (wall) from timers installed in that process.

    python bench/bench_scale.py --lee --docs 5000 --work /tmp/kg-scale [--jobs 2] [--no-verify]
        [--reuse-cold]   # keep an existing cold build (and its cold.json) in the work folder

This never fails on time: it reports. Runs are noisy on a shared machine; the load average is
printed with each row.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
OUTPUTS = ("graph.json", "graph.graphml", "graph.gexf", "triples.csv", "graph.html")
CHANGE = " The ABC understands the matter will be reviewed again next week."
ADDED = ("Opposition Leader Simon Crean met Prime Minister John Howard in Canberra today. "
         "Mr Crean said the Federal Government must act on the drought.\n")


def child(report: str, src: str, out: str, jobs: str) -> None:
    """In the measured process: timers around the stages, then the CLI exactly as a user runs it."""
    import kg.api
    import kg.cache
    import kg.cli
    from bench_corpus import stage_timer

    try:
        import kg.engines.background as background
    except ImportError:  # an older checkout (the "before" side of a comparison)
        background = None
    stages: dict[str, float] = {"imports": time.perf_counter() - START}
    timed = stage_timer(stages)

    timed(kg.api, "extraction_fingerprint", "fingerprint")
    timed(kg.cache.ResultCache, "stored_keys", "cache keys")
    # a rebuild reads its hits through get_many (a generator: its queries are not timed), and
    # get and get_many both decode in _decode; a checkout without it reads through get
    timed(kg.cache.ResultCache, "_decode" if hasattr(kg.cache.ResultCache, "_decode") else "get", "cache reads")
    timed(kg.api, "_warm", "lexicons+writers (while the child parses)")
    timed(getattr(background, "BackgroundParse", None), "results", "waiting for the parse child")
    timed(kg.api, "load_pipeline", "model load (this process)")
    timed(kg.api, "resolve", "resolution")
    timed(kg.api, "build_graph", "graph")
    timed(kg.api, "write_outputs", "outputs")
    timed(kg.cache.ResultCache, "prune", "cache prune")
    t0 = time.perf_counter()

    def write_report() -> None:  # an exit function: a finished build ends in os._exit (kg.cli_exit)
        stages["build (all)"] = time.perf_counter() - t0
        stages["spaCy in this process"] = float("spacy" in sys.modules)
        Path(report).write_text(json.dumps({k: round(v, 2) for k, v in stages.items()}))

    atexit.register(write_report)
    sys.argv = ["kg", "build", src, "-o", out, "-q", "--jobs", jobs]
    kg.cli.main()


def measure(src: Path, out: Path, jobs: int) -> dict:
    with tempfile.NamedTemporaryFile("r", suffix=".json") as report:
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
        load = os.getloadavg()[0]
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, __file__, "--child", report.name, str(src), str(out), str(jobs)],
                                env=env)
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"build failed: {src} -> {out}")
        stages = json.loads(Path(report.name).read_text())
    return {"wall_s": round(wall, 2), "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
            "peak_rss_mb": round(usage.ru_maxrss / 1024), "load": [round(load, 1), round(os.getloadavg()[0], 1)],
            "stages": stages}


def same_as_full(src: Path, out: Path, work: Path, jobs: int) -> bool:
    """A full build in a fresh folder from a copy of the result cache, compared byte for byte.
    When they differ, the full build is kept (``WORK/full-differs``) and the rebuild's outputs
    copied beside it (``WORK/rebuild-differs``), so the difference can be read afterwards: the
    folder of the next full build is emptied first."""
    full = work / "full"
    shutil.rmtree(full, ignore_errors=True)
    (full / ".kg-cache").mkdir(parents=True)
    shutil.copyfile(out / ".kg-cache" / "results.sqlite", full / ".kg-cache" / "results.sqlite")
    subprocess.run([sys.executable, "-m", "kg", "build", str(src), "-o", str(full), "-q", "--jobs", str(jobs)],
                   check=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    differ = [f for f in OUTPUTS if (out / f).read_bytes() != (full / f).read_bytes()]
    if differ:
        kept, rebuilt = work / "full-differs", work / "rebuild-differs"
        for folder in (kept, rebuilt):
            shutil.rmtree(folder, ignore_errors=True)
        full.rename(kept)
        rebuilt.mkdir()
        for f in differ:
            shutil.copyfile(out / f, rebuilt / f)
        log(f"outputs differ from a full build: {', '.join(differ)} (kept: {kept}, {rebuilt})")
        return False
    shutil.rmtree(full, ignore_errors=True)
    return True


def corpus(name: str, work: Path) -> Path:
    import bench_corpus
    import scale_corpus

    if name == "lee":
        src = work / "src-300"
        if not src.exists():
            shutil.copytree(bench_corpus.lee_folder(), src)
        return src
    return scale_corpus.write_corpus(work / f"c{name}", int(name))


def edits(src: Path) -> list[tuple[str, callable, callable]]:
    """(name, do, undo): one changed, one added, one deleted document; undone afterwards."""
    files = sorted(src.glob("*.txt")) or sorted(src.glob("*/*.txt"))  # one level down: through symlinked folders
    changed, deleted = files[6], files[min(40, len(files) - 1)]
    added = changed.with_name("zz_added.txt")
    original, gone = changed.read_text(encoding="utf-8"), deleted.read_text(encoding="utf-8")
    return [
        ("one changed", lambda: changed.write_text(original.rstrip("\n") + CHANGE + "\n", encoding="utf-8"),
         lambda: changed.write_text(original, encoding="utf-8")),
        ("one added", lambda: added.write_text(ADDED, encoding="utf-8"), lambda: added.unlink()),
        ("one deleted", lambda: deleted.unlink(), lambda: deleted.write_text(gone, encoding="utf-8")),
        ("nothing changed", lambda: None, lambda: None),
    ]


def run_corpus(name: str, work: Path, jobs: int, verify: bool, reuse_cold: bool, only: str = "") -> dict:
    src = corpus(name, work)
    out = work / f"out-{name}"
    cold_json = work / f"cold-{name}.json"
    if reuse_cold and cold_json.exists() and out.exists():
        cold = json.loads(cold_json.read_text())
    else:
        shutil.rmtree(out, ignore_errors=True)
        cold = measure(src, out, jobs)
        cold_json.write_text(json.dumps(cold))
    docs = json.loads((out / "graph.json").read_text(encoding="utf-8"))["graph"].get("documents")
    row = {"corpus": name, "docs": docs, "cold": cold, "rebuilds": {}}
    log(f"{name}: cold {cold['wall_s']} s wall, {cold['cpu_s']} s CPU, {cold['peak_rss_mb']} MB")
    undo = []
    try:
        for what, do, undone in edits(src):  # cumulative: changed, then also added, then also deleted
            if only and what not in only.split(","):
                continue
            do()
            undo.append(undone)
            r = measure(src, out, jobs)
            r["share_wall"] = round(r["wall_s"] / cold["wall_s"], 3)
            r["share_cpu"] = round(r["cpu_s"] / cold["cpu_s"], 3) if cold.get("cpu_s") else None
            if verify and what != "nothing changed":
                r["identical_to_full"] = same_as_full(src, out, work, jobs)
            row["rebuilds"][what] = r
            log(f"{name}: {what}: {r['wall_s']} s wall ({r['share_wall']:.1%}), {r['cpu_s']} s CPU "
                f"({r['share_cpu'] or 0:.1%}), {r['peak_rss_mb']} MB, identical {r.get('identical_to_full')}, "
                f"load {r['load']}\n    {r['stages']}")
    finally:
        for undone in reversed(undo):
            undone()
    return row


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def table(rows: list[dict]) -> str:
    lines = ["| corpus | docs | cold wall / CPU / peak | rebuild | wall (share) | CPU (share) | peak | same bytes |",
             "|---|---:|---|---|---:|---:|---:|---|"]
    for row in rows:
        c = row["cold"]
        for what, r in row["rebuilds"].items():
            lines.append(f"| {row['corpus']} | {row['docs']} | {c['wall_s']} s / {c['cpu_s']} s / {c['peak_rss_mb']} MB "
                         f"| {what} | {r['wall_s']} s ({r['share_wall']:.1%}) | {r['cpu_s']} s ({r['share_cpu'] or 0:.1%}) "
                         f"| {r['peak_rss_mb']} MB | {r.get('identical_to_full', '-')} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lee", action="store_true", help="the 300 Lee ABC stories")
    ap.add_argument("--docs", default="", help="comma-separated sizes of the permuted corpus, e.g. 5000,50000")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kg-bench-scale")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--no-verify", action="store_true", help="skip the byte comparison with full builds")
    ap.add_argument("--reuse-cold", action="store_true")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--only", default="", help='some of the rebuilds, e.g. "one changed" (large corpora)')
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    names = (["lee"] if args.lee else []) + [n for n in args.docs.split(",") if n]
    rows = [run_corpus(n, args.work, args.jobs, not args.no_verify, args.reuse_cold, args.only) for n in names]
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    START = time.perf_counter()
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:6])
        raise SystemExit(0)
    raise SystemExit(main())
