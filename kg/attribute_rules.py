"""The pipeline's attribute ruler, matched through an index of its rules' first words.

spaCy's ``AttributeRuler`` gives each token its part of speech, morphology and some lemmas from
179 token patterns (in ``en_core_web_sm``): 56 map a fine tag to its coarse one, the others
single out words ("the" is ``Definite=Def``, "has" an ``AUX``) and dependencies (an ``aux`` is an
``AUX``). It runs them through a ``Matcher``, which tries every pattern at every token: about a
tenth of a parse (1.0 s of the 300 ABC stories' 10.6 s), more than the parser itself.

Almost every pattern names the word, the tag or the dependency its first token must have, so an
index from those values to the patterns finds the few that can start at a token; each of them is
then checked whole, and the matches are applied as the ruler applies its own (sorted by rule,
later rules winning, with spaCy's ``set_token_attrs``). The annotations are the same ones
(tested: the same ``Doc.to_bytes()`` as spaCy's ruler on real text). A ruler with a pattern this
index does not read (an operator, an attribute outside :data:`STRING_ATTRS` and :data:`FLAG_ATTRS`,
a predicate other than ``IN``/``NOT_IN``/``REGEX``) is left to spaCy: :func:`compile_rules`
returns None.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy
from spacy.attrs import IDS
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

#: Attributes whose values are strings (a token's array holds their hashes).
STRING_ATTRS = ("ORTH", "LOWER", "NORM", "TAG", "DEP", "LEMMA")
#: Boolean attributes (a token's array holds 0 or 1).
FLAG_ATTRS = ("IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT")
#: Which check of a pattern's first token indexes it, best first: the most telling attribute.
ANCHOR_ORDER = ("ORTH", "LOWER", "NORM", "LEMMA", "TAG", "DEP", *FLAG_ATTRS)


@dataclass(frozen=True)
class Check:
    """One condition on one attribute of a token: ``kind`` is "eq", "in", "not_in" or "regex"."""

    attr: str
    kind: str
    values: frozenset[int] = frozenset()
    regex: re.Pattern[str] | None = None


@dataclass
class Rules:
    """A ruler's patterns, as checks, with its attributes to set and an index of first tokens."""

    attrs: list[dict]
    indices: list[int]
    #: Per rule, its patterns; a pattern is a tuple of tokens, a token a tuple of checks.
    patterns: list[list[tuple[tuple[Check, ...], ...]]]
    #: attribute → value hash → (rule, pattern number) whose first token needs that value.
    index: dict[str, dict[int, list[tuple[int, int]]]] = field(default_factory=dict)
    #: (rule, pattern number) whose first token names no value to index by.
    unindexed: list[tuple[int, int]] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)


def _check(attr: str, value: object) -> Check | None:
    if attr in FLAG_ATTRS:
        return Check(attr, "eq", frozenset({int(value)})) if isinstance(value, bool) else None
    if isinstance(value, str):
        return Check(attr, "eq", frozenset({get_string_id(value)}))
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (predicate, argument), = value.items()
    if predicate in ("IN", "NOT_IN") and isinstance(argument, list) and all(isinstance(v, str) for v in argument):
        return Check(attr, predicate.lower(), frozenset(get_string_id(v) for v in argument))
    if predicate == "REGEX" and isinstance(argument, str):
        return Check(attr, "regex", regex=re.compile(argument))
    return None


def _token(spec: object) -> tuple[Check, ...] | None:
    if not isinstance(spec, dict):
        return None
    checks = []
    for key, value in spec.items():
        attr = "ORTH" if str(key).upper() == "TEXT" else str(key).upper()
        check = _check(attr, value) if attr in STRING_ATTRS or attr in FLAG_ATTRS else None
        if check is None:
            return None  # "OP", "_", another attribute or predicate: spaCy's Matcher reads it
        checks.append(check)
    return tuple(checks)


def compile_rules(patterns: Iterable[dict], attrs: list[dict], indices: list[int]) -> Rules | None:
    """The ruler's ``patterns`` (``AttributeRuler.patterns``, rule by rule) as :class:`Rules`, or
    None when one of them needs more than this module reads."""
    rules = Rules(attrs=list(attrs), indices=list(indices), patterns=[])
    for number, rule in enumerate(patterns):
        compiled = []
        for pattern in rule["patterns"]:
            tokens = [_token(spec) for spec in pattern]
            if not tokens or any(t is None or not t for t in tokens):
                return None
            compiled.append(tuple(tokens))
        rules.patterns.append(compiled)
        for which, pattern in enumerate(compiled):
            _index(rules, (number, which), pattern[0])
    used = {c.attr for rule in rules.patterns for pattern in rule for token in pattern for c in token}
    rules.columns = [a for a in ANCHOR_ORDER if a in used]
    return rules if len(rules.patterns) == len(rules.attrs) == len(rules.indices) else None


def _index(rules: Rules, key: tuple[int, int], first: tuple[Check, ...]) -> None:
    anchors = [c for c in first if c.kind in ("eq", "in")]
    if not anchors:
        rules.unindexed.append(key)
        return
    anchor = min(anchors, key=lambda c: ANCHOR_ORDER.index(c.attr))
    for value in anchor.values:
        rules.index.setdefault(anchor.attr, {}).setdefault(value, []).append(key)


class IndexedAttributeRuler:
    """Set the attributes spaCy's ``AttributeRuler`` sets, finding its matches through :class:`Rules`."""

    def __init__(self, rules: Rules, strings: Callable[[int], str]) -> None:
        self.rules = rules
        self.strings = strings
        self._ids = [IDS[a] for a in rules.columns]
        self._where = {a: i for i, a in enumerate(rules.columns)}
        self._regex_seen: dict[tuple[re.Pattern[str], int], bool] = {}
        self._keys = {a: numpy.fromiter(d, dtype=numpy.uint64) for a, d in rules.index.items()}
        # Per indexed value, what is left to check once the anchor holds (most rules: nothing).
        self._after_anchor = {
            attr: {value: [self._rest(rule, which, attr) for rule, which in keys] for value, keys in by_value.items()}
            for attr, by_value in rules.index.items()
        }

    def _rest(self, rule: int, which: int, anchor: str) -> tuple[int, tuple[tuple[Check, ...], ...]]:
        pattern = self.rules.patterns[rule][which]
        first = tuple(c for c in pattern[0] if c.attr != anchor or c.kind not in ("eq", "in"))
        return rule, (first, *pattern[1:]) if first or len(pattern) > 1 else ()

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        array = doc.to_array(self._ids).reshape(n, len(self._ids))
        columns = [array[:, i].tolist() for i in range(len(self._ids))]
        matches = []
        for attr, after in self._after_anchor.items():
            column = columns[self._where[attr]]
            for i in numpy.flatnonzero(numpy.isin(array[:, self._where[attr]], self._keys[attr])).tolist():
                for rule, rest in after[column[i]]:
                    if not rest or self._holds_from(rest, columns, i, n):
                        matches.append((rule, i, len(rest) or 1))
        for rule, which in self.rules.unindexed:  # tried where the first check holds of the word
            pattern = self.rules.patterns[rule][which]
            check = pattern[0][0]
            values, where = numpy.unique(array[:, self._where[check.attr]], return_inverse=True)
            holds = numpy.array([self._holds(check, v) for v in values.tolist()], dtype=bool)
            for i in numpy.flatnonzero(holds[where.reshape(-1)]).tolist():
                if self._holds_from(pattern, columns, i, n):
                    matches.append((rule, i, len(pattern)))
        indices, attrs = self.rules.indices, self.rules.attrs
        for rule, start, length in sorted(set(matches)):  # later rules win, as in spaCy's ruler
            at = indices[rule]
            set_token_attrs(doc[start + at if at >= 0 else start + length + at], attrs[rule])
        return doc

    def _holds_from(self, pattern: tuple[tuple[Check, ...], ...], columns: list[list[int]], start: int, n: int) -> bool:
        if start + len(pattern) > n:
            return False
        for offset, token in enumerate(pattern):
            for check in token:
                if not self._holds(check, columns[self._where[check.attr]][start + offset]):
                    return False
        return True

    def _holds(self, check: Check, value: int) -> bool:
        if check.kind != "regex":
            return (value in check.values) != (check.kind == "not_in")
        seen = self._regex_seen.get((check.regex, value))
        if seen is None:  # spaCy's REGEX searches the attribute's string
            seen = self._regex_seen[(check.regex, value)] = bool(check.regex.search(self.strings(value)))
        return seen


@Language.factory("kg_attribute_rules", assigns=["token.pos", "token.morph", "token.lemma"], requires=["token.tag"])
def make_attribute_rules(nlp: Language, name: str) -> IndexedAttributeRuler:
    """The pipeline's ``attribute_ruler``, indexed (see the module's docstring); the pipeline must
    have one whose patterns :func:`compile_rules` reads (``kg.nlp`` checks before adding this)."""
    ruler = nlp.get_pipe("attribute_ruler")
    rules = compile_rules(ruler.patterns, ruler.attrs, ruler.indices)
    if rules is None:
        raise ValueError("the pipeline's attribute_ruler has patterns kg's index does not read")
    return IndexedAttributeRuler(rules, nlp.vocab.strings.__getitem__)


def indexable(nlp: Language) -> bool:
    """Has ``nlp`` an enabled ``attribute_ruler`` whose patterns :func:`compile_rules` reads?"""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    patterns, attrs, indices = (getattr(ruler, a, None) for a in ("patterns", "attrs", "indices"))
    return attrs is not None and indices is not None and compile_rules(patterns or [], attrs, indices) is not None
