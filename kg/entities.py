"""Entity mentions of one parsed document: alias-pack matches, NER spans and recovered names.

Three sources, in order of trust: alias packs (the user said so), spaCy's NER on the truecased text,
and runs of proper nouns that NER left unlabelled. NER spans are trimmed ("the", trailing "and")
and junk is rejected (job titles such as ``COO``, lower-case common words such as ``netizen``, a
sentence-initial common word such as ``Byte``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from kg.aliases import PackMatch
from kg.model import NODE_TYPES, Mention
from kg.truecase import INSTITUTION_HEADS, PERSON_TITLES, Recase, in_lexicon

#: Job titles and roles that NER sometimes labels ORG/PERSON on their own.
ROLE_WORDS = frozenset(
    """ceo coo cfo cto cio cmo vp svp evp md chairman chairwoman president founder director
    spokesman spokeswoman minister secretary senator governor executive manager chief head
    netizen netizens user users""".split()
)
#: Roles only people hold: an apposition with one marks a person.
PERSON_ROLES = frozenset("chancellor commissioner spokesman spokeswoman actor actress singer".split())
#: Roles written right before a person's name ("founder X", "CEO X").
PEOPLES_ROLES = (ROLE_WORDS | PERSON_ROLES) - {"netizen", "netizens", "user", "users", "head", "executive"}
LEADING_TRIM = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"})
MONTHS_DAYS = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    import pycountry

    names: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            v = getattr(c, attr, None)
            if v:
                names.add(v.lower())
    return frozenset(names)


def _sentence_bounds(span: Span) -> tuple[int, int]:
    sent = span.sent
    return sent.start_char, sent.end_char


def _trim(span: Span) -> Span | None:
    """Drop leading determiners/possessive pronouns and trailing punctuation, conjunctions, 's."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in LEADING_TRIM or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].pos_ in ("CCONJ", "ADP", "DET")
        or doc[end - 1].lower_ in ("'s", "’s", "'")
    ):
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label)


def _is_junk(span: Span, original: str, recased: set[int], lexicon: frozenset[str],
             uncased: bool = False) -> bool:
    """Spans that are no names. ``uncased``: the whole document lacks case, so the model's
    lower-case NER is the only evidence there is and is trusted, except after ``a``/``an``."""
    text = original[span.start_char:span.end_char]
    words = [t for t in span if any(c.isalpha() for c in t.text)]
    if not words or len(text) < 2:
        return True
    lowered = text.lower()
    if all(t.lower_ in ROLE_WORDS or t.lower_ in PERSON_TITLES for t in words):
        return True
    if lowered in MONTHS_DAYS:
        return True
    touched = any(t.idx in recased for t in span)
    if text.islower() and not touched:
        if not uncased:
            return True  # NER on lower-case text it did not get any case evidence for
        if span.start and span.doc[span.start - 1].lower_ in ("a", "an"):
            return True  # "a netizen"
    if len(span) == 1 and not touched:
        tok = span[0]
        if tok.is_sent_start and in_lexicon(tok.lower_, lexicon) and tok.lower_ in _lower_words(original):
            return True  # "Byte said ..." where "byte" is otherwise lower-case
    return False


@lru_cache(maxsize=2)
def _lower_words(text: str) -> frozenset[str]:
    """The lower-case words of a document, computed once per document (not once per mention)."""
    return frozenset(re.findall(r"\b[a-z]+\b", text))


def extract_mentions(
    doc: Doc,
    doc_id: str,
    original: str,
    packs: list[PackMatch],
    recases: list[Recase],
    lexicon: frozenset[str],
) -> list[Mention]:
    """Mentions of one document, non-overlapping and sorted by position.

    ``doc`` was parsed from the truecased text; ``original`` is the cleaned document, same length,
    and is where every mention's text is taken from.
    """
    recased = {r.start for r in recases}
    taken = [False] * len(doc)
    mentions: list[Mention] = []
    uncased = is_uncased(doc, original)

    def add(span: Span, etype: str, origin: str, canonical: str | None = None, form: str | None = None) -> None:
        if any(taken[i] for i in range(span.start, span.end)):
            return
        for i in range(span.start, span.end):
            taken[i] = True
        s0, s1 = _sentence_bounds(span)
        text = original[span.start_char:span.end_char]
        form = form or span.text
        mentions.append(Mention(
            doc=doc_id, start=span.start_char, end=span.end_char, text=text, type=etype,
            sent_start=s0, sent_end=s1, origin=origin, canonical=canonical,
            form=form if form != text else None,
        ))

    for pm in packs:
        span = doc.char_span(pm.start, pm.end, alignment_mode="expand")
        if span is not None:
            add(span, pm.entry.type, "pack", pm.entry.label)

    for ent in doc.ents:
        if ent.label_ not in NODE_TYPES:
            continue
        for part in _split_coordination(_extend_institution(ent)):
            span = _trim(part)
            if span is None or _is_junk(span, original, recased, lexicon, uncased):
                continue
            whole, form = _extend_person(span, lexicon, uncased)
            etype = _fix_type(whole, ent.label_)
            if whole is not span and etype != "PERSON":  # only a person's name takes in those parts
                whole, form, etype = span, None, _fix_type(span, ent.label_)
            add(whole, etype, "ner", form=form)  # "beats co-founder jimmy Iovine": all of a person's name

    ner_types = _doc_type_votes(doc, original)
    for span in _proper_noun_runs(doc, taken, uncased):
        if _is_junk(span, original, recased, lexicon, uncased):
            continue
        if len(span) == 1 and span[0].idx not in recased:
            if span[0].is_sent_start:
                continue  # a capital at a sentence start is no evidence of a name
            if uncased and in_lexicon(span[0].lower_, lexicon):
                continue  # "the state administration": in lower-case text the tagger guesses NNP
        add(span, _guess_type(span, ner_types), "recovered")

    # one sense per discourse: a name found once is the same name wherever else it occurs
    found = sorted({(m.form or m.text, m.type) for m in mentions if m.origin != "pack"},
                   key=lambda ft: (-len(ft[0]), ft))
    parsed_text = doc.text  # rebuilt from every token on each access
    for form, etype in found:
        if len(form) < 2 or form.islower() or form.lower() in STOP_WORDS:
            continue
        for start in _whole_word_finds(parsed_text, form):
            span = doc.char_span(start, start + len(form))
            if span is not None and not any(t.is_sent_start for t in span[1:]):  # within one sentence
                add(span, etype, "propagated")

    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


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


def _extend_person(span: Span, lexicon: frozenset[str], uncased: bool) -> tuple[Span, str | None]:
    """``ren Zhengfei``, ``xi Jinping``: a lower-case first part of a person's name (a surname
    too short, or too like an English word, for truecasing). The span takes in such a part that the
    parser attaches to the name as a proper noun, and the form capitalises the leading ones. In a
    document that has case, an English word there is a role the parser mistook (``backbencher``)."""
    def name_part(t: Token) -> bool:
        return (t.is_alpha and t.is_lower and len(t) >= 2 and t.pos_ == "PROPN" and not t.is_stop
                and t.lower_ not in PERSON_TITLES and t.lower_ not in ROLE_WORDS
                and (uncased or not in_lexicon(t.lower_, lexicon)))

    doc, start = span.doc, span.start
    while start > 0 and name_part(doc[start - 1]) and doc[start - 1].dep_ == "compound" \
            and span.start <= doc[start - 1].head.i < span.end:
        start -= 1
    lead = start
    while lead < span.end - 1 and name_part(doc[lead]):
        lead += 1
    if lead == start:
        return span, None
    extended = Span(doc, start, span.end, label=span.label)
    head = doc[start:lead]
    return extended, "".join(t.text.capitalize() + t.whitespace_ for t in head) + doc[lead:span.end].text


def _split_coordination(ent: Span) -> list[Span]:
    """``Facebook and Tencent`` is two names; ``Johnson & Johnson`` (an ampersand) stays one."""
    if ent.label_ == "PERSON" or len(ent) < 3:
        return [ent]
    parts, start = [], ent.start
    for tok in ent[1:-1]:
        if tok.lower_ in ("and", "or", ",") and tok.nbor(-1).text[:1].isupper() and tok.nbor(1).text[:1].isupper():
            parts.append(Span(ent.doc, start, tok.i, label=ent.label))
            start = tok.i + 1
    parts.append(Span(ent.doc, start, ent.end, label=ent.label))
    return parts


def _extend_institution(ent: Span) -> Span:
    """``Committee on Foreign Investment`` + ``in the United States``: NER stops at the place."""
    if ent.label_ != "ORG" or not any(t.lower_ in INSTITUTION_HEADS for t in ent):
        return ent
    doc = ent.doc
    i = ent.end
    if i < len(doc) and doc[i].lower_ in ("in", "of", "for"):
        j = i + 1
        if j + 1 < len(doc) and doc[j].lower_ == "the" and doc[j].ent_iob_ != "B":
            j += 1
        if j < len(doc) and doc[j].ent_iob_ == "B" and doc[j].ent_type_ == "GPE":
            end = j + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            return Span(doc, ent.start, end, label=ent.label)
    return ent


def _fix_type(span: Span, label: str) -> str:
    """Correct the commonest NER type slips with local evidence."""
    text = span.text.lower()
    if label != "PERSON" and len(span) >= 2 and any(
        c.dep_ == "appos" and c.lower_ in PERSON_TITLES | PERSON_ROLES for c in span.root.children
    ):
        return "PERSON"  # "Olaf Scholz, the German chancellor"
    if label in ("ORG", "PERSON", "NORP") and text in _country_names():
        return "GPE"
    prev = span.doc[span.start - 1] if span.start else None
    if label in ("ORG", "GPE", "NORP") and prev is not None and prev.lower_ in PEOPLES_ROLES \
            and prev.dep_ == "compound" and span.start <= prev.head.i < span.end:
        return "PERSON"  # "beats co-founder jimmy iovine", "spokesman Zhao Lijian"
    if label == "GPE" and text not in _country_names():
        if prev is not None and prev.lower_.rstrip(".") in PERSON_TITLES:
            return "PERSON"
        if any(any(c.isupper() for c in t.text[1:]) and not t.text.isupper() for t in span):
            return "ORG"  # places are not CamelCased: LinkedIn, WeChat
    return label


def _doc_type_votes(doc: Doc, original: str) -> dict[str, str]:
    votes: dict[str, Counter[str]] = {}
    for ent in doc.ents:
        if ent.label_ in NODE_TYPES:
            votes.setdefault(ent.text.lower(), Counter())[ent.label_] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items()}


def is_uncased(doc: Doc, original: str) -> bool:
    """Most sentences start in lower case: the text has lost its case (lower-case MT, chat)."""
    starts = [original[s.start_char] for s in doc.sents if original[s.start_char:s.start_char + 1].isalpha()]
    return len(starts) >= 2 and sum(c.islower() for c in starts) * 2 > len(starts)


def _proper_noun_runs(doc: Doc, taken: list[bool], uncased: bool = False):
    def named(t: Token) -> bool:
        return t.text[:1].isupper() or (uncased and t.tag_ in ("NNP", "NNPS") and not t.is_stop)

    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.pos_ == "PROPN" and not taken[i] and tok.is_alpha and named(tok):
            j = i
            while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and not taken[j + 1] \
                    and named(doc[j + 1]) and not doc[j + 1].is_sent_start:
                j += 1
            yield Span(doc, i, j + 1, label="ORG")
            i = j + 1
        else:
            i += 1


def _guess_type(span: Span, ner_types: dict[str, str]) -> str:
    text = span.text.lower()
    if text in ner_types:
        return ner_types[text]
    if text in _country_names():
        return "GPE"
    prev = span.doc[span.start - 1] if span.start else None
    if prev is not None and prev.lower_.rstrip(".") in PERSON_TITLES:
        return "PERSON"
    return "ORG"
