"""A character or performer named with the work it is in: ``Merle Jackson in Coronation
Street``, ``nurse Sarah in Death Becomes Him``.

Cast lists and acting careers name roles this way; no verb says it, so no verb row reads it. Row
(``rule`` on the edge):

``appears_in``   name{PERSON} > prep{in} > pobj{WORK_OF_ART}: the person (a character, or the
                 actor) appears in the work. Nothing for a place or a date after ``in`` (nor a
                 facility after a lower-case ``the``: ``in the Great Hall``), nor for
                 ``in`` on the verb (``starred in Titanic`` is the verb rows' ``starred in``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.relations.arguments import Arg, Arguments
from kg.relations.triples import RawTriple, emit

#: Tail types: a work, and what NER often calls a series or a soap (``Coronation Street``: FAC).
_WORKS = frozenset({"WORK_OF_ART", "PRODUCT", "FAC"})


def appears_in(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Lisa Trotter in The Sarah Jane Adventures`` → appears in.

    Pattern: name{PERSON} > prep{LOWER: in} > pobj{WORK_OF_ART}.
    """
    if args.mentions[mi].type != "PERSON":
        return
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "in"):
        for q in (q for q in prep.children if q.dep_ == "pobj"):
            works = [m for m in args.arg(q, pronouns=False).mentions if args.mentions[m].type in _WORKS
                     and not (args.mentions[m].type == "FAC" and _lower_the(q))]
            yield from emit(args, [mi], "appears in", works, "appears_in")


def _lower_the(q: Token) -> bool:
    """A lower-case ``the`` before the name: a building or a hall (``met him in the Great Hall of
    the People``), where a work's title carries its own article (``in The Bill``) or none
    (``in Coronation Street``)."""
    return any(c.dep_ == "det" and c.text == "the" for c in q.children)


#: Nouns for a part an actor plays (``his role as X``).
ROLE_PART_NOUNS = frozenset({"role", "roles", "part", "portrayal"})
#: Name types of a performer and of a character (NER types many surnames ORG, and unusual names
#: ORG or FAC: ``as Menelaus``, ``as Jason Street``); never a place, a date or a nationality.
PERFORMER_TYPES = frozenset({"PERSON", "ORG"})
CHARACTER_TYPES = frozenset({"PERSON", "ORG", "FAC", "WORK_OF_ART"})


def role_as(tok: Token, args: Arguments) -> Iterator[RawTriple]:
    """``known for his role as Christopher Moltisanti`` → he played Christopher Moltisanti.

    Pattern: noun{role|part} > prep{LOWER: as} > pobj{name}; holder = noun's owner | subject of
    the verb whose dobj the noun is.
    """
    chars = [m for p in tok.children if p.dep_ == "prep" and p.lower_ == "as"
             for q in p.children if q.dep_ == "pobj"
             if (m := args.ent(q)) is not None and args.mentions[m].type in CHARACTER_TYPES]
    if not chars:
        return
    holder = args.owner(tok, via_of=False)
    if not holder or holder.inferred:
        # "He is best known for portraying John Redcorn, and for his role as X": "his" is the
        # clause's subject, not the nearest name (a character the sentence named before)
        verb = next((h for h in (tok, *tok.ancestors) if h.pos_ in ("VERB", "AUX")), None)
        subject = args.clause_subjects(verb)[0] if verb is not None else Arg()
        holder = subject if subject or not holder else holder
    people = Arg([m for m in holder.mentions if args.mentions[m].type in PERFORMER_TYPES], holder.inferred)
    for t in emit(args, people, "played", chars, "role_as"):
        t.predicate = "played_character"
        yield t
    works = work_after(tok, args)  # "his role on The Sopranos as X"
    yield from emit(args, people, "role in", works, "role_as")
    yield from characters_in([q for p in tok.children if p.dep_ == "prep" and p.lower_ == "as"
                              for q in p.children if q.dep_ == "pobj"], works, args, "role_as")


#: What NER calls a show a role is in (``on The Sopranos``: ORG); never a place or a person.
_ROLE_WORKS = _WORKS | {"ORG"}


def work_after(tok: Token, args: Arguments) -> list[int]:
    """The works named by ``in``/``on`` right on ``tok`` (``as X in Parks and Recreation``, ``a
    role on The Sopranos``); a lower-case ``the`` before a name says a building, not a title."""
    return [m for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "on")
            for q in p.children if q.dep_ == "pobj"
            for m in args.arg(q, pronouns=False).mentions
            if args.mentions[m].type in _ROLE_WORKS and not (args.mentions[m].type == "FAC" and _lower_the(q))]


def characters_in(objects: list[Token], works: list[int], args: Arguments, key: str) -> Iterator[RawTriple]:
    """Each character named by ``objects`` (an ``as`` object) is in the work named after it or
    after the role (``as Jason Street in Friday Night Lights``)."""
    for q in objects:
        m = args.ent(q)
        if m is None or args.mentions[m].type not in CHARACTER_TYPES:
            continue
        for t in emit(args, [m], "character in", works + work_after(q, args), key):
            t.predicate = "present_in_work"
            yield t
