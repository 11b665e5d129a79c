"""The office a passive verb of appointing gives its subject: "Juan Perez was appointed chief
executive of Codelco", "was named chairman of the board of Vingroup", "was elected mayor of
Valparaiso in 2016".

The parser makes the office the verb's object predicate (``oprd``), and the ``svo`` row read the
office as an unnamed object ("appointed executive of" Codelco: an edge of no kind, and without the
office's first word). The holder is the verb's subject, the body the office's ``of``/``at``/``for``
phrase, as ``as_role`` reads "was appointed as chief executive of Codelco"; the label is the
office's ("chief executive of"), so the edge is typed by it (``kg.predicates``: chief executive,
chairperson, head of government).

Only a passive: the subject of an active verb appoints, and its object predicate belongs to the
object ("The board elected Juan Perez chairman of Codelco", which the name's own phrase says).
Only an office of ``ROLE_NOUNS`` that is no name ("was named FIH Player of the Year": an award).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.doc_arrays import children
from kg.relations.arguments import Arg
from kg.relations.fields import held_parts, role_field
from kg.relations.tokens import noun_label
from kg.relations.triples import RawTriple, emit
from kg.relations.words import APPOINT_VERBS, ROLE_NOUNS

if TYPE_CHECKING:
    from kg.relations.verbs import VerbFrame

#: Verbs whose passive gives the subject the office after it ("was appointed", "was elected",
#: "was made", "was sworn in as" is ``as_role``'s).
OFFICE_VERBS = APPOINT_VERBS | frozenset("elect reelect re-elect make crown proclaim ordain consecrate".split())
#: The prepositions of an office that name the body it is held at.
_BODY_PREPS = frozenset({"of", "at", "for"})


def gives_office(obj: Token, f: "VerbFrame") -> bool:
    """Is ``obj`` the office a passive verb of appointing gives its subject (``oprd``, a role
    noun in its label, inside no name)?"""
    return obj.dep_ == "oprd" and f.clause.passive and f.verb.lemma_.lower() in OFFICE_VERBS \
        and f.args.ent(obj) is None and bool(set(noun_label(obj).split()) & ROLE_NOUNS)


def office_given(verb: Token, f: "VerbFrame") -> Iterator[RawTriple]:
    """``X was appointed chief executive of Y`` → X chief executive of Y (module docstring).

    Pattern: verb{OFFICE_VERBS, passive} > oprd{role noun} > prep{of|at|for} > pobj.
    """
    args = f.args
    for obj in (c for c in children(verb) if c.dep_ == "oprd"):
        if not gives_office(obj, f):
            continue
        bodies = Arg()
        for p in (p for p in obj.children if p.dep_ == "prep" and p.lower_ in _BODY_PREPS):
            for a in args.pobj_args(p, pronouns=False):
                bodies.add(a)
        label = noun_label(obj)
        for text, held in held_parts(args, label, role_field(obj, args, f.actors), "of", bodies):
            yield from emit(args, f.actors, text, held, "office_given", f.clause)
