"""Cheap changes: a rebuild after one changed document writes the bytes a full build would, and
outputs whose content did not change are left untouched (same file, same mtime)."""

from __future__ import annotations

import os

import pytest

import kg

from conftest import append_to_document, split_seed_corpus

OUTPUTS = ("graph.json", "graph.graphml", "graph.gexf", "triples.csv", "graph.html")


def _stamps(out) -> dict[str, tuple[int, int]]:
    return {name: (os.stat(out / name).st_ino, os.stat(out / name).st_mtime_ns) for name in OUTPUTS}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A corpus of short documents built once into an output folder (cache and layouts kept)."""
    src = split_seed_corpus(tmp_path_factory.mktemp("inc_src"))
    out = tmp_path_factory.mktemp("inc_out")
    kg.build([str(src)], output_dir=out)
    return src, out


def test_a_rebuild_that_changes_nothing_rewrites_no_output(built):
    src, out = built
    before = _stamps(out)
    result = kg.build([str(src)], output_dir=out)
    assert result.cached == result.documents
    assert _stamps(out) == before


def test_one_changed_document_gives_the_bytes_of_a_full_rebuild(built, tmp_path):
    src, out = built
    append_to_document(src, 3)
    before = _stamps(out)

    result = kg.build([str(src)], output_dir=out)  # from the cache and the memoised layouts
    assert result.cached == result.documents - 1
    full = kg.build([str(src)], output_dir=tmp_path, cache=False)  # from scratch
    assert full.documents == result.documents
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (tmp_path / name).read_bytes(), name
    assert _stamps(out)["graph.json"] != before["graph.json"]  # what changed was replaced
