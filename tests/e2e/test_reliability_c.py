"""Reliability audit, section C (CSV part): formula injection in triples.csv.

Cells from document text, file names, JSON Lines ids and pack labels that start like a formula
(= + - @ tab CR) get a leading ``'`` (OWASP); ``--raw-csv`` writes them unchanged.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.export.triples import FORMULA_STARTS

runner = CliRunner()

TWEETS = [
    {"id": "tweet1", "text": "- Nvidia bought Mellanox in 2019."},
    {"id": "tweet2", "text": "+1 Oracle hired Larry Ellison in Austin."},
    {"id": "=HYPERLINK(\"http://evil.example\",\"x\")", "text": "@Tesla Elon Musk praised Tesla in Berlin."},
]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("csv")
    src = root / "src"
    src.mkdir()
    (src / "tweets.jsonl").write_text("".join(json.dumps(t) + "\n" for t in TWEETS), encoding="utf-8")
    (src / "=HYPERLINK(1).txt").write_text("Microsoft bought GitHub in 2018.", encoding="utf-8")
    (root / "pack.yaml").write_text(
        "entities:\n  - label: '+cmd|'' /C calc''!A0'\n    type: ORG\n    aliases: [GitHub]\n", encoding="utf-8")
    return root


def cells(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [c for row in csv.reader(fh) for c in row]


def build(root: Path, out: str, *extra: str) -> Path:
    result = runner.invoke(app, ["build", str(root / "src"), "-o", str(root / out), "--aliases",
                                 str(root / "pack.yaml"), "-q", *extra])
    assert result.exit_code == 0, result.output
    return root / out / "triples.csv"


def test_c7_c8_formula_cells_are_neutralised(hostile):
    found = cells(build(hostile, "out"))
    assert not [c for c in found if c.startswith(FORMULA_STARTS)]
    assert "'+1 Oracle hired Larry Ellison in Austin." in found  # document text (C8)
    assert "'- Nvidia bought Mellanox in 2019." in found
    assert "'=HYPERLINK(1).txt" in found  # a file name (C7)
    assert "'+cmd|' /C calc'!A0" in found  # a pack label (C7)
    assert any(c.startswith("'=HYPERLINK(\"http") for c in found)  # a JSON Lines id
    assert any(c.startswith("'@Tesla") for c in found)


def test_raw_csv_writes_cells_unchanged(hostile):
    found = cells(build(hostile, "raw", "--raw-csv"))
    assert "+1 Oracle hired Larry Ellison in Austin." in found
    assert "=HYPERLINK(1).txt" in found
    graph = json.loads((hostile / "raw" / "graph.json").read_text(encoding="utf-8"))
    assert "+cmd|' /C calc'!A0" in {n["label"] for n in graph["nodes"]}  # only the CSV is neutralised
