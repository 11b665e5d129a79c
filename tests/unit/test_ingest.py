"""Document loading and cleaning, on real files written as bytes."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from kg.ingest import (
    SourceNotFound, UnreadableFile, clean_text, iter_documents, read_text_file, source_roots,
    strip_markdown,
)
from kg.model import Document, SkippedSource

SEED = Path(__file__).resolve().parents[2] / "seeds" / "tiktok_regulators.txt"


def load(*paths: Path) -> tuple[list[Document], list[SkippedSource]]:
    skipped: list[SkippedSource] = []
    docs = list(iter_documents(list(paths), on_skip=skipped.append))
    return docs, skipped


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------- clean_text


def test_paragraph_debris_becomes_paragraph_break() -> None:
    raw = "China firmly opposes it. < / P > < p > behind the trump administration"
    assert clean_text(raw) == "China firmly opposes it.\n\nbehind the trump administration"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("one<p>two</p>three", "one\n\ntwo\n\nthree"),
        ("one<P CLASS=\"x\">two", "one\n\ntwo"),
        ("one< /DIV >two", "one\n\ntwo"),
        ("line<br/>next<BR>last< br / >end", "line\nnext\nlast\nend"),
        ("Tik<b>Tok</b> and <span style='c'>Byte</span>Dance", "TikTok and ByteDance"),
        ("a<!-- comment -->b", "a b"),
        ("fish&nbsp;&amp;&nbsp;chips &#8212; &eacute;", "fish & chips \u2014 \u00e9"),
        ("double &amp;nbsp;escaped", "double escaped"),
    ],
)
def test_html_debris_and_entities(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "if a < b and c > d then stop",
        "x<y and y>z",
        "a <b and c> d",
        "AT&T and R&D &co stay",
        "use <tiktok> placeholders",
        "price < 5 > 3",
    ],
)
def test_legitimate_angle_brackets_and_ampersands_survive(text: str) -> None:
    assert clean_text(text) == text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Urgut (;) is a town.", "Urgut is a town."),
        ("Bohum\u00edn (;;,) is a town.", "Bohum\u00edn is a town."),
        ("Han Lei (; born February 23, 1968) is a singer.", "Han Lei (born February 23, 1968) is a singer."),
        ("Pishamen (; Sanskrit: Vai\u015brava\u1e47a), was", "Pishamen (Sanskrit: Vai\u015brava\u1e47a), was"),
        # kept: a comma opens a translation; a bracket that never closes; a list inside a bracket
        ("a Nabi (, Prophet) mentioned", "a Nabi (, Prophet) mentioned"),
        ("Miguel Hidalgo (; was a priest.", "Miguel Hidalgo (; was a priest."),
        ("the sides (a, b; c) meet", "the sides (a, b; c) meet"),
    ],
)
def test_scraped_bracket_debris_dropped(raw: str, expected: str) -> None:
    """A scraped page's bracket that lost its pronunciation: the parser read "(;" as a subject."""
    assert clean_text(raw) == expected


def test_mojibake_and_curly_quotes_fixed() -> None:
    assert clean_text("donâ€™t") == "don't"
    assert clean_text("\u201cquoted\u201d and \u2018single\u2019") == "\"quoted\" and 'single'"


def test_whitespace_normalized_paragraphs_kept() -> None:
    raw = "  first\t\tline   \r\nsecond\u00a0\u00a0line \n\n\n\n  para two  \u200b\n"
    assert clean_text(raw) == "first line\nsecond line\n\npara two"


def test_nfc_and_idempotent() -> None:
    decomposed = "Cafe\u0301 < / P > < p > donâ€™t"
    once = clean_text(decomposed)
    assert once == "Caf\u00e9\n\ndon't"
    assert clean_text(once) == once


def test_seed_cleans_without_debris() -> None:
    raw = SEED.read_text(encoding="utf-8")
    assert "< / P >" in raw and "\u2019" in raw  # the seed is as noisy as we think
    text = clean_text(raw)
    assert "<" not in text and ">" not in text
    assert not any(ch in text for ch in "\u2018\u2019\u201c\u201d")
    assert "  " not in text and "\n\n\n" not in text
    assert text.count("\n\n") >= raw.count("< / P >")
    assert "opposes it.\n\nbehind the trump administration's" in text
    assert all(line == line.strip() for line in text.split("\n"))
    assert clean_text(text) == text


# ---------------------------------------------------------------- formats


def test_txt_file_given_directly(tmp_path: Path) -> None:
    path = write(tmp_path / "note.txt", "TikTok was fined.\n")
    docs, skipped = load(path)
    assert skipped == []
    assert docs == [Document(id="note.txt", text="TikTok was fined.", source=str(path))]


def test_html_visible_text_title_and_blocks(tmp_path: Path) -> None:
    page = """<!DOCTYPE html><html><head><title> TikTok &amp; the FTC </title>
    <style>body { color: red }</style><script>var secret = "HEADSCRIPT";</script>
    <meta name="description" content="META"></head>
    <body><h1>Heading</h1><p>The FTC fined TikTok.</p><p>ByteDance   appealed<br>on Monday.</p>
    <script>alert("BODYSCRIPT")</script><noscript>NOSCRIPT</noscript>
    <template><p>TEMPLATE</p></template><style>.x{}</style>
    <ul><li>first item</li><li>second item</li></ul><div>Tik<b>Tok</b> end</div></body></html>"""
    docs, _ = load(write(tmp_path / "page.html", page))
    [doc] = docs
    assert doc.title == "TikTok & the FTC"
    for hidden in ("HEADSCRIPT", "BODYSCRIPT", "NOSCRIPT", "TEMPLATE", "color", "META", ".x{}"):
        assert hidden not in doc.text
    assert doc.text == (
        "Heading\n\nThe FTC fined TikTok.\n\nByteDance appealed\non Monday.\n\n"
        "first item\nsecond item\n\nTikTok end"
    )


def test_html_without_title_uses_h1_and_htm_suffix(tmp_path: Path) -> None:
    docs, _ = load(write(tmp_path / "a.HTM", "<h1>Main  title</h1><p>Body text.</p>"))
    assert docs[0].title == "Main title"
    assert docs[0].text == "Main title\n\nBody text."


def test_markdown_markup_stripped(tmp_path: Path) -> None:
    md = (
        "---\ntitle: Front Title\ndate: 2020-08-07\n---\n"
        "# The *Big* Story\n"
        "TikTok was **fined** by the [FTC](https://ftc.gov/a_(b)) and _ByteDance_ paid.\n"
        "See ![a chart](img.png) and [the report][1] or <https://example.com>.\n\n"
        "```python\nprint('code is not prose')\n```\n\n"
        "## Details ##\n"
        "> Quoted `inline` words, snake_case_name and 2 * 3 * 4 stay.\n"
        "- first bullet\n* second bullet\n1. numbered\n\n"
        "Escaped \\*stars\\* stay.\n\n---\n\n[1]: https://example.com/report\n"
    )
    docs, _ = load(write(tmp_path / "story.md", md))
    [doc] = docs
    assert doc.title == "Front Title"
    assert doc.date == "2020-08-07"
    assert doc.text == (
        "The Big Story\n\n"
        "TikTok was fined by the FTC and ByteDance paid.\n"
        "See a chart and the report or https://example.com.\n\n"
        "Details\n\n"
        "Quoted inline words, snake_case_name and 2 * 3 * 4 stay.\n"
        "first bullet\nsecond bullet\nnumbered\n\n"
        "Escaped *stars* stay."
    )


def test_markdown_title_from_first_heading() -> None:
    md = strip_markdown("Intro line\n## Not the title\n# Real **Title** #\ntext")
    assert md.title == "Real Title"
    assert md.date is None


def test_jsonl_records_ids_and_bad_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "r1", "text": "TikTok was fined.", "title": "T1", "date": "2020-08-07"}),
        "{not json",
        json.dumps({"text": "ByteDance \u2019s record"}),
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "no text"}),
        json.dumps({"id": 7, "text": "numeric id"}),
        json.dumps({"id": "r1", "text": "duplicate id"}),
        json.dumps({"id": "r9", "text": "   "}),
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    docs, skipped = load(path)
    assert [(d.id, d.text, d.title, d.date) for d in docs] == [
        ("r1", "TikTok was fined.", "T1", "2020-08-07"),
        ("batch.jsonl#3", "ByteDance 's record", None, None),
        ("7", "numeric id", None, None),
        ("r1~2", "duplicate id", None, None),
    ]
    assert all(d.source == str(path) for d in docs)
    reasons = [s.reason for s in skipped]
    assert [r.split(":")[0] for r in reasons] == ["line 2", "line 5", "line 6", "line 9"]
    assert "invalid JSON" in reasons[0]
    assert {s.path for s in skipped} == {str(path)}


def test_jsonl_with_bom_and_crlf(tmp_path: Path) -> None:
    data = codecs.BOM_UTF8 + b'{"text": "caf\xc3\xa9 one"}\r\n{"text": "two"}\r\n'
    docs, skipped = load(write(tmp_path / "b.jsonl", data))
    assert [d.text for d in docs] == ["caf\u00e9 one", "two"]
    assert [d.id for d in docs] == ["b.jsonl#1", "b.jsonl#2"]
    assert skipped == []


def test_empty_jsonl_is_skipped(tmp_path: Path) -> None:
    path = write(tmp_path / "none.jsonl", "\n\n")
    assert load(path) == ([], [SkippedSource(str(path), "empty")])


# ---------------------------------------------------------------- directories and ids


def test_directory_recursion_order_and_ids(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root / "b.txt", "B text.")
    write(root / "a.md", "A text.")
    write(root / "sub" / "z.html", "<p>Z text.</p>")
    write(root / "sub" / "deeper" / "c.txt", "C text.")
    write(root / "aliases.yaml", "TikTok: [tiktok]")
    write(root / "logo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(root / ".hidden" / "h.txt", "hidden")
    docs, skipped = load(root)
    assert [d.id for d in docs] == ["a.md", "b.txt", "sub/deeper/c.txt", "sub/z.html"]
    assert [d.text for d in docs] == ["A text.", "B text.", "C text.", "Z text."]
    assert skipped == []  # unknown suffixes inside a folder are ignored silently
    assert [d.id for d in load(root)[0]] == [d.id for d in docs]  # deterministic


def test_several_paths_duplicate_ids_and_unknown_suffix(tmp_path: Path) -> None:
    one = write(tmp_path / "one" / "doc.txt", "first")
    write(tmp_path / "two" / "doc.txt", "second")
    log = write(tmp_path / "notes.log", "a log read as text")
    docs, _ = load(tmp_path / "one", tmp_path / "two", log, one)
    assert [(d.id, d.text) for d in docs] == [
        ("doc.txt", "first"), ("doc.txt~2", "second"), ("notes.log", "a log read as text"),
    ]  # the same file reached twice is read once


def test_source_roots(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    file = write(tmp_path / "x.txt", "x")
    assert source_roots([folder, file, str(folder)]) == [folder]


def test_missing_path_raises_before_reading(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", "text")
    missing = tmp_path / "nope" / "missing.txt"
    seen: list[SkippedSource] = []
    with pytest.raises(SourceNotFound) as info:
        iter_documents([good, missing], on_skip=seen.append)  # raises on call, not on iteration
    message = str(info.value)
    assert str(missing) in message and "\n" not in message
    assert isinstance(info.value, FileNotFoundError)
    assert seen == []


# ---------------------------------------------------------------- encodings and bad files


def test_utf8_bom_stripped(tmp_path: Path) -> None:
    path = write(tmp_path / "bom.txt", codecs.BOM_UTF8 + "Zürich".encode())
    assert read_text_file(path) == "Zürich"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(tmp_path: Path, encoding: str) -> None:
    text = "ByteDance \u2014 字节跳动\nline two"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    path = write(tmp_path / "wide.txt", data)
    assert read_text_file(path) == text
    docs, _ = load(path)
    assert docs[0].text == text


@pytest.mark.parametrize(
    "text, encoding",
    [
        ("café – naïve", "cp1252"),
        ("He said \u201cdon\u2019t\u201d \u2013 okay, the résumé costs 5 €", "cp1252"),
        ("Zürich ist schön. Straße.", "latin-1"),
    ],
)
def test_legacy_western_encodings(tmp_path: Path, text: str, encoding: str) -> None:
    path = write(tmp_path / "legacy.txt", text.encode(encoding))
    assert read_text_file(path) == text


def test_cyrillic_cp1251_not_forced_to_cp1252(tmp_path: Path) -> None:
    text = "Привет, мир! Это тест кодировки."
    path = write(tmp_path / "ru.txt", text.encode("cp1251"))
    assert read_text_file(path) == text


def test_binary_file_skipped(tmp_path: Path) -> None:
    png = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    controls = write(tmp_path / "controls.bin", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 65]) * 50)
    docs, skipped = load(png, controls)
    assert docs == []
    assert skipped == [
        SkippedSource(str(png), "binary file"), SkippedSource(str(controls), "binary file"),
    ]
    with pytest.raises(UnreadableFile, match="binary file"):
        read_text_file(png)


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n  ", b"<p> </p>&nbsp;"])
def test_empty_files_skipped(tmp_path: Path, content: bytes) -> None:
    path = write(tmp_path / "empty.txt", content)
    assert load(path) == ([], [SkippedSource(str(path), "empty")])


def test_bad_file_does_not_lose_the_rest(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", b"\x00\x01binary")
    write(tmp_path / "b.txt", "good text")
    write(tmp_path / "c.html", "<html><head><title>t</title></head><body></body></html>")
    docs, skipped = load(tmp_path)
    assert [d.id for d in docs] == ["b.txt"]
    assert [(Path(s.path).name, s.reason) for s in skipped] == [
        ("a.txt", "binary file"), ("c.html", "empty"),
    ]


def test_skips_are_logged_without_callback(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = write(tmp_path / "e.txt", "")
    assert list(iter_documents([path])) == []
    assert "empty" in caplog.text and "e.txt" in caplog.text


def test_html_page_furniture_is_dropped():
    from kg.ingest import html_to_text

    page = (
        "<html><head><title>T</title></head><body><nav><a>Home</a> <a>Sports</a></nav>"
        "<article><h1>Tesla opens factory</h1><p>Tesla opened a factory near Berlin.</p>"
        "<aside>Related: Ford recalls cars</aside></article>"
        "<footer>Privacy Policy | Contact</footer><div role='navigation'>Menu</div>"
        "<form><button>Subscribe</button></form></body></html>"
    )
    text, title = html_to_text(page)
    assert "Tesla opened a factory near Berlin." in text and "Tesla opens factory" in text
    for junk in ("Home", "Sports", "Ford", "Privacy", "Menu", "Subscribe"):
        assert junk not in text
    assert title == "T"


def test_control_bytes_counted_as_a_loop_over_each_byte_counts_them() -> None:
    """``_looks_binary`` counts control bytes with ``bytes.translate``: the same verdict as the
    count byte by byte, on random bytes of every mix, at the threshold and past the sample."""
    import random

    from kg import decode

    def by_loop(raw: bytes) -> bool:
        sample = raw[:decode._SAMPLE]
        if b"\x00" in sample:
            return True
        return sum(1 for b in sample if b in decode._CONTROL_BYTES) > decode._BINARY_RATIO * len(sample)

    rng = random.Random(19)
    controls = sorted(decode._CONTROL_BYTES - {0})
    printable = [b for b in range(1, 256) if b not in decode._CONTROL_BYTES]
    cases = [b"", b"plain text\n", bytes([1]) * 10 + b"x" * 90, bytes([1]) * 11 + b"x" * 89,
             b"x" * decode._SAMPLE + bytes([2]) * 5000]
    for share in (0.0, 0.05, 0.1, 0.11, 0.5, 1.0):
        for size in (1, 37, 1000, decode._SAMPLE + 500):
            cases.append(bytes(rng.choice(controls) if rng.random() < share else rng.choice(printable)
                               for _ in range(size)))
    verdicts = [decode._looks_binary(raw) for raw in cases]
    assert verdicts == [by_loop(raw) for raw in cases]
    assert True in verdicts and False in verdicts
