"""Hand-built graphs following the graph contract, for the page, picture, contract and database
tests (no pipeline needed)."""

from __future__ import annotations

import random

import networkx as nx

XSS_SCRIPT = "</script><script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(2)>"


def _node(G, nid, label, type_, aliases, mentions, docs, **extra):
    G.add_node(nid, label=label, type=type_, aliases=aliases, mentions=mentions, docs=docs, **extra)


def _edge(G, u, v, relation, sentences, confidence=0.8, **extra):
    evidence = [{"doc": doc, "sentence": s, "start": 0, "end": len(s)} for doc, s in sentences]
    return G.add_edge(u, v, relation=relation, evidence=evidence, confidence=confidence, **extra)


def sample_graph() -> nx.MultiDiGraph:
    """A small news-like graph: ByteDance (alias "byte skipping"), TikTok, Trump, CFIUS…"""
    G = nx.MultiDiGraph()
    _node(G, "org:bytedance", "ByteDance", "ORG", ["ByteDance", "byte skipping", "Bytedance Ltd"], 9,
          ["news-1", "news-2"],
          merges=[{"alias": "byte skipping", "rule": "alias pack", "count": 2,
                   "example": "the byte skipping company"}])
    _node(G, "product:tiktok", "TikTok", "PRODUCT", ["TikTok", "tiktok"], 12, ["news-1", "news-2"])
    _node(G, "person:donald-trump", "Donald Trump", "PERSON", ["Donald Trump", "Trump", "trump"], 6,
          ["news-1"])
    _node(G, "org:cfius", "CFIUS", "ORG",
          ["CFIUS", "Committee on Foreign Investment in the United States"], 3, ["news-1"])
    _node(G, "gpe:united-states", "United States", "GPE", ["United States", "US", "U.S."], 5,
          ["news-1", "news-2"])
    _node(G, "org:oracle", "Oracle", "ORG", ["Oracle"], 2, ["news-2"])
    _node(G, "person:zhang-yiming", "Zhang Yiming", "PERSON", ["Zhang Yiming", "Zhang"], 2, ["news-2"])
    _node(G, "gpe:beijing", "Beijing", "GPE", ["Beijing"], 2, ["news-2"])
    _node(G, "norp:chinese", "Chinese", "NORP", ["Chinese"], 1, ["news-2"])  # isolated on purpose
    _edge(G, "org:bytedance", "product:tiktok", "owns", [
        ("news-1", "TikTok is owned by the Chinese company byte skipping."),
        ("news-2", "ByteDance, which owns TikTok, is based in Beijing."),
    ], 0.9, rule="passive-agent")
    _edge(G, "person:donald-trump", "org:bytedance", "ordered to sell", [
        ("news-1", "trump ordered byte skipping to sell the US operations of tiktok."),
    ], 0.85, rule="svo")
    _edge(G, "org:cfius", "org:bytedance", "investigated", [
        ("news-1", "The Committee on Foreign Investment in the United States investigated ByteDance."),
    ], 0.8)
    _edge(G, "org:oracle", "product:tiktok", "may buy", [
        ("news-2", "Oracle may buy TikTok's US business, people familiar said."),
    ], 0.5, hedged=True)
    _edge(G, "org:bytedance", "gpe:united-states", "did not sell to", [
        ("news-2", "ByteDance did not sell the app to the United States."),
    ], 0.6, negated=True)
    _edge(G, "person:zhang-yiming", "org:bytedance", "founded", [
        ("news-2", "Zhang Yiming founded ByteDance in 2012."),
    ], 0.9, date="2012")
    _edge(G, "org:bytedance", "gpe:beijing", "based in", [
        ("news-2", "ByteDance, which owns TikTok, is based in Beijing."),
    ], 0.7)
    # A second, opposite relation between one pair: drawn curved, not on top of the first.
    _edge(G, "product:tiktok", "org:bytedance", "subsidiary of", [
        ("news-2", "TikTok is a subsidiary of ByteDance."),
    ], 0.7)
    _edge(G, "gpe:united-states", "product:tiktok", "threatened to ban", [
        ("news-1", "The U.S. threatened to ban TikTok."),
    ], 0.75)
    return G


def xss_graph() -> nx.MultiDiGraph:
    """Hostile text in labels, aliases, doc ids and evidence: must show literally, never run."""
    G = sample_graph()
    _node(G, "org:evil", XSS_IMG, "ORG", [XSS_IMG, XSS_SCRIPT], 4, [XSS_SCRIPT])
    _edge(G, "org:evil", "org:bytedance", XSS_SCRIPT, [
        (XSS_SCRIPT, f"Before {XSS_SCRIPT} the firm {XSS_IMG} sued ByteDance."),
    ], 0.5, rule=XSS_IMG)
    return G


def synthetic_graph(n: int, *, seed: int = 1, edges_per_node: float = 1.5,
                    docs: int = 200) -> nx.MultiDiGraph:
    """A random contract-shaped graph of ``n`` entities (benchmarks, scale tests)."""
    rng = random.Random(seed)
    types = ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART"]
    relations = ["owns", "fined", "ceo of", "sold", "investigated", "based in", "sued", "acquired"]
    G = nx.MultiDiGraph()
    for i in range(n):
        node_docs = sorted({f"doc-{rng.randrange(docs)}" for _ in range(rng.randint(1, 3))})
        label = f"Entity {i}"
        _node(G, f"n{i}", label, rng.choice(types), [label, f"entity {i} alias"],
              int(rng.paretovariate(1.5)), node_docs)
    # Preferential attachment gives hubs, like real news graphs.
    targets = [f"n{i}" for i in range(n)]
    for i in range(int(n * edges_per_node)):
        u = f"n{rng.randrange(n)}"
        v = rng.choice(targets)
        if u == v:
            continue
        targets.append(v)
        rel = rng.choice(relations)
        sentence = f"{G.nodes[u]['label']} {rel} {G.nodes[v]['label']} according to report {i}."
        _edge(G, u, v, rel, [(f"doc-{rng.randrange(docs)}", sentence)], round(rng.random(), 2),
              hedged=rng.random() < 0.05, negated=rng.random() < 0.03)
    return G


#: Typed predicates (and Wikidata ids) for sample_graph's relations, as the typed-relations stage
#: writes them; graphs built before it have neither.
PREDICATES = {
    "owns": ("owner_of", "P1830"), "ordered to sell": ("other", None),
    "investigated": ("other", None), "may buy": ("acquired", None),
    "did not sell to": ("other", None), "founded": ("founded_by", "P112"),
    "based in": ("located_in", "P131"), "subsidiary of": ("parent_organization", "P749"),
    "threatened to ban": ("other", None),
}


def typed_graph() -> nx.MultiDiGraph:
    """sample_graph with each edge's ``predicate`` (and ``wikidata`` where one exists)."""
    G = sample_graph()
    for _, _, attrs in G.edges(data=True):
        predicate, wikidata = PREDICATES[attrs["relation"]]
        attrs["predicate"] = predicate
        if wikidata:
            attrs["wikidata"] = wikidata
    return G


def row_graph(pairs: int = 6) -> nx.MultiDiGraph:
    """Two-entity components, which the layout draws as exactly horizontal edges, half of them
    pointing right to left (the case vis-network labelled at the canvas origin)."""
    G = nx.MultiDiGraph()
    for i in range(pairs):
        a, b = f"p{i}:a", f"p{i}:b"  # the layout puts the first id (a) on the left
        _node(G, a, f"Left {i}", "ORG", [f"Left {i}"], 2, ["d"])
        _node(G, b, f"Right {i}", "PERSON", [f"Right {i}"], 2, ["d"])
        head, tail = (b, a) if i % 2 else (a, b)
        _edge(G, head, tail, f"rel {i}", [("d", f"Left {i} and Right {i}.")])
    return G


def news_like_graph(n: int = 1652, related: int = 523, relations: int = 532, *, seed: int = 3,
                    predicates: bool = False) -> nx.MultiDiGraph:
    """Shaped like the 300 Lee ABC stories' graph: most entities without any relation, a few hubs
    among the related ones, long multi-word names; with or without typed predicates."""
    rng = random.Random(seed)
    words = ["Australian", "Federal", "Police", "Prudential", "Regulation", "Authority", "United",
             "States", "Yasser", "Arafat", "Immigration", "Minister", "Royal", "Commission", "Sydney"]
    G = nx.MultiDiGraph()
    for i in range(n):
        label = " ".join(rng.choice(words) for _ in range(rng.randint(1, 4))) + f" {i}"
        _node(G, f"n{i:04d}", label, rng.choice(["PERSON", "ORG", "GPE", "NORP"]), [label],
              int(rng.paretovariate(1.2)), [f"story-{rng.randrange(300):03d}"])
    pool = [f"n{i:04d}" for i in range(related)]
    hubs = pool[:6]
    names = ["secretary of", "called on", "president of", "minister of", "told", "accused"]
    kinds = ["employer", "other", "position_held", "position_held", "other", "other"]
    for k in range(relations):
        u = rng.choice(hubs) if rng.random() < 0.3 else pool[k % related]
        v = pool[(k * 7 + 3) % related]
        if u == v:
            v = pool[(k + 1) % related]
        j = rng.randrange(len(names))
        extra = {"predicate": kinds[j]} if predicates else {}
        _edge(G, u, v, names[j], [(f"story-{k % 300:03d}", f"{G.nodes[u]['label']} {names[j]} "
                                   f"{G.nodes[v]['label']}.")], round(rng.random(), 2),
              hedged=rng.random() < 0.06, negated=rng.random() < 0.02, **extra)
    return G


def tricky_graph() -> nx.MultiDiGraph:
    """Text that CSV, Cypher and RDF must quote: commas, quotes, semicolons, a newline, accents."""
    G = nx.MultiDiGraph()
    G.add_node("acme", label='Acme, "the" Co.', type="ORG", aliases=["Acme", "ACME; Inc", "Ácme"],
               mentions=3, docs=["a.txt", "b, c.txt"])
    G.add_node("bob", label="Bob", type="PERSON", aliases=["Bob"], mentions=1, docs=["a.txt"])
    G.add_edge("bob", "acme", key="works for", relation="works for", confidence=0.8, rule="svo",
               negated=False, hedged=True, date="May 2020", predicate="employer", wikidata="P108",
               evidence=[{"doc": "a.txt", "sentence": 'Bob said "yes,\nhe works" for Acme.', "start": 0,
                          "end": 34, "page": 2}])
    G.add_edge("acme", "bob", key="not fired", relation="fired", confidence=0.7, rule="svo",
               negated=True, hedged=False, evidence=[{"doc": "b, c.txt", "sentence": "Acme did not fire Bob.",
                                                      "start": 5, "end": 27}])
    return G
