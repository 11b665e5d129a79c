"""``…, where X <verb> …``: a relative clause on a place says its verb happened there.

``BASF closed two plants in Ludwigshafen, where the company has its headquarters``: the clause
has no preposition of its own for the place, so ``verb_preps`` reads nothing; its ``where`` is
the place it hangs on. The clause's subject does what the verb says *in* that place ("has
headquarters in Ludwigshafen", "was born in Majorca"). Only a named place, region or building
(``kg.relations.relative.PLACE_TYPES``: GPE, LOC, FAC) is
a "where": ``in the period where …`` is a time, and a person or a company is no place. The
clause's own preposition of place (``where he studied at the University of Bologna``) is
``verb_preps``' reading and adds nothing here. A passive's subject is who was there ("where his
production company was based", not an agent of it); a verb of naming says nothing done there
("where it is called the Pulangi River").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.relations.owned_sites import SITE_NOUNS_OWNED
from kg.relations.relative import PLACE_TYPES
from kg.relations.triples import RawTriple, emit

if TYPE_CHECKING:
    from kg.relations.verbs import VerbFrame

#: Verbs whose "where" says where someone or something is, was born, lived or died ("where he was
#: born", "where the company is based"). Other deeds in a place ("where he studied law", "where he
#: earned a degree") read true but say little: measured on Re-DocRED dev, one edge in five joined an
#: annotated pair, so they are left out unless the object is a site (``SITE_NOUNS_OWNED``: "where
#: the company has its headquarters", "where Toyota opened a plant").
BEING_VERBS = frozenset("bear die live reside settle base headquarter locate situate bury".split())


def is_where_clause(verb: Token, f: "VerbFrame") -> bool:
    """``verb`` heads a relative clause opened by ``where`` on a word before it."""
    return verb.dep_ == "relcl" and verb.head.i < verb.i and any(
        c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children)


def where_place(verb: Token, f: "VerbFrame") -> Iterator[RawTriple]:
    """The clause's subject did the verb (with its unnamed object, if any) in the place the
    clause hangs on, for a verb of being somewhere (``BEING_VERBS``) or a site as its object;
    nothing when the verb or its object has an "in" or "at" of its own ("where he was buried in
    the cemetery of X", "where it opened an office in the old town")."""
    args, noun = f.args, f.obj_noun
    if verb.lemma_.lower() not in BEING_VERBS and (noun is None or noun.lower_ not in SITE_NOUNS_OWNED):
        return
    if any(c.dep_ == "prep" and c.lower_ in ("in", "at") and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN", "PRON")
                                                                  for o in c.children)
           for w in (verb, noun) if w is not None for c in w.children):
        return  # "where he had developed an interest in Islam": the label would read "interest in" the place;
        # not "in overseas" (an adverb names no other place)
    places = args.arg(verb.head, pronouns=False)
    places.mentions = [m for m in places.mentions if args.mentions[m].type in PLACE_TYPES]
    if not places:
        return
    label = f"{f.label} {noun.lower_} in" if noun is not None and noun.dep_ == "dobj" else f"{f.label} in"
    # a passive's subject was there ("where he was born", "where his company was based")
    yield from emit(args, f.clause.subjects if f.clause.passive else f.actors, label, places, "where_place", f.clause)
