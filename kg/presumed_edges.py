"""What the document-level presumptions share: a node's types, the country a node names, and the
attributes of an edge a presumption adds.

``kg/presume.py`` (a document's country), ``kg/peoples.py`` (a country and its people) and
``kg/named_places.py`` (the place a name bears) each add edges no single sentence states; they
read the graph's nodes the same way and give their edges the same shape. These helpers lived in
``kg/presume.py``, which the other two then imported privately (or had passed in) to dodge a
circular import; here they depend on nothing but the predicate table and the country lexicon.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import networkx as nx

from kg.lexicon.countries import country_named, demonyms, norm
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


def graph_types(G: nx.MultiDiGraph, n: str) -> frozenset[str]:
    """The node's type with the refinements its label gives (COUNTRY, NATIONALITY, SEA…,
    ``kg.predicates.node_types``)."""
    d = G.nodes[n]
    return node_types(str(d.get("type", "")), str(d.get("label", n)))


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
