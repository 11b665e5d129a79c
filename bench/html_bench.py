"""How fast is graph.html usable? The targets of issue 17, measured in headless Chromium.

For each synthetic size (default 2,000 entities / 3,000 relations and 50,000 / 100,000) and any
real ``graph.json`` given with ``--graph``: write the page (Python: layout + render), then open it
several times in Chromium and read

* ``first frame``: the page's own ``performance.now()`` mark of vis-network's first paint, which
  already carries the label layer (ms since navigation start): the first *readable* frame;
* ``search``: one keystroke's work, setting the search box and dispatching ``input`` until the
  result list is rendered (median over 20 keystrokes: 1, 3, 6 letters and the whole name of five
  entities; measured in the page);
* ``pan`` / ``zoom``: frames per second counted with ``requestAnimationFrame`` while Playwright
  drags the canvas / turns the wheel for about two seconds;
* file size per entity.

Prints a Markdown table of medians and the machine's load average (1 min) before and after.
Not a test: numbers depend on the machine.

    python bench/html_bench.py [--sizes 2000 50000] [--runs 3] [--graph out/graph.json ...]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from html_graphs import synthetic_graph  # noqa: E402
from kg.export.html import write_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1440, "height": 900}

SEARCH_MS = """(queries) => {
    const input = document.getElementById('kg-search'), out = [];
    for (const q of queries) {
        const t0 = performance.now();
        input.value = q;
        input.dispatchEvent(new Event('input'));
        document.getElementById('kg-search-results').firstChild;  // rendered synchronously
        out.push(performance.now() - t0);
    }
    input.value = ''; input.dispatchEvent(new Event('input'));
    out.sort((a, b) => a - b);
    return out[Math.floor(out.length / 2)];
}"""
COUNT_FRAMES = """() => { window.__frames = 0; window.__t0 = performance.now();
    const tick = () => { window.__frames++; if (!window.__stop) requestAnimationFrame(tick); };
    window.__stop = false; requestAnimationFrame(tick); }"""
STOP_FRAMES = "() => { window.__stop = true; return window.__frames / ((performance.now() - window.__t0) / 1000); }"


def _fps(page, gesture: str) -> float:
    box = page.locator("#kg-network").bounding_box()
    cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.evaluate(COUNT_FRAMES)
    if gesture == "pan":
        for _ in range(3):
            page.mouse.move(cx - 150, cy)
            page.mouse.down()
            page.mouse.move(cx + 150, cy + 60, steps=40)
            page.mouse.up()
    else:
        page.mouse.move(cx, cy)
        for i in range(40):
            page.mouse.wheel(0, -120 if i < 20 else 120)
            page.wait_for_timeout(16)
    return page.evaluate(STOP_FRAMES)


def measure(browser, path: Path, runs: int, queries: list[str]) -> dict[str, float]:
    """Medians over ``runs`` fresh pages; fails loudly on any page error or request."""
    url = path.resolve().as_uri()
    marks: dict[str, list[float]] = {"firstDraw": [], "drawn": [], "search": [], "pan": [], "zoom": []}
    for _ in range(runs):
        page = browser.new_page(viewport=VIEWPORT)
        errors: list[str] = []
        requests: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(url, wait_until="commit", timeout=180_000)
        # Default "raf" polling: interval polling evaluates a string, which the page's CSP forbids.
        page.wait_for_function("() => window.kg && window.kg.timing.stable > 0", timeout=180_000)
        marks["firstDraw"].append(page.evaluate("kg.timing.firstDraw"))
        marks["drawn"].append(page.evaluate("kg.drawnCounts().nodes"))
        marks["search"].append(page.evaluate(SEARCH_MS, queries))
        marks["pan"].append(_fps(page, "pan"))
        marks["zoom"].append(_fps(page, "zoom"))
        if errors or requests != [url]:
            raise SystemExit(f"{path.name}: errors {errors} requests {requests}")
        page.close()
    return {k: statistics.median(v) for k, v in marks.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[2000, 50000])
    parser.add_argument("--graph", type=Path, nargs="*", default=[], help="real graph.json files")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from kg.export.json_io import load

    load_before = os.getloadavg()[0]
    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        graphs = [(f"synthetic {n:,}", lambda n=n: synthetic_graph(n, edges_per_node=2.0)) for n in args.sizes]
        graphs += [(str(g), lambda g=g: load(g)) for g in args.graph]
        for name, make in graphs:
            G = make()
            labels = [str(G.nodes[v].get("label", v)) for v in sorted(G.nodes, key=str)]
            # Keystrokes of typing names: 1, 3, 6 letters and the whole name of 5 entities.
            names = [labels[i * len(labels) // 5] for i in range(5)]
            queries = [name[:k] for name in names for k in (1, 3, 6, len(name))]
            t0 = time.perf_counter()
            path = write_html(G, Path(tmp) / "g.html")
            write_s = time.perf_counter() - t0
            m = measure(browser, path, args.runs, queries)
            size = path.stat().st_size
            rows.append((name, G.number_of_nodes(), G.number_of_edges(), size, write_s, m))
            print(f"  measured {name}", file=sys.stderr)
        browser.close()
    load_after = os.getloadavg()[0]

    print(f"Chromium headless {VIEWPORT['width']}x{VIEWPORT['height']}, {args.runs} loads each, medians; "
          f"load average {load_before:.1f} before, {load_after:.1f} after, {os.cpu_count()} CPUs.\n")
    print("| graph | entities | relations | drawn at open | file (MB) | bytes/entity | write (s) "
          "| first readable frame (ms) | search (ms) | pan (fps) | zoom (fps) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, n, e, size, write_s, m in rows:
        print(f"| {name} | {n:,} | {e:,} | {m['drawn']:,.0f} | {size / 1e6:.1f} | {size / max(n, 1):,.0f} "
              f"| {write_s:.1f} | {m['firstDraw']:.0f} | {m['search']:.1f} | {m['pan']:.0f} | {m['zoom']:.0f} |")


if __name__ == "__main__":
    main()
