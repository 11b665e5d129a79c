"""Places whose stated parents disagree: no middle of a derivation (kg/infer.py).

"Springfield is a town in Illinois" and, in another story, "Springfield, Massachusetts": when the
two Springfields resolve to one node (two places with one name, or a wrong parse), the node is in
two places neither of which is in the other. Each statement stays an edge, with its sentence; but
what follows *through* the node does not: "the Lincoln Home is in Springfield" says nothing about
Massachusetts, and carrying it there makes a fact no sentence supports. So a node with two stated
parents that disagree (neither is the other, nor in the other; and not a country beside a place
whose country is not known: "Montreal, Quebec" and "Montreal, Canada" agree while nothing says
where Quebec is) is the middle of no chain
``X -p1-> node -p2-> Z``: nothing is derived through it. It can still be a chain's end ("X in
Springfield" stays; "Springfield in Illinois" gives nothing more).

On a corpus whose copies permute their place words, nearly every place name gets many disagreeing
parents, and the chains through them made a web of derived edges growing with the square of the
corpus (919,427 derived of 958,596 relations at 16,200 documents). Real text does this at a
smaller scale.

The parents are what puts a node in a place: the facts of a transitive predicate (``located_in``,
a row ``when: [p, p]``) and of every one-premise row that derives it (``country``, ``capital_of``,
``headquarters``), stated ones only (a presumption or a derived fact is no statement, and follows
from the statements). Two parents agree when they are the same place (a country and its people:
"Italy" and "Italian" name one country, ``key``) or when one is in the other: the node's parent's
ancestors, through unambiguous middles only (what derivation would state), computed over the
parents' graph in topological order. Deterministic: the result is a set fixed by the facts.

>>> facts = {("calgary", "located_in", "alberta"): 0, ("calgary", "located_in", "canada"): 0,
...          ("alberta", "located_in", "canada"): 0, ("kent", "located_in", "ohio"): 0,
...          ("kent", "located_in", "alberta"): 0}
>>> sorted(conflated(facts, frozenset({"located_in"}), set(), lambda n: n))
['kent']
>>> facts[("montreal", "located_in", "quebec")] = facts[("montreal", "located_in", "canada")] = 0
>>> sorted(conflated(facts, frozenset({"located_in"}), set(), lambda n: n, country=lambda k: k == "canada"))
['kent']
"""

from __future__ import annotations

from typing import Callable, Hashable, Iterable

import networkx as nx

Key = tuple[Hashable, str, Hashable]


def parent_predicates(rows: Iterable) -> frozenset[str]:
    """The transitive predicates of a derivation table and the one-premise rows' predicates that
    derive them: what puts a node in a place."""
    rows = list(rows)
    transitive = {r.then for r in rows if r.when == (r.then, r.then)}
    return frozenset(transitive | {r.when[0] for r in rows if len(r.when) == 1 and r.then in transitive})


def conflated(facts: dict[Key, object], parents: frozenset[str], no_premise: set[Key],
              key: Callable[[Hashable], Hashable], stated: Callable[[object], bool] = lambda f: True,
              country: Callable[[Hashable], bool] = lambda k: False) -> set[Hashable]:
    """The nodes with two stated parents that disagree (module docstring). ``facts`` maps
    ``(x, predicate, y)`` to a fact, ``stated`` says which facts count (not a derived one),
    ``no_premise`` are facts that count for nothing (on a cycle), ``key`` names a place's identity
    (a country and its people: one key), ``country`` says which keys are countries."""
    up = nx.DiGraph()
    for (x, p, y), fact in facts.items():
        if p in parents and x != y and (x, p, y) not in no_premise and stated(fact):
            up.add_edge(x, y)
    ambiguous: set[Hashable] = set()
    ancestors: dict[Hashable, set[Hashable]] = {}
    condensed = nx.condensation(up)
    members = condensed.graph["mapping"]  # node -> its component
    for component in reversed(list(nx.topological_sort(condensed))):  # parents before children
        nodes = condensed.nodes[component]["members"]
        for n in nodes:
            direct = set(up.successors(n))
            if len(nodes) > 1:  # a node in a place that is in it (across predicates): conflated
                ambiguous.add(n)
            elif _disagree(sorted(direct, key=str), ancestors, key, country):
                ambiguous.add(n)
            above = {key(z) for z in direct}
            for z in direct:
                if z not in ambiguous and members[z] != component:
                    above |= ancestors[z]
            ancestors[n] = above
    return ambiguous


def _disagree(direct: list[Hashable], ancestors: dict[Hashable, set[Hashable]],
              key: Callable[[Hashable], Hashable], country: Callable[[Hashable], bool]) -> bool:
    """Two of ``direct`` that are neither the same place nor one in the other, unless one is a
    country and nothing says which country the other is in (it may be in this one)."""
    for i, a in enumerate(direct):
        ka, above_a = key(a), ancestors.get(a, set())
        for b in direct[i + 1:]:
            kb, above_b = key(b), ancestors.get(b, set())
            if ka == kb or kb in above_a or ka in above_b:
                continue
            if country(ka) != country(kb) and not any(map(country, above_b if country(ka) else above_a)):
                continue
            return True
    return False
