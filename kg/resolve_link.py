"""The corpus level of resolution, redone only where a change reaches (``kg.resolve_memo``).

Kept per corpus name (``Kept``): its block keys per rule (``kg.resolve_blocks``), the pairs a
pairwise rule asked to merge it with, and its outcome. Two names are *linked* when they share a
block key of a rule (not over the rule's ``limit``) or were paired by a pairwise rule. A rebuild:

1. finds the names a changed document contributes to (``dirty``), their block keys now, and the
   pairs a pairwise rule asks for now (the rule run on them and the names sharing a block key);
2. follows the links from them, through the keys they have now and had before, to every name
   whose outcome could change (``touched``);
3. runs all the rules over those names, in corpus order, together with the names the rules read
   beyond their blocks (``Blocking.context``) and those holding a key over a limit that a touched
   name holds (so the rule skips that block as a full run does); only the touched names take the
   new outcomes.

What the rules read of the whole corpus (``context``: the defined acronyms, the keys over a
limit, the context names) is compared with the last build's: a context name added or removed
makes the names holding its ``context_keys`` changed too; if the acronyms or the keys over a
limit changed, or most names are touched, everything runs again.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Hashable, Iterable

from kg.lexicon.names import NameKey
from kg.merge_rules import NameItem, Names
from kg.resolve import CorpusName, Outcome, corpus_item, run_corpus
from kg.resolve_blocks import Blocking

Rule = Callable[[Names], None]
Stored = tuple[str, str, str]  # a corpus name as kept: (group, key kind, key text)
#: per rule, the block keys; the pairs (rule, other name); the outcome (``keep``)
Kept = tuple[tuple, tuple, tuple]
Link = tuple[int, Hashable]  # (rule, block key or ("pair", name, name))

#: Above this share of corpus names touched, everything runs again (it costs the same).
FULL_SHARE = 0.5


def stored(k: CorpusName) -> Stored:
    return (k[0], k[2].kind, k[2].text)


def unstored(s: Stored) -> CorpusName:
    key = NameKey(s[1], s[2])
    return (s[0], key.spelled, key)


class _Recorder(Names):
    """``Names`` that also notes every merge a rule asks for, done or not: (rule, a, b)."""

    rule_index = 0

    def merge(self, a: int, b: int, rule: str) -> None:
        self.asked.append((self.rule_index, a, b))
        super().merge(a, b, rule)

    @property
    def asked(self) -> list[tuple[int, int, int]]:
        return self.__dict__.setdefault("_asked", [])


def _blocks(item: NameItem, blocking: list[Blocking], defined: dict[str, str]) -> tuple:
    """Per rule, the name's block keys, then the keys it only reads as ``(READ, key)``."""
    return tuple(tuple(set(b.keys(item, defined))) + tuple((READ, k) for k in set(b.reads(item, defined) if b.reads else ()))
                 for b in blocking)


#: Marks a block key a name only reads (``Blocking.reads``).
READ = "read"


def _block(link: Link) -> Link:
    """The block a link is to: its key without the mark of a key only read."""
    r, key = link
    return (r, key[1]) if isinstance(key, tuple) and key and key[0] == READ else link


def _pairs(names: _Recorder, order: list[CorpusName], blocking: list[Blocking]) -> dict[CorpusName, set]:
    """The pairs each name was asked to merge with by a pairwise rule."""
    out: dict[CorpusName, set] = {}
    for r, a, b in names.asked:
        if blocking[r].pairwise and a != b:
            sa, sb = stored(order[a]), stored(order[b])
            out.setdefault(order[a], set()).add((r, sb))
            out.setdefault(order[b], set()).add((r, sa))
    return out


def _links(k: CorpusName, blocks: tuple, pairs: Iterable, blocking: list[Blocking]) -> Iterable[Link]:
    s = stored(k)
    for r, keys in enumerate(blocks):
        if not blocking[r].pairwise:
            yield from ((r, b) for b in keys)
    for r, other in pairs:
        yield (r, ("pair",) + tuple(sorted([s, tuple(other)])))


def context_of(order: list[CorpusName], defined: dict[str, str], blocks: dict[CorpusName, tuple],
               blocking: list[Blocking]) -> tuple[list, dict[int, dict[Hashable, list[CorpusName]]]]:
    """What the rules read of the whole corpus, and the holders of each block key of the rules
    with a limit or pairwise (the others' are not needed)."""
    held: dict[int, dict[Hashable, list[CorpusName]]] = {r: {} for r in range(len(blocking))}
    needed = [r for r, b in enumerate(blocking) if b.limit is not None or b.pairwise]  # only theirs are read
    for k, per_rule in blocks.items():
        for r in needed:
            for b in per_rule[r]:  # (a rule with a limit or pairwise has no keys only read)
                held[r].setdefault(b, []).append(k)
    over = sorted((r, b) for r, b_ in enumerate(blocking) if b_.limit is not None
                  for b, ks in held[r].items() if len(ks) > b_.limit)
    names = [[stored(k) for k in order if b.context(k[0], k[2])] if b.context else None for b in blocking]
    return [sorted(defined.items()), over] + names, held


def full(order: list[CorpusName], members: dict[CorpusName, list[int]], items: list[NameItem],
         defined: dict[str, str] | None, upper: dict[str, str], rules: tuple[Rule, ...],
         blocking: list[Blocking] | None) -> tuple[dict[CorpusName, Outcome], dict[Stored, Kept], list | None]:
    """All the corpus names resolved; with ``blocking``, what to keep for the next build."""
    if blocking is None:
        return run_corpus(order, members, items, defined, rules)[1], {}, None
    corpus, outcomes = run_corpus(order, members, items, defined, rules, make=_Recorder)
    blocks = {k: _blocks(item, blocking, upper) for k, item in zip(order, corpus.items)}
    pairs = _pairs(corpus, order, blocking)
    context, _ = context_of(order, upper, blocks, blocking)
    return outcomes, _kept(outcomes, blocks, pairs), context


def _kept(outcomes: dict[CorpusName, Outcome], blocks: dict[CorpusName, tuple],
          pairs: dict[CorpusName, set]) -> dict[Stored, Kept]:
    return {stored(k): (blocks[k], tuple(sorted(pairs.get(k, ()))), keep(o)) for k, o in outcomes.items()}


def keep(o: Outcome) -> tuple:
    """An outcome as kept (plain values: the corpus names as ``stored``)."""
    return (stored(o[0]), o[1], o[2], tuple((d, stored(k)) for d, k in o[3]))


def outcome(kept: tuple) -> Outcome:
    """An outcome read back (``keep``)."""
    return (unstored(kept[0]), kept[1], kept[2], tuple((d, unstored(tuple(k))) for d, k in kept[3]))


def partial(order: list[CorpusName], members: dict[CorpusName, list[int]], items: list[NameItem],
            defined: dict[str, str] | None, upper: dict[str, str], rules: tuple[Rule, ...],
            blocking: list[Blocking], old: dict[Stored, Kept], old_context: object, dirty: set[CorpusName]
            ) -> tuple[dict[CorpusName, Outcome], dict[Stored, Kept], list, set[CorpusName]] | None:
    """The outcomes with only the names a change reaches resolved again; None when the whole
    corpus must run (the context changed, or most names are touched)."""
    blocks: dict[CorpusName, tuple] = {}
    pairs: dict[CorpusName, set] = {}
    fresh: set[CorpusName] = set()
    for k in order:
        kept = old.get(stored(k))
        if kept is None or k in dirty:
            fresh.add(k)
            blocks[k] = _blocks(corpus_item(k, members[k], items), blocking, upper)
        else:
            blocks[k], pairs[k] = kept[0], set(kept[1])
    context, held = context_of(order, upper, blocks, blocking)
    if not isinstance(old_context, list) or context[:2] != old_context[:2]:
        return None
    dirty = dirty | _context_changes(context, old_context, blocking, held)
    present = [k for k in order if k in dirty]
    for k, found in _probe(present, members, items, defined, blocking, rules, blocks, held).items():
        pairs.setdefault(k, set()).update(found)
    index = _index(order, blocks, pairs, blocking)
    start: list[Link] = []
    for k in dirty:
        kept = old.get(stored(k))
        if kept is not None:
            start.extend(_links(k, kept[0], kept[1], blocking))
        if k in blocks:
            start.extend(_links(k, blocks[k], pairs.get(k, ()), blocking))
    over = {(r, b) for r, b in context[1]}
    touched = _reach(start, index, over, lambda k: _links(k, blocks[k], pairs.get(k, ()), blocking)) | set(present)
    if len(touched) > FULL_SHARE * len(order):
        return None
    extra = {k for r, b in over for k in held[r][b] if any(t in touched for t in held[r][b])}
    extra.update(unstored(tuple(s)) for names in context[2:] if names for s in names)  # the context names
    run = [k for k in order if k in touched or k in extra]
    corpus, ran = run_corpus(run, members, items, defined, rules, make=_Recorder)
    outcomes = {k: ran[k] if k in touched else outcome(old[stored(k)][2]) for k in order}
    for k in touched:
        pairs[k] = set()
    for k, found in _pairs(corpus, run, blocking).items():
        if k in touched:
            pairs[k] = found
    return outcomes, _kept_again(old, outcomes, blocks, pairs, touched | dirty | fresh), \
        context, touched


def _kept_again(old: dict[Stored, Kept], outcomes: dict[CorpusName, Outcome], blocks: dict[CorpusName, tuple],
                pairs: dict[CorpusName, set], redone: set[CorpusName]) -> dict[Stored, Kept]:
    """``_kept`` of a partial run, from the last build's: a name neither resolved again nor
    changed kept its blocks, pairs and outcome, so only ``redone`` names (and the names gone,
    all of them a changed document's) are written anew."""
    out = dict(old)
    for k in redone:
        if k in outcomes:
            out[stored(k)] = (blocks[k], tuple(sorted(pairs.get(k, ()))), keep(outcomes[k]))
        else:
            out.pop(stored(k), None)
    return out


def _index(order: list[CorpusName], blocks: dict[CorpusName, tuple], pairs: dict[CorpusName, set],
           blocking: list[Blocking]) -> dict[Link, list[CorpusName]]:
    """The names holding each link (``_links``, in corpus order): one pass over every name's
    kept keys, the hottest loop of a rebuild's resolution, so written out flat."""
    index: dict[Link, list[CorpusName]] = {}
    get = index.get
    rules = [r for r, b in enumerate(blocking) if not b.pairwise]
    for k in order:
        per_rule = blocks[k]
        for r in rules:
            for b in per_rule[r]:
                held = get((r, b))
                if held is None:
                    index[(r, b)] = [k]
                else:
                    held.append(k)
        if k in pairs and pairs[k]:
            for link in _links(k, (), pairs[k], blocking):
                index.setdefault(link, []).append(k)
    return index


def _context_changes(context: list, old_context: list, blocking: list[Blocking],
                     held: dict[int, dict[Hashable, list[CorpusName]]]) -> set[CorpusName]:
    """The names a change of a rule's context names can affect: those holding the block keys the
    added or removed context names map to (``Blocking.context_keys``); treated as changed."""
    out: set[CorpusName] = set()
    for r, b in enumerate(blocking):
        now, before = context[2 + r], old_context[2 + r]
        if now == before:
            continue
        assert b.context_keys is not None  # a rule with context names maps them to keys
        for s in set(map(tuple, now or ())) ^ set(map(tuple, before or ())):
            for key in b.context_keys(NameKey(s[1], s[2])):
                out.update(held[r].get(key, ()))
    return out


def _probe(dirty: list[CorpusName], members: dict[CorpusName, list[int]], items: list[NameItem],
           defined: dict[str, str] | None, blocking: list[Blocking], rules: tuple[Rule, ...],
           blocks: dict[CorpusName, tuple], held: dict[int, dict[Hashable, list[CorpusName]]]
           ) -> dict[CorpusName, set]:
    """The pairs each pairwise rule asks for now between a dirty name and the names sharing a
    block key with it (the rule alone, over those names and its context names)."""
    out: dict[CorpusName, set] = {}
    for r, b in enumerate(blocking):
        if not b.pairwise or not dirty:
            continue
        near = {k2 for k in dirty for key in blocks[k][r] for k2 in held[r].get(key, ())}
        near.update(dirty)
        if b.context:
            near.update(k for k in blocks if b.context(k[0], k[2]))
        order = sorted(near)
        corpus = _Recorder([corpus_item(k, members[k], items) for k in order], defined)
        corpus.rule_index = r
        rules[r](corpus)
        wanted = {stored(k) for k in dirty}
        for k, found in _pairs(corpus, order, blocking).items():
            mine = found if stored(k) in wanted else {p for p in found if p[1] in wanted}
            if mine:
                out.setdefault(k, set()).update(mine)
    return out


def _reach(start: list[Link], index: dict[Link, list[CorpusName]], over: set,
           links_of: Callable[[CorpusName], Iterable[Link]]) -> set[CorpusName]:
    """Every corpus name linked, directly or through others, to the links ``start``; ``links_of``
    gives a reached name's links (asked of the reached names only, not of the whole corpus).

    A block reaches its members and the names that read it (``Blocking.reads``); one that has no
    member now links nothing, unless a changed name was or is a member (its ``start`` links, before
    and after). Only a changed name changes its keys, so any other block without a member had
    none before either, and a changed name only reading it is resolved again anyway."""
    first = {link for link in start if _block(link) == link}
    seen: set[Link] = set()
    reached: set[CorpusName] = set()
    todo: deque[Link] = deque(start)
    while todo:
        link = _block(todo.popleft())
        if link in seen or link in over:
            continue
        members = index.get(link, ())
        if not members and link not in first:
            continue
        seen.add(link)
        for k in [*members, *index.get((link[0], (READ, link[1])), ())]:
            if k not in reached:
                reached.add(k)
                todo.extend(links_of(k))
    return reached
