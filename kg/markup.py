"""Text from markup: the one cleaning every offset refers to, HTML pages and Markdown files.

Split from :mod:`kg.ingest` (which reads the files and re-exports these names).
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING


if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

__all__ = ["clean_text", "html_to_text", "strip_markdown"]

# --------------------------------------------------------------------------------------------
# Cleaning
# --------------------------------------------------------------------------------------------

#: Text ftfy leaves as it is: printable ASCII, tabs and newlines. Every fix it makes (mojibake, curly
#: quotes, widths, ligatures, C1 and other control characters, ``\r``, terminal escapes, NFC) is
#: about a character outside this set, so such text skips ftfy and its import (0.1-0.15 s of a
#: build that reads only plain ASCII files; tested against ftfy).
_FTFY_UNCHANGED = re.compile(r"[\t\n\x20-\x7e]*")


def _fix_text(text: str) -> str:
    """ftfy's fixes with kg's settings (HTML entities are ``_unescape_entities``'s job)."""
    if _FTFY_UNCHANGED.fullmatch(text):
        return text
    import ftfy

    return ftfy.fix_text(text, ftfy.TextFixerConfig(unescape_html=False, uncurl_quotes=True, explain=False))


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
#: What a scraped encyclopedia page leaves of a bracket whose pronunciation or foreign spelling was
#: dropped: "Urgut (;) is a town", "Bohumín (;;,) is", "Han Lei (; born 1968)". The parser reads
#: "(;" as one proper noun and makes it the sentence's subject, and NER then types the name before
#: it as it likes; the bracket without its debris reads as any other. A comma that opens a bracket
#: stays ("Nabi (, Prophet)": the dropped word's translation, which ``kg.stated`` reads), and so
#: does a ";" whose bracket does not close before another opens or the line ends.
_EMPTY_BRACKET_RE = re.compile(r" ?\([;,][;,\s]*\)")
_BRACKET_DEBRIS_RE = re.compile(r"\(;[;,\s]*(?=[^;,\s)][^()\n]*\))")


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
    >>> clean_text("Urgut (;) is a town. Han Lei (; born 1968) sings (a, b; c).")
    'Urgut is a town. Han Lei (born 1968) sings (a, b; c).'
    """
    text = _unescape_entities(raw)
    text = _fix_text(text)
    text = _COMMENT_RE.sub(" ", text)
    text = _TAG_RE.sub(_tag_replacement, text)
    text = _INVISIBLE_RE.sub("", text)
    text = _BRACKET_DEBRIS_RE.sub("(", _EMPTY_BRACKET_RE.sub("", text))
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
    from selectolax.lexbor import LexborHTMLParser  # here: only HTML sources need it

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
    import yaml  # here: only front matter needs PyYAML (0.012 s to import)

    try:
        meta = yaml.load(match.group(1), Loader=_front_matter_loader())  # noqa: S506 (safe, no aliases)
    except yaml.YAMLError:
        meta = None
    return text[match.end():], meta if isinstance(meta, dict) else {}


@lru_cache(maxsize=1)
def _front_matter_loader() -> type:
    """``SafeLoader`` that refuses YAML aliases: nine nested ``*refs`` of nine items expand to
    9⁹ strings when the title is printed (an "alias bomb"); front matter never needs them."""
    import yaml

    class _FrontMatterLoader(yaml.SafeLoader):
        def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise yaml.composer.ComposerError(None, None, "aliases are not allowed in front matter",
                                                  event.start_mark)
            return super().compose_node(parent, index)

    return _FrontMatterLoader


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
