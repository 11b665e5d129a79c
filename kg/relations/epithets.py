"""A people's word that stands for the person named just before it: "Coco Gauff reached the final
in Paris. The American beat Iga Swiatek". Sports and news stories refer to a person a second time
by their people ("the Brazilian", "the 27-year-old Argentine"); the argument reading already takes
such a subject for the person (``people_epithet`` in ``kg.relations.pronoun_kinds``: the previous
sentence's subject, when it names no other person and nothing makes the person another people's),
so "The American beat Iga Swiatek" is Gauff's win. The word also says the person's nationality,
which no other row reads, since the adjective describes no noun of the person's name.

Row (``rule`` on the edge): ``epithet_nationality``  the{det} NORP{nsubj|nsubjpass} read as the
person before: the person's nationality, marked ``+antecedent`` as every second reference is.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.relations.arguments import Arg, Arguments
from kg.relations.tokens import SUBJ_DEPS
from kg.relations.triples import RawTriple, emit


def is_people_subject(mi: int, root: Token, args: Arguments) -> bool:
    """The mention is a people's word standing as a clause's subject (the row's anchor)."""
    return args.mentions[mi].type == "NORP" and root.dep_ in SUBJ_DEPS


def epithet_nationality(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """"… The 27-year-old Argentine scored 12 goals": the person the epithet stands for has the
    people's nationality."""
    person = args.people_epithet(root, mi)
    if person:
        yield from emit(args, Arg(person, inferred=True), "nationality", [mi], "epithet_nationality")
