"""The per-document cache: reuse, invalidation, damage, --no-cache, and --jobs giving the same graph.

Small real corpora (three short files) and the real spaCy model; each build writes graph.json only.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

import kg
import kg.api
import kg.cache
from kg.cache import (CACHE_DIRNAME, ResultCache, code_fingerprint, extraction_files, imported_modules,
                      library_fingerprint)
from kg.model import Document, DocResult

TEXTS = {
    "apple.txt": "Apple hired Tim Cook in 1998. Tim Cook later became the chief executive of Apple.",
    "zebra.txt": "Zebra Holdings bought Quokka Labs for $5 million. Zebra Holdings is based in Perth.",
    "ftc.txt": "The Federal Trade Commission fined TikTok in 2019. TikTok is owned by ByteDance.",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    for name, text in TEXTS.items():
        (src / name).write_text(text, encoding="utf-8")
    return src


def build(src: Path, out: Path, **kw) -> kg.BuildResult:
    return kg.build([str(src)], output_dir=out, formats=("json",), **kw)


def graph_bytes(out: Path) -> bytes:
    return (out / "graph.json").read_bytes()


def db_path(out: Path) -> Path:
    return out / CACHE_DIRNAME / "results.sqlite"


@contextmanager
def cache_db(out: Path):
    """A connection to the build's cache file, committed and closed afterwards."""
    db = sqlite3.connect(db_path(out))
    try:
        with db:
            yield db
    finally:
        db.close()


def rows(out: Path) -> int:
    with cache_db(out) as db:
        return db.execute("SELECT count(*) FROM results").fetchone()[0]


def labels(out: Path) -> set[str]:
    return {d["label"] for _, d in kg.load(out).nodes(data=True)}


def test_rebuild_reads_every_document_from_the_cache(corpus, tmp_path):
    out = tmp_path / "out"
    first = build(corpus, out)
    assert first.cached == 0 and rows(out) == 3
    cold = graph_bytes(out)
    second = build(corpus, out)
    assert second.cached == 3
    assert graph_bytes(out) == cold


def test_changed_document_is_parsed_again_and_matches_a_fresh_build(corpus, tmp_path):
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    build(corpus, out)
    (corpus / "zebra.txt").write_text(TEXTS["zebra.txt"] + " Zebra Holdings later sued Wombat Mining.",
                                      encoding="utf-8")
    assert build(corpus, out).cached == 2
    build(corpus, fresh, cache=False)
    assert graph_bytes(out) == graph_bytes(fresh)
    assert rows(out) == 3  # the old entry of zebra.txt was pruned


def test_deleted_document_leaves_the_graph_and_the_cache(corpus, tmp_path):
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    build(corpus, out)
    assert "Quokka Labs" in labels(out)
    (corpus / "zebra.txt").unlink()
    assert build(corpus, out).cached == 2
    assert "Quokka Labs" not in labels(out) and "Zebra Holdings" not in labels(out)
    build(corpus, fresh, cache=False)
    assert graph_bytes(out) == graph_bytes(fresh)
    assert rows(out) == 2


def _poison(out: Path, old: str, new: str) -> None:
    """Rewrite a cached mention text (valid JSON, checksum recomputed so that the entry passes its
    check): visible in the graph only if the entry is read."""
    from kg.cache import _checksum

    with cache_db(out) as db:
        for key, stored in db.execute("SELECT key, data FROM results").fetchall():
            if old in stored:
                data = stored.partition("\n")[2].replace(old, new)
                db.execute("UPDATE results SET data = ? WHERE key = ?", (_checksum(data) + "\n" + data, key))


def test_no_cache_neither_reads_nor_writes(corpus, tmp_path):
    out = tmp_path / "out"
    build(corpus, out, cache=False)
    assert not (out / CACHE_DIRNAME).exists()

    build(corpus, out)
    _poison(out, "Quokka Labs", "Quokka Lxbs")
    before = db_path(out).read_bytes()
    result = build(corpus, out, cache=False)
    assert result.cached == 0
    assert "Quokka Labs" in labels(out) and "Quokka Lxbs" not in labels(out)
    assert db_path(out).read_bytes() == before  # nothing written, nothing pruned
    build(corpus, out)  # the poisoned entry is served when the cache is on: the check above means something
    assert "Quokka Lxbs" in labels(out)


def test_garbage_cache_file_is_replaced_not_fatal(corpus, tmp_path):
    out = tmp_path / "out"
    build(corpus, out)
    cold = graph_bytes(out)
    db_path(out).write_bytes(b"this is not a database\x00\xff" * 500)
    assert build(corpus, out).cached == 0
    assert graph_bytes(out) == cold
    assert build(corpus, out).cached == 3  # the replacement works


@pytest.mark.parametrize("damage", [
    lambda data: data[: len(data) // 2],  # truncated
    lambda data: data[:4096] + b"\xde\xad\xbe\xef" * ((len(data) - 4096) // 4),  # schema page intact, table pages not
], ids=["truncated", "garbage-pages"])
def test_damaged_cache_file_is_not_fatal(corpus, tmp_path, damage):
    out = tmp_path / "out"
    build(corpus, out)
    cold = graph_bytes(out)
    db_path(out).write_bytes(damage(db_path(out).read_bytes()))
    build(corpus, out)
    assert graph_bytes(out) == cold
    assert build(corpus, out).cached == 3


@pytest.mark.parametrize("bad", ["{not json", "[]", '{"doc": "x", "mentions": [{"start": 1}], "triples": []}', None])
def test_bad_cache_entry_is_recomputed(corpus, tmp_path, bad):
    out = tmp_path / "out"
    build(corpus, out)
    cold = graph_bytes(out)
    with cache_db(out) as db:
        key = db.execute("SELECT key FROM results ORDER BY key LIMIT 1").fetchone()[0]
        db.execute("UPDATE results SET data = ? WHERE key = ?", (bad, key))
    assert build(corpus, out).cached == 2
    assert graph_bytes(out) == cold
    assert build(corpus, out).cached == 3  # recomputed and stored again


def test_code_change_invalidates_entries(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(corpus, out)
    monkeypatch.setattr(kg.cache, "code_fingerprint", lambda **_: "an-edited-kg")
    assert build(corpus, out).cached == 0
    assert rows(out) == 3  # entries of the old code were pruned
    assert build(corpus, out).cached == 3


def test_code_fingerprint_follows_extraction_code_only(tmp_path):
    pkg = tmp_path / "kgcopy"
    shutil.copytree(Path(kg.__file__).parent, pkg, ignore=shutil.ignore_patterns("__pycache__"))
    before = code_fingerprint(pkg)
    assert code_fingerprint(pkg) == before
    for name in ("cli.py", "export/json_io.py", "api.py"):  # the CLI, exports and orchestration: no re-parse
        target = pkg / name
        target.write_text(target.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
        assert code_fingerprint(pkg) == before, name
    target = pkg / "extract.py"
    target.write_text(target.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert code_fingerprint(pkg) != before
    assert code_fingerprint() == code_fingerprint(Path(kg.__file__).parent)


def test_code_fingerprint_follows_a_new_module_once_imported(tmp_path):
    pkg = tmp_path / "kgcopy"
    shutil.copytree(Path(kg.__file__).parent, pkg, ignore=shutil.ignore_patterns("__pycache__"))
    (pkg / "newwords").mkdir()
    (pkg / "newwords" / "__init__.py").write_text("WORDS = ('plc',)\n", encoding="utf-8")
    (pkg / "newwords" / "words.txt").write_text("plc\n", encoding="utf-8")
    before = code_fingerprint(pkg)
    target = pkg / "extract.py"
    target.write_text(target.read_text(encoding="utf-8") + "\nfrom kg.newwords import WORDS\n", encoding="utf-8")
    assert "kg.newwords" in imported_modules(pkg)
    assert pkg / "newwords" / "words.txt" in extraction_files(pkg)
    with_import = code_fingerprint(pkg)
    assert with_import != before
    (pkg / "newwords" / "words.txt").write_text("plc\ngmbh\n", encoding="utf-8")
    assert code_fingerprint(pkg) != with_import


def test_fingerprint_covers_every_kg_module_that_import_kg_extract_loads():
    code = "import sys, kg.extract; print('\\n'.join(sorted(m for m in sys.modules if m == 'kg' or m.startswith('kg.'))))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=Path(kg.__file__).parent.parent).stdout.split()
    assert "kg.extract" in loaded and "kg.relations" in loaded
    covered = imported_modules(Path(kg.__file__).parent)
    assert set(loaded) <= set(covered), set(loaded) - set(covered)
    assert {"kg.cli", "kg.api", "kg.query", "kg.export"}.isdisjoint(covered)


def test_library_versions_are_part_of_the_fingerprint():
    import spacy

    assert f"spacy={spacy.__version__}" in library_fingerprint()
    # the word list kg.junk reads shapes a result too (kg.lexicon.frequency)
    from importlib import metadata

    assert f"wordfreq={metadata.version('wordfreq')}" in library_fingerprint()


def test_cache_stores_plain_records_not_spacy_objects(tmp_path, extractor):
    result = next(extractor.run([Document("d1", "Apple hired Tim Cook in 1998.")]))
    assert type(result) is DocResult
    store = ResultCache(tmp_path / "c")
    store.put("k", result)
    assert store.get("k") == result  # a JSON round trip: nothing of spaCy inside
    store.close()


def test_locked_cache_turns_caching_off_for_the_build(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(corpus, out)
    monkeypatch.setattr(ResultCache, "TIMEOUT", 0.05)
    holder = sqlite3.connect(db_path(out))
    holder.execute("BEGIN EXCLUSIVE")  # another build in the middle of writing
    try:
        result = build(corpus, out)
        assert result.cached == 0
        assert db_path(out).exists()  # not deleted: it belongs to the other build
    finally:
        holder.rollback()
        holder.close()
    assert build(corpus, out).cached == 3


def test_jobs_2_gives_the_same_graph_as_jobs_1(corpus, tmp_path):
    for i in range(3):  # a few more documents, so both worker processes get some
        (corpus / f"extra{i}.txt").write_text(
            f"Company {i} Pty Ltd was fined by the Australian Securities and Investments Commission "
            f"in Sydney. Its chairman, John Smith {i}, resigned.", encoding="utf-8")
    one, two, mixed = tmp_path / "one", tmp_path / "two", tmp_path / "mixed"
    build(corpus, one, cache=False, jobs=1)
    build(corpus, two, cache=False, jobs=2)
    assert graph_bytes(two) == graph_bytes(one)
    # cache hits and fresh parses interleaved, in two processes: same order, same graph
    build(corpus, mixed, jobs=2, batch_size=2)
    (corpus / "apple.txt").write_text(TEXTS["apple.txt"] + " Apple is based in Cupertino.", encoding="utf-8")
    (corpus / "extra1.txt").write_text("Wombat Mining was sold to Rio Tinto in Perth.", encoding="utf-8")
    assert build(corpus, mixed, jobs=2, batch_size=2).cached == 4
    build(corpus, one, cache=False, jobs=1)
    assert graph_bytes(mixed) == graph_bytes(one)


def test_unchanged_rebuild_needs_neither_spacy_nor_igraph(corpus, tmp_path):
    """The whole point of the cache on a re-run: no model load, no force layout (fresh process)."""
    import subprocess
    import sys

    out = tmp_path / "out"
    kg.build([str(corpus)], output_dir=out)  # every format, so the HTML layouts are memoised too
    page = (out / "graph.html").read_bytes()
    script = (
        "import sys, kg\n"
        "r = kg.build([sys.argv[1]], output_dir=sys.argv[2])\n"
        "print(r.cached, 'spacy' in sys.modules, 'igraph' in sys.modules)\n"
    )
    run = subprocess.run([sys.executable, "-c", script, str(corpus), str(out)],
                         capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["3", "False", "False"]
    assert (out / "graph.html").read_bytes() == page
    # one changed document: spaCy is back for that one, in a forked child (kg.engines.background):
    # this process still never imports it; the graph equals a from-scratch build
    (corpus / "zebra.txt").write_text(TEXTS["zebra.txt"] + " Quokka Labs is based in Hobart.", encoding="utf-8")
    run = subprocess.run([sys.executable, "-c", script, str(corpus), str(out)],
                         capture_output=True, text=True, check=True)
    assert run.stdout.split()[:2] == ["2", "False"]
    fresh = tmp_path / "fresh"
    kg.build([str(corpus)], output_dir=fresh, cache=False)
    for name in ("graph.json", "graph.html", "graph.graphml", "graph.gexf", "triples.csv"):
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


SURNAME_SCRIPT = """
import sys, kg, kg.merge_person as person
asked = []
real = person._surname_like
person._surname_like = lambda n: asked.append(n.key.text) or real(n)
r = kg.build([sys.argv[1]], output_dir=sys.argv[2])
print(r.cached, bool(asked), 'spacy' in sys.modules)
"""


def test_a_rebuild_whose_resolution_asks_for_english_words_imports_no_spacy(corpus, tmp_path):
    """Resolution's English-word test on short names (``kg.merge_person._surname_like``, asked
    for "Naess" beside "Guybrush Naess", which NER types ORG and no given name makes a person's)
    reads the lexicon the build's cache folder kept (``kg.lexicon.english``): a one-changed
    rebuild still parses in the child only, and the outputs are a from-scratch build's."""
    naess = "Guybrush Naess released a new album in London. Naess toured Europe with her band."
    (corpus / "naess.txt").write_text(naess, encoding="utf-8")
    out = tmp_path / "out"
    kg.build([str(corpus)], output_dir=out)
    (corpus / "naess.txt").write_text(naess + " Naess later played in Oslo.", encoding="utf-8")
    run = subprocess.run([sys.executable, "-c", SURNAME_SCRIPT, str(corpus), str(out)],
                         capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["3", "True", "False"]
    fresh = tmp_path / "fresh"
    kg.build([str(corpus)], output_dir=fresh, cache=False)
    for name in ("graph.json", "graph.html", "graph.graphml", "graph.gexf", "triples.csv"):
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


def test_missing_model_fails_even_when_every_document_is_cached(corpus, tmp_path):
    from kg.nlp import ModelNotFound

    out = tmp_path / "out"
    build(corpus, out)
    with pytest.raises(ModelNotFound, match="pip install"):
        build(corpus, out, model="no_such_pipeline_xx")


def test_model_fingerprint_reads_meta_without_loading(tmp_path):
    import json

    from kg.nlp import model_fingerprint, model_meta, resolve_model_name

    name = resolve_model_name()
    assert model_meta(name)["lang"] == "en"
    pipe = tmp_path / "pipe"
    pipe.mkdir()
    (pipe / "meta.json").write_text(json.dumps({"lang": "en", "name": "x", "version": "1.0.0"}))
    before = model_fingerprint(str(pipe))
    model_meta.cache_clear()
    (pipe / "meta.json").write_text(json.dumps({"lang": "en", "name": "x", "version": "1.0.1"}))
    assert model_fingerprint(str(pipe)) != before != model_fingerprint(name)


def test_damaged_layout_entries_are_recomputed(tmp_path):
    from kg.cache import LayoutCache

    store = LayoutCache(tmp_path / "c")
    store["good"] = [[0.0, 1.5], [2.0, -1.0]]
    store._put("text", "", '[["a", "b"]]')
    store._put("junk", "", "{not json")
    assert store.get("good") == [[0.0, 1.5], [2.0, -1.0]]
    assert store.get("text") is None and store.get("junk") is None and store.get("missing") is None
    assert (store.hits, store.misses) == (1, 3)
    store.close()


def test_spacy_is_imported_without_its_command_line_and_parses_the_same():
    """``kg.nlp.import_spacy`` leaves ``spacy.cli`` (requests, weasel, jinja2…) unimported; the
    pipeline then parses exactly as after a plain ``import spacy``, and ``spacy.info`` still works."""
    sentence = "Apple hired Tim Cook in 1998, and he later became its chief executive in Cupertino."
    script = (
        "import sys\n"
        "if sys.argv[1] == 'kg':\n"
        "    from kg.nlp import import_spacy; import_spacy()\n"
        "else:\n"
        "    import spacy\n"
        "from kg.nlp import load_pipeline\n"
        "doc = load_pipeline()(sys.argv[2])\n"
        "print('spacy.cli' in sys.modules, [(t.tag_, t.dep_, t.head.i, t.ent_type_, t.lemma_) for t in doc])\n"
        "import spacy\n"
        "print(sorted(spacy.info(silent=True)) == sorted(spacy.cli.info.__globals__['info'](silent=True)))\n"
    )
    runs = {how: subprocess.run([sys.executable, "-c", script, how, sentence], capture_output=True, text=True,
                                check=True).stdout.splitlines() for how in ("kg", "plain")}
    assert runs["kg"][0].startswith("False ") and runs["plain"][0].startswith("True ")
    assert runs["kg"][0].split(" ", 1)[1] == runs["plain"][0].split(" ", 1)[1]
    assert runs["kg"][1] == "True"


def test_a_lean_spacy_import_loads_the_same_pipeline_and_parses_the_same():
    """``import_spacy(lean=True)`` (the rebuild's parse child) leaves ``pydantic.v1`` unimported
    while spaCy imports; the pipeline is then the same, part for part (``to_bytes``; the lemmatizer's index holds
    sets, which it cannot write, see ``kg.components``), it parses
    the same, and ``import pydantic.v1`` still works afterwards. The plain import loads it."""
    sentences = ["Apple hired Tim Cook in 1998, and he later became its chief executive in Cupertino.",
                 "The ABC understands the matter will be reviewed again next week.",
                 "He said so."]
    script = (
        "import hashlib, sys\n"
        "from kg.nlp import import_spacy, load_pipeline\n"
        "import_spacy(lean=sys.argv[1] == 'lean')\n"
        "print('pydantic.v1' in sys.modules)\n"
        "nlp = load_pipeline()\n"
        "print(hashlib.sha256(nlp.to_bytes(exclude=['lemmatizer'])).hexdigest(), nlp.pipe_names)\n"
        "for doc in nlp.pipe(sys.argv[2:]):\n"
        "    print([(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.lemma_, t.is_sent_start)\n"
        "           for t in doc])\n"
        "import pydantic.v1\n"
        "print(pydantic.v1.BaseModel.__name__)\n"
    )
    runs = {how: subprocess.run([sys.executable, "-c", script, how, *sentences], capture_output=True, text=True,
                                check=True).stdout.splitlines() for how in ("lean", "plain")}
    assert runs["lean"][0] == "False" and runs["plain"][0] == "True"
    assert runs["lean"][1:] == runs["plain"][1:]
    assert len(runs["lean"]) == 2 + len(sentences) + 1 and runs["lean"][-1] == "BaseModel"


def test_the_pipeline_tokenizer_is_the_one_spacy_load_gives():
    """``kg.nlp`` starts the pipeline from a bare tokenizer that loading fills: the result must be
    spaCy's own, part for part (``to_bytes``; the vocabulary grows with what it parsed), and split
    text the same."""
    import spacy

    from kg.nlp import PLAIN_TOKENIZER, _add_suffixes, _keep_title_abbreviations, load_pipeline, resolve_model_name

    nlp = load_pipeline()
    assert nlp.config["nlp"]["tokenizer"] == {"@tokenizers": PLAIN_TOKENIZER}  # the shortcut is taken
    plain = spacy.load(resolve_model_name(), exclude=["senter"])
    _add_suffixes(plain)  # kg's added suffixes, tested on their own below
    _keep_title_abbreviations(plain)  # and its special cases ("Lic.", tests/model/test_translated_titles.py)
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == plain.tokenizer.to_bytes(exclude=["vocab"])
    text = ("Don't e-mail U.S. officials at info@example.com :-) -- see https://example.org/a?b=1, "
            "e.g. the 3.5% rise (C$10bn) in mid-2001's N.Z. rock'n'roll ... 'Mr. O'Neill', he said.")
    assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in plain.tokenizer(text)]


@pytest.mark.parametrize("text, words", [
    ("through state lender KfW. Shares rose.", ["KfW", "."]),
    ("It hired the auditor PwC. It said so.", ["PwC", "."]),
    ("He owns Siemens Healthineers GmbH. He said so.", ["GmbH", "."]),
    ("She joined IBM. She said so.", ["IBM", "."]),  # spaCy's own: two capitals
    ("He holds a Ph.D. in law.", ["Ph.D."]),  # an abbreviation keeps its period
    ("He met Mr. Smith at Acme Inc. on Monday.", ["Mr.", "Inc."]),
])
def test_a_period_after_a_names_last_capital_is_split_off(text, words):
    from kg.nlp import load_pipeline

    tokens = [t.text for t in load_pipeline().tokenizer(text)]
    assert all(w in tokens for w in words), tokens


@pytest.mark.parametrize("text, words", [
    ("MADRID, Aug 12 (EFE).- Atletico Madrid has signed", ["EFE", ")", ".", "-", "Atletico"]),
    ("LIMA, May 3 (AFP).- Peru's Congress", ["AFP", ")", ".", "-", "Peru"]),
    ("a well-known co-author", ["well", "-", "known", "co", "author"]),  # a hyphen inside a word stays an infix
])
def test_a_dash_closing_a_wire_dateline_is_split_off(text, words):
    from kg.nlp import load_pipeline

    tokens = [t.text for t in load_pipeline().tokenizer(text)]
    assert all(w in tokens for w in words), tokens
