"""Corpus-scale benchmark: kg build against bare spaCy on 300 real ABC news stories.

The corpus is the Lee background corpus that gensim's wheel ships as test data
(``gensim/test/test_data/lee_background.cor``, one story per line; ``wc -l`` says 299 because the
last line has no newline, and 7 stories appear twice). The script fetches it itself the first
time (``pip download gensim --no-deps`` into a temporary folder, the file read from the wheel zip,
the wheel deleted) and keeps only the text in ``$KG_BENCH_CACHE`` or ``~/.cache/kg-bench``. gensim
is never installed or imported.

Every measurement runs in a fresh subprocess (imports and model loading included, as a user sees
it); wall time, CPU time (user+sys) and peak RSS come from ``os.wait4``. On a shared machine CPU
time is the steadier figure, so both are reported, with the load average before and after.

    python bench/bench_corpus.py [--scales 1,4,16] [--max-seconds 600] [--repeats 2] [--json OUT]

Reports, side by side in one run:
1. bare ``spacy.load(model)`` + ``nlp.pipe`` vs ``kg.build`` with a cold cache (throughput ratio);
2. scaling: the corpus replicated (distinct ids) - time and peak RSS;
3. incremental: one of the 300 stories changed, rebuild time as a fraction of the cold build, and
   the incremental graph.json checked byte-identical to a from-scratch build;
4. ``--jobs 2`` vs ``--jobs 1`` (graph.json compared byte for byte);
5. ``kg build --watch``: the same one-story change saved while the watch runs, time to the rebuilt
   outputs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's kg, installed or not
CORPUS_MEMBER = "gensim/test/test_data/lee_background.cor"
CACHE = Path(os.environ.get("KG_BENCH_CACHE") or Path.home() / ".cache" / "kg-bench")
#: The sentence appended to one story for the incremental rebuild.
CHANGE = " The ABC understands the matter will be reviewed again next week."


# -- corpus ---------------------------------------------------------------------------------------

def lee_corpus(cache: Path = CACHE) -> list[str]:
    """The 300 stories, one per line, downloading gensim's wheel once if the text is not cached."""
    target = cache / "lee_background.cor"
    if not target.exists():
        cache.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            log("fetching the gensim wheel (its test data holds the corpus) ...")
            subprocess.run([sys.executable, "-m", "pip", "download", "gensim", "--no-deps",
                            "--only-binary", ":all:", "-d", tmp, "-q"], check=True)
            wheel = next(Path(tmp).glob("gensim-*.whl"))
            with zipfile.ZipFile(wheel) as zf:
                data = zf.read(CORPUS_MEMBER)
        partial = target.with_suffix(".part")
        partial.write_bytes(data)
        partial.replace(target)
    return [line.strip() for line in target.read_text(encoding="utf-8").split("\n") if line.strip()]


def lee_folder(cache: Path = CACHE) -> Path:
    """The 300 stories as ``abc_NNN.txt`` files in a folder beside the cached corpus (made once)."""
    folder = cache / "lee_stories"
    if not folder.is_dir():
        partial = cache / "lee_stories.part"
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        for i, story in enumerate(lee_corpus(cache), 1):
            (partial / f"abc_{i:03d}.txt").write_text(story + "\n", encoding="utf-8")
        partial.replace(folder)
    return folder


def write_jsonl(path: Path, stories: list[str], copies: int = 1, changed: int | None = None) -> Path:
    """``copies`` replicas of the corpus with distinct ids; story ``changed`` of the first replica
    gets one more sentence."""
    with open(path, "w", encoding="utf-8") as fh:
        for c in range(copies):
            for i, text in enumerate(stories, 1):
                if changed == i and c == 0:
                    text += CHANGE
                doc_id = f"lee-{i:03d}" if copies == 1 else f"r{c + 1:02d}-lee-{i:03d}"
                fh.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    return path


# -- child processes ------------------------------------------------------------------------------

def child_spacy(corpus: str, batch_size: int) -> dict:
    """Bare spaCy: the model kg would use, all its default components, nlp.pipe over the texts."""
    t_import = time.perf_counter()
    import spacy

    t_import = time.perf_counter() - t_import
    from kg.nlp import resolve_model_name

    texts = [json.loads(line)["text"] for line in open(corpus, encoding="utf-8") if line.strip()]
    t0 = time.perf_counter()
    nlp = spacy.load(resolve_model_name())
    t1 = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
    return {"docs": len(texts), "tokens": tokens, "import_s": t_import, "load_s": t1 - t0,
            "pipe_s": time.perf_counter() - t1, "pipeline": nlp.pipe_names}


def stage_timer(stages: dict[str, float], clock=time.perf_counter):
    """``timed(owner, name, stage)``: wrap ``owner.name`` so each call adds its ``clock`` time to
    ``stages[stage]`` (a measured child process times kg's stages without touching kg). An owner
    or attribute an older checkout lacks is left alone, so a before/after bench runs on both."""

    def timed(owner: object, name: str, stage: str) -> None:
        inner = getattr(owner, name, None)
        if inner is None:
            return

        def wrapper(*args, **kwargs):
            t0 = clock()
            try:
                return inner(*args, **kwargs)
            finally:
                stages[stage] = stages.get(stage, 0.0) + clock() - t0

        setattr(owner, name, wrapper)

    return timed


def child_kg(corpus: str, out: str, jobs: int, cache: bool, batch_size: int) -> dict:
    """``kg.build`` exactly as ``kg build -q`` runs it, with CPU timers around kg's own stages."""
    import kg
    import kg.api
    import kg.cache

    stages: dict[str, float] = {}
    timed = stage_timer(stages, time.process_time)

    cold = not cache or not (Path(out) / kg.cache.CACHE_DIRNAME).exists()
    if cold:  # kg.extract imports spaCy, which a rebuild from the cache must be seen not to need
        import kg.extract

        timed(kg.extract.DocumentExtractor, "_prepare", "truecasing")
        timed(kg.extract.DocumentExtractor, "_result", "mentions+relations")
    # a rebuild reads its hits through get_many (a generator: its queries are not timed), and
    # get and get_many both decode in _decode; a checkout without it reads through get
    timed(kg.cache.ResultCache, "_decode" if hasattr(kg.cache.ResultCache, "_decode") else "get", "cache")
    timed(kg.cache.ResultCache, "put", "cache")
    timed(kg.api, "graph_from_results", "resolution+graph")
    timed(kg.api, "write_outputs", "exports")
    timed(kg.api, "load_pipeline", "model load")
    result = kg.build([corpus], output_dir=out, jobs=jobs, cache=cache, batch_size=batch_size)
    return {"docs": result.documents, "cached": result.cached, "build_s": result.seconds,
            "entities": result.entities, "relations": result.relations,
            "stages": {k: round(v, 3) for k, v in stages.items()},
            "spacy_imported": "spacy" in sys.modules, "igraph_imported": "igraph" in sys.modules}


def child_session(base: str, changed: str, out: str) -> dict:
    """A running Python session (notebook, API user): rebuild after one change with kg, spaCy and
    the model already imported and loaded, as after an earlier ``kg.build`` in the same kernel."""
    import kg
    import kg.export.html
    from kg.nlp import load_pipeline

    warm = kg.build([base], output_dir=out)  # every document from the cache
    load_pipeline()  # what the session's earlier builds had loaded
    result = kg.build([changed], output_dir=out)
    return {"warm_s": warm.seconds, "changed_s": result.seconds, "cached": result.cached}


def watch_rebuild(base: Path, changed: Path, folder: Path, out: Path, timeout: float = 600.0) -> dict:
    """``kg build --watch`` on a copy of the corpus, its output folder already built: the seconds
    from saving the changed corpus (an editor's atomic rename) to the rebuild's summary line, the
    last thing kg prints after writing every output."""
    import threading

    folder.mkdir(parents=True, exist_ok=True)
    watched = folder / base.name
    shutil.copyfile(base, watched)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(watched), "-o", str(out), "--watch"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # nohup ignores it
    events: list[tuple[float, str, str]] = []

    def read(stream, name: str) -> None:
        for line in stream:
            events.append((time.perf_counter(), name, line))

    readers = [threading.Thread(target=read, args=(proc.stdout, "out"), daemon=True),
               threading.Thread(target=read, args=(proc.stderr, "err"), daemon=True)]
    for r in readers:
        r.start()

    def wait_for(pred) -> tuple[float, str, str]:
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            hit = next((e for e in events if pred(e)), None)
            if hit:
                return hit
            if proc.poll() is not None:
                break
            time.sleep(0.005)
        proc.kill()
        raise SystemExit("kg build --watch: " + "".join(e[2] for e in events))

    saved = time.perf_counter()
    try:
        wait_for(lambda e: "Watching" in e[2])
        time.sleep(5)  # the watch loads spaCy and the model while idle; give it the time a user would
        part = watched.with_suffix(".part")
        shutil.copyfile(changed, part)
        saved = time.perf_counter()
        os.replace(part, watched)
        done, _, line = wait_for(lambda e: e[0] > saved and e[1] == "out" and "Built graph" in e[2])
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            log("  kg build --watch did not stop on SIGINT within 60 s; its output:\n"
                + "".join(f"    {t - saved:+.2f} {name}: {text}" for t, name, text in events))
    return {"seconds": done - saved, "line": line.strip(),
            "exit": proc.returncode if proc.returncode >= 0 else f"killed ({proc.returncode})"}


@dataclass
class Run:
    """One measured subprocess."""

    wall: float
    cpu: float
    rss_mb: float
    info: dict


#: Set (to 1) in a measured process's environment: it ends with Python's full shutdown instead.
TEARDOWN = "KG_BENCH_TEARDOWN"


def end_like_kg_build() -> None:
    """End a measured process as ``kg build`` ends after a finished build (:mod:`kg.cli_exit`):
    exit functions run, streams flushed, no interpreter teardown. Why: the teardown (freeing
    every object, collecting once more: 0.13-0.17 s of CPU at 300 stories, a tenth of a
    one-changed rebuild) is paid by a script that calls ``kg.build`` and exits, not by the
    command line this bench stands for; the bare spaCy runs end the same way, so the throughput
    ratio compares like with like. ``--teardown`` measures with it, as the bench did before."""
    import kg.cli_exit

    kg.cli_exit.finished_build = True
    kg.cli_exit.exit_now_if_done(0)


def measure(*args: str) -> Run:
    """Run this script as a child; wall clock around it, CPU and peak RSS from wait4."""
    with tempfile.NamedTemporaryFile("r", suffix=".json") as report:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", report.name, *args]
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env)
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            raise SystemExit(f"child failed ({proc.returncode}): {' '.join(args)}")
        info = json.loads(Path(report.name).read_text())
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, info)


def best(runs: list[Run]) -> Run:
    """The fastest of repeated runs (by wall time): the least disturbed by other load."""
    return min(runs, key=lambda r: r.wall)


# -- report ---------------------------------------------------------------------------------------

def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "?")
    mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))
    import spacy

    from kg import __version__
    from kg.nlp import resolve_model_name

    model = resolve_model_name()
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    return {"nproc": len(os.sched_getaffinity(0)), "cpu": cpu, "ram_gb": round(mem_kb / 1024 ** 2, 1),
            "python": platform.python_version(), "spacy": spacy.__version__,
            "model": f"{model} {spacy.util.get_package_version(model)}", "kg": f"{__version__} ({commit})"}


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def fmt_run(r: Run, docs: int) -> str:
    return f"{r.wall:.1f} s | {r.cpu:.1f} s | {docs / r.wall:.1f} | {r.rss_mb:.0f} MB"


def compile_like_an_install() -> None:
    """Compile kg's modules to bytecode, as pip does when it installs a wheel (spaCy's installed
    modules are compiled). A checkout run with ``PYTHONDONTWRITEBYTECODE=1`` (CI, some containers)
    never keeps its bytecode, so each measured kg process would compile kg again (about 0.25 s)
    where an installed kg, and the spaCy side, compile nothing."""
    import compileall

    compileall.compile_dir(ROOT / "kg", quiet=1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scales", default="1,4,16", help="corpus replications for the scaling rows")
    ap.add_argument("--max-seconds", type=float, default=600.0,
                    help="a scaling run predicted to take longer is replaced by the largest that fits")
    ap.add_argument("--repeats", type=int, default=2, help="runs of the spaCy/kg comparison (best kept)")
    ap.add_argument("--batch-size", type=int, default=32, help="nlp.pipe batch size, same for both")
    ap.add_argument("--work", type=Path, help="folder for corpora and outputs (default: a temporary one)")
    ap.add_argument("--json", type=Path, help="also write the raw figures here")
    ap.add_argument("--limit", type=int, help="use only the first N stories (a quick smoke run)")
    ap.add_argument("--teardown", action="store_true",
                    help="measured processes end with Python's full shutdown (not as `kg build` ends)")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.teardown:
        os.environ[TEARDOWN] = "1"  # inherited by every measured process
    if args.child:
        report, kind, *rest = args.child
        if kind == "spacy":
            info = child_spacy(rest[0], int(rest[1]))
        elif kind == "session":
            info = child_session(*rest)
        else:
            info = child_kg(rest[0], rest[1], int(rest[2]), rest[3] == "cache", int(rest[4]))
        Path(report).write_text(json.dumps(info))
        if kind in ("kg", "spacy") and not os.environ.get(TEARDOWN):
            end_like_kg_build()
        return 0

    stories = lee_corpus()[: args.limit]
    compile_like_an_install()
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    bs = str(args.batch_size)
    n = len(stories)
    mach = machine()
    load_before = os.getloadavg()
    started = time.perf_counter()
    log(f"corpus: {n} stories, work folder {work}")

    def kg_run(corpus: Path, name: str, jobs: int = 1, cache: bool = True, fresh: bool = True) -> Run:
        out = work / name
        if fresh and out.exists():
            shutil.rmtree(out)
        run = measure("kg", str(corpus), str(out), str(jobs), "cache" if cache else "nocache", bs)
        log(f"  kg {name}: {run.wall:.1f} s wall, {run.cpu:.1f} s cpu, {run.rss_mb:.0f} MB, {run.info}")
        return run

    # 1. bare spaCy vs kg, cold cache, jobs 1 (alternating, best of --repeats)
    base = write_jsonl(work / "lee_x1.jsonl", stories)
    spacy_runs, kg_runs = [], []
    for rep in range(args.repeats):
        r = measure("spacy", str(base), bs)
        log(f"  spaCy: {r.wall:.1f} s wall, {r.cpu:.1f} s cpu, {r.rss_mb:.0f} MB, {r.info}")
        spacy_runs.append(r)
        kg_runs.append(kg_run(base, f"cold_j1_{rep}"))
    sp, kj1 = best(spacy_runs), best(kg_runs)
    cold_dir = work / f"cold_j1_{kg_runs.index(kj1)}"

    # 4. --jobs 2 on the same corpus
    kj2 = kg_run(base, "cold_j2", jobs=2)
    jobs_same = (work / "cold_j2" / "graph.json").read_bytes() == (cold_dir / "graph.json").read_bytes()

    # 3. incremental: the cold output folder (its cache filled), one story changed
    changed = write_jsonl(work / "lee_changed.jsonl", stories, changed=n // 2)
    warm_dir = work / "incremental"
    shutil.copytree(cold_dir, warm_dir)
    warm = kg_run(base, "incremental", fresh=False)
    inc = kg_run(changed, "incremental", fresh=False)
    scratch = kg_run(changed, "changed_scratch", cache=False)
    session_dir = work / "session"
    shutil.copytree(cold_dir, session_dir)
    session = measure("session", str(base), str(changed), str(session_dir))
    log(f"  kg session rebuild: {session.info}")
    inc_same = (warm_dir / "graph.json").read_bytes() == (work / "changed_scratch" / "graph.json").read_bytes()
    watch_out = work / "watch_out"
    shutil.copytree(cold_dir, watch_out)
    watched = watch_rebuild(base, changed, work / "watch_src", watch_out)
    watch_same = (watch_out / "graph.json").read_bytes() == (work / "changed_scratch" / "graph.json").read_bytes()
    log(f"  kg build --watch rebuild: {watched}")

    # 2. scaling, cold cache, jobs 1
    scales = [int(s) for s in args.scales.split(",")]
    scaled: list[tuple[int, Run]] = []
    spacy_scaled: tuple[int, Run] | None = None
    note = ""
    for s in scales:
        if s == 1:
            scaled.append((1, kj1))
            continue
        last_s, last = scaled[-1] if scaled else (1, kj1)
        predicted = last.wall * s / last_s
        if predicted > args.max_seconds:  # run the largest power of two that fits the budget instead
            fits = [2 ** k for k in range(1, s.bit_length())
                    if last_s < 2 ** k < s and last.wall * 2 ** k / last_s <= args.max_seconds]
            note = (f"×{s} was predicted to take {predicted:.0f} s (> {args.max_seconds:.0f} s), so "
                    + (f"×{fits[-1]} was run instead" if fits else "it was skipped"))
            log("  " + note)
            if not fits:
                break
            s = fits[-1]
        corpus = write_jsonl(work / f"lee_x{s}.jsonl", stories, copies=s)
        if spacy_scaled is None:  # bare spaCy once more at the first larger scale: fixed costs amortised
            spacy_scaled = (s, measure("spacy", str(corpus), bs))
            log(f"  spaCy ×{s}: {spacy_scaled[1].wall:.1f} s wall, {spacy_scaled[1].cpu:.1f} s cpu")
        scaled.append((s, kg_run(corpus, f"scale_x{s}")))

    # incremental at the largest scale: one story of its first replica changed
    big_inc = None
    if scaled[-1][0] > 1:
        s_big = scaled[-1][0]
        corpus = write_jsonl(work / f"lee_x{s_big}_changed.jsonl", stories, copies=s_big, changed=n // 2)
        big_inc = kg_run(corpus, f"scale_x{s_big}", fresh=False)

    load_after = os.getloadavg()
    total = time.perf_counter() - started

    # -- print the report
    print(f"## kg corpus benchmark ({n} ABC news stories, Lee corpus from gensim's test data)\n")
    print(f"Machine: {mach['nproc']} CPUs ({mach['cpu']}), {mach['ram_gb']} GB RAM; Python {mach['python']}, "
          f"spaCy {mach['spacy']}, model {mach['model']}, kg {mach['kg']}. Load average "
          f"{load_before[0]:.1f} before, {load_after[0]:.1f} after (other work shared the machine). "
          f"Each figure is one fresh process (imports and model load included); best of {args.repeats} "
          f"for the first two rows; batch size {bs}; "
          + ("each process ends with Python's full shutdown (--teardown).\n" if args.teardown else
             "each process ends as `kg build` does, without Python's teardown (--teardown: with it).\n"))
    print("| run | docs | wall | CPU | docs/s (wall) | peak RSS |")
    print("|---|---:|---:|---:|---:|---:|")
    print(f"| bare spaCy `nlp.pipe` ({'+'.join(sp.info['pipeline'])}) | {n} | {fmt_run(sp, n)} |")
    print(f"| kg build, cold cache, --jobs 1 | {n} | {fmt_run(kj1, n)} |")
    print(f"| kg build, cold cache, --jobs 2 | {n} | {fmt_run(kj2, n)} |")
    print(f"| kg rebuild, nothing changed | {n} | {fmt_run(warm, n)} |")
    print(f"| kg rebuild, 1 story changed | {n} | {fmt_run(inc, n)} |")
    for s, r in scaled:
        if spacy_scaled is not None and s == spacy_scaled[0]:
            print(f"| bare spaCy `nlp.pipe` ×{s} | {s * n} | {fmt_run(spacy_scaled[1], s * n)} |")
        if s != 1:
            print(f"| kg build ×{s}, cold cache, --jobs 1 | {s * n} | {fmt_run(r, s * n)} |")
    if big_inc is not None:
        print(f"| kg rebuild ×{scaled[-1][0]}, 1 story changed | {scaled[-1][0] * n} | "
              f"{fmt_run(big_inc, scaled[-1][0] * n)} |")
    ratio_wall, ratio_cpu = sp.wall / kj1.wall, sp.cpu / kj1.cpu
    pairs = sorted(a.wall / b.wall for a, b in zip(spacy_runs, kg_runs))
    own = {k: v for k, v in kj1.info["stages"].items() if k != "model load"}
    print()
    print(f"- kg/spaCy throughput: **{ratio_wall:.2f}×** by wall time, {ratio_cpu:.2f}× by CPU time, best "
          f"run against best run (target ≥ 0.8×); run by run {', '.join(f'{r:.2f}' for r in pairs)}. Inside the "
          f"processes, spaCy's `nlp.pipe` took {sp.info['pipe_s']:.1f} s and `kg.build()` "
          f"{kj1.info['build_s']:.1f} s, of which kg's own stages {sum(own.values()):.1f} s CPU ("
          + ", ".join(f"{k} {v:.2f}" for k, v in own.items()) + ").")
    if spacy_scaled is not None:
        s_sp, r_sp = spacy_scaled
        r_kg = dict(scaled)[s_sp]
        print(f"- At ×{s_sp} ({s_sp * n} documents): kg/spaCy **{r_sp.wall / r_kg.wall:.2f}×** by wall time, "
              f"{r_sp.cpu / r_kg.cpu:.2f}× by CPU time (one run each).")
    floor = sp.info["import_s"] + sp.info["load_s"]
    print(f"- Incremental: 1 changed story rebuilt in {inc.wall:.1f} s = **{inc.wall / kj1.wall:.1%}** of the "
          f"cold build by wall time, {inc.cpu:.1f} s = **{inc.cpu / kj1.cpu:.1%}** by CPU time (target ≤ 10%); "
          f"{inc.info['cached']} of {n} from cache; graph.json "
          f"{'identical to' if inc_same else 'DIFFERENT from'} a from-scratch build of the changed corpus. "
          f"Unchanged rebuild: {warm.wall / kj1.wall:.1%} by wall, {warm.cpu / kj1.cpu:.1%} by CPU "
          f"({warm.info['cached']} cached; spaCy "
          f"{'imported' if warm.info['spacy_imported'] else 'not imported'}, igraph "
          f"{'imported' if warm.info['igraph_imported'] else 'not imported'}). A rebuild that parses even one "
          f"document in a fresh process pays `import spacy` plus the model load: {floor:.1f} s in the bare "
          f"spaCy runs, {floor / kj1.wall:.0%} of the cold build.\n"
          f"- Incremental inside a running session (API or notebook: kg, spaCy and the model already "
          f"loaded): 1 changed story in {session.info['changed_s']:.2f} s = "
          f"**{session.info['changed_s'] / kj1.info['build_s']:.0%}** of `kg.build()`'s cold time "
          f"({kj1.info['build_s']:.1f} s); unchanged {session.info['warm_s']:.2f} s.\n"
          f"- `kg build --watch` (the model loaded while the user edits): from saving the changed corpus "
          f"to the rebuild's summary line {watched['seconds']:.2f} s = **{watched['seconds'] / kj1.wall:.0%}** "
          f"of the cold `kg build`; graph.json {'identical to' if watch_same else 'DIFFERENT from'} the "
          f"from-scratch build; exit code {watched['exit']} on Ctrl-C.")
    print(f"- --jobs 2: {kj1.wall / kj2.wall:.2f}× the speed of --jobs 1; graph.json "
          f"{'byte-identical' if jobs_same else 'DIFFERENT'}.")
    if len(scaled) > 1:
        s_max, r_max = scaled[-1]
        per_doc = (r_max.rss_mb - kj1.rss_mb) / ((s_max - 1) * n) * 1000
        print(f"- Scaling ×1 → ×{s_max}: time ×{r_max.wall / kj1.wall:.1f} for ×{s_max} documents; peak RSS "
              f"{kj1.rss_mb:.0f} → {r_max.rss_mb:.0f} MB (+{per_doc:.0f} MB per 1,000 documents)."
              + (f" {note}." if note else ""))
    if big_inc is not None:
        s_big, r_big = scaled[-1]
        print(f"- Incremental at ×{s_big} ({s_big * n} documents, 1 changed): {big_inc.wall:.1f} s = "
              f"**{big_inc.wall / r_big.wall:.0%}** of its cold build ({big_inc.info['cached']} from cache).")
    print(f"\n(benchmark took {total / 60:.1f} min)")
    if args.json:
        args.json.write_text(json.dumps({
            "machine": mach, "load": [load_before, load_after], "spacy": asdict(sp), "kg_j1": asdict(kj1),
            "kg_j2": asdict(kj2), "jobs_identical": jobs_same, "warm": asdict(warm), "incremental": asdict(inc),
            "incremental_identical": inc_same, "scratch_changed": asdict(scratch), "session": asdict(session),
            "watch": watched, "watch_identical": watch_same,
            "scaling": [[s, asdict(r)] for s, r in scaled], "note": note,
            "incremental_largest": asdict(big_inc) if big_inc else None,
            "spacy_scaled": [spacy_scaled[0], asdict(spacy_scaled[1])] if spacy_scaled else None,
        }, indent=1))
    return 0 if jobs_same and inc_same and watch_same else 1


if __name__ == "__main__":
    sys.exit(main())
