"""Static pictures: PNG/SVG by suffix, whole graph or a neighbourhood, same graph same bytes."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from html_graphs import sample_graph
from kg.export.image import find_entity, neighbourhood, render_image


def test_png_of_the_whole_graph(tmp_path):
    out = render_image(sample_graph(), tmp_path / "g.png")
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(data[16:20], "big")
    assert width >= 1200  # big enough to read labels at 150 dpi
    assert render_image(sample_graph(), tmp_path / "again.png").read_bytes() == data


def test_picture_reuses_the_pages_memoised_layouts(tmp_path):
    from kg.export.html import page_data

    class Memo(dict):
        computed = 0

        def __setitem__(self, key, coords):
            type(self).computed += 1
            super().__setitem__(key, coords)

    memo = Memo()
    page_data(sample_graph(), layout_memo=memo)  # the HTML page lays the components out
    assert Memo.computed > 0
    before = Memo.computed
    out = render_image(sample_graph(), tmp_path / "g.png", layout_memo=memo)
    assert Memo.computed == before  # every layout came from the memo
    assert out.read_bytes() == render_image(sample_graph(), tmp_path / "fresh.png").read_bytes()


def test_svg_neighbourhood_names_its_entities_as_text(tmp_path):
    out = render_image(sample_graph(), tmp_path / "n.svg", focus="byte skipping", depth=1)
    svg = out.read_text(encoding="utf-8")
    ET.fromstring(svg)  # well-formed
    texts = " ".join(svg.split())
    for name in ("ByteDance", "TikTok", "Donald Trump", "CFIUS", "ordered to sell", "neighbourhood"):
        assert name in texts
    assert "Oracle" not in texts and "Chinese" not in texts  # two hops away / unrelated
    assert render_image(sample_graph(), tmp_path / "m.svg", focus="byte skipping").read_text(
        encoding="utf-8") == svg


def test_neighbourhood_depth():
    G = sample_graph()
    sub, centre = neighbourhood(G, "oracle", depth=1)
    assert centre == "org:oracle" and set(sub) == {"org:oracle", "product:tiktok"}
    sub, _ = neighbourhood(G, "Oracle", depth=2)
    assert "org:bytedance" in sub and "gpe:united-states" in sub and "norp:chinese" not in sub


def test_focus_lookup_errors_are_clear(tmp_path):
    G = sample_graph()
    assert find_entity(G, "TIKTOK") == "product:tiktok"
    assert find_entity(G, "U.S.") == "gpe:united-states"
    with pytest.raises(KeyError, match="Did you mean: ByteDance"):
        find_entity(G, "Bytedanse")
    with pytest.raises(ValueError, match="use .png or .svg"):
        render_image(G, tmp_path / "g.jpg")
    assert not list(tmp_path.iterdir())
