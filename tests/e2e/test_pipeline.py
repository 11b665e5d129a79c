"""End to end on the seed corpus: nodes, evidence, exports that load back, determinism."""

from __future__ import annotations

import csv
import json

import networkx as nx
import pytest

import kg
from kg.model import NODE_TYPES

from conftest import SEEDS


def labels(G):
    return {d["label"] for _, d in G.nodes(data=True)}


def test_plain_model_entities_are_nodes(seed_build):
    found = labels(seed_build.graph)
    for name in ("Microsoft", "Reuters", "Zhang Yiming"):
        assert name in found


def test_node_and_edge_contract(seed_build):
    G = seed_build.graph
    assert isinstance(G, nx.MultiDiGraph)
    for n, d in G.nodes(data=True):
        assert {"label", "type", "aliases", "mentions", "docs"} <= set(d)
        assert d["type"] in NODE_TYPES
        assert d["mentions"] >= 1 and d["docs"] and d["aliases"]
    assert G.number_of_edges() > 0
    for u, v, k, d in G.edges(keys=True, data=True):
        assert d["relation"] and 0 < d["confidence"] <= 1
        assert d["evidence"], (u, v, d["relation"])
        for ev in d["evidence"]:
            assert set(ev) == {"doc", "sentence", "start", "end"}


def test_evidence_offsets_slice_the_cleaned_document(seed_build):
    from kg.ingest import iter_documents

    texts = {d.id: d.text for d in iter_documents([str(SEEDS)])}
    for *_e, d in seed_build.graph.edges(data=True):
        for ev in d["evidence"]:
            assert texts[ev["doc"]][ev["start"]:ev["end"]] == ev["sentence"]


def test_values_are_attributes_not_nodes(seed_build):
    types = {d["type"] for _, d in seed_build.graph.nodes(data=True)}
    assert not types & {"DATE", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"}
    money = [d.get("money") for *_e, d in seed_build.graph.edges(data=True) if d.get("money")]
    assert any("$5.7 million" in m for m in money)


def test_json_round_trip(seed_build):
    path = seed_build.outputs["json"]
    data = json.loads(path.read_text(encoding="utf-8"))
    assert {"nodes", "edges", "directed", "multigraph"} <= set(data)
    G = kg.load(path)
    assert nx.utils.graphs_equal(G, seed_build.graph) or (
        sorted(G.nodes) == sorted(seed_build.graph.nodes)
        and G.number_of_edges() == seed_build.graph.number_of_edges())
    assert kg.load(path.parent).number_of_nodes() == G.number_of_nodes()


def test_graphml_and_gexf_load_back(seed_build):
    G = seed_build.graph
    gm = nx.read_graphml(seed_build.outputs["graphml"], force_multigraph=True)
    assert sorted(gm.nodes) == sorted(G.nodes)
    assert gm.number_of_edges() == G.number_of_edges()
    node = next(iter(G.nodes))
    assert json.loads(gm.nodes[node]["aliases"]) == G.nodes[node]["aliases"]
    gx = nx.read_gexf(seed_build.outputs["gexf"])
    assert sorted(gx.nodes) == sorted(G.nodes)
    assert gx.number_of_edges() == G.number_of_edges()


def test_triples_csv(seed_build):
    with open(seed_build.outputs["csv"], newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    assert {"head", "relation", "tail", "doc", "sentence"} <= set(rows[0])
    n_evidence = sum(len(d["evidence"]) for *_e, d in seed_build.graph.edges(data=True))
    assert len(rows) == n_evidence


def test_two_builds_are_byte_identical(tmp_path, seed_build):
    out = tmp_path / "again"
    kg.build([str(SEEDS)], output_dir=out, formats=("json", "graphml", "gexf", "csv"), cache=False)
    for fmt in ("json", "graphml", "gexf", "csv"):
        assert (out / seed_build.outputs[fmt].name).read_bytes() == seed_build.outputs[fmt].read_bytes(), fmt


def test_cross_document_resolution(tmp_path):
    (tmp_path / "a.txt").write_text("Microsoft bought LinkedIn in 2016. Satya Nadella runs Microsoft.")
    (tmp_path / "b.txt").write_text("Regulators in the U.S. questioned Microsoft about LinkedIn.")
    G = kg.build([str(tmp_path)]).graph
    ms = [n for n, d in G.nodes(data=True) if d["label"] == "Microsoft"]
    assert len(ms) == 1
    assert G.nodes[ms[0]]["docs"] == ["a.txt", "b.txt"]


def test_empty_corpus_raises(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n")
    with pytest.raises(kg.EmptyCorpus):
        kg.build([str(tmp_path)])


def test_verbs_get_the_lemmatizers_own_lemmas(nlp):
    """kg runs the lemmatizer's rules on verbs only; they must match a full lemmatizer run."""
    import spacy

    from kg.components import LEMMATIZED_POS
    from kg.nlp import resolve_model_name

    assert "lemmatizer" in nlp.disabled and "kg_verb_lemmas" in nlp.pipe_names
    full = spacy.load(resolve_model_name())
    text = (SEEDS / "tiktok_regulators.txt").read_text(encoding="utf-8")[:20000]
    ours, theirs = nlp(text), full(text)
    verbs = [(a.lemma_, b.lemma_) for a, b in zip(ours, theirs) if b.pos_ in LEMMATIZED_POS]
    assert len(verbs) > 100
    assert all(a == b for a, b in verbs)
    assert len(ours) == len(theirs)


def test_the_indexed_attribute_ruler_annotates_as_spacys(nlp):
    """kg matches the attribute ruler's patterns through an index (kg.attribute_rules); every
    token must get the same part of speech, morphology and lemma as spaCy's own ruler gives."""
    assert "attribute_ruler" in nlp.disabled and "kg_attribute_rules" in nlp.pipe_names
    text = (SEEDS / "tiktok_regulators.txt").read_text(encoding="utf-8")[:20000]
    ours, theirs = nlp.get_pipe("kg_attribute_rules"), nlp.get_pipe("attribute_ruler")
    with nlp.select_pipes(disable=["kg_attribute_rules", "kg_verb_lemmas", "ner"]):
        parsed = nlp(text)
    mine, spacys = ours(parsed.copy()), theirs(parsed.copy())
    assert len(mine) > 1000 and {t.pos_ for t in mine} >= {"AUX", "PRON", "PROPN", "VERB", "SCONJ"}
    assert mine.to_bytes() == spacys.to_bytes()
