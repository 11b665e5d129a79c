"""Every row of kg.relations.RULES: its example sentence, through the real pipeline, fires it."""

from __future__ import annotations

import pytest

from kg.relations import RULES


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_rule_example_fires(extract, rule):
    result, _ = extract(rule.example)
    fired = {t.rule.partition("+")[0] for t in result.triples}
    assert rule.name in fired, (rule.example, sorted(fired))
