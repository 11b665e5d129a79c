"""The graph as property-graph tables: ``neo4j-admin database import full`` CSV files.

One set of tables serves three consumers, so they cannot drift apart: the files of
``kg export --format neo4j`` (bulk import, or ``load.cypher`` with ``LOAD CSV`` into a running
server), the embedded database that ``kg build`` writes (:mod:`kg.export.cypherdb` copies these
same files in), and ``--bolt`` (:mod:`kg.export.bolt` sends the same rows).

Layout (Neo4j's documented import format): a header row whose fields are ``name:type``
(``id:ID(Entity)``, ``:LABEL``, ``:START_ID(Entity)``, ``:END_ID(Document)``, ``:TYPE``,
``mentions:int``, ``aliases:string[]``); array elements separated by ``;``; fields quoted with
``"`` when they need it, a quote inside doubled (RFC 4180). Sentences can hold line breaks, so
``neo4j-admin`` needs ``--multiline-fields=true``. An absent value is an empty field (no property).

Nodes: ``Entity`` (id, label, type, aliases, mentions, docs), ``Document`` (id, path, title, date),
``Evidence`` (one per evidence sentence of an edge: its ``edge`` id, doc, sentence, start_char, end_char,
page). Relationships: ``RELATED`` (every relation edge with each contract attribute; ``id`` is
what ``Evidence.edge`` holds), ``MENTIONED_IN`` (entity to document) and ``FROM_DOCUMENT``
(evidence to document).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export.atomic import atomic_open

ARRAY_DELIMITER = ";"

#: Edge attributes with a column of their own (the graph contract, typed relations included);
#: any other attribute goes, as JSON, into ``extra``. Absent ones are empty (null).
EDGE_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "string"), ("key", "string"), ("relation", "string"), ("predicate", "string"),
    ("wikidata", "string"), ("confidence", "double"), ("negated", "boolean"), ("hedged", "boolean"),
    ("rule", "string"), ("date", "string"), ("money", "string"), ("quantity", "string"),
    ("reported_by", "string"), ("evidence", "int"), ("extra", "string"),
)
_NOT_EXTRA = {name for name, _ in EDGE_FIELDS} | {"evidence"}


@dataclass(frozen=True)
class Table:
    """One CSV file: what it holds (``kind`` node/rel, Neo4j ``label``/type), header and rows."""

    name: str          # file stem: entities, documents, ...
    kind: str          # "node" or "rel"
    label: str         # node label or relationship type
    columns: tuple[tuple[str, str], ...]  # (property, Neo4j type); "" for :ID/:START_ID/...
    rows: tuple[tuple[Any, ...], ...] | LazyRows
    start: str = ""    # rel tables: the ID spaces (node labels) of both ends
    end: str = ""

    @property
    def filename(self) -> str:
        return f"{self.name}.csv"

    def header(self) -> list[str]:
        """Neo4j's typed header: ``id:ID(Entity)``, ``:LABEL``, ``mentions:int``..."""
        if self.kind == "node":
            fields = [f"id:ID({self.label})", ":LABEL"]
        else:
            fields = [f":START_ID({self.start})", f":END_ID({self.end})", ":TYPE"]
        return fields + [name if typ == "string" else f"{name}:{typ}" for name, typ in self.columns]

    def records(self) -> Iterator[list[Any]]:
        """Rows as written: the id or both ends, the label or type, then the properties."""
        for row in self.rows:
            if self.kind == "node":
                yield [row[0], self.label, *row[1:]]
            else:
                yield [row[0], row[1], self.label, *row[2:]]


def edge_id(u: str, key: str, v: str) -> str:
    """A relation edge's stable id, unique in a MultiDiGraph: ``head|key|tail``."""
    return f"{u}|{key}|{v}"


def documents_of(G: nx.MultiDiGraph, documents: Iterable[dict] | None = None) -> list[dict]:
    """Document records (id, path, title, date): the build's, else the ids the graph names."""
    found: dict[str, dict] = {}
    for d in documents or ():
        found[str(d["id"])] = {"id": str(d["id"]), "path": d.get("path") or None,
                               "title": d.get("title") or None, "date": d.get("date") or None}
    for _, data in G.nodes(data=True):
        for doc in data.get("docs") or ():
            found.setdefault(str(doc), {"id": str(doc), "path": None, "title": None, "date": None})
    for *_, data in G.edges(data=True):
        for ev in data.get("evidence") or ():
            doc = str(ev.get("doc"))
            found.setdefault(doc, {"id": doc, "path": None, "title": None, "date": None})
    return [found[k] for k in sorted(found)]


class LazyRows:
    """A table's rows made afresh on each pass instead of held: the evidence of a large graph is
    millions of rows (one per sentence of every edge, derived edges repeating their premises')."""

    def __init__(self, make: Callable[[], Iterator[tuple[Any, ...]]], count: int) -> None:
        self._make, self._count = make, count

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return self._make()

    def __len__(self) -> int:
        return self._count


def tables(G: nx.MultiDiGraph, documents: Iterable[dict] | None = None) -> list[Table]:
    """The graph as node and relationship tables, rows sorted (the same graph, the same bytes)."""
    docs = documents_of(G, documents)
    nodes = sorted(G.nodes, key=str)
    entities = [entity_row(n, G.nodes[n]) for n in nodes]

    def mentioned() -> Iterator[tuple[Any, ...]]:
        for n in nodes:
            yield from mentioned_rows(n, G.nodes[n])

    edges = sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    relations = [relation_row(u, v, k, d) for u, v, k, d in edges]

    def evidence() -> Iterator[tuple[Any, ...]]:
        for u, v, k, d in edges:
            yield from evidence_rows(u, v, k, d)

    def found_in() -> Iterator[tuple[Any, ...]]:
        for row in evidence():
            yield row[0], row[2]

    n_evidence = sum(len(_evidence(d)) for *_, d in edges)
    n_mentioned = sum(len({str(x) for x in G.nodes[n].get("docs") or ()}) for n in nodes)
    return make_tables(tuple(entities), tuple(document_row(d) for d in docs), LazyRows(evidence, n_evidence),
                       tuple(relations), LazyRows(mentioned, n_mentioned), LazyRows(found_in, n_evidence))


def make_tables(entities: Any, docs: Any, evidence: Any, relations: Any, mentioned: Any, found_in: Any
                ) -> list[Table]:
    """The six tables of the schema, with the given rows (``kg.export.db_update`` gives a few of each)."""
    s = "string"
    return [
        Table("entities", "node", "Entity", (("label", s), ("type", s), ("aliases", "string[]"),
                                             ("mentions", "int"), ("docs", "string[]")), entities),
        Table("documents", "node", "Document", (("path", s), ("title", s), ("date", s)), docs),
        Table("evidence", "node", "Evidence", (("edge", s), ("doc", s), ("sentence", s), ("start_char", "int"),
                                               ("end_char", "int"), ("page", "int")), evidence),
        Table("relations", "rel", "RELATED", EDGE_FIELDS[:], relations, "Entity", "Entity"),
        Table("mentioned_in", "rel", "MENTIONED_IN", (), mentioned, "Entity", "Document"),
        Table("from_document", "rel", "FROM_DOCUMENT", (), found_in, "Evidence", "Document"),
    ]


def entity_row(n: Any, d: dict) -> tuple[Any, ...]:
    """A node's ``Entity`` row: a function of its id and attributes only."""
    return (str(n), d.get("label", str(n)), d.get("type"), _array(d.get("aliases")), d.get("mentions"),
            _array(d.get("docs")))


def mentioned_rows(n: Any, d: dict) -> Iterator[tuple[Any, ...]]:
    """A node's ``MENTIONED_IN`` rows (one per document it names)."""
    return ((str(n), doc) for doc in sorted({str(x) for x in d.get("docs") or ()}))


def document_row(d: dict) -> tuple[Any, ...]:
    return (d["id"], d["path"], d["title"], d["date"])


def relation_row(u: Any, v: Any, k: Any, d: dict) -> tuple[Any, ...]:
    """An edge's ``RELATED`` row: a function of its ends, key and attributes only."""
    eid = edge_id(str(u), str(k), str(v))
    extra = {a: b for a, b in sorted(d.items()) if a not in _NOT_EXTRA and b is not None}
    values = {**d, "id": eid, "key": str(k), "evidence": len(_evidence(d)),
              "extra": json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None}
    return (str(u), str(v), *(values.get(name) for name, _ in EDGE_FIELDS))


def evidence_rows(u: Any, v: Any, k: Any, d: dict) -> Iterator[tuple[Any, ...]]:
    """An edge's ``Evidence`` rows (one per evidence sentence)."""
    eid = edge_id(str(u), str(k), str(v))
    for i, ev in enumerate(_evidence(d)):
        yield (f"{eid}#{i}", eid, str(ev.get("doc")), ev.get("sentence"), ev.get("start"), ev.get("end"),
               ev.get("page"))


def _evidence(d: dict) -> list[dict]:
    return [e for e in d.get("evidence") or () if isinstance(e, dict)]


def _array(values: Any) -> str | None:
    """A list property as one field: elements joined by ``;`` (a ``;`` inside one becomes ``,``)."""
    items = [str(x).replace(ARRAY_DELIMITER, ",") for x in values or ()]
    return ARRAY_DELIMITER.join(items) if items else None


def _cell(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def write_table(table: Table, path: str | os.PathLike, atomic: bool = True) -> Path:
    """One CSV file (atomically unless it is a scratch file); ``\\n`` line ends, RFC 4180 quoting."""
    with (atomic_open(path, "w", newline="") if atomic else open(path, "w", encoding="utf-8", newline="")) as fh:
        w = csv.writer(fh, lineterminator="\n", quoting=csv.QUOTE_MINIMAL, doublequote=True)
        w.writerow(table.header())
        for record in table.records():
            w.writerow([_cell(x) for x in record])
    return Path(path)


def write_neo4j(G: nx.MultiDiGraph, folder: str | os.PathLike, documents: Iterable[dict] | None = None,
                ) -> dict[str, Path]:
    """Write the CSV files and ``load.cypher`` into ``folder``; return them by name."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    all_tables = tables(G, documents)
    for table in all_tables:
        written[table.name] = write_table(table, out / table.filename)
    from kg.export.atomic import write_text_atomic

    written["load.cypher"] = write_text_atomic(out / "load.cypher", load_cypher(all_tables))
    return written


# --------------------------------------------------------------------------------------------
# LOAD CSV into a running server
# --------------------------------------------------------------------------------------------

_CONVERT = {"int": "toInteger({})", "double": "toFloat({})", "boolean": "({} = 'true')",
            "string[]": "split({}, '" + ARRAY_DELIMITER + "')", "string": "{}"}


def _field(name: str, typ: str) -> str:
    header = name if typ == "string" else f"{name}:{typ}"
    return _CONVERT[typ].format(f"row.`{header}`")


def load_cypher(all_tables: list[Table]) -> str:
    """A script for ``cypher-shell -f load.cypher`` with the CSV files in the server's import folder.

    Constraints first (each ``MERGE`` then finds its node through an index), nodes before
    relationships, batched with ``CALL { … } IN TRANSACTIONS``.
    """
    lines = ["// kg: load the CSV files of this folder into Neo4j 5 with LOAD CSV.",
             "// Copy the *.csv files into the server's import folder, then run:",
             "//   cypher-shell -u neo4j -p PASSWORD -f load.cypher", ""]
    for t in all_tables:
        if t.kind == "node":
            lines.append(f"CREATE CONSTRAINT {t.label.lower()}_id IF NOT EXISTS "
                         f"FOR (n:{t.label}) REQUIRE n.id IS UNIQUE;")
    lines.append("CREATE INDEX evidence_edge IF NOT EXISTS FOR (n:Evidence) ON (n.edge);")
    lines.append("")
    for t in all_tables:
        src = f"LOAD CSV WITH HEADERS FROM 'file:///{t.filename}' AS row"
        props = ", ".join(f"{name}: {_field(name, typ)}" for name, typ in t.columns)
        if t.kind == "node":
            body = f"MERGE (n:{t.label} {{id: row.`id:ID({t.label})`}}) SET n += {{{props}}}"
        else:
            body = (f"MATCH (a:{t.start} {{id: row.`:START_ID({t.start})`}}) "
                    f"MATCH (b:{t.end} {{id: row.`:END_ID({t.end})`}}) "
                    f"CREATE (a)-[r:{t.label}]->(b)" + (f" SET r += {{{props}}}" if props else ""))
        lines.append(f"{src}\nCALL {{ WITH row {body} }} IN TRANSACTIONS OF 1000 ROWS;\n")
    return "\n".join(lines)
