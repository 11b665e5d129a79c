"""The streaming writers (kg/export/jsonstream.py, kg/export/xmlstream.py) give the bytes of the
whole-document writers they replace, on graphs with the awkward values a corpus holds."""

from __future__ import annotations

import io
import json
import re

import networkx as nx
import pytest

from kg.export.flatten import scalar_copy
from kg.export.gexf import write_gexf
from kg.export.graphml import write_graphml
from kg.export.html import render_html, write_html
from kg.export.json_io import dumps, write_json
from kg.export.jsonstream import Items, iter_json, write_chunks
from kg.export.xmlstream import streamable, write_gexf_stream, write_graphml_stream

DATA = {"nodes": [{"id": "a", "x": [1, 2.5, None, True], "s": "é \u2028 </script> & \"q\"\n"},
                  {"id": "b", "empty": [], "obj": {}, "nested": {"k": [{"z": 1}]}}],
        "edges": [], "graph": {"title": "t"}, "n": 3, "f": -0.0}


@pytest.mark.parametrize("options", [
    {"ensure_ascii": False, "indent": 1, "sort_keys": True},
    {"ensure_ascii": False, "sort_keys": True, "separators": (",", ":"), "allow_nan": False},
    {"indent": 2},
    {},
])
@pytest.mark.parametrize("depth", [0, 1, 2, 3, 5])
def test_iter_json_is_json_dumps(options, depth):
    assert "".join(iter_json(DATA, depth=depth, **options)) == json.dumps(DATA, **options)


def test_write_chunks_transforms_every_piece():
    out = io.StringIO()
    write_chunks(iter(["<a", ">", "&"] * 5), out, transform=lambda t: t.replace("<", "["))
    assert out.getvalue() == "[a>&" * 5


def awkward_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.graph.update({"documents": 3, "title": "A & <B>", "model": "", "kg_version": "0"})
    G.add_node("z_last", label="Zoë \"Z\"", type="PERSON", aliases=["Zoë", "Z"], mentions=2, docs=["d1"])
    G.add_node("a_first", label="A <&> Co", type="ORG", merges=[{"alias": "A", "example": {"doc": "d"}}])
    G.add_node("bare")  # no attributes at all
    G.add_node("no_label", type="GPE", mentions=0, score=0.5, flag=False, gone=None)
    ev = [{"doc": "d1", "sentence": "Zoë met A.\nThen left.", "start": 0, "end": 9}]
    G.add_edge("z_last", "a_first", key="met", relation="met", evidence=ev, confidence=0.9,
               negated=False, hedged=True, rule="svo", date=None)
    G.add_edge("z_last", "a_first", key="left", relation="left", evidence=ev, confidence=1.0)
    G.add_edge("a_first", "z_last", key="hired", relation="hired", evidence=[], confidence=0.51)
    G.add_edge("no_label", "no_label", key="self", relation="is")
    return G


def _networkx_graphml(G: nx.MultiDiGraph) -> bytes:
    fh = io.BytesIO()
    nx.write_graphml_xml(scalar_copy(G), fh, named_key_ids=True)
    return fh.getvalue()


def _networkx_gexf(G: nx.MultiDiGraph) -> bytes:
    H = scalar_copy(G)
    for n, d in H.nodes(data=True):
        d.setdefault("label", str(n))
    fh = io.BytesIO()
    nx.write_gexf(H, fh)
    return re.sub(rb' lastmodifieddate="[0-9-]+"', b"", fh.getvalue())  # kg leaves the day out


def test_graphml_stream_is_networkx_bytes():
    G = awkward_graph()
    assert streamable(G)
    fh = io.BytesIO()
    write_graphml_stream(G, fh)
    assert fh.getvalue() == _networkx_graphml(G)


def test_graphml_stream_without_graph_attributes():
    G = awkward_graph()
    G.graph.clear()
    fh = io.BytesIO()
    write_graphml_stream(G, fh)
    assert fh.getvalue() == _networkx_graphml(G)


def test_gexf_stream_is_networkx_bytes():
    G = awkward_graph()
    assert streamable(G, gexf=True)
    fh = io.BytesIO()
    write_gexf_stream(G, fh)
    assert fh.getvalue() == _networkx_gexf(G)


def test_reserved_attributes_go_through_networkx(tmp_path):
    G = awkward_graph()
    G.add_edge("bare", "z_last", key="w", weight=2)  # GEXF writes an edge's weight as an XML attribute
    assert streamable(G) and not streamable(G, gexf=True)
    write_gexf(G, tmp_path / "g.gexf")
    assert (tmp_path / "g.gexf").read_bytes() == _networkx_gexf(G)
    assert not streamable(nx.MultiDiGraph([("a", "b")], id="g1"))  # GraphML pops a graph's id


def test_writers_give_the_bytes_of_whole_documents(tmp_path):
    G = awkward_graph()
    write_graphml(G, tmp_path / "g.graphml")
    assert (tmp_path / "g.graphml").read_bytes() == _networkx_graphml(G)
    write_json(G, tmp_path / "g.json")
    assert (tmp_path / "g.json").read_text(encoding="utf-8") == dumps(G)
    write_html(G, tmp_path / "g.html", title="<T>")
    assert (tmp_path / "g.html").read_text(encoding="utf-8") == render_html(G, title="<T>")
    assert "A <&> Co" not in (tmp_path / "g.html").read_text(encoding="utf-8")


def test_a_large_build_process_writes_every_format_itself(tmp_path, monkeypatch):
    import kg.export as export

    formats = ["json", "graphml", "gexf", "csv", "html"]
    export.write_outputs(awkward_graph(), tmp_path / "forked", formats=formats)
    assert export._may_fork()  # a test process is far below the limit: the child wrote some

    def no_fork(*_args):
        raise AssertionError("forked past FORK_MAX_MB")

    monkeypatch.setattr(export, "FORK_MAX_MB", 0)
    monkeypatch.setattr(export, "_ChildWriter", no_fork)
    assert not export._may_fork()
    export.write_outputs(awkward_graph(), tmp_path / "alone", formats=formats)
    for name in ("graph.json", "graph.graphml", "graph.gexf", "triples.csv", "graph.html"):
        assert (tmp_path / "alone" / name).read_bytes() == (tmp_path / "forked" / name).read_bytes()


def test_items_are_written_like_lists():
    data = {"a": [{"x": 1}, {"y": [2]}], "e": [], "n": [{"z": None}]}
    lazy = {"a": Items(lambda: iter(data["a"])), "e": Items(lambda: iter(())), "n": Items(lambda: iter(data["n"]))}
    for depth in (1, 2, 3):  # an array made on the fly sits at a level that is walked
        for options in ({"indent": 1, "sort_keys": True}, {"separators": (",", ":")}):
            assert "".join(iter_json(lazy, depth=depth, **options)) == json.dumps(data, **options)


def test_database_rows_made_on_each_pass_are_the_same_rows():
    from kg.export.neo4j import tables

    for table in tables(awkward_graph(), [{"id": "d1", "path": "a.txt", "title": None, "date": None}]):
        rows = list(table.rows)
        assert rows == list(table.rows) and len(table.rows) == len(rows) and bool(table.rows) == bool(rows)
    evidence = {t.name: list(t.rows) for t in tables(awkward_graph())}["evidence"]
    assert [r[0] for r in evidence] == ["z_last|left|a_first#0", "z_last|met|a_first#0"]


@pytest.mark.parametrize("reserved", [False, True])
def test_gexf_is_the_same_on_another_day(tmp_path, monkeypatch, reserved):
    """networkx stamps today's date into <meta>; kg's GEXF must not change from one day to the next
    (byte-identical reruns), on the streamed path and on the networkx path alike."""
    import networkx.readwrite.gexf as nx_gexf

    G = awkward_graph()
    if reserved:
        G.add_edge("bare", "z_last", key="w", weight=2)
    written = []
    for day in ("1999-01-01", "2031-07-15"):
        monkeypatch.setattr(nx_gexf.time, "strftime", lambda fmt, *a, day=day: day)
        write_gexf(G, tmp_path / f"{day}.gexf")
        written.append((tmp_path / f"{day}.gexf").read_bytes())
    assert written[0] == written[1]
    assert b"lastmodifieddate" not in written[0] and b"<creator>NetworkX" in written[0]


@pytest.mark.parametrize("level", [2, 3])
def test_element_text_is_what_networkx_indent_and_tostring_give(level):
    """``_xml`` against ElementTree itself: nested, empty, blank and escaped values, attribute order."""
    from xml.etree.ElementTree import Element, SubElement, tostring

    from networkx.readwrite.graphml import GraphMLWriter

    from kg.export.xmlstream import _xml

    def element() -> Element:
        node = Element("node", id='a "b" & <c>\n\t\r', label="é \u2028")
        SubElement(node, "data", key="k1").text = "x < y & z > w \"q\"\n"
        SubElement(node, "data", key="empty").text = ""
        SubElement(node, "data", key="blank").text = "  "
        values = SubElement(node, "attvalues")
        for i, value in enumerate(["1", "true", "<&>"]):
            SubElement(values, "attvalue", {"for": str(i), "value": value})
        SubElement(node, "leaf")
        return node

    indent = GraphMLWriter().indent
    for tail in ("\n" + "  " * level, "\n"):
        expected = element()
        indent(expected, level)
        expected.tail = tail
        assert _xml(element(), level, tail) == tostring(expected, encoding="unicode")
    assert _xml(Element("edge", source="s"), level, "") == '<edge source="s" />'


def test_declarations_read_each_type_first_met():
    """The declarations pass reads only each element's attribute names and value types (and,
    in GEXF, the edge key, declared last): the same declarations, hence the same bytes, as
    networkx gives, with an attribute's type changing from element to element."""
    G = awkward_graph()
    G.add_node("m_mixed", type="ORG", mentions="two", score=1, aliases="A")  # types other nodes do not have
    G.add_edge("m_mixed", "bare", key=7, relation="owns", key_note="k", confidence=1)  # an int key
    for write, expected in ((write_graphml_stream, _networkx_graphml), (write_gexf_stream, _networkx_gexf)):
        fh = io.BytesIO()
        write(G, fh)
        assert fh.getvalue() == expected(G)
