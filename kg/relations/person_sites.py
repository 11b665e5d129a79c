"""A person's site: what any verb says happened in a hospital, a home or a village ("was
hospitalized in a hospital of Yokohama", translated news; "was treated at a clinic in Busan")
happened in the place the site is in or of, which ``kg.relations.part_places.place_preps`` reads for
the ``prep_place`` row. Not "near": "a village near Kyoto" is not in Kyoto."""

from __future__ import annotations

from spacy.tokens import Token

#: Sites a person is born, treated, held or dies in.
PERSON_SITE_NOUNS = frozenset("""hospital clinic home house residence apartment village hamlet prison jail camp
    hotel monastery convent""".split())


def person_site(noun: Token) -> bool:
    """``noun`` is a person's site (``PERSON_SITE_NOUNS``) with an article or an owner ("a
    hospital", "his home")."""
    return noun.lower_ in PERSON_SITE_NOUNS and any(c.dep_ in ("det", "poss") for c in noun.children)
