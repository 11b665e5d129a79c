"""Reliability audit, section B: hostile and malformed alias packs.

A bad pack stops the build with one ``kg: error: FILE:LINE: reason`` line (rc 1; rc 2 for a pack
that does not exist), never a traceback or a hang; a pattern runs under a time limit.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.aliases import AliasIndex, AliasPackError, PackEntry, PatternTimeout, load_pack
from kg.cli import app

runner = CliRunner()


@pytest.fixture
def src(tmp_path: Path) -> Path:
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "good.txt").write_text("Microsoft denied it. The byte jump app grew in Texas.\n", encoding="utf-8")
    return folder


def build_with(src: Path, pack: Path, *extra: str):
    result = runner.invoke(app, ["build", str(src), "-o", str(src.parent / "out"), "--aliases", str(pack), *extra])
    assert "Traceback" not in result.output
    return result


def pack(tmp_path: Path, body: str | bytes, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    if isinstance(body, str):
        path.write_text(body, encoding="utf-8")
    else:
        path.write_bytes(body)
    return path


@pytest.mark.parametrize("body, where, message", [
    ("entities: [{label: ByteDance, type: [PERSON], aliases: [byte jump]}]\n", ":1:", "'type' must be one of"),  # B7
    ("entities: [{label: null, type: ORG, aliases: [x]}]\n", ":1:", "entity without a 'label'"),  # B13
    ("entities: [{label: Acme, type: ORG, aliases: [~, 'no']}]\n", ":1:", "non-empty strings"),  # B13
    ("entities: [{label: The Trade Desk, type: ORG, aliases: [the]}]\n", ":1:", "alias 'the' is a common word"),  # B22
    ("entities:\n  - label: Everything Inc\n    patterns: ['\\w+']\n", ":3:", "matches the common word"),  # B23
    ("entities:\n  - label: Evil\n    patterns: ['byte(']\n", ":3:", "bad pattern 'byte('"),  # B15
])
def test_b_malformed_packs_stop_with_file_and_line(src, tmp_path, body, where, message):
    path = pack(tmp_path, body)
    result = build_with(src, path)
    assert result.exit_code == 1
    assert f"kg: error: {path}{where}" in result.output and message in result.output


def test_b16_inline_flag_pattern_works(src, tmp_path):
    path = pack(tmp_path, "entities:\n  - label: ByteDance\n    patterns: ['(?i)byte\\s+jump']\n")
    assert [m.text for m in AliasIndex(load_pack(path)).find("The BYTE  jump app")] == ["BYTE  jump"]
    result = build_with(src, path)
    assert result.exit_code == 0, result.output


def test_b17_latin1_pack_is_refused_clearly(src, tmp_path):
    path = pack(tmp_path, b"entities:\n  - label: Caf\xe9 Oracle\n    type: ORG\n")
    result = build_with(src, path)
    assert result.exit_code == 1
    assert f"kg: error: {path}:2: not UTF-8 text (byte 0xe9); save the alias pack as UTF-8" in result.output


def test_b18_binary_pack_is_refused_clearly(src, tmp_path):
    path = pack(tmp_path, Path("/bin/ls").read_bytes())
    result = build_with(src, path)
    assert result.exit_code == 1
    assert f"kg: error: {path}: a binary file, not a YAML alias pack" in result.output


def test_b18_device_as_pack_is_never_read(src, tmp_path):
    result = build_with(src, Path("/dev/zero"))
    assert result.exit_code == 1
    assert "kg: error: /dev/zero: cannot read alias pack (not a regular file)" in result.output


def test_b19_missing_pack_is_a_usage_error(src, tmp_path):
    result = build_with(src, tmp_path / "nonexistent.yaml")
    assert result.exit_code == 2
    assert "alias pack not found" in result.output


def test_b20_audit_pattern_builds_in_bounded_time(src, tmp_path):
    """The audit's ``(a+)+$`` over 40 a's hung ``re``; the ``regex`` engine matches it at once."""
    (src / "aaa.txt").write_text("The sensor reading was " + "a" * 40 + "! Microsoft denied it.\n", encoding="utf-8")
    path = pack(tmp_path, "entities:\n  - label: Evil Corp\n    type: ORG\n    patterns: ['(a+)+$']\n")
    result = build_with(src, path, "--no-cache")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("pattern", ["(a|aa)+$", "(a|a)+$", "(1|11)+x"])
def test_b20_catastrophic_pattern_is_rejected_at_load(src, tmp_path, pattern):
    path = pack(tmp_path, f"entities:\n  - label: Evil Corp\n    type: ORG\n    patterns: ['{pattern}']\n")
    started = time.monotonic()
    result = build_with(src, path)
    assert result.exit_code == 1
    assert f"{path}:4: pattern" in result.output and "catastrophic backtracking" in result.output
    assert time.monotonic() - started < 60  # generous: the point is that it ends


def test_b20_pattern_over_its_time_limit_on_a_document_names_file_and_line(monkeypatch):
    """A pattern the load-time probes miss still cannot hang a build: matching has a time limit."""
    import kg.aliases as aliases

    monkeypatch.setattr(aliases, "MATCH_SECONDS", 0.05)
    monkeypatch.setattr(aliases, "MATCH_SECONDS_PER_MB", 0.0)
    entry = PackEntry("Evil", "ORG", patterns=("(?:ab|a)(?:ab|a)*(?:ab|a)*c",), source="p.yaml", pattern_lines=(7,))
    index = AliasIndex([entry])
    with pytest.raises(PatternTimeout, match=r"^p\.yaml:7: pattern .* ran over its"):
        index.find("ab" * 3000)
    assert issubclass(PatternTimeout, AliasPackError)  # the CLI reports it like any bad pack
