"""Shared fixtures: the real spaCy pipeline and one build of the seed corpus per test session."""

from __future__ import annotations

import atexit
import json
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: The tests (and the builds they start) keep derived tables in a folder of their own (kg.stored),
#: never in the user's cache: a session derives each once, then reads it back, and the folder is
#: removed when the session ends (a folder the caller set is left alone).
# An extraction error raises in tests instead of failing its document quietly (kg.extract.STRICT_ENV):
# a rule that crashes must not pass a test that expects nothing from a sentence.
os.environ.setdefault("KG_STRICT_EXTRACTION", "1")
if "KG_CACHE_HOME" not in os.environ:
    os.environ["KG_CACHE_HOME"] = tempfile.mkdtemp(prefix="kg-test-cache-")
    atexit.register(shutil.rmtree, os.environ["KG_CACHE_HOME"], ignore_errors=True)
SEEDS = ROOT / "seeds"
GOLD = ROOT.parent / "shared" / "eval" / "seed_gold.yaml"
#: the 300 Lee ABC stories, one a line, as bench/bench_corpus.py caches them (it fetches them once)
LEE_CORPUS = Path(os.environ.get("KG_BENCH_CACHE") or Path.home() / ".cache" / "kg-bench") / "lee_background.cor"


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extractor(nlp):
    from kg.extract import DocumentExtractor

    return DocumentExtractor(nlp)


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """``kg.build`` of seeds/ (with its alias pack) into a temporary output folder."""
    import kg

    out = tmp_path_factory.mktemp("seed_out")
    return kg.build([str(SEEDS)], output_dir=out, formats=("json", "graphml", "gexf", "csv", "db"))


@pytest.fixture
def extract(extractor):
    """Run the real extractor on one text; returns (DocResult, readable triples)."""
    from kg.model import Document

    def run(text: str, doc_id: str = "t"):
        result = extractor.one(Document(doc_id, text))
        triples = [(result.mentions[t.head].text, t.relation, result.mentions[t.tail].text)
                   for t in result.triples]
        return result, triples

    return run


def mention_texts(extract, text: str) -> set[str]:
    """The texts of the mentions the real extractor (the ``extract`` fixture) finds in ``text``."""
    result, _ = extract(text)
    return {m.text for m in result.mentions}


def mention_types(extract, text: str) -> set[tuple[str, str]]:
    """``(text, type)`` of each mention the real extractor (the ``extract`` fixture) finds in ``text``."""
    result, _ = extract(text)
    return {(m.text, m.type) for m in result.mentions}


def split_seed_corpus(folder: Path, sentences_per_doc: int = 2) -> Path:
    """The seed story cut into short documents (a JSON Lines file), plus its alias pack."""
    text = (SEEDS / "tiktok_regulators.txt").read_text(encoding="utf-8")
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "aliases.yaml").write_bytes((SEEDS / "aliases.yaml").read_bytes())
    with open(folder / "docs.jsonl", "w", encoding="utf-8") as fh:
        for n, i in enumerate(range(0, len(sentences), sentences_per_doc)):
            fh.write(json.dumps({"id": f"d{n:03d}", "text": " ".join(sentences[i:i + sentences_per_doc])}) + "\n")
    return folder


def seed_files(folder: Path) -> Path:
    """The seed story cut into short documents, one text file each (a real multi-document corpus
    of files, as a rebuild or the source memo sees them), plus its alias pack."""
    jsonl = split_seed_corpus(folder / "split", sentences_per_doc=3) / "docs.jsonl"
    src = folder / "src"
    src.mkdir()
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        (src / f"{record['id']}.txt").write_text(record["text"] + "\n", encoding="utf-8")
    (src / "aliases.yaml").write_bytes((folder / "split" / "aliases.yaml").read_bytes())
    return src


#: A sentence a rebuild test adds to one document: new names and a new relation.
ADDED_SENTENCE = " Jane Doe of the Federal Trade Commission met TikTok in Washington."


def append_to_document(folder: Path, index: int, text: str = ADDED_SENTENCE) -> None:
    """Add ``text`` to the ``index``-th document of ``split_seed_corpus``'s ``docs.jsonl``."""
    docs = folder / "docs.jsonl"
    lines = docs.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[index])
    record["text"] += text
    lines[index] = json.dumps(record)
    docs.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="session")
def abc_graph(tmp_path_factory) -> Path:
    """graph.json of the 300 Lee ABC stories: ``$KG_ABC_GRAPH`` if set, else built once from the
    corpus bench/bench_corpus.py caches; skipped with a notice when neither is on this machine."""
    if os.environ.get("KG_ABC_GRAPH"):
        return Path(os.environ["KG_ABC_GRAPH"])
    if not LEE_CORPUS.is_file():
        pytest.skip(f"no 300-story corpus at {LEE_CORPUS}: run bench/bench_corpus.py once, or set KG_ABC_GRAPH")
    import kg

    src = tmp_path_factory.mktemp("abc_in")
    stories = [line.strip() for line in LEE_CORPUS.read_text(encoding="utf-8").split("\n") if line.strip()]
    for i, story in enumerate(stories, 1):
        (src / f"abc_{i:03d}.txt").write_text(story + "\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("abc_out")
    kg.build([src], output_dir=out, formats=("json",), cache=False)
    return out / "graph.json"


def triple_rules(extract, text: str) -> dict[tuple[str, str, str], str]:
    """Each (head text, relation, tail text) the real extractor (the ``extract`` fixture) finds in
    ``text``, with the rule that found it (``passive+antecedent+description``)."""
    result, _ = extract(text)
    return {(result.mentions[t.head].text, t.relation, result.mentions[t.tail].text): t.rule
            for t in result.triples}


def labelled_graph(extractor, text: str) -> tuple[dict[str, str | None], set[tuple[str, str]]]:
    """The graph of one document ``text`` through the real extractor (the ``extractor``
    fixture): each node label's type, and the (label, label) pairs of its edges."""
    from kg.api import graph_from_results
    from kg.model import Document

    G = graph_from_results([extractor.one(Document("t", text))])
    label = {n: d["label"] for n, d in G.nodes(data=True)}
    types = {d["label"]: d.get("type") for _, d in G.nodes(data=True)}
    return types, {(label[u], label[v]) for u, v in G.edges()}
