"""A news story's second reference to a company by a noun: "the company" with words that only
describe it ("the paramilitary group", "the Brazilian state company", "the Munich group") stands
for the company named before, and a people's adjective on it says which ("The Saudi company": not
the Chinese one). Asked by the pronoun heuristic (``kg.relations.pronouns``)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.relations.body_parts import trade_modifier
from kg.relations.pronoun_kinds import definite, people_code
from kg.relations.tokens import set_off
from kg.relations.words import COMPANY_NOUNS

#: Words that say whose a company is and keep "the Brazilian state company" a reference back
#: ("state", "state-owned", "state-run").
_OWNER_WORDS = frozenset({"state", "owned", "run", "-"})
#: What makes a company noun more than a reference back (as ``kg.relations.tokens.definite_org``).
_ORG_MODIFIERS = frozenset({"poss", "compound", "appos", "prep", "amod", "nummod", "nmod", "npadvmod"})


def described_company(tok: Token) -> bool:
    """``The paramilitary group``, ``the Brazilian mining giant``, ``the Munich group``: a definite
    company noun that only descriptive words modify (a lower-case trade,
    ``kg.relations.body_parts.trade_modifier``, a people's adjective, "state", the name of the
    place it is based in) stands for the company named before, as ``the company`` does."""
    if not _company_noun(tok):
        return False
    mods = [c for c in tok.children if c.dep_ in _ORG_MODIFIERS and not (c.dep_ == "prep" and set_off(c))]
    return bool(mods) and all(_people_of(c) is not None or _owner_words(c) or trade_modifier(c) or seat_name(c)
                              for c in mods)  # a phrase set off by commas adds to it ("…, to the south of Seoul,")


def seat_name(c: Token) -> bool:
    """A place's name in front of a company noun ("the Munich group", "the Seattle company"): where
    the company is based, as a news story writes it the second time."""
    return c.dep_ == "compound" and all(w.ent_type_ == "GPE" for w in c.subtree)


def _company_noun(tok: Token) -> bool:
    """A definite, singular company noun ("the company", "The Saudi carmaker")."""
    return tok.lower_ in COMPANY_NOUNS and tok.tag_ == "NN" and definite(tok)


def _people_of(c: Token) -> str | None:
    """The country code a modifier names as a people, read whole ("South Korean", "New Zealand")."""
    return people_code(" ".join(w.text for w in c.subtree)) if c.ent_type_ in ("NORP", "GPE") else None


def _owner_words(c: Token) -> bool:
    """A modifier that says whose a company is ("state", "state-owned")."""
    return all(w.lower_ in _OWNER_WORDS for w in c.subtree)


def peoples_company(tok: Token) -> frozenset[str]:
    """``The Saudi company``, ``the Brazilian state company``, ``the Chinese carmaker``: a definite
    company noun whose only modifiers are a people's adjective (and "state", "state-owned"). A
    news story calls the company it has just named so; the adjective says which (the codes
    returned: the antecedent must not be another people's, ``Antecedents.of_peoples``). Empty
    for anything else ("the company" is ``definite_org``'s; "the new company", "the parent
    company" point elsewhere)."""
    if not _company_noun(tok):
        return frozenset()
    codes = set()
    for c in tok.children:
        if c.dep_ not in _ORG_MODIFIERS:
            continue
        code = _people_of(c)
        if code is not None:
            codes.add(code)
        elif not _owner_words(c):
            return frozenset()
    return frozenset(codes)
