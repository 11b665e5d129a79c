"""A build without a cache folder (``kg.build(..., cache=False)``, called once per document by a
notebook or a scorer) hashes kg's sources once per process and state of the tree, not per call."""

from __future__ import annotations

import os

import pytest

import kg.cache as cache


def _tree(tmp_path):
    root = tmp_path / "kg"
    root.mkdir()
    (root / "__init__.py").write_text("")
    (root / "extract.py").write_text("from kg.model import Thing\n")
    (root / "model.py").write_text("class Thing: pass\n")
    return root


def test_without_a_memo_the_walk_runs_once_per_state_of_the_tree(tmp_path, monkeypatch):
    root = _tree(tmp_path)
    first = cache.code_fingerprint(root)
    walk = cache._code_hash

    def no_walk(*args):
        raise AssertionError("walked again")

    monkeypatch.setattr(cache, "_code_hash", no_walk)
    assert cache.code_fingerprint(root) == first  # kept: no walk
    (root / "model.py").write_text("class Thing:\n    x = 1\n")
    os.utime(root / "model.py", ns=(1, 1))
    with pytest.raises(AssertionError, match="walked again"):  # an edit is seen: it must walk
        cache.code_fingerprint(root)
    monkeypatch.setattr(cache, "_code_hash", walk)
    second = cache.code_fingerprint(root)
    assert second != first and second == walk(root, cache.EXTRACTION_MODULE)


def test_the_kept_hash_is_the_one_a_fresh_walk_gives(tmp_path):
    root = _tree(tmp_path)
    assert cache.code_fingerprint(root) == cache.code_fingerprint(root) == cache._code_hash(root, cache.EXTRACTION_MODULE)
    assert cache.code_fingerprint(root, module="kg.model") == cache._code_hash(root, "kg.model")
