"""`kg render`: a picture of a saved graph.json from the command line."""

from __future__ import annotations

from typer.testing import CliRunner

from html_graphs import sample_graph
from kg.cli import app
from kg.export.json_io import write_json

runner = CliRunner()


def test_render_png_and_focused_svg(tmp_path):
    graph = write_json(sample_graph(), tmp_path / "graph.json")
    result = runner.invoke(app, ["render", str(graph), "-o", str(tmp_path / "g.png")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "g.png").read_bytes()[:4] == b"\x89PNG"
    result = runner.invoke(app, ["render", str(graph), "-o", str(tmp_path / "n.svg"),
                                 "--focus", "byte skipping", "--depth", "1", "--title", "Who"])
    assert result.exit_code == 0, result.output
    svg = (tmp_path / "n.svg").read_text(encoding="utf-8")
    assert "Who" in svg and "Donald Trump" in svg and "Oracle" not in svg


def test_render_errors(tmp_path):
    graph = write_json(sample_graph(), tmp_path / "graph.json")
    result = runner.invoke(app, ["render", str(graph), "-o", str(tmp_path / "g.jpg")])
    assert result.exit_code == 2 and ".png or .svg" in result.output
    result = runner.invoke(app, ["render", str(graph), "-o", str(tmp_path / "g.png"), "--focus", "Nobody"])
    assert result.exit_code == 1 and "no entity named 'Nobody'" in result.output
    result = runner.invoke(app, ["render", str(tmp_path / "missing.json")])
    assert result.exit_code == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.json"]
