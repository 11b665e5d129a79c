"""PDF, Word and web-page readers on files made here, and how a build reports what it cannot read."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from docmaker import encrypt_pdf, make_docx, make_pdf
from kg.ingest import UnreadableFile, iter_documents
from kg.readers import describe_unsupported, unsupported_files

pytest.importorskip("pypdf")
pytest.importorskip("docx")
pytest.importorskip("trafilatura")

PAGES = Path(__file__).resolve().parents[1] / "pages"
REPORT = [
    ["ACME Quarterly Report", "Regulators", "The Federal Trade Commission fined TikTok in February after a long",
     "investigation. ByteDance, the owner of TikTok, met its inter-", "national partners in Beijing.", "Page 1 of 3"],
    ["ACME Quarterly Report", "Microsoft said it was in talks to buy the US operations of TikTok from",
     "ByteDance.", "Page 2 of 3"],
    ["ACME Quarterly Report", "Oracle also wanted to buy TikTok, and Walmart joined the bid of", "Oracle.",
     "Page 3 of 3"],
]


def docs_and_skips(*paths: Path):
    skipped = []
    docs = list(iter_documents(list(paths), on_skip=skipped.append))
    return docs, {Path(s.path).name: s.reason for s in skipped}


def test_pdf_pages_without_headers_footers_or_hyphenation(tmp_path):
    [doc], skipped = docs_and_skips(make_pdf(tmp_path / "report.pdf", REPORT, title="ACME Q3"))
    assert skipped == {}
    assert doc.title == "ACME Q3"
    assert "ACME Quarterly Report" not in doc.text and "Page " not in doc.text
    assert "its international partners in Beijing." in doc.text
    assert "after a long investigation." in doc.text  # lines of one paragraph joined
    assert [page for _, page in doc.pages] == [1, 2, 3]
    for (start, page), line in zip(doc.pages, ["Regulators", "Microsoft said", "Oracle also"]):
        assert doc.text[start:].startswith(line), page
        assert doc.page_at(start) == page
    assert doc.page_at(doc.text.index("Walmart")) == 3


def test_scanned_encrypted_and_corrupt_pdfs_are_skipped_with_the_reason(tmp_path):
    make_pdf(tmp_path / "scan.pdf", [[], []], image_only=True)
    encrypt_pdf(make_pdf(tmp_path / "plain.pdf", REPORT[:1]), tmp_path / "locked.pdf")
    whole = (tmp_path / "plain.pdf").read_bytes()
    (tmp_path / "plain.pdf").unlink()
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nendobj\n%%EOF")
    (tmp_path / "truncated.pdf").write_bytes(whole[: len(whole) // 2])
    make_pdf(tmp_path / "fine.pdf", [["The FTC fined TikTok."]])
    docs, skipped = docs_and_skips(tmp_path)
    assert [d.id for d in docs] == ["fine.pdf"]  # the rest of the build goes on
    assert skipped["scan.pdf"] == "no text layer (scanned?)"
    assert skipped["locked.pdf"] == "encrypted PDF: it needs a password (save an unlocked copy)"
    assert skipped["broken.pdf"].startswith("corrupt PDF (")
    assert skipped["truncated.pdf"].startswith("corrupt PDF (")


def test_docx_paragraphs_headings_and_tables_in_reading_order(tmp_path):
    [doc], skipped = docs_and_skips(make_docx(tmp_path / "memo.docx"))
    assert skipped == {}
    assert doc.title == "Regulators and TikTok"
    assert doc.text.split("\n\n") == [
        "Regulators and TikTok",
        "The Federal Trade Commission fined TikTok in February.",
        "Who owns what",
        "Company | Parent",
        "TikTok | ByteDance",
        "Musical.ly was bought by ByteDance in 2017.",  # a merged cell once, not twice
        "Microsoft said it would continue talks with ByteDance.",
    ]
    assert "RUNNING HEADER" not in doc.text


def test_corrupt_and_locked_docx_are_skipped_with_the_reason(tmp_path):
    with zipfile.ZipFile(tmp_path / "broken.docx", "w") as z:
        z.writestr("hello.txt", "not a Word document")
    (tmp_path / "locked.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    (tmp_path / "junk.docx").write_bytes(b"PK\x03\x04 truncated")
    docs, skipped = docs_and_skips(tmp_path)
    assert docs == []
    assert skipped["broken.docx"].startswith("corrupt DOCX")
    assert skipped["junk.docx"].startswith("corrupt DOCX")
    assert skipped["locked.docx"].startswith("encrypted or old-format Word file")


def test_web_page_main_text_title_and_date():
    [doc], skipped = docs_and_skips(PAGES / "news_article.html")
    assert skipped == {}
    assert doc.title == "Microsoft confirms talks to buy TikTok"
    assert doc.date == "2020-08-03"
    assert doc.text.startswith("Microsoft confirms talks to buy TikTok\n\nMicrosoft said on Sunday")
    assert doc.text.endswith("valued at between 20 and 30 billion dollars.")
    for furniture in ("cookies", "Home", "Business", "Search the Ledger", "Related stories", "Instagram",
                      "Share on", "newsletter", "Privacy Policy", "All rights reserved", "Jane Reporter"):
        assert furniture not in doc.text, furniture


def test_build_reports_unsupported_files_and_pages_in_evidence(tmp_path):
    import kg
    from kg.cli import app

    src = tmp_path / "in"
    src.mkdir()
    make_pdf(src / "report.pdf", REPORT)
    make_docx(src / "memo.docx")
    for name in ("a.xlsx", "b.XLSX", "c.bin"):
        (src / name).write_bytes(b"\x00\x01")
    (src / ".hidden.bin").write_bytes(b"\x00")
    assert describe_unsupported(unsupported_files([src])) == "ignored 3 files of unsupported types (.xlsx 2, .bin 1)"
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(src), "-o", str(out), "--verbose"])
    assert result.exit_code == 0, result.output
    assert "Ignored 3 files of unsupported types (.xlsx 2, .bin 1)." in result.stdout
    assert f"ignored {src / 'c.bin'}" in result.stdout
    quiet = CliRunner().invoke(app, ["build", str(src), "-o", str(out)])
    assert "(--verbose names them)" in quiet.stdout and "ignored " + str(src / "c.bin") not in quiet.stdout
    G = kg.load(out)
    docs = {d.id: d for d in iter_documents([src])}
    pdf_evidence = [ev for *_, d in G.edges(data=True) for ev in d["evidence"] if ev["doc"] == "report.pdf"]
    assert pdf_evidence, "relations found in the PDF"
    for ev in pdf_evidence:
        assert docs["report.pdf"].text[ev["start"]:ev["end"]] == ev["sentence"]
        assert ev["page"] == docs["report.pdf"].page_at(ev["start"])
    assert max(ev["page"] for ev in pdf_evidence) > 1  # evidence past the first page knows its page
    rows = kg.cypher(out, "MATCH (e:Evidence) WHERE e.doc = 'report.pdf' RETURN DISTINCT e.page AS page")
    assert {r["page"] for r in rows} == {ev["page"] for ev in pdf_evidence}


def test_unreadable_file_reason_is_short():
    assert UnreadableFile("no text layer (scanned?)").reason == "no text layer (scanned?)"


def test_a_missing_library_names_the_extra_to_install():
    from kg.readers import INSTALL_DOCS, need

    with pytest.raises(UnreadableFile, match="needs some-lib") as caught:
        need("kg_no_such_module_here", "some-lib")
    assert caught.value.reason.endswith('pip install "kg-builder[docs]"') and INSTALL_DOCS in caught.value.reason
