"""A merger's parties and what it made: "the merger of Fiat Chrysler and PSA", "Stellantis, born
from the merger of Fiat Chrysler and PSA", "Stellantis was formed by the merger of Fiat Chrysler
and PSA".

The ``nominal`` row reads a joint noun's "between" ("the merger between A and B": A *merger
with* B); business news writes the parties with "of" as often, and names the body the merger
made by a participle or a passive on the noun's preposition. ``nominal`` asks this module:

- ``parties_of``: a noun of ``UNION_NOUNS`` whose "of" holds exactly two names (no possessive
  before the noun: "Disney's merger of its units" names no pair) joins the first to the second
  *merger with*, as the "between" reading does;
- ``made_by_union``: when that noun is the object of "from", "by" or "through" after a verb of
  making (``MADE_VERBS``: born, formed, created, resulted…), the verb's subject, or the name a
  participle of it describes, was made from each party: *formed from merger of*; so was the
  object of a verb of making the noun is the subject of ("the merger of A and B created X");
- ``formed_by``: a joint body's noun (``JOINT_NOUNS``: consortium, venture…) whose participle
  names its two makers ("the consortium formed by Vinci and Acciona") makes them partners:
  *formed consortium with*. Its "of" reads as a union's ("a consortium of Vinci and Acciona").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.doc_arrays import children
from kg.relations.arguments import Arg, Arguments
from kg.relations.clause import clause
from kg.relations.triples import RawTriple, emit

#: Nouns of two bodies made one.
UNION_NOUNS = frozenset({"merger", "fusion", "amalgamation", "union"})
#: Nouns of a body two bodies form together, each staying itself.
JOINT_NOUNS = frozenset({"consortium", "venture", "alliance", "partnership", "coalition"})
#: The nouns whose "of" names two parties: a union's, a joint body's.
_PARTY_NOUNS = UNION_NOUNS | JOINT_NOUNS
#: Verbs (lemmas) of forming a joint body: "the consortium formed by A and B".
FORMING_VERBS = frozenset({"form", "create", "found", "establish", "set", "launch"})
#: Verbs (lemmas) of a body made from something.
MADE_VERBS = frozenset({"bear", "form", "create", "result", "emerge", "establish", "found", "arise"})
#: Verbs (lemmas) a union makes a body by: "the merger of A and B created X".
MAKING_VERBS = frozenset({"create", "form", "produce"})
#: Prepositions of what a body was made from.
_FROM = frozenset({"from", "by", "through", "after", "in"})


def two_parties(prep: Token, args: Arguments) -> Arg:
    """The names a preposition's objects give when they are exactly two ("of A and B", "by A and
    B", "between A and B"), else an empty Arg: three or more, or one, name no pair."""
    parties = Arg()
    for a in args.pobj_args(prep, pronouns=False):
        parties.add(a)
    return parties if len(parties.mentions) == 2 else Arg()


def parties_of(noun: Token, of: Token, args: Arguments) -> Arg:
    """The two names of a union noun's "of", or an empty Arg (module docstring)."""
    if noun.lower_ not in _PARTY_NOUNS or of.lower_ != "of" or any(c.dep_ == "poss" for c in children(noun)):
        return Arg()
    return two_parties(of, args)


def formed_by(noun: Token, args: Arguments) -> Iterator[RawTriple]:
    """``the consortium formed by Vinci and Acciona`` → Vinci *formed consortium with* Acciona:
    the two makers of a joint body (``JOINT_NOUNS``) a participle of ``FORMING_VERBS`` names by
    its "by", exactly two of them, each a party with the other."""
    if noun.lower_ not in JOINT_NOUNS:
        return
    for verb in (c for c in children(noun) if c.dep_ == "acl" and c.lemma_.lower() in FORMING_VERBS):
        for by in (c for c in children(verb) if c.dep_ == "agent"):
            if parties := two_parties(by, args):
                first, second = parties.mentions
                yield from emit(args, [first], f"formed {noun.lower_} with", [second], "nominal@between")


def made_by_union(noun: Token, parties: Arg, args: Arguments) -> Iterator[RawTriple]:
    """``Stellantis, born from the merger of A and B`` → Stellantis *formed from merger of* A, B;
    so does "the merger of A and B created Stellantis"."""
    if noun.lower_ not in UNION_NOUNS:
        return  # "a consortium of A and B": A and B stay themselves
    prep = noun.head
    verb = prep.head
    if noun.dep_ == "nsubj" and prep.lemma_.lower() in MAKING_VERBS:  # "the merger … created X"
        made = Arg()
        for obj in (c for c in children(prep) if c.dep_ == "dobj"):
            made.add(args.arg(obj, pronouns=False))
    elif noun.dep_ != "pobj" or prep.lower_ not in _FROM or prep.dep_ not in ("prep", "agent") \
            or verb.lemma_.lower() not in MADE_VERBS:
        return
    elif verb.dep_ == "acl":  # "Stellantis, born from the merger …": the name the participle describes
        made = args.arg(verb.head, pronouns=False)
    else:
        made = clause(args, verb).subjects
    made.mentions = [m for m in made.mentions if m not in parties.mentions]
    if made:
        yield from emit(args, made, f"formed from {noun.lower_} of", parties, "nominal@union")
