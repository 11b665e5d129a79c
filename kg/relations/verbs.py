"""Verb rules: the copula rows, the verb rows sharing a ``VerbFrame``, and the prep rows (those that
read a place through a part or an object noun: ``kg.relations.part_places``).

The local shapes are written as DependencyMatcher-style patterns in the docstrings
(``>`` = child); the code walks the parse directly.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Token

from kg.doc_arrays import children, conjuncts
from kg.relations.arguments import SUCCEEDING_VERBS, Arg, Arguments
from kg.relations.clause import Clause
from kg.relations.fields import held_parts, role_field
from kg.relations.nested_at import EVENT_PREPS, acted_on
from kg.relations.object_nouns import object_noun
from kg.relations.object_references import described_object
from kg.relations.offices_given import gives_office
from kg.predicates import node_types
from kg.relations.roles import played_as
from kg.relations.seats import SEAT_NOUNS, seat_subject
from kg.relations.stakes import STAKE_VERBS, capital_of, share
from kg.relations.tokens import (
    NOUN_MOD_DEPS,
    ORGLIKE,
    VALUE_ATTRS,
    is_amount,
    is_event,
    label_words,
    list_prep,
    noun_label,
    objects,
    shared_preps,
    verb_label,
)
from kg.relations.triples import RawTriple, emit
from kg.relations.words import (ADVISER_NOUNS, APPOINT_VERBS, DEEM_VERBS, DEGREE_NOUNS, DURING_VERBS, LEAVE_VERBS,
                                PART_WORDS, PARTICIPATE_VERBS, PLAY_VERBS, ROLE_NOUNS,
                                SERVICE_NOUNS, SKIP_PREPS, SPELLS, TAKEN_POSTS)


@dataclass
class VerbFrame:
    """What the verb rules share about one verb: its label, clause and who acts.

    ``obj_noun`` (the direct object noun, set by ``verb_objects``) and ``holders`` (set by
    ``settle``) feed the prepositional rules: ``stored data in Virginia``.
    """

    verb: Token
    args: Arguments
    clause: Clause
    label: str
    agents: Arg
    actors: Arg
    holders: Arg = field(default_factory=Arg)
    obj_noun: Token | None = None
    #: ``kg.relations.tokens.shared_preps`` of the verb (read once: the agents and ``preps()`` ask).
    shared: list[Token] = field(default_factory=list)
    #: ``preps()`` and ``objects()``, read once a verb (the verb and prep rows each ask).
    _preps: list[Token] | None = field(default=None, repr=False)
    _objects: list[Token] | None = field(default=None, repr=False)

    @classmethod
    def of(cls, verb: Token, cl: Clause, args: Arguments) -> "VerbFrame":
        agents, shared = Arg(), shared_preps(verb)
        for c in (*children(verb), *shared):  # "was written and directed by X"
            if c.dep_ == "agent":
                for a in args.pobj_args(c):
                    agents.add(a)
        if cl.passive and not agents:  # "was fined 1.2 billion euros by the regulator"
            for obj in (c for c in children(verb) if c.dep_ == "dobj" and is_amount(c)):
                for p in children(obj):
                    if p.dep_ == "prep" and p.lower_ == "by":
                        for a in args.pobj_args(p):
                            agents.add(a)
        actors = (agents or cl.subjects) if cl.passive else cl.subjects
        return cls(verb, args, cl, verb_label(verb), agents, actors, shared=shared)

    def settle(self) -> None:
        """``TikTok's data are stored in …``: a passive's prepositions belong to the owner of
        its unnamed subject, and the subject noun joins the relation; so do those of "be" after
        a seat's noun ("Its headquarters are in Stavanger": headquarters in, ``SEAT_NOUNS``)."""
        self.holders = self.actors
        if self.clause.passive and not self.agents:
            subj = [c for c in self.verb.children if c.dep_ == "nsubjpass"]
            if not self.clause.subjects and subj and subj[0].pos_ == "NOUN":
                self.holders = self.args.owner(subj[0])
                self.obj_noun = subj[0] if self.holders else self.obj_noun
        elif self.verb.lemma_ == "be" and not self.clause.subjects:
            seat = seat_subject(self.verb)
            if seat is not None and (owner := self.args.owner(seat)):
                self.holders, self.label = owner, seat.lower_

    def label_with_object(self, prep: Token) -> str:
        """The label, the unnamed object's noun ("stored data in", "took place in") and ``prep``."""
        noun = [] if self.obj_noun is None else [self.obj_noun.lower_]
        return " ".join([self.label, *noun, prep.lower_])

    def objects(self) -> list[Token]:
        """``kg.relations.tokens.objects`` of the verb, read once (``svo``, ``such_as`` and ``nested_at`` ask)."""
        if self._objects is None:
            self._objects = objects(self.verb)
        return self._objects

    def preps(self) -> list[Token]:
        """The verb's prepositions (its own, those it shares with the verb coordinated after it, and
        those coordinated with either), read once: ``such_as`` and the prep rows ask."""
        if self._preps is None:
            self._preps = self._read_preps()
        return self._preps

    def _read_preps(self) -> list[Token]:
        verb = self.verb
        own = [c for c in children(verb) if c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP")]
        own += [c for c in self.shared if c.dep_ == "prep"]  # "born and raised in X"
        own += [c for o in children(verb) if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep" and c.lower_ == "as"
                and o.ent_type_ == "PERSON"]  # "has Tim Cook as its chief executive": the parser hangs "as" on him
        # "played in A from 1994 to 1996 and in B": a preposition coordinated with one of the verb's
        # is the verb's too (the parser hangs it on the first as a conjunct)
        return own + [c for p in own for c in conjuncts(p) if c.dep_ == "conj" and c.pos_ == "ADP" and c not in own
                      and self.args.ent(c) is None]  # not "With or Without You", a title


# -- verb rows: (verb, frame) --------------------------------------------------------------
def passive_agent(verb: Token, f: VerbFrame) -> Iterator[RawTriple]:
    """``TikTok was fined by the FTC`` → FTC —fined→ TikTok; with an unnamed subject,
    ``TikTok's data were collected by X`` → X —collected→ TikTok (``subject_owner``).

    Pattern: verb > nsubjpass, verb > agent > pobj.
    """
    cl, args = f.clause, f.args
    if f.agents and cl.subjects:
        yield from emit(args, f.agents, f.label, cl.subjects, "passive", cl)
    if f.agents and not cl.subjects:
        subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
        owner = args.owner(subj[0]) if subj and subj[0].pos_ == "NOUN" else None
        if owner and not owner.inferred:  # "His work was published by X": a pronoun's owner, 0.07 right
            yield from emit(args, f.agents, f.label, owner, "subject_owner@agent", cl)


def _amount_object(obj: Token, f: VerbFrame) -> Iterator[RawTriple]:
    """``fined Google 4.3 billion euros`` (name parsed into the amount), ``invest $10 billion
    in OpenAI``."""
    args, label = f.args, f.label
    first_num = min((c.i for c in obj.children if c.dep_ == "nummod"), default=obj.i)
    named = [c for c in obj.children if c.dep_ in NOUN_MOD_DEPS and c.i < first_num and args.ent(c) is not None]
    for c in named:
        yield from emit(args, f.actors, label, args.arg(c, pronouns=False), "svo@amount", f.clause)
    noun = f" {obj.lower_}" if obj.pos_ == "NOUN" and obj.ent_type_ != "MONEY" else ""
    for prep, pobj_arg in [*args.noun_preps(obj), *capital_of(obj, args)]:
        if prep == "of" and share(obj) and f.verb.lemma_.lower() in STAKE_VERBS:
            part = obj.doc[obj.left_edge.i:obj.i + 1].text  # "owns 80% of Tolmeca Copper": a stake in it
            for t in emit(args, f.actors, f"{label} {part} of", pobj_arg, "prep@amount", f.clause):
                t.predicate = "invested_in"
                yield t
        elif prep not in ("of", "between"):  # "had 12 seats in the State House"
            yield from emit(args, f.actors, f"{label}{noun} {prep}", pobj_arg, "prep@amount", f.clause)


def verb_objects(verb: Token, f: VerbFrame) -> Iterator[RawTriple]:
    """``the FTC fined TikTok`` (``svo``); objects that are amounts or unnamed nouns pass to
    ``_amount_object`` and ``kg.relations.object_nouns.object_noun``.

    Pattern: verb > nsubj, verb > dobj|dative|oprd (or the object gap of a relative clause).
    """
    for obj in f.objects():
        # a person's object pronoun stands for whom it refers back to ("Manchester City signed him",
        # "Sammo Hung married her"); not "it", which as an object is most often a thing never named
        person = obj.lower_ in ("him", "her") and obj.tag_ == "PRP"
        targets = f.args.arg(obj, pronouns=person) or _appointee(verb, obj, f.args) \
            or described_object(obj, f.actors, f.args)  # "who has led the company since 2017"
        if targets:
            yield from emit(f.args, f.actors, f.label, targets, "svo", f.clause)
        elif is_amount(obj):
            if obj.dep_ == "dobj" and obj.pos_ == "NOUN" and obj.ent_type_ not in VALUE_ATTRS:
                f.obj_noun = obj  # "released two hostages through the Red Cross": no record through a label
            yield from _amount_object(obj, f)
        elif (obj.pos_ == "NOUN" or obj.lower_ in PART_WORDS and any(c.lower_ == "of" for c in obj.children)) \
                and obj.ent_type_ not in VALUE_ATTRS and not gives_office(obj, f):  # office_given
            if obj.dep_ == "dobj" and obj.pos_ == "NOUN":  # not "most": "co-wrote most of the tracks on it"
                f.obj_noun = obj
            yield from object_noun(obj, f)


def _appointee(verb: Token, obj: Token, args: Arguments) -> Arg:
    """``Ousmane Sonko`` of "has named Mr. Ousmane Sonko Prime Minister": after an appointing
    verb, with no "as" (news translated from French or Russian drops it), the parse reads the
    person's name as a modifier of the office, and the office as the object; the person is the
    one named. Only a person's name right before a role noun counts ("named Apple CEO": a body)."""
    if verb.lemma_.lower() not in APPOINT_VERBS or obj.dep_ not in ("oprd", "dobj") or obj.lower_ not in ROLE_NOUNS:
        return Arg()
    people = Arg()
    for c in obj.children:
        mi = args.ent(c) if c.dep_ in ("compound", "nmod") and c.i < obj.i else None
        if mi is not None and args.mentions[mi].type == "PERSON":
            people.add(args.arg(c, pronouns=False))
    return people


# -- prep rows: (prep, frame) --------------------------------------------------------------
def first_as(prep: Token, f: VerbFrame) -> bool:
    """With two ``as`` phrases the parse rarely pairs them right: only the first counts."""
    return prep.lower_ == "as" and prep.i == min(
        (c.i for c in f.verb.children if c.lower_ == "as" and c.dep_ == "prep"), default=prep.i)


def _role_holder(verb: Token, f: VerbFrame) -> tuple[Arg, Arg] | None:
    """(holder, fallback organisation) of an ``as`` role, or None when no one holds it."""
    args, mentions = f.args, f.args.mentions
    objs = Arg()
    for c in verb.children:
        if c.dep_ == "dobj":
            objs.add(args.arg(c, pronouns=False))
    if (verb.lemma_.lower() in APPOINT_VERBS or verb.lemma_.lower() == "have") and objs:
        # "The association, which has Khun Chalerm Ruangsri as the president": who a body has as a role holds it
        fallback = f.actors if all(mentions[m].type in ORGLIKE for m in f.actors.mentions) else Arg()
        return objs, fallback
    if verb.lemma_.lower() in DEEM_VERBS and objs:  # "Vietnam considers Samsung as a strategic partner":
        return objs, f.actors  # Samsung is the partner, of Vietnam
    if objs and all(mentions[m].type in ORGLIKE for m in objs.mentions):
        return f.actors, objs
    if verb.lemma_.lower() in SUCCEEDING_VERBS or not any(c.dep_ == "dobj" and c.lower_ not in TAKEN_POSTS | SPELLS
                                                          for c in verb.children):
        return f.actors, Arg()  # "succeeded Maria Lopez as chief executive", "took office as governor", "spent
        # two seasons as assistant manager"
    return None



def _field_of(field: Token, args: Arguments) -> Arg:
    """The names a role's capitalised field is "of": "as Minister of Energy of Ukraine" (the office
    is held in Ukraine; "Energy" names nothing)."""
    out = Arg()
    if args.ent(field) is None and field.text[:1].isupper():
        for o in (o for o in field.children if o.dep_ == "prep" and o.lower_ == "of"):
            for a in args.pobj_args(o, pronouns=False):
                out.add(a)
    return out


def as_role(prep: Token, f: VerbFrame) -> Iterator[RawTriple]:
    """``hired Mayer as CEO and COO of ByteDance`` (appointing verbs: the object holds the
    role, by default at the appointer); ``joined Apple as CFO``, ``stepped down as CEO of X``
    (the subject holds it). Only role nouns count: ``overtook Apple as the largest maker`` is
    no title.

    Pattern: verb > prep{LOWER: as} > pobj{role noun}, pobj > prep{LOWER: of|at|for} > pobj.
    """
    args, verb = f.args, f.verb
    if verb.lemma_.lower() in PLAY_VERBS:  # "appeared as Wilfred Mott"
        for role in (c for c in prep.children if c.dep_ == "pobj" and args.ent(c) is not None):
            yield from played_as(role, f)
    found = _role_holder(verb, f)
    if found is None:
        return
    holder, fallback = found  # no people's word holds a role: "Mr Giuliani, a Republican, has served two terms as …"
    holder = Arg([m for m in holder.mentions if args.mentions[m].type != "NORP"], holder.inferred, holder.marks)
    for role in (c for c in prep.children if c.dep_ == "pobj"):
        if args.ent(role) is not None:
            if verb.lemma_.lower() in ELECT_VERBS:  # "was elected as a Democrat to Congress"
                parties = [m for m in args.arg(role, pronouns=False).mentions if _political(m, args)]
                yield from emit(args, holder, f"{f.label} as", parties, "as_role@party", f.clause)
            continue
        shared: Arg = Arg()
        passive, joiner = any(c.dep_ == "auxpass" for c in verb.children), "of"
        roles = [role, *(r for r in conjuncts(role) if args.ent(r) is None)]
        for r in roles:
            for p in r.children:  # "as ambassador to Japan": a role held "to" the one served
                if p.dep_ == "prep" and (p.lower_ in ("of", "at", "for") or p.lower_ == "to" and r.lower_ in ADVISER_NOUNS):
                    for a in args.pobj_args(p, pronouns=False):
                        shared.add(a)
                    for q in (q for q in p.children if q.dep_ == "pobj"):
                        shared.add(_members(q, args))  # "as a midfielder for teams such as A, B"
                        if p.lower_ == "of":
                            shared.add(_field_of(q, args))
                    joiner = "to" if p.lower_ == "to" and shared else joiner  # not "advisor to two Secretaries"
        for r in roles:
            role_label = noun_label(r)
            if not label_words(role_label) & ROLE_NOUNS and not (r.lower_ == "part" and shared and not passive):
                continue  # "performs as part of the Red Corn Band": a part only of a body named so, by its doer
            orgs = shared or Arg(args.org_modifiers(r, exclude=-1)) or _owner_named(r, args, fallback)
            if orgs:
                if verb.lemma_.lower() in LEAVE_VERBS and "former" not in role_label:
                    role_label = "former " + role_label
                area = role_field(r, args, holder)
                for text, bodies in held_parts(args, role_label, area, joiner, orgs):  # "as head of research at X"
                    yield from emit(args, holder, text, bodies, "as_role", f.clause)


def _owner_named(role: Token, args: Arguments, fallback: Arg) -> Arg:
    """The body a role's possessive names: a pronoun's antecedent ("its head"), the name "the
    club's" stands for ("named Kaori Sato as the club's new chief executive": the club Tenryu
    bought, not Tenryu); none when "the club" stands for no name; ``fallback`` (the appointer)
    when there is no possessive."""
    owner = next((c for c in role.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON":
        return fallback
    return args.arg(owner)


#: Verbs whose ``as`` + a party name the party a candidate stood or sat for.
ELECT_VERBS = frozenset("elect reelect re-elect run stand serve sit".split())


def _political(mi: int, args: Arguments) -> bool:
    """A party: what ``node_types`` types PARTY, an organisation (``the Labour Party``) or a
    political group NER calls NORP (``a Whig``)."""
    m = args.mentions[mi]
    return "PARTY" in node_types(m.type, m.text)


def verb_preps(prep: Token, f: VerbFrame) -> Iterator[RawTriple]:
    """``sold Grindr for …``, ``stored data in Virginia``, ``crack down on TikTok``; a passive
    with an unnamed subject gives ``subject_owner`` (``TikTok's data are stored in Virginia``).

    Pattern: verb > prep{LOWER: not in SKIP_PREPS} > pobj.
    """
    args = f.args
    if _says_where_they_are_from(prep, f):
        return
    prep_neg = prep.i > 0 and args.doc[prep.i - 1].dep_ == "neg"  # "…, not in China"
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        targets = args.arg(pobj, pronouns=False)
        if not targets and is_event(pobj) and pobj.pos_ == "NOUN" and prep.lower_ in EVENT_PREPS:
            yield from acted_on(prep, pobj, f)  # "opened an investigation into the merger of X and Y"
            continue
        takes_part = f.verb.lemma_.lower() in PARTICIPATE_VERBS and prep.lower_ in ("in", "at")
        targets.mentions = [m for m in targets.mentions if args.mentions[m].type != "EVENT" or takes_part
                            or prep.lower_ not in ("in", "at", "during", "throughout")]
        if not targets:
            continue
        key = "subject_owner" if f.holders is not f.actors else "prep"
        if key == "subject_owner" and f.holders.inferred and f.label not in SEAT_NOUNS:
            return  # "His statue is located at X": on Re-DocRED dev 1 in 14 of these was right
        holders = f.holders
        if prep.lower_ == "from" and f.clause.passive and f.agents and _works(f.clause.subjects, args) \
                and _works(targets, args):
            holders = f.clause.subjects  # "a song recorded by X from her album Y": the song is from the album
        yield from emit(args, holders, f.label_with_object(prep), targets, key, f.clause, negated=prep_neg)


def _works(arg: Arg, args: Arguments) -> bool:
    """Every name of ``arg`` is a work's (and it names one)."""
    return bool(arg.mentions) and all(args.mentions[m].type == "WORK_OF_ART" for m in arg.mentions)


#: Verbs whose "with" names the people one meets or talks to ("met with businessmen from Belarus").
_WITH_PEOPLE_VERBS = frozenset("meet talk speak confer negotiate consult chat".split())


def _says_where_they_are_from(prep: Token, f: VerbFrame) -> bool:
    """A "from" right after the object of a meeting verb's "with" tells where those met are from,
    though the parser hangs it on the verb: "met with businessmen from Belarus" is no "met from"."""
    if prep.lower_ != "from" or f.verb.lemma_.lower() not in _WITH_PEOPLE_VERBS:
        return False
    return any(p.lower_ == "with" and p.i < prep.i and any(o.dep_ == "pobj" and o.right_edge.i == prep.i - 1
                                                           for o in p.children) for p in f.preps())


def degree_preps(prep: Token, f: VerbFrame) -> Iterator[RawTriple]:
    """``graduated with a law degree from DePaul University``, ``with a BA from Loyola``: the
    school a degree is from is where the subject studied (the parser hangs the "from" on the
    degree, which ``prep`` does not read; NER may call "BA" a people).

    Pattern: verb > prep{with} > pobj{DEGREE_NOUNS} (> prep{in} > pobj, "a degree in economics")
    > prep{from|at} > pobj{name}.
    """
    args = f.args
    for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.lower_ in DEGREE_NOUNS):
        fields = [q for p in pobj.children if p.dep_ == "prep" and p.lower_ == "in" for q in p.children if q.dep_ == "pobj"]
        for inner in (c for t in [pobj, *fields] for c in t.children if c.dep_ == "prep" and c.lower_ in ("from", "at")):
            for schools in args.pobj_args(inner, pronouns=False):
                yield from emit(args, f.holders, f"{f.label} with degree {inner.lower_}", schools, "prep_degree",
                                f.clause)


def during(prep: Token, f: VerbFrame) -> Iterator[RawTriple]:
    """``served in the West Indies during the French Revolutionary Wars``, ``was shot down
    during the Battle of Midway``: a verb of taking part, during a named event, took part in it;
    so did one who was in a force's service then (``SERVICE_NOUNS``: "was an officer in the Royal
    Navy during the Crimean War": "served during").

    The organisation the verb is served ``in`` or ``with`` took part in it too (``during@unit``).

    Pattern: verb{serve|fight|…} > prep{LOWER: during} > pobj{EVENT} (verb > prep{in|with} > pobj{ORG}).
    """
    args = f.args
    yield from _event_within(prep, f)
    serving = service_noun(f.verb)  # "was an officer in the Royal Navy during the Crimean War"
    if f.verb.lemma_ not in DURING_VERBS and serving is None:
        return
    preps = [p for p in children(serving or f.verb) if p.dep_ == "prep" and p.lower_ in ("in", "with")]
    preps += [p for r in f.verb.children if r.dep_ == "prep" and r.lower_ == "as"  # "as a commander in X"
              for q in r.children if q.dep_ == "pobj" for p in q.children if p.dep_ == "prep" and p.lower_ == "in"]
    units = [m for p in preps for a in args.pobj_args(p, pronouns=False) for m in a.mentions
             if args.mentions[m].type == "ORG"]
    for a in args.pobj_args(prep, pronouns=False):
        events = [m for m in a.mentions if _named_event(m, args)]
        yield from emit(args, f.holders, "served during" if serving is not None else f"{f.label} during", events,
                        "during", f.clause)
        # "served with the Royal Canadian Air Force during World War II": the force took part too
        yield from emit(args, units, "took part in", events, "during@unit", f.clause)


def service_noun(verb: Token) -> Token | None:
    """The copula's complement when it names someone in a force's service (``SERVICE_NOUNS``: "was
    an officer", "was a nurse"), else None: the copula's ``during`` says what that one served in."""
    if verb.lemma_ != "be":
        return None
    return next((c for c in children(verb) if c.dep_ == "attr" and c.lower_ in SERVICE_NOUNS), None)


def _event_within(prep: Token, f: VerbFrame) -> Iterator[RawTriple]:
    """``participated in the Battle of Burgos during the Peninsular War``, ``was injured at the
    Battle of Vimy Ridge in 1917 during World War I``: a named event the clause happened at,
    during a named event, is part of it (whatever the verb: the battle was fought in the war).

    Pattern: verb > prep{in|at} > pobj{EVENT}, verb > prep{during} > pobj{EVENT}.
    """
    args = f.args
    inner = [m for p in f.verb.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
             for a in args.pobj_args(p, pronouns=False) for m in a.mentions if _named_event(m, args)]
    outer = [m for a in args.pobj_args(prep, pronouns=False) for m in a.mentions if _named_event(m, args)]
    for t in emit(args, inner, "part of", outer, "during@event"):
        t.predicate = "part_of"
        yield t


def _named_event(mi: int, args: Arguments) -> bool:
    """An event: NER's EVENT, or a name ``kg.predicates.node_types`` calls a conflict whatever NER
    typed it (``the Battle of Burgos``, ``Siege of Leningrad``: often a work or a building; ``the
    French Revolutionary Wars``: an organisation)."""
    m = args.mentions[mi]
    return m.type == "EVENT" or "CONFLICT" in node_types(m.type, m.text)


def _members(noun: Token, args: Arguments) -> Arg:
    """The named members of an unnamed plural: ``acts such as A and B``, ``clubs including A``."""
    out = Arg()
    if noun.pos_ != "NOUN" or args.ent(noun) is not None or args.arg(noun, pronouns=False):
        return out
    for c in noun.children:
        if list_prep(c):
            for a in args.pobj_args(c, pronouns=False):
                out.add(a)
    return out


def such_as(verb: Token, f: VerbFrame) -> Iterator[RawTriple]:
    """``has featured acts such as The Arcade Fire`` → featured The Arcade Fire; ``played for
    clubs including Ajax`` → played for Ajax: the named members take the unnamed noun's place.

    Pattern: verb > dobj|prep>pobj {NOUN} > prep{such as|including|like} > pobj{name}.
    """
    args = f.args
    if not f.actors:
        return  # every edge of this row starts from whoever acts: none, no edge (and no members to read)
    for obj in f.objects():
        yield from emit(args, f.actors, f.label, _members(obj, args), "such_as", f.clause)
    for prep in f.preps():
        if prep.lower_ in SKIP_PREPS:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            yield from emit(args, f.actors, f"{f.label} {prep.lower_}", _members(pobj, args), "such_as", f.clause)

