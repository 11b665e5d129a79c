"""Incremental resolution (kg.resolve_memo, kg.resolve_link) gives what a full resolution gives.

A corpus of hand-made mentions that every corpus rule acts on (variants, packs, type votes,
acronyms, designators, fuzzy organisation names, demonyms, spellings, surnames), changed step by step —
documents changed, added, deleted, names moved from one block to another — and after each step
the memo's result is compared with a resolution from scratch, field by field.
"""

from __future__ import annotations

import random

import pytest

from kg.merge_rules import CORPUS_RULES
from kg.model import Mention
from kg.resolve import resolve
from kg.resolve_blocks import BLOCKING, blockings
from kg.resolve_memo import ResolutionMemo

NAMES = [
    ("John Howard", "PERSON"), ("Howard", "PERSON"), ("Mr Howard", "PERSON"), ("Jenny Howard", "PERSON"),
    ("Peter Costello", "PERSON"), ("Costello", "PERSON"), ("Simon Crean", "PERSON"), ("Crean", "PERSON"),
    ("George W Bush", "PERSON"), ("George Bush", "PERSON"), ("Bush", "PERSON"), ("Jordan", "PERSON"),
    ("Federal Trade Commission", "ORG"), ("FTC", "ORG"), ("Apple Inc.", "ORG"), ("Apple", "ORG"),
    ("Australian Broadcasting Corporation", "ORG"), ("ABC", "ORG"), ("Cambridge Analytica", "ORG"),
    ("Cambridge Analytics", "ORG"), ("Australian Labor Party", "ORG"), ("Labor Party", "ORG"),
    ("Industrial Relations Commission", "ORG"), ("Industrial Relations Commission in Melbourne", "ORG"),
    ("Melbourne", "GPE"), ("Israel", "GPE"), ("Israeli", "NORP"), ("Israelis", "NORP"), ("Jordan", "GPE"),
    ("United States", "GPE"), ("U.S.", "GPE"), ("Americans", "NORP"), ("Canberra", "GPE"),
    ("TikTok", "ORG"), ("TikTok", "NORP"), ("Tik Tok", "ORG"), ("CFIUS", "ORG"),
    ("Committee on Foreign Investment in the United States", "ORG"), ("Hubei Province", "GPE"), ("Hubei", "GPE"),
    ("Durán", "PERSON"), ("Duran", "GPE"), ("Níkos Aliágas", "PERSON"), ("Nikos Aliagas", "PERSON"),
    ("Volodymyr Zelensky", "PERSON"), ("Volodymyr Zelenskyy", "PERSON"), ("Vladimir Putin", "PERSON"),
    ("Vladimir Vladimirovich Putin", "PERSON"), ("Putin", "PERSON"), ("LK Advani", "PERSON"),
    ("Lal Krishna Advani", "PERSON"), ("Lakshmi Kant Advani", "PERSON"), ("Hiroshi Tanabe", "PERSON"),
    ("Tanabe Hiroshi", "PERSON"), ("Lerato Sebego", "PERSON"), ("Sebego", "GPE"),
]
PACK = {"Big Apple": "New York City"}


def _doc(doc: str, picks: list[tuple[str, str]]) -> list[Mention]:
    out, pos = [], 0
    for text, etype in picks:
        canonical = PACK.get(text)
        out.append(Mention(doc, pos, pos + len(text), text, etype, 0, 1000,
                           origin="pack" if canonical else "ner", canonical=canonical))
        pos += len(text) + 2
    return out


def _sig(entities: list) -> list:
    return [(e.id, e.label, e.type, [(m.doc, m.start, m.text) for m in e.mentions], e.reasons, e.apart)
            for e in entities]


def _corpus(rnd: random.Random, n: int) -> dict[str, list[tuple[str, str]]]:
    return {f"d{i:03d}": rnd.sample(NAMES, rnd.randint(2, 7)) + [("Big Apple", "GPE")] * (i % 5 == 0)
            for i in range(n)}


def _step(rnd: random.Random, docs: dict[str, list[tuple[str, str]]], i: int) -> str:
    """One change: a document changed (a name dropped, added or moved to another), added or deleted."""
    what = rnd.choice(["drop", "add name", "move", "new doc", "delete"])
    if what == "new doc" or not docs:
        docs[f"n{i:03d}"] = rnd.sample(NAMES, rnd.randint(1, 6))
        return what
    doc = rnd.choice(sorted(docs))
    if what == "delete":
        del docs[doc]
    elif what == "drop" and docs[doc]:
        docs[doc] = docs[doc][:-1]
    elif what == "add name":
        docs[doc] = docs[doc] + [rnd.choice(NAMES)]
    else:  # a name moved between blocks: a surname or a word of an organisation changes
        j = rnd.randrange(len(docs[doc])) if docs[doc] else 0
        text, etype = docs[doc][j] if docs[doc] else ("Howard", "PERSON")
        docs[doc] = docs[doc][:j] + [(text.split()[0] + " Zappa", etype)] + docs[doc][j + 1:]
    return what


def _mentions(docs: dict[str, list[tuple[str, str]]]) -> list[Mention]:
    return [m for d in sorted(docs) for m in _doc(d, docs[d])]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_incremental_equals_full_through_changes(tmp_path, seed):
    rnd = random.Random(seed)
    docs = _corpus(rnd, 40)
    path = tmp_path / "memo"
    acronyms = {"CFIUS": "Committee on Foreign Investment in the United States"}
    partial = 0
    for i in range(25):
        memo = ResolutionMemo(path, "test")
        got = resolve(_mentions(docs), acronyms, memo=memo)
        memo.save()
        assert _sig(got) == _sig(resolve(_mentions(docs), acronyms)), f"step {i}"
        if i and memo.stats["corpus names resolved"] < memo.stats["corpus names"]:
            partial += 1
        _step(rnd, docs, i)
    assert partial >= 5  # the memo did resolve only a part, most of the time


def test_nothing_changed_reuses_everything(tmp_path):
    docs = _corpus(random.Random(4), 30)
    memo = ResolutionMemo(tmp_path / "memo", "test")
    first = resolve(_mentions(docs), memo=memo)
    memo.save()
    again = ResolutionMemo(tmp_path / "memo", "test")
    assert _sig(resolve(_mentions(docs), memo=again)) == _sig(first)
    assert again.stats["documents reused"] == 30
    assert again.stats["corpus names resolved"] == 0
    assert again.stats["entities reused"] == again.stats["entities"]


def test_a_new_fingerprint_or_a_damaged_memo_starts_afresh(tmp_path):
    docs = _corpus(random.Random(5), 10)
    memo = ResolutionMemo(tmp_path / "memo", "code 1")
    resolve(_mentions(docs), memo=memo)
    memo.save()
    other = ResolutionMemo(tmp_path / "memo", "code 2")
    resolve(_mentions(docs), memo=other)
    assert other.stats["documents reused"] == 0
    (tmp_path / "memo").write_bytes(b"\x00garbage")
    damaged = ResolutionMemo(tmp_path / "memo", "code 1")
    assert _sig(resolve(_mentions(docs), memo=damaged)) == _sig(resolve(_mentions(docs)))


def test_an_acronym_defined_elsewhere_redoes_the_documents_that_read_it(tmp_path):
    docs = {"a": [("CFIUS", "ORG"), ("Steven Mnuchin", "PERSON")],
            "b": [("Committee on Foreign Investment in the United States", "ORG"), ("Steven Mnuchin", "PERSON")]}
    memo = ResolutionMemo(tmp_path / "memo", "test")
    resolve(_mentions(docs), {}, memo=memo)
    memo.save()
    defined = {"CFIUS": "Committee on Foreign Investment in the United States"}
    again = ResolutionMemo(tmp_path / "memo", "test")
    got = resolve(_mentions(docs), defined, memo=again)
    assert _sig(got) == _sig(resolve(_mentions(docs), defined))
    assert len(got) == 2  # the definition joins them (the two stories share Mnuchin)


def test_every_corpus_rule_has_a_blocking():
    assert blockings(CORPUS_RULES) is not None
    assert blockings([lambda names: None]) is None  # an unknown rule: the whole corpus is resolved
    assert set(BLOCKING) >= {r.__name__ for r in CORPUS_RULES}


def test_a_name_differing_only_in_accents_reaches_the_block_of_the_name_it_votes_with(tmp_path):
    # type_vote folds accents ("Durán" as a person beside "Duran" as a place): its block key must too
    docs = {f"d{i}": [("John Howard", "PERSON"), ("Canberra", "GPE")] for i in range(8)}
    docs["d8"] = [("Durán", "PERSON")]
    memo = ResolutionMemo(tmp_path / "memo", "test")
    resolve(_mentions(docs), {}, memo=memo)
    memo.save()
    docs["d9"] = [("Duran", "GPE")]
    again = ResolutionMemo(tmp_path / "memo", "test")
    got = resolve(_mentions(docs), {}, memo=again)
    assert _sig(got) == _sig(resolve(_mentions(docs), {}))
    assert again.stats["corpus names resolved"] < again.stats["corpus names"]


#: "… QC" names: each reads the block "qc" and belongs to its surname's; a few names that read or join those blocks.
QC = [(f"{first} {last} QC", "PERSON") for first in ("Wayne", "Anne", "Tom") for last in
      ("Martin", "Sattar", "Gould", "Taylor", "Robbards")] + [
      ("Martin", "PERSON"), ("Gould", "PERSON"), ("Taylor", "PERSON"), ("Anne Taylor", "PERSON"),
      ("Wayne QC", "PERSON"), ("QC", "PERSON"), ("Tom Gould", "PERSON")]


@pytest.mark.parametrize("seed", [6, 7])
def test_names_that_only_read_one_block_are_not_linked_by_it(tmp_path, seed):
    """``surname`` reads a name's last word's block ("qc" for "Wayne Martin QC") and files a full
    name under its last word before any post-nominal ("martin"): a block no full name belongs to
    links nothing, so one changed "… QC" name no longer reaches every other; and when a full name
    joins or leaves such a block ("Wayne QC"), its readers are resolved again. Random changes,
    each compared with a full resolution."""
    rnd = random.Random(seed)
    docs = {f"q{i:02d}": [rnd.choice(QC[:15])] + rnd.sample(QC[15:20], 1) for i in range(30)}
    path = tmp_path / "memo"
    for i in range(20):
        memo = ResolutionMemo(path, "test")
        got = resolve(_mentions(docs), {}, memo=memo)
        memo.save()
        assert _sig(got) == _sig(resolve(_mentions(docs), {})), f"step {i}"
        doc = rnd.choice(sorted(docs))
        docs[doc] = [rnd.choice(QC)] + docs[doc][1:] if rnd.random() < 0.7 else docs[doc] + [rnd.choice(QC[20:])]
    docs = {f"q{i:02d}": [QC[i % 15]] for i in range(30)}  # only "… QC" names: no full name in "qc"
    memo = ResolutionMemo(path, "test")
    resolve(_mentions(docs), {}, memo=memo)
    memo.save()
    docs["q00"] = [("Wayne Gould QC", "PERSON")]
    again = ResolutionMemo(path, "test")
    assert _sig(resolve(_mentions(docs), {}, memo=again)) == _sig(resolve(_mentions(docs), {}))
    assert again.stats["corpus names resolved"] <= 6  # the old name, the new one, their blocks' members


#: Organisations around a few acronyms: long names with the same initials ("FTC"), an acronym
#: defined in the text ("CFIUS", "NRA"), a lower-case acronym, a leading "US", other types.
ORGS = [
    ("Federal Trade Commission", "ORG"), ("Fair Trade Council", "ORG"), ("FTC", "ORG"), ("ftc", "ORG"),
    ("US Federal Trade Commission", "ORG"), ("Australian Broadcasting Corporation", "ORG"),
    ("American Broadcasting Company", "ORG"), ("ABC", "ORG"), ("Asian Banking Council", "ORG"),
    ("CFIUS", "ORG"), ("Committee on Foreign Investment in the United States", "ORG"),
    ("National Rifle Association", "ORG"), ("NRA", "ORG"), ("New Roads Authority", "ORG"),
    ("Federal Trade Commission", "PERSON"), ("FTC", "GPE"), ("ABC", "PERSON"), ("Apple", "ORG"),
    ("Northern Rail Alliance", "ORG"), ("Broadcasting Corporation", "ORG"),
]
DEFINED = {"CFIUS": "Committee on Foreign Investment in the United States", "NRA": "National Rifle Association"}


@pytest.mark.parametrize("seed", [8, 9, 10])
def test_acronym_blocks_through_random_changes(tmp_path, seed):
    """``acronym``: an acronym belongs to its own block, a longer name only reads the block of its
    initials (and an acronym the block of the name its definition points to). Random changes of
    documents over names around a few acronyms, each compared with a full resolution."""
    rnd = random.Random(seed)
    docs = {f"o{i:02d}": rnd.sample(ORGS, rnd.randint(1, 3)) for i in range(30)}
    path = tmp_path / "memo"
    partial = 0
    for i in range(25):
        memo = ResolutionMemo(path, "test")
        got = resolve(_mentions(docs), DEFINED, memo=memo)
        memo.save()
        assert _sig(got) == _sig(resolve(_mentions(docs), DEFINED)), f"step {i}"
        partial += i > 0 and memo.stats["corpus names resolved"] < memo.stats["corpus names"]
        doc = rnd.choice(sorted(docs))
        what = rnd.random()
        if what < 0.3:
            del docs[doc]
        elif what < 0.6:
            docs[f"n{i:02d}"] = [rnd.choice(ORGS)]
        else:
            docs[doc] = docs[doc][1:] + [rnd.choice(ORGS)]
    assert partial >= 5


@pytest.mark.parametrize("name", ORGS)
def test_a_name_added_or_removed_reaches_every_name_whose_outcome_it_changes(tmp_path, name):
    """Each name of ``ORGS`` added to a corpus of all the others and then removed again: the
    incremental result equals a full one both ways (a block declared too narrow fails here)."""
    docs = {f"o{i:02d}": [n] for i, n in enumerate(ORGS) if n != name}
    path = tmp_path / "memo"
    for step in ("before", "added", "removed"):
        if step == "added":
            docs["new"] = [name]
        elif step == "removed":
            del docs["new"]
        memo = ResolutionMemo(path, "test")
        got = resolve(_mentions(docs), DEFINED, memo=memo)
        memo.save()
        assert _sig(got) == _sig(resolve(_mentions(docs), DEFINED)), step


def test_names_with_the_same_initials_are_linked_only_through_an_acronym(tmp_path):
    """Without "FTC" in the corpus, "Federal Trade Commission" and "Fair Trade Council" share
    nothing a rule reads: a change to one resolves it alone. Once "FTC" appears, all three are
    resolved again (it reads them both)."""
    docs = {"a": [("Federal Trade Commission", "ORG")], "b": [("Fair Trade Council", "ORG")],
            "c": [("Apple", "ORG"), ("Melbourne", "GPE"), ("Israel", "GPE"), ("Peter Costello", "PERSON"),
                  ("Simon Crean", "PERSON")]}
    memo = ResolutionMemo(tmp_path / "memo", "test")
    resolve(_mentions(docs), {}, memo=memo)
    memo.save()
    docs["a"] = [("Federal Trade Commission", "ORG"), ("Canberra", "GPE")]
    again = ResolutionMemo(tmp_path / "memo", "test")
    assert _sig(resolve(_mentions(docs), {}, memo=again)) == _sig(resolve(_mentions(docs), {}))
    assert again.stats["corpus names resolved"] == 2  # "Federal Trade Commission" and "Canberra"
    again.save()
    docs["d"] = [("FTC", "ORG")]
    third = ResolutionMemo(tmp_path / "memo", "test")
    got = resolve(_mentions(docs), {}, memo=third)
    assert _sig(got) == _sig(resolve(_mentions(docs), {}))
    assert third.stats["corpus names resolved"] == 3
    assert len(got) == 9  # "FTC" is the initials of both long names: it joins neither
    third.save()
    del docs["b"]  # the council gone, "FTC" abbreviates one name, but d shares nothing with a
    fourth = ResolutionMemo(tmp_path / "memo", "test")
    got = resolve(_mentions(docs), {}, memo=fourth)
    assert _sig(got) == _sig(resolve(_mentions(docs), {})) and len(got) == 8
    fourth.save()
    docs["d"] = [("FTC", "ORG"), ("Canberra", "GPE")]  # now it names Canberra, as a does: it joins the commission
    fifth = ResolutionMemo(tmp_path / "memo", "test")
    got = resolve(_mentions(docs), {}, memo=fifth)
    assert _sig(got) == _sig(resolve(_mentions(docs), {})) and len(got) == 7


def test_a_post_nominal_surname_reaches_the_one_word_names_it_guards(tmp_path):
    """``designator`` asks ``Names.surnames`` whether a one-word person is some person's last word
    ("qc" once "Wayne Martin QC" is named, though ``surname`` files that name under "martin"):
    adding or removing the full name changes whether "QC" joins "QC Ltd", and the incremental
    result equals a full one each way (without the read key of ``_surname_word_reads`` it does not)."""
    mistyped, org, full = ("QC", "PERSON"), ("QC Ltd", "ORG"), ("Wayne Martin QC", "PERSON")
    docs = {"a": [mistyped], "b": [org]}
    docs.update((f"o{i}", [n]) for i, n in enumerate(NAMES[4:8] + NAMES[12:16]))
    path = tmp_path / "memo"
    together = []
    for step in ("before", "added", "removed", "added again"):
        if step.startswith("added"):
            docs["d"] = [full]
        elif step == "removed":
            del docs["d"]
        memo = ResolutionMemo(path, "test")
        got = resolve(_mentions(docs), {}, memo=memo)
        memo.save()
        assert _sig(got) == _sig(resolve(_mentions(docs), {})), step
        assert step == "before" or memo.stats["corpus names resolved"] < memo.stats["corpus names"], step
        together.append(any({m.text for m in e.mentions} >= {mistyped[0], org[0]} for e in got))
    assert together == [True, False, True, False]  # the full name keeps the two apart


def test_names_a_document_keeps_from_the_corpus_level_follow_its_changes(tmp_path):
    """``joining_names`` is kept per document: a surname alone in a document joins the corpus
    level ("Costello" links to the corpus's one Costello), beside its full name it does not
    (it is that person's short form there), and a name the document left apart never does.
    The document changed back and forth, a document deleted and one added with the same names:
    each incremental result equals a full one, and the reused documents keep their first level."""
    docs = {"a": [("Costello", "PERSON")], "b": [("Peter Costello", "PERSON")], "c": [("Tim Costello", "PERSON")]}
    docs.update((f"o{i}", [n]) for i, n in enumerate(NAMES[12:20]))
    steps = [("a", [("Peter Costello", "PERSON"), ("Costello", "PERSON")]), ("c", None),
             ("a", [("Costello", "PERSON")]), ("c", [("Tim Costello", "PERSON")]),
             ("a", [("Peter Costello", "PERSON"), ("Tim Costello", "PERSON"), ("Costello", "PERSON")]),
             ("d", [("Costello", "PERSON"), ("Apple", "ORG")])]
    path = tmp_path / "memo"
    for i, (doc, picks) in enumerate([(None, None)] + steps):
        if doc is not None and picks is None:
            del docs[doc]
        elif doc is not None:
            docs[doc] = picks
        memo = ResolutionMemo(path, "test")
        got = resolve(_mentions(docs), {}, memo=memo)
        memo.save()
        assert _sig(got) == _sig(resolve(_mentions(docs), {})), f"step {i}"
        assert i == 0 or memo.stats["documents reused"] >= len(docs) - 1, f"step {i}"
