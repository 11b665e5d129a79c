"""Clause analysis: who acts on a verb, whether the statement is negated or hedged, its
values (date, money, quantity) and who reports it."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from spacy.tokens import Token

from kg.lexicon.english import singular
from kg.relations.arguments import Arg, Arguments
from kg.relations.tokens import CLAUSE_DEPS, SUBJ_DEPS, VALUE_ATTRS, neg
from kg.relations.words import (
    ATTEMPT_NOUNS,
    GIVING_UP_VERBS,
    HEDGE_ADVERBS,
    HEDGE_PASSIVES,
    HEDGE_VERBS,
    MODALS,
    NEGATING_VERBS,
    OPINION_VERBS,
    SPEECH_VERBS,
)


class Clause:
    """What a rule needs to know about a verb: who acts, flags, values, who reports it.

    The flags and the values are worked out on first use: most verbs have no entity on either side
    and emit nothing, and those walks over the clause were half of the relation stage's time.
    """

    def __init__(self, subjects: Arg, passive: bool, flags: Callable[[], tuple[bool, bool]],
                 attrs: Callable[[], dict[str, str]]) -> None:
        self.subjects = subjects
        self.passive = passive
        self._flags = flags
        self._attrs = attrs

    @property
    def negated(self) -> bool:
        return self._flag_values[0]

    @property
    def hedged(self) -> bool:
        return self._flag_values[1]

    @cached_property
    def _flag_values(self) -> tuple[bool, bool]:
        return self._flags()

    @cached_property
    def attrs(self) -> dict[str, str]:
        return self._attrs()


def noun_clause(args: Arguments, noun: Token, gov: Token | None = None) -> Clause:
    """The clause of a statement a noun makes ("the sale of X to Y", "the appointment of X as its
    chief executive"): no subject of its own, never negated by the verb it hangs on (the noun's own
    negation is not the clause's), hedged as that verb is, with the noun's values. ``gov``: the
    token whose flags count, by default the first verb above the noun."""
    if gov is None:
        gov = noun.head
        while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
            gov = gov.head
    return Clause(Arg(), False, lambda: (False, flags(gov)[1] if gov.pos_ in ("VERB", "AUX") else False),
                  lambda: values(args, noun))


def flags(verb: Token) -> tuple[bool, bool]:
    """(negated, hedged) of the clause of ``verb``, looking up through control and reported speech."""
    negated = any(neg(c) or c.dep_ == "dobj" and _no_det(c) for c in verb.children)  # "expected no closures in X"
    hedged = any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)
    hedged = hedged or any(c.dep_ == "advmod" and c.lower_ in HEDGE_ADVERBS for c in verb.children)
    hedged = hedged or any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children)
    if verb.dep_ in ("acl", "ccomp") and verb.head.pos_ == "NOUN":  # "little evidence that …"
        quant = {c.lower_ for c in verb.head.children if c.dep_ in ("det", "amod")}
        negated = negated or bool(quant & {"no"})
        hedged = hedged or bool(quant & {"little", "scant", "insufficient", "few"})
    if (attempt := _attempt(verb)) is not None and attempt.head.lemma_.lower() != "win":  # "won the race to sign"
        hedged = True  # "its bid to acquire X": an attempt
        negated = negated or _given_up(attempt)
    v = verb
    for _ in range(4):
        if v.dep_ not in ("xcomp", "ccomp", "conj", "advcl") or v.head.i == v.i:
            break
        dep, v = v.dep_, v.head
        if dep == "advcl":  # purpose clauses share the frame of their main clause
            if v.lemma_.lower() in HEDGE_VERBS and any(c.tag_ == "TO" for c in verb.children):
                hedged = True  # "pushed the government to crack down" (parsed as advcl)
            continue
        if dep == "conj":  # "would prohibit X and prohibit Y": the modal is shared
            hedged = hedged or any(c.dep_ == "aux" and c.lower_ in MODALS for c in v.children)
            continue
        lemma = v.lemma_.lower()
        if dep == "xcomp":
            if lemma in HEDGE_VERBS or (lemma in HEDGE_PASSIVES and any(c.dep_ == "auxpass" for c in v.children)):
                hedged = True
            if lemma in NEGATING_VERBS:
                negated = True
            negated = negated or any(neg(c) for c in v.children)
        if dep == "ccomp" and lemma in OPINION_VERBS:
            hedged = True
        if dep == "ccomp" and lemma in ("deny", "dispute", "reject"):
            negated = True
        hedged = hedged or any(c.dep_ == "aux" and c.lower_ in MODALS for c in v.children)
        if dep == "ccomp":
            break
    return negated, hedged


def _attempt(verb: Token) -> Token | None:
    """The noun of an attempt whose infinitive ``verb`` is: "its bid to acquire X" (acl), "lost
    the race to sign Y" (the parser hangs the infinitive on the verb, after its object)."""
    if not any(c.tag_ == "TO" for c in verb.children):
        return None
    if verb.dep_ == "acl" and _attempt_noun(verb.head):
        return verb.head
    if verb.dep_ == "advcl":
        return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and _attempt_noun(c)), None)
    return None


def _attempt_noun(tok: Token) -> bool:
    """An ``ATTEMPT_NOUNS`` noun, singular or plural ("plans to sell"); the pipeline leaves
    nouns unlemmatised."""
    return tok.pos_ == "NOUN" and singular(tok.lower_) in ATTEMPT_NOUNS


def _given_up(noun: Token) -> bool:
    """A verb of giving up governs the attempt: "abandoned its bid", "lost the race", "failed in
    its bid", "its bid was dropped"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return head.lemma_.lower() in GIVING_UP_VERBS and noun.dep_ in ("dobj", "nsubjpass", "pobj")


def _no_det(noun: Token) -> bool:
    """The noun is determined by "no": "signed no deal with X" states no deal."""
    return any(c.dep_ == "det" and c.text == "no" and not c.ent_type_ for c in noun.children)  # not "No Matter What"


def values(args: Arguments, root: Token, skip: Token | None = None) -> dict[str, str]:
    """Dates, money and quantities in the clause of ``root`` (not in nested clauses)."""
    attrs: dict[str, str] = {}
    stack = [root]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in CLAUSE_DEPS or (skip is not None and c.i == skip.i):
                continue
            if t.i == root.i and c.dep_ in SUBJ_DEPS:  # "the two companies"
                continue
            stack.append(c)
        key = VALUE_ATTRS.get(t.ent_type_)
        if key and key not in attrs and t.ent_iob_ == "B":
            ent = args.ent_at.get(t.i)
            if ent is not None:  # a name the NER glued to an amount is not part of it
                toks = [x for x in ent if args.ent(x) is None]
                if toks:
                    attrs[key] = args.doc[toks[0].i:ent.end].text
    return attrs


def speaker(args: Arguments, verb: Token) -> str | None:
    """``X said that …`` / ``according to X, …``: who reports the clause of ``verb``."""
    v = verb
    for _ in range(5):
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "according":
                src = args.sources(c)
                if src:
                    return args.label_of(src[0])
        if v.dep_ in ("conj", "xcomp", "advcl") and v.head.i != v.i:
            v = v.head
            continue
        if v.dep_ == "ccomp" and v.head.i != v.i:
            gov = v.head
            if gov.lemma_.lower() in SPEECH_VERBS | OPINION_VERBS:
                subj, _ = args.clause_subjects(gov, pronouns=False)
                if subj:
                    return args.label_of(subj.mentions[0])
            v = gov
            continue
        break
    return None


def clause(args: Arguments, verb: Token) -> Clause:
    """The clause of ``verb``: subjects now; flags and values when a rule first asks."""
    subjects, passive = args.clause_subjects(verb)
    return Clause(subjects, passive, lambda: flags(verb), lambda: clause_values(args, verb))


def clause_values(args: Arguments, verb: Token) -> dict[str, str]:
    """Dates, money and quantities of the clause, plus who reports it."""
    attrs = values(args, verb)
    who = speaker(args, verb)
    if who:
        attrs["reported_by"] = who
    return attrs
