"""Derived edges: the facts that follow from the typed edges a graph already has.

A sentence states a fact once and leaves its consequences to the reader: "Calgary is a city in
Alberta" and "Alberta is a province of Canada" say Calgary is in Canada; "Thriller is an album by
Michael Jackson" says Thriller is a work of Michael Jackson; a place in a country is located in
it (Wikidata states both P17 and P131 for a town of a country). The rows of
``kg/data/derivations.yaml`` say which facts follow from which; this module applies them to a
built graph, in rounds until nothing new follows, and adds each new fact as an edge of its own:
``rule: derived:NAME``, ``derived_from`` (the premises, readable), the evidence sentences of every
premise, and a confidence below the weakest premise's. Deterministic: premises and rows are
visited in sorted / table order.

Only typed edges that are neither denied nor hedged are premises, and a derived edge passes its
predicate's type guard like any other, so nothing is derived from a phrase kg could not type.
Nor is a fact on a cycle of a transitive predicate (A in B, B in A: :func:`on_cycles`) a premise,
nor is a place whose stated parents disagree (in two places neither of which is in the other: two
places with one name merged, or a wrong parse; kg/infer_places.py) the middle of any chain:
nothing is derived through it.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for n, t in [("calgary", "GPE"), ("alberta", "GPE"), ("canada", "GPE")]:
...     G.add_node(n, label=n.title(), type=t)
>>> G.add_edge("calgary", "alberta", key="located in", relation="city in", predicate="located_in",
...            wikidata="P131", confidence=0.8, evidence=[{"doc": "d", "start": 0, "end": 40}])
'located in'
>>> G.add_edge("alberta", "canada", key="province of", relation="province of", predicate="located_in",
...            wikidata="P131", confidence=0.8, evidence=[{"doc": "d", "start": 41, "end": 80}])
'province of'
>>> sorted((u, v, d["wikidata"]) for u, v, d in derive(G))
[('alberta', 'canada', 'P17'), ('calgary', 'canada', 'P131'), ('calgary', 'canada', 'P17')]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Hashable

import networkx as nx
from kg import datafiles

from kg.infer_chains import Chains
from kg.infer_places import conflated, parent_predicates
from kg.predicates import OTHER, Predicate, by_name, node_types
from kg.presumed_edges import country_key

#: A derived edge's confidence is its weakest premise's times this (a chain is weaker than a link).
DISCOUNT = 0.9


@dataclass(frozen=True)
class Derivation:
    """A row of ``kg/data/derivations.yaml``."""

    name: str
    when: tuple[str, ...]
    then: str
    reverse: bool
    restate: bool
    not_rules: frozenset[str]
    not_head: frozenset[str]
    head: frozenset[str]
    tail: frozenset[str]
    example: dict[str, Any]


@dataclass
class Fact:
    """A typed statement X -predicate-> Y: stated by an edge, or derived."""

    premises: list[str]  # readable: "Calgary located_in Alberta"
    evidence: list[dict[str, Any]]
    confidence: float
    rule: str = ""  # the relation rule of a stated edge ("nationality", "place_chain"); "" derived


@lru_cache(maxsize=1)
def table() -> tuple[int, tuple[Derivation, ...]]:
    """The number of rounds and the rows of the table, in order."""
    data = datafiles.table("derivations.yaml")
    rows = tuple(Derivation(
        name=r["name"], when=tuple(r["when"]), then=r["then"], reverse=bool(r.get("reverse")),
        restate=bool(r.get("restate")), not_rules=frozenset(r.get("not_rules") or ()),
        not_head=frozenset(r.get("not_head") or ()),
        head=frozenset(r.get("head") or ()), tail=frozenset(r.get("tail") or ()),
        example=dict(r.get("example") or {}),
    ) for r in data["derivations"])
    return int(data.get("rounds", 4)), rows


Key = tuple[Hashable, str, Hashable]


def stated_facts(G: nx.MultiDiGraph) -> dict[Key, Fact]:
    """The typed, affirmed edges as facts, each also read the other way round where its predicate
    has an inverse (``contains`` Y X is ``located_in`` X Y)."""
    facts: dict[Key, Fact] = {}
    preds = by_name()
    # iter(): sorted() asks a view its length first, which walks every edge once more
    for u, v, _, d in sorted(iter(G.edges(keys=True, data=True)), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        p = preds.get(str(d.get("predicate") or OTHER))
        if p is None or u == v or d.get("negated") or d.get("hedged"):
            continue
        fact = Fact([f"{_label(G, u)} {p.name} {_label(G, v)}"], list(d.get("evidence") or []),
                    float(d.get("confidence") or 0.5), str(d.get("rule") or "").split("+", 1)[0])
        facts.setdefault((u, p.name, v), fact)
        if p.inverse:
            facts.setdefault((v, p.inverse, u), fact)
    return facts


def derive(G: nx.MultiDiGraph) -> list[tuple[Hashable, Hashable, dict[str, Any]]]:
    """The derived edges of ``G`` as ``(head, tail, attributes)``, in the order found.

    Semi-naive (kg/infer_chains.py): after the first round, a round tries only the chains through
    a fact new in the round before. Every other chain was tried already, and what it gave then
    (or what stopped it: a derived key, a stated id, a type guard) still holds, since facts and ids
    only grow. The chains are visited in the order a full round visits them, so each edge cites
    the same premises as one found by trying every chain again
    (tests/unit/test_infer_seminaive.py compares the two)."""
    rounds, rows = table()
    facts = stated_facts(G)
    types: dict[Hashable, frozenset[str]] = {}

    def types_of(n: Hashable) -> frozenset[str]:
        if n not in types:
            d = G.nodes[n]
            types[n] = node_types(str(d.get("type", "")), str(d.get("label", n)))
        return types[n]

    ids, read_back = _stated_ids(G)
    cyclic = on_cycles(facts, rows)
    chains = Chains(facts, ids, read_back, cyclic,
                    no_middle=ambiguous_places(G, facts, rows, cyclic) | placed_peoples(facts, types_of))
    out: list[tuple[Hashable, Hashable, dict[str, Any]]] = []
    delta: dict[str, list[tuple]] = {}  # the facts new in the round before (first: every fact)
    for x, name, y in facts:
        if (x, name, y) not in cyclic:
            delta.setdefault(name, []).append((x, y))
    for first in [True] + [False] * (rounds - 1):
        new: dict[Key, tuple[Derivation, Fact]] = {}
        for row in rows:
            p = by_name()[row.then]

            def fits(a: Hashable, b: Hashable, row: Derivation = row, p: Predicate = p) -> bool:
                if any(chains.known_tails.get((name, a)) for name in row.not_head):
                    return False  # the head has a fact that stops the row ("Texas Senate" named after Texas)
                return _fits(row, p, types_of(a), types_of(b))

            for a, b, chain in chains.found(row.when, p.name, p.wikidata, row.restate, row.reverse, delta, first, fits):
                premises = [facts[(c, when, d)] for c, when, d in zip(chain, row.when, chain[1:])]
                key = (a, p.name, b)
                if key in new or any(f.rule in row.not_rules for f in premises):
                    continue
                new[key] = (row, _combine(premises))
        if not new:
            break
        delta = {}
        for (a, name, b), (row, fact) in new.items():
            p = by_name()[name]
            for key in [(a, name, b)] + ([(b, p.inverse, a)] if p.inverse else []):
                if key not in facts:
                    facts[key] = fact
                    delta.setdefault(key[1], []).append((key[0], key[2]))
                    chains.add_fact(key)
            chains.add_id(a, p.wikidata, b)
            out.append((a, b, _attributes(row, p, fact)))
    return out


def on_cycles(facts: dict[Key, Fact], rows: tuple[Derivation, ...]) -> set[Key]:
    """The facts of a transitive predicate (a row ``when: [p, p]``, ``then: p``) that lie on a
    cycle of it, and their inverse readings: no premise of any row. "A is in B" and "B is in A"
    cannot both hold, and what follows from them is noise: on 16,200 permuted stories one cycle
    ran through 193 places, and the places located in any of them came out located in every
    other, a web of derived edges growing with the square of the corpus. The stated edges stay;
    only nothing is derived through them."""
    cyclic: set[Key] = set()
    for name in sorted({r.then for r in rows if r.when == (r.then, r.then)}):
        inverse = by_name()[name].inverse
        L = nx.DiGraph()
        L.add_edges_from((x, y) for x, p, y in facts if p == name)
        for part in nx.strongly_connected_components(L):
            if len(part) > 1:
                for x, y in L.subgraph(part).edges:
                    cyclic.add((x, name, y))
                    if inverse:
                        cyclic.add((y, inverse, x))
    return cyclic


def ambiguous_places(G: nx.MultiDiGraph, facts: dict[Key, Fact], rows: tuple[Derivation, ...],
                     cyclic: set[Key]) -> set[Hashable]:
    """The nodes nothing is derived through: two of their stated parents disagree (a place with
    one name in two places, kg/infer_places.py). A presumption or a derived edge is no statement;
    a country and its people ("Italy", "Italian") are one place."""
    def key(n: Hashable) -> tuple:
        d = G.nodes[n]
        country = country_key(str(d.get("type", "")), str(d.get("label", n)))
        return ("country", country) if country else ("node", n)

    return conflated(facts, parent_predicates(rows), cyclic, key, lambda f: not f.rule.startswith("derived:"),
                     lambda k: k[0] == "country")


def placed_peoples(facts: dict[Key, Fact], types_of: Callable[[Hashable], frozenset[str]]) -> set[Hashable]:
    """People's nodes ("Palestinian") a statement puts inside a place: a parse that read "Palestinian
    security offices in Khan Yunis" so says nothing of where a place the people's country holds
    lies (Salfit, in the West Bank, is no place in Gaza): nothing is derived through them."""
    return {x for x, name, _ in facts if name == "located_in" and "NATIONALITY" in types_of(x)}


IdSet = set[tuple[Hashable, str | None, Hashable]]


def _stated_ids(G: nx.MultiDiGraph) -> tuple[IdSet, IdSet]:
    """``(head, Wikidata id, tail)`` of every edge's ``wikidata``, and of its ``wikidata_inverse``
    read back: a derived edge never states a property an edge already states (``director_of``
    carries P800: no ``notable_work`` beside it); only a ``restate`` row turns a read-back id
    into an edge's own."""
    ids: IdSet = set()
    read_back: IdSet = set()
    for u, v, d in G.edges(data=True):
        if d.get("wikidata"):
            ids.add((u, d["wikidata"], v))
        if d.get("wikidata_inverse"):
            read_back.add((v, d["wikidata_inverse"], u))
    return ids, read_back


def add_derived(G: nx.MultiDiGraph) -> int:
    """Add the derived edges to ``G`` (key ``derived:PREDICATE``); how many were added."""
    added = derive(G)
    for a, b, attrs in added:
        G.add_edge(a, b, key=f"derived:{attrs['predicate']}", **attrs)
    return len(added)


def _fits(row: Derivation, p: Predicate, head: frozenset[str], tail: frozenset[str]) -> bool:
    """The predicate's type guard; a row's own ``head`` / ``tail`` types replace the guard's at
    that end (the premises already say what the end is: a `country` edge's head is a place). A
    one-premise row without them restates its premise, which passed its own guard (perhaps
    through the types its phrase implies): no guard again."""
    if len(row.when) == 1 and not (row.head or row.tail):
        return True
    # two premises X -p1-> Y -p2-> Z: X passed p1's guard as a head (rows pair p1 with a `then` of
    # the same kind of head: a place stays a place, a person a person), so only Z is checked
    head_ok = bool(row.head & head) if row.head else (len(row.when) == 2 or bool(p.head & head))
    return head_ok and bool((row.tail or p.tail) & tail)


def _combine(premises: list[Fact]) -> Fact:
    seen: set[tuple] = set()
    evidence = []
    for f in premises:
        for e in f.evidence:
            k = (e.get("doc"), e.get("start"), e.get("end"))
            if k not in seen:
                seen.add(k)
                evidence.append(e)
    return Fact([s for f in premises for s in f.premises], evidence,
                round(min(f.confidence for f in premises) * DISCOUNT, 3))


def _attributes(row: Derivation, p: Predicate, fact: Fact) -> dict[str, Any]:
    # the predicate's label, never a phrase of a sentence: a stated "located in" typed `country`
    # and the derived `located_in` beside it stay two edges a reader (and a CSV) can tell apart
    return {"relation": p.label, "evidence": fact.evidence, "confidence": fact.confidence,
            "rule": f"derived:{row.name}", "negated": False, "hedged": False,
            "derived_from": "; ".join(fact.premises), **p.attributes()}


def _label(G: nx.MultiDiGraph, n: Hashable) -> str:
    return str(G.nodes[n].get("label") or n)
