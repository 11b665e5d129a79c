"""Re-run the reliability audit's cases (../shared/reviews/reliability-2026-12.md) against this kg.

    .venv/bin/python bench/reliability_audit.py [--only A11,B20] [--slow]

Each case sets up files in a scratch folder, runs the real ``kg`` command line in a subprocess,
and checks what the audit calls trustworthy: the expected exit code, the expected message, no
Python traceback, outputs kept or written. Prints one line per case (PASS / FAIL / WEAK / SKIP,
with a note) and a summary. ``--slow`` adds the cases that parse near-megabyte documents.
Cases the script cannot run here are listed as SKIP with the reason (browser cases are covered by
tests/test_html_browser.py; markup cases belong to the CLI-markup change).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

KG = [sys.executable, "-m", "kg"]
ABC = Path("/work/baseline/abc/in")
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "seed_gold.yaml"
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


# ---------------------------------------------------------------------------------------------- A
@case("A1")
def a1(w): return skip_case(w, {"image_png.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))}, "binary file")
@case("A2")
def a2(w): return skip_case(w, {"ls.txt": Path("/bin/ls").read_bytes()}, "binary file")
@case("A3")
def a3(w): return skip_case(w, {"empty.txt": b""}, "empty.txt: empty")
@case("A4")
def a4(w): return skip_case(w, {"ws.txt": " \n\t \n"}, "ws.txt: empty")


@case("A5")
def a5(w):
    s = src(w, **{"bad.txt": b"Siemens bought Mentor Graphics \xff\xfe\xfa bad bytes \xc3\x28 in Munich.\n"})
    run = kg("build", str(s), "-o", str(w / "out"), cwd=w)
    return verdict(run.returncode == 0 and "from 3 document(s)" in run.stdout, run)


def _decoded(w: Path, data: bytes, want: str) -> tuple[str, str]:
    s = src(w, **{"enc.txt": data})
    run = kg("build", str(s), "-o", str(w / "out"), cwd=w)
    return verdict(run.returncode == 0 and want in labels(w / "out") and "skipped" not in run.stderr, run)


TEXT = "Siemens acquired Mentor Graphics. Joe Kaeser announced it in Munich."
@case("A6")
def a6(w): return _decoded(w, TEXT.encode("utf-16"), "Mentor Graphics")
@case("A7")
def a7(w): return _decoded(w, TEXT.encode("utf-16-le"), "Mentor Graphics")
@case("A8")
def a8(w): return _decoded(w, TEXT.encode("utf-16-be"), "Mentor Graphics")
@case("A9")
def a9(w): return _decoded(w, "Nestlé opened an office in Zürich, said François Hollande.".encode("latin-1"), "Zürich")
@case("A10")
def a10(w): return skip_case(w, {"nul.txt": b"Apple\x00 bought\x00 Beats."}, "nul.txt: binary file")


def _long(w: Path, body: str, extra: list[str] | None = None, jsonl: bool = False, docs: int = 3) -> tuple[str, str]:
    s = src(w, **({"r.jsonl": json.dumps({"id": "ok", "text": GOOD1}) + "\n" + json.dumps({"id": "huge", "text": body}) + "\n"}
                  if jsonl else {"big.txt": body}))
    started = time.monotonic()
    run = kg("build", str(s), "-o", str(w / "out"), "--no-cache", *(extra or []), cwd=w, timeout=3600)
    seconds = time.monotonic() - started
    ok = run.returncode == 0 and f"from {docs + jsonl} document(s)" in run.stdout and "Apple" in labels(w / "out")
    return verdict(ok, run, f"{len(body):,} chars in {seconds:.0f} s")


def _abc_text(chars: int) -> str:
    stories = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(ABC.glob("*.txt")))
    return ((stories + "\n\n") * (chars // len(stories) + 1))[:chars]


@case("A11", slow=True)
def a11(w): return _long(w, _abc_text(3_000_000))  # the audit's 30 MB: bench/long_document.py
@case("A12", slow=True)
def a12(w): return _long(w, " ".join(["word", "Qantas", "Canberra", "company"] * 130_000)[:2_097_152])
@case("A13", slow=True)
def a13(w): return _long(w, " ".join(["word", "Qantas", "Canberra", "company"] * 60_000)[:950_000])
@case("A14", slow=True)
def a14(w): return _long(w, _abc_text(990_000))
@case("A19", slow=True)
def a19(w): return _long(w, "Amazon bought Whole Foods. " * 80_000, jsonl=True, docs=2)
@case("A20", slow=True)
def a20(w): return _long(w, _abc_text(1_200_000), ["--jobs", "2"])


@case("A15")
def a15(w):
    html = "<html><body>" + "<div>" * 10_000 + "<p>Boeing delivered planes to Ryanair.</p>" + "</div>" * 10_000 + "</body></html>"
    s = src(w, **{"deep.html": html})
    run = kg("build", str(s), "-o", str(w / "out"), cwd=w)
    return verdict(run.returncode == 0 and "Ryanair" in labels(w / "out"), run)


@case("A16")
def a16(w):
    html = ("<html><head><script>Moderna Novartis</script><style>.Huawei{}</style></head><body><nav>Samsung</nav>"
            "<noscript>Qualcomm</noscript><p>Intel built a plant in Ohio. Pat Gelsinger spoke in Columbus.</p></body></html>")
    s = src(w, **{"page.html": html})
    run = kg("build", str(s), "-o", str(w / "out"), cwd=w)
    found = labels(w / "out")
    return verdict(run.returncode == 0 and "Intel" in found and not found & {"Moderna", "Novartis", "Samsung", "Qualcomm"}, run)


JSONL = "\n".join([json.dumps({"id": "ok1", "text": "Oracle hired Larry Ellison in Austin."}), '{"id": "bad", "text": "unterminated',
                   json.dumps({"id": "x"}), json.dumps({"id": "n", "text": 5}), json.dumps({"text": ["l"]}),
                   json.dumps({"text": None}), "[1, 2]", '"a string"', json.dumps({"id": True, "text": "IBM hired Arvind Krishna."}),
                   json.dumps({"id": "ok1", "text": "Intel hired Pat Gelsinger."}), "", json.dumps({"id": "ws", "text": "   "}),
                   json.dumps({"id": {"a": 1}, "text": "Nokia hired Pekka Lundmark."})]) + "\n"


@case("A17")
def a17(w):
    s = src(w, **{"records.jsonl": JSONL})
    run = kg("build", str(s), "-o", str(w / "out"), cwd=w)
    ok = run.returncode == 0 and "line 2: invalid JSON" in run.stderr and "line 7: not a JSON object" in run.stderr
    return verdict(ok and "from 6 document(s)" in run.stdout, run)


@case("A18")
def a18(w):
    s = src(w, **{"records.jsonl": JSONL})
    run = kg("build", str(s), "-o", str(w / "out"), cwd=w)
    return verdict("Skipped 8 JSON Lines line(s)" in run.stdout and "file(s)" not in run.stdout, run)


@case("A21")
def a21(w):
    s = src(w)
    os.symlink("loopB.txt", s / "loopA.txt")
    os.symlink("loopA.txt", s / "loopB.txt")
    run = kg("build", str(s), "-o", str(w / "out"), cwd=w)
    return verdict(run.returncode == 0 and "loopA.txt: symlink loop" in run.stderr, run)


@case("A22")
def a22(w):
    s = src(w)
    (s / "sub").mkdir()
    os.symlink("..", s / "sub" / "up")
    os.symlink("../sub", s / "sub" / "me")
    run = kg("build", str(s), "-o", str(w / "out"), cwd=w, timeout=120)
    return verdict(run.returncode == 0 and "from 2 document(s)" in run.stdout, run)


@case("A23")
def a23(w):
    real = src(w, "realdocs")
    (real / "good1.txt").unlink()
    (real / "good2.md").write_text("Microsoft bought GitHub in 2018.\n", encoding="utf-8")
    s = src(w)
    os.symlink(real, s / "linked_docs")
    run = kg("build", str(s), "-o", str(w / "out"), "--verbose", cwd=w)
    return verdict(run.returncode == 0 and "GitHub" in labels(w / "out") and "linked_docs/good2.md" in run.stderr, run)


@case("A24")
def a24(w):
    s = src(w)
    os.symlink("nothing.txt", s / "dangling.txt")
    run = kg("build", str(s), "-o", str(w / "out"), cwd=w)
    return verdict(run.returncode == 0 and "dangling.txt: not a regular file" in run.stderr, run)


@case("A25")
def a25(w):
    os.symlink("loopx.txt", w / "loopx.txt")
    run = kg("build", "loopx.txt", "-o", "out", cwd=w)
    return verdict(run.returncode == 2 and "kg: error:" in run.stderr, run)


@case("A26")
def a26(w):
    s = src(w, **{"with space.txt": "Intel hired Pat Gelsinger.", "new\nline.txt": "IBM hired Arvind Krishna.",
                  "tab\there.txt": "Nokia hired Pekka Lundmark.", "ünï😀.txt": "Sony hired Kenichiro Yoshida."})
    run = kg("build", str(s), "-o", str(w / "out"), cwd=w)
    import networkx as nx

    nx.read_graphml(w / "out" / "graph.graphml", force_multigraph=True)
    nx.read_gexf(w / "out" / "graph.gexf")
    return verdict(run.returncode == 0 and "from 6 document(s)" in run.stdout, run)


@case("A27")
def a27(w):
    run = kg("build", "/nonexistent/dir", "-o", "out", cwd=w)
    return verdict(run.returncode == 2 and "source not found" in run.stderr, run)


@case("A28")
def a28(w):
    s = src(w)
    run = kg("build", str(s), "/nonexistent/x", "-o", "out", cwd=w)
    return verdict(run.returncode == 2 and not (w / "out").exists(), run)


@case("A29")
def a29(w):
    s = src(w)
    run = kg("build", str(s / "good1.txt"), "-o", "out", cwd=w)
    return verdict(run.returncode == 0 and "Apple" in labels(w / "out"), run)


@case("A30")
def a30(w):
    run = kg("build", "/bin/ls", "-o", "out", cwd=w)
    return verdict(run.returncode == 1 and "no readable documents" in run.stderr, run)


@case("A31")
def a31(w):
    (w / "emptydir").mkdir()
    run = kg("build", "emptydir", "-o", "out", cwd=w)
    return verdict(run.returncode == 1 and "no readable documents" in run.stderr, run)


@case("A32")
def a32(w):
    s = src(w)
    (w / "outfile").write_text("hi")
    run = kg("build", str(s), "-o", "outfile", cwd=w)
    return verdict(run.returncode == 1 and "is a file" in run.stderr and "cache" not in run.stderr, run)


@case("A33")
def a33(w):
    s = src(w)
    (w / "outfile").write_text("hi")
    run = kg("build", str(s), "-o", "outfile/sub", cwd=w)
    return verdict(run.returncode == 1 and "is a file" in run.stderr, run)


@case("A34")
def a34(w):
    if os.geteuid() == 0:
        return "N/A", "run as root: mode 555 does not restrict root (A35/A36 use a read-only mount)"
    s = src(w)
    (w / "ro").mkdir(mode=0o555)
    run = kg("build", str(s), "-o", "ro", cwd=w)
    return verdict(run.returncode == 1 and "not writable" in run.stderr, run)


def _mount(point: Path, opts: str) -> bool:
    point.mkdir(exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(point)], capture_output=True).returncode == 0


def _umount(point: Path) -> None:
    subprocess.run(["umount", "-l", str(point)], capture_output=True)


@case("A35")
def a35(w):
    if not _mount(w / "rofs", "ro,size=1m"):
        return "SKIP", "cannot mount a tmpfs (needs root)"
    try:
        run = kg("build", str(src(w)), "-o", "rofs", cwd=w)
        return verdict(run.returncode == 1 and "not writable: Read-only file system" in run.stderr, run)
    finally:
        _umount(w / "rofs")


@case("A36")
def a36(w):
    if not _mount(w / "rofs", "size=20m"):
        return "SKIP", "cannot mount a tmpfs (needs root)"
    try:
        s = src(w)
        kg("build", str(s / "good1.txt"), "-o", "rofs", "-q", cwd=w)
        before = digests(w / "rofs")
        subprocess.run(["mount", "-o", "remount,ro", str(w / "rofs")], check=True)
        run = kg("build", str(s), "-o", "rofs", cwd=w)
        ok = run.returncode == 1 and "damaged" not in run.stderr and digests(w / "rofs") == before
        return verdict(ok and run.stderr.count("kg: error:") == 1, run)
    finally:
        _umount(w / "rofs")


@case("A37")
def a37(w):
    if not _mount(w / "rofs", "size=1200k"):
        return "SKIP", "cannot mount a tmpfs (needs root)"
    try:
        s = src(w)
        kg("build", str(s / "good1.txt"), "-o", "rofs", "-q", cwd=w)
        before = digests(w / "rofs")
        run = kg("build", str(SEEDS), "-o", "rofs", cwd=w)
        ok = run.returncode == 1 and "previous outputs are unchanged" in run.stderr and digests(w / "rofs") == before
        leftovers = [p.name for p in (w / "rofs").iterdir() if p.name.endswith(".tmp") or p.name == ".kg-staging"]
        return verdict(ok and not leftovers, run)
    finally:
        _umount(w / "rofs")


@case("A38")
def a38(w):
    s = src(w)
    kg("build", str(s), "-o", str(s), "-q", cwd=w)
    run = kg("build", str(s), "-o", str(s), "--verbose", cwd=w)
    return verdict(run.returncode == 0 and "from 2 document(s)" in run.stdout and "graph.html:" not in run.stderr, run)


def _special(w: Path, name: str, make: Callable[[Path], None]) -> tuple[str, str]:
    s = src(w)
    make(s / name)
    try:
        run = kg("build", str(s), "-o", str(w / "out"), cwd=w, timeout=60)
    except subprocess.TimeoutExpired:
        return "FAIL", "hung (timeout 60 s)"
    return verdict(run.returncode == 0 and f"{name}: not a regular file" in run.stderr, run)


@case("A39")
def a39(w): return _special(w, "pipe.jsonl", os.mkfifo)
@case("A40")
def a40(w): return _special(w, "pipe2.txt", os.mkfifo)
@case("A41")
def a41(w): return _special(w, "zero.jsonl", lambda p: os.symlink("/dev/zero", p))
@case("A42")
def a42(w): return _special(w, "zero.txt", lambda p: os.symlink("/dev/zero", p))


@case("A43")
def a43(w):
    s = src(w, **{"ctl.txt": "Siemens\x01 bought\x0b Mentor\x1b Graphics\x7f in Munich."})
    run = kg("build", str(s), "-o", str(w / "out"), cwd=w)
    import networkx as nx

    nx.read_graphml(w / "out" / "graph.graphml", force_multigraph=True)
    nx.read_gexf(w / "out" / "graph.gexf")
    return verdict(run.returncode == 0, run)


@case("A44")
def a44(w):
    levels = "abcdefgh"
    lines = ["---", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"{c}: &{c} [" + ",".join([f"*{p}"] * 9) + "]" for p, c in zip(levels, levels[1:])]
    lines += ["title: *h", "---", "# Heading", "", "Microsoft bought GitHub in 2018."]
    s = src(w, **{"bomb.md": "\n".join(lines) + "\n"})
    started = time.monotonic()
    run = kg("build", str(s), "-o", str(w / "out"), cwd=w, timeout=120)
    seconds = time.monotonic() - started
    return verdict(run.returncode == 0 and seconds < 60 and "GitHub" in labels(w / "out"), run, f"{seconds:.1f} s")


@case("A45")
def a45(w):
    s = src(w, **{"evil.md": f"---\ntitle: !!python/object/apply:os.system ['touch {w}/PWNED']\n---\nText here.\n"})
    run = kg("build", str(s), "-o", str(w / "out"), cwd=w)
    return verdict(run.returncode == 0 and not (w / "PWNED").exists(), run)


def _markup(w: Path, rel: str, empty: bool, verbose: bool) -> tuple[str, str]:
    s = src(w, **{rel: "" if empty else "Apple bought Beats in 2014.\n"})
    run = kg("build", str(s), "-o", str(w / "out"), *(["--verbose"] if verbose else []), cwd=w)
    name = rel.replace("__", "/")
    return verdict(run.returncode == 0 and (not empty or name in run.stderr), run)


@case("A46")
def a46(w): return _markup(w, "[__x].txt", True, False)
@case("A47")
def a47(w): return _markup(w, "[__x].txt", False, True)
@case("A48")
def a48(w): return _markup(w, "[red]FAKE[bold].txt", True, False)


# ---------------------------------------------------------------------------------------------- B
def _pack(w: Path, body: str | bytes, expect: str, rc: int = 1, extra_src: dict | None = None) -> tuple[str, str]:
    s = src(w, **(extra_src or {}))
    pack = w / "pack.yaml"
    pack.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    try:
        run = kg("build", str(s), "-o", str(w / "out"), "--aliases", str(pack), cwd=w, timeout=120)
    except subprocess.TimeoutExpired:
        return "FAIL", "hung (timeout 120 s)"
    return verdict(run.returncode == rc and expect in run.stderr + run.stdout, run)


@case("B1")
def b1(w): return _pack(w, "entities:\n  - label: X\n    type: ORG\n    aliases: [a, b\n  - label: Y\n", "pack.yaml:")
@case("B2")
def b2(w): return _pack(w, "entities:\n\t- label: X\n", "pack.yaml:2: not valid YAML")
@case("B3")
def b3(w): return _pack(w, "entities:\n  label: X\n", "'entities' must be a list")
@case("B4")
def b4(w): return _pack(w, "entities:\n  - label: [X]\n    type: ORG\n", "entity without a 'label'")
@case("B5")
def b5(w): return _pack(w, "entities:\n  - label: X\n    aliases: xx\n", "'aliases' must be a list of strings")
@case("B6")
def b6(w): return _pack(w, "entities:\n  - label: X\n    type: COMPANY\n", "type 'COMPANY' is not one of")
@case("B7")
def b7(w): return _pack(w, "entities: [{label: ByteDance, type: [PERSON], aliases: [byte jump]}]\n", "'type' must be one of")
@case("B8")
def b8(w): return _pack(w, "entities:\n  - label: X\n    aliases: [{a: b}]\n", "non-empty strings")
@case("B9")
def b9(w): return _pack(w, "entities:\n  - label: X\n    alias: [x]\n", "unknown key(s) alias")
@case("B10")
def b10(w): return _pack(w, "hello\n", "expected a top-level 'entities:' list")
@case("B11")
def b11(w): return _pack(w, "# only a comment\n", "from 2 document(s)", rc=0)
@case("B12")
def b12(w): return _pack(w, "entities:\n", "'entities' must be a list")
@case("B13")
def b13(w): return _pack(w, "entities: [{label: null, type: ORG, aliases: [~, 'no']}]\n", "entity without a 'label'")


@case("B14")
def b14(w):
    status, note = _pack(w, f"entities:\n  - label: !!python/object/apply:os.system ['touch {w}/PWNED']\n",
                         "entity without a 'label'")
    return ("FAIL", "code ran") if (w / "PWNED").exists() else (status, note)


@case("B15")
def b15(w): return _pack(w, "entities:\n  - label: X\n    patterns: ['byte(']\n", "pack.yaml:3: bad pattern")
@case("B16")
def b16(w): return _pack(w, "entities:\n  - label: ByteDance\n    patterns: ['(?i)byte\\s+jump']\n", "from 2 document(s)", rc=0)
@case("B17")
def b17(w): return _pack(w, b"entities:\n  - label: Caf\xe9 Oracle\n    type: ORG\n", "pack.yaml:2: not UTF-8 text")
@case("B18")
def b18(w): return _pack(w, Path("/bin/ls").read_bytes(), "a binary file, not a YAML alias pack")


@case("B19")
def b19(w):
    run = kg("build", str(src(w)), "-o", "out", "--aliases", "/nonexistent.yaml", cwd=w)
    return verdict(run.returncode == 2 and "alias pack not found" in run.stderr, run)


@case("B20")
def b20(w):
    return _pack(w, "entities:\n  - label: Evil Corp\n    type: ORG\n    patterns: ['(a+)+$']\n", "from 3 document(s)", rc=0,
                 extra_src={"aaa.txt": "The sensor reading was " + "a" * 40 + "! Microsoft denied it.\n"})


@case("B21")
def b21(w): return _pack(w, "entities:\n  - label: X\n    aliases: ['']\n", "non-empty strings")
@case("B22")
def b22(w): return _pack(w, "entities: [{label: The Trade Desk, type: ORG, aliases: [the]}]\n", "is a common word")
@case("B23")
def b23(w): return _pack(w, "entities: [{label: Everything Inc, type: ORG, patterns: ['\\w+']}]\n", "matches the common word")


# ---------------------------------------------------------------------------------------------- C
@case("C6")
def c6(w):
    s = src(w, **{"x.txt": "<script>alert(1)</script> Apple bought Beats. {{DATA}} \u2028"})
    pack = w / "p.yaml"
    pack.write_text("entities:\n  - label: '<img src=x onerror=alert(1)>'\n    type: ORG\n    aliases: [Beats]\n")
    run = kg("build", str(s), "-o", str(w / "out"), "--aliases", str(pack), cwd=w)
    import networkx as nx

    ok = nx.read_graphml(w / "out" / "graph.graphml", force_multigraph=True).number_of_nodes() > 0
    return verdict(run.returncode == 0 and ok and nx.read_gexf(w / "out" / "graph.gexf").number_of_nodes() > 0, run)


def _csv_cells(out: Path) -> list[str]:
    import csv

    with (out / "triples.csv").open(encoding="utf-8", newline="") as fh:
        return [c for row in csv.reader(fh) for c in row]


@case("C7")
def c7(w):
    s = src(w, **{"=HYPERLINK(1).txt": "Microsoft bought GitHub in 2018."})
    pack = w / "p.yaml"
    pack.write_text("entities:\n  - label: '+cmd|'' /C calc''!A0'\n    type: ORG\n    aliases: [GitHub]\n"
                    "  - label: '@SUM(1+1)'\n    type: ORG\n    aliases: [Beats]\n")
    run = kg("build", str(s), "-o", str(w / "out"), "--aliases", str(pack), cwd=w)
    bad = [c for c in _csv_cells(w / "out") if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    return verdict(run.returncode == 0 and not bad, run, f"{len(bad)} formula cells")


@case("C8")
def c8(w):
    tweets = [{"id": "t1", "text": "- Nvidia bought Mellanox in 2019."}, {"id": "t2", "text": "+1 Oracle hired Larry Ellison in Austin."},
              {"id": "t3", "text": "@Tesla Elon Musk praised Tesla in Berlin."}]
    s = src(w, **{"tweets.jsonl": "".join(json.dumps(t) + "\n" for t in tweets)})
    run = kg("build", str(s), "-o", str(w / "out"), cwd=w)
    bad = [c for c in _csv_cells(w / "out") if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    return verdict(run.returncode == 0 and not bad and "'+1 Oracle hired Larry Ellison in Austin." in _csv_cells(w / "out"), run)


def _show_markup(w: Path, label: str, command: str) -> tuple[str, str]:
    s = src(w)
    pack = w / "p.yaml"
    pack.write_text(f'entities:\n  - label: "{label}"\n    type: ORG\n    aliases: [Apple]\n')
    kg("build", str(s), "-o", str(w / "out"), "--aliases", str(pack), "-q", cwd=w)
    run = kg(command, str(w / "out" / "graph.json"), *(["apple"] if command != "stats" else []), cwd=w)
    return verdict(run.returncode == 0 and (command == "stats" or label in run.stdout), run)


@case("C9")
def c9(w):
    results = [_show_markup(w / c, "Acme [/x] Corp", c) for c in ("show", "explain", "stats") if not (w / c).mkdir()]
    bad = [r for r in results if r[0] != "PASS"]
    return bad[0] if bad else results[0]


@case("C10")
def c10(w): return _show_markup(w, "[link=https://evil.example]Totally Safe[/link]", "show")


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
    time.sleep(5)
    alive = [c for c in children if Path(f"/proc/{c}").exists()]
    return verdict(not alive, note=f"{len(children)} workers, {len(alive)} left")


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
    results = [_query(w, [c, g, n], 1, "Did you mean:") for c, n in (("show", "tiktk"), ("show", "bytedanse"), ("explain", "Microsft"))]
    return next((r for r in results if r[0] != "PASS"), results[0])


@case("E10")
def e10(w): return _query(w, ["render", str(_seed_graph(w)), "-o", "x.png", "--focus", "tiktk"], 1, "Did you mean: TikTok")


@case("E11")
def e11(w):
    g = str(_seed_graph(w))
    results = [_query(w, ["show", g, "[/x]"], 1, "'[/x]'"), _query(w, ["stats", "[/x]"], 2, "[/x]"),
               _query(w, ["show", g, "[bold red]x[/]"], 1, "[bold red]x[/]")]
    return next((r for r in results if r[0] != "PASS"), results[0])


@case("E12")
def e12(w): return _query(w, ["show", str(_seed_graph(w)), ""], 1, "no entity named ''")
@case("E13")
def e13(w): return _query(w, ["eval", str(_seed_graph(w)), str(GOLD)], 0, "entities_core: 19/19")
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


NOT_RUN = {
    "C1": "graph.html is byte-identical to main's on the seed and ABC builds; page escaping is covered by tests/test_html.py",
    "C2": "browser case: tests/test_html_browser.py drives Chromium over the same page",
    "C3": "browser case: tests/test_html_browser.py",
    "C4": "--title escaping: tests/test_html.py",
    "C5": "template substitution: tests/test_html.py",
    "B24": "--watch case: tests/test_watch.py",
    "D22": "two different corpora into one folder: see D21 (the second build is refused while the first holds the lock)",
    "D24": "--jobs 2 byte identity: in D23",
    "D25": "warm-cache byte identity: in D10-D19 (rebuild compared with the reference)",
    "D26": "in D23",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help="comma-separated case ids")
    parser.add_argument("--slow", action="store_true", help="include the near-megabyte documents (A11-A14, A19, A20)")
    args = parser.parse_args()
    wanted = args.only.split(",") if args.only else list(CASES)
    counts: dict[str, int] = {}
    for cid in wanted:
        fn = CASES[cid]
        if fn.slow and not args.slow and not args.only:
            status, note = "SKIP", "slow (run with --slow)"
        else:
            with tempfile.TemporaryDirectory(prefix=f"audit-{cid}-") as tmp:
                try:
                    status, note = fn(Path(tmp))
                except Exception as exc:  # a broken case is a failed case
                    status, note = "FAIL", f"case raised {exc!r}"
        counts[status] = counts.get(status, 0) + 1
        print(f"{cid:4} {status:4} {note}", flush=True)
    if not args.only:
        for cid, why in NOT_RUN.items():
            print(f"{cid:4} ELSEWHERE {why}")
    print("summary:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
