"""The command line through Typer's CliRunner: outputs, summaries, exit codes, bad input."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kg.cli import app

from conftest import SEEDS

runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli_out")
    result = runner.invoke(app, ["build", str(SEEDS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out, result


def test_build_writes_every_output_and_a_summary(built):
    out, result = built
    for name in ("graph.json", "graph.graphml", "graph.gexf", "triples.csv", "graph.html"):
        assert (out / name).stat().st_size > 0, name
    assert "1 document(s)" in result.stdout
    assert "entities" in result.stdout and "relations" in result.stdout
    assert not (out / "lib").exists()


def test_second_build_uses_the_cache(built):
    out, _ = built
    result = runner.invoke(app, ["build", str(SEEDS), "-o", str(out)])
    assert result.exit_code == 0
    assert "1 from cache" in result.stdout


def test_stats_json(built):
    out, _ = built
    result = runner.invoke(app, ["stats", str(out / "graph.json"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["entities"] > 10 and data["relations"] > 0
    assert data["top_by_mentions"][0]["mentions"] >= data["top_by_mentions"][-1]["mentions"]
    assert "ORG" in data["entities_by_type"]


def test_show_matches_alias_case_insensitively(built):
    out, _ = built
    result = runner.invoke(app, ["show", str(out / "graph.json"), "ZHANG YIMING", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["label"] == "Zhang Yiming"
    assert all(e["evidence"] for e in data["relations"])
    text = runner.invoke(app, ["show", str(out / "graph.json"), "zhang yiming"]).stdout
    assert "Zhang Yiming" in text


def test_show_unknown_entity_fails(built):
    out, _ = built
    result = runner.invoke(app, ["show", str(out / "graph.json"), "Nobody Atall"])
    assert result.exit_code == 1
    assert "no entity named" in result.output


def test_explain_lists_rules(built):
    out, _ = built
    result = runner.invoke(app, ["explain", str(out / "graph.json"), "US", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["label"] == "United States"
    rules = {a["alias"]: a["rule"] for a in data["aliases"]}
    assert rules.get("U.S.") == "country"
    assert all(a["example"] for a in data["aliases"])


def test_missing_path_is_one_line_and_exit_2(tmp_path):
    result = runner.invoke(app, ["build", str(tmp_path / "nope"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and "nope" in lines[0]
    assert "Traceback" not in result.output


def test_bad_usage_exit_2():
    assert runner.invoke(app, ["build", "--no-such-option"]).exit_code == 2


def test_mixed_folder_builds_good_files_and_lists_skipped(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_text("Microsoft acquired LinkedIn. Satya Nadella leads Microsoft.", encoding="utf-8")
    (src / "also.md").write_text("# Note\n\nApple hired Tim Cook in 1998.", encoding="utf-8")
    (src / "empty.txt").write_text("", encoding="utf-8")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (src / "latin1.txt").write_bytes("Renault sold its stake in Nissan, said the café owner.".encode("cp1252"))
    result = runner.invoke(app, ["build", str(src), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "empty.txt" in result.output and "binary.txt" in result.output
    assert "3 document(s)" in result.stdout
    data = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    assert {"Microsoft", "Renault"} <= {n["label"] for n in data["nodes"]}


def test_empty_corpus_exit_1(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(app, ["build", str(tmp_path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "no readable documents" in result.output


def test_unknown_model_gives_install_hint(tmp_path):
    (tmp_path / "a.txt").write_text("Microsoft bought LinkedIn.")
    result = runner.invoke(app, ["build", str(tmp_path), "-o", str(tmp_path / "o"), "--model", "xx_no_such_model"])
    assert result.exit_code == 1
    assert "pip install" in result.output


def test_malformed_alias_pack_names_file_and_line(tmp_path):
    (tmp_path / "a.txt").write_text("Microsoft bought LinkedIn.")
    pack = tmp_path / "pack.yaml"
    pack.write_text("entities:\n  - label: Foo\n    type: NOPE\n    aliases: [foo]\n")
    result = runner.invoke(app, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o"), "--aliases", str(pack)])
    assert result.exit_code == 1
    assert "pack.yaml:3" in result.output


def test_python_dash_m_kg_runs():
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "build" in proc.stdout
