"""The parse child's lexicon tables kept between processes (kg.stored): wordfreq's Zipf table and
pycountry's language names are read back as exactly what deriving them gives; a list that cannot
be read gives an empty table and keeps nothing."""

from __future__ import annotations

import gzip

import pytest

from kg.lexicon import frequency, languages


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_HOME", str(tmp_path))
    frequency._zipf_table.cache_clear()
    languages.language_names.cache_clear()
    yield tmp_path / "stored"
    frequency._zipf_table.cache_clear()
    languages.language_names.cache_clear()


def test_the_zipf_table_is_kept_and_read_back_as_derived(home):
    derived = frequency._read_zipf_table.__wrapped__()
    assert len(derived) > 20_000 and derived["the"] > 7 > derived["savoy"]
    first = frequency._zipf_table()
    assert list(home.glob("zipf-en-*.marshal"))
    frequency._zipf_table.cache_clear()
    again = frequency._zipf_table()
    assert first == again == derived and list(again) == list(derived)  # same words, same order
    assert frequency.zipf("Board") > 5 > frequency.zipf("Savoy")


def test_an_unreadable_wordfreq_list_gives_an_empty_table_and_keeps_nothing(home, tmp_path, monkeypatch):
    fake = tmp_path / "wordfreq"
    (fake / "data").mkdir(parents=True)
    (fake / "data" / "small_en.msgpack.gz").write_bytes(b"not gzip")
    monkeypatch.setattr(frequency, "_wordfreq_folder", lambda: fake)
    assert frequency._zipf_table() == {}
    assert not list(home.glob("zipf-en-*.marshal"))
    frequency._zipf_table.cache_clear()
    (fake / "data" / "small_en.msgpack.gz").write_bytes(gzip.compress(b"\x92\x81\xa6format\xa2xx\x90"))
    assert frequency._zipf_table() == {}  # another format: not read, nothing kept
    assert not list(home.glob("zipf-en-*.marshal"))


def test_language_names_are_kept_and_read_back_as_derived(home):
    derived = languages.language_names.__wrapped__.__wrapped__()  # lru_cache, then kg.stored.table
    assert languages.language_names() == derived and list(home.glob("language-names-*.marshal"))
    languages.language_names.cache_clear()
    assert languages.language_names() == derived and "english" in derived
