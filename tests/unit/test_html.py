"""The HTML page without a browser: self-contained, escaped, deterministic, writes one file."""

from __future__ import annotations

import base64
import html
import hashlib
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from html_graphs import XSS_IMG, XSS_SCRIPT, sample_graph, synthetic_graph, typed_graph, xss_graph
from kg.export import html as kg_html
from kg.export.html import PAGE_SCRIPTS, page_data, render_html, write_html

ROOT = Path(__file__).resolve().parents[2]


class _Scripts(HTMLParser):
    """Collects every element's tag/attributes and each <script>'s raw text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._in_script: dict | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append((self._in_script, ""))

    def handle_data(self, data):
        if self._in_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None


def _parse(page: str) -> _Scripts:
    parser = _Scripts()
    parser.feed(page)
    parser.close()
    return parser


def _embedded_data(page: str) -> dict:
    scripts = _parse(page).scripts
    (data,) = [text for attrs, text in scripts if attrs.get("id") == "kg-data"]
    return json.loads(data)


def test_page_is_self_contained():
    page = render_html(sample_graph())
    parsed = _parse(page)
    for tag, attrs in parsed.tags:
        assert "src" not in attrs, f"<{tag}> loads {attrs['src']!r}"
        if tag == "link":
            pytest.fail(f"<link> to {attrs.get('href')!r}")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"@import|cdnjs|jsdelivr|unpkg|bootstrapcdn", page, re.I)
    # vis-network itself is inlined (not fetched): its constructor is in the page.
    assert "vis-network" in page and ".prototype.setData=" in page
    # The data, vis-network, and the page's own scripts.
    assert len(parsed.scripts) == 2 + len(PAGE_SCRIPTS)


def test_csp_allows_exactly_the_inline_scripts():
    page = render_html(sample_graph())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    csp = html.unescape(csp)
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    for attrs, text in _parse(page).scripts:
        if attrs.get("type") == "application/json":
            continue
        digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_hostile_text_is_escaped_and_round_trips():
    page = render_html(xss_graph(), title="<b>Title</b> & </script>")
    # Nothing hostile appears raw: not in the data, not in the heading.
    assert XSS_SCRIPT not in page
    assert XSS_IMG not in page
    assert "onerror=alert(2)>" not in page
    assert page.count("</script>") == 2 + len(PAGE_SCRIPTS)  # only the page's own scripts close
    assert "&lt;b&gt;Title&lt;/b&gt; &amp; &lt;/script&gt;" in page
    # …yet the data the page script reads is exactly the graph's text.
    data = _embedded_data(page)
    evil = next(n for n in data["nodes"] if n["id"] == "org:evil")
    assert evil["label"] == XSS_IMG and XSS_SCRIPT in evil["aliases"]
    edge = next(e for e in data["edges"] if e["from"] == "org:evil")
    assert edge["relation"] == XSS_SCRIPT and XSS_SCRIPT in edge["evidence"][0]["sentence"]
    assert data["title"] == "<b>Title</b> & </script>"


def test_script_json_escapes_html_significant_characters():
    text = kg_html.script_json({"a": "<!-- </script> & \u2028"})
    assert not set("<>&\u2028") & set(text)
    assert json.loads(text) == {"a": "<!-- </script> & \u2028"}


def test_same_graph_same_bytes_whatever_the_insertion_order():
    G = sample_graph()
    H = nx.MultiDiGraph()
    H.add_nodes_from(reversed(list(G.nodes(data=True))))
    H.add_edges_from(reversed(list(G.edges(keys=True, data=True))))
    assert render_html(G) == render_html(G) == render_html(H)


def test_same_bytes_across_processes(tmp_path):
    """Hash randomisation and a fresh igraph RNG must not change a byte."""
    code = (
        "import sys; sys.path[:0] = [sys.argv[1], sys.argv[2]]\n"
        "from html_graphs import synthetic_graph\n"
        "from kg.export.html import write_html\n"
        "write_html(synthetic_graph(200), sys.argv[3], title='t')\n"
    )
    out = tmp_path / "child.html"
    env = dict(os.environ, PYTHONHASHSEED="12345")  # differs from this process's random seed
    subprocess.run([sys.executable, "-c", code, str(ROOT), str(ROOT / "tests"), str(out)],
                   check=True, env=env, cwd=tmp_path)
    here = write_html(synthetic_graph(200), tmp_path / "here.html", title="t")
    assert hashlib.sha256(here.read_bytes()).digest() == hashlib.sha256(out.read_bytes()).digest()


def test_write_html_writes_only_the_page(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = write_html(sample_graph(), Path("out") / "graph.html")
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == [
        "out", "out/graph.html"]
    assert out == Path("out/graph.html")


def test_utf8_text_kept_verbatim(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("g1", label="Zürich – 北京 “quoted”", type="GPE", aliases=[], mentions=1, docs=["d"])
    path = write_html(G, tmp_path / "u.html", title="Café ☕")
    raw = path.read_bytes()
    assert '<meta charset="utf-8">'.encode() in raw
    assert "Zürich – 北京 “quoted”".encode("utf-8") in raw
    assert "<title>Café ☕</title>".encode("utf-8") in raw


def test_footer_summary_and_no_timestamp():
    page = render_html(sample_graph())
    footer = page.split('<footer class="kg-footer">')[1].split("</footer>")[0]
    assert re.findall(r'kg-stat-name">(\w+)</span> <span class="kg-stat-value">(\d+)', footer) == [
        ("Documents", "2"), ("Entities", "9"), ("Relations", "9")]
    ours = page.replace(kg_html._vis_asset("vis-network.min.js"), "")  # vis has its own date
    assert not re.search(r"\b20\d\d-\d\d-\d\d", ours)  # no build date
    custom = render_html(sample_graph(), summary={"documents": None, "built": "<today>"})
    assert "Built</span> <span class=\"kg-stat-value\">&lt;today&gt;" in custom
    custom_footer = custom.split('<footer class="kg-footer">')[1].split("</footer>")[0]
    assert "Documents" not in custom_footer  # unknown: left out


def test_page_data_shapes_the_drawing():
    data = page_data(sample_graph())
    assert [n["id"] for n in data["nodes"]] == sorted(n["id"] for n in data["nodes"])
    assert data["options"]["physics"]["enabled"] is False  # precomputed layout; a switch on the page
    assert page_data(sample_graph(), physics=True)["options"]["physics"]["enabled"] is True
    by_rel = {e["relation"]: e for e in data["edges"]}
    # ByteDance -> TikTok "owns" and TikTok -> ByteDance "subsidiary of" curve apart.
    assert by_rel["owns"]["curve"] and by_rel["subsidiary of"]["curve"]
    assert "curve" not in by_rel["founded"]
    assert by_rel["may buy"]["hedged"] and by_rel["did not sell to"]["negated"]
    assert by_rel["founded"]["date"] == "2012"
    assert data["docs"] == ["news-1", "news-2"]
    sizes = {n["label"]: n["size"] for n in data["nodes"]}
    assert sizes["TikTok"] > sizes["Oracle"]  # sized by mentions
    big = page_data(synthetic_graph(400))
    assert len({(n["x"], n["y"]) for n in big["nodes"]}) == len(big["nodes"])  # no two stacked


def test_empty_graph_renders():
    data = _embedded_data(render_html(nx.MultiDiGraph()))
    assert data["nodes"] == [] and data["edges"] == []


def test_layout_memo_gives_the_same_page_and_skips_the_force_layout(tmp_path, monkeypatch):
    from kg.cache import LayoutCache
    from kg.export import layout as kg_layout

    G = synthetic_graph(300, seed=3)
    plain = render_html(G, title="t")
    memo = LayoutCache(tmp_path / "c")
    assert render_html(G, title="t", layout_memo=memo) == plain
    assert memo.misses > 0 and memo.hits == 0
    memo.close()

    def no_force_layout(*args, **kwargs):
        raise AssertionError("a memoised component was laid out again")

    monkeypatch.setattr(kg_layout, "_force_layout", no_force_layout)
    again = LayoutCache(tmp_path / "c")  # a later build: read back from the SQLite file
    assert render_html(G, title="t", layout_memo=again) == plain
    assert again.hits > 0 and again.misses == 0


def test_layout_memo_recomputes_changed_and_damaged_components(tmp_path):
    from kg.export.layout import layout_positions

    G = synthetic_graph(120, seed=5)
    memo: dict[str, list] = {}
    expected = layout_positions(G, memo=memo)
    for key in memo:  # damaged entries (wrong length) are laid out again, not trusted
        memo[key] = memo[key][:1]
    assert layout_positions(G, memo=memo) == expected
    H = G.copy()
    u, v = sorted(H.nodes, key=str)[:2]
    H.add_edge(u, v, relation="new", evidence=[], confidence=0.5)
    assert layout_positions(H, memo=memo) == layout_positions(H)


def test_layout_memo_skips_the_spread_of_unchanged_components_and_redoes_resized_ones(monkeypatch):
    """The finished layout of a component (after ``_spread``, which reads the nodes' sizes) is
    memoised too: an unchanged component costs neither; a node grown by a mention is spread
    again from the memoised force layout, as a fresh layout would."""
    from kg.export import layout as kg_layout

    G = synthetic_graph(120, seed=5)
    memo: dict[str, list] = {}
    expected = kg_layout.layout_positions(G, memo=memo)
    H = G.copy()
    hub = max(H.nodes, key=lambda v: (H.degree(v), str(v)))
    H.nodes[hub]["mentions"] = 10 * (H.nodes[hub].get("mentions") or 1)
    fresh = kg_layout.layout_positions(H)
    assert fresh != expected
    spread, calls = kg_layout._spread, []
    monkeypatch.setattr(kg_layout, "_spread", lambda *a, **k: calls.append(1) or spread(*a, **k))
    assert kg_layout.layout_positions(G, memo=memo) == expected and not calls

    def no_force_layout(*args, **kwargs):
        raise AssertionError("a memoised component was laid out again")

    monkeypatch.setattr(kg_layout, "_force_layout", no_force_layout)
    assert kg_layout.layout_positions(H, memo=memo) == fresh and calls


def test_igraph_is_loaded_without_matplotlib_which_stays_importable():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from kg.igraph_loader import load_igraph\n"
        "ig = load_igraph()\n"
        "assert 'matplotlib' not in sys.modules, 'igraph pulled matplotlib in'\n"
        "coords = ig.Graph.Famous('Zachary').layout_fruchterman_reingold(niter=10).coords\n"
        "assert len(coords) == 34\n"
        "import matplotlib\n"
        "matplotlib.use('Agg')\n"
        "import matplotlib.pyplot as plt\n"
        "plt.figure()\n"
        "assert load_igraph() is ig\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_relation_groups_are_typed_predicates_when_edges_carry_them():
    plain, typed = page_data(sample_graph()), page_data(typed_graph())
    # Old graphs: one group per relation phrase.
    assert {p["key"] for p in plain["predicates"]} == {e["relation"] for e in plain["edges"]}
    # Typed graphs: one group per predicate, its label readable, "other" holding the rest.
    groups = {p["key"]: p for p in typed["predicates"]}
    assert set(groups) == {"owner_of", "other", "acquired", "founded_by", "located_in",
                           "parent_organization"}
    assert groups["other"]["count"] == 4 and groups["located_in"]["label"] == "located in"
    based_in = next(e for e in typed["edges"] if e["relation"] == "based in")
    assert based_in["predicate"] == "located_in" and based_in["wikidata"] == "P131"
    assert "predicate" not in plain["edges"][0]


def test_page_data_counts_what_the_first_view_needs():
    data = page_data(sample_graph())
    by_label = {n["label"]: n for n in data["nodes"]}
    assert data["isolated"] == 1 and by_label["Chinese"]["degree"] == 0
    assert by_label["ByteDance"]["degree"] == 7  # every relation touching it, both directions
    assert data["kinds"] == {"stated": 7, "hedged": 1, "negated": 1}
    assert data["years"] == [2012, 2012]
    # Communities: entities with a relation get one, coloured; an isolated one gets none.
    assert by_label["Chinese"]["community"] == -1
    assert {n["community"] for n in data["nodes"] if n["degree"]} <= {c["index"] for c in data["communities"]}
    assert data["communities"][0]["size"] >= data["communities"][-1]["size"]


def test_communities_are_stable_across_runs_and_insertion_order():
    from kg.export.layout import communities

    G = synthetic_graph(600, seed=5)
    H = nx.MultiDiGraph()
    H.add_nodes_from(reversed(list(G.nodes(data=True))))
    H.add_edges_from(reversed(list(G.edges(keys=True, data=True))))
    first = communities(G)
    assert first == communities(G) == communities(H)
    assert len(set(first.values())) > 5  # a random graph still splits into many groups


def test_communities_are_memoised_with_the_layouts(monkeypatch):
    from kg.export import layout

    G = synthetic_graph(300, seed=2)
    memo: dict = {}
    first = layout.communities(G, memo=memo)
    assert len(memo) == 1

    def no_igraph():
        raise AssertionError("igraph loaded although the answer was memoised")

    monkeypatch.setattr("kg.igraph_loader.load_igraph", no_igraph)
    assert layout.communities(G, memo=memo) == first


def test_jsonable_gives_the_same_data_for_plain_and_other_types():
    """``_jsonable``'s fast path for the graph's own types (str, int, bool, None, float, dict,
    list) gives what its general branches give for their subclasses and kin."""
    import math
    from collections import OrderedDict

    import numpy as np

    from kg.export.html import _jsonable

    class Name(str):
        pass

    value = {"a": [1, True, None, 2.5, math.nan, "x"], 3: {"s": {"b", "a"}, "t": (1, math.inf)}}
    plain = {"a": [1, True, None, 2.5, None, "x"], "3": {"s": ["a", "b"], "t": [1, None]}}
    assert _jsonable(value) == plain
    assert _jsonable(OrderedDict(value)) == plain
    assert _jsonable([np.float64(1.5), np.int64(2), Name("n"), Name()]) == [1.5, 2, "n", ""]
    assert _jsonable(np.float64("nan")) is None and _jsonable(np.float32(0.5)) == 0.5


@pytest.mark.parametrize("make", [sample_graph, typed_graph, xss_graph])
def test_records_held_or_made_while_written_give_the_same_page(make, tmp_path):
    """render_html holds the page's records, write_html makes each while it writes it (and counts
    the header's figures from the graph's attributes): the same page either way."""
    G = make()
    written = write_html(G, tmp_path / "page.html").read_bytes()
    assert G.number_of_edges() and written == render_html(G).encode("utf-8")
