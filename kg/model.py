"""Plain records passed between the pipeline stages.

Every stage takes and returns these dataclasses (never spaCy objects), so per-document results can
be cached, compared and tested without a model.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import asdict, dataclass, field, fields
from typing import Any, TypeVar

_R = TypeVar("_R")

#: Entity types that become graph nodes.
NODE_TYPES: tuple[str, ...] = (
    "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART",
)
#: Value-like spaCy labels kept as edge attributes, never as nodes.
VALUE_TYPES: tuple[str, ...] = ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL")


@dataclass
class Document:
    """One cleaned input document; ``text`` is what every offset refers to."""

    id: str
    text: str
    source: str = ""
    title: str | None = None
    date: str | None = None
    #: (offset in ``text``, page number) where each page of a paged source (PDF) starts
    pages: tuple[tuple[int, int], ...] = ()

    def page_at(self, offset: int) -> int | None:
        """The page holding ``offset``, for paged sources; ``None`` for the others."""
        if not self.pages:
            return None
        i = bisect_right(self.pages, (offset, float("inf"))) - 1
        return self.pages[max(i, 0)][1]


@dataclass(frozen=True)
class SkippedSource:
    """A file that could not be read, and why (reported, never fatal); ``line`` for one bad line
    of a JSON Lines file (the rest of the file was read)."""

    path: str
    reason: str
    line: int | None = None
    #: the id of a document that was read but whose extraction failed (``DocResult.failed``)
    document: str | None = None


@dataclass(frozen=True)
class Mention:
    """An entity mention: a character span of a cleaned document with a type.

    ``origin`` says which mechanism produced it (``ner``, ``pack``, ``recovered``…) and
    ``canonical`` carries an alias-pack label when a pack matched it. ``address`` is the courtesy
    title written before a person's name ("mr" of "Mr. Choi", ``kg.addresses``): which of two
    people sharing a surname a "Mr Choi" or a "Ms Choi" is (``kg.merge_surnames``).
    """

    doc: str
    start: int
    end: int
    text: str
    type: str
    sent_start: int
    sent_end: int
    origin: str = "ner"
    canonical: str | None = None
    form: str | None = None  # the truecased surface, when it differs from ``text``
    address: str | None = None  # "mr", "ms", "señora"…: the courtesy title before a person's name


@dataclass(frozen=True)
class Recase:
    """One word whose case truecasing changed: offsets into the text, the new form, the pass."""

    start: int
    end: int
    form: str
    reason: str


@dataclass(frozen=True)
class Evidence:
    """The sentence that states a relation, with offsets into the cleaned document."""

    doc: str
    sentence: str
    start: int
    end: int
    page: int | None = None  # the page the sentence starts on, for paged sources (PDF)

    def to_dict(self) -> dict[str, Any]:
        # by hand: ``asdict`` deep-copies and is 10x slower, and a graph holds thousands of these
        d = {"doc": self.doc, "sentence": self.sentence, "start": self.start, "end": self.end}
        if self.page is not None:
            d["page"] = self.page
        return d


@dataclass
class Triple:
    """A relation between two mentions of one document (indices into ``DocResult.mentions``)."""

    head: int
    relation: str
    tail: int
    evidence: Evidence
    confidence: float
    rule: str
    negated: bool = False
    hedged: bool = False
    attrs: dict[str, str] = field(default_factory=dict)
    #: the vocabulary predicate the rule declares (kg/data/predicates.yaml); None: kg.predicates
    #: maps the rule and the phrase to one when the graph is built
    predicate: str | None = None


@dataclass
class DocResult:
    """Everything extracted from one document: the unit the cache stores."""

    doc: str
    mentions: list[Mention] = field(default_factory=list)
    triples: list[Triple] = field(default_factory=list)
    title: str | None = None
    date: str | None = None
    source: str = ""
    acronyms: dict[str, str] = field(default_factory=dict)  # "CFIUS" -> its expansion in the text
    #: one example sentence per distinct mention text (for ``kg explain``), not one per mention
    examples: dict[str, Evidence] = field(default_factory=dict)
    #: why extraction failed ("KeyError: 3"): a bug of kg's met on this text. The build skips the
    #: document and reports it instead of losing every other document's work; never cached, so the
    #: next build tries it again.
    failed: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DocResult":
        mentions = [restore(Mention, m) for m in data["mentions"]]
        triples = []
        for t in data["triples"]:
            t = dict(t)
            t["evidence"] = restore(Evidence, t["evidence"])
            triples.append(restore(Triple, t))
        return cls(
            doc=data["doc"], mentions=mentions, triples=triples, title=data.get("title"),
            date=data.get("date"), source=data.get("source", ""), acronyms=data.get("acronyms", {}),
            examples={k: restore(Evidence, v) for k, v in data.get("examples", {}).items()},
            failed=data.get("failed", ""),
        )


@dataclass
class Entity:
    """A resolved entity: its mentions, label, type and how each alias was merged."""

    id: str
    label: str
    type: str
    mentions: list[Mention]
    reasons: dict[str, str] = field(default_factory=dict)  # alias -> rule
    #: alias -> why resolution kept it apart from a name it fits ("fits two people in one document")
    apart: dict[str, str] = field(default_factory=dict)

    @property
    def aliases(self) -> list[str]:
        return sorted({m.text for m in self.mentions}, key=lambda a: (a.lower(), a))

    @property
    def docs(self) -> list[str]:
        return sorted({m.doc for m in self.mentions})

    def merges(self, examples: dict[tuple[str, str], dict] | None = None) -> list[dict]:
        """Per alias: the rule that merged it, how often it was seen, one example sentence, and
        (``apart``, only where there is one) why it was not merged with a name it fits.

        ``examples`` maps (doc, mention text) to an evidence dict with the sentence: a document's
        first sentence with that text, which is this entity's only where it holds one of its
        mentions (a story's "Mr. Choi" and "Ms. Choi" are two people): one that does is shown
        first, else the first document's.
        """
        by_alias: dict[str, list[Mention]] = defaultdict(list)
        for m in self.mentions:
            by_alias[m.text].append(m)
        out = []
        for alias in self.aliases:
            ms = by_alias[alias]
            example = next((ex for m in ms for ex in [(examples or {}).get((m.doc, alias))]
                            if ex is not None and ex["start"] <= m.start < ex["end"]), None) or \
                (examples or {}).get((ms[0].doc, alias)) or {
                "doc": ms[0].doc, "start": ms[0].sent_start, "end": ms[0].sent_end}
            row = {"alias": alias, "rule": self.reasons.get(alias, "variant"), "count": len(ms),
                   "example": example}
            if alias in self.apart:
                row["apart"] = self.apart[alias]
            out.append(row)
        return out


#: Each record class's field names (:func:`restore`).
_FIELD_NAMES: dict[type, frozenset[str]] = {}


def restore(cls: type[_R], data: dict[str, Any]) -> _R:
    """``cls(**data)`` for the records a cache entry stores (``Mention``, ``Triple``, ``Evidence``).

    Why: a rebuild decodes every cached document's mentions and triples (5,000 mentions at 300
    stories, millions at 50,000), and a frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__``: half of the decoding's time. A dict that holds exactly the class's
    fields (what the cache writes) becomes the instance's attributes directly, which is what
    ``__init__`` would set (it converts nothing; no record has ``__post_init__`` or slots), so
    the record is equal, hashes alike and keeps its fields' order. Any other dict (a field
    missing, to take its default, or one too many, to fail) goes through ``cls(**data)``.
    """
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = frozenset(f.name for f in fields(cls))  # type: ignore[arg-type]
    if data.keys() == names:
        record = object.__new__(cls)
        record.__dict__.update(data)
        return record
    return cls(**data)
