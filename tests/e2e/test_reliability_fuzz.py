"""Property-based fuzzing of ingest, extraction and alias packs (hypothesis).

Properties: no exception escapes (a bad input is a skipped file or a pack error, never a crash),
every offset slices the cleaned text back to its mention or sentence, and every run is
deterministic. CI runs a fixed, small number of derandomised examples (well under a minute); for a
release run many more, with fresh randomness:

    KG_FUZZ_EXAMPLES=2000 .venv/bin/python -m pytest -p no:cacheprovider tests/test_reliability_fuzz.py
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.aliases import AliasIndex, AliasPackError, load_pack
from kg.ingest import iter_documents
from kg.model import Document

_RELEASE = "KG_FUZZ_EXAMPLES" in os.environ
EXAMPLES = int(os.environ.get("KG_FUZZ_EXAMPLES", "20"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=not _RELEASE, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

WORDS = ["Apple", "bought", "Beats", "in", "2014", ".", "Microsoft", "Satya", "Nadella", "said", "the",
         "CEO", "of", "ByteDance", ",", "Paris", "and", "TikTok", "(", ")", "\n\n", "Mr.", "Zhang", "!",
         "=1+2", "@user", "’", "é", "\u200b", "&amp;", "<b>", "</p>", "[/x]", "#", "*", "`"]
prose = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
any_text = st.one_of(prose, st.text(max_size=300))


def _tag(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    names = st.sampled_from(["p", "div", "script", "style", "nav", "article", "h1", "li", "b", "pre", "title"])
    return st.tuples(names, inner).map(lambda t: f"<{t[0]}>{t[1]}</{t[0]}>")


html_doc = st.recursive(any_text, lambda inner: st.lists(_tag(inner), max_size=4).map("".join), max_leaves=12)
markdown_doc = st.lists(st.one_of(
    any_text,
    any_text.map(lambda t: "# " + t),
    any_text.map(lambda t: "- " + t),
    any_text.map(lambda t: "```\n" + t + "\n```"),
    any_text.map(lambda t: "---\ntitle: " + t + "\n---"),
    st.just("---\na: &a [x, x]\nb: [*a, *a]\ntitle: *a\n---"),
), max_size=6).map("\n".join)
json_value = st.recursive(st.none() | st.booleans() | st.integers() | any_text,
                          lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c, max_size=3),
                          max_leaves=6)
jsonl_doc = st.lists(st.one_of(
    st.fixed_dictionaries({"text": any_text}, optional={"id": json_value, "title": json_value, "date": json_value})
    .map(json.dumps),
    json_value.map(json.dumps),
    st.text(max_size=40),
), max_size=6).map("\n".join)

FILES = st.one_of(
    st.tuples(st.just(".txt"), st.binary(max_size=400)),
    st.tuples(st.sampled_from([".txt", ".md", ".html", ".jsonl"]), st.text(max_size=300).map(str.encode)),
    st.tuples(st.just(".html"), html_doc.map(str.encode)),
    st.tuples(st.just(".md"), markdown_doc.map(str.encode)),
    st.tuples(st.just(".jsonl"), jsonl_doc.map(str.encode)),
    st.tuples(st.just(".txt"), any_text.map(lambda t: t.encode(
        "utf-16-le" if len(t) % 3 == 0 else "cp1252" if len(t) % 3 == 1 else "utf-8", "replace"))),
)


def _ingest(suffix: str, data: bytes) -> tuple[list[Document], list]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "doc" + suffix)
        path.write_bytes(data)
        skipped: list = []
        docs = list(iter_documents([tmp], on_skip=skipped.append))
        return docs, skipped


@FUZZ
@given(FILES)
def test_ingest_never_raises_and_is_deterministic(file):
    suffix, data = file
    docs, skipped = _ingest(suffix, data)
    again, skipped_again = _ingest(suffix, data)  # in another temporary folder
    assert [(d.id, d.text, d.title, d.date) for d in docs] == [(d.id, d.text, d.title, d.date) for d in again]
    assert [(Path(s.path).name, s.reason, s.line) for s in skipped] == \
        [(Path(s.path).name, s.reason, s.line) for s in skipped_again]
    for doc in docs:
        assert doc.text and doc.text == doc.text.strip()
    for s in skipped:
        assert s.reason and s.path.endswith(suffix)


def _check_offsets(doc: Document, result) -> None:
    text = doc.text
    for m in result.mentions:
        assert text[m.start:m.end] == m.text
        assert 0 <= m.sent_start <= m.start < m.end <= m.sent_end <= len(text)
    for t in result.triples:
        ev = t.evidence
        assert text[ev.start:ev.end] == ev.sentence and ev.doc == doc.id
        assert 0 <= t.head < len(result.mentions) and 0 <= t.tail < len(result.mentions)
    for ev in result.examples.values():
        assert text[ev.start:ev.end] == ev.sentence


@FUZZ
@given(st.one_of(html_doc.map(lambda h: (".html", h)), markdown_doc.map(lambda m: (".md", m)),
                 prose.map(lambda p: (".txt", p)), st.text(max_size=200).map(lambda t: (".txt", t))))
def test_extraction_offsets_slice_back_and_runs_are_deterministic(extractor, file):
    suffix, body = file
    docs, _ = _ingest(suffix, body.encode("utf-8"))
    for doc in docs:
        first = extractor.one(doc)
        _check_offsets(doc, first)
        assert json.dumps(first.to_dict(), sort_keys=True) == json.dumps(extractor.one(doc).to_dict(), sort_keys=True)


@settings(max_examples=max(3, EXAMPLES // 4), deadline=None, derandomize=not _RELEASE, database=None)
@given(st.lists(prose, min_size=2, max_size=8))
def test_long_document_pieces_keep_offsets(extractor, nlp, paragraphs):
    """Documents over the piece size (lowered here) give offsets into the whole text."""
    doc = Document("long", "\n\n".join(p for p in paragraphs if p.strip()) or "Apple bought Beats.")
    saved = nlp.max_length
    nlp.max_length = 120
    try:
        result = extractor.one(doc)
    finally:
        nlp.max_length = saved
    _check_offsets(doc, result)


scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=15), st.sampled_from(
    ["ORG", "PERSON", "GPE", "(?i)byte\\s+jump", "(a|aa)+$", "[", "\\w+", "the", "~", "ByteDance"]))
entity = st.dictionaries(st.sampled_from(["label", "type", "aliases", "patterns", "alias"]),
                         st.one_of(scalar, st.lists(scalar, max_size=3)), max_size=4)
pack_yaml = st.one_of(
    st.lists(entity, max_size=3).map(lambda es: json.dumps({"entities": es})),  # JSON is YAML
    st.text(max_size=120),
    st.binary(max_size=80).map(lambda b: b.decode("latin-1")),
)


@FUZZ
@given(pack_yaml)
def test_pack_loading_fails_only_with_pack_errors(body):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "pack.yaml")
        path.write_text(body, encoding="utf-8", errors="surrogatepass")
        try:
            entries = load_pack(path)
        except AliasPackError as exc:
            assert str(exc).startswith(str(path))
            return
    index = AliasIndex(entries)
    try:
        for m in index.find("Apple bought Beats. The byte jump app and ByteDance, aaaa aaaa!"):
            assert m.start < m.end
    except AliasPackError:
        pass
