"""The copula a name is the subject of (``X is a town``), for the description rows
(``kg.relations.descriptions``): also when a parenthesis after the name made the parser call the
name something else, or take a name inside the parenthesis for the subject."""

from __future__ import annotations

from spacy.tokens import Token

from kg.relations.arguments import Arguments
from kg.relations.tokens import COPULA_LEMMAS, in_brackets


def copula_of(root: Token, args: Arguments) -> Token | None:
    """``X is …``: the be/become/remain verb whose subject is ``root``, also when a parenthesis
    after the name made the parser call it something else (``Bohumín (…) is a town``; a name
    inside the parenthesis taken for the subject: ``Arguments.lead_subject``)."""
    verb = root.head
    if verb.lemma_ not in COPULA_LEMMAS or verb.i == root.i:
        return _lead_copula(root, args)
    lead = args.lead_subject(verb)
    if lead is not None and lead != args.ent(root):
        return None  # "Halin (1934, Uerdingen – …) was": Uerdingen is not what was
    if in_brackets(root) and not in_brackets(verb):
        return None  # "Tartu (, South Estonian: Tarto) is a city": the bracket's name is not what is
    if root.dep_ == "nsubj":
        return verb
    if root.i < verb.i and root.dep_ in ("npadvmod", "dep", "nmod") \
            and not any(c.dep_ in ("nsubj", "expl") for c in verb.children):
        return verb
    return _lead_copula(root, args)


def _lead_copula(root: Token, args: Arguments) -> Token | None:
    """The copula after the parenthesis of a sentence that opens on ``root``'s name."""
    mi, leads = args.ent(root), args.leads()
    close = next((k for k, m in leads.items() if m == mi), None) if leads and mi is not None else None
    if close is None or args.roots[mi].i != root.i:
        return None
    for t in root.doc[close + 1:close + 6]:
        if t.lemma_ in COPULA_LEMMAS and t.pos_ in ("AUX", "VERB") \
                and t.dep_ not in ("aux", "auxpass") and args.lead_subject(t) == mi:
            return t
    return None
