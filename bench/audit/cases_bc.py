"""Reliability audit, Sections B and C: alias packs, hostile content in the outputs."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from audit.common import case, kg, src, verdict


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
    return verdict(run.returncode == 0 and (command == "stats" or run.stdout.startswith(label)), run)  # the heading line


@case("C9")
def c9(w):
    results = [_show_markup(w / c, "Acme [/x] Corp", c) for c in ("show", "explain", "stats") if not (w / c).mkdir()]
    bad = [r for r in results if r[0] != "PASS"]
    return bad[0] if bad else results[0]


@case("C10")
def c10(w): return _show_markup(w, "[link=https://evil.example]Totally Safe[/link]", "show")
