"""``at`` + a name hung under the verb's unnamed object: where the verb happened.

``won two medals in the men's skeleton event at the FIBT World Championships``, ``obtained his
habilitation for internal medicine at the University of Breslau``, ``was admitted to Zimmermann's
piano class at the Conservatoire de Paris``: the parser hangs the trailing ``at`` phrase on the
nearest noun, one or two prepositions below the verb, so ``verb_preps`` (a named object of the
verb's own preposition) and ``object_prep`` (a preposition of the direct object) do not read it.
An ``at`` + an organisation, a facility, an event or a place says where the whole clause
happened. ``place_preps`` is the ``in`` + place sibling of this rule for verbs of where.

Not below a noun for a person (``married the daughter of a professor at Harvard``: the professor
is at Harvard), a named noun (its own relation), a part noun (``part_preps``), nor below a
preposition of what the clause is about (``CARRYING_PREPS``).

Its sibling ``acted_on`` reads the other name an unnamed object of the verb's preposition holds:
the ``of`` of an act (``opened an investigation into the merger of X and Y``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.predicates import noun_kind
from kg.relations.arguments import Arguments
from kg.relations.triples import RawTriple, emit
from kg.relations.words import PART_NOUNS, ROLE_NOUNS, SKIP_PREPS

if TYPE_CHECKING:
    from kg.relations.verbs import VerbFrame

#: Mention types an ``at`` phrase can name as where something happened.
WHERE_TYPES = frozenset({"ORG", "FAC", "EVENT", "GPE", "LOC"})
#: The verb's prepositions whose object an ``at`` below may place the clause by: taking part,
#: moving, purpose (``won medals in the event at X``, ``admitted to the class at X``). Not those
#: of what the clause is about or looks to (``regarding the usage of the runways at X``, ``look
#: beyond the small number of trouble makers at X``: the ``at`` places the topic).
CARRYING_PREPS = frozenset({"in", "into", "to", "for", "from", "with"})
#: Prepositions under the object that say what it is about or against, not where (``of`` is read
#: anyway: ``the first years of his career at Craiova``).
_ABOUT_PREPS = SKIP_PREPS | {"at", "regarding", "about", "concerning", "on", "over", "against"}


def _carrier(noun: Token, args: Arguments) -> bool:
    """An unnamed common noun an ``at`` phrase may hang on for the whole clause."""
    low = noun.lower_
    return (noun.pos_ == "NOUN" and args.ent(noun) is None and low not in PART_NOUNS
            and low not in ROLE_NOUNS and noun_kind(low, ("PERSON",)) is None)


def _not_a_set(prep: Token, noun: Token) -> bool:
    """Not a plural after ``of``: ``the number of trouble makers at the Woomera Centre``, ``the
    usage of the runways at Heathrow``: the ``at`` places the things counted or named, not the
    clause (``the first years of his career at Craiova`` does)."""
    return prep.lower_ != "of" or noun.tag_ != "NNS"


def nested_at(verb: Token, f: "VerbFrame") -> Iterator[RawTriple]:
    """``won medals in the event at the FIBT World Championships`` -> won at FIBT World
    Championships.

    Pattern: verb > prep > pobj{carrier} > prep{at} > pobj{name}, or verb > (dobj | prep >
    pobj){carrier} > prep > pobj{carrier} > prep{at} > pobj{name}.
    """
    args = f.args
    tops = [o for o in f.objects() if o.dep_ == "dobj"]
    tops += [q for p in f.preps() if p.lower_ in CARRYING_PREPS for q in p.children if q.dep_ == "pobj"]
    seen: set[int] = set()
    for top in (t for t in tops if _carrier(t, args)):
        # its own "at" (a direct object's is object_prep's), then one under its preposition's object
        # ("the first years of his career at Craiova")
        ats = [p for p in top.children if p.dep_ == "prep" and p.lower_ == "at" and top.dep_ == "pobj"]
        ats += [a for p in top.children if p.dep_ == "prep" and (p.lower_ == "of" or p.lower_ not in _ABOUT_PREPS)
                for q in p.children if q.dep_ == "pobj" and _carrier(q, args) and _not_a_set(p, q)
                for a in q.children if a.dep_ == "prep" and a.lower_ == "at"]
        for at in (a for a in ats if a.i not in seen):
            seen.add(at.i)
            for a in args.pobj_args(at, pronouns=False):
                where = [m for m in a.mentions if args.mentions[m].type in WHERE_TYPES]
                yield from emit(args, f.actors, f"{f.label} at", where, "nested_at", f.clause)


#: Prepositions of a verb whose object may be an act done to a name ("an investigation into the
#: merger of X", "a ruling on the sale of Y", "protests against the takeover of Z").
EVENT_PREPS = frozenset({"into", "on", "against"})


def acted_on(prep: Token, event: Token, f: VerbFrame) -> Iterator[RawTriple]:
    """The names an unnamed act's "of" phrase holds, after a verb's preposition (``verb_preps``
    asks, for an ``EVENT_PREPS`` object it found no name in): "opened an investigation into the
    merger of Breda Logistics and Scaldis Terminals" gives "opened investigation into merger of"
    each company."""
    noun = f" {f.obj_noun.lower_}" if f.obj_noun is not None else ""
    for of, named in f.args.noun_preps(event):
        if of == "of":
            yield from emit(f.args, f.holders, f"{f.label}{noun} {prep.lower_} {event.lower_} of", named, "prep",
                            f.clause)
