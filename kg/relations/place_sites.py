"""Where a name's neighbours say a place lies: a list's ``in`` (``Pitwater, Bankstown and
Liverpool in Sydney``), a site noun's ``in`` (``the Lucas Heights nuclear reactor in Sydney``),
and which place mentions the gazetteers know (``known_place``). The ``located_in`` row of
kg/relations/descriptions.py reads the first two; chains of places are kg.relations.place_chains'.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.lexicon.countries import city_names, demonyms, is_country
from kg.lexicon.words import FACILITY_NOUNS
from kg.lexicon.names import norm
from kg.predicates import noun_kind
from kg.relations.arguments import Arguments
from kg.relations.tokens import is_event, up_conj
from kg.relations.words import PERSON_ONLY_ROLES, SITE_NOUNS


def list_place(root: Token, args: Arguments) -> list[Token]:
    """``Pitwater, Bankstown, Sutherland, Hurstville and Liverpool in Sydney``: the parser hangs
    the list's ``in`` on its first name; it says where each name before it lies. Not a name after
    the preposition (``A and B in Sydney, and C and D, in the north-west``: C is not in Sydney),
    nor a list of countries (``France and Germany in 1940``: no place follows anyway)."""
    first = up_conj(root)
    if first.i == root.i:
        return []
    return [c for c in first.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > root.i
            and args.ent(c) is None]


def site_place(mi: int, root: Token, args: Arguments) -> list[Token]:
    """``the Lucas Heights nuclear reactor in Sydney``, ``the Tora Bora mountain complex in eastern
    Afghanistan``, ``the Zohr gas field in Egypt``: a place named in front of a site noun
    (``SITE_NOUNS``, ``FACILITY_NOUNS``) lies where the site is.
    Only a place smaller than the one after ``in``: no country in front (``the US air base in
    Kyrgyzstan``), and no city in front of another place (``the Sydney office in Melbourne``:
    ``office`` is no site anyway)."""
    head = root.head
    if args.mentions[mi].type not in ("GPE", "LOC", "FAC"):  # "the National Public Radio member station in X"
        return []
    if root.dep_ not in ("compound", "nmod") or head.i <= root.i or head.pos_ != "NOUN" \
            or head.lower_ not in SITE_NOUNS and head.lower_ not in FACILITY_NOUNS or args.ent(head) is not None:
        return []
    text = args.mentions[mi].text
    if is_country(text) or norm(text) in demonyms() or text.lower() in city_names():
        return []
    return [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "at") and args.ent(c) is None]


def known_place(m) -> bool:
    """A mention typed a place whose name the gazetteers know as a country or a city ("Buenos
    Aires"; not a person NER typed GPE, "Andry Rajoelina", whom "the president of Madagascar"
    describes)."""
    return m.type in ("GPE", "LOC", "FAC") and (is_country(m.text) or m.text.lower() in city_names())


def no_place_noun(noun: Token) -> bool:
    """A noun that describes no place: an action or a role only people hold ("Taylor, Texas, its
    biggest investment in the United States": the parser hangs the factory's noun on the town;
    "the president of Argentina"), never a kind of place ("a settlement", "a department")."""
    return (noun.lower_ in PERSON_ONLY_ROLES or is_event(noun)) and noun_kind(noun.lower_, ("GPE", "LOC", "FAC")) is None
