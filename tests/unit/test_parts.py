"""Outputs rewritten only where they changed (kg.export.parts): a write that reuses the previous
file's parts gives the bytes of a write from nothing, for every change to the graph, and reuses
nothing it cannot trust (an output the user edited or removed, a damaged index, new declarations)."""

from __future__ import annotations

import os

import networkx as nx
import pytest

from kg.export import parts, write_outputs
from kg.export.parts import PARTS_DIRNAME

FORMATS = ["json", "graphml", "gexf", "csv", "html"]
FILES = {"json": "graph.json", "graphml": "graph.graphml", "gexf": "graph.gexf", "csv": "triples.csv",
         "html": "graph.html"}
#: Files with a part per node and per edge; triples.csv has one per edge (its rows).
NODE_PARTS = ("graph.json", "graph.graphml", "graph.gexf", "graph.html")


def total(G: nx.MultiDiGraph, name: str) -> int:
    """How many parts ``name`` has for ``G``."""
    return G.number_of_edges() + (G.number_of_nodes() if name in NODE_PARTS else 0)


def graph(n: int = 12) -> nx.MultiDiGraph:
    """A graph with kg's attributes: lists, numbers, flags, evidence records, a non-ASCII label."""
    G = nx.MultiDiGraph()
    for i in range(n):
        G.add_node(f"e{i}", label=f"Entity {i} Café" if i % 5 == 0 else f"Entity {i}", type="ORG" if i % 2 else "PERSON",
                   aliases=[f"E{i}", f"Ent {i}"], mentions=i + 1, docs=[f"d{i % 3}"])
    for i in range(n - 1):
        G.add_edge(f"e{i}", f"e{i + 1}", key=f"r{i}", relation="owns" if i % 2 else "met",
                   evidence=[{"doc": f"d{i % 3}", "sentence": f"E{i} & <E{i + 1}> \"met\"."}],
                   confidence=0.5 + i / 100, negated=False, hedged=i == 3)
    return G


@pytest.fixture
def counts(monkeypatch):
    """What each part writer reused and made, by file name (every writer runs in this process:
    no forked writer)."""
    import kg.export as export

    monkeypatch.setattr(export, "_may_fork", lambda: False)
    seen: dict[str, tuple[int, int]] = {}
    close = parts.PartWriter.close

    def recording_close(self):
        seen[self.name] = (self.reused, self.made)
        close(self)

    monkeypatch.setattr(parts.PartWriter, "close", recording_close)
    return seen


def write(G: nx.MultiDiGraph, out, cache: bool = True) -> dict[str, bytes]:
    write_outputs(G, out, formats=FORMATS, parts_cache=out / ".kg-cache" if cache else None)
    return {f: (out / FILES[f]).read_bytes() for f in FORMATS}


def fresh(G: nx.MultiDiGraph, tmp_path) -> dict[str, bytes]:
    return write(G, tmp_path / "fresh", cache=False)


def test_an_unchanged_graph_is_written_from_the_previous_files_parts(tmp_path, counts):
    G = graph()
    first = write(G, tmp_path / "out")
    for name in FILES.values():
        assert counts[name] == (0, total(G, name)), name
    again = write(G, tmp_path / "out")
    assert again == first
    for name in FILES.values():
        assert counts[name] == (total(G, name), 0), name


@pytest.mark.parametrize("change", ["node attribute", "added edge", "removed edge", "added node", "removed node"])
def test_each_change_gives_the_bytes_of_a_write_from_nothing(tmp_path, counts, change):
    G = graph()
    write(G, tmp_path / "out")
    if change == "node attribute":
        G.nodes["e4"]["mentions"] = 40
        G.nodes["e4"]["aliases"].append("Four")
    elif change == "added edge":
        G.add_edge("e0", "e7", key="new", relation="sued", evidence=[{"doc": "d9", "sentence": "E0 sued E7."}],
                   confidence=0.9, negated=True, hedged=False)
    elif change == "removed edge":
        G.remove_edge("e2", "e3", key="r2")
    elif change == "added node":
        G.add_node("a-new", label="New", type="GPE", aliases=[], mentions=1, docs=["d1"])
    else:
        G.remove_node("e6")
    again = write(G, tmp_path / "out")
    assert again == fresh(G, tmp_path)
    for name in FILES.values():
        reused, made = counts[name]
        assert reused + made == total(G, name), (name, counts[name])
        if name == "graph.html" and change != "node attribute":
            continue  # a new edge or node moves the layout of its component: those nodes are remade
        if name == "triples.csv" and "node" in change:
            assert made == 0, counts[name]  # no edge or label changed (a removed node's edges went)
            continue
        assert made <= 3 and reused >= total(G, name) - 3, (name, counts[name])
        assert made > 0 or change.startswith("removed"), (name, counts[name])
    assert counts["graph.html"][0] > 0


def test_gexf_edge_ids_follow_their_new_positions(tmp_path, counts):
    G = graph()
    write(G, tmp_path / "out")
    G.add_edge("a0", "e1", key="first", relation="met", evidence=[], confidence=0.5, negated=False, hedged=False)
    G.nodes["a0"].update(label="A0", type="PERSON", aliases=[], mentions=1, docs=["d0"])
    again = write(G, tmp_path / "out")
    assert again == fresh(G, tmp_path)  # every edge after the new one has an id one higher
    assert counts["graph.gexf"][0] > 0


def test_new_declarations_rewrite_gexf_whole_and_keep_graphml_and_json_parts(tmp_path, counts):
    G = graph()
    write(G, tmp_path / "out")
    G.nodes["e3"]["wikidata"] = "Q42"  # a new attribute: a new GraphML key and GEXF attribute id
    G.nodes["e5"]["mentions"] = 2.5  # a new type for an attribute: a new GEXF attribute
    again = write(G, tmp_path / "out")
    assert again == fresh(G, tmp_path)
    assert counts["graph.gexf"][0] == 0  # the attribute ids may have moved: nothing reused
    assert counts["graph.graphml"][1] == 2 and counts["graph.json"][1] == 2 and counts["graph.html"][1] == 2
    assert counts["triples.csv"] == (G.number_of_edges(), 0)  # no label changed


@pytest.mark.parametrize("damage", ["edited", "deleted", "replaced same size"])
def test_an_output_the_user_changed_is_written_whole(tmp_path, counts, damage):
    G = graph()
    out = tmp_path / "out"
    write(G, out)
    for name in FILES.values():
        path = out / name
        if damage == "edited":
            path.write_bytes(path.read_bytes().replace(b"Entity", b"Thingie"))
        elif damage == "deleted":
            path.unlink()
        else:
            data = path.read_bytes()
            path.unlink()
            path.write_bytes(data.replace(b"Entity 1", b"Entity X"))  # same size, another file
    G.nodes["e4"]["mentions"] = 40
    assert write(G, out) == fresh(G, tmp_path)
    for name in FILES.values():
        assert counts[name][0] == 0, name


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "flipped byte", "other version"])
def test_a_damaged_part_index_is_ignored(tmp_path, counts, damage):
    import hashlib
    import marshal

    G = graph()
    out = tmp_path / "out"
    write(G, out)
    for name in FILES.values():
        index = out / ".kg-cache" / PARTS_DIRNAME / f"{name}.idx"
        raw = index.read_bytes()
        if damage == "garbage":
            index.write_bytes(b"\x00not an index" * 7)
        elif damage == "truncated":
            index.write_bytes(raw[: len(raw) // 2])
        elif damage == "empty":
            index.write_bytes(b"")
        elif damage == "flipped byte":  # still loads, but its digest no longer matches
            index.write_bytes(raw[:-5] + bytes([raw[-5] ^ 1]) + raw[-4:])
        else:  # well formed, its digest right, of another version
            data = marshal.loads(raw[16:])
            data["v"] = 999
            payload = marshal.dumps(data)
            index.write_bytes(hashlib.blake2b(payload, digest_size=16).digest() + payload)
            st = os.stat(out / name)
            assert data["stat"] == [st.st_ino, st.st_size, st.st_mtime_ns]
    G.nodes["e4"]["mentions"] = 40
    assert write(G, out) == fresh(G, tmp_path)


def test_a_failed_build_leaves_no_index_that_the_next_one_trusts(tmp_path, counts, monkeypatch):
    G = graph()
    out = tmp_path / "out"
    write(G, out)
    G.nodes["e4"]["mentions"] = 40
    from kg.export import atomic

    def failing_swap(staging, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "_swap", failing_swap)
    with pytest.raises(Exception):
        write(G, out)
    monkeypatch.undo()
    G.nodes["e5"]["mentions"] = 50
    assert write(G, out) == fresh(G, tmp_path)


def test_a_write_that_reuses_parts_forks_no_writer_and_gives_the_bytes_of_one_that_does(tmp_path, monkeypatch):
    """With the last build's indexes the writers mostly copy, so every format is written in this
    process (a forked writer would cost more CPU than it spares); a first write forks one."""
    import kg.export as export

    every = ["json", "graphml", "gexf", "csv", "html", "db"]
    forked: list[list[str]] = []
    real = export._ChildWriter

    def counting(fmts, staging):
        forked.append(list(fmts))
        return real(fmts, staging)

    monkeypatch.setattr(export, "_ChildWriter", counting)
    monkeypatch.setattr(export, "_may_fork", lambda: True)
    out = tmp_path / "out"
    write_outputs(graph(), out, formats=every, parts_cache=out / ".kg-cache")
    assert len(forked) == 1
    G = graph()
    G.nodes["e3"]["label"] = "Renamed"
    write_outputs(G, out, formats=every, parts_cache=out / ".kg-cache")
    assert len(forked) == 1  # the rebuild wrote all six here
    write_outputs(G, tmp_path / "plain", formats=every)
    assert len(forked) == 2
    for name in ["graph.json", "graph.graphml", "graph.gexf", "triples.csv", "graph.html"]:
        assert (out / name).read_bytes() == (tmp_path / "plain" / name).read_bytes(), name


@pytest.mark.parametrize("a, b", [
    ({"confidence": float("nan")}, {"confidence": None}),  # orjson writes both as null
    ({"confidence": float("inf")}, {"confidence": None}),
    ({"confidence": 1.0}, {"confidence": 1}),
    ({"negated": True}, {"negated": 1}),
    ({"aliases": ["a", "b"]}, {"aliases": ["b", "a"]}),
    ({"label": "x\ud800"}, {"label": "x"}),  # a lone surrogate: orjson refuses it, json takes it
    ({"label": "null"}, {"label": None}),
])
def test_values_whose_json_differs_never_share_a_digest(a, b):
    assert parts.digest(a) != parts.digest(b)
    assert parts.digest(a) == parts.digest(dict(a)) and parts.digest(a) is not None


def test_a_digest_does_not_depend_on_key_order_and_json_refusals_have_none():
    assert parts.digest({"b": [1, {"y": 2, "x": 3}], "a": "é"}) == parts.digest({"a": "é", "b": [1, {"x": 3, "y": 2}]})
    assert parts.digest({"a": object()}) is None


def test_page_edge_ids_follow_their_new_positions_and_a_record_that_hides_an_id_is_made_again(tmp_path, counts):
    """The page's edge records carry their position ("e7"), mended in the previous page's text; a
    record whose values hold the same keys around an id is not mended (where is its id?) but made."""
    G = graph()
    G.edges["e5", "e6", "r5"]["date"] = {"hedged": False, "id": "e99", "key": "looks like an edge"}
    write(G, tmp_path / "out")
    G.add_edge("a0", "e1", key="first", relation="met", evidence=[], confidence=0.5, negated=False, hedged=False)
    G.nodes["a0"].update(label="A0", type="PERSON", aliases=[], mentions=1, docs=["d0"])
    again = write(G, tmp_path / "out")
    assert again == fresh(G, tmp_path)  # every edge after the new one has an id one higher
    reused, made = counts["graph.html"]
    # the new node moved every position of the chain: every node is made, and of the edges the
    # new one and the one whose date holds an id's surroundings; the others are mended
    assert (reused, made) == (G.number_of_edges() - 2, G.number_of_nodes() + 2)


def test_the_page_id_mend_changes_the_id_only():
    from kg.export.page_records import _edge_id_mend

    record = b'{"confidence":0.5,"evidence":[],"from":"a","hedged":false,"id":"e12","key":"k","to":"b"}'
    assert _edge_id_mend(3)(record) == record.replace(b'"e12"', b'"e3"')
    assert _edge_id_mend(3)(record.replace(b'"hedged"', b'"hedge"')) is None
