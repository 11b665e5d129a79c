"""``kg eval``: score a graph against a hand-made gold file.

The gold file is YAML: ``entities`` (each with ``id``, ``names``, optional ``mentions``, ``core``)
and ``relations`` (each with ``head``, ``tail``, ``keywords``, ``core``); ``tests/e2e/test_accuracy.py``
scores the seed build against one kept outside the repository (``GOLD`` in ``tests/conftest.py``) and
skips without it.

Names are compared after normalisation (lower case, no leading article, no possessive 's, no
punctuation). A gold entity is *found* when a node's label or an alias matches one of its names or
mentions; *alias resolution* counts gold mentions landing in the entity's best node; a node that
matches two gold entities is *over-merged*; a node matching neither a gold nor a tolerated name
is *spurious*. A gold relation is found when an edge joins the two entities (either direction)
and its relation contains one of the keywords.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import networkx as nx
import yaml

from kg.errors import GoldFileError  # noqa: F401  (defined in kg.errors, raised here)
from kg.model import VALUE_TYPES


def gold_norm(text: Any) -> str:
    s = str(text).lower().replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"^(the|a|an)\s+", "", s.strip())
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def _as_list(x: Any) -> list:
    return x if isinstance(x, list) else [x]


def _names(data: dict, node: str) -> set[str]:
    names = {gold_norm(data.get("label", node)), gold_norm(node)}
    for a in data.get("aliases") or []:
        names.add(gold_norm(a))
    names.discard("")
    return names


def load_gold(path: str | os.PathLike) -> dict:
    """Read and check a gold file: any problem is a ``GoldFileError`` naming the file and entry."""
    try:
        gold = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldFileError(f"{path}: cannot read the gold file ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise GoldFileError(f"{path}: not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise GoldFileError(f"{path}{where}: not valid YAML ({getattr(exc, 'problem', None) or exc})") from None
    if not isinstance(gold, dict) or "entities" not in gold:
        raise GoldFileError(f"{path}: expected a mapping with 'entities' (and 'relations')")
    gold.setdefault("relations", [])
    _check_gold(gold, path)
    return gold


def _check_gold(gold: dict, path: str | os.PathLike) -> None:
    """Entities need an ``id`` and ``names``; relations a ``head`` and ``tail`` among those ids and a
    list of ``keywords`` (a bare string would be matched letter by letter)."""
    if not isinstance(gold["entities"], list) or not isinstance(gold["relations"], list):
        raise GoldFileError(f"{path}: 'entities' and 'relations' must be lists")
    ids: set[str] = set()
    for i, e in enumerate(gold["entities"], start=1):
        if not isinstance(e, dict) or "id" not in e or "names" not in e:
            raise GoldFileError(f"{path}: entity {i} must be a mapping with 'id' and 'names'")
        ids.add(e["id"])
    for i, r in enumerate(gold["relations"], start=1):
        if not isinstance(r, dict) or not {"head", "tail", "keywords"} <= set(r):
            raise GoldFileError(f"{path}: relation {i} must be a mapping with 'head', 'tail' and 'keywords'")
        if not isinstance(r["keywords"], list) or not all(isinstance(k, str) for k in r["keywords"]):
            raise GoldFileError(f"{path}: relation {i}: 'keywords' must be a list of strings")
        unknown = [g for g in _as_list(r["head"]) + _as_list(r["tail"]) if g not in ids]
        if unknown:
            raise GoldFileError(f"{path}: relation {i}: {unknown[0]!r} is not a gold entity id")


def evaluate(G: nx.MultiDiGraph, gold: dict) -> dict[str, Any]:
    """All figures as a dict (``*_found``/``*_total`` pairs plus lists of what was missed)."""
    nodes = {n: d for n, d in G.nodes(data=True) if str(d.get("type", "")).upper() not in VALUE_TYPES}
    keys = {e["id"]: {gold_norm(x) for x in _as_list(e["names"]) + _as_list(e.get("mentions", []))}
            for e in gold["entities"]}
    names = {n: _names(d, n) for n, d in nodes.items()}
    node_match = {n: [g for g, k in keys.items() if names[n] & k] for n in nodes}
    matched = {g: [n for n, gs in node_match.items() if g in gs] for g in keys}
    tolerated = {gold_norm(t) for t in gold.get("tolerated", [])}
    spurious = sorted(nodes[n].get("label", n) for n in nodes if not node_match[n] and not names[n] & tolerated)
    overmerged = sorted(nodes[n].get("label", n) for n, gs in node_match.items() if len(gs) > 1)
    core = [e for e in gold["entities"] if e.get("core")]
    res_hit = res_tot = frag = 0
    unresolved: list[str] = []
    for e in gold["entities"]:
        ms = {gold_norm(m) for m in _as_list(e.get("mentions", []))}
        cands = matched[e["id"]]
        frag += max(0, len(cands) - 1)
        best = max(cands, key=lambda c: len(names[c] & ms), default=None)
        hit = names[best] & ms if best else set()
        res_hit += len(hit)
        res_tot += len(ms)
        unresolved += [f"{e['id']}:{m}" for m in sorted(ms - hit)]

    adj: dict[frozenset, list[str]] = {}
    for u, v, d in G.edges(data=True):
        adj.setdefault(frozenset((u, v)), []).append(str(d.get("relation", "")).lower())
    rel = {"core": [0, 0], "all": [0, 0]}
    missed = []
    for r in gold["relations"]:
        hs = [n for g in _as_list(r["head"]) for n in matched.get(g, [])]
        ts = [n for g in _as_list(r["tail"]) for n in matched.get(g, [])]
        ok = any(any(k.lower() in lab for k in r["keywords"])
                 for h in hs for t in ts for lab in adj.get(frozenset((h, t)), []))
        for bucket in (["core", "all"] if r.get("core") else ["all"]):
            rel[bucket][1] += 1
            rel[bucket][0] += ok
        if not ok:
            missed.append(f"{'/'.join(map(str, _as_list(r['head'])))}-{'/'.join(map(str, _as_list(r['tail'])))}")
    good = {n for n, gs in node_match.items() if gs} | {n for n in nodes if names[n] & tolerated}
    ent_edges = [(u, v) for u, v in G.edges() if u in nodes and v in nodes]
    clean = [e for e in ent_edges if e[0] in good and e[1] in good]
    with_ev = sum(1 for *_e, d in G.edges(data=True) if d.get("evidence"))
    return {
        "entities_core": [sum(bool(matched[e["id"]]) for e in core), len(core)],
        "entities_all": [sum(bool(v) for v in matched.values()), len(keys)],
        "alias_resolution": [res_hit, res_tot],
        "fragments": frag,
        "overmerged_nodes": len(overmerged),
        "entity_nodes": len(nodes),
        "spurious_nodes": len(spurious),
        "node_precision": round(1 - len(spurious) / max(1, len(nodes)), 3),
        "relations_core": rel["core"],
        "relations_all": rel["all"],
        "edges": G.number_of_edges(),
        "edge_endpoint_precision": round(len(clean) / max(1, len(ent_edges)), 3),
        "edges_with_evidence": [with_ev, G.number_of_edges()],
        "missed_entities": sorted(g for g, v in matched.items() if not v),
        "unresolved_mentions": unresolved,
        "spurious": spurious,
        "overmerged": overmerged,
        "missed_relations": missed,
    }


def format_report(fig: dict[str, Any]) -> str:
    lines = []
    for k, v in fig.items():
        if isinstance(v, list) and len(v) == 2 and all(isinstance(x, int) for x in v):
            lines.append(f"{k}: {v[0]}/{v[1]}")
        elif isinstance(v, list):
            lines.append(f"{k}: {', '.join(map(str, v)) or '-'}")
        else:
            lines.append(f"{k}: {v}")
    return "\n".join(lines)
