"""Every sentence example of the predicate vocabulary (kg/data/predicates.yaml) is a test: the
sentence goes through the real model and the graph, and its edge must carry the predicate and its
Wikidata id."""

from __future__ import annotations

import pytest

from kg.predicates import by_name, vocabulary

MODEL_EXAMPLES = [pytest.param(p.name, e, id=f"{p.name}:{e['text']}")
                  for p in vocabulary() for e in p.examples if "text" in e]


def _norm(label: str) -> str:
    return label.lower().removeprefix("the ")


@pytest.mark.parametrize("name, example", MODEL_EXAMPLES)
def test_example_sentence_gets_its_predicate(extractor, name, example):
    """Sentence -> real model -> graph: the edge from head to tail carries the predicate and its id
    (the stated edge; what follows from it is kg/infer.py's, tests/unit/test_infer.py)."""
    from kg.api import graph_from_results
    from kg.model import Document

    G = graph_from_results([extractor.one(Document("t", example["text"]))])
    label = {n: _norm(d["label"]) for n, d in G.nodes(data=True)}
    edges = {(label[u], label[v]): {k: d[k] for k in ("predicate", "wikidata", "wikidata_inverse") if k in d}
             for u, v, d in G.edges(data=True) if not str(d.get("rule", "")).startswith("derived:")}
    key = (_norm(example["head"]), _norm(example["tail"]))
    assert edges.get(key) == by_name()[name].attributes(), edges
