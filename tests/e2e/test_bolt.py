"""--bolt against a real Neo4j server: run only when one is reachable (never mocked).

Set KG_NEO4J_URI (e.g. bolt://localhost:7687) and NEO4J_USER / NEO4J_PASSWORD to run it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.export.bolt import statement
from kg.export.neo4j import tables
from html_graphs import tricky_graph

URI = os.environ.get("KG_NEO4J_URI")


def test_statements_merge_on_ids():
    by_name = {t.name: t for t in tables(tricky_graph())}
    assert statement(by_name["entities"]).startswith("UNWIND $rows AS row MERGE (n:Entity {id: row.id})")
    assert "MERGE (a)-[r:RELATED {id: row.props.id}]->(b)" in statement(by_name["relations"])
    assert "MERGE (a)-[r:MENTIONED_IN]->(b)" in statement(by_name["mentioned_in"])


def test_an_unreachable_server_is_a_clear_error(seed_build):
    pytest.importorskip("neo4j")
    from kg.export.bolt import BoltError, push

    with pytest.raises(BoltError, match="cannot write to Neo4j at bolt://127.0.0.1:9"):
        push(Path(seed_build.outputs["db"]).parent, "bolt://127.0.0.1:9")  # a closed port, for real


@pytest.mark.skipif(not URI, reason="no Neo4j server: set KG_NEO4J_URI to run")
def test_push_to_a_running_server(seed_build):
    neo4j = pytest.importorskip("neo4j")
    from kg.export.bolt import BoltError, push

    out = Path(seed_build.outputs["db"]).parent
    try:
        sent = push(out, URI)
    except BoltError as exc:
        if isinstance(exc.__cause__, neo4j.exceptions.ServiceUnavailable):
            pytest.skip(f"Neo4j at {URI} not reachable: {exc}")
        raise
    G = seed_build.graph
    assert sent["entities"] == G.number_of_nodes() and sent["relations"] == G.number_of_edges()
    auth = (os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""))
    with neo4j.GraphDatabase.driver(URI, auth=auth) as driver:
        records, _, _ = driver.execute_query(
            "MATCH (a:Entity)-[r:RELATED]->(b:Entity) WHERE a.label = 'ByteDance' RETURN b.label AS b, r.relation AS r")
    assert {(r["b"], r["r"]) for r in records} == {
        (G.nodes[v]["label"], d["relation"]) for _, v, d in G.out_edges("bytedance", data=True)}
