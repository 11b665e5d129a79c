"""The HTML page in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Skipped when Chromium is missing, unless KG_REQUIRE_BROWSER=1 (CI), which turns that into a failure.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from html_graphs import XSS_IMG, XSS_SCRIPT, sample_graph, synthetic_graph, xss_graph
from kg.export.html import write_html

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def _unavailable(reason: str):
    if os.environ.get("KG_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (KG_REQUIRE_BROWSER=1)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright Python package is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Opened:
    """A loaded page plus everything it tried to do: console output, errors, requests, dialogs."""

    def __init__(self, browser, path: Path):
        self.url = path.resolve().as_uri()
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page = page = browser.new_page(viewport={"width": 1400, "height": 850})
        page.on("console", lambda m: self.console.append((m.type, m.text)))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("dialog", self._dialog)
        page.route("**/*", self._route)
        page.goto(self.url)
        page.wait_for_function("() => window.kg && window.kg.timing.stable > 0", timeout=30_000)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route):
        # Only the page itself may load; anything else is recorded and refused.
        if route.request.url == self.url:
            route.continue_()
        else:
            route.abort()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def panel_text(self) -> str:
        return self.page.inner_text("#kg-panel")

    def assert_clean(self):
        problems = [m for m in self.console if m[0] in ("error", "warning")]
        assert not problems, problems
        assert not self.errors, self.errors
        assert self.requests == [self.url], self.requests
        assert not self.dialogs, self.dialogs


@pytest.fixture
def open_page(browser, tmp_path):
    pages: list[Opened] = []

    def opener(G, name="graph.html", **kw) -> Opened:
        path = write_html(G, tmp_path / name, **kw)
        opened = Opened(browser, path)
        pages.append(opened)
        return opened

    yield opener
    for opened in pages:
        opened.page.close()


def test_loads_offline_and_draws_every_node_and_edge(open_page):
    G = sample_graph()
    pg = open_page(G, title="Sample")
    pg.assert_clean()
    assert pg.js("kg.drawnCounts()") == {"nodes": G.number_of_nodes(), "edges": G.number_of_edges()}
    assert pg.js("kg.nodesView.length") == 9 and pg.js("kg.edgesView.length") == 9
    assert pg.page.inner_text("#kg-title") == "Sample"
    legend = pg.page.inner_text("#kg-legend-types")
    assert "PERSON" in legend and "PRODUCT" in legend
    assert "hedged" in pg.page.inner_text("#kg-legend-edges")
    assert pg.js("kg.network.physics.physicsEnabled") is False  # precomputed layout
    assert pg.js("document.getElementById('kg-panel-box').hidden") is True  # opens on a click
    pg.page.click("#kg-physics")
    assert pg.js("kg.network.physics.physicsEnabled") is True
    pg.page.click("#kg-physics")
    assert pg.js("kg.network.physics.physicsEnabled") is False


def test_search_by_alias_selects_and_shows_the_entity(open_page):
    pg = open_page(sample_graph())
    pg.page.fill("#kg-search", "byte skipping")
    assert "ByteDance" in pg.page.inner_text("#kg-search-results")
    pg.page.press("#kg-search", "Enter")
    assert pg.js("kg.network.getSelectedNodes()") == ["org:bytedance"]
    assert pg.page.inner_text("#kg-panel h2") == "ByteDance"
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


def test_filters_change_what_is_drawn(open_page):
    pg = open_page(sample_graph())
    # Hide PERSON: Zhang Yiming, Donald Trump and their 2 edges go.
    pg.page.uncheck("#kg-legend-types input[value=PERSON]")
    assert pg.js("kg.drawnCounts()") == {"nodes": 7, "edges": 7}
    pg.page.click("#kg-filter-reset")
    pg.page.check("#kg-filter-isolated")  # "Chinese" has no relation
    assert pg.js("kg.drawnCounts()") == {"nodes": 8, "edges": 9}
    pg.page.select_option("#kg-filter-relation", "owns")  # 1 edge, 2 nodes left
    assert pg.js("kg.drawnCounts()") == {"nodes": 2, "edges": 1}
    pg.page.click("#kg-filter-reset")
    pg.page.select_option("#kg-filter-doc", "news-1")
    assert pg.js("kg.drawnCounts()") == {"nodes": 5, "edges": 4}
    pg.page.click("#kg-filter-reset")
    pg.page.fill("#kg-filter-mentions", "5")  # ByteDance 9, TikTok 12, Trump 6, US 5
    assert pg.js("kg.drawnCounts()") == {"nodes": 4, "edges": 5}
    assert "Showing 4 of 9 entities" in pg.page.inner_text("#kg-visible")
    pg.assert_clean()


def test_hostile_document_text_is_shown_literally_and_never_runs(open_page):
    pg = open_page(xss_graph(), title=f"Report {XSS_SCRIPT}")
    pg.assert_clean()  # no dialog, no error, no request (an <img src=x> would request "x")
    assert pg.page.inner_text("#kg-title") == f"Report {XSS_SCRIPT}"
    assert pg.js("document.querySelectorAll('img').length") == 0
    assert pg.js("document.querySelectorAll('script').length") == 3
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


def test_large_graph_opens_at_once_with_every_element_drawn(open_page):
    G = synthetic_graph(1200)
    pg = open_page(G)
    pg.assert_clean()
    assert pg.js("kg.network.physics.physicsEnabled") is False
    assert pg.js("kg.drawnCounts()") == {"nodes": G.number_of_nodes(), "edges": G.number_of_edges()}
    # Drawn exactly where Python put them: the layout is stable on every load.
    first = pg.js("kg.data.nodes[0]")
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
        assert pg.js("kg.drawnCounts()") == {"nodes": G.number_of_nodes(), "edges": G.number_of_edges()}
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
