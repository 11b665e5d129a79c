"""GraphML and GEXF written element by element, with the bytes networkx's writers give.

networkx's ``write_graphml_xml`` and ``write_gexf`` build the whole document as an ElementTree
(an element per node, edge and attribute value) before writing it, from a flattened copy of the
graph (``kg.export.flatten.scalar_copy``: every evidence list as a JSON string). At 16,000
documents that held several gigabytes in the forked writer. Here the flattened values are made
one node or edge at a time and each element is serialised as soon as it is built: a first pass
over the graph finds the attribute declarations (which come first in both formats, in the
order networkx meets them), a skeleton of the document with a sentinel where the nodes (and
edges) go gives the text around them, and every element gets the indentation networkx's pretty
printer would give it in place. A graph these writers do not cover (networkx's reserved
attributes: ``id``, ``start``, ``viz``…; no nodes or no edges) goes through networkx as before.
The tests compare both ways byte for byte.

Each element is then written by :func:`_xml`, which gives the text networkx's ``indent`` and
ElementTree's ``tostring`` give (with ElementTree's own escaping functions) for the plain
elements written here, at a third of their cost; and the first pass reads only the type each
value flattens to, not the value (every list as JSON), which the declarations depend on.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from typing import IO, Any
from xml.etree.ElementTree import Element, ElementTree, _escape_attrib, _escape_cdata, tostring

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter
from networkx.readwrite.graphml import GraphMLWriter

from kg.export.flatten import _scalar

_SENTINEL = "kg-stream-sentinel"
#: Attributes networkx's GEXF writer turns into XML attributes or elements of their own.
_GEXF_NODE_RESERVED = {"id", "pid", "start", "end", "parents", "spells", "slices", "viz"}
_GEXF_EDGE_RESERVED = {"id", "label", "weight", "type", "start", "end", "spells", "slices", "viz"}
_GRAPH_RESERVED = {"id", "mode", "node_default", "edge_default"}


def scalar_nodes(G: nx.MultiDiGraph) -> Iterator[tuple[Any, dict]]:
    """``scalar_copy(G).nodes(data=True)``, one node at a time."""
    for n in sorted(G.nodes, key=str):
        yield n, {k: _scalar(v) for k, v in sorted(G.nodes[n].items()) if v is not None}


def scalar_edges(G: nx.MultiDiGraph) -> Iterator[tuple[Any, Any, Any, dict]]:
    """``scalar_copy(G).edges(keys=True, data=True)``, one edge at a time."""
    for u, v, k, d in _sorted_edges(G):
        yield u, v, k, {a: _scalar(b) for a, b in sorted(d.items()) if b is not None}


def _sorted_edges(G: nx.MultiDiGraph) -> list[tuple[Any, Any, Any, dict]]:
    return sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))


def _flat_types(data: dict) -> Iterator[tuple[Any, Any]]:
    """The keys of ``{k: _scalar(v)}`` (sorted, without None) with a value of the same type: the
    value itself where ``_scalar`` keeps it, else a string (it would be JSON). Declarations read
    only the types, so the first pass need not turn every list into JSON."""
    for k, v in sorted(data.items()):
        if v is not None:
            yield k, v if isinstance(v, (str, int, float, bool)) else ""


def streamable(G: nx.MultiDiGraph, gexf: bool = False) -> bool:
    """True if the streaming writers give networkx's bytes for ``G`` (else networkx writes it)."""
    if G.number_of_nodes() == 0 or G.number_of_edges() == 0 or _GRAPH_RESERVED & set(G.graph):
        return False
    if not gexf:
        return True
    return (not any(_GEXF_NODE_RESERVED & set(d) for _, d in G.nodes(data=True))
            and not any(_GEXF_EDGE_RESERVED & set(d) for *_, d in G.edges(data=True)))


def _split(root: Element, sentinels: list[Element]) -> list[str]:
    """The text of ``root`` (with its XML declaration) cut at each sentinel, with each
    sentinel's own tail: [before, tail 1, between, tail 2, …, after]."""
    buffer = io.BytesIO()
    ElementTree(root).write(buffer, encoding="utf-8", xml_declaration=True)
    text = buffer.getvalue().decode("utf-8")
    parts: list[str] = []
    for sentinel in sentinels:
        tail = sentinel.tail or ""
        head, found, text = text.partition(tostring(sentinel, encoding="unicode"))
        assert found, "sentinel not serialised"
        parts += [head, tail]
    return parts + [text]


def _write_elements(out: IO[str], elements: Iterable[Element], level: int, last_tail: str) -> None:
    """Each element indented at ``level`` as networkx's pretty printer does, the last one with
    ``last_tail`` (its parent's closing indentation), serialised and written at once."""
    pending: Element | None = None
    own_tail = "\n" + "  " * level
    for element in elements:
        if pending is not None:
            out.write(_xml(pending, level, own_tail))
        pending = element
    if pending is not None:
        out.write(_xml(pending, level, last_tail))


def _xml(element: Element, level: int, tail: str) -> str:
    """``tostring(element)`` after networkx's ``indent(element, level)``, with ``tail`` as the
    element's tail: for elements of plain tags and string attributes, without text around their
    children (those written here). Children sit one level deeper, each on its own line, the last
    followed by this element's indentation; a childless element keeps its text, or closes as
    ``<tag />`` without one."""
    head = "<" + element.tag + "".join(f' {k}="{_escape_attrib(v)}"' for k, v in element.attrib.items())
    if len(element):
        inner = "\n" + "  " * (level + 1)
        children = list(element)
        body = "".join(_xml(child, level + 1, inner) for child in children[:-1])
        body += _xml(children[-1], level + 1, "\n" + "  " * level)
        return f"{head}>{inner}{body}</{element.tag}>{tail}"
    if element.text:
        return f"{head}>{_escape_cdata(element.text)}</{element.tag}>{tail}"
    return f"{head} />{tail}"


def _text_out(fh: IO[bytes]) -> io.TextIOWrapper:
    # as ElementTree.write(encoding="utf-8") writes: unencodable characters as character references
    return io.TextIOWrapper(fh, encoding="utf-8", errors="xmlcharrefreplace", newline="", write_through=False)


def write_graphml_stream(G: nx.MultiDiGraph, fh: IO[bytes]) -> None:
    """``nx.write_graphml_xml(scalar_copy(G), fh, named_key_ids=True)``, element by element."""
    w = GraphMLWriter(encoding="utf-8", prettyprint=True, named_key_ids=True)
    graph_data = {k: _scalar(v) for k, v in G.graph.items() if v is not None}
    for k, v in graph_data.items():  # pass 1: the keys, in the order networkx declares them
        w.get_key(str(k), w.get_xml_type(type(v)), "graph", None)
    for n in sorted(G.nodes, key=str):
        for k, v in _flat_types(G.nodes[n]):
            w.get_key(str(k), w.get_xml_type(type(v)), "node", None)
    for *_, data in _sorted_edges(G):
        for k, v in _flat_types(data):
            w.get_key(str(k), w.get_xml_type(type(v)), "edge", None)
    graph = Element("graph", edgedefault="directed")
    sentinel = Element("node", id=_SENTINEL)
    graph.append(sentinel)
    for k, v in graph_data.items():  # after the nodes and edges, as networkx appends them
        graph.append(w.add_data(str(k), type(v), str(v), "graph", None))
    w.xml.append(graph)
    w.indent(w.xml)
    before, tail, after = _split(w.xml, [sentinel])

    def elements() -> Iterator[Element]:
        for n, data in scalar_nodes(G):
            element = Element("node", id=str(n))
            for k, v in data.items():
                element.append(w.add_data(str(k), type(v), str(v), "node", None))
            yield element
        for u, v, key, data in scalar_edges(G):
            element = Element("edge", source=str(u), target=str(v), id=str(key))
            for k, value in data.items():
                element.append(w.add_data(str(k), type(value), str(value), "edge", None))
            yield element

    out = _text_out(fh)
    out.write(before)
    _write_elements(out, elements(), 2, tail)
    out.write(after)
    out.flush()
    out.detach()


def gexf_writer() -> GEXFWriter:
    """networkx's GEXF writer without the day it runs: it stamps ``<meta lastmodifieddate>`` with
    today's date, so the same graph written tomorrow would differ by that attribute, and kg's
    outputs are byte-identical across reruns. The attribute is optional in GEXF 1.2 (Gephi reads
    files without it)."""
    w = GEXFWriter(encoding="utf-8", prettyprint=True)
    meta = w.xml.find("meta")
    if meta is not None:
        meta.attrib.pop("lastmodifieddate", None)
    return w


def write_gexf_stream(G: nx.MultiDiGraph, fh: IO[bytes]) -> None:
    """``nx.write_gexf(scalar_copy(G), fh)``, element by element."""
    w = gexf_writer()
    name = {k: _scalar(v) for k, v in G.graph.items() if v is not None}.get("name", "")
    graph = Element("graph", defaultedgetype="directed", mode="static", name=str(name))
    w.graph_element = graph
    for n in sorted(G.nodes, key=str):  # pass 1: the attribute declarations, as networkx meets them
        w.add_attributes("node", Element("node"), {k: v for k, v in _flat_types(G.nodes[n]) if k != "label"}, {})
    for _, _, key, data in _sorted_edges(G):
        w.add_attributes("edge", Element("edge"), {**dict(_flat_types(data)), "key": key}, {})
    nodes, edges = Element("nodes"), Element("edges")
    node_sentinel, edge_sentinel = Element("node", id=_SENTINEL), Element("edge", id=_SENTINEL)
    nodes.append(node_sentinel)
    edges.append(edge_sentinel)
    graph.extend([nodes, edges])
    w.xml.append(graph)
    w.indent(w.xml)
    before, node_tail, between, edge_tail, after = _split(w.xml, [node_sentinel, edge_sentinel])

    def node_elements() -> Iterator[Element]:
        for n, data in scalar_nodes(G):
            element = Element("node", id=str(n), label=str(data.pop("label", n)))
            w.add_attributes("node", element, data, {})
            yield element

    def edge_elements() -> Iterator[Element]:
        for i, (u, v, key, data) in enumerate(scalar_edges(G)):
            element = Element("edge", source=str(u), target=str(v), id=str(i))
            data["key"] = key
            w.add_attributes("edge", element, data, {})
            yield element

    out = _text_out(fh)
    out.write(before)
    _write_elements(out, node_elements(), 3, node_tail)
    out.write(between)
    _write_elements(out, edge_elements(), 3, edge_tail)
    out.write(after)
    out.flush()
    out.detach()
