"""A role held where a relative clause on a body says: "He joins from the University of Leicester,
where he was deputy vice-chancellor"; "taken from Brightsteps, where Peter Lowther worked as
finance manager" (``kg.relations.where_clauses`` reads the same clause on a place: where the
subject was born, lived or is based). The role noun has no "of" of its own, so neither the copula
rows nor ``as_role`` find whose role it is; the "where" clause names the body: the one it is hung on.

Row (``rule`` on the edge): ``where_role``  body{ORG} > relcl{be, or a verb with "as"} > advmod{where};
the clause's subject (a person) holds the role noun (``attr``, or the object of "as") of the body.
Not a role with a body of its own ("where he was chairman of the board"), nor a clause of
something else ("where it was sold as a brand").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.relations.arguments import Arg, Arguments
from kg.relations.tokens import label_words, noun_label
from kg.relations.triples import RawTriple, emit
from kg.relations.words import ROLE_NOUNS

#: Prepositions that give a role noun a body of its own ("chairman of the board", "a coach at X").
_OWN_BODY = frozenset({"of", "at", "for", "with"})


def is_body_where(tok: Token, args: Arguments) -> bool:
    """``where`` opening a relative clause hung on a body's name (the row's anchor)."""
    verb = tok.head
    body = args.ent(verb.head) if verb.dep_ == "relcl" else None
    return tok.dep_ == "advmod" and body is not None and args.mentions[body].type == "ORG"


def where_role(tok: Token, args: Arguments) -> Iterator[RawTriple]:
    """"…, where he was deputy vice-chancellor": the clause's person holds the role at the body."""
    verb = tok.head
    body = args.ent(verb.head)
    subjects, passive = args.clause_subjects(verb)
    people = Arg([m for m in subjects.mentions if args.mentions[m].type == "PERSON"], subjects.inferred)
    if passive or not people:
        return
    roles = [c for c in verb.children if c.dep_ == "attr"] if verb.lemma_ == "be" else [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    for role in roles:
        label = noun_label(role)
        if role.pos_ != "NOUN" or args.ent(role) is not None or not label_words(label) & ROLE_NOUNS \
                or any(c.dep_ == "prep" and c.lower_ in _OWN_BODY for c in role.children):
            continue
        yield from emit(args, people, f"{label} of", [body], "where_role")
