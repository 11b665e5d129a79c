"""A body's name grown over the corporate designators and legal forms written after it
("Microsoft" + "Corporation", "Huawei Technologies Co., Ltd.", "Kwanza Engenharia" + ", S.A."):
left out, they would stand as names of their own ("Corporation"), or as places NER typed them
("S.A.", "Lda", "Limitada" of Portuguese and Spanish companies)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.lexicon.words import CORPORATE_DESIGNATORS, FOREIGN_FORMS, LEGAL_FORMS


def with_designators(span: Span, original: str, comma: bool = False) -> Span:
    """``span`` grown over the capitalised corporate designators right after it, in its sentence
    ("Microsoft" + "Corporation"; "Tencent" + "Holdings Ltd"; a comma before a legal form too:
    "Huawei Technologies Co., Ltd."). Words written in lower case stay out ("Microsoft group").
    ``comma``: only over a comma and the legal form after it, which NER leaves out of a name it
    found ("Kwanza Engenharia" + ", S.A.", typed a place)."""
    doc, end = span.doc, span.end
    written = lambda t: original[t.idx:t.idx + 1].isupper()  # noqa: E731  (truecasing may have capitalised it)
    form = lambda t: t.lower_.replace(".", "")  # noqa: E731  ("S.A." is "sa")
    while end < len(doc) and not doc[end].is_sent_start:
        tok, nxt = doc[end], doc[end + 1] if end + 1 < len(doc) else None
        if written(tok) and form(tok) in CORPORATE_DESIGNATORS | LEGAL_FORMS and (not comma or end > span.end):
            end += 1 + (nxt is not None and nxt.text == "." and tok.text[-1] != ".")
        elif tok.text == "," and nxt is not None and not nxt.is_sent_start and written(nxt) \
                and form(nxt) in LEGAL_FORMS | FOREIGN_FORMS and not _capital_after(doc, end + 2):
            end += 1  # "Kwanza Engenharia, S.A.", "Lusoblocos Construções, Lda."; not "Sweden, AB Volvo"
        else:
            break
    return span if end == span.end else Span(doc, span.start, end, label=span.label)


def _capital_after(doc: Doc, i: int) -> bool:
    """A capitalised word at token ``i``, or after a full stop there."""
    i += i < len(doc) and doc[i].text == "."
    return i < len(doc) and doc[i].text[:1].isupper()
