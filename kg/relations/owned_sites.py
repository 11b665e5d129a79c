"""Where a body's or a person's own site is: "Tesla's factory in Berlin", "Samsung said its plant
in Texas will open in 2026", "Workers at Volkswagen's plant in Chattanooga voted", "Nestlé's
headquarters in Vevey", "the Glencore mine in Peru".

The verb rules read "Tesla opened a factory in Berlin" (``prep``: *opened factory in*); the
same fact written as a noun phrase had no reader: the ``nominal`` row reads events ("X's
acquisition of Y"), whose "in" is mostly a time or the event's place, not the owner's site.
``owned_site`` (a ``token`` row of ``kg.relations.rules.RULES``) joins the owner of a site noun
(``SITE_NOUNS_OWNED``: a factory, a mine, an office, a subsidiary, a project, a home) to the
place its "in", "at" or "near" names: owner → *factory in* → place. The owner is the noun's
possessive (a pronoun read as the other rules read it; a possessive that names no one names no
owner, and a name between it and the noun is the site's own: "the Prime Minister's Kirribilli
residence"), else an organisation or a person written in front of it ("the Glencore mine"), or
its "of" ("the factory of Tesla in Berlin"). The edge says the owner has that site there, not
that the owner lies there: the rule is one of ``kg.predicates.OWNER_RULES``, so "* in" (located
in) is no cue for it, and only a noun cue that names its noun types it ("headquarters in": the
headquarters' place).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.doc_arrays import children
from kg.relations.arguments import Arguments
from kg.relations.relative import PLACE_TYPES
from kg.relations.tokens import OWNER_TYPES
from kg.relations.triples import RawTriple, emit

#: Nouns of a site or a unit a body or a person has somewhere (singular and plural).
SITE_NOUNS_OWNED = frozenset("""
    headquarters seat factory factories plant plants mine mines refinery refineries smelter smelters
    office offices branch branches subsidiary subsidiaries unit units store stores shop shops
    project projects operations facility facilities site sites base bases warehouse warehouses
    campus campuses hub hubs embassy embassies consulate consulates residence residences home homes
    farm farms port ports terminal terminals mill mills plantation plantations studio studios
    laboratory laboratories lab labs centre center centres centers spaceport spaceports cosmodrome
    shipyard shipyards dockyard dockyards depot depots airbase airbases
""".split())
#: Prepositions of where the site is.
SITE_PREPS = frozenset({"in", "at", "near"})
#: Types of an owner: ``Arguments.owner``'s, and a country by its possessive or "of" ("France's
#: embassy in Kabul"; a place in front is the site's own: "the Sydney office").
SITE_OWNER_TYPES = OWNER_TYPES | {"GPE"}


def is_owned_site(noun: Token, args: Arguments) -> bool:
    """The anchor of the ``owned_site`` row: an unnamed common noun of ``SITE_NOUNS_OWNED``."""
    return noun.pos_ == "NOUN" and noun.lower_ in SITE_NOUNS_OWNED and args.ent(noun) is None


def owned_site(noun: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Tesla's factory in Berlin`` → Tesla *factory in* Berlin (module docstring).

    Pattern: noun{SITE_NOUNS_OWNED} > poss|compound{owner} (or > prep{of} > pobj{owner}) and
    noun > prep{in|at|near} > pobj{place}.
    """
    preps = [c for c in children(noun) if c.dep_ == "prep" and c.lower_ in SITE_PREPS]
    if not preps:
        return
    poss = next((c for c in children(noun) if c.dep_ == "poss"), None)
    owner = args.owner(noun) if poss is None else args.arg(poss)  # "the Prime Minister's Kirribilli residence"
    owner.mentions = [m for m in owner.mentions if args.mentions[m].type in SITE_OWNER_TYPES]
    if not owner:
        return
    for prep in preps:
        for places in args.pobj_args(prep, pronouns=False):
            places.mentions = [m for m in places.mentions if args.mentions[m].type in PLACE_TYPES]
            if places:
                yield from emit(args, owner, f"{noun.lower_} {prep.lower_}", places, "owned_site")
