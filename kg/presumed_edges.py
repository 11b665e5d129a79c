"""What the document-level presumptions share: a node's types, the country a node names, the
names that are international or name another country (no country is presumed for them), and the
attributes of an edge a presumption adds.

``kg/presume.py`` (a document's country), ``kg/peoples.py`` (a country and its people) and
``kg/named_places.py`` (the place a name bears) each add edges no single sentence states; they
read the graph's nodes the same way and give their edges the same shape. These helpers lived in
``kg/presume.py``, which the other two then imported privately (or had passed in) to dodge a
circular import; here they depend on nothing but the predicate table and the country lexicon.
"""

from __future__ import annotations

import contextlib
from functools import lru_cache
from typing import Any, Iterable, Iterator

import networkx as nx

from kg.lexicon.countries import country_named, demonyms, norm
from kg.model import Entity
from kg.predicates import by_name, node_types

#: A presumption is weaker than any stated or derived fact.
CONFIDENCE = 0.4


@lru_cache(maxsize=65536)
def country_key(type_: str, label: str) -> str | None:
    """The country a country or nationality node names ("Canada", "Canadian" -> "Canada").

    >>> country_key("GPE", "Canada"), country_key("NORP", "Canadian"), country_key("GPE", "Ontario")
    ('Canada', 'Canada', None)
    """
    types = node_types(type_, label)
    if "COUNTRY" in types or "CONTINENT" in types and type_ == "GPE":  # Antarctica: a land, no country
        return country_named(label)
    if "NATIONALITY" in types:
        d = demonyms().get(norm(label))
        return d.label if d else None
    return None


def country_nodes(G: nx.MultiDiGraph) -> dict[str, str]:
    """Country key -> the graph's node of that country (the first by id). A document that names a
    country only by its people presumes its places in that people's country: the edge goes to
    the country's node where another document names it ("Gothenburg -country-> Sweden", not
    "Swedish"), else to the people's."""
    out: dict[str, str] = {}
    for n, d in G.nodes(data=True):
        key = country_key(str(d.get("type", "")), str(d.get("label", n)))
        if key is not None and "COUNTRY" in graph_types(G, n):
            out[key] = min(out.get(key, n), n)
    return out


def graph_types(G: nx.MultiDiGraph, n: str) -> frozenset[str]:
    """The node's type with the refinements its label gives (COUNTRY, NATIONALITY, SEA…,
    ``kg.predicates.node_types``); inside :func:`one_pass` over ``G``, read once per node."""
    memo = _PASS
    if memo is not None and memo.graph is G:
        got = memo.types.get(n)
        if got is None:
            got = memo.types[n] = _graph_types(G, n)
        return got
    return _graph_types(G, n)


def _graph_types(G: nx.MultiDiGraph, n: str) -> frozenset[str]:
    d = G.nodes[n]
    return node_types(str(d.get("type", "")), str(d.get("label", n)))


def entity_docs(e: Entity) -> list[str]:
    """``e.docs`` (sorted; a property that walks every mention and sorts their documents),
    inside :func:`one_pass` computed once per entity. Callers must not change the list."""
    memo = _PASS
    if memo is None:
        return e.docs
    got = memo.docs.get(id(e))
    if got is None:
        got = memo.docs[id(e)] = (e, e.docs)  # the entity kept: its id is not reused while kept
    return got[1]


def graph_edges(G: nx.MultiDiGraph) -> list[tuple[str, str, dict[str, Any]]]:
    """``list(G.edges(data=True))``; inside :func:`one_pass` over ``G`` read once until
    :func:`edges_added` says edges were added (a count would not do: networkx counts a
    multigraph's edges by summing every node's degree). Callers must not change the list."""
    memo = _PASS
    if memo is None or memo.graph is not G:
        return list(iter(G.edges(data=True)))
    if memo.edges is None:  # (iter: list() asks the view its length, which walks every edge too)
        memo.edges = list(iter(G.edges(data=True)))
    return memo.edges


def edges_added(G: nx.MultiDiGraph) -> None:
    """Inside :func:`one_pass` over ``G``: edges were added, read them again."""
    memo = _PASS
    if memo is not None and memo.graph is G:
        memo.edges = memo.joined = None


def joined_pairs(G: nx.MultiDiGraph) -> set[frozenset[str]]:
    """The pairs of distinct nodes an edge joins, either way round (what a presumption never
    joins again); inside :func:`one_pass`, read once until :func:`edges_added`. Callers must not
    change the set."""
    memo = _PASS
    if memo is not None and memo.graph is G and memo.joined is not None:
        return memo.joined
    joined = {frozenset((u, v)) for u, v, _ in graph_edges(G) if u != v}
    if memo is not None and memo.graph is G:
        memo.joined = joined
    return joined


class _Pass:
    """What one pass of the presumptions reads again and again of a graph that only grows."""

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.graph = G
        self.types: dict[str, frozenset[str]] = {}  # node -> graph_types: no node changes in a pass
        self.docs: dict[int, tuple[Entity, list[str]]] = {}  # id(entity) -> (entity, its documents)
        self.edges: list | None = None  # the edges, until edges_added
        self.joined: set[frozenset[str]] | None = None


#: The pass running (:func:`one_pass`), or None.
_PASS: _Pass | None = None


@contextlib.contextmanager
def one_pass(G: nx.MultiDiGraph, docs: Iterable[tuple[Entity, list[str]]] = ()) -> Iterator[None]:
    """While ``G``'s nodes stay as they are and edges are only added (``kg.graph.build_graph``
    once its nodes are in; ``kg.presume.add_presumed``): each node's types, each entity's
    documents (``docs``: those already read, as ``(entity, entity.docs)``) and the graph's edges
    are read once, not once per rule (at 10,000 documents ``graph_types`` was called 126,698
    times for 25,550 nodes, ``Entity.docs`` 74,499 times, and five rules walked every edge).
    Inside a pass over the same graph, another is that one. Nothing is kept after it."""
    global _PASS
    if _PASS is not None and _PASS.graph is G:
        yield
        return
    outer, _PASS = _PASS, _Pass(G)
    for e, got in docs:
        _PASS.docs[id(e)] = (e, got)
    try:
        yield
    finally:
        _PASS = outer


def presumed_edge(predicate: str, rule: str, evidence: list[dict], why: str) -> dict[str, Any]:
    """A presumed edge's attributes: the predicate's label and ids, ``rule: derived:<rule>``,
    ``CONFIDENCE``, and ``derived_from`` saying why.

    >>> a = presumed_edge("country", "document_country", [], "Canada is the one country d1 names")
    >>> a["rule"], a["wikidata"], a["confidence"]
    ('derived:document_country', 'P17', 0.4)
    """
    pred = by_name()[predicate]
    return {"relation": pred.label, "evidence": evidence, "confidence": CONFIDENCE,
            "rule": f"derived:{rule}", "negated": False, "hedged": False,
            "derived_from": why, **pred.attributes()}


#: Words that make an organisation's name international ("International Olympic Committee",
#: "European Union", "World Health Organization"): no country is presumed for it.
INTERNATIONAL_WORDS = frozenset(
    "international world global european union nations united commonwealth olympic pan".split()
)
#: A continent's adjectives, international too as a name's first word, unless the name says it
#: is national ("Asian Development Bank", "African Union"; not "African National Congress", nor
#: "South African Broadcasting Corporation": a country's people).
CONTINENT_ADJECTIVES = frozenset("asian african eurasian inter-american asia-pacific".split())


def international(label: str) -> bool:
    """A name no country is presumed for (``INTERNATIONAL_WORDS``, ``CONTINENT_ADJECTIVES``)."""
    words = [w.lower() for w in label.split()]
    words = words[1:] if words[:1] == ["the"] else words
    return bool(set(words) & INTERNATIONAL_WORDS) or words[:1] != [] and words[0] in CONTINENT_ADJECTIVES \
        and "national" not in words


def domestic(label: str, key: str) -> bool:
    """An organisation's name says nothing against the document's country: no international word
    and no other country or nationality in it ("American Stock Exchange" in a Canadian text).

    >>> domestic("Lambton County Council", "Canada"), domestic("American Stock Exchange", "Canada")
    (True, False)
    >>> domestic("International Hockey League", "Canada"), domestic("Royal Canadian Air Force", "Canada")
    (False, True)
    >>> domestic("La Liga", "Spain"), domestic("UK Athletics", "Spain")
    (True, False)
    >>> domestic("Air France-KLM", "Kenya"), domestic("Guinea-Bissau Football Federation", "Guinea-Bissau")
    (False, True)
    """
    return not international(label) and not names_other_country(label, key, (1,))


def foreign_named(label: str, key: str) -> bool:
    """A name that holds another country's name of two or three words, or its people's
    ("New Zealand Sportsman of the Year", "New Zealander" in a text naming only Brazil).

    One-word names are left to :func:`domestic` (organisations only): a place's one-word people
    adjective is often a local name ("Indian Hills", Colorado).

    >>> foreign_named("New Zealand Yachtsman of the Year", "Brazil"), foreign_named("Indian Hills", "United States")
    (True, False)
    >>> foreign_named("Port of Spain", "Trinidad and Tobago"), foreign_named("South Africa House", "South Africa")
    (False, False)
    """
    return names_other_country(label, key, (3, 2))


def names_other_country(label: str, key: str, sizes: tuple[int, ...]) -> bool:
    """Whether a run of ``sizes`` words of ``label`` names a country, or its people, other than
    ``key``. A short word not in capitals names none ("La Liga", "St. Louis Blues": "la" is Laos)."""
    words = [part for w in label.split() for part in (  # "Air France-KLM"; not "Guinea-Bissau"
        w.split("-") if "-" in w and country_key("GPE", w) is None else [w])]
    for n in sizes:
        for i in range(len(words) - n + 1):
            gram = " ".join(words[i:i + n])
            if n == 1 and len(norm(gram)) <= 3 and not gram.isupper():
                continue
            other = country_key("NORP", gram) or country_key("GPE", gram)
            if other is not None and other != key:
                return True
    return False
