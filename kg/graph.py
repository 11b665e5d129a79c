"""Building the NetworkX graph from resolved entities and per-document triples.

Follows the graph contract (README, "The graph contract"): one node per entity (``id``, ``label``, ``type``,
``aliases``, ``mentions``, ``docs``, plus ``merges`` for ``kg explain``); one edge per distinct
(head, relation, tail), the evidence of repeated statements merged into it. Each edge also gets
its type from kg/predicates.py: ``predicate`` and, where it has one, ``wikidata``. Facts that
follow from the typed edges are added as edges of their own (kg/infer.py, ``rule: derived:…``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable

import networkx as nx

from kg.model import DocResult, Entity
from kg.infer import add_derived
from kg.presume import add_presumed
from kg.predicates import OTHER, edge_attributes, node_types
from kg.presumed_edges import graph_types, one_pass

#: Lemma-ish key for merging "sold"/"sells" statements; the most frequent surface is displayed.
def _relation_key(relation: str) -> str:
    words = relation.lower().split()
    if words and words[0].endswith("ed") and len(words[0]) > 4:
        words[0] = words[0][:-2]
    if words and words[0].endswith("e") and len(words[0]) > 3:  # "acquire" / "acquired"
        words[0] = words[0][:-1]
    return " ".join(words)


def build_graph(entities: list[Entity], results: Iterable[DocResult], classify=edge_attributes) -> nx.MultiDiGraph:
    """Nodes from entities; edges from triples whose two mentions resolved to different entities.
    ``classify``: ``edge_attributes``, or the same answers kept from the last build (kg.predicates_memo)."""
    results = list(results)
    examples = _Examples(results)
    G = nx.MultiDiGraph()
    where: dict[tuple[str, int, int], str] = {}
    docs: list[tuple[Entity, list[str]]] = []
    for e in entities:
        docs.append((e, e.docs))
        G.add_node(
            e.id, label=e.label, type=e.type, aliases=e.aliases, mentions=len(e.mentions),
            docs=docs[-1][1], merges=e.merges(examples),
        )
        for m in e.mentions:
            where[(m.doc, m.start, m.end)] = e.id
    # from here on no node changes: its types, and each entity's documents, are read once
    with one_pass(G, docs):
        _add_edges(G, results, where, classify)
        del where, examples, docs  # one record per statement and per mention: not kept through inference
        add_derived(G)  # facts that follow from the typed edges (kg/infer.py)
        if add_presumed(G, entities, results):  # a document's one country (kg/presume.py)
            add_derived(G)
    return G


def _add_edges(G: nx.MultiDiGraph, results: list[DocResult], where: dict[tuple[str, int, int], str],
               classify) -> None:
    """One edge per distinct (head, relation, tail) of the triples whose mentions ``where`` puts
    in two different nodes, the evidence of repeated statements merged into it."""
    grouped: dict[tuple[str, str, str], dict] = {}
    for r in results:
        for t in r.triples:
            h, tl = r.mentions[t.head], r.mentions[t.tail]
            src = where.get((h.doc, h.start, h.end))
            dst = where.get((tl.doc, tl.start, tl.end))
            if src is None or dst is None or src == dst:
                continue
            # a denial ("did not share") is a different claim from the statement: never merged
            key = (src, ("not " if t.negated else "") + _relation_key(t.relation), dst)
            g = grouped.get(key)
            if g is None:  # (not setdefault: its default, ten new objects, was made for every triple)
                g = grouped[key] = {"surfaces": Counter(), "evidence": {}, "confidence": 0.0,
                                    "rules": Counter(), "negated": [], "hedged": [],
                                    "attrs": defaultdict(list), "declared": Counter(),
                                    "kinds": (set(), set())}
            g["kinds"][0].add(h.type)
            g["kinds"][1].add(tl.type)
            g["surfaces"][t.relation] += 1
            ev = t.evidence
            g["evidence"].setdefault((ev.doc, ev.start, ev.end), ev.to_dict())
            g["confidence"] = max(g["confidence"], t.confidence)
            g["rules"][t.rule] += 1
            g["negated"].append(t.negated)
            g["hedged"].append(t.hedged)
            if t.predicate:
                g["declared"][t.predicate] += 1
            for k, v in t.attrs.items():
                if v not in g["attrs"][k]:
                    g["attrs"][k].append(v)

    for (src, edge_key, dst), g in sorted(grouped.items()):
        relation = sorted(g["surfaces"].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        evidence = [g["evidence"][k] for k in sorted(g["evidence"])]
        n = len(evidence)
        # repeated, independent statements raise confidence a little
        confidence = round(min(0.99, g["confidence"] + 0.05 * (n - 1)), 3)
        attrs = {k: "; ".join(v) for k, v in sorted(g["attrs"].items())}
        rule = _most_common(g["rules"])
        negated = all(g["negated"])
        declared = _most_common(g["declared"]) if g["declared"] else None
        # the nodes' own types first: a mention NER typed otherwise ("Tigran Petrosian" a NORP,
        # its node a PERSON) types the edge only where the node's type fits no predicate
        typed = classify(relation, rule, graph_types(G, src), graph_types(G, dst), declared=declared,
                         negated=negated)
        if typed.get("predicate", OTHER) == OTHER:
            typed = classify(relation, rule, _types(G, src, g["kinds"][0]), _types(G, dst, g["kinds"][1]),
                             declared=declared, negated=negated)
        G.add_edge(
            src, dst, key=edge_key, relation=relation, evidence=evidence,
            confidence=confidence, rule=rule, negated=negated, hedged=all(g["hedged"]), **attrs, **typed,
        )


class _Examples:
    """(doc, mention text) -> its example sentence's record, made when a node's merges ask for it:
    a dict of every document's examples, made up front, held a gigabyte at 50,000 documents."""

    def __init__(self, results: list[DocResult]) -> None:
        self._by_doc = {r.doc: r.examples for r in results}

    def __bool__(self) -> bool:
        return True

    def get(self, key: tuple[str, str], default: dict | None = None) -> dict | None:
        ev = self._by_doc.get(key[0], {}).get(key[1])
        return ev.to_dict() if ev is not None else default


def _most_common(counts: Counter) -> str:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _types(G: nx.MultiDiGraph, node: str, kinds: Iterable[str] = ()) -> frozenset[str]:
    """The node's type with the refinements the predicate guards read (COUNTRY, PARTY…), and
    the types NER gave the mentions an edge was read from ("Piccard" a PERSON in the sentence
    that says "a French skier", though its node is an ORG). The node's own types are read once
    per build (``graph_types`` in ``one_pass``), its label only for a kind they lack."""
    out = graph_types(G, node)
    for kind in kinds:
        if kind not in out:
            out = out | node_types(kind, str(G.nodes[node].get("label", node)))
    return out
