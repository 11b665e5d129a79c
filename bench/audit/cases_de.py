"""Reliability audit, Sections D, E and F: faults, cache, concurrency; query and eval commands; graph content."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from audit.common import ABC, GOLD, KG, SEEDS, case, digests, kg, src, verdict


# ---------------------------------------------------------------------------------------------- D
def _abc(w: Path, n: int, name: str = "abc") -> Path:
    folder = w / name
    folder.mkdir()
    for story in sorted(ABC.glob("*.txt"))[:n]:
        shutil.copy(story, folder)
    return folder


def _kill_when(w: Path, args: list[str], condition: Callable[[], bool], sig: int = signal.SIGKILL,
               env: dict | None = None) -> int:
    proc = subprocess.Popen([*KG, *args], cwd=w, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=dict(os.environ, **(env or {})))
    while proc.poll() is None:
        if condition():
            proc.send_signal(sig)
            break
        time.sleep(0.05)
    return proc.wait()


def _rows(out: Path) -> int:
    try:
        with sqlite3.connect(out / ".kg-cache" / "results.sqlite") as db:
            return db.execute("SELECT count(*) FROM results").fetchone()[0]
    except sqlite3.Error:
        return -1


@case("D1")
def d1(w):
    corpus = _abc(w, 300)
    _kill_when(w, ["build", str(corpus), "-o", "out", "-q"], lambda: _rows(w / "out") >= 64)
    return verdict(not (w / "out" / "graph.json").exists(), note=f"{_rows(w / 'out')} cache rows kept")


@case("D2")
def d2(w):
    corpus = _abc(w, 100)
    _kill_when(w, ["build", str(corpus), "-o", "out", "-q"], lambda: _rows(w / "out") >= 64)
    run = kg("build", str(corpus), "-o", "out", cwd=w)
    kg("build", str(corpus), "-o", "ref", "-q", "--no-cache", cwd=w)
    return verdict(run.returncode == 0 and digests(w / "out") == digests(w / "ref"), run)


@case("D3")
def d3(w):
    corpus = _abc(w, 150)
    kg("build", str(SEEDS), "-o", "out", "-q", cwd=w)
    before = digests(w / "out")
    _kill_when(w, ["build", str(corpus), "-o", "out", "-q"], lambda: _rows(w / "out") >= 64)
    return verdict(digests(w / "out") == before)


def _kill_at(w: Path, point: str) -> tuple[dict, dict, subprocess.CompletedProcess]:
    s = src(w)
    kg("build", str(s / "good1.txt"), "-o", "out", "-q", cwd=w)
    before = digests(w / "out")
    run = subprocess.run([*KG, "build", str(s), "-o", "out", "-q"], cwd=w, capture_output=True, text=True,
                         env=dict(os.environ, KG_TEST_KILL_AT=point))
    return before, digests(w / "out"), run


@case("D4")
def d4(w):
    before, after, run = _kill_at(w, "staged:graph.json")
    return verdict(run.returncode == -9 and before == after, note="SIGKILL after graph.json was written")


@case("D5")
def d5(w):
    before, after, run = _kill_at(w, "staged:graph.html")
    return verdict(run.returncode == -9 and before == after, note="SIGKILL after graph.html was written")


@case("D6")
def d6(w):
    before, after, run = _kill_at(w, "staged:graph.gexf")
    (w / "out" / ".graph.json.9h90esgo.tmp").write_text("half")
    rebuild = kg("build", str(w / "src"), "-o", "out", cwd=w)
    leftovers = [p.name for p in (w / "out").iterdir() if p.name.endswith(".tmp") or p.name == ".kg-staging"]
    return verdict(rebuild.returncode == 0 and not leftovers, rebuild, f"left: {leftovers}")


def _signal(w: Path, sig: int, want: tuple[int, ...]) -> tuple[str, str]:
    corpus = _abc(w, 300)
    started: list[float] = []

    def parsing() -> bool:  # some seconds into the parse (the cache file exists once it starts)
        if not started and (w / "out" / ".kg-cache" / "results.sqlite").exists():
            started.append(time.monotonic())
        return bool(started) and time.monotonic() - started[0] > 5

    rc = _kill_when(w, ["build", str(corpus), "-o", "out"], parsing, sig)
    return verdict(rc in want and not (w / "out" / "graph.json").exists(), note=f"rc {rc}")


@case("D7")
def d7(w): return _signal(w, signal.SIGINT, (130,))
@case("D8")
def d8(w): return _signal(w, signal.SIGTERM, (143, -signal.SIGTERM))  # 143 through a shell


@case("D9")
def d9(w):
    corpus = _abc(w, 300)
    proc = subprocess.Popen([*KG, "build", str(corpus), "-o", "out", "--jobs", "2", "-q"], cwd=w,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(20)
    children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
    proc.kill()
    proc.wait()
    started = time.monotonic()
    while time.monotonic() - started < 60:  # a worker ends once its batch is done or it sees the parent gone
        alive = [c for c in children if _running(c)]
        if not alive:
            break
        time.sleep(1)
    return verdict(not alive, note=f"{len(children)} workers, {len(alive)} left after {time.monotonic() - started:.0f} s")


def _running(pid: str) -> bool:
    """Alive and not a zombie (an orphan's zombie waits for a PID 1 that may never reap it)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def _corrupt(w: Path, damage: Callable[[Path], None], served: int | None = None) -> tuple[str, str]:
    corpus = _abc(w, 30)
    kg("build", str(corpus), "-o", "out", "-q", cwd=w)
    ref = digests(w / "out")
    damage(w / "out" / ".kg-cache")
    run = kg("build", str(corpus), "-o", "out", cwd=w)
    ok = run.returncode == 0 and digests(w / "out") == ref
    if served is not None:
        ok = ok and f"{served} from cache" in run.stdout
    return verdict(ok, run)


def _truncate(path: Path, size: int) -> None:
    with open(path, "r+b") as fh:
        fh.truncate(size)


@case("D10")
def d10(w): return _corrupt(w, lambda c: _truncate(c / "results.sqlite", (c / "results.sqlite").stat().st_size // 2))
@case("D11")
def d11(w): return _corrupt(w, lambda c: [_truncate(c / n, 0) for n in ("results.sqlite", "layouts.sqlite")])
@case("D12")
def d12(w): return _corrupt(w, lambda c: _truncate(c / "results.sqlite", 100))


@case("D13")
def d13(w):
    def scribble(c: Path) -> None:
        import random

        rng = random.Random(13)
        size = (c / "results.sqlite").stat().st_size
        with open(c / "results.sqlite", "r+b") as fh:
            for _ in range(20):
                fh.seek(rng.randrange(0, max(1, size - 512)))
                fh.write(rng.randbytes(512))
    return _corrupt(w, scribble)


@case("D14")
def d14(w): return _corrupt(w, lambda c: [(c / n).write_bytes(os.urandom(4096)) for n in ("results.sqlite", "layouts.sqlite")])


def _sql(c: Path, statement: str, *args) -> None:
    with sqlite3.connect(c / "results.sqlite") as db:
        db.execute(statement, args)


@case("D15")
def d15(w): return _corrupt(w, lambda c: _sql(c, "DELETE FROM results WHERE rowid % 2 = 0"), served=15)
@case("D16")
def d16(w): return _corrupt(w, lambda c: (c / "layouts.sqlite").unlink())
@case("D17")
def d17(w): return _corrupt(w, lambda c: _sql(c, "UPDATE results SET data = 'not json at all' WHERE rowid IN (1, 2)"), served=28)
@case("D18")
def d18(w): return _corrupt(w, lambda c: _sql(c, "UPDATE results SET data = replace(data, '\"start\": 0', '\"start\": \"zero\"') WHERE rowid = 1"))
@case("D19")
def d19(w): return _corrupt(w, lambda c: _sql(c, "UPDATE results SET data = replace(data, 'Argentine', 'Argentina')"), served=None)


@case("D20")
def d20(w):
    corpus = _abc(w, 5)
    (w / "out").mkdir()
    (w / "out" / ".kg-cache").write_text("not a folder")
    run = kg("build", str(corpus), "-o", "out", cwd=w)
    kg("build", str(corpus), "-o", "ref", "-q", "--no-cache", cwd=w)
    return verdict(run.returncode == 0 and digests(w / "out") == digests(w / "ref"), run)


@case("D21")
def d21(w):
    corpus = _abc(w, 60)
    procs = [subprocess.Popen([*KG, "build", str(corpus), "-o", "out", "-q"], cwd=w, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate() for p in procs]
    rcs = sorted(p.returncode for p in procs)
    refused = any("another kg build is writing" in e for _, e in outs)
    kg("build", str(corpus), "-o", "ref", "-q", "--no-cache", cwd=w)
    ok = digests(w / "out") == digests(w / "ref") and (rcs == [0, 0] or (rcs == [0, 1] and refused))
    return verdict(ok, note=f"rcs {rcs}; second {'refused with a message' if refused else 'ran'}")


@case("D23")
def d23(w):
    corpus = _abc(w, 40)
    kg("build", str(corpus), "-o", "a", "-q", cwd=w)
    kg("build", str(corpus), "-o", "b", "-q", cwd=w)
    kg("build", str(corpus), "-o", "c", "-q", "--jobs", "2", "--no-cache", "--batch-size", "7", cwd=w,
       env={"PYTHONHASHSEED": "999"})
    return verdict(digests(w / "a") == digests(w / "b") == digests(w / "c"), note="fresh, repeated, --jobs 2, batch 7, hash seed")


# ---------------------------------------------------------------------------------------------- E
def _seed_graph(w: Path) -> Path:
    kg("build", str(SEEDS), "-o", str(w / "g"), "-q", cwd=w)
    return w / "g" / "graph.json"


def _query(w: Path, args: list[str], rc: int, expect: str) -> tuple[str, str]:
    run = kg(*args, cwd=w)
    return verdict(run.returncode == rc and expect in run.stdout + run.stderr, run)


@case("E1")
def e1(w): return _query(w, ["stats", "missing.json"], 2, "graph not found")


@case("E2")
def e2(w):
    g = _seed_graph(w)
    (w / "t.json").write_text(g.read_text()[:5000])
    return _query(w, ["stats", "t.json"], 1, "not a kg graph.json")


@case("E3")
def e3(w):
    results = []
    for i, data in enumerate([b"", b"{}", Path("/bin/ls").read_bytes()[:4000], "{\"nodes\": \"Zürich\"}".encode("latin-1")]):
        (w / f"g{i}.json").write_bytes(data)
        results.append(_query(w, ["stats", f"g{i}.json"], 1, "not a kg graph.json"))
    return next((r for r in results if r[0] != "PASS"), results[0])


@case("E4")
def e4(w):
    (w / "nodir").mkdir()
    return _query(w, ["stats", "nodir"], 1, "not a kg graph.json")


@case("E5")
def e5(w):
    (w / "list.json").write_text("[1,2]")
    return _query(w, ["stats", "list.json"], 1, "not a kg graph.json")


@case("E6")
def e6(w):
    (w / "g.json").write_text(json.dumps({"directed": True, "multigraph": True, "graph": {}, "nodes": [
        {"id": "a", "label": 5, "aliases": "abc", "mentions": "many", "docs": None, "type": None}],
        "edges": [{"source": "a", "target": "a", "evidence": "notalist", "relation": 7}]}))
    results = [_query(w, [c, "g.json", *([] if c == "stats" else ["a"])], 1, "not a kg graph.json") for c in ("stats", "show", "explain")]
    return next((r for r in results if r[0] != "PASS"), results[0])


@case("E7")
def e7(w):
    (w / "a.json").write_text(json.dumps({"nodes": [{"label": "x"}], "edges": []}))
    (w / "b.json").write_text(json.dumps({"nodes": [{"id": "a", "label": "A", "type": "ORG"}], "edges": [{"source": "a", "target": "zz"}]}))
    results = [_query(w, ["stats", f], 1, "not a kg graph.json") for f in ("a.json", "b.json")]
    return next((r for r in results if r[0] != "PASS"), results[0])


@case("E8")
def e8(w): return _query(w, ["show", str(_seed_graph(w)), "NoSuchEntity"], 1, "no entity named 'NoSuchEntity'")


@case("E9")
def e9(w):
    g = str(_seed_graph(w))
    results = [_query(w, [c, g, n], 1, "did you mean:") for c, n in (("show", "tiktk"), ("show", "bytedanse"), ("explain", "Microsft"))]
    return next((r for r in results if r[0] != "PASS"), results[0])


@case("E10")
def e10(w): return _query(w, ["render", str(_seed_graph(w)), "-o", "x.png", "--focus", "tiktk"], 1, "did you mean: TikTok")


@case("E11")
def e11(w):
    g = str(_seed_graph(w))
    results = [_query(w, ["show", g, "[/x]"], 1, "'[/x]'"), _query(w, ["stats", "[/x]"], 2, "[/x]"),
               _query(w, ["show", g, "[bold red]x[/]"], 1, "[bold red]x[/]")]
    return next((r for r in results if r[0] != "PASS"), results[0])


@case("E12")
def e12(w): return _query(w, ["show", str(_seed_graph(w)), ""], 1, "no entity named ''")
@case("E13")
def e13(w): return _query(w, ["eval", str(_seed_graph(w)), str(GOLD)], 0, "19/19")  # a row of the eval table
@case("E14")
def e14(w): return _query(w, ["eval", str(_seed_graph(w)), "missing.yaml"], 2, "gold file not found")


def _gold(w: Path, body: str | bytes, expect: str) -> tuple[str, str]:
    g = str(_seed_graph(w))
    path = w / "gold.yaml"
    path.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    return _query(w, ["eval", g, str(path)], 1, expect)


@case("E15")
def e15(w): return _gold(w, "entities:\n  - id: tiktok\n    names: [TikTok\n", "not valid YAML")
@case("E16")
def e16(w): return _gold(w, Path("/bin/ls").read_bytes(), "not UTF-8 text")
@case("E17")
def e17(w): return _gold(w, "", "expected a mapping with 'entities'")
@case("E18")
def e18(w): return _gold(w, "entities: 5\n", "must be lists")
@case("E19")
def e19(w): return _gold(w, "entities: [{names: [TikTok]}]\n", "entity 1 must be a mapping with 'id' and 'names'")
@case("E20")
def e20(w): return _gold(w, f"entities: !!python/object/apply:os.system ['touch {w}/PWNED']\n", "not valid YAML")
@case("E21")
def e21(w): return _gold(w, "entities: [{id: tiktok, names: [TikTok]}, {id: bytedance, names: [ByteDance]}]\n"
                            "relations: [{head: bytedance, tail: tiktok, keywords: xyzw}]\n", "'keywords' must be a list")
@case("E22")
def e22(w): return _gold(w, "entities: [{id: tiktok, names: [TikTok]}]\nrelations: [{head: tiktok, tail: nobody, keywords: [own]}]\n",
                         "'nobody' is not a gold entity id")


@case("E23")
def e23(w):
    s = str(src(w))
    results = [_query(w, ["build", s, *a], 2, "") for a in (["--jobs", "0"], ["--batch-size", "0"], ["--nope"])]
    results.append(_query(w, ["build", s, "-o", "o", "--model", "no_such_model"], 1, "is not installed"))
    return next((r for r in results if r[0] != "PASS"), results[0])


@case("F1")
def f1(w):
    s = src(w)
    kg("build", str(s), "-o", "out", "-q", cwd=w)
    graph = json.loads((w / "out" / "graph.json").read_text())
    odd = [a for n in graph["nodes"] for a in n.get("aliases", []) if a != a.strip()]
    return ("PASS" if not odd else "WEAK"), f"aliases with surrounding whitespace: {odd}"
