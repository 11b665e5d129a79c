"""The graph as linked data (rdflib): Turtle or JSON-LD.

- Entities are IRIs under ``urn:kg:entity:`` with ``rdfs:label``, ``skos:altLabel`` for each other
  alias, ``rdf:type`` ``kg:Entity`` and their type (``kg:ORG``…), ``kg:mentions``, and
  ``kg:mentionedIn`` their documents.
- Each edge is a direct triple ``head predicate tail``: the Wikidata property (``wdt:P131``) when the
  edge has ``wikidata``, else kg's own ``urn:kg:relation:<predicate or relation>``. A negated edge
  ("did not buy") states no direct triple: it exists only as its statement.
- Each edge is also reified (``rdf:Statement`` with ``rdf:subject``/``rdf:predicate``/``rdf:object``)
  so it keeps its own attributes (``kg:relation``, ``kg:confidence``, ``kg:negated``, ``kg:hedged``,
  ``kg:rule``, ``kg:date``…) and its evidence: ``prov:wasDerivedFrom`` one sentence node per
  evidence sentence, with its text (``nif:anchorOf``), offsets in the cleaned document
  (``nif:beginIndex``/``nif:endIndex``), its document (``nif:referenceContext``) and page.
- Documents are ``urn:kg:doc:<id>`` with ``dcterms:title``, ``dcterms:source`` (path) and date.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

import networkx as nx

from kg.export.atomic import write_text_atomic
from kg.export.extras import require
from kg.export.neo4j import documents_of, edge_id

RDF_FILES = {"turtle": "graph.ttl", "jsonld": "graph.jsonld"}
BASE = "urn:kg:"
WIKIDATA = "http://www.wikidata.org/prop/direct/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
_SCALARS = ("date", "money", "quantity", "reported_by", "predicate", "wikidata")


def _iri(ns: str, name: str) -> str:
    return ns + quote(str(name), safe="")


def predicate_iri(data: dict, base: str = BASE) -> str:
    """``wdt:Pnnn`` for an edge with a Wikidata property, else kg's own relation IRI."""
    match = re.search(r"P\d+", str(data.get("wikidata") or ""))
    if match:
        return WIKIDATA + match.group(0)
    name = str(data.get("predicate") or data.get("relation") or "related")
    return _iri(base + "relation:", re.sub(r"\s+", "_", name.strip().lower()))


def to_rdf(G: nx.MultiDiGraph, documents: Iterable[dict] | None = None, base: str = BASE):
    """An ``rdflib.Graph`` of ``G`` (see the module docstring for the vocabulary)."""
    rdflib = require("rdflib", 'RDF export needs rdflib: pip install "kg-builder[rdf]"')
    from rdflib import RDF, RDFS, XSD, Literal, Namespace, URIRef
    from rdflib.namespace import DCTERMS, PROV, SKOS

    KG = Namespace(base)
    g = rdflib.Graph(bind_namespaces="none")  # only the vocabularies used, not rdflib's forty
    for prefix, ns in (("rdf", str(RDF)), ("rdfs", str(RDFS)), ("xsd", str(XSD)), ("kg", base), ("ent", base + "entity:"), ("rel", base + "relation:"),
                       ("doc", base + "doc:"), ("wdt", WIKIDATA), ("nif", NIF), ("prov", str(PROV)),
                       ("skos", str(SKOS)), ("dcterms", str(DCTERMS))):
        g.bind(prefix, ns)
    entity = {n: URIRef(_iri(base + "entity:", n)) for n in G.nodes}
    doc_iri = {}
    for d in documents_of(G, documents):
        iri = doc_iri[d["id"]] = URIRef(_iri(base + "doc:", d["id"]))
        g.add((iri, RDF.type, KG.Document))
        g.add((iri, RDF.type, URIRef(NIF + "Context")))
        g.add((iri, RDFS.label, Literal(d["id"])))
        for prop, key in ((DCTERMS.title, "title"), (DCTERMS.source, "path"), (DCTERMS.date, "date")):
            if d.get(key):
                g.add((iri, prop, Literal(d[key])))
    for n, d in G.nodes(data=True):
        s = entity[n]
        label = d.get("label", str(n))
        g.add((s, RDF.type, KG.Entity))
        if d.get("type"):
            g.add((s, RDF.type, KG[str(d["type"])]))
        g.add((s, RDFS.label, Literal(label)))
        for alias in d.get("aliases") or ():
            if alias != label:
                g.add((s, SKOS.altLabel, Literal(alias)))
        if d.get("mentions") is not None:
            g.add((s, KG.mentions, Literal(int(d["mentions"]))))
        for doc in d.get("docs") or ():
            g.add((s, KG.mentionedIn, doc_iri[str(doc)]))
    for u, v, k, d in G.edges(keys=True, data=True):
        p = URIRef(predicate_iri(d, base))
        if not d.get("negated"):
            g.add((entity[u], p, entity[v]))
        st = URIRef(_iri(base + "statement:", edge_id(str(u), str(k), str(v))))
        g.add((st, RDF.type, RDF.Statement))
        g.add((st, RDF.subject, entity[u]))
        g.add((st, RDF.predicate, p))
        g.add((st, RDF.object, entity[v]))
        g.add((st, KG.relation, Literal(d.get("relation", ""))))
        for flag in ("negated", "hedged"):
            g.add((st, KG[flag], Literal(bool(d.get(flag)))))
        if d.get("confidence") is not None:
            g.add((st, KG.confidence, Literal(float(d["confidence"]), datatype=XSD.double)))
        if d.get("rule"):
            g.add((st, KG.rule, Literal(d["rule"])))
        for attr in _SCALARS:
            if d.get(attr) is not None:
                g.add((st, KG[attr], Literal(str(d[attr]))))
        for ev in d.get("evidence") or ():
            sent = URIRef(f"{_iri(base + 'sentence:', ev['doc'])}#char={ev['start']},{ev['end']}")
            g.add((st, PROV.wasDerivedFrom, sent))
            g.add((sent, RDF.type, KG.Sentence))
            g.add((sent, URIRef(NIF + "anchorOf"), Literal(ev.get("sentence", ""))))
            g.add((sent, URIRef(NIF + "beginIndex"), Literal(int(ev["start"]), datatype=XSD.nonNegativeInteger)))
            g.add((sent, URIRef(NIF + "endIndex"), Literal(int(ev["end"]), datatype=XSD.nonNegativeInteger)))
            g.add((sent, URIRef(NIF + "referenceContext"), doc_iri[str(ev["doc"])]))
            if ev.get("page") is not None:
                g.add((sent, KG.page, Literal(int(ev["page"]))))
    return g


def write_rdf(G: nx.MultiDiGraph, path: str | os.PathLike, fmt: str = "turtle",
              documents: Iterable[dict] | None = None, base: str | None = None) -> Path:
    """Serialise ``G`` as Turtle or JSON-LD to ``path`` (atomically)."""
    if fmt not in RDF_FILES:
        raise ValueError(f"unknown RDF format {fmt!r}; choose from {', '.join(RDF_FILES)}")
    g = to_rdf(G, documents, base or BASE)
    text = g.serialize(format="turtle" if fmt == "turtle" else "json-ld",
                       **({"auto_compact": True} if fmt == "jsonld" else {}))
    return write_text_atomic(path, text if text.endswith("\n") else text + "\n")
