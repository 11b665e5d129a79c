"""Alias packs: small YAML files that name an entity's canonical label, type and surface forms.

Format (see README, "Alias packs")::

    # seeds/aliases.yaml
    entities:
      - label: ByteDance
        type: ORG
        aliases: [byte skipping, byte hopping, byte jump]
        patterns: ['byte (?:skip|hop)\\w*']   # optional, case-insensitive regular expressions

Aliases match case-insensitively as whole phrases; the label itself always matches too.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import yaml

from .errors import AliasPackError  # noqa: F401  (defined in kg.errors, raised here)
from .model import NODE_TYPES


@dataclass(frozen=True)
class PackEntry:
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    source: str = ""


@dataclass(frozen=True)
class PackMatch:
    start: int
    end: int
    text: str
    entry: PackEntry
    how: str  # "alias" or "pattern"


@dataclass
class AliasIndex:
    """All loaded packs, compiled into one case-insensitive matcher."""

    entries: list[PackEntry] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._compile()

    def _compile(self) -> None:
        self._by_phrase: dict[str, PackEntry] = {}
        for entry in self.entries:
            for phrase in (entry.label, *entry.aliases):
                self._by_phrase.setdefault(_key(phrase), entry)
        phrases = sorted(self._by_phrase, key=lambda p: (-len(p), p))
        self._phrase_re = (
            re.compile(r"(?<!\w)(?:" + "|".join(_phrase_regex(p) for p in phrases) + r")(?!\w)", re.I)
            if phrases else None
        )
        self._patterns = [
            (re.compile(r"(?<!\w)(?:" + pat + r")(?!\w)", re.I), entry)
            for entry in self.entries for pat in entry.patterns
        ]

    def add(self, entries: Iterable[PackEntry]) -> None:
        self.entries.extend(entries)
        self._compile()

    def __bool__(self) -> bool:
        return bool(self.entries)

    def lookup(self, phrase: str) -> PackEntry | None:
        return self._by_phrase.get(_key(phrase))

    def find(self, text: str) -> list[PackMatch]:
        """Non-overlapping matches, longest first, in text order."""
        found: list[PackMatch] = []
        if self._phrase_re is not None:
            for m in self._phrase_re.finditer(text):
                entry = self._by_phrase[_key(m.group(0))]
                found.append(PackMatch(m.start(), m.end(), m.group(0), entry, "alias"))
        for rx, entry in self._patterns:
            for m in rx.finditer(text):
                if m.end() > m.start():
                    found.append(PackMatch(m.start(), m.end(), m.group(0), entry, "pattern"))
        found.sort(key=lambda pm: (pm.start, -(pm.end - pm.start)))
        kept: list[PackMatch] = []
        for pm in found:
            if not kept or pm.start >= kept[-1].end:
                kept.append(pm)
        return kept

    def fingerprint(self) -> str:
        """Changes whenever any pack content changes (part of the cache key)."""
        h = hashlib.sha256()
        for e in self.entries:
            h.update(repr((e.label, e.type, e.aliases, e.patterns)).encode())
        return h.hexdigest()[:16]


def _key(phrase: str) -> str:
    return " ".join(phrase.replace("’", "'").lower().split())


def _phrase_regex(phrase: str) -> str:
    return r"\s+".join(re.escape(part) for part in phrase.split(" "))


def load_pack(path: str | Path) -> list[PackEntry]:
    """Read and validate one pack file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise AliasPackError(f"{path}: cannot read alias pack ({exc.strerror})") from exc
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise AliasPackError(f"{path}{where}: not valid YAML ({getattr(exc, 'problem', exc)})") from exc
    if root is None:
        return []
    items = _entries_node(root, path)
    return [_entry(node, path) for node in items]


def _fail(path: Path, node: yaml.Node, msg: str) -> AliasPackError:
    return AliasPackError(f"{path}:{node.start_mark.line + 1}: {msg}")


def _entries_node(root: yaml.Node, path: Path) -> list[yaml.Node]:
    if isinstance(root, yaml.MappingNode):
        for k, v in root.value:
            if k.value == "entities":
                if not isinstance(v, yaml.SequenceNode):
                    raise _fail(path, v, "'entities' must be a list")
                return list(v.value)
        raise _fail(path, root, "expected a top-level 'entities:' list")
    if isinstance(root, yaml.SequenceNode):
        return list(root.value)
    raise _fail(path, root, "expected a top-level 'entities:' list")


def _entry(node: yaml.Node, path: Path) -> PackEntry:
    if not isinstance(node, yaml.MappingNode):
        raise _fail(path, node, "each entity must be a mapping with 'label', 'type' and 'aliases'")
    fields: dict[str, yaml.Node] = {k.value: v for k, v in node.value}
    unknown = sorted(set(fields) - {"label", "type", "aliases", "patterns"})
    if unknown:
        raise _fail(path, node, f"unknown key(s) {', '.join(unknown)}")
    label = fields.get("label")
    if label is None or not isinstance(label, yaml.ScalarNode) or not str(label.value).strip():
        raise _fail(path, node, "entity without a 'label'")
    etype_node = fields.get("type")
    etype = str(etype_node.value).upper() if isinstance(etype_node, yaml.ScalarNode) else "ORG"
    if etype not in NODE_TYPES:
        raise _fail(path, etype_node or node, f"type {etype!r} is not one of {', '.join(NODE_TYPES)}")
    aliases = _strings(fields.get("aliases"), "aliases", path)
    patterns = _strings(fields.get("patterns"), "patterns", path)
    for pat_node, pat in zip(fields["patterns"].value if "patterns" in fields else [], patterns):
        try:
            re.compile(pat)
        except re.error as exc:
            raise _fail(path, pat_node, f"bad pattern {pat!r}: {exc}") from exc
    return PackEntry(str(label.value).strip(), etype, aliases, patterns, str(path))


def _strings(node: yaml.Node | None, name: str, path: Path) -> tuple[str, ...]:
    if node is None:
        return ()
    if not isinstance(node, yaml.SequenceNode):
        raise _fail(path, node, f"'{name}' must be a list of strings")
    out = []
    for item in node.value:
        if not isinstance(item, yaml.ScalarNode) or not str(item.value).strip():
            raise _fail(path, item, f"'{name}' must contain non-empty strings")
        out.append(str(item.value).strip())
    return tuple(out)


def load_packs(paths: Iterable[str | Path]) -> AliasIndex:
    entries: list[PackEntry] = []
    for p in paths:
        entries.extend(load_pack(p))
    return AliasIndex(entries)


#: Shipped with kg: well-known organisations and their machine-translated names (see the file).
BUILTIN_PACK = Path(__file__).parent / "data" / "common_aliases.yaml"


def discover_packs(roots: Iterable[Path]) -> Iterator[Path]:
    """``aliases.yaml`` / ``aliases.yml`` at the root of each source folder."""
    for root in roots:
        for name in ("aliases.yaml", "aliases.yml"):
            candidate = Path(root) / name
            if candidate.is_file():
                yield candidate
