"""One sense per discourse: a name found once is the same name wherever else it occurs in its
document, and so is a person's surname (``propagated_mentions``). Kept apart from
``kg.entities``, which runs it after its other sources, so each module stays small."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from kg.doc_arrays import doc_text
from kg.lexicon.english import in_lexicon

if TYPE_CHECKING:
    from kg.entities import _Found


def propagated_mentions(found: _Found) -> None:
    """One sense per discourse: a name found once is the same name wherever else it occurs
    (longest names first; pack matches and back references, "the Army", are not spread), and so
    is a person's surname ("Frise" after "James Llewellyn "Jimmy" Frise", where NER missed it at
    a sentence start; one that is an English word only where ``_named_there`` says it names him:
    "Farrow said"); resolution joins it to the full name (``name_part``)."""
    forms = {(m.form or m.text, m.type) for m in found.mentions if m.origin not in ("pack", "back")}
    surnames = {surname for m in found.mentions if m.type == "PERSON" and m.origin != "pack"
                for surname in [(m.form or m.text).split()[-1]] if len((m.form or m.text).split()) >= 2
                and surname.isalpha() and surname[:1].isupper() and len(surname) >= 3}
    english = {s for s in surnames if in_lexicon(s, found.lexicon)}
    forms |= {(s, "PERSON") for s in surnames - english}
    english -= {f for f, _ in forms}  # a name found as it is (not only as a surname) spreads everywhere
    forms = sorted(forms | {(s, "PERSON") for s in english}, key=lambda ft: (-len(ft[0]), ft))
    parsed_text = doc_text(found.doc)
    for form, etype in forms:
        if len(form) < 2 or form.islower() or form.lower() in STOP_WORDS:
            continue
        for start in _whole_word_finds(parsed_text, form):
            span = found.doc.char_span(start, start + len(form))
            if span is not None and not any(t.is_sent_start for t in span[1:]) \
                    and (form not in english or _named_there(span)):  # within one sentence
                found.add(span, etype, "propagated")


#: Tags of the word after a surname that is an English word which say it names the person there.
_PERSON_NEXT = frozenset({"VBD", "VBZ", "MD", "POS"})


def _named_there(span) -> bool:
    """A person's surname that is an English word ("Farrow", "Hale") names the person where it
    is capitalised inside a sentence, or opens one before its verb or a possessive ("Farrow said",
    "Farrow's"): not "Farrow pigs" nor a headline's "Hale and hearty"."""
    tok = span[0]
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if not tok.is_sent_start:
        return True
    return nxt is not None and nxt.tag_ in _PERSON_NEXT


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what ``\w`` means in a ``str`` regex


def _whole_word_finds(text: str, form: str) -> Iterator[int]:
    """Starts of ``form`` in ``text`` not inside a longer word, left to right, not overlapping.

    Same matches as ``re.finditer(r"(?<!\\w)" + re.escape(form) + r"(?!\\w)")``; a regex built per
    name missed ``re``'s cache and was compiled afresh for each of a document's names.
    """
    i = text.find(form)
    while i >= 0:
        end = i + len(form)
        if (i == 0 or not _is_word_char(text[i - 1])) and (end == len(text) or not _is_word_char(text[end])):
            yield i
            i = text.find(form, end)
        else:
            i = text.find(form, i + 1)
