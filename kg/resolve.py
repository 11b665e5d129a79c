"""Entity resolution: one node per real-world entity, in two levels.

1. **Within a document** (``MERGE_RULES`` over the names of each document): a full name and its
   later short forms ("Mr Sharon" after "Ariel Sharon", an acronym after its expansion) become one
   document-level entity. Surname-only forms are safe to merge here, where the writer introduced
   the person; a short form that fits two people of the document stays apart, recorded.
2. **Across documents** (``CORPUS_RULES`` over the document-level entities): entities link by
   their full names, aliases, acronyms, designators and countries, exactly as names merge within a
   document, except persons' short forms: a short form that a document resolved to a full name
   follows that full name, and never links documents by itself (two Costellos stay two people); a
   document whose only form is a surname links to the corpus's full name its names tell
   (``merge_rules.surname``); when two people of the corpus share the surname, each document
   joins the one it tells, and one that tells neither stays apart, recorded.

Both levels record each merge with its rule (``Entity.reasons``, shown by ``kg explain``) and each
refusal with its reason (``Entity.apart``). Cost: names are grouped by key and every rule blocks
by key or word, so resolution grows about linearly with the number of names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from kg.labels import assign_ids, entity_of
from kg.merge_rules import (  # noqa: F401  (re-exported: the rules are resolve's public surface)
    CORPUS_RULES, FUZZY_THRESHOLD, MERGE_RULES, TYPE_GROUPS, NameItem, Names, UnionFind, _fuzzy_key,
    acronym, aligned, demonym, designator, fuzzy, kind_word, name_key, name_part, of_place, same_spelling, stated,
    surname, type_vote,
)
from kg.lexicon.names import NameKey
from kg.merge_names import document_keys
from kg.lexicon.names import norm  # noqa: F401  (re-exported for tests)
from kg.model import Entity, Mention
from kg.state_bodies import RULE as SAME_COUNTRY_BODY, local_links, state_body

if TYPE_CHECKING:
    from kg.resolve_memo import ResolutionMemo

__all__ = [  # resolve, and the rules and names it runs (tests and ``kg explain`` readers use them)
    "resolve", "MERGE_RULES", "CORPUS_RULES", "Names", "name_key", "same_spelling", "type_vote", "acronym",
    "designator", "kind_word", "of_place", "fuzzy", "demonym", "name_part", "stated", "surname", "aligned",
    "FUZZY_THRESHOLD", "norm",
]

Rule = Callable[[Names], None]


class _Resolution:
    """The document-level names of a corpus (``items``, ordered by document) and their merges."""

    def __init__(self) -> None:
        self.items: list[NameItem] = []
        self.reason: dict[int, str] = {}
        self.apart: dict[int, str] = {}
        self.ambiguous: set[int] = set()
        #: document-level entities: per document, where its items start and its clusters of them
        self.doc_clusters: list[tuple[int, list[list[int]]]] = []
        self.docs: list[str] = []  # the documents, in order, and where each one's items start
        self.starts: list[int] = []
        self.corpus_order: list[int] = []  # the names that join the corpus level (``corpus_names``)

    def add_document(self, doc: str, names: Names | DocNames) -> None:
        """Append one resolved document's names, its merges and its refusals."""
        offset = len(self.items)
        self.docs.append(doc)
        self.starts.append(offset)
        self.items.extend(names.items)
        self.reason.update({offset + i: r for i, r in names.reason.items()})
        self.apart.update({offset + i: r for i, r in names.apart.items()})
        self.ambiguous.update(offset + i for i in names.ambiguous)
        clusters = names.clusters()
        self.doc_clusters.append((offset, clusters))
        joining = names.joining if isinstance(names, DocNames) else joining_names(
            names.items, clusters, names.ambiguous, names.reason)
        self.corpus_order.extend(offset + i for i in joining)


class DocNames:
    """A document's first-level result read back from the memo (``kg.resolve_memo``): what
    ``_Resolution.add_document`` reads of a ``Names``."""

    def __init__(self, items: list[NameItem], reason: dict[int, str], apart: dict[int, str],
                 ambiguous: set[int], clusters: list[list[int]], joining: list[int]) -> None:
        self.items, self.reason, self.apart, self.ambiguous = items, reason, apart, ambiguous
        self._clusters, self.joining = clusters, joining

    def clusters(self) -> list[list[int]]:
        return self._clusters


#: A corpus name: (type group, spelled key, key); the corpus level orders names by it.
CorpusName = tuple[str, str, NameKey]
#: What the corpus level decided about one corpus name: the corpus name it joined (itself when
#: none), the rule that joined it, why a rule left it apart, and the documents whose own names of
#: it join another corpus name instead (``surname``: one surname, two people), with that name.
Outcome = tuple[CorpusName, "str | None", "str | None", "tuple[tuple[str, CorpusName], ...]"]


def resolve(mentions: Iterable[Mention], defined_acronyms: dict[str, str] | None = None, *,
            rules: Iterable[Rule] = MERGE_RULES, corpus_rules: Iterable[Rule] = CORPUS_RULES,
            memo: ResolutionMemo | None = None) -> list[Entity]:
    """Cluster mentions (from any number of documents) into entities: ``rules`` within each
    document, then ``corpus_rules`` across the document-level entities.

    ``memo`` (``kg.resolve_memo``): the last build's results, so that only the documents that
    changed and the groups of corpus names they touch are resolved again; same result."""
    rules, corpus_rules = tuple(rules), tuple(corpus_rules)
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_doc[m.doc].append(m)
    state = _Resolution()
    for doc in sorted(by_doc):
        if memo is not None:
            state.add_document(doc, memo.document(doc, by_doc[doc], defined_acronyms, rules))
        else:
            state.add_document(doc, first_level(by_doc[doc], defined_acronyms, rules))
    uf = _link(state, defined_acronyms, corpus_rules, memo)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(state.items)):
        clusters[uf.find(i)].append(i)
    if memo is not None:
        entities = memo.entities(state, list(clusters.values()))
    else:
        entities = [entity_of(state.items, idxs, state.reason, state.apart) for idxs in clusters.values()]
    assign_ids(entities)
    entities.sort(key=lambda e: e.id)
    return entities


def first_level(mentions: list[Mention], defined_acronyms: dict[str, str] | None,
                rules: tuple[Rule, ...]) -> Names:
    """One document's names, merged by ``rules``."""
    names = Names.of(mentions, defined_acronyms)
    for rule in rules:
        rule(names)
    return names


def joining_names(items: list[NameItem], clusters: list[list[int]], ambiguous: set[int] | list[int],
                  reason: dict[int, str] | None = None) -> list[int]:
    """The names of one document that join the corpus level, in the order of its clusters.

    A short form a document resolved to a longer name follows that name and never links documents
    by itself: it would join another document's entity of the same short name to this one. So a
    person's one-word name in a document entity that has a full name is left out, and so is a
    one-word name of any type that is a word of that full name ("Arnaud", typed ORG, beside "Michèle Arnaud"; "BBC" read as the
    surname of "Children's BBC" typed PERSON): it is that full name's short form there, and must
    not link this entity to another document's person or body of the same name. So is a name
    that ``maker_prefix``, ``place_prefix`` or ``refers_back`` joined ("Calendar" after "Google
    Calendar", "Spurs" after "San Antonio Spurs", "the House" after "House of Representatives"):
    another document's "Calendar", "Spurs" or "House" is not this one.
    A name its document left apart (it fits two people there) is left out too. A function of the
    document's first level alone, so the memo keeps it per document."""
    reason = reason or {}
    out = []
    for idxs in clusters:
        full_words = {w for i in idxs if items[i].group == "person" and items[i].key.plain
                      and len(items[i].words) >= 2 for w in items[i].words}
        out.extend(i for i in idxs if i not in ambiguous and reason.get(i) not in _FOLLOWING and not (
            items[i].key.plain and len(items[i].words) == 1
            and (items[i].group == "person" and full_words or items[i].words[0] in full_words))
            and not (reason.get(i) == "of_place" and _body_without_place(items[i], [items[j] for j in idxs]))
            and not state_body(items[i]))  # "Supreme Court": which one, its document's country says (``local_links``)
    return out


def _body_without_place(item: NameItem, cluster: list[NameItem]) -> bool:
    """``item`` is a body's name that ``of_place`` found without the place it is "of" ("House of
    Commons" after "House of Commons of Canada"): a short form like "Spurs" after "San Antonio
    Spurs", which must not join another document's "House of Commons" (Britain's) to Canada's.
    The place that ``of_place`` found without its kind word ("Karelia" after "Republic of
    Karelia") is the place itself and links documents."""
    words = item.words
    return any(other.words[:len(words) + 1] == [*words, "of"] for other in cluster)


#: The first-level rules whose short form follows its longer name and never links documents.
_FOLLOWING = frozenset({"maker_prefix", "place_prefix", "refers_back", "leading_words"})


def corpus_names(state: _Resolution) -> dict[CorpusName, list[int]]:
    """The corpus names and the document-level names each gathers (``joining_names``), in corpus order."""
    items = state.items
    members: dict[CorpusName, list[int]] = defaultdict(list)
    for i in state.corpus_order:
        key = items[i].key
        members[(items[i].group, key.spelled, key)].append(i)
    return {k: members[k] for k in sorted(members)}


def corpus_item(k: CorpusName, idxs: list[int], items: list[NameItem]) -> NameItem:
    """The corpus-level name of ``k``: the mentions of its document-level names, its pack label."""
    group, _, key = k
    return NameItem(key, group, [m for i in idxs for m in items[i].mentions],
                    next((items[i].canonical for i in idxs if items[i].canonical), None))


def run_corpus(order: list[CorpusName], members: dict[CorpusName, list[int]], items: list[NameItem],
               defined_acronyms: dict[str, str] | None, rules: tuple[Rule, ...], make: type[Names] = Names
               ) -> tuple[Names, dict[CorpusName, Outcome]]:
    """The corpus rules over the corpus names ``order`` (in corpus order), and their outcomes.
    ``make``: the ``Names`` class (``kg.resolve_link`` records the merges a rule asks for)."""
    corpus = make([corpus_item(k, members[k], items) for k in order], defined_acronyms)
    corpus.document_keys = document_keys(items)  # every document's, however few names run here
    for r, rule in enumerate(rules):
        corpus.rule_index = r
        rule(corpus)
    per_doc = {corpus.find(c): tuple(sorted((d, order[corpus.find(j)]) for d, j in joins.items()))
               for c, joins in corpus.per_doc.items()}
    return corpus, {k: (order[corpus.find(c)], corpus.reason.get(c), corpus.apart.get(c),
                        per_doc.get(corpus.find(c), ())) for c, k in enumerate(order)}


def _link(state: _Resolution, defined_acronyms: dict[str, str] | None, rules: tuple[Rule, ...],
          memo: ResolutionMemo | None = None) -> UnionFind:
    """The second level: one corpus name per (key, type group) over the documents' names
    (``corpus_names``), the corpus rules over those, and the result mapped back onto the
    documents' names."""
    items = state.items
    uf = UnionFind(len(items))
    for offset, clusters in state.doc_clusters:
        for idxs in clusters:
            for i in idxs[1:]:
                uf.union(offset + idxs[0], offset + i)
    members = corpus_names(state)
    if memo is not None:
        outcomes = memo.corpus(state, members, defined_acronyms, rules)
    else:
        outcomes = run_corpus(list(members), members, items, defined_acronyms, rules)[1]
    anchor: dict[CorpusName, int] = {}  # per corpus name joined, its first name joined there
    for k, idxs in members.items():
        joined, reason, apart, per_doc = outcomes[k]
        own = dict(per_doc)
        for i in idxs:
            there = own.get(items[i].mentions[0].doc) if own else None
            if there is not None:  # this document's surname is the person its document tells
                uf.union(members[there][0], i)
                state.reason.setdefault(i, "surname")
                continue
            uf.union(anchor.setdefault(joined, i), i)
            if reason is not None:
                state.reason.setdefault(i, reason)
            if apart is not None:
                state.apart.setdefault(i, apart)
    for idxs in local_links(items, state.starts, state.ambiguous, state.reason):
        for i in idxs[1:]:
            uf.union(idxs[0], i)
            state.reason.setdefault(i, SAME_COUNTRY_BODY)
    return uf
