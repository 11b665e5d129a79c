"""A long document's pieces joined into one result: offsets, and pages, refer to the whole text."""

from __future__ import annotations

from kg.extract import join_pieces
from kg.model import Document, DocResult, Evidence, Mention, Triple


def _part(doc_id: str, text: str) -> DocResult:
    """A piece's result with one relation between its two words (as the extractor makes it)."""
    a, b = text.index("Acme"), text.index("Bolt")
    mentions = [Mention(doc=doc_id, start=a, end=a + 4, text="Acme", type="ORG", sent_start=0, sent_end=len(text)),
                Mention(doc=doc_id, start=b, end=b + 4, text="Bolt", type="ORG", sent_start=0, sent_end=len(text))]
    ev = Evidence(doc_id, text, 0, len(text), page=1)  # a piece's own lookup: from its first page
    triple = Triple(head=0, relation="acquired", tail=1, evidence=ev, confidence=0.9, rule="svo")
    return DocResult(doc=doc_id, mentions=mentions, triples=[triple], examples={"Acme": ev})


def test_pieces_keep_offsets_and_pages_of_the_whole_document():
    first, second = "Acme bought Bolt.\n\n", "Acme sold Bolt."
    whole = Document("d", first + second, pages=((0, 1), (len(first), 2)))
    joined = join_pieces(whole, [(0, _part("d", first.strip() + "\n\n")), (len(first), _part("d", second))])
    assert [whole.text[m.start:m.end] for m in joined.mentions] == ["Acme", "Bolt", "Acme", "Bolt"]
    assert [(t.head, t.tail) for t in joined.triples] == [(0, 1), (2, 3)]
    assert [t.evidence.page for t in joined.triples] == [1, 2]
    second_ev = joined.triples[1].evidence
    assert whole.text[second_ev.start:second_ev.end] == second
    assert joined.examples["Acme"].page == 1  # the first piece's example is kept
