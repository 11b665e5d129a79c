"""The exploration API (kg.query) on small hand-built graphs that follow the graph contract."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from kg import query as q


def ev(sentence: str, doc: str = "d1", start: int = 0) -> dict:
    return {"doc": doc, "sentence": sentence, "start": start, "end": start + len(sentence)}


def entity(G: nx.MultiDiGraph, node: str, label: str, type_: str = "ORG", aliases=(),
           mentions: int = 1, docs=("d1",)) -> None:
    G.add_node(node, label=label, type=type_, aliases=[label, *aliases], mentions=mentions,
               docs=list(docs))


def relate(G: nx.MultiDiGraph, u: str, v: str, relation: str, confidence: float = 0.8,
           sentences=None, **extra) -> None:
    sentences = sentences or [f"{G.nodes[u]['label']} {relation} {G.nodes[v]['label']}."]
    G.add_edge(u, v, relation=relation, confidence=confidence,
               evidence=[ev(s) for s in sentences], **extra)


@pytest.fixture
def G() -> nx.MultiDiGraph:
    """Regulators and companies: a chain, an ambiguous name, a parallel edge and an island."""
    G = nx.MultiDiGraph()
    entity(G, "bd", "ByteDance", aliases=["byte skipping", "bytes"], mentions=9)
    entity(G, "tt", "TikTok", "PRODUCT", aliases=["tiktok"], mentions=14, docs=["d1", "d2"])
    entity(G, "ms", "Microsoft", mentions=4)
    entity(G, "cf", "CFIUS", aliases=["Committee on Foreign Investment in the United States"],
           mentions=2)
    entity(G, "zy", "Zhang Yiming", "PERSON", aliases=["Zhang"], mentions=5)
    entity(G, "trump", "Donald Trump", "PERSON", aliases=["Trump", "trump"], mentions=6)
    entity(G, "us", "United States", "GPE", aliases=["U.S.", "US", "America"], mentions=8)
    entity(G, "island", "Atlantis", "LOC", mentions=1)
    relate(G, "bd", "tt", "parent company of", 0.9,
           ["ByteDance owns TikTok.", "TikTok's parent company ByteDance said so."])
    relate(G, "ms", "tt", "in talks to buy", 0.7)
    relate(G, "ms", "tt", "negotiated with", 0.5)  # a parallel edge, weaker
    relate(G, "cf", "bd", "investigated", 0.8)
    relate(G, "zy", "bd", "ceo of", 0.95)
    relate(G, "trump", "bd", "ordered", 0.6, negated=True)
    relate(G, "trump", "us", "president of", 0.9)
    return G


# ----------------------------------------------------------------------------- find

@pytest.mark.parametrize("name, expected", [
    ("ByteDance", "bd"), ("bytedance", "bd"), ("BYTE SKIPPING", "bd"), ("ByteDance's", "bd"),
    ("ByteDance’s", "bd"), ("the TikTok", "tt"), ("Tik-Tok", "tt"), ("u.s.", "us"), ("US", "us"),
    ("america", "us"), ("the United States", "us"), ("  zhang   yiming ", "zy"),
    ("committee on foreign investment in the united states", "cf"), ("bd", "bd"),
])
def test_find_matches_labels_aliases_and_ids(G, name, expected):
    assert q.find(G, name) == expected


@pytest.mark.parametrize("name", ["Tencent", "", "the", "byte", "'s"])
def test_find_returns_none_for_unknown_names(G, name):
    assert q.find(G, name) is None


def test_find_prefers_label_over_alias_even_with_fewer_mentions():
    G = nx.MultiDiGraph()
    entity(G, "apple_fruit", "Apple", "PRODUCT", mentions=1)
    entity(G, "apple_inc", "Apple Inc.", aliases=["Apple"], mentions=50)
    assert q.find(G, "apple") == "apple_fruit"
    assert q.find(G, "apple inc") == "apple_inc"


def test_find_ambiguous_name_prefers_most_mentions():
    G = nx.MultiDiGraph()
    entity(G, "wa_state", "Washington", "GPE", mentions=3)
    entity(G, "wa_dc", "Washington", "GPE", mentions=12)
    entity(G, "george", "George Washington", "PERSON", aliases=["Washington"], mentions=40)
    assert q.find(G, "washington") == "wa_dc"


def test_find_ambiguous_alias_prefers_most_mentions_and_is_deterministic():
    G = nx.MultiDiGraph()
    entity(G, "b", "Bill Gates", "PERSON", aliases=["Gates"], mentions=2)
    entity(G, "a", "Robert Gates", "PERSON", aliases=["Gates"], mentions=2)
    entity(G, "c", "Melinda Gates", "PERSON", aliases=["Gates"], mentions=1)
    assert q.find(G, "gates") == "b"  # equal mentions: alphabetical label


def test_find_all_substring_typo_and_ordering(G):
    assert q.find_all(G, "byte").column("id") == ["bd"]
    assert q.find_all(G, "Microsfot")[0]["id"] == "ms"
    # "united" is part of two names: both found, the exact-containing one scored 95.
    rows = q.find_all(G, "united")
    assert set(rows.column("id")) == {"us", "cf"}
    assert all(r["score"] == 95 for r in rows)
    assert rows.column("id") == ["us", "cf"]  # equal score: most mentions first
    assert q.find_all(G, "") == []
    assert q.find_all(G, "zzzzzz") == []
    assert len(q.find_all(G, "t", limit=2)) == 2


# ----------------------------------------------------------------------------- neighbours

def test_neighbours_both_directions_with_evidence(G):
    rows = q.neighbours(G, "ByteDance")
    assert {(r["direction"], r["relation"], r["neighbour"]) for r in rows} == {
        ("out", "parent company of", "TikTok"), ("in", "investigated", "CFIUS"),
        ("in", "ceo of", "Zhang Yiming"), ("in", "ordered", "Donald Trump"),
    }
    assert rows.column("confidence") == sorted(rows.column("confidence"), reverse=True)
    owns = next(r for r in rows if r["relation"] == "parent company of")
    assert owns["evidence"] == "ByteDance owns TikTok."
    assert owns["n_evidence"] == 2
    assert owns["docs"] == ["d1"]
    assert owns["entity"] == "ByteDance" and owns["neighbour_type"] == "PRODUCT"
    assert owns["neighbour_id"] == "tt"
    ordered = next(r for r in rows if r["relation"] == "ordered")
    assert ordered["flags"] == "negated" and owns["flags"] == ""


def test_neighbours_direction_filter(G):
    assert q.neighbours(G, "bytes", direction="out").column("neighbour") == ["TikTok"]
    assert set(q.neighbours(G, "bytes", direction="in").column("neighbour")) == {
        "CFIUS", "Zhang Yiming", "Donald Trump"}
    assert q.neighbours(G, "Atlantis") == []
    with pytest.raises(ValueError, match="direction"):
        q.neighbours(G, "ByteDance", direction="sideways")


def test_neighbours_lists_parallel_edges_and_filters_by_relation(G):
    rows = q.neighbours(G, "Microsoft")
    assert rows.column("relation") == ["in talks to buy", "negotiated with"]
    assert q.neighbours(G, "Microsoft", relation="BUY").column("relation") == ["in talks to buy"]
    assert q.neighbours(G, "Microsoft", relation="fined") == []


def test_neighbours_self_loop_listed_once():
    G = nx.MultiDiGraph()
    entity(G, "x", "Acme")
    relate(G, "x", "x", "sued")
    assert len(q.neighbours(G, "Acme")) == 1
    assert len(q.neighbours(G, "Acme", direction="in")) == 1


def test_unknown_entity_raises_keyerror_with_suggestion(G):
    with pytest.raises(KeyError) as info:
        q.neighbours(G, "Microsfot")
    assert isinstance(info.value, q.EntityNotFound)
    assert "Microsfot" in str(info.value) and "Microsoft" in str(info.value)
    with pytest.raises(q.EntityNotFound, match="Tencent"):
        q.path(G, "Tencent", "TikTok")
    with pytest.raises(q.EntityNotFound):
        q.subgraph(G, "Tencent")


# ----------------------------------------------------------------------------- path

def test_path_reports_hops_with_direction_and_evidence(G):
    hops = q.path(G, "Microsoft", "CFIUS")
    assert [(h["hop"], h["from"], h["relation"], h["to"], h["direction"]) for h in hops] == [
        (1, "Microsoft", "in talks to buy", "TikTok", "out"),  # the stronger parallel edge
        (2, "TikTok", "parent company of", "ByteDance", "in"),
        (3, "ByteDance", "investigated", "CFIUS", "in"),
    ]
    assert hops[1]["evidence"] == "ByteDance owns TikTok."
    assert hops[0]["doc"] == "d1"
    assert [h["from"] for h in q.path(G, "CFIUS", "Microsoft")] == ["CFIUS", "ByteDance", "TikTok"]


def test_path_not_connected_or_same_entity_is_empty(G):
    assert q.path(G, "Microsoft", "Atlantis") == []
    assert q.path(G, "Microsoft", "microsoft") == []
    assert q.path(G, "Microsoft", "Atlantis").columns[:4] == ["hop", "from", "relation", "to"]


def test_path_prefers_most_confident_of_equal_length_paths():
    G = nx.MultiDiGraph()
    for node in "a b c d".split():
        entity(G, node, node.upper())
    relate(G, "a", "b", "weak", 0.1)
    relate(G, "b", "d", "weak", 0.1)
    relate(G, "a", "c", "strong", 0.9)
    relate(G, "d", "c", "strong", 0.9)
    assert [h["to"] for h in q.path(G, "A", "D")] == ["C", "D"]
    assert q.path(G, "A", "D")[1]["direction"] == "in"


# ----------------------------------------------------------------------------- rank

def test_rank_by_mentions_and_degree(G):
    assert q.rank(G, "mentions", top=3).column("entity") == ["TikTok", "ByteDance",
                                                            "United States"]
    by_degree = q.rank(G, "degree", top=None)
    assert len(by_degree) == G.number_of_nodes()
    assert by_degree[0]["entity"] == "ByteDance" and by_degree[0]["degree"] == 4
    # Two parallel edges Microsoft->TikTok count as one neighbour.
    assert next(r for r in by_degree if r["entity"] == "Microsoft")["degree"] == 1
    assert by_degree.column("rank") == list(range(1, len(by_degree) + 1))


def test_rank_pagerank_and_betweenness_on_a_star():
    G = nx.MultiDiGraph()
    entity(G, "hub", "Hub", mentions=1)
    for i in range(4):
        entity(G, f"s{i}", f"Spoke {i}", mentions=10)
        relate(G, f"s{i}", "hub", "reports to")  # direction must not matter
    pr = q.rank(G, "pagerank", top=None)
    assert pr[0]["entity"] == "Hub"
    assert sum(pr.column("pagerank")) == pytest.approx(1.0)
    bt = q.rank(G, "betweenness", top=2)
    assert bt[0]["entity"] == "Hub" and bt[0]["betweenness"] == pytest.approx(1.0)
    assert bt[1]["betweenness"] == 0.0 and bt[1]["entity"] == "Spoke 0"
    assert "betweenness" in bt.columns
    with pytest.raises(ValueError):
        q.rank(G, "charisma")


def test_rank_empty_graph():
    assert q.rank(nx.MultiDiGraph(), "pagerank") == []


# ----------------------------------------------------------------------------- communities

def two_cliques() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for i, node in enumerate("abcd"):
        entity(G, node, f"Co {node.upper()}", "ORG", mentions=i + 1)
    for i, node in enumerate("wxyz"):
        entity(G, node, f"Person {node.upper()}", "PERSON", mentions=10 - i)
    for group, rel in (("abcd", "partnered with"), ("wxyz", "met")):
        for i, u in enumerate(group):
            for v in group[i + 1:]:
                relate(G, u, v, rel)
    relate(G, "a", "w", "hired")
    entity(G, "lone", "Lonely Inc", mentions=100)
    return G


def test_communities_split_cliques_sorted_and_described():
    comms = q.communities(two_cliques())
    assert [sorted(c.ids) for c in comms[:2]] == [list("wxyz"), list("abcd")] or \
        [sorted(c.ids) for c in comms[:2]] == [list("abcd"), list("wxyz")]
    people = next(c for c in comms if "w" in c.ids)
    assert people.members == ["Person W", "Person X", "Person Y", "Person Z"]  # by mentions
    assert people.types == {"PERSON": 4}
    assert people.relations == {"met": 6}
    assert people.about == "PERSON 4; relations: met ×6"
    assert comms[-1].ids == ["lone"] and comms[-1].size == 1
    assert [c.index for c in comms] == [1, 2, 3]
    assert len(q.communities(two_cliques(), min_size=2)) == 2
    text = repr(comms)
    assert "Person W" in text and "community" in text


def test_communities_are_deterministic():
    G = two_cliques()
    first = [c.ids for c in q.communities(G, seed=7)]
    assert all([c.ids for c in q.communities(G, seed=7)] == first for _ in range(3))
    assert q.communities(nx.MultiDiGraph()) == []


# ----------------------------------------------------------------------------- subgraph

def test_subgraph_is_an_undirected_ego_graph_copy(G):
    H = q.subgraph(G, "TikTok")
    assert isinstance(H, nx.MultiDiGraph)
    assert set(H) == {"tt", "bd", "ms"}
    assert H.number_of_edges() == 3  # both parallel Microsoft edges kept
    assert H.nodes["bd"]["aliases"] == G.nodes["bd"]["aliases"]
    assert set(q.subgraph(G, "TikTok", depth=2)) == {"tt", "bd", "ms", "cf", "zy", "trump"}
    H.nodes["bd"]["label"] = "changed"
    H.remove_node("ms")
    assert G.nodes["bd"]["label"] == "ByteDance" and "ms" in G
    assert set(q.subgraph(G, "Atlantis", depth=3)) == {"island"}


# ----------------------------------------------------------------------------- summary

def test_summary_counts(G):
    s = q.summary(G, top=2)
    assert s["documents"] == 2
    assert s["entities"] == 8
    assert s["entities_by_type"] == {"ORG": 3, "PERSON": 2, "GPE": 1, "LOC": 1, "PRODUCT": 1}
    assert s["relations"] == 7 and s["relations_with_evidence"] == 7
    assert s["distinct_relations"] == 7 and s["isolated_entities"] == 1
    assert len(s["top_relations"]) == 2
    assert "<table>" in s._repr_html_()
    assert q.summary(nx.MultiDiGraph())["entities"] == 0


# ----------------------------------------------------------------------------- Rows, I/O

def test_rows_text_and_html_tables_escape_document_text():
    rows = q.Rows([{"a": "<script>alert(1)</script>", "b": 0.123456, "c": ["x", "y"]},
                   {"a": "long " * 40, "b": None}])
    assert rows.columns == ["a", "b", "c"]
    text = repr(rows).splitlines()
    assert text[0].split() == ["a", "b", "c"]
    assert "0.123" in text[2] and "x, y" in text[2]
    assert "…" in text[3] and len(text[3]) < 80
    page = rows._repr_html_()
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert isinstance(rows[:1], q.Rows) and rows[:1].columns == rows.columns


def test_rows_to_pandas():
    pd = pytest.importorskip("pandas")
    df = q.neighbours(q.example_graph(), "TikTok").to_pandas()
    assert isinstance(df, pd.DataFrame) and len(df) == 2 and "evidence" in df.columns


def test_api_works_on_a_graph_round_tripped_through_json(G):
    data = json.loads(json.dumps(nx.node_link_data(G, edges="edges")))
    H = nx.node_link_graph(data, edges="edges", directed=True, multigraph=True)
    assert q.find(H, "byte skipping") == "bd"
    assert len(q.path(H, "Microsoft", "CFIUS")) == 3
    assert q.neighbours(H, "TikTok") == q.neighbours(G, "TikTok")


def test_api_accepts_json_encoded_lists_as_written_by_graphml(G):
    for _, data in G.nodes(data=True):
        data["aliases"] = json.dumps(data["aliases"])
        data["docs"] = json.dumps(data["docs"])
    for _, _, data in G.edges(data=True):
        data["evidence"] = json.dumps(data["evidence"])
    assert q.find(G, "byte skipping") == "bd"
    assert q.neighbours(G, "CFIUS")[0]["evidence"] == "CFIUS investigated ByteDance."
    assert q.summary(G)["documents"] == 2


# ----------------------------------------------------------------------------- card, explain, stats

def test_card_lists_own_statements_first_with_their_evidence(G):
    card = q.card(G, "microsoft")
    assert (card["id"], card["label"], card["type"], card["mentions"]) == ("ms", "Microsoft", "ORG", 4)
    assert [(r["direction"], r["relation"], r["tail"]) for r in card["relations"]] == [
        ("out", "in talks to buy", "TikTok"), ("out", "negotiated with", "TikTok")]
    assert card["relations"][0]["evidence"][0]["sentence"]
    assert [r["direction"] for r in q.card(G, "ByteDance")["relations"]][:1] == ["out"]
    with pytest.raises(q.EntityNotFound, match="did you mean: Microsoft"):
        q.card(G, "Microsfot")


def test_explain_rows_read_merges_as_built_or_as_json_strings(G):
    example = {"doc": "d1", "start": 0, "end": 22, "sentence": "ByteDance owns TikTok."}
    G.nodes["bd"]["merges"] = [{"alias": "byte skipping", "rule": "pack", "count": 2, "example": example}]
    rows = q.explain_rows(G, "bytes")
    assert rows.columns == ["alias", "rule", "count", "example", "doc", "apart"]
    assert rows[0] == {"alias": "byte skipping", "rule": "pack", "count": 2,
                       "example": "ByteDance owns TikTok.", "doc": "d1", "apart": None}
    G.nodes["bd"]["merges"] = json.dumps(G.nodes["bd"]["merges"])  # as GraphML stores it
    assert q.explain_rows(G, "bytes") == rows
    assert q.explain_rows(G, "Atlantis").column("rule") == ["?"]  # an older graph: no merges


def test_explain_rows_say_why_resolution_kept_an_alias_apart(G):
    why = "fits two people in one document: Ian Jackson, Peter Jackson"
    G.nodes["bd"]["merges"] = [{"alias": "ByteDance", "rule": "label", "count": 5},
                               {"alias": "Jackson", "rule": "label", "count": 1, "apart": why}]
    rows = q.explain_rows(G, "ByteDance")
    assert rows.column("apart") == [None, why]


def test_stats_is_the_summary_plus_the_top_entities(G):
    s = q.stats(G, top=2)
    assert {k: s[k] for k in q.summary(G, top=2)} == dict(q.summary(G, top=2))
    assert [r["entity"] for r in s["top_by_mentions"]] == ["TikTok", "ByteDance"]
    assert s["top_by_degree"][0] == {"entity": "ByteDance", "type": "ORG", "degree": 4}


# ----------------------------------------------------------------------------- pictures

def test_draw_focus_returns_axes_with_the_neighbourhood(G):
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    ax = q.draw(G, focus="TikTok")
    texts = {t.get_text() for t in ax.texts}
    assert {"TikTok", "ByteDance", "Microsoft"} <= texts and "CFIUS" not in texts
    assert "in talks to buy; negotiated with" in texts  # parallel edges share one label
    assert "TikTok" in ax.get_title()
    import matplotlib.pyplot as plt
    plt.close(ax.figure)


def _chromium_or_skip() -> str:
    """Debian's Chromium found on PATH (normally /usr/bin/chromium), with Playwright to drive it.

    Missing either, the test is skipped like the other browser tests, unless KG_REQUIRE_BROWSER=1
    (CI, see .ci/run), which makes it a failure.
    """
    import importlib.util
    import os
    import shutil

    chromium = shutil.which("chromium")
    reason = None
    if chromium is None:
        reason = "chromium is not installed (apt-get install chromium)"
    elif importlib.util.find_spec("playwright") is None:
        reason = "the playwright Python package is not installed"
    if reason is None:
        return chromium
    if os.environ.get("KG_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (KG_REQUIRE_BROWSER=1)")
    pytest.skip(reason)


@pytest.mark.browser
def test_show_renders_the_interactive_page_inside_a_sandboxed_iframe(G):
    """The HTML that Jupyter would display, loaded in Chromium: the graph draws, no script error."""
    chromium = _chromium_or_skip()
    from playwright import sync_api

    frame = q.show(G, height="420px", title="Regulators <&> companies")
    assert 'sandbox="allow-scripts"' in frame.data and "height:420px" in frame.data
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium)
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.set_content(f"<!doctype html><html><body>{frame.data}</body></html>")
            inner = page.frames[1]
            inner.wait_for_selector("canvas", timeout=15_000)
            assert inner.evaluate("document.title") == "Regulators <&> companies"
            box = page.locator("iframe").bounding_box()
            assert box is not None and round(box["height"]) == 420
            assert errors == []
        finally:
            browser.close()


def test_evidence_lists_every_sentence_between_two_entities(G):
    rows = q.evidence(G, "TikTok", "ByteDance")
    assert rows.column("sentence") == ["ByteDance owns TikTok.",
                                       "TikTok's parent company ByteDance said so."]
    assert {(r["subject"], r["object"]) for r in rows} == {("ByteDance", "TikTok")}
    assert rows[0]["doc"] == "d1" and rows[0]["end"] == len("ByteDance owns TikTok.")
    both = q.evidence(G, "Microsoft", "TikTok")
    assert both.column("relation") == ["in talks to buy", "negotiated with"]
    assert q.evidence(G, "Microsoft", "TikTok", relation="negotiat").column("relation") == [
        "negotiated with"]
    assert q.evidence(G, "Trump", "ByteDance")[0]["flags"] == "negated"
    assert q.evidence(G, "Microsoft", "CFIUS") == []
