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

import hashlib
import io
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any
from xml.etree.ElementTree import Element, ElementTree, _escape_attrib, _escape_cdata, tostring

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter
from networkx.readwrite.graphml import GraphMLWriter

from kg.export.flatten import _scalar
from kg.export.parts import Parts, PartWriter, no_key, sorted_graph

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


#: The value types an attribute keeps (``_scalar``); any other value is written as JSON, a string.
_SCALARS = (str, int, float, bool)


def _flat_types(data: dict) -> Iterator[tuple[Any, Any]]:
    """The keys of ``{k: _scalar(v)}`` (sorted, without None) with a value of the same type: the
    value itself where ``_scalar`` keeps it, else a string (it would be JSON). Declarations read
    only the types, so the first pass need not turn every list into JSON."""
    for k, v in sorted(data.items()):
        if v is not None:
            yield k, v if isinstance(v, _SCALARS) else ""


def _signature(data: dict) -> tuple:
    """``tuple((k, type(v)) for k, v in _flat_types(data))``, without making the pairs: each
    name with its value's type, or ``str`` for a value that would be JSON."""
    return tuple((k, type(v) if isinstance(v, _SCALARS) else str) for k, v in sorted(data.items()) if v is not None)


def _signatures(items: Iterable[dict], extra: Iterable[Any] | None = None,
                signatures: Iterable[tuple] | None = None) -> Iterator[dict]:
    """``dict(_flat_types(d))`` of each ``d`` whose attribute names and value types (in order) were
    not met before: the declarations depend on those alone (an attribute's name and type, in the
    order first met), so the repeats, most nodes and edges, need not go through networkx. Only
    the signature of each is made (:func:`_signature`); the flat dict only of the new ones.
    ``extra`` (GEXF's edges): one value per ``d``, declared last as ``key``
    (``{**dict(_flat_types(d)), "key": value}``; a ``d`` with its own "key" has it overwritten in
    its place). ``signatures``: each ``d``'s :func:`_signature`, already made (GraphML's pass
    makes them and GEXF's reads them: the same graph, written once by each)."""
    seen: set[tuple] = set()
    extras = iter(extra) if extra is not None else None
    made = iter(signatures) if signatures is not None else None
    for data in items:
        flat = None
        own = next(made) if made is not None else None
        if extras is None:
            signature = own if own is not None else _signature(data)
        else:
            key = next(extras)
            if "key" in data:
                flat = {**dict(_flat_types(data)), "key": key}
                signature = tuple((k, type(v)) for k, v in flat.items())
            else:
                signature = (own if own is not None else _signature(data)) + (("key", type(key)),)
        if signature not in seen:
            seen.add(signature)
            if flat is None:
                flat = dict(_flat_types(data)) if extras is None else {**dict(_flat_types(data)), "key": key}
            yield flat


def _signature_lists(G: nx.MultiDiGraph, nodes: list[Any], edges: list[tuple[Any, Any, Any, dict]],
                     parts: Parts | None) -> tuple[list[tuple] | None, list[tuple] | None]:
    """Each node's and edge's :func:`_signature`, made once for GraphML and GEXF when they share
    ``parts`` (a rebuild writes both in this process: at 10,000 documents the signatures were
    2.9 s of each writer's 9-13 s, profiled); None without ``parts`` (each pass makes its own)."""
    if parts is None:
        return None, None
    return (parts.shared("node-signatures", lambda: [_signature(G.nodes[n]) for n in nodes]),
            parts.shared("edge-signatures", lambda: [_signature(d) for *_, d in edges]))


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


#: One element to write: its digest (None: always made), how to make it, and how to mend the
#: previous file's bytes of it (GEXF's edges carry their position as their id), or None.
Piece = tuple[bytes | None, Callable[[], Element], Callable[[bytes], bytes | None] | None]


def _write_elements(out: PartWriter, elements: Iterable[Piece], level: int, last_tail: str) -> None:
    """Each element indented at ``level`` as networkx's pretty printer does, each followed by its
    tail (the last one by ``last_tail``, its parent's closing indentation): serialised, or its
    bytes taken from the previous file when its digest is there."""
    own_tail = "\n" + "  " * level
    lead = ""
    for key, make, mend in elements:
        out.part(key, lambda: _xml(make(), level, ""), mend, lead)
        lead = own_tail
    out.text(last_tail)


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


def _part_writer(fh: IO[bytes], parts: Parts | None, name: str, context: str = "") -> PartWriter:
    # as ElementTree.write(encoding="utf-8") writes: unencodable characters as character references
    if parts is None:
        return PartWriter(fh, errors="xmlcharrefreplace")
    return parts.writer(name, fh, context, errors="xmlcharrefreplace")


def write_graphml_stream(G: nx.MultiDiGraph, fh: IO[bytes], parts: Parts | None = None,
                         name: str = "graph.graphml") -> None:
    """``nx.write_graphml_xml(scalar_copy(G), fh, named_key_ids=True)``, element by element.

    An element's text depends on its node's (edge's) attributes only (with named key ids a
    ``<data>`` names its key by the attribute), so ``parts`` reuses any the previous file has."""
    w = GraphMLWriter(encoding="utf-8", prettyprint=True, named_key_ids=True)
    graph_data = {k: _scalar(v) for k, v in G.graph.items() if v is not None}
    for k, v in graph_data.items():  # pass 1: the keys, in the order networkx declares them
        w.get_key(str(k), w.get_xml_type(type(v)), "graph", None)
    nodes, edges = sorted_graph(G, parts)  # once for both passes (and for GEXF)
    node_signatures, edge_signatures = _signature_lists(G, nodes, edges, parts)
    for flat in _signatures((G.nodes[n] for n in nodes), signatures=node_signatures):
        for k, v in flat.items():
            w.get_key(str(k), w.get_xml_type(type(v)), "node", None)
    for flat in _signatures((data for *_, data in edges), signatures=edge_signatures):
        for k, v in flat.items():
            w.get_key(str(k), w.get_xml_type(type(v)), "edge", None)
    graph = Element("graph", edgedefault="directed")
    sentinel = Element("node", id=_SENTINEL)
    graph.append(sentinel)
    for k, v in graph_data.items():  # after the nodes and edges, as networkx appends them
        graph.append(w.add_data(str(k), type(v), str(v), "graph", None))
    w.xml.append(graph)
    w.indent(w.xml)
    before, tail, after = _split(w.xml, [sentinel])

    def node(n: Any) -> Element:
        element = Element("node", id=str(n))
        for k, v in sorted(G.nodes[n].items()):
            if v is not None:
                v = _scalar(v)
                element.append(w.add_data(str(k), type(v), str(v), "node", None))
        return element

    def edge(u: Any, v: Any, key: Any, attrs: dict) -> Element:
        element = Element("edge", source=str(u), target=str(v), id=str(key))
        for k, value in sorted(attrs.items()):
            if value is not None:
                value = _scalar(value)
                element.append(w.add_data(str(k), type(value), str(value), "edge", None))
        return element

    nkey, ekey = (parts.node, parts.edge) if parts is not None else (no_key, no_key)

    def elements() -> Iterator[Piece]:
        for n in nodes:
            yield nkey(n, G.nodes[n]), lambda n=n: node(n), None
        for u, v, key, attrs in edges:
            yield ekey(u, v, key, attrs), lambda e=(u, v, key, attrs): edge(*e), None

    out = _part_writer(fh, parts, name)
    out.text(before)
    _write_elements(out, elements(), 2, tail)
    out.text(after)
    out.close()


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


def write_gexf_stream(G: nx.MultiDiGraph, fh: IO[bytes], parts: Parts | None = None,
                      file: str = "graph.gexf") -> None:
    """``nx.write_gexf(scalar_copy(G), fh)``, element by element.

    An element's text depends on its attributes and on the attribute ids the declarations give
    (the file's head: the ``context`` of ``parts``), and an edge's on its position (its id), which
    :func:`_gexf_edge_mend` puts right in the previous file's bytes."""
    w = gexf_writer()
    name = {k: _scalar(v) for k, v in G.graph.items() if v is not None}.get("name", "")
    graph = Element("graph", defaultedgetype="directed", mode="static", name=str(name))
    w.graph_element = graph
    # pass 1: the attribute declarations, as networkx meets them
    order, sorted_edges = sorted_graph(G, parts)  # once for both passes (and for GraphML)
    node_signatures, edge_signatures = _signature_lists(G, order, sorted_edges, parts)
    for flat in _signatures((G.nodes[n] for n in order), signatures=node_signatures):
        w.add_attributes("node", Element("node"), {k: v for k, v in flat.items() if k != "label"}, {})
    for flat in _signatures((data for *_, data in sorted_edges), extra=(key for _, _, key, _ in sorted_edges),
                            signatures=edge_signatures):
        w.add_attributes("edge", Element("edge"), flat, {})
    nodes, edges = Element("nodes"), Element("edges")
    node_sentinel, edge_sentinel = Element("node", id=_SENTINEL), Element("edge", id=_SENTINEL)
    nodes.append(node_sentinel)
    edges.append(edge_sentinel)
    graph.extend([nodes, edges])
    w.xml.append(graph)
    w.indent(w.xml)
    before, node_tail, between, edge_tail, after = _split(w.xml, [node_sentinel, edge_sentinel])

    def node(n: Any) -> Element:
        data = {k: _scalar(v) for k, v in sorted(G.nodes[n].items()) if v is not None}
        element = Element("node", id=str(n), label=str(data.pop("label", n)))
        w.add_attributes("node", element, data, {})
        return element

    def edge(i: int, u: Any, v: Any, key: Any, attrs: dict) -> Element:
        data = {a: _scalar(b) for a, b in sorted(attrs.items()) if b is not None}
        element = Element("edge", source=str(u), target=str(v), id=str(i))
        data["key"] = key
        w.add_attributes("edge", element, data, {})
        return element

    nkey, ekey = (parts.node, parts.edge) if parts is not None else (no_key, no_key)

    def node_elements() -> Iterator[Piece]:
        for n in order:
            yield nkey(n, G.nodes[n]), lambda n=n: node(n), None

    def edge_elements() -> Iterator[Piece]:
        for i, (u, v, key, attrs) in enumerate(sorted_edges):
            yield (ekey(u, v, key, attrs), lambda e=(i, u, v, key, attrs): edge(*e),
                   _gexf_edge_mend(u, v, i))

    context = hashlib.blake2b(before.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    out = _part_writer(fh, parts, file, context)
    out.text(before)
    _write_elements(out, node_elements(), 3, node_tail)
    out.text(between)
    _write_elements(out, edge_elements(), 3, edge_tail)
    out.text(after)
    out.close()


def _gexf_edge_mend(u: Any, v: Any, i: int) -> Callable[[bytes], bytes | None]:
    """The previous file's bytes of an edge element with this position's id: the element starts
    ``<edge source="…" target="…" id="N"``, and only ``N`` depends on where the edge is."""
    def mend(data: bytes) -> bytes | None:
        start = f'<edge source="{_escape_attrib(str(u))}" target="{_escape_attrib(str(v))}" id="'
        head = start.encode("utf-8", "xmlcharrefreplace")
        if not data.startswith(head):
            return None
        end = data.find(b'"', len(head))
        if end < 0:
            return None
        return head + str(i).encode("ascii") + data[end:]
    return mend
