"""Reliability audit, section A: bad and hostile input files (../shared/reviews/reliability-2026-12.md).

Each test names its audit case and asserts what a trustworthy tool does: the bad file is skipped
by name with its reason, the good ones are built, exit 0, no traceback, nothing hangs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()
GOOD = "Apple bought Beats in 2014. Tim Cook praised the deal in Cupertino.\n"


def kg(*args: str):
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.output
    return result


def source(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    return src


def labels(out: Path) -> set[str]:
    return {n["label"] for n in json.loads((out / "graph.json").read_text(encoding="utf-8"))["nodes"]}


def test_a7_a8_utf16_without_bom_is_decoded(tmp_path):
    src = source(tmp_path)
    (src / "le.txt").write_bytes("Siemens acquired Mentor Graphics in Munich.".encode("utf-16-le"))
    (src / "be.txt").write_bytes("Nestlé bought GitHub in Zürich.".encode("utf-16-be"))
    result = kg("build", str(src), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "skipped" not in result.output
    assert {"Siemens", "Mentor Graphics", "GitHub", "Zürich"} <= labels(tmp_path / "out")


def test_a11_a12_a19_longer_than_the_model_limit_is_parsed_in_pieces(tmp_path, nlp, monkeypatch):
    """spaCy's E088 (text over ``nlp.max_length``) used to abort the build with no outputs. The
    limit is lowered here so that the case runs in seconds; the mechanism is the same."""
    monkeypatch.setattr(nlp, "max_length", 2_000)
    src = source(tmp_path)
    story = "Microsoft bought GitHub in 2018. Satya Nadella praised the deal in Redmond.\n\n"
    (src / "long.txt").write_text(story * 120, encoding="utf-8")  # 9,000 characters
    (src / "line.txt").write_text("word " * 1_000 + "Oracle hired Larry Ellison.", encoding="utf-8")
    (src / "r.jsonl").write_text(json.dumps({"id": "huge", "text": "Amazon bought Whole Foods. " * 200}) + "\n",
                                 encoding="utf-8")
    result = kg("build", str(src), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "4 document(s)" in result.stdout
    graph = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    assert {"Microsoft", "GitHub", "Amazon", "Whole Foods", "Apple"} <= {n["label"] for n in graph["nodes"]}
    text = (src / "long.txt").read_text(encoding="utf-8").strip()
    evidence = [ev for edge in graph["edges"] for ev in edge["evidence"] if ev["doc"] == "long.txt"]
    assert evidence
    for ev in evidence:  # offsets refer to the whole cleaned document
        assert text[ev["start"]:ev["end"]] == ev["sentence"]


def test_pieces_offsets_point_into_the_whole_document(extractor, nlp, monkeypatch):
    from kg.model import Document

    monkeypatch.setattr(nlp, "max_length", 1_500)
    text = "\n\n".join(f"Company {chr(65 + i % 26)}x bought Startup{i} in Paris. Mary Smith{i} said so."
                       for i in range(60))
    result = extractor.one(Document("d", text))
    assert result.mentions and result.triples
    assert max(m.end for m in result.mentions) > 1_500
    for m in result.mentions:
        assert text[m.start:m.end] == m.text
        assert m.sent_start <= m.start < m.end <= m.sent_end
    for t in result.triples:
        assert text[t.evidence.start:t.evidence.end] == t.evidence.sentence
        assert result.mentions[t.head].sent_start == result.mentions[t.tail].sent_start


def test_a20_long_document_with_two_jobs(tmp_path, nlp, monkeypatch):
    monkeypatch.setattr(nlp, "max_length", 2_000)  # the forked workers inherit it
    src = source(tmp_path)
    (src / "long.txt").write_text("Boeing delivered planes to Ryanair in Dublin.\n\n" * 100, encoding="utf-8")
    result = kg("build", str(src), "-o", str(tmp_path / "out"), "--jobs", "2", "--no-cache")
    assert result.exit_code == 0, result.output
    assert {"Boeing", "Ryanair"} <= labels(tmp_path / "out")


def test_max_doc_chars_skips_with_a_message(tmp_path):
    src = source(tmp_path)
    (src / "big.txt").write_text("Intel opened a plant in Ohio. " * 100, encoding="utf-8")
    (src / "r.jsonl").write_text(json.dumps({"id": "big", "text": "x " * 2_000}) + "\n", encoding="utf-8")
    result = kg("build", str(src), "-o", str(tmp_path / "out"), "--max-doc-chars", "1000")
    assert result.exit_code == 0, result.output
    assert "big.txt: 2,999 characters, over the --max-doc-chars limit of 1,000" in result.output
    assert "line 1: 3,999 characters, over the --max-doc-chars limit" in result.output
    assert "Skipped 1 file(s) and 1 JSON Lines line(s)" in result.stdout
    assert "Intel" not in labels(tmp_path / "out")


def test_a18_summary_counts_files_and_lines_apart(tmp_path):
    src = source(tmp_path)
    (src / "r.jsonl").write_text('{"id": "ok", "text": "Oracle hired Larry Ellison."}\nnot json\n{"id": 1}\n',
                                 encoding="utf-8")
    (src / "empty.txt").write_text("", encoding="utf-8")
    result = kg("build", str(src), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "Skipped 1 file(s) and 2 JSON Lines line(s) (reasons above)." in result.stdout


def test_a21_file_symlink_loop_is_skipped_with_its_reason(tmp_path):
    src = source(tmp_path)
    os.symlink("loopB.txt", src / "loopA.txt")
    os.symlink("loopA.txt", src / "loopB.txt")
    os.symlink("self.txt", src / "self.txt")
    result = kg("build", str(src), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    for name in ("loopA.txt", "loopB.txt", "self.txt"):
        assert f"{name}: symlink loop" in result.output
    assert "Apple" in labels(tmp_path / "out")


def test_a22_a23_symlinked_folders_are_followed_once(tmp_path):
    src = source(tmp_path)
    real = tmp_path / "realdocs"
    real.mkdir()
    (real / "x.txt").write_text("Microsoft bought GitHub in 2018.", encoding="utf-8")
    os.symlink(real, src / "linked_docs")
    os.symlink(real, src / "again")  # a second way to the same folder
    (src / "sub").mkdir()
    os.symlink("..", src / "sub" / "up")  # a cycle
    result = kg("build", str(src), "-o", str(tmp_path / "out"), "--verbose")
    assert result.exit_code == 0, result.output
    assert "2 document(s)" in result.stdout
    assert "GitHub" in labels(tmp_path / "out")
    assert "up: symlinked folder already read (not followed again)" in result.output
    assert "linked_docs/x.txt" in result.output or "again/x.txt" in result.output


@pytest.mark.parametrize("name", ["pipe.jsonl", "pipe.txt"])
def test_a39_a40_fifo_is_never_opened(tmp_path, name):
    src = source(tmp_path)
    os.mkfifo(src / name)
    code = ("import sys; from kg.ingest import count_documents, iter_documents; "
            "print(count_documents([sys.argv[1]]), len(list(iter_documents([sys.argv[1]], on_skip=print))))")
    run = subprocess.run([sys.executable, "-c", code, str(src)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert f"{name}', reason='not a regular file'" in run.stdout
    assert run.stdout.strip().endswith("1")


@pytest.mark.parametrize("name", ["zero.jsonl", "zero.txt"])
def test_a41_a42_symlink_to_dev_zero_is_never_read(tmp_path, name):
    src = source(tmp_path)
    os.symlink("/dev/zero", src / name)
    result = kg("build", str(src), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert f"{name}: not a regular file" in result.output


def test_a44_yaml_alias_bomb_in_front_matter_is_not_expanded(tmp_path):
    src = source(tmp_path)
    levels = "abcdefghi"
    lines = ["---", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"{c}: &{c} [" + ",".join([f"*{p}"] * 9) + "]" for p, c in zip(levels, levels[1:])]
    lines += ["title: *i", "---", "# Heading", "", "Microsoft bought GitHub in 2018."]
    (src / "bomb.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    from kg.ingest import strip_markdown

    md = strip_markdown((src / "bomb.md").read_text(encoding="utf-8"))  # 9 levels: 9^9 strings if expanded
    assert md.title == "Heading" and "Microsoft bought GitHub" in md.text
    result = kg("build", str(src), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "GitHub" in labels(tmp_path / "out")


def test_a45_front_matter_python_tag_is_not_run(tmp_path):
    from kg.ingest import strip_markdown

    marker = tmp_path / "PWNED"
    md = strip_markdown(f"---\ntitle: !!python/object/apply:os.system ['touch {marker}']\n---\nText.\n")
    assert not marker.exists() and md.text.strip() == "Text."


@pytest.mark.parametrize("target", ["file", "below"])
def test_a32_a33_output_that_is_a_file_fails_before_parsing(tmp_path, target):
    src = source(tmp_path)
    outfile = tmp_path / "outfile"
    outfile.write_text("hi", encoding="utf-8")
    out = outfile if target == "file" else outfile / "sub"
    result = kg("build", str(src), "-o", str(out))
    assert result.exit_code == 1
    assert "kg: error:" in result.output and "is a file" in result.output
    assert "cache" not in result.output  # it stopped before opening the cache, let alone parsing
    assert outfile.read_text(encoding="utf-8") == "hi"


def test_a38_output_equal_to_the_source_folder_never_reads_outputs_back(tmp_path):
    src = source(tmp_path)
    assert kg("build", str(src), "-o", str(src), "-q").exit_code == 0
    result = kg("build", str(src), "-o", str(src), "--verbose")
    assert result.exit_code == 0, result.output
    assert "  good.txt:" in result.output and "  graph.html:" not in result.output  # --verbose per-document lines
    assert "1 document(s)" in result.stdout
