"""The HTML page in real headless Chromium: loading offline, search, evidence, filters, hostile text.

Skipped when Chromium is missing, unless KG_REQUIRE_BROWSER=1 (CI), which turns that into a failure.
"""

from __future__ import annotations

import pytest

from html_browser import Opened, browser, label_problems, open_page  # noqa: F401 (fixtures)
from html_graphs import XSS_IMG, XSS_SCRIPT, sample_graph, synthetic_graph, xss_graph
from kg.export.html import PAGE_SCRIPTS

pytestmark = pytest.mark.browser


def test_loads_offline_and_draws_every_related_entity(open_page):
    G = sample_graph()
    pg = open_page(G, title="Sample")
    pg.assert_clean()
    # "Chinese" has no relation: hidden by default, counted in the message, one click away.
    assert pg.js("kg.drawnCounts()") == {"nodes": 8, "edges": 9}
    assert pg.page.inner_text("#kg-message") == "1 entity with no relation — show"
    pg.page.click("#kg-message button")
    assert pg.js("kg.drawnCounts()") == {"nodes": 9, "edges": 9}
    assert "hide" in pg.page.inner_text("#kg-message")
    assert pg.page.inner_text("#kg-title") == "Sample"
    legend = pg.page.inner_text("#kg-legend-types")
    assert "PERSON" in legend and "PRODUCT" in legend
    assert "hedged" in pg.page.inner_text("#kg-legend-edges")
    assert pg.js("kg.network.physics.physicsEnabled") is False  # precomputed layout
    assert pg.js("document.getElementById('kg-panel-box').hidden") is True  # opens on a click
    pg.page.click("#kg-relayout")  # a short simulation of what is shown, then still again
    pg.page.wait_for_function("() => !kg.network.physics.physicsEnabled")
    pg.assert_clean()


def test_search_by_alias_selects_and_shows_the_entity(open_page):
    pg = open_page(sample_graph())
    pg.page.fill("#kg-search", "byte skipping")
    assert "ByteDance" in pg.page.inner_text("#kg-search-results")
    pg.page.press("#kg-search", "Enter")
    assert pg.js("kg.network.getSelectedNodes()") == ["org:bytedance"]
    assert pg.page.inner_text("#kg-panel h2") == "ByteDance"
    assert pg.js("document.activeElement.id") == "kg-search"
    # Esc closes the panel even from the search box (the result list is already shut).
    pg.page.press("#kg-search", "Escape")
    assert pg.js("document.getElementById('kg-panel-box').hidden") is True
    pg.page.keyboard.press("/")  # focuses search from anywhere
    assert pg.js("document.activeElement.id") == "kg-search"
    pg.page.fill("#kg-search", "byte skipping")
    pg.page.press("#kg-search", "Enter")
    text = pg.panel_text()
    assert "byte skipping" in text and "news-2" in text and "Zhang Yiming founded ByteDance" in text
    # Case and spacing do not matter; a label prefix finds too.
    assert pg.js("kg.search('  BYTE   Skipping ')[0].label") == "ByteDance"
    assert pg.js("kg.search('tik')[0].label") == "TikTok"
    pg.assert_clean()


def test_clicking_an_edge_shows_its_evidence_with_mentions_highlighted(open_page):
    pg = open_page(sample_graph())
    edge_id = pg.js("kg.data.edges.find(e => e.relation === 'ordered to sell').id")
    # Click the middle of the (straight) edge, in page coordinates.
    x, y = pg.js("""(id) => {
        const e = kg.data.edges.find(e => e.id === id);
        const p = kg.network.getPositions([e.from, e.to]);
        const dom = kg.network.canvasToDOM({x: (p[e.from].x + p[e.to].x) / 2,
                                            y: (p[e.from].y + p[e.to].y) / 2});
        const box = document.getElementById('kg-network').getBoundingClientRect();
        return [box.left + dom.x, box.top + dom.y];
    }""", edge_id)
    pg.page.mouse.click(x, y)
    assert pg.js("kg.network.getSelectedEdges()") == [edge_id]
    assert pg.js("document.getElementById('kg-panel').dataset.kind") == "edge"
    assert pg.page.inner_text("#kg-panel .kg-evidence .kg-doc") == "news-1"
    assert pg.page.inner_text("#kg-panel .kg-evidence .kg-sentence") == \
        "trump ordered byte skipping to sell the US operations of tiktok."
    assert pg.js("[...document.querySelectorAll('.kg-evidence mark.kg-head')].map(m => m.textContent)") \
        == ["trump"]
    assert pg.js("[...document.querySelectorAll('.kg-evidence mark.kg-tail')].map(m => m.textContent)") \
        == ["byte skipping"]
    # An edge with two sentences lists both, each with its document.
    pg.js("(id) => kg.selectEdge(id)", pg.js("kg.data.edges.find(e => e.relation === 'owns').id"))
    assert pg.js("document.querySelectorAll('.kg-evidence li').length") == 2
    assert pg.js("[...document.querySelectorAll('.kg-evidence .kg-doc')].map(d => d.textContent)") \
        == ["news-1", "news-2"]
    pg.assert_clean()


def test_filters_compose_and_say_why_nothing_is_left(open_page):
    pg = open_page(sample_graph())
    # Hide PERSON: Zhang Yiming, Donald Trump and their 2 edges go.
    pg.page.uncheck("#kg-legend-types input[value=PERSON]")
    assert pg.js("kg.drawnCounts()") == {"nodes": 6, "edges": 7}
    pg.page.click("#kg-filter-reset")
    # Several relations at once; entities left without a relation go.
    pg.page.check("#kg-filter-groups input[value=owns]")
    assert pg.js("kg.drawnCounts()") == {"nodes": 2, "edges": 1}
    pg.page.check("#kg-filter-groups input[value='may buy']")
    assert pg.js("kg.drawnCounts()") == {"nodes": 3, "edges": 2}
    # ... composed with the statement kinds: hedged off leaves "owns".
    pg.page.uncheck("#kg-legend-edges input[value=hedged]")
    assert pg.js("kg.drawnCounts()") == {"nodes": 2, "edges": 1}
    pg.page.click("#kg-filter-reset")
    pg.page.uncheck("#kg-legend-edges input[value=stated]")  # hedged + negated only
    assert pg.js("kg.drawnCounts()") == {"nodes": 4, "edges": 2}
    pg.page.click("#kg-filter-reset")
    pg.js("kg.setFilter({minConfidence: 0.85})")  # owns 0.9, ordered to sell 0.85, founded 0.9
    assert pg.js("kg.drawnCounts()") == {"nodes": 4, "edges": 3}
    pg.js("kg.setFilter({minConfidence: 0, yearFrom: '2010', yearTo: '2015'})")  # founded 2012
    assert pg.js("kg.drawnCounts()") == {"nodes": 2, "edges": 1}
    pg.page.click("#kg-filter-reset")
    pg.page.select_option("#kg-filter-doc", "news-1")
    assert pg.js("kg.drawnCounts()") == {"nodes": 5, "edges": 4}
    pg.page.click("#kg-filter-reset")
    pg.page.fill("#kg-filter-mentions", "5")  # ByteDance 9, TikTok 12, Trump 6, US 5
    assert pg.js("kg.drawnCounts()") == {"nodes": 4, "edges": 5}
    assert "Showing 4 of 9 entities" in pg.page.inner_text("#kg-visible")
    # An empty result says why, and offers the way back.
    pg.js("kg.setFilter({yearFrom: '1990', yearTo: '1995'})")
    assert pg.js("kg.drawnCounts()") == {"nodes": 0, "edges": 0}
    message = pg.page.inner_text("#kg-message")
    assert message.startswith("Nothing to show.") and "dated 1990–1995" in message
    assert "at least 5 mentions" in message
    pg.page.click("#kg-message button")  # Reset filters
    assert pg.js("kg.drawnCounts()") == {"nodes": 8, "edges": 9}
    pg.assert_clean()


def test_choosing_a_filtered_out_entity_asks_before_clearing_filters(open_page):
    pg = open_page(sample_graph())
    pg.page.uncheck("#kg-legend-types input[value=PERSON]")
    pg.page.fill("#kg-search", "Zhang")
    pg.page.press("#kg-search", "Enter")
    # The panel shows the entity, the filters stay, and a notice offers to clear them.
    assert pg.page.inner_text("#kg-panel h2") == "Zhang Yiming"
    assert pg.js("kg.state.types.has('PERSON')") is False
    notice = pg.page.inner_text("#kg-panel .kg-notice")
    assert "not drawn" in notice and "types hidden: PERSON" in notice
    pg.page.click("#kg-panel .kg-notice button")
    assert pg.js("kg.state.types.has('PERSON')") is True
    assert pg.js("kg.network.getSelectedNodes()") == ["person:zhang-yiming"]
    pg.assert_clean()


def test_hostile_document_text_is_shown_literally_and_never_runs(open_page):
    pg = open_page(xss_graph(), title=f"Report {XSS_SCRIPT}")
    pg.assert_clean()  # no dialog, no error, no request (an <img src=x> would request "x")
    assert pg.page.inner_text("#kg-title") == f"Report {XSS_SCRIPT}"
    assert pg.js("document.querySelectorAll('img').length") == 0
    assert pg.js("document.querySelectorAll('script').length") == 2 + len(PAGE_SCRIPTS)
    pg.js("kg.selectNode('org:evil')")
    assert pg.page.inner_text("#kg-panel h2") == XSS_IMG
    assert XSS_SCRIPT in pg.panel_text()
    pg.js("(id) => kg.selectEdge(id)", pg.js("kg.data.edges.find(e => e.from === 'org:evil').id"))
    sentence = pg.page.inner_text("#kg-panel .kg-sentence")
    assert sentence == f"Before {XSS_SCRIPT} the firm {XSS_IMG} sued ByteDance."
    assert pg.page.inner_text("#kg-panel .kg-doc") == XSS_SCRIPT
    # The hostile alias itself is highlighted as the head mention, as text.
    marks = pg.js("[...document.querySelectorAll('.kg-sentence mark')].map(m => m.textContent)")
    assert XSS_SCRIPT in marks and XSS_IMG in marks and "ByteDance" in marks
    # Hovering shows vis-network's tooltip, which must hold the label as text too.
    pg.page.wait_for_timeout(500)  # let the zoom animation of selectNode finish
    x, y = pg.js("""() => {
        const p = kg.network.getPositions(['org:evil'])['org:evil'];
        const dom = kg.network.canvasToDOM(p);
        const box = document.getElementById('kg-network').getBoundingClientRect();
        return [box.left + dom.x, box.top + dom.y];
    }""")
    pg.page.mouse.move(x - 40, y - 40)
    pg.page.mouse.move(x, y, steps=5)
    pg.page.wait_for_selector(".vis-tooltip", state="visible", timeout=5_000)
    assert XSS_IMG in pg.page.inner_text(".vis-tooltip")
    pg.page.fill("#kg-search", "onerror")
    assert XSS_IMG in pg.page.inner_text("#kg-search-results")
    pg.page.wait_for_timeout(200)
    assert pg.js("document.querySelectorAll('img').length") == 0
    assert not pg.dialogs


def test_large_graph_opens_at_once_with_every_related_entity_drawn(open_page):
    G = synthetic_graph(1200)
    pg = open_page(G)
    pg.assert_clean()
    assert pg.js("kg.network.physics.physicsEnabled") is False
    related = sum(1 for n in G if G.degree(n))
    assert pg.js("kg.drawnCounts()") == {"nodes": related, "edges": G.number_of_edges()}
    # Drawn exactly where Python put them: the layout is stable on every load.
    first = next(n for n in pg.js("kg.data.nodes") if n["degree"])
    pos = pg.js("(id) => kg.network.getPositions([id])[id]", first["id"])
    assert (pos["x"], pos["y"]) == pytest.approx((first["x"], first["y"]), abs=0.51)  # vis rounds


def test_seed_page_built_by_kg(browser, tmp_path):
    """The page `kg build seeds/` writes: offline, complete, alias search reaches ByteDance."""
    import kg

    from conftest import SEEDS

    result = kg.build([str(SEEDS)], output_dir=tmp_path, formats=("html",), cache=False)
    pg = Opened(browser, result.outputs["html"])
    try:
        G = result.graph
        related = sum(1 for n in G if G.degree(n))
        assert pg.js("kg.drawnCounts()") == {"nodes": related, "edges": G.number_of_edges()}
        problems = label_problems(pg)  # the first view: legible names and relations
        assert problems["labels"] >= 30 and not problems["overlaps"] and not problems["small"], problems
        pg.page.fill("#kg-search", "byte skipping")
        pg.page.press("#kg-search", "Enter")
        assert pg.js("kg.network.getSelectedNodes()") == ["bytedance"]
        edge_id = pg.js("kg.data.edges.find(e => e.relation === 'fined').id")
        pg.js("(id) => kg.selectEdge(id)", edge_id)
        assert "5.7 million" in pg.panel_text()
        assert pg.requests == [pg.url] and not pg.errors and not pg.dialogs
        pg.assert_clean()
    finally:
        pg.page.close()
