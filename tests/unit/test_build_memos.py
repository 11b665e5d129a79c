"""A rebuild reads the last build's resolution and edge-classification memos while its forked
child parses (``kg.api._Memos`` through ``kg.api._warm``), once, and a build without a cache none."""

from __future__ import annotations

import kg.api as api
from kg.cache import CACHE_DIRNAME
from kg.predicates_memo import KeptPredicates
from kg.resolve_memo import ResolutionMemo


def test_no_cache_no_memos() -> None:
    memos = api._Memos(None)
    assert memos.resolution() is None and memos.predicates() is None


def test_warm_reads_the_memos_once(tmp_path) -> None:
    (tmp_path / CACHE_DIRNAME).mkdir()
    memos = api._Memos(tmp_path)
    api._warm(["json"], memos)  # what a rebuild does while its child parses
    kept = memos._kept
    assert kept is not None
    assert isinstance(kept[0], ResolutionMemo) and isinstance(kept[1], KeptPredicates)
    assert memos.resolution() is kept[0] and memos.predicates() is kept[1]  # not read again


def test_memos_read_when_first_needed_without_warm(tmp_path) -> None:
    memos = api._Memos(tmp_path)
    assert memos._kept is None
    assert isinstance(memos.resolution(), ResolutionMemo)
