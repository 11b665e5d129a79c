"""The last build's edge classifications (kg.predicates_memo) answer exactly what
kg.predicates.edge_attributes answers, and only under the same code fingerprint."""

from __future__ import annotations

import pytest

import kg.predicates_memo as memo_module
from kg.predicates import edge_attributes
from kg.predicates_memo import KeptPredicates

ASKED = [
    ("global ceo of", "as_role", {"PERSON"}, {"ORG"}, None, False),
    ("town in", "appos", {"GPE"}, {"GPE", "COUNTRY"}, None, False),
    ("born in", "svo", {"PERSON"}, {"GPE"}, None, True),
    ("founded", "svo", {"PERSON"}, {"ORG"}, "founded_by", False),
    ("ate", "svo", {"PERSON"}, {"PRODUCT"}, None, False),  # no predicate: other
]


def ask(kept: KeptPredicates) -> list[dict]:
    return [kept.edge_attributes(r, rule, h, t, declared=d, negated=n) for r, rule, h, t, d, n in ASKED]


def truth() -> list[dict]:
    return [edge_attributes(r, rule, h, t, declared=d, negated=n) for r, rule, h, t, d, n in ASKED]


def test_kept_answers_are_the_classifier_s_and_spare_asking_it_again(tmp_path, monkeypatch):
    path = tmp_path / "predicates.marshal"
    first = KeptPredicates(path, "code-1")
    assert ask(first) == truth()
    first.save()

    def never(*_a, **_k):
        raise AssertionError("asked again")

    monkeypatch.setattr(memo_module, "edge_attributes", never)
    again = KeptPredicates(path, "code-1")
    answers = ask(again)
    monkeypatch.undo()
    assert answers == truth()
    answers[0]["predicate"] = "changed by the caller"  # a copy: the kept answer stays
    assert ask(again) == truth()


@pytest.mark.parametrize("spoil", ["code", "damaged", "removed"])
def test_another_code_or_a_damaged_file_keeps_nothing(tmp_path, monkeypatch, spoil):
    path = tmp_path / "predicates.marshal"
    first = KeptPredicates(path, "code-1")
    ask(first)
    first.save()
    if spoil == "damaged":
        path.write_bytes(path.read_bytes()[:20])
    elif spoil == "removed":
        path.unlink()
    kept = KeptPredicates(path, "code-2" if spoil == "code" else "code-1")
    assert kept.kept == {}
    assert ask(kept) == truth()


def test_only_the_answers_a_build_used_are_kept(tmp_path):
    path = tmp_path / "predicates.marshal"
    first = KeptPredicates(path, "c")
    ask(first)
    first.save()
    second = KeptPredicates(path, "c")
    second.edge_attributes(*ASKED[0][:4])
    second.save()
    assert len(KeptPredicates(path, "c").kept) == 1
