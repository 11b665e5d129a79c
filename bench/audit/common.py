"""Helpers shared by the audit cases: a case registry, running the real CLI, checks."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from bench_corpus import lee_folder  # noqa: E402  (bench/ is on sys.path: reliability_audit.py)

KG = [sys.executable, "-m", "kg"]
ABC = lee_folder()  # the 300 Lee ABC stories as files (bench_corpus caches them)
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
GOLD = Path(__file__).resolve().parents[3] / "shared" / "eval" / "seed_gold.yaml"
OUTPUTS = ("graph.json", "graph.graphml", "graph.gexf", "triples.csv", "graph.html")
GOOD1 = "Apple bought Beats in 2014. Tim Cook praised the deal in Cupertino.\n"
GOOD2 = "# Oracle and Walmart\n\nOracle and Walmart later joined the talks in Austin.\n"
CASES: dict[str, Callable[[Path], tuple[str, str]]] = {}


def case(cid: str, slow: bool = False):
    def register(fn):
        fn.slow = slow
        CASES[cid] = fn
        return fn
    return register


def kg(*args: str, cwd: Path, timeout: int = 600, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env=dict(os.environ, **(env or {})))


def src(w: Path, name: str = "src", **files: str | bytes) -> Path:
    folder = w / name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good1.txt").write_text(GOOD1, encoding="utf-8")
    (folder / "good2.md").write_text(GOOD2, encoding="utf-8")
    for fname, data in files.items():
        path = folder / fname.replace("__", "/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return folder


def clean(run: subprocess.CompletedProcess) -> bool:
    return "Traceback" not in run.stdout + run.stderr


def verdict(ok: bool, run: subprocess.CompletedProcess | None = None, note: str = "") -> tuple[str, str]:
    if run is not None and not clean(run):
        return "FAIL", "traceback: " + (run.stderr.strip().splitlines() or ["?"])[-1]
    tail = "" if run is None else f"rc {run.returncode}; " + " | ".join(
        line for line in (run.stderr + run.stdout).splitlines() if "kg: error" in line or "skipped" in line)[:200]
    return ("PASS" if ok else "FAIL"), (note + " " + tail).strip()


def labels(out: Path) -> set[str]:
    return {n["label"] for n in json.loads((out / "graph.json").read_text(encoding="utf-8"))["nodes"]}


def digests(out: Path) -> dict[str, str]:
    return {n: hashlib.sha256((out / n).read_bytes()).hexdigest() for n in OUTPUTS if (out / n).exists()}


def skip_case(w: Path, extra: dict, expect: str, docs: int = 2) -> tuple[str, str]:
    """A bad file next to the good ones: skipped by name with ``expect``, the rest built, rc 0."""
    s = src(w, **extra)
    run = kg("build", str(s), "-o", str(w / "out"), cwd=w, timeout=120)
    ok = run.returncode == 0 and expect in run.stderr and f"from {docs} document(s)" in run.stdout
    return verdict(ok, run)


