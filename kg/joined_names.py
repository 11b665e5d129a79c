"""Whether an "X and Y" piece of one NER span is a single name: "Minneapolis Park and Recreation
Board", "Office of Management and Budget", "Ministry of Energy and Mineral Resources of
Indonesia" are one; "Facebook and Tencent", "Bank of America and Wells Fargo" are two.
``split_coordination`` cuts an NER span into its names where it holds "and", "or" or a comma
between capitalised words and ``one_name`` says they are two (``kg.entities`` asks it of each).
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.capitals import capitalised
from kg.doc_arrays import doc_text
from kg.lexicon.countries import country_named, uncommon_city
from kg.lexicon.names import ACRONYM_AFTER, spells
from kg.lexicon.english import in_lexicon
from kg.lexicon.words import CORPORATE_DESIGNATORS, LEGAL_FORMS


def one_name(left: Span, right: Span, lexicon: frozenset[str] = frozenset()) -> bool:
    """Is ``left and right`` (two parts of one NER span) a single name?

    One name when the parse makes ``left`` a modifier inside ``right`` ("Minneapolis Park and
    Recreation Board"), when ``right`` is coordinated with a word inside ``left`` rather than with
    its head ("Council of Science and Technology"), or when ``right`` is a legal form alone
    ("Piedmont Airlines, Inc."), or when one or two capitalised common words follow a name of
    two words or more that ends in one (``shared_fields``: "Johns Hopkins University and
    Hospital", "Office of Management and Budget"). Two names when the heads of both are
    coordinated ("Facebook and Tencent").
    """
    if all(t.lower_.rstrip(".") in CORPORATE_DESIGNATORS | LEGAL_FORMS for t in right):
        return True
    if shared_fields(left, right, lexicon):
        return True
    root = left.root
    if right.start <= root.head.i < right.end:
        return True
    for tok in right:
        if tok.dep_ == "conj" and left.start <= tok.head.i < left.end and tok.head.i != root.i:
            return True
    return False


def shared_fields(left: Span, right: Span, lexicon: frozenset[str]) -> bool:
    """"Office of Management and Budget", "Columbus Zoo and Aquarium": a name of two words or
    more ending in a capitalised English word, then one or two capitalised English words that
    end in another head; two names that end in the same head ("State Department and Defense
    Department") or that hold a word of no English ("Bank of America and Wells Fargo") stay two.
    After a left part with its own "of", a country closing the right part is the whole name's
    ("Ministry of Energy and Mineral Resources of Indonesia": the parser may make "Resources" the
    conjunct of "Ministry"); not "the King and Government of Norway"."""
    right = _without_place_tail(right) if any(t.lower_ in ("of", "for") for t in left) else right
    words = [t for t in right if t.is_alpha]
    if len(left) < 2 or not 1 <= len(right) <= 2 or len(words) != len(right) or not lexicon:
        return False
    last = left[-1]
    return capitalised(last) and in_lexicon(last.lower_, lexicon) and last.lower_ != right[-1].lower_ \
        and all(capitalised(t) and in_lexicon(t.lower_, lexicon) for t in right)


def _without_place_tail(right: Span) -> Span:
    """``right`` less a closing "of" + a country ("Mineral Resources" of "Mineral Resources of
    Indonesia"; NER may end the name at its "of"), else ``right``."""
    doc = right.doc
    of = next((t for t in right[1:] if t.lower_ == "of"), None)
    if of is None:
        return right
    start = of.i + 1 + (of.i + 1 < len(doc) and doc[of.i + 1].lower_ == "the")
    ends = range(max(start + 1, right.end), min(start + 4, len(doc)) + 1)
    return doc[right.start:of.i] if any(country_named(doc[start:k].text) is not None for k in ends) else right


def split_coordination(ent: Span, lexicon: frozenset[str] = frozenset()) -> list[Span]:
    """``Facebook and Tencent`` is two names; ``Johnson & Johnson`` (an ampersand) and what the
    parse reads as one name (``Minneapolis Park and Recreation Board``, ``one_name``)
    stay one. An acronym in brackets after the span decides where it spells one part or the whole
    but not both: "Facebook and Tencent Holdings (TH)" is two."""
    if ent.label_ == "PERSON" or len(ent) < 3:
        return [ent]
    parts, start = [], ent.start
    # "Stars and Stripes Forever", "War and Peace": one title, a word alone on one side of its "and";
    # "Pitkin and Lake counties", "Wisemans Ferry Road and Upper Color Road" (NER: a title) are two
    title = ent.label_ == "WORK_OF_ART" and not (ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "NNS") \
        and not (ent.start and ent.doc[ent.start - 1].tag_ == "NNS")  # nor "the magazines Le Monde and Esprit"
    acronym = ACRONYM_AFTER.match(doc_text(ent.doc), ent.end_char)  # "… (TH)" spells one part or the whole
    for tok in ent[1:-1]:
        if tok.lower_ in ("and", "or", ",") and tok.nbor(-1).text[:1].isupper() and tok.nbor(1).text[:1].isupper() \
                and not (title and tok.is_alpha and min(tok.i - start, ent.end - tok.i - 1) == 1
                         and not all(uncommon_city(t.text) for t in (tok.nbor(-1), tok.nbor(1)))):  # "Kuching and Miri"
            left, right = Span(ent.doc, start, tok.i, label=ent.label), Span(ent.doc, tok.i + 1, ent.end)
            right_spelt = acronym is not None and spells(acronym.group(1), right.text)
            if acronym and right_spelt != spells(acronym.group(1), ent.doc[start:ent.end].text):
                one = not right_spelt
            else:
                one = one_name(left, right, lexicon if tok.lower_ == "and" else frozenset())
            if not one:
                parts.append(left)
                start = tok.i + 1
    parts.append(Span(ent.doc, start, ent.end, label=ent.label))
    return parts
