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
