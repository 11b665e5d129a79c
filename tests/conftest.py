"""Shared fixtures: the real spaCy pipeline and one build of the seed corpus per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT.parent / "shared" / "eval" / "seed_gold.yaml"
#: a build of the 300 Lee ABC stories, when this machine has one (the database and RDF tests use it)
ABC_GRAPH = Path(os.environ.get("KG_ABC_GRAPH", "/work/baseline/abc/out/graph.json"))


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
