"""Where a person was arrested, killed or received, when nobody named did it: "Police arrested
Juan Perez in Lima", "Gunmen shot the journalist Ana Ruiz in Culiacán", "The authorities
detained the blogger X at the airport of Cairo".

The ``prep`` rule joins a verb's place to its subject: right for "Tesla opened a factory in
Berlin", but it finds nothing in these sentences, whose subject (police, gunmen, the
authorities) is no name. Yet the sentence states where the person it names was: the
passive says so in the words ``prep`` reads ("Juan Perez was arrested in Lima": *arrested in*).
``object_place`` (a ``verb`` row of ``kg.relations.rules.RULES``) gives the active sentence the
passive's edge, person → *arrested in* → place, when

- the verb is one of ``DONE_TO_VERBS``, something done to a person where the person is (held,
  hurt, judged or welcomed there; not "called", "criticised", "praised", said of one elsewhere);
- the verb is active and its subjects are no names (a people's adjective on an unnamed noun,
  "Egyptian authorities", is none: the authorities are still unnamed);
- the object is a person's name, and the preposition's object a place's name ("in Lima"), or an
  unnamed noun of a named place ("at the airport of Cairo").

Where a person was taken is the person's too: "Ecuadorian authorities extradited the drug lord
Adolfo Macías to the United States" → Macías *extradited to* the United States. With a verb of
``SENT_VERBS`` its "to" is read whoever the subject is ("Trump sent Marco Rubio to Panama": the
subject's own edge, *sent to* Panama, is ``prep``'s; Rubio went there too).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.doc_arrays import children
from kg.relations.relative import PLACE_TYPES
from kg.relations.triples import RawTriple, emit

if TYPE_CHECKING:
    from kg.relations.verbs import VerbFrame

#: Verbs (lemmas) of what is done to a person where the person is.
DONE_TO_VERBS = frozenset("""
    arrest detain capture kidnap abduct hold jail imprison intern interrogate question
    kill murder assassinate execute shoot stab behead lynch attack assault beat torture injure wound
    rescue free release evacuate hospitalize hospitalise treat bury
    deport extradite expel sentence convict try
    receive welcome greet host crown inaugurate swear elect
""".split())
#: Verbs (lemmas) of taking a person to a place, which "to" names.
SENT_VERBS = frozenset("deport extradite expel repatriate transfer send fly airlift evacuate".split())
#: Prepositions of the place where it was done.
PLACE_PREPS = frozenset({"in", "at", "near", "outside"})
_TO = frozenset({"to"})


def is_object_place(verb: Token, f: "VerbFrame") -> bool:
    """The anchor of the ``object_place`` row: an active verb of ``DONE_TO_VERBS`` or ``SENT_VERBS``."""
    lemma = verb.lemma_.lower()
    return not f.clause.passive and (lemma in DONE_TO_VERBS or lemma in SENT_VERBS)


def object_place(verb: Token, f: "VerbFrame") -> Iterator[RawTriple]:
    """``Police arrested Juan Perez in Lima`` → Juan Perez *arrested in* Lima; ``extradited Macías
    to the United States`` → Macías *extradited to* the United States (module docstring).
    The parser may hang the place on the object ("killed the journalist Ana Ruiz in Culiacán":
    on "Ruiz"); it is the same place.

    Pattern: verb{DONE_TO_VERBS, active, no named subject} > dobj{PERSON} and
    verb|dobj|dobj > appos > prep{in|at|near|outside} > pobj{place} (or pobj > prep{of} > pobj{place});
    verb{SENT_VERBS, active} > dobj{PERSON} and verb|dobj|dobj > appos > prep{to} > pobj{place}.
    """
    args = f.args
    preps = _TO if verb.lemma_.lower() in SENT_VERBS else frozenset()
    if not any(args.mentions[m].type != "NORP" for m in f.clause.subjects.mentions) \
            and verb.lemma_.lower() in DONE_TO_VERBS:
        preps |= PLACE_PREPS  # not after a named subject: "Tesla opened a factory in Berlin" is ``prep``'s
    if not preps:
        return
    objects = [o for o in f.objects() if o.dep_ == "dobj"]
    people = [m for o in objects for m in args.arg(o, pronouns=False).mentions if args.mentions[m].type == "PERSON"]
    if not people:
        return
    hosts = [verb, *objects, *(a for o in objects for a in children(o) if a.dep_ == "appos")]
    for prep in (c for h in hosts for c in children(h) if c.dep_ == "prep" and c.lower_ in preps):
        places = _places(prep, f)
        if places:
            yield from emit(args, people, f"{f.label} {prep.lower_}", places, "object_place", f.clause)


def _places(prep: Token, f: "VerbFrame") -> list[int]:
    """The places a preposition names: "in Lima", "at the airport of Cairo"."""
    args, places = f.args, []
    for pobj in (c for c in children(prep) if c.dep_ == "pobj"):
        named = args.arg(pobj, pronouns=False).mentions
        if not named and pobj.pos_ == "NOUN":  # "at the airport of Cairo"
            named = [m for of in children(pobj) if of.dep_ == "prep" and of.lower_ == "of"
                     for a in args.pobj_args(of, pronouns=False) for m in a.mentions]
        places += [m for m in named if args.mentions[m].type in PLACE_TYPES and m not in places]
    return places
