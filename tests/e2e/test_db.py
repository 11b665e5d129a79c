"""The embedded Cypher database and the Neo4j CSV files: the same answers as the networkx graph.

The graphs are the seed build and the 300 Lee ABC stories' build (session fixtures, see
tests/conftest.py); the databases are written from them once per module.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

import kg
from kg.db import DatabaseMissing, cypher, database_path, export, rows_to_csv, rows_to_json
from kg.export.cypherdb import load_tables, write_database
from kg.export.neo4j import ARRAY_DELIMITER, edge_id, tables

from html_graphs import tricky_graph



@pytest.fixture(scope="module", params=["seed", "abc"])
def built(request, seed_build, tmp_path_factory):
    """(graph, folder with graph.json and graph.lbug) for the seed and the 300 stories."""
    if request.param == "seed":
        return seed_build.graph, Path(seed_build.outputs["db"]).parent
    abc_graph = request.getfixturevalue("abc_graph")
    G = kg.load(abc_graph)
    out = tmp_path_factory.mktemp("abc_db")
    (out / "graph.json").write_bytes(abc_graph.read_bytes())
    write_database(G, out / "graph.lbug")
    return G, out


def _label(G, n):
    return G.nodes[n]["label"]


def test_counts_by_type(built):
    G, out = built
    rows = cypher(out, "MATCH (e:Entity) RETURN e.type AS type, count(*) AS n")
    assert {r["type"]: r["n"] for r in rows} == Counter(d["type"] for _, d in G.nodes(data=True))
    assert cypher(out, "MATCH ()-[r:RELATED]->() RETURN count(r) AS n")[0]["n"] == G.number_of_edges()


def test_neighbours_of_every_entity(built):
    G, out = built
    rows = cypher(out, "MATCH (a:Entity)-[r:RELATED]->(b:Entity) RETURN a.id AS a, r.relation AS rel, b.id AS b")
    assert Counter((r["a"], r["rel"], r["b"]) for r in rows) == Counter(
        (u, d["relation"], v) for u, v, d in G.edges(data=True))
    hub = max(G.nodes, key=lambda n: (G.degree(n), n))  # the most connected entity, by label
    rows = cypher(out, "MATCH (a:Entity)-[:RELATED]-(b:Entity) WHERE a.label = $label RETURN DISTINCT b.label AS b",
                  {"label": _label(G, hub)})
    want = {_label(G, n) for n in nx.all_neighbors(G, hub)}
    assert {r["b"] for r in rows} == want
    assert {r["neighbour"] for r in kg.neighbours(G, _label(G, hub))} == want


def test_two_hop_paths(built):
    G, out = built
    rows = cypher(out, "MATCH (a:Entity)-[:RELATED]->(m:Entity)-[:RELATED]->(c:Entity) "
                       "RETURN DISTINCT a.id AS a, m.id AS m, c.id AS c")
    want = {(a, m, c) for a, m in G.edges() for c in G.successors(m)}
    assert {(r["a"], r["m"], r["c"]) for r in rows} == want
    assert want, "the graph has 2-hop paths"


def test_evidence_of_every_edge(built):
    G, out = built
    rows = cypher(out, "MATCH (a:Entity)-[r:RELATED]->(b:Entity) MATCH (e:Evidence)-[:FROM_DOCUMENT]->(d:Document) "
                       "WHERE e.edge = r.id RETURN r.id AS id, d.id AS doc, e.sentence AS s, e.start_char AS s0, "
                       "e.end_char AS s1")
    got = Counter((r["id"], r["doc"], r["s"], r["s0"], r["s1"]) for r in rows)
    want = Counter((edge_id(u, k, v), ev["doc"], ev["sentence"], ev["start"], ev["end"])
                   for u, v, k, d in G.edges(keys=True, data=True) for ev in d["evidence"])
    assert got == want


def test_every_edge_attribute(built):
    G, out = built
    rows = cypher(out, "MATCH ()-[r:RELATED]->() RETURN r.id AS id, r.confidence AS confidence, "
                       "r.negated AS negated, r.hedged AS hedged, r.rule AS rule, r.date AS date, "
                       "r.money AS money, r.quantity AS quantity, r.predicate AS predicate, r.wikidata AS wikidata")
    got = {r.pop("id"): r for r in rows}
    for u, v, k, d in G.edges(keys=True, data=True):
        row = got[edge_id(u, k, v)]
        assert row == {"confidence": d["confidence"], "negated": d["negated"], "hedged": d["hedged"],
                       "rule": d["rule"], "date": d.get("date"), "money": d.get("money"),
                       "quantity": d.get("quantity"), "predicate": d.get("predicate"),
                       "wikidata": d.get("wikidata")}


def test_entities_and_mentioned_in(built):
    G, out = built
    rows = cypher(out, "MATCH (e:Entity) RETURN e.id AS id, e.label AS label, e.aliases AS aliases, "
                       "e.mentions AS mentions, e.docs AS docs")
    assert {r["id"]: (r["label"], r["aliases"], r["mentions"], r["docs"]) for r in rows} == {
        n: (d["label"], d["aliases"], d["mentions"], d["docs"]) for n, d in G.nodes(data=True)}
    rows = cypher(out, "MATCH (e:Entity)-[:MENTIONED_IN]->(d:Document) RETURN e.id AS e, d.id AS d")
    assert {(r["e"], r["d"]) for r in rows} == {(n, doc) for n, d in G.nodes(data=True) for doc in d["docs"]}


def test_seed_documents_have_their_path(seed_build):
    out = Path(seed_build.outputs["json"]).parent
    rows = cypher(out, "MATCH (d:Document) RETURN d.id AS id, d.path AS path")
    assert [r["id"] for r in rows] == ["tiktok_regulators.txt"]
    assert rows[0]["path"].endswith("seeds/tiktok_regulators.txt")


# --------------------------------------------------------------------------------------------
# Neo4j CSV files
# --------------------------------------------------------------------------------------------

#: The header fields of neo4j-admin's import format: name:type, or a special :ID/:LABEL/... field.
HEADER_FIELD = re.compile(
    r"^(?:\w+:ID\(\w+\)|:LABEL|:START_ID\(\w+\)|:END_ID\(\w+\)|:TYPE"
    r"|\w+(?::(?:int|long|float|double|boolean|byte|short|char|string|date|datetime)(?:\[\])?)?)$")


def read_csv(path: Path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def test_neo4j_headers_and_quoting(tmp_path):
    G = tricky_graph()
    written = export_graph(G, tmp_path)
    for name in ("entities", "documents", "evidence", "relations", "mentioned_in", "from_document"):
        header = read_csv(written[name])[0]
        assert all(HEADER_FIELD.match(f) for f in header), header
    assert read_csv(written["entities"])[0] == ["id:ID(Entity)", ":LABEL", "label", "type", "aliases:string[]",
                                                "mentions:int", "docs:string[]"]
    rel_header = read_csv(written["relations"])[0]
    assert rel_header[:3] == [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"]
    assert {"confidence:double", "negated:boolean", "hedged:boolean", "predicate", "wikidata"} <= set(rel_header)
    raw = written["entities"].read_text(encoding="utf-8")
    assert '"Acme, ""the"" Co."' in raw  # RFC 4180: quoted, inner quotes doubled
    assert "Acme;\"ACME, Inc\";Ácme" in raw or "Acme;ACME, Inc;Ácme" in raw.replace('"', "")
    ev = read_csv(written["evidence"])
    ev = {r[ev[0].index("edge")]: dict(zip(ev[0], r)) for r in ev[1:]}
    assert ev["bob|works for|acme"]["sentence"] == 'Bob said "yes,\nhe works" for Acme.'
    assert '"Bob said ""yes,\nhe works"" for Acme."' in written["evidence"].read_text(encoding="utf-8")
    assert ev["bob|works for|acme"]["page:int"] == "2" and ev["acme|not fired|bob"]["page:int"] == ""
    rels = {r[3]: dict(zip(rel_header, r)) for r in read_csv(written["relations"])[1:]}
    assert rels["acme|not fired|bob"]["negated:boolean"] == "true"
    assert rels["bob|works for|acme"]["wikidata"] == "P108"
    assert rels["acme|not fired|bob"]["predicate"] == ""  # absent: empty field, no property
    assert ":auto" not in written["load.cypher"].read_text() and "LOAD CSV WITH HEADERS" in written["load.cypher"].read_text()


def export_graph(G: nx.MultiDiGraph, folder: Path) -> dict[str, Path]:
    from kg.export.neo4j import write_neo4j

    return write_neo4j(G, folder / "neo4j", documents=[{"id": "a.txt", "path": "in/a.txt", "title": "A"}])


def test_neo4j_csv_round_trip(tmp_path):
    """The exported CSV files, read back by the documented format, give the graph back."""
    G = tricky_graph()
    written = export_graph(G, tmp_path)
    H = nx.MultiDiGraph()
    rows = read_csv(written["entities"])
    for r in rows[1:]:
        rec = dict(zip(rows[0], r))
        H.add_node(rec["id:ID(Entity)"], label=rec["label"], type=rec["type"],
                   aliases=rec["aliases:string[]"].split(ARRAY_DELIMITER), mentions=int(rec["mentions:int"]),
                   docs=rec["docs:string[]"].split(ARRAY_DELIMITER))
    rows = read_csv(written["relations"])
    for r in rows[1:]:
        rec = dict(zip(rows[0], r))
        H.add_edge(rec[":START_ID(Entity)"], rec[":END_ID(Entity)"], key=rec["key"], relation=rec["relation"],
                   negated=rec["negated:boolean"] == "true", confidence=float(rec["confidence:double"]))
    assert sorted(H.nodes) == sorted(G.nodes)
    assert H.nodes["acme"]["aliases"] == ["Acme", "ACME, Inc", "Ácme"]  # ';' inside an element became ','
    assert H.nodes["acme"]["docs"] == ["a.txt", "b, c.txt"]
    assert H.nodes["acme"]["label"] == G.nodes["acme"]["label"]
    for u, v, k, d in G.edges(keys=True, data=True):
        assert H.edges[u, v, k]["relation"] == d["relation"] and H.edges[u, v, k]["negated"] == d["negated"]


def test_neo4j_csv_files_load_into_the_embedded_database(tmp_path, seed_build):
    """The files of kg export --format neo4j load into a fresh LadybugDB with the same answers."""
    G = seed_build.graph
    written = export_graph(G, tmp_path)
    db = tmp_path / "copy.lbug"
    load_tables(written["entities"].parent, db, tables(G))
    rows = cypher(db, "MATCH (a:Entity)-[r:RELATED]->(b:Entity) RETURN a.id AS a, r.key AS k, b.id AS b, "
                      "r.evidence AS n")
    assert {(r["a"], r["k"], r["b"], r["n"]) for r in rows} == {
        (u, k, v, len(d["evidence"])) for u, v, k, d in G.edges(keys=True, data=True)}
    G2 = tricky_graph()
    written = export_graph(G2, tmp_path / "tricky")
    db2 = tmp_path / "tricky.lbug"
    load_tables(written["entities"].parent, db2, tables(G2))
    [row] = cypher(db2, "MATCH (e:Entity {id: 'acme'}) RETURN e.label AS label, e.aliases AS aliases")
    assert row == {"label": 'Acme, "the" Co.', "aliases": ["Acme", "ACME, Inc", "Ácme"]}
    [row] = cypher(db2, "MATCH (e:Evidence) WHERE e.page = 2 RETURN e.sentence AS s")
    assert row["s"] == 'Bob said "yes,\nhe works" for Acme.'


def test_export_from_a_build_folder(tmp_path, seed_build):
    out = Path(seed_build.outputs["db"]).parent
    written = export(out, "neo4j", tmp_path / "n")
    docs = read_csv(written["documents"])
    assert docs[1][0] == "tiktok_regulators.txt" and docs[1][2].endswith("seeds/tiktok_regulators.txt")
    with pytest.raises(ValueError, match="unknown export format"):
        export(out, "xml")


def test_database_is_replaced_whole(tmp_path):
    G = tricky_graph()
    target = write_database(G, tmp_path / "graph.lbug")
    assert cypher(tmp_path, "MATCH (e:Entity) RETURN count(*) AS n")[0]["n"] == 2
    G.add_node("carol", label="Carol", type="PERSON", aliases=["Carol"], mentions=1, docs=["a.txt"])
    write_database(G, target)
    assert cypher(tmp_path, "MATCH (e:Entity) RETURN count(*) AS n")[0]["n"] == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.lbug"]  # no temporary left behind


def test_missing_database_and_output_formats(tmp_path):
    with pytest.raises(DatabaseMissing, match="rebuild with kg build"):
        database_path(tmp_path)
    G = tricky_graph()
    write_database(G, tmp_path / "graph.lbug")
    rows = cypher(tmp_path / "graph.lbug", "MATCH (e:Entity) RETURN e.label AS label, e.aliases AS aliases ORDER BY e.id")
    assert rows_to_csv(rows).splitlines()[1] == '"Acme, ""the"" Co.","Acme;ACME, Inc;Ácme"'
    assert '"aliases": [' in rows_to_json(rows)


# --------------------------------------------------------------------------------------------
# kg query / kg export on the command line
# --------------------------------------------------------------------------------------------

def test_cli_query_table_json_csv_and_errors(seed_build, tmp_path):
    import json

    from typer.testing import CliRunner

    from kg.cli import app

    runner = CliRunner()
    out = str(Path(seed_build.outputs["db"]).parent)
    q = "MATCH (a:Entity)-[r:RELATED]->(b:Entity) WHERE a.label = 'ByteDance' RETURN b.label, r.relation ORDER BY b.label, r.relation"
    want = sorted((seed_build.graph.nodes[v]["label"], d["relation"])
                  for _, v, d in seed_build.graph.out_edges("bytedance", data=True))
    table = runner.invoke(app, ["query", out, q])
    assert table.exit_code == 0, table.output
    assert "b.label" in table.stdout and f"{len(want)} row(s)" in table.stdout
    as_json = runner.invoke(app, ["query", out, q, "--json"])
    assert [(r["b.label"], r["r.relation"]) for r in json.loads(as_json.stdout)] == want
    as_csv = runner.invoke(app, ["query", out, q, "--csv"])
    assert list(csv.reader(as_csv.stdout.splitlines()))[1:] == [list(w) for w in want]
    bad = runner.invoke(app, ["query", out, "MATCH (e:Entity RETURN e"])
    assert bad.exit_code == 1 and "query failed" in bad.output
    missing = runner.invoke(app, ["query", str(tmp_path), "MATCH (e) RETURN e"])
    assert missing.exit_code == 2 and "no embedded database" in missing.output
    exported = runner.invoke(app, ["export", out, "--format", "neo4j", "--to", str(tmp_path / "n")])
    assert exported.exit_code == 0, exported.output
    assert (tmp_path / "n" / "relations.csv").is_file() and (tmp_path / "n" / "load.cypher").is_file()
    wrong = runner.invoke(app, ["export", out, "--format", "xml"])
    assert wrong.exit_code == 2 and "unknown export format" in wrong.output
    assert runner.invoke(app, ["export", out, "-f", "turtle", "--bolt", "bolt://x"]).exit_code == 2


def test_a_quoted_cell_far_down_the_file_loads(tmp_path):
    """The 300 ABC stories' graph once failed to load: its first label with a comma ("India: New
    Economy, Old Economy") came on line 618, past the lines LadybugDB sniffs for the CSV dialect."""
    G = nx.MultiDiGraph()
    for i in range(1500):
        G.add_node(f"e{i:04d}", label=f"Entity {i}", type="ORG", aliases=[f"Entity {i}"], mentions=1, docs=["d"])
    tricky = 'India: New Economy, Old Economy "quoted"; semi'
    G.add_node("zz", label=tricky, type="WORK_OF_ART", aliases=[tricky], mentions=1, docs=["d"])
    G.add_edge("e0000", "zz", relation="wrote, then said", evidence=[], confidence=0.9)
    db = write_database(G, tmp_path / "graph.lbug")
    rows = cypher(db, "MATCH (a:Entity)-[r]->(b:Entity) RETURN b.label AS label, r.relation AS relation")
    assert [(r["label"], r["relation"]) for r in rows] == [(tricky, "wrote, then said")]
