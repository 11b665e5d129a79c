"""Reliability audit, section F: the content of the graph (clean aliases)."""

from __future__ import annotations

from kg.ingest import clean_text, strip_markdown


def test_f1_no_alias_carries_a_paragraph_break(extract):
    text = clean_text(strip_markdown("# Oracle and Walmart\n\nOracle and Walmart later joined the talks in Austin.\n").text)
    result, _ = extract(text)
    assert "Walmart" in {m.text for m in result.mentions}
    assert all(m.text == m.text.strip() for m in result.mentions)
