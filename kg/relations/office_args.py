"""The office a name's phrase stands for its holder by, for ``kg.relations.arguments``: "met with
visiting Prime Minister of Pakistan Shehbaz Sharif" (the office the verb's object, its holder
under its "of"), "the President of the Republic Emmanuel Macron" (a body named by a capitalised
common noun), "the Federal Chancellor of Germany Olaf Scholz" (the body and the office before a
person's name). A mixin of ``Arguments``: its methods read the document's mentions and their
tokens (``ent``, ``mentions``, ``span_in_sentence``), which ``Arguments`` holds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg.lexicon.words import DIVISION_WORDS, OCCUPATIONS
from kg.relations.words import ROLE_NOUNS

if TYPE_CHECKING:
    from kg.model import Mention


class OfficeHolders:
    """The office-holder readings of ``Arguments`` (mixed in)."""

    doc: Doc
    mentions: list["Mention"]

    def ent(self, tok: Token) -> int | None:  # pragma: no cover - Arguments' own
        raise NotImplementedError

    def span_in_sentence(self, mi: int) -> tuple[int, int]:  # pragma: no cover - Arguments' own
        raise NotImplementedError

    def office_holder(self, t: Token) -> int | None:
        """``met with visiting Prime Minister of Pakistan Shehbaz Sharif`` (translated news): the
        parser makes the office the object and hangs the person under its "of"; the office
        stands for its holder when the holder's name comes right after the body's and the office
        is the one ``kg.office_holders.office_before`` finds for that body."""
        if t.lower_ not in ROLE_NOUNS:
            return self._named_after_second_role(t)
        for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"):
            for tok in prep.subtree:
                mi = self.ent(tok)
                held = self.office_held(mi) if mi is not None else None
                if held is not None and held[1].i == t.i:
                    return mi
            if (mi := self._holder_after_unnamed_body(prep)) is not None:
                return mi
        return self._named_after_second_role(t)

    def _named_after_second_role(self, t: Token) -> int | None:
        """``the administrator of the company, the businessman Rafael Montoya``: a second noun for
        the person set off after the role ("businessman", "magistrate"), its name the second's
        apposition; the role stands for that person as it does for a name set off after it
        (any singular noun: "administrator" is in no table of roles)."""
        from kg.holder_repairs import PERSON_HEADS  # kg.holder_repairs reads kg.relations' words
        from kg.predicates import noun_kind

        if t.tag_ != "NN":
            return None  # "the two partners, the lawyers A and B": a plural names each (``_counted_list``)
        for c in t.children:
            if c.dep_ == "appos" and c.pos_ == "NOUN" and self.ent(c) is None and c.i > t.i and (
                    c.lower_ in PERSON_HEADS or c.lower_ in OCCUPATIONS or noun_kind(c.lower_) == "PERSON"):
                named = [self.ent(d) for d in c.children if d.dep_ == "appos" and d.i > c.i]
                if len(named) == 1 and named[0] is not None and self.mentions[named[0]].type == "PERSON":
                    return named[0]
        return None

    def _holder_after_unnamed_body(self, of: Token) -> int | None:
        """``the President of the Republic Emmanuel Macron``: the body is a capitalised common
        noun that names no entity ("Republic", "Government"), the holder's name follows it with
        no comma, and the parser makes the holder the object of "of"; the office is capitalised,
        as a title. Not "the lawyer of Julian Assange" (no body between: the lawyer is someone
        else), nor "the representative of the Ministry Maria Zakharova" (a lower-case role)."""
        if not of.head.text[:1].isupper():
            return None  # "the official representative of the Ministry Maria Zakharova": a lower-case office may be anyone's
        obj = next((c for c in of.children if c.dep_ == "pobj"), None)
        mi = self.ent(obj) if obj is not None else None
        if mi is None or self.mentions[mi].type != "PERSON":
            return None
        first, _ = self.span_in_sentence(mi)
        between = [w for w in self.doc[of.i + 1:first] if w.lower_ != "the"]
        if not between or any(not (w.is_alpha and w.text[:1].isupper()) or self.ent(w) is not None for w in between):
            return None
        return mi

    def office_held(self, mi: int, *, through_body: bool = True) -> tuple[int, Token] | None:
        """The body named right before person ``mi`` and the office "of" it before that ("the
        Federal Chancellor of Germany Olaf Scholz" -> Germany, Chancellor), by
        ``kg.office_holders.office_before`` (``through_body``: as there); else None."""
        from kg.office_holders import is_office, office_before  # kg.office_holders reads kg.relations' words

        if self.mentions[mi].type != "PERSON":
            return None
        first, _ = self.span_in_sentence(mi)
        k = first - 1  # "the head of the Russian Direct Investment Fund (RDIF) Kirill Dmitriev": past the short name
        while k > 1 and self.doc[k].text[:1].isupper() and is_office(self.doc[k]):
            k -= 1  # "the chairman of the National Disaster Management Authority Lt Gen Inam Haider Malik": his rank
        if k > 1 and self.doc[k].lower_ in DIVISION_WORDS and self.doc[k].is_lower \
                and self.ent(self.doc[k - 1]) is not None:
            k -= 1  # "the deputy governor of Kursk region Alexei Smirnov": the place's name before its division
        if k > 1 and self.doc[k].text == ")":
            k = next((j - 1 for j in range(k - 1, max(k - 4, 0), -1) if self.doc[j].text == "("), k)
        body = self.ent(self.doc[k]) if first > 0 else None
        if body is None or body == mi or self.mentions[body].type not in ("ORG", "GPE", "LOC"):
            return None
        role = office_before(self.doc, self.span_in_sentence(body)[0], through_body=through_body)
        return (body, role) if role is not None else None

    def body_office_held(self, mi: int) -> tuple[int, Token] | None:
        """"the head of the Ministry of Finance of Tajikistan Faiziddin Qahhorzoda": the office of
        the body named before the country's "of" (the ministry's head), which ``office_held``
        without ``through_body`` declines, the office being no country's; else None."""
        held = self.office_held(mi)
        if held is None:
            return None
        start = self.span_in_sentence(held[0])[0]
        of = start - 1 - (start >= 1 and self.doc[start - 1].lower_ == "the")
        body = self.ent(self.doc[of - 1]) if of >= 1 and self.doc[of].lower_ == "of" else None
        if body is None or self.mentions[body].type != "ORG" or held[1].i >= self.span_in_sentence(body)[0]:
            return None
        return body, held[1]
