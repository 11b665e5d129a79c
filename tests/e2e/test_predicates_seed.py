"""The seed build's edges are typed: every core relation of the seed gold has a predicate, the type
survives every export, and queries and ``kg stats`` count by predicate."""

from __future__ import annotations

import pytest

from conftest import GOLD
from kg.predicates import OTHER


@pytest.mark.skipif(not GOLD.exists(), reason="needs ../shared/eval/seed_gold.yaml")
def test_every_core_seed_relation_is_typed(seed_build):
    """Each of the 14 core relations of the seed gold is stated by an edge whose predicate is not `other`."""
    from kg.evaluate import _as_list, evaluate, gold_norm, load_gold

    gold = load_gold(GOLD)
    G = seed_build.graph
    names = {n: {gold_norm(d.get("label", n)), *map(gold_norm, d.get("aliases") or [])} for n, d in G.nodes(data=True)}
    keys = {e["id"]: {gold_norm(x) for x in _as_list(e["names"]) + _as_list(e.get("mentions", []))}
            for e in gold["entities"]}
    nodes_of = {g: {n for n, ns in names.items() if ns & k} for g, k in keys.items()}
    core = [r for r in gold["relations"] if r.get("core")]
    assert len(core) == 14 and evaluate(G, gold)["relations_core"] == [14, 14]
    for r in core:
        hs = {n for g in _as_list(r["head"]) for n in nodes_of[g]}
        ts = {n for g in _as_list(r["tail"]) for n in nodes_of[g]}
        preds = {d["predicate"] for u, v, d in G.edges(data=True)
                 if ((u in hs and v in ts) or (u in ts and v in hs)) and any(k.lower() in d["relation"].lower() for k in r["keywords"])}
        assert preds - {OTHER}, (r["head"], r["tail"], preds)


def _typing(d: dict) -> tuple[str, str, str]:
    return (d.get("predicate") or "", d.get("wikidata") or "", d.get("wikidata_inverse") or "")


def test_the_type_survives_every_export(seed_build):
    """graph.json, GraphML, GEXF and triples.csv read back with each edge's predicate and ids."""
    import csv

    import networkx as nx

    from kg.export.json_io import load

    G = seed_build.graph
    want = {(u, v, d["relation"]): _typing(d) for u, v, d in G.edges(data=True)}
    assert {t[0] for t in want.values()} - {OTHER} and any(t[1] for t in want.values())
    out = seed_build.outputs
    readers = {
        "json": lambda p: load(p),
        "graphml": lambda p: nx.read_graphml(p, force_multigraph=True),
        "gexf": lambda p: nx.read_gexf(p),
    }
    for fmt, read in readers.items():
        H = read(out[fmt])
        got = {(u, v, d["relation"]): _typing(d) for u, v, d in H.edges(data=True)}
        assert got == want, fmt
    with open(out["csv"], newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    got = {(r["head_id"], r["tail_id"], r["relation"]): (r["predicate"], r["wikidata"], r["wikidata_inverse"])
           for r in rows}
    assert got == want


def test_query_and_stats_by_predicate(seed_build, tmp_path):
    import json

    from typer.testing import CliRunner

    from kg.cli import app
    from kg.query import neighbours, summary

    G = seed_build.graph
    rows = neighbours(G, "ByteDance", predicate="subsidiary")
    assert [(r["direction"], r["neighbour"], r["predicate"]) for r in rows] == [("out", "TikTok", "subsidiary")]
    assert all(r["predicate"] == "chief_executive_of" for r in neighbours(G, "ByteDance", predicate="chief_executive_of"))
    counts = summary(G)["predicates"]
    assert sum(counts.values()) == G.number_of_edges() and counts["subsidiary"] == 1
    res = CliRunner().invoke(app, ["stats", str(seed_build.outputs["json"]), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["predicates"] == counts
    res = CliRunner().invoke(app, ["stats", str(seed_build.outputs["json"])])
    assert "Relations by predicate" in res.output and "subsidiary" in res.output
