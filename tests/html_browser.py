"""Opening kg's page in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright):
the fixtures and measurements the browser tests share.

Skipped when Chromium is missing, unless KG_REQUIRE_BROWSER=1 (CI), which turns that into a failure.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.export.html import write_html

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
