"""A rebuild's cached results read in a few queries and decoded without the records' ``__init__``
(``ResultCache.get_many``, ``kg.model.restore``): the same results, misses and damage as ``get``."""

from __future__ import annotations

import json
import sqlite3

import pytest

from kg.cache import ResultCache
from kg.model import DocResult, Evidence, Mention, Triple, restore


def _result(doc: str) -> DocResult:
    ev = Evidence(doc=doc, sentence="Ann Lee met Bob Ray in Paris.", start=0, end=29)
    mentions = [Mention(doc, 0, 7, "Ann Lee", "PERSON", 0, 29), Mention(doc, 12, 19, "Bob Ray", "PERSON", 0, 29),
                Mention(doc, 23, 28, "Paris", "GPE", 0, 29, origin="ner", canonical="Paris", form=None)]
    return DocResult(doc=doc, mentions=mentions, triples=[Triple(0, "met", 1, ev, 0.8, "svo", attrs={"a": "b"})],
                     title="T", date="2001-09-11", acronyms={"UN": "United Nations"}, examples={"Paris": ev})


def test_restore_gives_the_records_init_gives() -> None:
    m = Mention("d", 0, 3, "Ann", "PERSON", 0, 9, canonical="Ann")
    stored = json.loads(json.dumps(m.__dict__))
    back = restore(Mention, stored)
    assert back == m and hash(back) == hash(m) and type(back) is Mention
    assert list(vars(back)) == list(vars(m))  # the fields' order too
    with pytest.raises(AttributeError):  # still frozen
        back.text = "Bob"  # type: ignore[misc]


def test_restore_of_another_dict_goes_through_init() -> None:
    short = {"doc": "d", "start": 0, "end": 3, "text": "Ann", "type": "PERSON", "sent_start": 0, "sent_end": 9}
    assert restore(Mention, short) == Mention("d", 0, 3, "Ann", "PERSON", 0, 9)  # defaults filled in
    assert restore(Mention, short).origin == "ner"
    with pytest.raises(TypeError):  # a field the record does not have fails as before
        restore(Mention, {**short, "origin": "ner", "canonical": None, "form": None, "extra": 1})


def test_from_dict_round_trip() -> None:
    r = _result("d1")
    assert DocResult.from_dict(json.loads(json.dumps(r.to_dict()))) == r


def test_get_many_matches_get(tmp_path) -> None:
    store = ResultCache(tmp_path)
    keys = [f"k{i}" for i in range(7)]
    for i, key in enumerate(keys):
        if i != 3:  # k3 never stored: a miss
            store.put(key, _result(f"d{i}"))
    store.db.execute("UPDATE results SET data = data || ' ' WHERE key = 'k5'")  # damaged: checksum fails
    store.close()
    store = ResultCache(tmp_path)  # a rebuild's store: nothing used yet
    store.MANY_CHUNK = 2  # several queries, a chunk boundary inside the list
    asked = ["k6", "k3", "k0", "k5", "k1", "k0"]
    got = list(store.get_many(asked))
    assert [r.doc if r else None for r in got] == ["d6", None, "d0", None, "d1", "d0"]
    assert got[0] == _result("d6")
    assert (store.hits, store.misses, store.discarded) == (4, 2, 1)
    assert store.used == set(asked)
    one = ResultCache(tmp_path / "again")
    assert list(one.get_many([])) == []


def test_get_many_on_a_damaged_file_is_all_misses(tmp_path) -> None:
    store = ResultCache(tmp_path)
    store.put("k0", _result("d0"))
    store.db.close()
    store.db = sqlite3.connect(":memory:")  # a database without the table: the query fails
    assert list(store.get_many(["k0", "k1"])) == [None, None]
    assert store.misses == 2


def test_a_cached_result_shares_its_document_id_and_is_equal_to_what_was_stored(tmp_path) -> None:
    stored = _result("doc-17")
    odd = Mention("elsewhere", 0, 3, "Ann", "PERSON", 0, 9)  # a doc id that is not the result's stays
    stored.mentions.append(odd)
    store = ResultCache(tmp_path)
    store.put("k", stored)
    store.close()
    store = ResultCache(tmp_path)
    for back in (store.get("k"), next(store.get_many(["k"]))):
        assert back == stored and [hash(m) for m in back.mentions] == [hash(m) for m in stored.mentions]
        assert all(m.doc is back.doc for m in back.mentions[:-1]) and back.mentions[-1].doc == "elsewhere"
        assert back.triples[0].evidence.doc is back.doc and back.examples["Paris"].doc is back.doc
        decoded = DocResult.from_dict(json.loads(json.dumps(stored.to_dict())))
        assert decoded.mentions[0].doc is not decoded.doc  # what JSON alone gives: one string per occurrence
