"""Alias packs: the YAML format, its validation errors, matching."""

from __future__ import annotations

import pytest

from kg.aliases import AliasIndex, AliasPackError, discover_packs, load_pack, load_packs


def write(tmp_path, text, name="pack.yaml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_load_and_match_case_insensitively(tmp_path):
    p = write(tmp_path, """
entities:
  - label: ByteDance
    type: ORG
    aliases: [byte skipping, byte jump]
    patterns: ['byte\\s+hop\\w*']
""")
    index = load_packs([p])
    text = "Byte  Skipping met byte hopping and BYTEDANCE, not bytes."
    found = [(m.text, m.entry.label, m.how) for m in index.find(text)]
    assert found == [("Byte  Skipping", "ByteDance", "alias"), ("byte hopping", "ByteDance", "pattern"),
                     ("BYTEDANCE", "ByteDance", "alias")]
    assert index.lookup("byte jump").label == "ByteDance"


def test_longest_alias_wins(tmp_path):
    p = write(tmp_path, """
entities:
  - {label: Bank of China, type: ORG, aliases: [bank of china]}
  - {label: China, type: GPE, aliases: [china]}
""")
    found = [m.entry.label for m in load_packs([p]).find("the Bank of China and China")]
    assert found == ["Bank of China", "China"]


def test_an_acronym_the_text_spells_out_as_another_name_is_no_match(tmp_path):
    """A Korean story's "Fair Trade Commission (FTC)" is not the pack's Federal Trade Commission;
    a story that spells FTC out as the pack does, or never spells it out, keeps the match."""
    p = write(tmp_path, "- {label: Federal Trade Commission, type: ORG, aliases: [FTC]}\n")
    index = load_packs([p])
    assert index.find("The Fair Trade Commission (FTC) fined Hanbit. The FTC said so.") == []
    assert [m.text for m in index.find("The Federal Trade Commission (FTC) fined Meta. The FTC said so.")] == [
        "Federal Trade Commission", "FTC", "FTC"]
    assert [m.text for m in index.find("The FTC fined Meta.")] == ["FTC"]


def test_a_bare_list_is_accepted(tmp_path):
    p = write(tmp_path, "- {label: Grindr, type: ORG}\n")
    assert load_pack(p)[0].label == "Grindr"


@pytest.mark.parametrize("text,line,words", [
    ("entities:\n  - label: X\n    type: BANANA\n", 3, "type"),
    ("entities:\n  - type: ORG\n    aliases: [x]\n", 2, "label"),
    ("entities:\n  - label: X\n    aliases: x\n", 3, "list"),
    ("entities:\n  - label: X\n    colour: red\n", 2, "unknown key"),
    ("entities:\n  - label: X\n    patterns: ['(unclosed']\n", 3, "bad pattern"),
    ("entities: [\n  {label: X\n", 3, "YAML"),
    ("foo: bar\n", 1, "entities"),
])
def test_malformed_pack_names_file_and_line(tmp_path, text, line, words):
    p = write(tmp_path, text)
    with pytest.raises(AliasPackError) as exc:
        load_pack(p)
    msg = str(exc.value)
    assert msg.startswith(f"{p}:{line}:") or msg.startswith(f"{p}:{line}"), msg
    assert words.lower() in msg.lower()


def test_missing_pack_file(tmp_path):
    with pytest.raises(AliasPackError, match="cannot read"):
        load_pack(tmp_path / "nope.yaml")


def test_discover_pack_at_source_root(tmp_path):
    write(tmp_path, "entities: []\n", "aliases.yaml")
    assert list(discover_packs([tmp_path])) == [tmp_path / "aliases.yaml"]


def test_fingerprint_changes_with_content(tmp_path):
    a = load_packs([write(tmp_path, "- {label: A, type: ORG}\n", "a.yaml")])
    b = load_packs([write(tmp_path, "- {label: B, type: ORG}\n", "b.yaml")])
    assert a.fingerprint() != b.fingerprint() and AliasIndex().fingerprint()


def test_a_kept_pack_is_what_parsing_gives_and_a_changed_or_broken_one_is_read_again(tmp_path, monkeypatch):
    """Packs are kept parsed in the user's cache (``kg.stored``): the kept entries equal a fresh
    parse; an edited pack is parsed again; a pack that fails its checks is never kept."""
    import kg.aliases as aliases

    monkeypatch.setenv("KG_CACHE_HOME", str(tmp_path / "cache"))
    p = write(tmp_path, "entities:\n  - label: Acme Corp\n    type: ORG\n    aliases: [Acme]\n"
                        "    patterns: ['acme\\s+co\\w*']\n")
    parsed = aliases._parse(p.read_text(encoding="utf-8"), p)
    assert load_pack(p) == parsed and load_pack(p)[0].pattern_lines == parsed[0].pattern_lines == (5,)
    monkeypatch.setattr(aliases, "_parse", lambda text, path: pytest.fail("parsed again"))
    assert load_pack(p) == parsed  # kept
    monkeypatch.undo()
    monkeypatch.setenv("KG_CACHE_HOME", str(tmp_path / "cache"))
    write(tmp_path, "entities:\n  - label: Acme Corp\n    type: ORG\n    aliases: [Acme Inc]\n")
    assert load_pack(p)[0].aliases == ("Acme Inc",)
    write(tmp_path, "entities:\n  - label: Acme Corp\n    type: ORG\n    aliases: [the]\n")
    for _ in range(2):
        with pytest.raises(AliasPackError, match="common word"):
            load_pack(p)


def test_reading_a_pack_kept_before_imports_no_yaml(tmp_path):
    """kg's own pack, kept parsed, is read without PyYAML (its import: 0.012 s of every build)."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, KG_CACHE_HOME=str(tmp_path / "cache"))
    code = ("import sys, kg.api, kg.aliases as a; a.load_pack(a.BUILTIN_PACK); "
            "print('yaml' in sys.modules)")
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
            for _ in range(2)]
    assert [r.stdout.strip() for r in runs] == ["True", "False"]  # parsed once, then kept
