"""The predicate vocabulary (kg/data/predicates.yaml) and its mapping (kg/predicates.py).

Every example of the table is a test: a sentence goes through the real model and the graph, and its
edge must carry the predicate and its Wikidata id; an ``edge`` example tests the mapping alone.
"""

from __future__ import annotations

import re

import pytest

from kg.predicates import OTHER, by_name, classify, edge_attributes, node_types, vocabulary

from conftest import GOLD

MODEL_EXAMPLES = [pytest.param(p.name, e, id=f"{p.name}:{e['text']}")
                  for p in vocabulary() for e in p.examples if "text" in e]
EDGE_EXAMPLES = [pytest.param(p.name, e, id=f"{p.name}:{e['edge'][1]}")
                 for p in vocabulary() for e in p.examples if "edge" in e]


def _norm(label: str) -> str:
    return label.lower().removeprefix("the ")


def _typed(name: str) -> dict[str, str]:
    p = by_name()[name]
    out = {"predicate": name}
    if p.wikidata:
        out["wikidata"] = p.wikidata
    if p.wikidata_inverse:
        out["wikidata_inverse"] = p.wikidata_inverse
    return out


def test_the_vocabulary_is_well_formed():
    names = [p.name for p in vocabulary()]
    assert len(names) == len(set(names))
    known_types = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART",
                   "COUNTRY", "CONTINENT", "PARTY", "AWARD", "RELIGION", "NATIONALITY", "WATER", "CONFLICT"}
    for p in vocabulary():
        assert p.examples, f"{p.name} has no example"
        assert p.head <= known_types and p.tail <= known_types, p.name
        assert p.verbs or p.nouns or p.rules, f"{p.name} has no cue"
        for pid in (p.wikidata, p.wikidata_inverse):
            assert pid is None or re.fullmatch(r"P\d+", pid), p.name
        if p.inverse:
            assert p.inverse in by_name(), f"{p.name}: unknown inverse {p.inverse}"
            back = by_name()[p.inverse]
            assert back.inverse in (None, p.name), (p.name, back.name)


@pytest.mark.parametrize("name, example", MODEL_EXAMPLES)
def test_example_sentence_gets_its_predicate(extractor, name, example):
    """Sentence -> real model -> graph: the edge from head to tail carries the predicate and its id."""
    from kg.api import graph_from_results
    from kg.model import Document

    G = graph_from_results([extractor.one(Document("t", example["text"]))])
    label = {n: _norm(d["label"]) for n, d in G.nodes(data=True)}
    edges = {(label[u], label[v]): {k: d[k] for k in ("predicate", "wikidata", "wikidata_inverse") if k in d}
             for u, v, d in G.edges(data=True)}
    key = (_norm(example["head"]), _norm(example["tail"]))
    assert edges.get(key) == _typed(name), edges


@pytest.mark.parametrize("name, example", EDGE_EXAMPLES)
def test_example_edge_gets_its_predicate(name, example):
    """Phrases the relation rules do not produce yet (``album by``) or declare (``nationality``)."""
    rule, relation, head_type, tail_type = example["edge"]
    got = edge_attributes(relation, rule, node_types(head_type, example.get("head", "")),
                          node_types(tail_type, example.get("tail", "")), declared=example.get("declared"))
    assert got == _typed(name)


@pytest.mark.parametrize("relation, rule, head, tail, expected", [
    # citizenship: only a person, only to a country or a nationality
    ("citizen of", "appos", ("PERSON", "Marie Curie"), ("GPE", "France"), "citizenship"),
    ("citizen of", "appos", ("PERSON", "Marie Curie"), ("GPE", "Paris"), OTHER),
    ("citizen of", "appos", ("ORG", "Airbus"), ("GPE", "France"), OTHER),
    ("american", "nationality", ("PERSON", "Bob Dylan"), ("NORP", "American"), "citizenship"),
    ("american", "nationality", ("WORK_OF_ART", "Jaws"), ("NORP", "American"), "country_of_origin"),
    ("american", "nationality", ("ORG", "Ford"), ("NORP", "American"), "country"),
    # a NORP is a nationality unless it names a religion or a political group
    ("catholic", "nationality", ("PERSON", "Thomas More"), ("NORP", "Catholic"), "religion"),
    ("republican", "nationality", ("PERSON", "Bob Dole"), ("NORP", "Republican"), OTHER),
    ("citizen of", "appos", ("PERSON", "Bob Dole"), ("NORP", "Sunni Muslims"), OTHER),
    # ... and stands for a country only where a rule says it is a nationality
    ("film in", "copula", ("WORK_OF_ART", "Hero"), ("NORP", "Chinese"), OTHER),
    ("priest of", "appos", ("PERSON", "John Smith"), ("ORG", "Roman Catholic Church"), "religion"),
    ("member of", "copula", ("ORG", "Pittsburgh Catholic"), ("ORG", "Catholic Press Association"), "member_of"),
    # headquarters: only an organisation, only to a place
    ("headquartered in", "prep", ("ORG", "Siemens"), ("GPE", "Munich"), "headquarters"),
    ("headquartered in", "prep", ("PERSON", "Jane Doe"), ("GPE", "Munich"), OTHER),
    ("headquartered in", "prep", ("ORG", "Siemens"), ("PERSON", "Jane Doe"), OTHER),
    # a place in a country is `country`, in a region `located_in`, on a continent `continent`
    ("located in", "prep", ("GPE", "Lyon"), ("GPE", "France"), "country"),
    ("located in", "prep", ("GPE", "Lyon"), ("GPE", "Auvergne-Rhône-Alpes"), "located_in"),
    ("located in", "prep", ("GPE", "Mali"), ("LOC", "Africa"), "continent"),
    # born: a person, at a place
    ("born in", "prep", ("PERSON", "Ada Lovelace"), ("GPE", "London"), "place_of_birth"),
    ("born in", "prep", ("ORG", "Acme"), ("GPE", "London"), OTHER),
    ("born in", "prep", ("PERSON", "Ada Lovelace"), ("DATE", "1815"), OTHER),
    # a party is a party by its name; other organisations joined are no party
    ("member of", "appos", ("PERSON", "Tom Hale"), ("ORG", "Labour Party"), "member_of_political_party"),
    ("member of", "appos", ("PERSON", "Tom Hale"), ("ORG", "NATO"), "member_of"),
    # a role's noun decides, whatever its modifiers
    ("former chief executive officer of", "appos", ("PERSON", "Jane Doe"), ("ORG", "Acme"), "chief_executive_of"),
    ("president of", "title", ("PERSON", "Jane Doe"), ("GPE", "France"), "head_of_state_of"),
    ("president of", "title", ("PERSON", "Jane Doe"), ("ORG", "Acme"), "leader_of"),
    # a content verb is the relation; a support verb lets its object noun speak
    ("stopped acquisition of", "object_prep", ("ORG", "CFIUS"), ("ORG", "MoneyGram"), "blocked"),
    ("completed acquisition of", "object_prep", ("ORG", "Ant"), ("ORG", "MoneyGram"), "acquired"),
    ("filed lawsuit against", "object_prep", ("ORG", "Epic"), ("ORG", "Apple"), "sued"),
    ("dismissed lawsuit against", "object_prep", ("ORG", "Epic"), ("ORG", "Apple"), OTHER),
    # an owner's noun ("its backup server in") is no place of the owner
    ("backup server in", "existential", ("ORG", "TikTok"), ("GPE", "Singapore"), OTHER),
    ("town in", "appos", ("GPE", "Oakland"), ("GPE", "California"), "located_in"),
    ("borders", "svo", ("GPE", "Belgium"), ("LOC", "North Sea"), "next_to_body_of_water"),
    ("borders", "svo", ("GPE", "Belgium"), ("GPE", "France"), "shares_border_with"),
    # a war is a conflict, another event is taken part in
    ("fought in", "prep", ("PERSON", "John Smith"), ("EVENT", "the Korean War"), "conflict"),
    ("competed in", "prep", ("PERSON", "John Smith"), ("EVENT", "the Olympic Games"), "participant_in"),
    # nothing fits: the phrase stays, the predicate is `other`
    ("regarded", "svo", ("PERSON", "Zuckerberg"), ("ORG", "TikTok"), OTHER),
])
def test_type_guards(relation, rule, head, tail, expected):
    got = edge_attributes(relation, rule, node_types(*head), node_types(*tail))["predicate"]
    assert got == expected


def test_a_declared_predicate_wins_and_is_still_guarded():
    person, country = node_types("PERSON", "Bob Dylan"), node_types("GPE", "United States")
    assert classify("lives near", "appos", person, country, declared="citizenship").name == "citizenship"
    assert classify("lives near", "appos", node_types("ORG", "Acme"), country, declared="citizenship") is None
    assert classify("born in", "prep", person, country, declared="no_such_predicate") is None


def test_a_denied_statement_keeps_its_predicate_but_no_wikidata():
    person, city = node_types("PERSON", "Ada Lovelace"), node_types("GPE", "London")
    assert edge_attributes("born in", "prep", person, city, negated=True) == {"predicate": "place_of_birth"}


def test_the_graph_uses_a_rule_s_declared_predicate():
    """``Triple.predicate`` (set by a relation rule) reaches the edge through kg.graph."""
    from kg.graph import build_graph
    from kg.model import DocResult, Evidence, Mention, Triple
    from kg.resolve import resolve

    text = "Bob Dylan, an American songwriter."
    mentions = [Mention("d", 0, 9, "Bob Dylan", "PERSON", 0, len(text)),
                Mention("d", 14, 22, "American", "NORP", 0, len(text))]
    triple = Triple(0, "american", 1, Evidence("d", text, 0, len(text)), 0.8, "nationality_x",
                    predicate="citizenship")
    result = DocResult("d", mentions=mentions, triples=[triple])
    G = build_graph(resolve(mentions), [result])
    (_, _, data), = G.edges(data=True)
    assert (data["predicate"], data["wikidata"], data["relation"]) == ("citizenship", "P27", "american")


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


def test_the_readme_table_is_the_vocabulary():
    """README's predicate table is generated from kg/data/predicates.yaml and must stay equal to it."""
    from kg.predicates import markdown_table

    from conftest import ROOT

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("<!-- predicates:start")
    start = text.index("\n", start) + 1
    end = text.index("<!-- predicates:end -->")
    assert text[start:end].rstrip("\n") == markdown_table()
