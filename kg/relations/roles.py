"""A character or performer named with the work it is in (``Merle Jackson in Coronation
Street``, ``nurse Sarah in Death Becomes Him``), and who played a character.

Cast lists and acting careers name roles this way; no verb says it, so no verb row reads it. Row
(``rule`` on the edge):

``appears_in``   name{PERSON} > prep{in} > pobj{WORK_OF_ART}: the person (a character, or the
                 actor) appears in the work. Nothing for a place or a date after ``in`` (nor a
                 facility after a lower-case ``the``: ``in the Great Hall``), nor for
                 ``in`` on the verb (``starred in Titanic`` is the verb rows' ``starred in``).
``role_as``      noun{role|roles|part} > prep{as} > pobj{name}: the role's holder played the
                 character (``known for his role as Christopher Moltisanti``, ``Lombardi had a
                 recurring role on The Sopranos as Agent Skip Lipari``), and the character is in
                 the show named after it. The holder is the noun's named owner (``Porter's
                 role``), else the subject of the noun's clause (``had``; ``known for his role``:
                 a pronoun owner is the clause's subject, not a character named before it).
``sung_with``    name{PERSON|ORG} "with" "TITLE": the name performed the quoted work (``preceding
                 Italy's Franca Raimondi with " Aprite le finestre "``, a contest's running order);
                 read on the text, since the parser hangs the ``with`` on the clause's verb. Only
                 a name written right before ``with`` and a quoted title right after it.
``as_role@played`` the verb rows' ``as_role`` with a verb of acting calls ``played_as`` here
                 (``Cribbins appeared as Wilfred Mott``, ``starred A as B, C as D``); with
                 play/return/feature only a person plays (``Arsenal played as Woolwich Arsenal``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.doc_arrays import conjuncts
from kg.relations.arguments import Arg, Arguments
from kg.relations.tokens import QUOTES
from kg.relations.triples import RawTriple, emit

if TYPE_CHECKING:
    from kg.relations.verbs import VerbFrame

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


def sung_with(mi: int, root: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Yohanna with " Is It True? "`` → Is It True? performed by Yohanna.

    Pattern (on the text): name{PERSON|ORG} "with" QUOTE name QUOTE.
    """
    if args.mentions[mi].type not in PERFORMER_TYPES:
        return
    doc, (_, end) = args.doc, args.span_in_sentence(mi)
    if end + 2 >= len(doc) or doc[end].lower_ != "with" or doc[end + 1].text not in QUOTES:
        return
    work = args.ent(doc[end + 2])
    if work is None or work == mi:
        return
    close = args.span_in_sentence(work)[1]
    if close < len(doc) and doc[close].text in QUOTES | {"”", "’"}:
        yield from emit(args, [work], "performed by", [mi], "sung_with")


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


def played_as(role: Token, f: "VerbFrame") -> Iterator[RawTriple]:
    """``Cribbins appeared as Wilfred Mott``, ``starred María Corda as Helen``, ``to feature
    Harrison Ford as Ryan``: a verb of acting with ``as`` + a name says who played whom. The
    performer is a named person object (``feature X as Y``), else the clause's subject. A cast
    list goes on in pairs the parser hangs on the first character (``… as Helen, Lewis Stone as
    Menelaus``): a conjunct with its own ``as`` is the next performer, not a character.

    Pattern: verb{PLAY_VERBS} > prep{as} > pobj{name}; performer = dobj{name} | subject.
    """
    args = f.args
    # "… as Ryan and James Earl Jones as James Greer": the parser hangs the second "as" on the verb
    later = [q for p in f.verb.children if p.dep_ == "prep" and p.lower_ == "as" and p.i > role.i
             for q in p.children if q.dep_ == "pobj"]
    paired = {c: q for c in conjuncts(role)
              if (q := _own_as(c) or next((x for x in later if x.i > c.i), None)) is not None}
    # in a cast list an unpaired name is an actor with no character named ("…, and Ricardo Cortez")
    chars = [m for t in (role, *(c for c in conjuncts(role) if not paired))
             if (m := args.ent(t)) is not None and args.mentions[m].type in CHARACTER_TYPES]
    objs = Arg()
    for c in f.verb.children:
        if c.dep_ == "dobj":
            objs.add(args.arg(c, pronouns=False))
    # "spent the season as X" (an unnamed object): the subject acted; "X was cast as Y": actors
    performers = objs if objs else f.actors
    people = Arg([m for m in performers.mentions if args.mentions[m].type in PERFORMER_TYPES], performers.inferred)
    pairs = [(people, chars)]
    for c, obj in paired.items():
        m, q = args.ent(c), args.ent(obj)
        if m is not None and args.mentions[m].type in PERFORMER_TYPES and q is not None \
                and args.mentions[q].type in CHARACTER_TYPES:
            pairs.append((Arg([m]), [q]))
    if f.verb.lemma_.lower() in _NAMING_PLAY_VERBS:  # "Arsenal played as Woolwich Arsenal": a former name
        pairs = [(Arg([m for m in p.mentions if args.mentions[m].type == "PERSON"], p.inferred), c) for p, c in pairs]
    for performer, played in pairs:
        for t in emit(args, performer, "played", played, "as_role@played", f.clause):
            t.predicate = "played_character"
            yield t
    # "appeared in the series Night Watch as Sam Reyes": the verb's own "in"/"on" names the work too,
    # a title only ("appeared on Channel 4 as X": a broadcaster, no show)
    shows = [m for m in work_after(f.verb, args) if args.mentions[m].type in _WORKS]
    yield from characters_in([role, *paired.values()], shows, args, "as_role@played")


#: Acting verbs that also say a team or a band went by a name (``Arsenal played as Woolwich
#: Arsenal``, ``returned as X``): with them only a person plays a character.
_NAMING_PLAY_VERBS = frozenset({"play", "return", "feature"})


def _own_as(t: Token) -> Token | None:
    """The object of ``t``'s own ``as`` (``Lewis Stone as Menelaus``), or None."""
    return next((q for p in t.children if p.dep_ == "prep" and p.lower_ == "as"
                 for q in p.children if q.dep_ == "pobj"), None)
