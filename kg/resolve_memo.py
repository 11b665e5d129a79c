"""Incremental resolution: the last build's resolution, kept so that a rebuild redoes only what a
change touches, with the result a full resolution would give.

Three things are kept (``.kg-cache/resolution.marshal``, marshal: plain values only, nothing to
execute), all dropped when the resolution code changes (``fingerprint``):

1. **Each document's first level** (``MERGE_RULES`` over its names): reused when the document's
   mentions are the same (a digest of them) and the corpus's defined acronyms that its rules
   looked up have the same meanings; with it, which of its names join the corpus level
   (``resolve.joining_names``), so a rebuild does not read every name's words again.
2. **The corpus level** (``CORPUS_RULES``): each corpus name's outcome (the name it joined, the
   rule, why it was left apart) and its block keys (``kg.resolve_blocks``). A rebuild re-runs the
   corpus rules only over the names connected, through shared block keys, to a name that a changed,
   added or deleted document contributes to (before or after the change), in corpus order; the
   others keep their outcomes. When what the rules read of the whole corpus changed (the defined
   acronyms, ``Blocking.context``, the keys over a ``limit``), or a rule has no blocking, or most
   names are touched anyway, the whole corpus is resolved again.
3. **Each entity's label, type and merge reasons**, reused for a cluster none of whose names were
   touched.

``stats`` says what was reused; tests/unit/test_resolve_memo.py checks incremental == full.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import sys
from bisect import bisect_right
from collections.abc import Callable
from operator import attrgetter
from pathlib import Path

from kg.labels import entity_of
from kg.lexicon.names import NameKey
from kg.merge_rules import NameItem, Names
from kg.model import Entity, Mention
from kg import resolve_link
from kg.resolve import CorpusName, DocNames, Outcome, _Resolution, joining_names
from kg.resolve_blocks import blockings

log = logging.getLogger(__name__)
_where = attrgetter("doc", "start")

#: The memo's file in the cache folder.
MEMO_FILE = "resolution.marshal"
_FORMAT = 4

class _Reads(dict):
    """The defined acronyms as a document's rules see them, noting every acronym looked up."""

    def __init__(self, data: dict[str, str]) -> None:
        super().__init__(data)
        self.read: dict[str, str | None] = {}

    def __contains__(self, key: object) -> bool:
        self.read[key] = dict.get(self, key)  # type: ignore[index]
        return dict.__contains__(self, key)

    def __getitem__(self, key: str) -> str:
        self.read[key] = dict.get(self, key)
        return dict.__getitem__(self, key)

    def get(self, key: str, default: object = None) -> object:  # type: ignore[override]
        self.read[key] = dict.get(self, key)
        return dict.get(self, key, default)


#: What a document's first level reads of a mention (one C call per mention: a comprehension
#: building the same tuples was 40 % of the digest).
_READ = attrgetter("start", "end", "text", "type", "sent_start", "sent_end", "origin", "canonical", "form", "address")


def _digest(mentions: list[Mention]) -> bytes:
    """What a document's first level reads of its mentions, hashed (one ``repr`` of them all: a
    call per mention cost a tenth of a one-changed rebuild's resolution)."""
    return hashlib.blake2b(repr(list(map(_READ, mentions))).encode(), digest_size=16).digest()


class ResolutionMemo:
    """The last resolution of the corpus built into one folder (``path``), and the next one."""

    def __init__(self, path: Path | None, fingerprint: str) -> None:
        self.path = path
        self.fingerprint = f"{fingerprint}|{sys.version_info[:2]}|{marshal.version}|{_FORMAT}"
        old = self._load()
        self.old_docs: dict[str, tuple] = old.get("docs", {})
        self.old_corpus: dict[tuple, tuple] = old.get("corpus", {})
        self.old_context: object = old.get("context")
        self.old_entities: dict[tuple[str, int], tuple] = old.get("entities", {})
        self.docs: dict[str, tuple] = {}
        self.corpus_state: dict[tuple, tuple] = {}
        self.context: object = None
        self.entity_state: dict[tuple[str, int], tuple] = {}
        self.dirty: set[str] = set()  # documents resolved again at the first level
        self.touched: set[int] | None = None  # document-level names to resolve again; None: all
        self._upper: tuple[int, dict[str, str]] | None = None
        self.stats = {"documents": 0, "documents reused": 0, "corpus names": 0,
                      "corpus names resolved": 0, "entities": 0, "entities reused": 0}

    def _load(self) -> dict:
        if self.path is None or not self.path.exists():
            return {}
        try:
            data = marshal.loads(self.path.read_bytes())
            if isinstance(data, dict) and data.get("fingerprint") == self.fingerprint:
                return data
        except (OSError, ValueError, EOFError, TypeError) as exc:
            log.warning("ignoring the resolution memo %s: %s", self.path, exc)
        return {}

    def save(self) -> None:
        """Keep this resolution for the next build (atomically; a failure only costs speed)."""
        if self.path is None:
            return
        data = {"fingerprint": self.fingerprint, "docs": self.docs, "corpus": self.corpus_state,
                "context": self.context, "entities": self.entity_state}
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            tmp.write_bytes(marshal.dumps(data))
            tmp.replace(self.path)
        except (OSError, ValueError) as exc:
            log.warning("could not keep the resolution memo in %s: %s", self.path, exc)

    def _defined(self, defined: dict[str, str] | None) -> dict[str, str]:
        """The defined acronyms as ``Names`` keeps them (upper-cased), computed once per dict."""
        if self._upper is None or self._upper[0] != id(defined):
            self._upper = (id(defined), {k.upper(): v for k, v in (defined or {}).items()})
        return self._upper[1]

    # --- the first level -------------------------------------------------------------------

    def document(self, doc: str, mentions: list[Mention], defined: dict[str, str] | None,
                 rules: tuple[Callable[[Names], None], ...]) -> Names | DocNames:
        """One document's first-level result: kept, if its mentions and the acronyms it read are."""
        self.stats["documents"] += 1
        digest = _digest(mentions)
        upper = self._defined(defined)
        rec = self.old_docs.get(doc)
        if rec is not None and rec[0] == digest and all(upper.get(a) == v for a, v in rec[1]):
            self.docs[doc] = rec
            self.stats["documents reused"] += 1
            _, _, items, reason, apart, ambiguous, clusters, joining = rec
            return DocNames([NameItem(NameKey(kind, text), group, [mentions[j] for j in idxs], canonical)
                             for kind, text, group, canonical, idxs in items],
                            reason, apart, set(ambiguous), clusters, joining)
        self.dirty.add(doc)
        names = Names.of(mentions, defined)
        names.defined = reads = _Reads(names.defined)
        for rule in rules:
            rule(names)
        position = {id(m): j for j, m in enumerate(mentions)}
        clusters = names.clusters()
        self.docs[doc] = (digest, tuple(sorted(reads.read.items())),
                          [(n.key.kind, n.key.text, n.group, n.canonical, [position[id(m)] for m in n.mentions])
                           for n in names.items],
                          dict(names.reason), dict(names.apart), sorted(names.ambiguous), clusters,
                          joining_names(names.items, clusters, names.ambiguous, names.reason))
        return names

    # --- the corpus level ------------------------------------------------------------------

    def corpus(self, state: _Resolution, members: dict[CorpusName, list[int]], defined: dict[str, str] | None,
               rules: tuple[Callable[[Names], None], ...]) -> dict[CorpusName, Outcome]:
        """Each corpus name's outcome: kept where no change reaches it (``kg.resolve_link``)."""
        order = list(members)
        self.stats["corpus names"] = len(order)
        blocking = blockings(rules)
        upper = self._defined(defined)
        done = None
        if blocking is not None and self.old_corpus:
            changed = self.dirty | (set(self.old_docs) - set(self.docs))
            done = resolve_link.partial(order, members, state.items, defined, upper, rules, blocking,
                                        self.old_corpus, self.old_context, self._dirty_names(state, changed))
        if done is None:
            outcomes, self.corpus_state, self.context = resolve_link.full(
                order, members, state.items, defined, upper, rules, blocking)
            self.stats["corpus names resolved"] = len(order)
            return outcomes
        outcomes, self.corpus_state, self.context, touched = done
        self.stats["corpus names resolved"] = len(touched)
        self.touched = {i for k in touched for i in members.get(k, ())}
        return outcomes

    def _dirty_names(self, state: _Resolution, changed: set[str]) -> set[CorpusName]:
        """The corpus names a changed, added or deleted document contributes to, before or after."""
        out: set[CorpusName] = set()
        for doc in changed:
            for kind, text, group, _, _ in self.old_docs.get(doc, (0, 0, ()))[2]:
                out.add(resolve_link.unstored((group, kind, text)))
        for d, doc in enumerate(state.docs):
            if doc in changed:
                end = state.starts[d + 1] if d + 1 < len(state.starts) else len(state.items)
                out.update((n.group, n.key.spelled, n.key) for n in state.items[state.starts[d]:end])
        return out

    # --- the entities ----------------------------------------------------------------------

    def entities(self, state: _Resolution, clusters: list[list[int]]) -> list[Entity]:
        """The entities of ``clusters``: kept where none of their names was resolved again."""
        touched = self.touched
        if touched is not None:
            for d, doc in enumerate(state.docs):
                if doc in self.dirty:
                    end = state.starts[d + 1] if d + 1 < len(state.starts) else len(state.items)
                    touched.update(range(state.starts[d], end))
        out = []
        for idxs in clusters:
            d = bisect_right(state.starts, idxs[0]) - 1
            sid = (state.docs[d], idxs[0] - state.starts[d])
            old = self.old_entities.get(sid) if touched is not None else None
            if old is not None and old[0] == len(idxs) and touched.isdisjoint(idxs):
                mentions = sorted([m for i in idxs for m in state.items[i].mentions], key=_where)
                e = Entity(id="", label=old[1], type=old[2], mentions=mentions, reasons=old[3], apart=old[4])
                self.stats["entities reused"] += 1
            else:
                e = entity_of(state.items, idxs, state.reason, state.apart)
            self.entity_state[sid] = (len(idxs), e.label, e.type, e.reasons, e.apart)
            out.append(e)
        self.stats["entities"] = len(out)
        return out
