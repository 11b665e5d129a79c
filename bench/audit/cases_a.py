"""Reliability audit, Section A: bad and hostile input files, output folders."""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from audit.common import ABC, GOOD1, SEEDS, case, digests, kg, labels, skip_case, src, verdict


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
def a19(w): return _long(w, "Amazon bought Whole Foods. " * 80_000, jsonl=True, docs=3)  # 2 files + 2 records
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
