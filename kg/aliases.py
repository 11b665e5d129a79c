"""Alias packs: small YAML files that name an entity's canonical label, type and surface forms.

Format (see README, "Alias packs")::

    # seeds/aliases.yaml
    entities:
      - label: ByteDance
        type: ORG
        aliases: [byte skipping, byte hopping, byte jump]
        patterns: ['byte (?:skip|hop)\\w*']   # optional, case-insensitive regular expressions

Aliases match case-insensitively as whole phrases; the label itself always matches too.

Packs are user input, so nothing in one can hang or crash a build: a file that is not UTF-8 text
is refused, patterns run on the ``regex`` engine with a time limit (a pattern with catastrophic
backtracking is rejected with its file:line, at load time when a probe text shows it, else when
it first exceeds the limit on a document), and an alias or pattern that would swallow common
words (``the``, ``\\w+``) is refused.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

import regex

from .decode import UnreadableFile, open_regular
from .errors import AliasPackError, PatternTimeout  # noqa: F401  (defined in kg.errors, raised here)
from .lexicon.names import norm, spells
from .lexicon.words import INSTITUTION_HEADS
from .model import NODE_TYPES

if TYPE_CHECKING:
    import yaml


#: Words no alias may be and no pattern may match: each would turn every occurrence of an
#: everyday word into the entity (``aliases: [the]``, ``patterns: ['\\w+']``).
COMMON_WORDS = frozenset(
    """a an the and or but if of in on at to for from by with as is are was were be been it its
    he she they we you i his her their our this that these those there here not no yes do does did
    have has had will would can could should may might said says say after before about over under
    into than then also more most some any all each one two new year years""".split()
)
#: A pattern may spend this long on one probe text at load time (catastrophic backtracking shows
#: as seconds on 40 characters) …
PROBE_SECONDS = 0.25
#: … and this long, plus ``MATCH_SECONDS_PER_MB`` per megabyte, on one document (or piece).
MATCH_SECONDS = 2.0
MATCH_SECONDS_PER_MB = 10.0
_GLOBAL_FLAGS = re.compile(r"\(\?([aiLmsux]+)\)")


@dataclass(frozen=True)
class PackEntry:
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    source: str = ""
    pattern_lines: tuple[int, ...] = field(default=(), compare=False)  # where each pattern is written


@dataclass(frozen=True)
class PackMatch:
    start: int
    end: int
    text: str
    entry: PackEntry
    how: str  # "alias" or "pattern"


def _acronym(text: str) -> bool:
    """A word in capitals of at most eight letters: the matches the text may say otherwise of."""
    return text.isalpha() and text.isupper() and len(text) <= 8


def defined_otherwise(pm: PackMatch, text: str) -> bool:
    """``pm`` is an acronym the text itself spells out as another name: "The Fair Trade Commission
    (FTC)" of a Korean story is no Federal Trade Commission, whatever the pack says FTC is. The
    text's own definition wins, as a reader takes it.

    >>> ftc = PackEntry("Federal Trade Commission", "ORG", ("FTC",))
    >>> defined_otherwise(PackMatch(27, 30, "FTC", ftc, "alias"), "The Fair Trade Commission (FTC) fined it")
    True
    >>> defined_otherwise(PackMatch(31, 34, "FTC", ftc, "alias"), "The Federal Trade Commission (FTC) fined it")
    False
    """
    acronym = pm.text
    if not _acronym(acronym):
        return False
    own = {norm(pm.entry.label), *(norm(a) for a in pm.entry.aliases)}
    for m in re.finditer(r"\(\s*" + re.escape(acronym) + r"\s*\)", text):
        words = re.findall(r"[\w&'.-]+", text[max(0, m.start() - 160):m.start()])[-12:]
        for k in range(1, len(words) + 1):
            name = " ".join(words[-k:])
            if spells(acronym, name):
                return norm(name) not in own
    return False


#: Nouns that call what follows them a company ("the construction company FCC").
_COMPANY_WORDS = frozenset("company firm group conglomerate bank lender airline carrier maker manufacturer "
                           "automaker carmaker insurer retailer operator developer builder contractor".split())
#: Last words of a public body's name, which no company is called by.
_PUBLIC_HEADS = INSTITUTION_HEADS | frozenset("administration authority organization organisation federation party "
                                              "police".split())


def described_otherwise(pm: PackMatch, text: str) -> bool:
    """``pm`` is an acronym the text calls a company right before it ("Slim controls the construction
    company FCC, based in Madrid") while the pack's name for it is a public body's (the Federal
    Communications Commission): the text says which FCC it means, as a reader takes it.

    >>> fcc = PackEntry("Federal Communications Commission", "ORG", ("FCC",))
    >>> described_otherwise(PackMatch(35, 38, "FCC", fcc, "alias"), "Slim owns the construction company FCC.")
    True
    >>> described_otherwise(PackMatch(14, 17, "FCC", fcc, "alias"), "The US agency FCC fined it.")
    False
    """
    if not _acronym(pm.text):
        return False
    before = re.findall(r"[\w-]+", text[max(0, pm.start - 40):pm.start])
    label = pm.entry.label.split()
    return bool(before) and before[-1].lower() in _COMPANY_WORDS and bool(label) \
        and label[-1].lower() in _PUBLIC_HEADS


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
        self._phrase_re = re.compile(r"(?<!\w)(?:" + _alternatives(phrases) + r")(?!\w)", re.I) if phrases else None
        self._patterns = [
            (compile_pattern(pat), entry, pat, line)
            for entry in self.entries
            for pat, line in zip(entry.patterns, entry.pattern_lines or (0,) * len(entry.patterns))
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
        limit = MATCH_SECONDS + MATCH_SECONDS_PER_MB * len(text) / 1e6
        for rx, entry, pat, line in self._patterns:
            try:
                for m in rx.finditer(text, timeout=limit):
                    if m.end() > m.start():
                        found.append(PackMatch(m.start(), m.end(), m.group(0), entry, "pattern"))
            except TimeoutError:
                raise PatternTimeout(f"{entry.source}:{line}: pattern {pat!r} ran over its {limit:.0f} s "
                                     f"limit on one document (catastrophic backtracking?); simplify it") from None
        found.sort(key=lambda pm: (pm.start, -(pm.end - pm.start)))
        kept: list[PackMatch] = []
        for pm in found:
            if not kept or pm.start >= kept[-1].end:
                kept.append(pm)
        return [pm for pm in kept if not defined_otherwise(pm, text) and not described_otherwise(pm, text)]

    def fingerprint(self) -> str:
        """Changes whenever any pack content changes (part of the cache key)."""
        h = hashlib.sha256()
        for e in self.entries:
            h.update(repr((e.label, e.type, e.aliases, e.patterns)).encode())
        return h.hexdigest()[:16]


def compile_pattern(pattern: str) -> regex.Pattern[str]:
    """A pack pattern as matched: whole words, case-insensitive, on the ``regex`` engine (which
    has a matching-time limit). Global inline flags at the start (``(?i)byte``) are scoped to
    the pattern, since they cannot stay global inside the whole-word wrapper."""
    flags = _GLOBAL_FLAGS.match(pattern)
    if flags:
        pattern = f"(?{flags.group(1)}:{pattern[flags.end():]})"
    return regex.compile(r"(?<!\w)(?:" + pattern + r")(?!\w)", regex.I | regex.V0)


def _check_pattern(pattern: str) -> str | None:
    """Why ``pattern`` is refused, or None: it does not compile, backtracks catastrophically on
    a probe text, or matches a common word."""
    try:
        rx = compile_pattern(pattern)
    except (regex.error, re.error, ValueError) as exc:
        return f"bad pattern {pattern!r}: {exc}"
    chars = {c for c in pattern.lower() if c.isalnum()} | {"a", "1", " "}
    probes = [c * 40 + "!" for c in sorted(chars)] + [c * 40 for c in sorted(chars)]
    try:
        for probe in probes:
            rx.search(probe, timeout=PROBE_SECONDS)
        common = rx.search(" ".join(sorted(COMMON_WORDS)), timeout=PROBE_SECONDS)
    except TimeoutError:
        return (f"pattern {pattern!r} takes over {PROBE_SECONDS} s on a 41-character text "
                "(catastrophic backtracking); simplify it")
    if common:
        return f"pattern {pattern!r} matches the common word {common.group(0)!r}; make it more specific"
    return None


def _key(phrase: str) -> str:
    return " ".join(phrase.replace("’", "'").lower().split())


def _phrase_regex(phrase: str) -> str:
    return r"\s+".join(re.escape(part) for part in phrase.split(" "))


def _alternatives(phrases: list[str]) -> str:
    """The phrases as one alternation, those of one first letter grouped, in their order: ``re``
    then checks a group's letter once where it tried every phrase (with ``re.I`` it has no fast
    path for a branch's first letter), a third of the time of ``find`` on news text. The same
    phrase wins: one position can match phrases of one group only, as two ASCII letters or digits
    never match one character case-insensitively; other first characters ("ſ" matches "s")
    keep the plain alternation."""
    if not all(p[:1].isascii() and p[:1].isalnum() for p in phrases):
        return "|".join(_phrase_regex(p) for p in phrases)
    groups: dict[str, list[str]] = {}
    for p in phrases:
        groups.setdefault(p[0].lower(), []).append(_phrase_regex(p))
    return "|".join("(?:" + "|".join(group) + ")" for group in groups.values())


def load_pack(path: str | Path) -> list[PackEntry]:
    """Read and validate one pack file."""
    path = Path(path)
    try:
        with open_regular(path) as handle:
            raw = handle.read()
    except UnreadableFile as exc:
        reason = exc.reason.removeprefix("cannot read: ")
        raise AliasPackError(f"{path}: cannot read alias pack ({reason})") from None
    except OSError as exc:
        raise AliasPackError(f"{path}: cannot read alias pack ({exc.strerror})") from exc
    if b"\x00" in raw[:65536]:
        raise AliasPackError(f"{path}: a binary file, not a YAML alias pack")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise AliasPackError(f"{path}:{line}: not UTF-8 text (byte 0x{raw[exc.start]:02x}); "
                             "save the alias pack as UTF-8") from None
    return _kept_or_parsed(text, path)


def _kept_or_parsed(text: str, path: Path) -> list[PackEntry]:
    """The entries of a pack's ``text``: as parsed before (``kg.stored``, keyed by the path, the
    text, the checks' sources (this module, ``kg.model``) and PyYAML's and regex's versions), else parsed and checked now.
    Why: kg's own pack is read by every build; parsing and checking it took 0.01 s, and PyYAML's
    import 0.012 s more, of a one-changed rebuild's 1.5 s. A pack that fails its checks is
    never kept, so it fails every time."""
    import hashlib

    from kg import model
    from kg.datafiles import _parser_key
    from kg.stored import remembered, sources_key

    key = "\0".join([str(path), hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
                     sources_key(__file__, model.__file__), _parser_key(), regex.__version__])
    rows = remembered("alias-pack", key, lambda: [(e.label, e.type, e.aliases, e.patterns, e.source, e.pattern_lines)
                                                  for e in _parse(text, path)])
    return [PackEntry(*row) for row in rows]


def _parse(text: str, path: Path) -> list[PackEntry]:
    import yaml

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
    import yaml

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
    import yaml

    if not isinstance(node, yaml.MappingNode):
        raise _fail(path, node, "each entity must be a mapping with 'label', 'type' and 'aliases'")
    fields: dict[str, yaml.Node] = {k.value: v for k, v in node.value}
    unknown = sorted(set(fields) - {"label", "type", "aliases", "patterns"})
    if unknown:
        raise _fail(path, node, f"unknown key(s) {', '.join(unknown)}")
    label = fields.get("label")
    if label is None or not isinstance(label, yaml.ScalarNode) or not str(label.value).strip() or _is_null(label):
        raise _fail(path, node, "entity without a 'label'")
    etype_node = fields.get("type")
    if etype_node is not None and not isinstance(etype_node, yaml.ScalarNode):
        raise _fail(path, etype_node, f"'type' must be one of {', '.join(NODE_TYPES)}, not a list or mapping")
    etype = str(etype_node.value).upper() if etype_node is not None else "ORG"
    if etype not in NODE_TYPES:
        raise _fail(path, etype_node or node, f"type {etype!r} is not one of {', '.join(NODE_TYPES)}")
    aliases = _strings(fields.get("aliases"), "aliases", path)
    for alias_node, alias in zip(fields["aliases"].value if "aliases" in fields else [], aliases):
        if _key(alias) in COMMON_WORDS:
            raise _fail(path, alias_node, f"alias {alias!r} is a common word: every {alias!r} would become "
                                          f"{str(label.value).strip()!r}")
    patterns = _strings(fields.get("patterns"), "patterns", path)
    pattern_nodes = fields["patterns"].value if "patterns" in fields else []
    for pat_node, pat in zip(pattern_nodes, patterns):
        problem = _check_pattern(pat)
        if problem:
            raise _fail(path, pat_node, problem)
    return PackEntry(str(label.value).strip(), etype, aliases, patterns, str(path),
                     tuple(n.start_mark.line + 1 for n in pattern_nodes))


def _is_null(node: yaml.Node) -> bool:
    """``~``, ``null`` or nothing: YAML's null, which a label or alias must not be."""
    return node.tag == "tag:yaml.org,2002:null"


def _strings(node: yaml.Node | None, name: str, path: Path) -> tuple[str, ...]:
    import yaml

    if node is None:
        return ()
    if not isinstance(node, yaml.SequenceNode):
        raise _fail(path, node, f"'{name}' must be a list of strings")
    out = []
    for item in node.value:
        if not isinstance(item, yaml.ScalarNode) or not str(item.value).strip() or _is_null(item):
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
