"""The HTML page in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Skipped when Chromium is missing, unless KG_REQUIRE_BROWSER=1 (CI), which turns that into a failure.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

import pytest

from html_graphs import (
    XSS_IMG, XSS_SCRIPT, news_like_graph, row_graph, sample_graph, synthetic_graph, typed_graph,
    xss_graph,
)
from kg.export.html import PAGE_SCRIPTS, write_html

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


# ---------- labels: legible, never overlapping, on their edges ----------

#: Distance (CSS px) from each drawn edge label's centre to its drawn edge (line or curve).
LABEL_OFF_EDGE = """() => kg.labelBoxes().filter(b => b.kind === 'edge').map(b => {
    const edge = kg.network.body.edges[b.id];
    let best = Infinity;
    for (let i = 0; i <= 200; i++) {
        const p = kg.network.canvasToDOM(edge.edgeType.getPoint(i / 200));
        best = Math.min(best, Math.hypot(p.x - b.cx, p.y - b.cy));
    }
    const mid = kg.network.canvasToDOM(edge.edgeType.getPoint(0.5));
    return {id: b.id, text: b.text, off: best, cx: b.cx, cy: b.cy,
            boxHoldsCentre: b.x <= b.cx && b.cx <= b.x + b.w && b.y <= b.cy && b.cy <= b.y + b.h,
            fromMid: Math.hypot(mid.x - b.cx, mid.y - b.cy)};
})"""


def label_problems(pg) -> dict:
    """Overlapping pairs and labels under 10 px among the labels the page drew last."""
    boxes = pg.js("kg.labelBoxes()")
    overlaps = [(a["text"], b["text"]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                if a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"]
                and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]]
    small = [b["text"] for b in boxes if b["size"] < 10]
    return {"labels": len(boxes), "overlaps": overlaps, "small": small}


def test_edge_labels_lie_on_their_edges_including_horizontal_right_to_left(open_page):
    G = row_graph(6)
    G.update(sample_graph())  # curved parallel edges too
    pg = open_page(G)
    for scale in (None, 1.0, 2.0):
        if scale:
            pg.js("(s) => { kg.network.moveTo({scale: s, animation: false}); kg.network.redraw(); }", scale)
        placed = pg.js(LABEL_OFF_EDGE)
        assert placed, "no relation label drawn"
        for label in placed:
            assert label["off"] < 1.0 and label["fromMid"] < 1.0 and label["boxHoldsCentre"], label
    # The six horizontal relations, three of them right to left, all get their label at Fit.
    pg.js("kg.fit(); kg.network.redraw()")
    texts = {label["text"] for label in pg.js(LABEL_OFF_EDGE)}
    assert {f"rel {i}" for i in range(6)} <= texts
    for i in (1, 3, 5):  # right-to-left: the head is the right-hand entity
        e = pg.js(f"kg.data.edges.find(e => e.relation === 'rel {i}')")
        pos = pg.js("(ids) => kg.network.getPositions(ids)", [e["from"], e["to"]])
        assert pos[e["from"]]["y"] == pos[e["to"]]["y"] and pos[e["from"]]["x"] > pos[e["to"]]["x"]
    pg.assert_clean()


def test_selected_neighbourhood_is_labelled_first_and_labels_never_overlap(open_page):
    pg = open_page(sample_graph())
    assert label_problems(pg)["overlaps"] == []
    pg.js("kg.selectNode('org:bytedance')")
    pg.page.wait_for_timeout(450)  # the centring animation
    boxes = pg.js("kg.labelBoxes()")
    names = {b["text"] for b in boxes if b["kind"] == "node"}
    assert {"ByteDance", "TikTok", "Donald Trump", "CFIUS"} <= names
    problems = label_problems(pg)
    assert not problems["overlaps"] and not problems["small"], problems
    pg.assert_clean()


def test_news_like_first_view_is_legible(open_page):
    """A graph shaped like the 300 stories' (1,652 entities, 1,129 without relation)."""
    pg = open_page(news_like_graph())
    assert pg.js("kg.drawnCounts()")["nodes"] == 523
    assert pg.page.inner_text("#kg-message").startswith("1,129 entities with no relation")
    problems = label_problems(pg)
    assert problems["labels"] >= 40 and not problems["overlaps"] and not problems["small"], problems
    # The five biggest dots are named: by mentions (the default), then by relations.
    for size_by, key in (("mentions", "mentions"), ("degree", "degree")):
        pg.page.select_option("#kg-size-by", size_by)
        top = pg.js(f"kg.data.nodes.filter(n => n.degree).sort((a, b) => b.{key} - a.{key})"
                    ".slice(0, 5).map(n => n.label)")
        names = {b["text"] for b in pg.js("kg.labelBoxes()") if b["kind"] == "node"}
        assert set(top) <= names, size_by
        problems = label_problems(pg)
        assert not problems["overlaps"] and not problems["small"], problems
    pg.assert_clean()


@pytest.mark.skipif(not os.environ.get("KG_ABC_GRAPH"), reason="set KG_ABC_GRAPH to a 300-story graph.json")
def test_300_story_first_view_is_legible(browser, tmp_path):
    from kg.export.json_io import load

    path = write_html(load(os.environ["KG_ABC_GRAPH"]), tmp_path / "abc.html")
    pg = Opened(browser, path)
    try:
        problems = label_problems(pg)
        assert problems["labels"] >= 40 and not problems["overlaps"] and not problems["small"], problems
        pg.assert_clean()
    finally:
        pg.page.close()


# ---------- the panel ----------

def test_panel_reads_statements_first_with_negation_and_hedges(open_page):
    G = sample_graph()
    G.nodes["org:bytedance"]["aliases"] += ["BYTE SKIPPING", "byte Skipping"]  # case variants
    pg = open_page(G)
    pg.js("kg.selectNode('org:bytedance')")
    headings = pg.js("[...document.querySelectorAll('#kg-panel h3, #kg-panel summary')].map(h => h.textContent)")
    assert headings[0] == "Statements (7)" and headings[1].startswith("Also called")
    assert headings[2].startswith("Why these names were merged") and headings[3] == "Documents (2)"
    assert pg.js("document.querySelector('#kg-panel details').open") is False  # merges behind a disclosure
    text = pg.panel_text()
    assert "ByteDance did not sell to United States" in text  # the phrase already says it
    assert "Oracle may buy TikTok" not in text  # not ByteDance's statement
    aliases = pg.js("[...document.querySelectorAll('#kg-panel h3')].find(h => h.textContent.startsWith('Also'))"
                    ".nextElementSibling.innerText")
    assert aliases.lower().count("byte skipping") == 1
    # Negation is read as such even when the phrase is the positive one.
    pg.js("kg.selectNode('product:tiktok')")
    text = pg.panel_text()
    assert "Oracle may buy TikTok" in text
    edge = pg.js("kg.data.edges.find(e => e.relation === 'may buy').id")
    pg.js("(id) => kg.selectEdge(id)", edge)
    assert pg.page.inner_text("#kg-panel h2") == "Oracle may buy TikTok"  # the hedge is in the phrase
    # Documents are links to the document filter.
    pg.js("kg.selectNode('org:oracle')")
    pg.page.click("#kg-panel button.kg-link:text('news-2')")
    assert pg.js("kg.state.doc") == "news-2" and pg.page.input_value("#kg-filter-doc") == "news-2"
    pg.assert_clean()


def test_negated_statement_headline_says_did_not(open_page):
    G = sample_graph()
    G.add_edge("product:tiktok", "gpe:beijing", relation="share data with", negated=True,
               confidence=0.7, evidence=[{"doc": "news-3", "sentence": "TikTok did not share user data with Beijing."}])
    G.add_edge("gpe:beijing", "product:tiktok", relation="control", hedged=True, confidence=0.5,
               evidence=[{"doc": "news-3", "sentence": "Beijing could reportedly control TikTok."}])
    pg = open_page(G)
    neg = pg.js("kg.data.edges.find(e => e.relation === 'share data with').id")
    pg.js("(id) => kg.selectEdge(id)", neg)
    assert pg.page.inner_text("#kg-panel h2") == "TikTok did not share data with Beijing"
    assert pg.page.inner_text("#kg-panel h2 .kg-not") == "not"
    hedged = pg.js("kg.data.edges.find(e => e.relation === 'control').id")
    pg.js("(id) => kg.selectEdge(id)", hedged)
    assert pg.page.inner_text("#kg-panel h2") == "Beijing control TikTok (hedged: “reportedly”)"
    pg.js("kg.selectNode('gpe:beijing')")
    assert "TikTok did not share data with Beijing" in pg.panel_text()
    pg.assert_clean()


def test_typed_relations_group_the_panel_and_the_filter(open_page):
    pg = open_page(typed_graph())
    groups = pg.js("[...document.querySelectorAll('#kg-filter-groups li')].map(li => li.innerText)")
    assert groups[0].split("\n")[0] == "other" and any(g.startswith("located in") for g in groups)
    pg.page.check("#kg-filter-groups input[value=located_in]")
    pg.page.check("#kg-filter-groups input[value=founded_by]")
    assert pg.js("kg.drawnCounts()") == {"nodes": 3, "edges": 2}
    pg.js("kg.selectNode('org:bytedance')")
    subheads = pg.js("[...document.querySelectorAll('#kg-panel .kg-statements h4')].map(h => h.textContent)")
    assert "other · 3" in subheads and "located in (P131) · 1" in subheads
    pg.assert_clean()


# ---------- big graphs: overview, expand, search ----------

def test_big_graph_opens_on_an_overview_and_expands_on_demand(open_page):
    G = synthetic_graph(2600, edges_per_node=1.6)
    pg = open_page(G)
    pg.assert_clean()
    scope = pg.js("kg.scope()")
    assert len(scope) == 300 and pg.js("kg.drawnCounts()")["nodes"] <= 300
    assert pg.page.inner_text("#kg-message").startswith("Overview: 300 entities of 2,600")
    problems = label_problems(pg)
    assert problems["labels"] >= 40 and not problems["overlaps"] and not problems["small"], problems
    # Every entity is still searchable; choosing one outside the overview opens its neighbourhood.
    outside = pg.js("kg.data.nodes.find(n => n.degree >= 2 && !kg.scope().includes(n.id))")
    assert pg.js("(q) => kg.search(q)[0].id", outside["label"]) == outside["id"]
    pg.page.fill("#kg-search", outside["label"])
    pg.page.press("#kg-search", "Enter")
    shown = set(pg.js("kg.visible().nodes"))
    neighbours = set(pg.js("(id) => kg.data.edges.filter(e => e.from === id || e.to === id)"
                           ".flatMap(e => [e.from, e.to])", outside["id"]))
    assert outside["id"] in shown and neighbours <= shown
    assert pg.js("kg.network.getSelectedNodes()") == [outside["id"]]
    # Newly opened neighbours sit on a ring around it, not at their far places in the whole
    # graph's layout.
    fresh = sorted(neighbours - set(scope) - {outside["id"]})
    assert fresh
    pos = pg.js("(ids) => kg.network.getPositions(ids)", fresh + [outside["id"]])
    centre = pos[outside["id"]]
    for nid in fresh:
        assert abs(math.dist((pos[nid]["x"], pos[nid]["y"]), (centre["x"], centre["y"])) -
                   max(180, len(fresh) * 16)) < 2
    pg.page.click("#kg-message button:text('Show all')")
    assert pg.js("kg.scope()") is None
    assert pg.js("kg.drawnCounts()")["nodes"] == sum(1 for n in G if G.degree(n))
    pg.assert_clean()


# ---------- paths, URL state, keys, narrow screens, export ----------

def test_path_between_two_entities_lists_its_statements(open_page):
    pg = open_page(sample_graph())
    assert pg.js("kg.shortestPath('person:zhang-yiming', 'org:oracle')") == \
        ["person:zhang-yiming", "org:bytedance", "product:tiktok", "org:oracle"]
    pg.js("kg.selectNode('person:zhang-yiming')")
    pg.page.click("#kg-panel button:text('Path from here…')")
    pg.page.fill("#kg-search", "Oracle")
    pg.page.press("#kg-search", "Enter")
    assert pg.page.inner_text("#kg-panel h2") == "Zhang Yiming → Oracle"
    text = pg.panel_text()
    assert "3 steps" in text and "Zhang Yiming founded ByteDance" in text
    assert "ByteDance owns TikTok" in text and "Oracle may buy TikTok" in text
    assert sorted(pg.js("kg.network.getSelectedNodes()")) == sorted(
        ["person:zhang-yiming", "org:bytedance", "product:tiktok", "org:oracle"])
    pg.assert_clean()


def test_url_hash_keeps_selection_and_filters_across_a_reload(open_page, browser):
    pg = open_page(sample_graph())
    pg.page.uncheck("#kg-legend-types input[value=PERSON]")
    pg.page.check("#kg-filter-groups input[value=owns]")
    pg.page.check("#kg-filter-groups input[value='threatened to ban']")
    pg.page.select_option("#kg-color-by", "community")
    pg.js("kg.selectNode('product:tiktok')")
    url = pg.page.url
    assert "#" in url and "sel=product%3Atiktok" in url and "hide=PERSON" in url
    again = browser.new_page(viewport={"width": 1400, "height": 850})
    try:
        again.goto(url)
        again.wait_for_function("() => window.kg && window.kg.timing.stable > 0")
        assert again.evaluate("kg.state.types.has('PERSON')") is False
        assert again.evaluate("[...kg.state.groups].sort()") == ["owns", "threatened to ban"]
        assert again.evaluate("kg.state.colorBy") == "community"
        assert again.evaluate("kg.drawnCounts()") == {"nodes": 3, "edges": 2}
        assert again.inner_text("#kg-panel h2") == "TikTok"
        assert again.is_checked("#kg-filter-groups input[value=owns]")
    finally:
        again.close()
    pg.assert_clean()


def test_narrow_screen_layout(browser, tmp_path):
    path = write_html(sample_graph(), tmp_path / "g.html")
    page = browser.new_page(viewport={"width": 390, "height": 800})
    try:
        page.goto(path.resolve().as_uri())
        page.wait_for_function("() => window.kg && window.kg.timing.stable > 0")
        search = page.locator("#kg-search").bounding_box()
        stage = page.locator("#kg-network").bounding_box()
        assert search["width"] > 300  # not squeezed to "Fin"
        assert stage["width"] >= 380 and stage["height"] >= 300
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        page.evaluate("kg.selectNode('org:bytedance')")
        panel = page.locator("#kg-panel-box").bounding_box()
        assert panel["width"] <= 390 and panel["x"] >= 0
    finally:
        page.close()


def test_export_current_view_and_visible_subgraph(open_page):
    import json
    import xml.etree.ElementTree as ET

    pg = open_page(xss_graph())
    pg.page.uncheck("#kg-legend-types input[value=PERSON]")
    svg = ET.fromstring(pg.js("kgExport.svg(kg)"))
    ns = "{http://www.w3.org/2000/svg}"
    texts = [t.text for t in svg.iter(f"{ns}text")]
    assert len(svg.findall(f"{ns}circle")) == pg.js("kg.drawnCounts()")["nodes"]
    assert XSS_IMG in texts or XSS_SCRIPT in texts or "ByteDance" in texts
    sub = json.loads(pg.js("kgExport.json(kg)"))
    assert len(sub["nodes"]) == pg.js("kg.drawnCounts()")["nodes"]
    assert len(sub["edges"]) == pg.js("kg.drawnCounts()")["edges"]
    assert not any(n["type"] == "PERSON" for n in sub["nodes"])
    gml = ET.fromstring(pg.js("kgExport.graphml(kg)").split("\n", 1)[1])
    gns = "{http://graphml.graphdrawing.org/xmlns}"
    assert len(gml.findall(f"{gns}graph/{gns}edge")) == len(sub["edges"])
    assert any(d.text == XSS_SCRIPT for d in gml.iter(f"{gns}data"))  # text, escaped by the serialiser
    with pg.page.expect_download() as download:
        pg.page.click("#kg-export-png")
    assert download.value.suggested_filename == "graph-view.png"
    pg.assert_clean()
