"""The copula rows of the rules table (``kg.relations.rules``), each given (verb, clause, args):
``copula`` (``X is the parent company of Y``, ``He is a colonel in the United States Army
Reserve``), ``owned_copula`` (``Its current capital is Juba``) and ``existential`` (``…, and there
is a backup server in Singapore``). The copula a *name* is the subject of, for the description
rows, is ``kg.relations.copulas``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.doc_arrays import conjuncts
from kg.lexicon.english import singular
from kg.relations.arguments import Arg, Arguments
from kg.relations.clause import Clause
from kg.relations.links import KIN_SINGULAR
from kg.relations.listings import described_list, list_owners, listed_participles
from kg.relations.place_chains import is_place
from kg.relations.fields import held_parts, role_field
from kg.relations.tokens import COPULA_DEPS, SUBJ_DEPS, member_label, noun_label, one_of, verb_label
from kg.relations.triples import RawTriple, emit
from kg.relations.words import ROLE_NOUNS

if TYPE_CHECKING:  # a verb row's frame (kg.relations.verbs imports this module's neighbours)
    from kg.relations.verbs import VerbFrame

#: The prepositions after a copula's complement that say what the subject is of/at: ``X is the
#: parent company of Y``, ``a professor at Y``, ``a candidate for Y``, ``an adviser to Y``.
COPULA_PREPS = frozenset({"of", "at", "for", "to"})
#: With a pronoun or a description as the subject, the copula reads the prepositions
#: ``class_noun`` reads after a named subject's describing noun (``Yi is a colonel in the United
#: States Army Reserve`` is class_noun's; ``He is a colonel in …`` is the copula's): a mention
#: anchors class_noun, and a pronoun is no mention.
UNNAMED_COPULA_PREPS = COPULA_PREPS | {"in", "by", "from", "on", "with", "near"}
#: After an adjective only these say a relation: ``active in Chicago``, ``similar to Y``; ``distinct
#: from Y``, ``familiar with Y`` do not.
ADJ_COPULA_PREPS = COPULA_PREPS | {"in"}


def _unnamed_subject(verb: Token, args: Arguments) -> bool:
    """The copula's subject is no name (``He``, ``It``, ``The river``), so ``class_noun`` does
    not read the complement."""
    subj = [c for c in verb.children if c.dep_ in SUBJ_DEPS]
    return bool(subj) and all(args.ent(c) is None for c in subj)


def _complements(verb: Token, args: Arguments, coordinated: bool = False) -> Iterator[tuple[Token, str]]:
    """The copula's unnamed complements; with ``coordinated``, each noun coordinated or set in
    apposition with one too (``He is vice president of A and a senior editor at B``, ``It is a
    member state of A, and a member state of B``: each says what the subject is)."""
    for attr in (c for c in verb.children if c.dep_ in COPULA_DEPS):
        member = one_of(attr)
        if member is not None and args.ent(member) is None:  # "He was one of the founders of X"
            yield member, member_label(member)
        elif args.ent(attr) is None and attr.pos_ in ("NOUN", "PROPN", "ADJ"):
            yield attr, noun_label(attr)
            if coordinated:
                yield from ((c, noun_label(c)) for c in _coordinated(attr, args))


def _coordinated(noun: Token, args: Arguments) -> Iterator[Token]:
    """The unnamed common nouns in a chain of conjuncts and appositions under ``noun`` that can
    describe the same subject: of the same number (``a critic of A … and the real intentions of
    B``: the parser's conjunct belongs to a preposition's object), owned by no one (``a son of A
    and his wife B``: the wife is someone else)."""
    plural = noun.tag_ in ("NNS", "NNPS")
    for c in noun.children:
        if c.dep_ in ("conj", "appos") and c.pos_ == "NOUN" and args.ent(c) is None \
                and (c.tag_ == "NNS") == plural and not any(g.dep_ == "poss" for g in c.children):
            yield c
            yield from _coordinated(c, args)


#: A company's governing bodies, whose chairman or member is the company's ("chairman of the board of X").
_BOARDS = frozenset({"board", "directors", "council"})


def _past_board(pobj: Token, args: Arguments) -> Token:
    """``board`` of "chairman of the board of Rosneft" names the company its own "of" names: that
    company's word, else ``pobj``."""
    while pobj.lower_ in _BOARDS and args.ent(pobj) is None:
        nxt = next((q for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of" for q in p.children
                    if q.dep_ == "pobj"), None)
        if nxt is None:
            break
        pobj = nxt
    return pobj


def has_expl(verb: Token) -> bool:
    return any(c.dep_ == "expl" for c in verb.children)


def copula(verb: Token, cl: Clause, args: Arguments) -> Iterator[RawTriple]:
    """``X is the parent company of Y``, ``X is Y's parent company``.

    Pattern: verb{LEMMA: be} > attr{POS: NOUN}, attr > prep{LOWER: of|at|for|to} > pobj, or
    attr > poss.
    """
    prefix = "" if verb.lemma_ == "be" else verb_label(verb) + " "
    unnamed = _unnamed_subject(verb, args)
    preps = UNNAMED_COPULA_PREPS if unnamed else COPULA_PREPS
    for attr, label in _complements(verb, args, coordinated=unnamed):
        read = preps if attr.pos_ != "ADJ" else preps & ADJ_COPULA_PREPS  # "active in", not "distinct from"
        field = role_field(attr, args, cl.subjects)  # "the head of research at X"
        for prep in (p for c in attr.children if c.dep_ == "prep" and c.lower_ in read
                     for p in (c, *conjuncts(c)) if p.lower_ == c.lower_):  # "a member of A and of B"
            for pobj in (_past_board(c, args) for c in prep.children if c.dep_ == "pobj"):
                for text, tails in held_parts(args, label, field, prep.lower_, args.arg(pobj, pronouns=False)):
                    yield from emit(args, cl.subjects, prefix + text, tails, "copula", cl)
        for c in attr.children:
            if c.dep_ == "poss":
                for text, owners in held_parts(args, label, field, "of", args.arg(c)):
                    yield from emit(args, cl.subjects, prefix + text, owners, "copula@poss", cl)


def copula_from(verb: Token, cl: Clause, args: Arguments) -> Iterator[RawTriple]:
    """``Ochieng, who is from Nairobi, pleaded not guilty``, ``She is originally from Ghana``:
    a person is from the place a copula's "from" names (where one comes from; neither a birth
    place nor a nationality, which the text does not say). Not a body or a thing ("The wine is
    from Chile"), nor a time ("He was from 1990 the mayor": no place).

    Pattern: verb{LEMMA: be} > prep{from} > pobj{place}; subject a person.
    """
    people = Arg([m for m in cl.subjects.mentions if args.mentions[m].type == "PERSON"], cl.subjects.inferred)
    if not people:
        return
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            places = [m for m in args.arg(pobj, pronouns=False).mentions if is_place(m, args)]
            yield from emit(args, people, "from", Arg(places), "copula_from", cl)


def owned_copula(verb: Token, cl: Clause, args: Arguments) -> Iterator[RawTriple]:
    """``His brother was Harry Alger``, ``Its current capital is Juba``, ``The company's CEO is
    Tim Cook``: an unnamed subject noun that someone owns, with a name as its complement, says
    the name is the owner's <noun> (``copula`` read the other way round: ``X is the capital of
    Y``). The owner may be a pronoun, read by the pronoun heuristic (``antecedent``). A
    complement that is no name says nothing (``His brother was a poet``).

    Pattern: verb{LEMMA: be} > nsubj{NOUN, unnamed} > poss; verb > attr{name}.
    """
    prefix = "" if verb.lemma_ == "be" else verb_label(verb) + " "
    names = [a for a in verb.children if a.dep_ == "attr" and args.ent(a) is not None]
    for subj in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and args.ent(c) is None):
        # "His parents were A and B": each is a parent
        label = member_label(subj, head=_singular(subj)) if subj.tag_ == "NNS" else noun_label(subj)
        for poss in (c for c in subj.children if c.dep_ == "poss"):
            owner = args.arg(poss)
            for attr in names:
                yield from emit(args, args.arg(attr, pronouns=False), f"{prefix}{label} of", owner,
                                "owned_copula", cl)
        if subj.lower_ in ROLE_NOUNS and names:  # "The CEO of the company is Park Jae-min" (translated news)
            for of in (c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"):
                for owner in args.pobj_args(of):
                    yield from emit(args, [m for a in names for m in args.arg(a, pronouns=False).mentions
                                           if args.mentions[m].type == "PERSON"], f"{prefix}{label} of", owner,
                                    "owned_copula@of", cl)
        topic = _topic_head(subj, args)
        if topic is not None:  # "The current president is Layla Haddad" in a lead on a university
            for attr in names:
                held = [m for m in args.arg(attr, pronouns=False).mentions if args.mentions[m].type == "PERSON"]
                yield from emit(args, held, f"{label} of", [topic], "owned_copula@topic", cl)


#: Offices that head a body or a place, which a lead names without its owner once the article's
#: subject is set: "The current president is X", "The head coach is Y".
HEAD_OFFICES = frozenset("""president chairman chairwoman chairperson chair mayor director principal chancellor
    vice-chancellor rector dean provost headmaster headmistress coach manager editor ceo owner leader captain
    governor superintendent conductor abbot""".split())


def _topic_head(subj: Token, args: Arguments) -> int | None:
    """The document's topic (``Arguments.topic``), a body or a place, that ``subj`` — "the
    [current] <office>", owned by no one and of nothing, after the first sentence — heads."""
    if subj.lower_ not in HEAD_OFFICES or subj.sent.start == 0 or subj.tag_ != "NN" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
            or any(c.dep_ in ("poss", "prep", "relcl", "acl") for c in subj.children):
        return None
    topic = args.topic()
    kinds = ("ORG", "FAC", "GPE") if subj.lower_ in ("mayor", "governor") else ("ORG", "FAC")  # a town's mayor;
    return topic if topic is not None and args.mentions[topic].type in kinds else None  # no country's "president"


#: Verbs whose subject, a plural someone owns, lists its members as objects (``owned_list``).
LISTING_VERBS = frozenset({"include", "comprise"})


def owned_list(verb: Token, f: VerbFrame) -> Iterator[RawTriple]:
    """``The band's members include A and B``, ``Its main towns include Aspen and Basalt``,
    ``Badfinger, whose hit songs include "A" and "B"``: ``owned_copula`` read through a listing
    verb — each name listed is one of the owner's <noun>s (``member of`` the band). A subject's
    owner may be unsaid (``Notable alumni include A``) or a participle may say what each name is
    (``Artists signed to X include A``): ``kg.relations.listings``.

    Pattern: verb{include|comprise} > nsubj{NNS, unnamed} > poss; verb > dobj{name} (and its conjuncts).
    """
    args = f.args
    dobjs = [o for o in f.objects() if o.dep_ == "dobj"]
    names = [args.arg(o, pronouns=False) for o in dobjs]
    listed = [m for o in dobjs for m in described_list(o, args)]  # "the writer A, the economist B"
    names += [Arg([m]) for m in listed if not any(m in a.mentions for a in names)]
    for subj in (c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "NNS" and args.ent(c) is None):
        label = member_label(subj, max_words=2, head=_singular(subj))
        for owner in list_owners(subj, args):
            for listed in names:
                yield from emit(args, listed, f"{label} of", owner, "owned_list", f.clause)
        for text, named, agent in listed_participles(subj, args):
            for listed in names:
                head, tail = (named, listed) if agent else (listed, named)
                yield from emit(args, head, text, tail, "owned_list@participle", f.clause)


def _singular(noun: Token) -> str:
    """A plural noun's singular: ``children`` -> child (the kin table), ``parents`` -> parent,
    ``companies`` -> company (:func:`kg.lexicon.english.singular`)."""
    return KIN_SINGULAR.get(noun.lower_) or singular(noun.lower_)


def existential(verb: Token, cl: Clause, args: Arguments) -> Iterator[RawTriple]:
    """``X's data are stored in A, and there is a backup server in B``: the owner of the
    joined clause holds the thing that exists.

    Pattern: verb{LEMMA: be} > expl, verb > attr > prep{LOWER: in|at} > pobj.
    """
    for attr, label in _complements(verb, args):
        holder = args.owner(attr)
        if not holder and verb.dep_ == "conj":
            subj = [c for c in verb.head.children if c.dep_ in SUBJ_DEPS]
            if subj:
                holder = args.arg(subj[0], pronouns=False) or args.owner(subj[0])
        if not holder:
            continue
        for prep in (c for c in attr.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                yield from emit(args, holder, f"{label} {prep.lower_}", args.arg(pobj, pronouns=False),
                                "existential", cl)
