"""Where the name that opens a lead sentence ends ("Goght (; formerly Goghot) is a town",
"Across the Black Waters is an English novel"): ``Arguments.leads`` reads a lead's subject from it.
Kept apart from ``kg.relations.arguments`` so each module stays small."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from kg.doc_arrays import span_text
from kg.relations.tokens import SUBJ_DEPS, closes_bracket, empty_brackets, opens_bracket, title_clause_copula

if TYPE_CHECKING:
    from kg.relations.arguments import Arguments


def lead_name(sent: Span, args: Arguments) -> tuple[int, int] | None:
    """(mention, index of the closing bracket) when ``sent`` opens on a name followed by a
    parenthesis (after at most ``The`` or a quote); (mention, its last token) when a main verb
    with no subject follows the name."""
    doc, i = args.doc, sent.start
    while i < sent.end and (doc[i].lower_ == "the" or doc[i].is_quote or doc[i].is_space):
        i += 1
    mi = args.ent(doc[i]) if i < sent.end else None
    if mi is None or args.mentions[mi].type in ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY"):
        return None
    j = i
    while j < sent.end and args.ent(doc[j]) == mi:
        j += 1
    if j < sent.end and _subjectless_root(doc[j], sent):  # "Across the Black Waters is an English novel"
        return mi, j - 1
    k = j
    while k < sent.end and doc[k].is_quote:
        k += 1
    if k < sent.end and title_clause_copula(doc[k], i, j, sent):  # '"Your Disco Needs You" is a song'
        return mi, j - 1
    if j < sent.end and empty_brackets(doc[j].text):  # "Zakhary Petrovich Lyapunov () was …"
        return mi, j
    if j >= sent.end or not opens_bracket(doc[j].text):  # "Goght (; formerly Goghot) is …"
        return None
    depth = 0
    for k in range(j, min(sent.end, j + 60)):  # "Urgut (;) is a town": ";)" closes it
        depth += 1 if opens_bracket(doc[k].text) else -1 if closes_bracket(doc[k].text) else 0
        if depth == 0:
            return mi, k
    return None


def _subjectless_root(tok: Token, sent: Span) -> bool:
    """The sentence's main verb (after its auxiliaries), with no subject: the parser broke the
    name that opens the sentence (a title starting with a preposition), which is its subject."""
    while tok.i < sent.end - 1 and tok.dep_ in ("aux", "neg") and tok.head.i == sent.root.i:
        tok = tok.doc[tok.i + 1]
    return tok.i == sent.root.i and tok.pos_ in ("AUX", "VERB") \
        and not any(c.dep_ in SUBJ_DEPS or c.dep_ in ("csubj", "expl") for c in tok.children)


def lead_sentence(doc: Doc) -> Span | None:
    """The document's first sentence, whose named subject is its topic (``Antecedents.topic``);
    the second when the first is a title line with no verb: "Tomas Velinder" above "Tomas
    Velinder (born 14 March 1991) is a Swedish footballer …" gave no topic, and every "he" of the
    article went to whichever man the sentence before named. A title line the lead repeats is one
    too, whatever the tagger made of it ("Nguyễn Thị Lan" above "Nguyễn Thị Lan (born 9 October
    1975) is …": "Nguyễn" tagged a verb)."""
    sents = iter(doc.sents)
    first = next(sents, None)
    if first is None:
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in first):
        return next(sents, first)
    text = span_text(first)
    title = text.strip()
    if "\n" in text and title and (second := next(sents, None)) is not None \
            and title in span_text(second)[:len(title) + 8]:
        return second
    return first
