"""How fast does graph.html become usable? Synthetic graphs of 500 / 2,000 / 5,000 entities.

For each size: write the page (Python: layout + render), then open it in headless Chromium several
times and read the page's own ``performance.now()`` marks (milliseconds since navigation start):
``firstDraw`` is the first frame vis-network paints, ``stable`` the first frame after which nothing
moves (with physics off that is the first frame; with physics on, the frame after stabilisation).
Prints a Markdown table of medians. Not a test: numbers depend on the machine.

    python bench/html_bench.py [--sizes 500 2000 5000] [--runs 3] [--physics-on]
"""

from __future__ import annotations

import argparse
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


def measure(browser, path: Path, runs: int) -> dict[str, float]:
    """Median load marks over ``runs`` fresh pages; fails loudly on any page error or request."""
    url = path.resolve().as_uri()
    marks: dict[str, list[float]] = {"firstDraw": [], "stable": [], "filter": []}
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1400, "height": 850})
        errors: list[str] = []
        requests: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(url, wait_until="commit", timeout=120_000)  # physics on blocks "load"
        # Default "raf" polling: interval polling evaluates a string, which the page's CSP forbids.
        page.wait_for_function("() => window.kg && window.kg.timing.stable > 0", timeout=120_000)
        timing = page.evaluate("kg.timing")
        # One filter round trip (hide isolated nodes and draw), as a feel for interactivity.
        filter_ms = page.evaluate("""() => new Promise(done => {
            const t0 = performance.now();
            kg.network.once('afterDrawing', () => done(performance.now() - t0));
            document.getElementById('kg-filter-isolated').click();
            kg.network.redraw();
        })""")
        if errors or requests != [url]:
            raise SystemExit(f"{path.name}: errors {errors} requests {requests}")
        marks["firstDraw"].append(timing["firstDraw"])
        marks["stable"].append(timing["stable"])
        marks["filter"].append(filter_ms)
        page.close()
    return {k: statistics.median(v) for k, v in marks.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 5000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--physics-on", action="store_true",
                        help="also time pages forced to open with physics on (sizes <= 500)")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        variants = [(n, None) for n in args.sizes]
        if args.physics_on:
            variants += [(n, True) for n in args.sizes if n <= 500]
        for n, physics in variants:
            G = synthetic_graph(n)
            t0 = time.perf_counter()
            path = write_html(G, Path(tmp) / f"g{n}.html", physics=physics)
            write_s = time.perf_counter() - t0
            m = measure(browser, path, args.runs)
            rows.append((n, G.number_of_edges(), "on" if physics else "off (default)",
                         path.stat().st_size / 1e6, write_s, m))
            print(f"  measured {n} nodes, physics {rows[-1][2]}", file=sys.stderr)
        browser.close()

    print(f"Chromium headless, {args.runs} loads each, medians; ms since navigation start.\n")
    print("| nodes | edges | physics | file (MB) | write (s) | first frame (ms) | stable frame (ms) "
          "| filter redraw (ms) |")
    print("|---:|---:|---|---:|---:|---:|---:|---:|")
    for n, e, physics, mb, write_s, m in rows:
        print(f"| {n:,} | {e:,} | {physics} | {mb:.2f} | {write_s:.2f} | {m['firstDraw']:.0f} "
              f"| {m['stable']:.0f} | {m['filter']:.0f} |")


if __name__ == "__main__":
    main()
