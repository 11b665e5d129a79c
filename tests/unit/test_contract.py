"""kg.contract (one reader of the graph contract) and kg.errors (one error base)."""

from __future__ import annotations

import networkx as nx
import pytest

from html_graphs import sample_graph
from kg import contract
from kg.errors import KgError


def test_every_error_is_a_kg_error_and_keeps_its_old_base():
    from kg.aliases import AliasPackError
    from kg.api import EmptyCorpus
    from kg.evaluate import GoldFileError
    from kg.ingest import SourceNotFound, UnreadableFile
    from kg.nlp import ModelNotFound
    from kg.query import EntityNotFound

    for error, base in [(AliasPackError, ValueError), (EmptyCorpus, ValueError), (GoldFileError, ValueError),
                        (SourceNotFound, FileNotFoundError), (UnreadableFile, Exception),
                        (ModelNotFound, RuntimeError), (EntityNotFound, KeyError)]:
        assert issubclass(error, KgError) and issubclass(error, base), error
    assert str(SourceNotFound("nope/x.txt")) == "source not found: nope/x.txt"
    assert UnreadableFile("binary file").reason == "binary file"


def test_lookup_finds_by_label_alias_or_id_and_suggests_close_names():
    G = sample_graph()
    assert contract.lookup(G, "BYTE skipping") == "org:bytedance"
    assert contract.lookup(G, "org:bytedance") == "org:bytedance"
    with pytest.raises(contract.EntityNotFound) as info:
        contract.lookup(G, "Bytedanse")
    assert isinstance(info.value, KeyError) and isinstance(info.value, KgError)
    assert info.value.suggestions[0] == "ByteDance" and info.value.name == "Bytedanse"
    assert str(info.value) == "no entity named 'Bytedanse' in the graph; did you mean: ByteDance?"
    with pytest.raises(contract.EntityNotFound) as info:
        contract.lookup(G, "Nobody Atall")
    assert info.value.suggestions == [] and "did you mean" not in str(info.value)


def test_picture_lookup_is_the_contract_lookup():
    from kg.export.image import find_entity

    G = sample_graph()
    for name in ("TIKTOK", "U.S.", "the byte skipping's", "org:oracle"):
        assert find_entity(G, name) == contract.lookup(G, name)
    with pytest.raises(KgError, match="Did you mean: ByteDance"):
        find_entity(G, "Bytedanse")


def test_lists_read_the_same_from_json_graphml_and_python():
    G = nx.MultiDiGraph()
    G.add_node("a", label="A", aliases='["A", "Alpha"]', mentions="3")
    G.add_node("b", label="B", aliases=("B",))
    G.add_edge("a", "b", evidence='[{"doc": "d", "sentence": "A met B."}, "junk"]')
    assert contract.as_list(G.nodes["a"]["aliases"]) == ["A", "Alpha"]
    assert contract.find(G, "alpha") == "a" and contract.mentions(G, "a") == 3
    assert contract.edge_evidence(G.edges["a", "b", 0]) == [{"doc": "d", "sentence": "A met B."}]
    assert set(contract.neighbourhood(G, "a", 1)) == {"a", "b"}
    assert set(contract.neighbourhood(G, "a", 0)) == {"a"}
