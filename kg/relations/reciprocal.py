"""What two coordinated subjects did to each other: "Sarah Connolly and David Price married in
2004", "Putin and Erdogan met in Sochi", "Apple and Samsung signed a licensing agreement".

A verb whose subject is "A and B" says, of most verbs, that each did it ("A and B won medals").
A few verbs, and a few objects, say it of the pair: they married each other, met each other,
signed an agreement with each other. The news and encyclopedic texts kg reads state such pairs
this way as often as with "with" ("A met with B", which the ``prep`` rule reads), and the
other rules join A and B only to the place or the time.

``reciprocal`` (a ``verb`` row of ``kg.relations.rules.RULES``) joins each pair of the verb's
coordinated subjects, in the order written, when

- the verb is one of ``RECIPROCAL_VERBS`` ("met", "married"; a verb written with "with" when it
  takes no object, "merged with"), or its direct object is one of ``RECIPROCAL_NOUNS`` ("signed
  an agreement", "held talks": the label keeps the noun, "signed agreement with"), or any noun
  after a verb of exchange ("exchanged views") or that a ``JOINT_WORDS`` adjective describes
  ("expanded the joint operation": *expand operation with*), or the verb is done ``TOGETHER``
  ("agreed to develop the field together": *develop together with*, whatever its object);
- the verb has no object that is a name, and no preposition "with", "against" or "to" (then the
  pair did it to someone else: "A and B met with reporters", "A and B signed a deal with C");
- the verb's subjects are its own, coordinated names, two to four of them (no pronoun the
  heuristic inferred, no subject inherited through a coordinated verb: "A and B arrived and met
  C"), or those of the verb that governs it as its infinitive: "Toyota and Suzuki agreed to
  cooperate", "the two firms plan to merge" (the subject of "agreed" is the one who cooperates).

A pact may also be made in the passive, its parties after "between": "The agreement was signed
between the Bank of Ghana and the Central Bank of Nigeria", "Talks were held between A and B"
(the subject a ``RECIPROCAL_NOUNS`` noun; two to four names, "A signed agreement with B").
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.doc_arrays import children
from kg.relations.triples import RawTriple, emit

if TYPE_CHECKING:
    from kg.relations.verbs import VerbFrame

#: Verbs that, with two subjects, say the two did it to each other; the value is the word the
#: one-sided form takes before the other ("merged with"), "" for a transitive verb ("met").
RECIPROCAL_VERBS: dict[str, str] = {
    "meet": "", "marry": "", "wed": "", "divorce": "", "debate": "",
    "merge": "with", "collaborate": "with", "cooperate": "with", "co-operate": "with", "partner": "with",
    "negotiate": "with", "clash": "with", "quarrel": "with", "feud": "with", "reconcile": "with",
    "correspond": "with", "ally": "with",
}
#: Objects that make any verb's two subjects its parties: "signed an agreement", "held talks",
#: "formed a partnership", "established diplomatic relations", "ended their dispute", "announced
#: their separation".
RECIPROCAL_NOUNS = frozenset("""
    agreement deal contract treaty pact accord memorandum truce ceasefire armistice merger
    talks negotiations discussions meeting summit alliance partnership venture relations
    dialogue collaboration cooperation rivalry dispute feud friendship reconciliation
    engagement marriage wedding separation divorce
""".split())
#: Verbs whose any object the two subjects give each other: "exchanged views", "traded fire".
EXCHANGE_VERBS = frozenset({"exchange", "trade", "swap"})
#: Adverbs that make any verb's two subjects do it with each other: "agreed to develop the field
#: together", "will jointly build a plant".
TOGETHER = frozenset({"together", "jointly"})
#: Adjectives that make a verb's object the two subjects' shared act or thing: "CNPC and
#: KazMunayGas will expand the joint operation of the pipeline", "held bilateral consultations".
JOINT_WORDS = frozenset({"joint", "bilateral"})
#: Prepositions that name someone else the pair acted on or with.
_OTHER_PARTY = frozenset({"with", "against", "to", "between", "among"})
#: The most coordinated subjects joined pairwise (a longer list is a roll call, not a meeting).
_MOST = 4


def is_reciprocal(verb: Token) -> bool:
    """The anchor of the ``reciprocal`` row: a verb of ``RECIPROCAL_VERBS``, one whose direct
    object is a noun of ``RECIPROCAL_NOUNS`` (any noun after a verb of ``EXCHANGE_VERBS``), or one
    done ``TOGETHER``."""
    lemma = verb.lemma_.lower()
    return lemma in RECIPROCAL_VERBS or any(
        c.dep_ == "dobj" and (c.lower_ in RECIPROCAL_NOUNS or lemma in EXCHANGE_VERBS and c.pos_ == "NOUN")
        or c.dep_ == "advmod" and c.lower_ in TOGETHER or _joint(c) for c in children(verb)) \
        or _passive_pact(verb) is not None


def _passive_pact(verb: Token) -> tuple[Token, Token] | None:
    """``The agreement was signed between A and B``, ``Talks were held between A and B``: a
    passive verb whose subject is a ``RECIPROCAL_NOUNS`` noun and whose "between" names the
    parties; (the noun, the "between"), else None."""
    if not any(c.dep_ == "auxpass" for c in children(verb)):
        return None
    noun = next((c for c in children(verb) if c.dep_ == "nsubjpass" and c.lower_ in RECIPROCAL_NOUNS), None)
    between = next((c for c in children(verb) if c.dep_ == "prep" and c.lower_ == "between"), None)
    return (noun, between) if noun is not None and between is not None else None


def _joint(c: Token) -> bool:
    """A direct object a ``JOINT_WORDS`` adjective describes ("the joint operation")."""
    return c.dep_ == "dobj" and c.pos_ == "NOUN" and any(a.dep_ == "amod" and a.lower_ in JOINT_WORDS for a in c.children)


def _subject(verb: Token) -> Token | None:
    """The verb's own subject, or, for an infinitive with none ("agreed to cooperate"), the
    active subject of the verb it completes."""
    own = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is None and verb.dep_ == "xcomp":
        return next((c for c in children(verb.head) if c.dep_ == "nsubj"), None)
    return own if own is not None and own.dep_ == "nsubj" else None


def _coordinated(subject: Token) -> bool:
    """The subject has a conjunct, or its apposition has: "The Colombian singer Shakira and the
    Spanish footballer Gerard Piqué" hangs the second noun on the first name."""
    return any(c.dep_ == "conj" or c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children)
               for c in subject.children)


def reciprocal(verb: Token, f: "VerbFrame") -> Iterator[RawTriple]:
    """``A and B married`` → A married B; ``A and B signed an agreement`` → A signed agreement
    with B (module docstring).

    Pattern: verb{RECIPROCAL_VERBS} > nsubj > conj (or verb > dobj{RECIPROCAL_NOUNS}), no object
    that is a name, no ``with``/``against``/``to`` preposition.
    """
    args = f.args
    if (pact := _passive_pact(verb)) is not None:  # "The agreement was signed between A and B"
        yield from _between(pact, f)
        return
    subject = _subject(verb)
    if subject is None or f.clause.passive or not _coordinated(subject):
        return
    parties = args.arg(subject, pronouns=False)
    if not 2 <= len(parties.mentions) <= _MOST or parties.inferred:
        return
    objects = [c for c in children(verb) if c.dep_ in ("dobj", "dative", "attr", "oprd")]
    together = any(c.dep_ == "advmod" and c.lower_ in TOGETHER for c in children(verb))
    if not together and any(args.arg(o, pronouns=False) for o in objects):
        return  # "A and B met the president": they met him (not "A and B developed X together")
    preps = [c for c in (*children(verb), *(p for o in objects for p in o.children)) if c.dep_ == "prep"]
    if any(p.lower_ in _OTHER_PARTY for p in preps):
        return  # "A and B signed a deal with C"
    exchanged = verb.lemma_.lower() in EXCHANGE_VERBS
    noun = next((o for o in objects if o.dep_ == "dobj" and (o.lower_ in RECIPROCAL_NOUNS or exchanged and o.pos_ == "NOUN"
                                                              or _joint(o))), None)
    glue = RECIPROCAL_VERBS.get(verb.lemma_.lower())
    if together:
        label = f"{f.label} together with"
    elif noun is not None:
        label = f"{f.label} {noun.lower_} with"
    elif glue is not None and not objects:
        label = f"{f.label} {glue}".strip()
    else:
        return
    for head, tail in combinations(parties.mentions, 2):
        yield from emit(args, [head], label, [tail], "reciprocal", f.clause)


def _between(pact: tuple[Token, Token], f: "VerbFrame") -> Iterator[RawTriple]:
    """``The memorandum was signed between A and B`` → A signed memorandum with B: the names the
    "between" coordinates (two to four, none a pronoun's guess) are the pact's parties."""
    noun, between = pact
    parties = [m for a in f.args.pobj_args(between, pronouns=False) if not a.inferred for m in a.mentions]
    parties = list(dict.fromkeys(parties))
    if not 2 <= len(parties) <= _MOST:
        return
    for head, tail in combinations(parties, 2):
        yield from emit(f.args, [head], f"{f.label} {noun.lower_} with", [tail], "reciprocal", f.clause)
