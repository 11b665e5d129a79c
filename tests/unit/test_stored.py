"""kg.stored: a value derived once is read back in the next process, exactly; a damaged,
foreign or missing store only costs deriving it again."""

from __future__ import annotations

import marshal

import pytest

from kg import stored


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_HOME", str(tmp_path))
    return tmp_path / "stored"


def test_a_value_is_derived_once_then_read_back(home):
    calls = []

    def derive():
        calls.append(1)
        return {"b": frozenset({"x"}), "a": (1, 2.5, None)}

    first = stored.remembered("t", "k1", derive)
    again = stored.remembered("t", "k1", derive)
    assert first == again and list(again) == ["b", "a"] and len(calls) == 1
    assert len(list(home.glob("t-*.marshal"))) == 1


def test_another_key_derives_again_and_both_are_kept(home):
    assert stored.remembered("t", "k1", lambda: 1) == 1
    assert stored.remembered("t", "k2", lambda: 2) == 2
    assert stored.remembered("t", "k1", lambda: 3) == 1
    assert len(list(home.glob("t-*.marshal"))) == 2


def test_only_the_newest_values_are_kept(home, monkeypatch):
    monkeypatch.setattr(stored, "KEEP", 2)
    for i in range(4):
        stored.remembered("t", f"k{i}", lambda: i)
    assert len(list(home.glob("t-*.marshal"))) == 2
    assert stored.remembered("u", "k0", lambda: "other name") == "other name"


@pytest.mark.parametrize("damage", [b"", b"not marshal", marshal.dumps(("other key", 7)), marshal.dumps(5)])
def test_a_damaged_value_is_derived_again_and_rewritten(home, damage):
    stored.remembered("t", "k", lambda: 1)
    (path,) = home.glob("t-*.marshal")
    path.write_bytes(damage)
    assert stored.remembered("t", "k", lambda: 2) == 2
    assert stored.remembered("t", "k", lambda: 3) == 2


def test_off_keeps_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_HOME", "off")
    assert stored.remembered("t", "k", lambda: 1) == 1
    assert stored.remembered("t", "k", lambda: 2) == 2


def test_an_unwritable_folder_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("KG_CACHE_HOME", str(blocker))  # a file: no folder can be made under it
    assert stored.remembered("t", "k", lambda: 1) == 1
    assert stored.remembered("t", "k", lambda: 2) == 2


def test_the_gazetteer_tables_read_back_are_the_derived_ones(home):
    """What the lexicon keeps (kg.lexicon.countries, kg.lexicon.continents) equals what it derives, in the same order."""
    from kg.lexicon import continents as k, countries as c

    for table in (c.countries, c._countryinfo_countries, c.demonyms, c.city_countries, c.us_states, k.continents):
        build = table.__wrapped__  # under lru_cache: the stored table
        derived = build.__wrapped__()  # the builder itself
        assert build() == derived and build() == derived  # the second read comes from the file
        if not isinstance(derived, frozenset):
            assert list(build()) == list(derived)
    assert len(list(home.glob("*.marshal"))) == 6


def test_the_city_names_are_the_gazetteers_cities_and_the_us_states(home):
    """city_names is made from city_countries' names (not kept twice): the same set as the names
    the gazetteer lists, with the US states; and city_countries' equal tuples are one object
    each (kept once in the file), without changing a value."""
    from kg.lexicon import countries as c

    c.city_names.cache_clear(), c.city_countries.cache_clear(), c.us_states.cache_clear()
    names = frozenset(name for name, _ in c._gazetteer_cities())
    assert c.city_names() == names | c.us_states.__wrapped__.__wrapped__()
    assert {"georgia", "bratislava"} <= c.city_names() and "parton" not in c.city_names()
    table = c.city_countries()
    assert set(table) == names
    assert len({id(codes) for codes in table.values()}) == len(set(table.values())) < len(table) // 10


def test_a_packages_table_key_is_made_once_per_process(home, monkeypatch):
    """Tables of one package and libraries share one key, read once; other libraries make another."""
    from kg.lexicon import countries as c

    made = []
    real = stored.sources_key
    monkeypatch.setattr(stored, "sources_key", lambda *files: made.append(files) or real(*files))
    stored._table_key.cache_clear()
    c.demonyms.__wrapped__(), c._countryinfo_countries.__wrapped__(), c.demonyms.__wrapped__()
    assert len(made) == 1  # both read countryinfo and pycountry
    c.countries.__wrapped__()
    assert len(made) == 2  # countries reads pycountry alone
    assert stored._table_key(c.__file__, ("pycountry",)) != stored._table_key(c.__file__, ("countryinfo", "pycountry"))


def test_a_first_build_into_a_new_folder_reuses_the_code_fingerprint(home, tmp_path, monkeypatch):
    """The code fingerprint's import walk runs once per state of the package: a build into
    another (new) folder finds it by the tree's stamp; an edit walks again."""
    import os

    import kg.cache as cache

    root = tmp_path / "kg"
    root.mkdir()
    (root / "__init__.py").write_text("")
    (root / "extract.py").write_text("from kg.model import Thing\n")
    (root / "model.py").write_text("class Thing: pass\n")
    first = cache.code_fingerprint(root, memo=tmp_path / "a" / "memo.json")
    walk = cache._code_hash

    def no_walk(*args):
        raise AssertionError("walked again")

    monkeypatch.setattr(cache, "_code_hash", no_walk)
    assert cache.code_fingerprint(root, memo=tmp_path / "b" / "memo.json") == first
    (root / "model.py").write_text("class Thing:\n    x = 1\n")
    os.utime(root / "model.py", ns=(1, 1))
    monkeypatch.setattr(cache, "_code_hash", walk)
    assert cache.code_fingerprint(root, memo=tmp_path / "c" / "memo.json") == cache.code_fingerprint(root) != first
