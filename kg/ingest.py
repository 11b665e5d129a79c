"""Document loading and cleaning: files, directories and JSON Lines in, clean ``Document``s out.

Cleaning happens once, here: every character offset downstream (mentions, evidence) refers to
``Document.text`` as returned by this module. Bad input never stops the build: an unreadable
file or a bad JSON line is reported through ``on_skip`` and the rest is kept. Only a path that
does not exist is fatal, and it is detected before anything is read.
"""

from __future__ import annotations

import codecs
import html
import json
import logging
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import ftfy
import yaml
from charset_normalizer import from_bytes
from selectolax.lexbor import LexborHTMLParser, LexborNode

from kg.errors import SourceNotFound, UnreadableFile  # noqa: F401  (defined in kg.errors)
from kg.model import Document, SkippedSource
from kg.readers import READERS
from kg.readers import read as read_with_library

__all__ = [
    "SourceNotFound", "UnreadableFile", "iter_documents", "clean_text", "read_text_file",
    "source_roots", "strip_markdown", "html_to_text", "SUFFIXES",
]

log = logging.getLogger(__name__)

#: File suffixes read when walking a directory (the build counts anything else there as ignored,
#: see ``kg.readers.unsupported_files``).
SUFFIXES: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".jsonl": "jsonl",
    ".pdf": "pdf", ".docx": "docx",  # read by kg/readers (the "docs" extra)
}

OnSkip = Callable[[SkippedSource], None]


# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (  # UTF-32 first: its LE BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B} | {0x7F}
_BINARY_RATIO = 0.10
_SAMPLE = 1 << 16


def _looks_binary(raw: bytes) -> bool:
    """NUL bytes or many control bytes: an image, archive, PDF stream… not text."""
    sample = raw[:_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL_BYTES)
    return controls > _BINARY_RATIO * len(sample)


def _mostly_unprintable(text: str) -> bool:
    """After a fallback decode: replacement, control and unassigned characters dominate."""
    sample = text[:_SAMPLE]
    if not sample:
        return False
    bad = sum(
        1 for ch in sample
        if ch == "\ufffd" or (unicodedata.category(ch) in {"Cc", "Cn", "Co", "Cs"} and ch not in "\t\n\r\f")
    )
    return bad > _BINARY_RATIO * len(sample)


def _decode_legacy(raw: bytes) -> str:
    """Decode bytes that are not UTF-8.

    charset-normalizer ranks candidates, but on short Western text it cannot tell cp1252 from
    its siblings (it reads ``café – naïve`` as cp1125). English corpora are far more often
    cp1252 than anything else, so cp1252 wins whenever it is among the least chaotic candidates.
    """
    matches = list(from_bytes(raw))
    if matches:
        least = min(m.chaos for m in matches)
        best = [m for m in matches if m.chaos <= least + 1e-9]
        if any("cp1252" in m.could_be_from_charset for m in best):
            try:
                return raw.decode("cp1252")
            except UnicodeDecodeError:
                pass
        return str(best[0])
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def decode_bytes(raw: bytes) -> str:
    """Bytes -> str: BOM (UTF-8/16/32), then strict UTF-8, then a legacy-encoding guess.

    Raises ``UnreadableFile("binary file")`` for data that is not text.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise UnreadableFile(f"invalid {encoding} after byte-order mark: {exc.reason}") from None
    if _looks_binary(raw):
        raise UnreadableFile("binary file")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _decode_legacy(raw)
    if _mostly_unprintable(text):
        raise UnreadableFile("binary file")
    return text


def read_text_file(path: Path) -> str:
    """Read a file as text, whatever its encoding; the BOM is removed, nothing else is changed.

    Raises ``UnreadableFile`` for binary or unreadable files (the reason says which).
    """
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"cannot read: {exc.strerror or exc}") from None
    return decode_bytes(raw)


# --------------------------------------------------------------------------------------------
# Cleaning
# --------------------------------------------------------------------------------------------

_FTFY = ftfy.TextFixerConfig(unescape_html=False, uncurl_quotes=True, explain=False)

# Tags that survive as debris in scraped / machine-translated corpora ("< / P > < p >", "<br/>").
_BLOCK_TAGS = (
    "p|div|h[1-6]|blockquote|section|article|header|footer|aside|nav|main|table|thead|tbody|tfoot"
    "|ul|ol|dl|pre|figure|figcaption|hr|address|center|form|fieldset"
)
_LINE_TAGS = "br|li|tr|dt|dd|caption"
_INLINE_TAGS = (
    "span|font|strong|em|small|big|sub|sup|img|abbr|cite|code|mark|del|ins|td|th|label|wbr|tt|nobr"
)
_INLINE_SHORT = "a|b|i|u|s|q"  # one letter: only glued forms count ("<b>", not "a < b > c")
_ATTRS = r"""(?:\s+[A-Za-z_:][-\w:.]*\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+))*"""
_TAG_RE = re.compile(
    rf"<\s*/?\s*(?P<name>{_BLOCK_TAGS}|{_LINE_TAGS}|{_INLINE_TAGS})\b{_ATTRS}\s*/?\s*>"
    rf"|</?(?P<short>{_INLINE_SHORT})\b{_ATTRS}\s*/?>",
    re.IGNORECASE,
)
_BLOCK_RE = re.compile(rf"(?:{_BLOCK_TAGS})\Z", re.IGNORECASE)
_LINE_RE = re.compile(rf"(?:{_LINE_TAGS})\Z", re.IGNORECASE)
_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_INVISIBLE_RE = re.compile("[\u00ad\u200b\u2060\ufeff]")
_HSPACE_RE = re.compile(r"[^\S\n]+")
_BLANKS_RE = re.compile(r"\n{3,}")


def _tag_replacement(match: re.Match[str]) -> str:
    name = match.group("name")
    if name is None:
        return ""
    if _BLOCK_RE.match(name):
        return "\n\n"
    if _LINE_RE.match(name):
        return "\n"
    return " " if name.lower() in {"td", "th"} else ""


def _unescape_entities(text: str) -> str:
    """Decode ``&nbsp;``-style entities (with their ``;`` only, so ``AT&T`` stays intact)."""
    for _ in range(3):  # scraped text is often escaped twice: "&amp;nbsp;"
        decoded = _ENTITY_RE.sub(lambda m: html.unescape(m.group(0)), text)
        if decoded == text:
            break
        text = decoded
    return text


def clean_text(raw: str) -> str:
    """Return the one cleaned form of a text that every downstream offset refers to.

    Fixes mojibake and straightens curly quotes (ftfy), decodes HTML entities, turns HTML tag
    debris into paragraph or line breaks, collapses runs of spaces, keeps paragraph breaks as
    ``"\\n\\n"`` and returns NFC.

    >>> clean_text("opposes it. < / P > < p > behind the  trump administration’s move")
    "opposes it.\\n\\nbehind the trump administration's move"
    >>> clean_text("He donâ€™t care&nbsp;&amp; said “no”.<br/>Next line")
    'He don\\'t care & said "no".\\nNext line'
    >>> clean_text("if a < b and c > d, then a<b")
    'if a < b and c > d, then a<b'
    """
    text = _unescape_entities(raw)
    text = ftfy.fix_text(text, _FTFY)
    text = _COMMENT_RE.sub(" ", text)
    text = _TAG_RE.sub(_tag_replacement, text)
    text = _INVISIBLE_RE.sub("", text)
    text = _HSPACE_RE.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BLANKS_RE.sub("\n\n", text).strip()
    return unicodedata.normalize("NFC", text)


def _one_line(text: str | None) -> str | None:
    """Titles are single lines; an empty one is no title."""
    if text is None:
        return None
    line = " ".join(clean_text(text).split())
    return line or None


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------

_INVISIBLE_HTML = "script, style, head, noscript, template, svg, iframe, object, embed, canvas"
#: Page furniture, not article text: menus, footers, forms, cookie banners. Their names would
#: become spurious entities ("Home", "Sports", "Privacy Policy").
_BOILERPLATE_HTML = (
    "nav, footer, aside, form, button, select, dialog, menu, "
    "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], "
    "[aria-hidden=true], [hidden]"
)
_HTML_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 blockquote section article header footer aside nav main table ul ol dl "
    "pre figure figcaption hr address center form fieldset details summary body html".split()
)
_HTML_LINES = frozenset("br li tr dt dd caption option".split())
_HTML_CELLS = frozenset("td th".split())


def html_to_text(markup: str) -> tuple[str, str | None]:
    """Visible text of an HTML page, with block elements as paragraph breaks, and its title.

    selectolax's ``.text()`` includes ``<script>`` content, so invisible elements are removed
    first; the tree is then walked by hand so that ``<p>a</p><p>b</p>`` does not become "ab".
    """
    tree = LexborHTMLParser(markup)
    title_node = tree.css_first("title")
    title = title_node.text() if title_node is not None else None
    if not (title and title.strip()):
        h1 = tree.css_first("h1")
        title = h1.text() if h1 is not None else None
    for node in tree.css(_INVISIBLE_HTML):
        node.decompose()
    for node in tree.css(_BOILERPLATE_HTML):
        node.decompose()
    articles = tree.css("article, main, [role=main]")
    root = articles[0] if len(articles) == 1 else (tree.body or tree.root)
    parts: list[str] = []
    if root is not None:
        _walk(root, parts)
    return "".join(parts), _one_line(title)


def _walk(root: LexborNode, parts: list[str]) -> None:
    """Depth-first text collection with an explicit stack (deep pages must not hit recursion)."""
    # Stack items: a node to visit, or (closing text, is_pre) to emit when an element ends.
    stack: list[LexborNode | tuple[str, bool]] = [root]
    pre_depth = 0
    while stack:
        item = stack.pop()
        if isinstance(item, tuple):
            closing, is_pre = item
            parts.append(closing)
            pre_depth -= is_pre
            continue
        tag = (item.tag or "").lower()
        if tag == "-text":
            content = item.text_content or ""
            parts.append(content if pre_depth else re.sub(r"\s+", " ", content))
            continue
        if tag.startswith(("-", "!")):  # comments, doctype
            continue
        if tag in _HTML_BLOCKS:
            parts.append("\n\n")
            end = "\n\n"
        elif tag in _HTML_LINES:  # a line break before each item; the list's block ends it
            parts.append("\n")
            end = ""
        else:
            end = " " if tag in _HTML_CELLS else ""
        is_pre = tag == "pre"
        pre_depth += is_pre
        stack.append((end, is_pre))
        stack.extend(reversed(list(item.iter(include_text=True))))


# --------------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------------

_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX_RE = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_RULE_RE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|={3,}[ \t]*)$")
_QUOTE_RE = re.compile(r"^ {0,3}(?:>[ \t]?)+")
_BULLET_RE = re.compile(r"^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+")
_REFDEF_RE = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$")
_TABLE_RULE_RE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")
_URL = r"(?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:[ \t]+\"[^\"\n]*\")?"
_INLINE_MD: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"!\[([^\]\n]*)\]\({_URL}\)"), r"\1"),                       # images -> alt
    (re.compile(rf"\[([^\]\n]+)\]\({_URL}\)"), r"\1"),                        # [text](url)
    (re.compile(r"!?\[([^\]\n]+)\]\[[^\]\n]*\]"), r"\1"),                     # [text][ref]
    (re.compile(r"<((?:https?|ftp)://[^<>\s]+|mailto:[^<>\s]+)>"), r"\1"),    # <autolink>
    (re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)"), r"\2"),                      # `code`
    (re.compile(r"(?<![\w*])(\*\*|__)(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"\2"),  # **bold**
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])"), r"\1"),  # *em*
    (re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])"), r"\1"),    # _em_
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),                           # ~~strike~~
)


@dataclass
class _Markdown:
    text: str
    title: str | None = None
    date: str | None = None


def _front_matter(text: str) -> tuple[str, dict[str, object]]:
    """Split off a leading YAML front-matter block (``---`` … ``---``)."""
    match = re.match(r"---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", text, re.DOTALL)
    if not match:
        return text, {}
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        meta = None
    return text[match.end():], meta if isinstance(meta, dict) else {}


def _protect_escapes(text: str) -> str:
    """``\\*`` is a literal star: park escaped characters in the private-use area meanwhile."""
    return _ESCAPE_RE.sub(lambda m: chr(0xE000 + ord(m.group(1))), text)


def _restore_escapes(text: str) -> str:
    return re.sub("[\ue000-\ue07f]", lambda m: chr(ord(m.group(0)) - 0xE000), text)


def strip_markdown(text: str) -> _Markdown:
    """Plain text from Markdown: markup that would end up inside sentences is removed.

    Headings become their own paragraphs (the first ``#`` heading is the title unless front
    matter names one); fenced code blocks are dropped (code is not prose); links keep their text.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, meta = _front_matter(text)
    title = meta.get("title")
    date = meta.get("date")
    out: list[str] = []
    fence: str | None = None
    for line in text.split("\n"):
        opening = _FENCE_RE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence) \
                    and not line.strip().lstrip(fence[0]):
                fence = None
            continue
        if opening:
            fence = opening.group(1)
            out.append("")
            continue
        if _RULE_RE.match(line) or _REFDEF_RE.match(line) or _TABLE_RULE_RE.match(line):
            out.append("")
            continue
        heading = _ATX_RE.match(line)
        if heading:
            content = heading.group(2) or ""
            if title is None and len(heading.group(1)) == 1 and content.strip():
                title = content
            out.extend(["", content, ""])
            continue
        line = _QUOTE_RE.sub("", line)
        line = _BULLET_RE.sub("", line)
        out.append(line)
    body = _protect_escapes("\n".join(out))
    for pattern, repl in _INLINE_MD:
        body = pattern.sub(repl, body)
    body = _restore_escapes(body)
    if isinstance(title, str):
        title = _restore_escapes(_protect_escapes(title))
        for pattern, repl in _INLINE_MD:
            title = pattern.sub(repl, title)
    return _Markdown(
        text=body,
        title=_one_line(str(title)) if title is not None else None,
        date=str(date) if date is not None else None,
    )


# --------------------------------------------------------------------------------------------
# Sources -> documents
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Source:
    path: Path
    doc_id: str  # id of a file-level document; jsonl records derive theirs from it
    kind: str


def source_roots(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The directories among the given sources (where a folder-level ``aliases.yaml`` lives)."""
    roots: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir() and path not in roots:
            roots.append(path)
    return roots


def _kind(path: Path) -> str | None:
    return SUFFIXES.get(path.suffix.lower())


def _walk_directory(root: Path, exclude: frozenset[Path] = frozenset()) -> Iterator[_Source]:
    """Known-suffix files under ``root``, sorted by relative path; hidden entries and the folders
    in ``exclude`` (resolved paths) skipped."""
    found: list[tuple[str, Path, str]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                             and not (exclude and Path(dirpath, d).resolve() in exclude))
        for name in filenames:
            kind = SUFFIXES.get(os.path.splitext(name)[1].lower())
            if kind is None or name.startswith("."):
                continue
            full = Path(dirpath, name)
            found.append((full.relative_to(root).as_posix(), full, kind))
    for rel, full, kind in sorted(found):
        yield _Source(full, rel, kind)


def _sources(paths: Sequence[Path], exclude: Iterable[str | os.PathLike[str]] = ()) -> Iterator[_Source]:
    skip = frozenset(Path(p).resolve() for p in exclude)
    for path in paths:
        if path.is_dir():
            yield from _walk_directory(path, skip)
        else:
            yield _Source(path, path.name, _kind(path) or "text")


def _jsonl_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, text) of a JSON Lines file, streamed: a big file is never held whole.

    JSON Lines is UTF-8; a UTF-16/32 file (BOM) is decoded whole, a stray non-UTF-8 line is
    decoded like any legacy text file rather than lost.
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(_SAMPLE)
            if any(head.startswith(bom) for bom, enc in _BOMS if enc != "utf-8"):
                text = decode_bytes(head + handle.read())
                yield from enumerate(text.split("\n"), start=1)
                return
            if _looks_binary(head):
                raise UnreadableFile("binary file")
            handle.seek(len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0)
            for number, line in enumerate(handle, start=1):
                try:
                    yield number, line.decode("utf-8")
                except UnicodeDecodeError:
                    yield number, _decode_legacy(line)
    except OSError as exc:
        raise UnreadableFile(f"cannot read: {exc.strerror or exc}") from None


def _read_jsonl(
    source: _Source, skip: Callable[[str], None]
) -> Iterator[tuple[int, str, str, str | None, str | None]]:
    """(line number, id, text, title, date) per good line; a bad line is reported by number and skipped."""
    for number, line in _jsonl_lines(source.path):
        line = line.strip()
        if not line:
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            skip(f"line {number}: invalid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            skip(f"line {number}: not a JSON object")
            continue
        body = record.get("text")
        if not isinstance(body, str):
            skip(f"line {number}: no 'text' string")
            continue
        rid = record.get("id")
        valid_id = isinstance(rid, (str, int)) and not isinstance(rid, bool) and str(rid).strip()
        doc_id = str(rid).strip() if valid_id else f"{source.doc_id}#{number}"
        title, date = record.get("title"), record.get("date")
        yield (
            number, doc_id, body,
            str(title) if title is not None else None,
            str(date) if date is not None else None,
        )


def _read_file(source: _Source) -> tuple[str, str | None, str | None]:
    """(raw text, title, date) of a non-jsonl file, markup removed but not yet cleaned."""
    raw = read_text_file(source.path)
    if source.kind == "html":
        text, title = html_to_text(raw)
        return text, title, None
    if source.kind == "markdown":
        md = strip_markdown(raw)
        return md.text, md.title, md.date
    return raw, None, None


def iter_documents(
    paths: Sequence[str | os.PathLike[str]], on_skip: OnSkip | None = None,
    exclude: Iterable[str | os.PathLike[str]] = (),
) -> Iterator[Document]:
    """Yield one cleaned ``Document`` per file (per line for ``.jsonl``), in a stable order.

    Every path is checked first: a missing one raises ``SourceNotFound`` before any file is
    read. Unreadable files, empty files and bad JSON lines go to ``on_skip`` (logged when no
    callback is given). Ids are readable and stable: the path relative to the given directory,
    the file name for a file given directly, a record's ``id`` (or ``file#line``) for JSON Lines;
    a repeated id gets ``~2``, ``~3``…. Folders in ``exclude`` are not entered (the build's output
    folder, when it lies inside a source folder: kg must not read its own ``graph.html``).
    """
    given = [Path(p) for p in paths]
    for path in given:
        if not path.exists():
            raise SourceNotFound(path)
    return _documents(given, on_skip, exclude)


def _documents(paths: Sequence[Path], on_skip: OnSkip | None,
               exclude: Iterable[str | os.PathLike[str]] = ()) -> Iterator[Document]:
    def report(path: Path, reason: str) -> None:
        skipped = SkippedSource(str(path), reason)
        if on_skip is None:
            log.warning("skipped %s: %s", skipped.path, skipped.reason)
        else:
            on_skip(skipped)

    used: set[str] = set()
    read: set[Path] = set()

    def unique(doc_id: str) -> str:
        candidate, n = doc_id, 1
        while candidate in used:
            n += 1
            candidate = f"{doc_id}~{n}"
        used.add(candidate)
        return candidate

    for source in _sources(paths, exclude):
        resolved = source.path.resolve()
        if resolved in read:  # the same file reached twice (given directly and inside a folder)
            continue
        read.add(resolved)
        if not source.path.is_file():
            report(source.path, "not a regular file")
            continue
        try:
            if source.kind == "jsonl":
                problems = 0

                def skip_line(reason: str, path: Path = source.path) -> None:
                    nonlocal problems
                    problems += 1
                    report(path, reason)

                kept = 0
                for number, doc_id, body, title, date in _read_jsonl(source, skip_line):
                    text = clean_text(body)
                    if not text:
                        skip_line(f"line {number}: empty text")
                        continue
                    kept += 1
                    yield Document(unique(doc_id), text, str(source.path), _one_line(title), date)
                if kept == 0 and problems == 0:
                    report(source.path, "empty")
                continue
            if source.kind in READERS:  # PDF, Word, web pages: kg/readers, text comes cleaned
                got = read_with_library(source.path, source.kind)
                text, title, date, pages = got.text, got.title, got.date, got.pages
            else:
                raw, title, date = _read_file(source)
                text, pages = clean_text(raw), ()
        except UnreadableFile as exc:
            report(source.path, exc.reason)
            continue
        if not text:
            report(source.path, "empty")
            continue
        yield Document(unique(source.doc_id), text, str(source.path), title, date, pages)


def count_documents(paths: Sequence[str | os.PathLike[str]], exclude: Iterable[str | os.PathLike[str]] = ()) -> int:
    """How many documents ``iter_documents`` will yield at most (files, plus lines of .jsonl).

    Cheap (no decoding, no cleaning): used to give progress bars a total and an ETA.
    """
    total = 0
    for source in _sources([Path(p) for p in paths if Path(p).exists()], exclude):
        if source.kind == "jsonl":
            try:
                with open(source.path, "rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except OSError:
                continue
        else:
            total += 1
    return total
