"""Hand-built graphs following the graph contract, for the HTML/image tests (no pipeline needed)."""

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
