"""One sense per discourse: a name found once is the same name wherever else it occurs in its
document, and so is a person's surname (``propagated_mentions``). Kept apart from
``kg.entities``, which runs it after its other sources, so each module stays small."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from kg.doc_arrays import doc_text
from kg.lexicon.countries import city_names, demonyms, is_country
from kg.lexicon.english import in_lexicon
from kg.lexicon.frequency import common_word
from kg.lexicon.names import legal_form, registered_name

if TYPE_CHECKING:
    from kg.entities import _Found


def propagated_mentions(found: _Found) -> None:
    """One sense per discourse: a name found once is the same name wherever else it occurs
    (longest names first; pack matches and back references, "the Army", are not spread), and so
    is a person's surname ("Frise" after "James Llewellyn "Jimmy" Frise", where NER missed it at
    a sentence start; one that is an English word only where ``_named_there`` says it names him:
    "Farrow said"); resolution joins it to the full name (``name_part``); and a body's short name,
    the first word of its longer name (``_short_bodies``)."""
    forms = {(m.form or m.text, m.type) for m in found.mentions if m.origin not in ("pack", "back")}
    surnames = {surname for m in found.mentions if m.type == "PERSON" and m.origin != "pack"
                for surname in [(m.form or m.text).split()[-1]] if len((m.form or m.text).split()) >= 2
                and surname.isalpha() and surname[:1].isupper() and len(surname) >= 3}
    english = {s for s in surnames if in_lexicon(s, found.lexicon)}
    forms |= {(s, "PERSON") for s in surnames - english} | {(s, "ORG") for s in _short_bodies(found) - surnames}
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


def _short_bodies(found: _Found) -> set[str]:
    """The first word of a body's registered name of that word, one more and a legal form (the
    brand ``kg.merge_org.legal_name`` joins to it), when it opens no other name of the document
    and is no English word nor a place or a people ("Hanbit" of "Hanbit Steel Co Ltd": "Hanbit
    chief executive Choi Min-jae", which the tagger read as a common noun; not "Japan" of "Japan
    Airlines Co., Ltd.", nor "Arbory" of "Arbory Capital", another body's name by that design)."""
    firsts: dict[str, set[str]] = {}  # a first word -> the second words of the names it opens ("" if no body's)
    registered: set[str] = set()
    for m in found.mentions:
        words = (m.form or m.text).replace(",", " ").split()
        if m.origin not in ("pack", "back") and len(words) >= 2:  # not "Médecins du Sahel": a name's particle
            firsts.setdefault(words[0], set()).add(words[1] if m.type == "ORG" and words[1][:1].isupper() else "")
            while len(words) > 2 and legal_form(words[-1]):
                words.pop()
            if len(words) == 2 and registered_name(m.form or m.text):
                registered.add(words[0])
    return {w for w, seconds in firsts.items() if w in registered and len(seconds) == 1 and "" not in seconds
            and w.isalpha() and w[:1].isupper()
            and not w.isupper() and len(w) >= 3 and not in_lexicon(w.lower(), found.lexicon)
            and not common_word(w) and not is_country(w) and w.lower() not in demonyms()
            and w.lower() not in city_names()}


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
