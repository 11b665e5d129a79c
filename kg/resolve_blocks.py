"""Which names each corpus rule reads together: the blocks that let a rebuild re-resolve only part
of a corpus (``kg.resolve_memo``).

A corpus rule (``merge_rules.CORPUS_RULES``) decides about a name by looking at the names that
share something with it: a squashed key (``same_spelling``), a plain or country key
(``type_vote``), initials (``acronym``), a prefix (``designator``), a content word (``fuzzy``), a
country code (``demonym``), a last name word (``surname``). ``BLOCKING`` writes that down per rule,
by the rule's name: ``keys(name)`` gives the block keys of one name, and two names that share no
key, directly or through a chain of names, never influence each other's outcome. Names that do
(a connected group) are resolved together, in corpus order, so the result equals a full run's.

``limit``: the rule skips a block shared by more names than this (``fuzzy``'s common words), so
such a key links nothing, and when the keys over the limit change the whole corpus is resolved
again. ``context(group, key)``: the names the rule reads beyond their blocks (``fuzzy`` reads the
set of all place names): they join every partial resolution, and when one is added or removed,
the names holding its ``context_keys`` are resolved again. A rule missing here (a new one) makes every rebuild resolve
the whole corpus: correct, only slower. Change a rule's reads, change its entry (the tests in
tests/unit/test_resolve_memo.py compare incremental and full results for every rule).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass

from kg.lexicon.countries import country_codes, country_of, demonyms
from kg.lexicon.names import NameKey, acronym_like, fold_accents, initials, name_words, norm, squash
from kg.lexicon.words import CORPORATE_DESIGNATORS, KIND_ENDS, PLACE_KIND_WORDS, kind_end
from kg.merge_rules import RULE_MODULES, NameItem
from kg.merge_spellings import order_block, spelling_block
from kg.name_compare import _content, _fuzzy_key

@dataclass(frozen=True)
class Blocking:
    """The block keys one rule reads a name by; see the module's docstring."""

    keys: Callable[[NameItem, dict[str, str]], Iterable[Hashable]]
    limit: int | None = None
    context: Callable[[str, NameKey], bool] | None = None
    #: for a context name added or removed, the block keys of the names whose outcome it can change
    context_keys: Callable[[NameKey], Iterable[Hashable]] | None = None
    #: The rule compares the names of a block in pairs, whether it asks to merge a pair does not
    #: depend on earlier merges, and a pair it does not ask to merge has no effect (``fuzzy``):
    #: then only the pairs it asks to merge link names, not the whole block.
    pairwise: bool = False
    #: The block keys a name only reads (``surname``: a person reads the full names of its last
    #: word's block, and belongs to the block of its last word before any post-nominal): such a
    #: key links the name to the block's members (``keys``), and a block that names only read
    #: links nothing (the "qc" that every "Wayne Martin QC" reads, a block with no member).
    reads: Callable[[NameItem, dict[str, str]], Iterable[Hashable]] | None = None


def _same_spelling(n: NameItem, defined: dict[str, str]) -> Iterable[Hashable]:
    yield ("sq", squash(n.key.text), n.group)
    if n.canonical:
        for m in n.mentions:
            yield ("sq", squash(norm(m.text)), n.group)
        yield ("sq", squash(norm(n.canonical)), n.group)


def _type_vote(n: NameItem, defined: dict[str, str]) -> Iterable[Hashable]:
    if n.key.kind == "country":
        yield ("tv", n.key.spelled)
    elif n.key.plain:
        country = country_of(n.key.text)
        yield ("tv", NameKey("country", country.lower()).spelled if country else fold_accents(n.key.text))


def _acronym_form(n: NameItem) -> str | None:
    """The acronym a one-word organisation name is, as ``acronym`` spells it ("ftc" → "FTC"); None
    for any other name."""
    if n.group != "org" or len(n.words) != 1:
        return None
    form = n.best.upper() if n.best.islower() and acronym_like(n.best) else n.best
    return form if re.fullmatch(r"[A-Z]{2,6}", form) else None


def _acronym(n: NameItem, defined: dict[str, str]) -> Iterable[Hashable]:
    """The blocks an organisation name belongs to: an acronym's own ("ac", "FTC"), and the spelled
    key an acronym's definition can point to (an organisation's name)."""
    if n.group != "org":
        return
    yield ("key", n.key.spelled)
    form = _acronym_form(n)
    if form:
        yield ("ac", form)


def _acronym_reads(n: NameItem, defined: dict[str, str]) -> Iterable[Hashable]:
    """The blocks ``acronym`` compares a name with: a longer organisation name reads the acronym
    of its initials (with and without a leading "US"/"UK"/"EU"), an acronym the name its definition
    points to. Two names with the same initials are linked only through an acronym that has them
    ("Federal Trade Commission" and "Fair Trade Council" through "FTC"), not by the initials alone."""
    if n.group != "org":
        return
    if len(n.words) >= 2:
        yield ("ac", initials(n.best))
        stripped = re.sub(r"^(?:US|UK|EU|U\.S\.)\s+", "", n.best)
        if stripped != n.best:
            yield ("ac", initials(stripped))
    form = _acronym_form(n)
    if form and form in defined:
        yield ("key", norm(defined[form]))


def _designator(n: NameItem, defined: dict[str, str]) -> Iterable[Hashable]:
    yield ("key", n.key.spelled)
    if n.group == "org":
        words, k = n.words, len(n.words)
        while k > 1 and words[k - 1] in CORPORATE_DESIGNATORS:
            k -= 1
            yield ("key", " ".join(words[:k]))


def _surname_word(n: NameItem, defined: dict[str, str]) -> Iterable[Hashable]:
    """A one-word person or place name (a country's key too) belongs to the block of its word:
    whether that word is a person's last word somewhere in the corpus (``Names.surnames``) decides
    ``designator``'s guard (``_mistyped_person``: "QC" beside "QC Ltd") and ``type_vote``'s, which
    asks it of whichever name of the person and the place comes first ("Jordan", "Durán"/"Duran")."""
    if n.group in ("person", "place") and n.key.kind in ("name", "country") and " " not in n.key.text:
        yield ("ln", n.key.text)


def _surname_word_reads(n: NameItem, defined: dict[str, str]) -> Iterable[Hashable]:
    """A full person name only reads the block of its last word as written, post-nominal included
    ("Wayne Martin QC" makes "qc" a surname; ``surname`` files it under "martin"): only a one-word
    name there links to it, never two full names to each other."""
    if n.group == "person" and n.key.plain and len(n.words) >= 2:
        yield ("ln", n.words[-1])
        yield ("ln", name_words(n.words)[-1])  # "Eduardo Dalisay Jr." reads "dalisay" too


def _designator_all(n: NameItem, defined: dict[str, str]) -> Iterable[Hashable]:
    yield from _designator(n, defined)
    yield from _surname_word(n, defined)


def _type_vote_all(n: NameItem, defined: dict[str, str]) -> Iterable[Hashable]:
    yield from _type_vote(n, defined)
    yield from _surname_word(n, defined)


def _kind_word(n: NameItem, defined: dict[str, str]) -> Iterable[Hashable]:
    yield ("key", n.key.spelled)
    kinds = KIND_ENDS if n.group == "org" else PLACE_KIND_WORDS if n.group == "place" else None
    if n.key.plain and kinds is not None and (ends := kind_end(n.words, kinds, n.group == "org")):
        yield ("key", " ".join(n.words[:-ends]))


def _fuzzy(n: NameItem, defined: dict[str, str]) -> Iterable[Hashable]:
    if n.group == "org" and len(_content(n.key.spelled)) >= 2:
        for w in set(_fuzzy_key(n.key.spelled).split()):
            yield ("fz", w)


def _place(group: str, key: NameKey) -> bool:
    return group == "place" and key.plain


def _place_words(key: NameKey) -> Iterable[Hashable]:
    """``fuzzy`` reads a place's name as the words an organisation name adds ("… in Melbourne")."""
    return (("fz", w) for w in key.text.split())


def _demonym(n: NameItem, defined: dict[str, str]) -> Iterable[Hashable]:
    if n.group == "place" and n.key.kind in ("country", "name"):
        code = country_codes().get(norm(n.key.text))
        if code:
            yield ("dm", code)
    if n.key.plain and n.group in ("norp", "place") and n.key.text in demonyms():
        yield ("dm", demonyms()[n.key.text].alpha_2)


def _surname(n: NameItem, defined: dict[str, str]) -> Iterable[Hashable]:
    """A full name is in its surname's block once per length of the names it can be the full name
    of: ``short_of`` fits only a shorter name ("bush" or "george bush" to "george w bush")."""
    if n.group == "person" and n.key.plain and len(n.words) >= 2:
        words = name_words(n.words)
        for k in range(1, len(words)):
            yield ("sn", words[-1], k)


def _surname_reads(n: NameItem, defined: dict[str, str]) -> Iterable[Hashable]:
    """The block of the full names the rule compares a name with: its last word's, of its length
    ("Wayne Martin QC" reads the full names in "qc" longer than three words); a one-word place's
    too (a surname NER typed a place)."""
    if (n.group == "person" or n.group == "place" and len(n.words) == 1) and n.key.plain:
        yield ("sn", n.words[-1], len(n.words))


def _corpus_spelling(n: NameItem, defined: dict[str, str]) -> Iterable[Hashable]:
    if (key := spelling_block(n)) is not None:
        yield ("cs", key)
    if (key := order_block(n)) is not None:
        yield ("cs", key)


def _name_part(n: NameItem, defined: dict[str, str]) -> Iterable[Hashable]:
    if n.key.plain and n.group in ("person", "org", "place", "norp"):
        for w in {n.words[0], n.words[-1]} | (set(n.words) if n.group == "person" else set()):
            yield ("np", w)


#: The block keys of each rule of ``merge_rules``, by the rule's name.
BLOCKING: dict[str, Blocking] = {
    "same_spelling": Blocking(_same_spelling),
    "type_vote": Blocking(_type_vote_all, reads=_surname_word_reads),
    "acronym": Blocking(_acronym, reads=_acronym_reads),
    "designator": Blocking(_designator_all, reads=_surname_word_reads),
    "kind_word": Blocking(_kind_word),
    "fuzzy": Blocking(_fuzzy, limit=200, context=_place, context_keys=_place_words, pairwise=True),
    "demonym": Blocking(_demonym),
    "surname": Blocking(_surname, reads=_surname_reads),
    "corpus_spelling": Blocking(_corpus_spelling),  # not pairwise: an initials name needs one fit in its block
    "name_part": Blocking(_name_part),
}


def blockings(rules: Iterable[Callable]) -> list[Blocking] | None:
    """The blockings of ``rules``; None when one has none (the corpus is then resolved whole)."""
    out = []
    for rule in rules:
        b = BLOCKING.get(getattr(rule, "__name__", ""))
        if b is None or getattr(rule, "__module__", "") not in RULE_MODULES:
            return None
        out.append(b)
    return out
