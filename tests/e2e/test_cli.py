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


def test_explain_says_where_resolution_declined_a_merge_and_why(tmp_path):
    import networkx as nx

    from kg.export.json_io import write_json

    why = "fits two people in one document: Ian Jackson, Peter Jackson"
    G = nx.MultiDiGraph()
    G.add_node("jackson", label="Jackson", type="PERSON", aliases=["Jackson", "Mr Jackson"], mentions=3,
               docs=["s4.txt"], merges=[{"alias": "Jackson", "rule": "label", "count": 2, "apart": why},
                                        {"alias": "Mr Jackson", "rule": "title", "count": 1}])
    graph = write_json(G, tmp_path / "graph.json")
    result = runner.invoke(app, ["explain", str(graph), "Jackson"], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    assert f"Jackson kept apart: {why}" in result.stdout
    assert "Mr Jackson kept apart" not in result.stdout
    result = runner.invoke(app, ["explain", str(graph), "Jackson", "--json"])
    assert [a["apart"] for a in json.loads(result.stdout)["aliases"]] == [why, None]


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


# ----------------------------------------------------------------------------- near-miss names

@pytest.mark.parametrize("name, suggested", [
    ("Microsfot", "Microsoft"), ("Bytedanse", "ByteDance"), ("tik tok", "TikTok"), ("Zhang", "Zhang Yiming"),
])
@pytest.mark.parametrize("command", ["show", "explain", "render"])
def test_near_miss_name_suggests_and_exits_1_without_traceback(built, tmp_path, command, name, suggested):
    out, _ = built
    args = [command, str(out / "graph.json"), name]
    if command == "render":
        args = ["render", str(out / "graph.json"), "-o", str(tmp_path / "n.png"), "--focus", name]
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert f"did you mean: {suggested}" in result.stderr
    assert not (tmp_path / "n.png").exists()


# ----------------------------------------------------------------------------- CLI niceties

def test_version():
    import kg

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"kg {kg.__version__}"


def test_kg_alone_prints_help_to_stderr():
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "kg"], capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "Usage" in proc.stderr and "build" in proc.stderr


def test_eval_prints_a_table_not_python_lists(built, tmp_path):
    out, _ = built
    gold = tmp_path / "gold.yaml"
    gold.write_text(
        "entities:\n"
        "  - {id: ms, names: [Microsoft], core: true}\n"
        "  - {id: nobody, names: [Nobody Atall]}\n"
        "relations:\n"
        "  - {head: ms, tail: [nobody, ms], keywords: [bought]}\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(out / "graph.json"), str(gold)])
    assert result.exit_code == 0, result.output
    assert "figure" in result.stdout and "entities_core" in result.stdout and "1/1" in result.stdout
    assert "nobody" in result.stdout
    assert "['" not in result.stdout and "[1, 1]" not in result.stdout


def test_build_summary_names_the_page_and_the_entities_with_no_relation(built):
    import kg

    out, result = built
    G = kg.load(out / "graph.json")
    isolated = sum(1 for n in G if G.degree(n) == 0)
    assert isolated > 0
    assert f"{isolated} of {G.number_of_nodes()} entities have no relation." in result.stdout
    assert f"Open {out / 'graph.html'} in a browser" in result.stdout


def test_build_tells_when_the_model_loads(tmp_path):
    import kg

    (tmp_path / "a.txt").write_text("Microsoft bought LinkedIn.", encoding="utf-8")
    stages: list[str] = []
    kg.build([tmp_path / "a.txt"], output_dir=tmp_path / "o", on_stage=stages.append)
    assert stages == ["loading model", "extracting", "resolving", "writing"]
    stages.clear()
    kg.build([tmp_path / "a.txt"], output_dir=tmp_path / "o", on_stage=stages.append)
    assert stages == ["resolving", "writing"]  # all from the cache: no model to load


def test_rate_and_time_left_count_from_the_end_of_the_model_load():
    from rich.progress import Progress

    from kg.cli_progress import RateColumn

    now = [0.0]
    progress = Progress(RateColumn(), get_time=lambda: now[0], disable=True)
    task = progress.add_task("loading model", total=100, started=None)
    now[0] = 30.0  # the model took 30 s to load: no rate yet, and none made up
    assert progress.columns[0].render(progress.tasks[0]).plain == "… docs/s"
    progress.update(task, started=30.0, base=0)
    now[0] = 40.0
    progress.advance(task, 20)
    assert progress.columns[0].render(progress.tasks[0]).plain == "2.0 docs/s, 0:40 left"
    now[0] = 50.0
    progress.update(task, description="writing", total=20)  # extraction over: the rate stays put
    now[0] = 90.0
    assert progress.columns[0].render(progress.tasks[0]).plain == "1.0 docs/s"


# ----------------------------------------------------------------------------- no markup from data

MARKUP_NAME = "[red]FAKE[bold].txt"
MARKUP_LABEL = "Acme [/x] [bold]Corp"


def test_build_prints_markup_like_file_names_as_they_are(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / MARKUP_NAME).write_text("", encoding="utf-8")  # skipped: empty
    (src / "[").mkdir()  # so that a path reads ".../[/x].txt", a closing tag to Rich
    (src / "[" / "x].txt").write_text("Microsoft bought LinkedIn in 2016.", encoding="utf-8")
    (src / "[" / "[b]gone.txt").write_text("", encoding="utf-8")
    (src / "ok.txt").write_text("Apple hired Tim Cook.", encoding="utf-8")
    result = runner.invoke(app, ["build", str(src), "-o", str(tmp_path / "out"), "--verbose"])
    assert result.exit_code == 0, result.output
    assert MARKUP_NAME in result.stderr  # the skip names the real file
    assert "[/[b]gone.txt" in result.stderr
    assert "[/x].txt:" in result.stderr  # --verbose lists each document


def _markup_graph(tmp_path):
    import networkx as nx

    from kg.export.json_io import write_json

    G = nx.MultiDiGraph()
    G.add_node("acme", label=MARKUP_LABEL, type="ORG", aliases=[MARKUP_LABEL, "[red]acme"], mentions=3,
               docs=[MARKUP_NAME],
               merges=[{"alias": "[red]acme", "rule": "variant", "count": 1,
                        "example": {"doc": MARKUP_NAME, "start": 0, "end": 20, "sentence": "[red]acme [/] sued"}}])
    G.add_node("b", label="[/b]Beta", type="ORG", aliases=["[/b]Beta"], mentions=1, docs=[MARKUP_NAME])
    G.add_edge("acme", "b", relation="[/rel] sued", confidence=0.9,
               evidence=[{"doc": MARKUP_NAME, "sentence": "[red]acme [/] sued [/b]Beta.", "start": 0, "end": 20}])
    return write_json(G, tmp_path / "graph.json")


@pytest.mark.parametrize("args, expected", [
    (["show", "acme"], [MARKUP_LABEL, "[/rel] sued", "[/b]Beta", f"[{MARKUP_NAME}] [red]acme [/] sued"]),
    (["explain", "acme"], [MARKUP_LABEL, "[red]acme", "[red]acme [/] sued"]),
    (["stats"], [MARKUP_LABEL, "[/b]Beta", "[/rel] sued"]),
])
def test_show_explain_stats_print_markup_like_data_as_it_is(tmp_path, args, expected):
    graph = _markup_graph(tmp_path)
    result = runner.invoke(app, [args[0], str(graph), *args[1:]], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    for text in expected:
        assert text in result.stdout, text


def test_an_error_quoting_markup_like_input_prints_it_as_it_is(tmp_path):
    graph = _markup_graph(tmp_path)
    result = runner.invoke(app, ["show", str(graph), "[/nope] [bold]x"])
    assert result.exit_code == 1
    assert "no entity named '[/nope] [bold]x'" in result.stderr
