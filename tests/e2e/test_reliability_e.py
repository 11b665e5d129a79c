"""Reliability audit, section E: the query and eval commands on bad graphs, names and gold files.

Expected: one ``kg: error:`` line naming the file (and the entry), rc 1 (rc 2 for a missing
path), never a traceback; a misspelt entity gets "Did you mean"; a malformed gold never scores.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

from conftest import GOLD, SEEDS

runner = CliRunner()


def kg(*args: str):
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("e_out")
    assert runner.invoke(app, ["build", str(SEEDS), "-o", str(out), "-q"]).exit_code == 0
    return out / "graph.json"


@pytest.mark.parametrize("args", [["show", "tiktk"], ["show", "bytedanse"], ["explain", "Microsft"]])
def test_e9_misspelt_entity_gets_a_suggestion(graph, args):
    result = kg(args[0], str(graph), args[1])
    assert result.exit_code == 1
    assert "no entity named" in result.output and "did you mean:" in result.output  # kg.contract's wording


def test_e10_render_focus_misspelt(graph, tmp_path):
    result = kg("render", str(graph), "-o", str(tmp_path / "x.png"), "--focus", "tiktk")
    assert result.exit_code == 1 and "did you mean: TikTok" in result.output


@pytest.mark.parametrize("content", [
    "[1,2]",  # E5
    json.dumps({"directed": True, "multigraph": True, "graph": {}, "nodes": [  # E6
        {"id": "a", "label": 5, "aliases": "abc", "mentions": "many", "docs": None, "type": None}],
        "edges": [{"source": "a", "target": "a", "evidence": "notalist", "relation": 7}]}),
    json.dumps({"nodes": [{"id": "a", "label": "A", "type": "ORG", "mentions": "many"}], "edges": []}),
    json.dumps({"nodes": [{"id": "a", "label": "A", "type": "ORG", "docs": None}], "edges": []}),
    json.dumps({"nodes": [{"id": "a", "label": "A", "type": "ORG"}],
                "edges": [{"source": "a", "target": "a", "evidence": "notalist"}]}),
    json.dumps({"nodes": [{"label": "x"}], "edges": []}),  # E7
    json.dumps({"nodes": [{"id": "a", "label": "A", "type": "ORG"}], "edges": [{"source": "a", "target": "zz"}]}),
])
@pytest.mark.parametrize("command", ["stats", "show", "explain"])
def test_e5_e6_e7_malformed_graph_is_refused(tmp_path, content, command):
    path = tmp_path / "g.json"
    path.write_text(content, encoding="utf-8")
    result = kg(command, str(path), *([] if command == "stats" else ["a"]))
    assert result.exit_code == 1
    assert f"kg: error: {path}: not a kg graph.json" in result.output


@pytest.mark.parametrize("body, message", [
    ("entities:\n  - id: tiktok\n    names: [TikTok\n", ":4: not valid YAML"),  # E15
    ("entities: 5\n", "'entities' and 'relations' must be lists"),  # E18
    ("entities: [just a string]\n", "entity 1 must be a mapping with 'id' and 'names'"),  # E18
    ("entities: [{names: [TikTok]}]\n", "entity 1 must be a mapping"),  # E19
    ("entities: [{id: tiktok, names: [TikTok]}]\nrelations: [{head: tiktok, keywords: [own]}]\n",
     "relation 1 must be a mapping with 'head', 'tail' and 'keywords'"),  # E19
    ("entities: !!python/object/apply:os.system ['true']\n", "not valid YAML"),  # E20
    ("entities: [{id: tiktok, names: [TikTok]}, {id: bytedance, names: [ByteDance]}]\n"
     "relations: [{head: bytedance, tail: tiktok, keywords: xyzw}]\n", "'keywords' must be a list of strings"),  # E21
    ("entities: [{id: tiktok, names: [TikTok]}]\nrelations: [{head: tiktok, tail: nobody, keywords: [own]}]\n",
     "'nobody' is not a gold entity id"),  # E22
])
def test_e15_to_e22_malformed_gold_is_refused(graph, tmp_path, body, message):
    gold = tmp_path / "g.yaml"
    gold.write_text(body, encoding="utf-8")
    result = kg("eval", str(graph), str(gold))
    assert result.exit_code == 1
    assert f"kg: error: {gold}" in result.output and message in result.output


def test_e16_gold_binary_or_folder(graph, tmp_path):
    binary = tmp_path / "g.yaml"
    shutil.copy("/bin/ls", binary)
    folder = tmp_path / "gdir.yaml"
    folder.mkdir()
    for gold, message in ((binary, "not UTF-8 text"), (folder, "cannot read the gold file")):
        result = kg("eval", str(graph), str(gold))
        assert result.exit_code == 1 and message in result.output


@pytest.mark.skipif(not GOLD.exists(), reason="needs ../shared/eval/seed_gold.yaml")
def test_e13_the_real_gold_still_scores(graph):
    result = kg("eval", str(graph), str(GOLD))
    assert result.exit_code == 0 and re.search(r"entities_core\W+19/19", result.stdout)  # a table row
