"""Relations between entity mentions, read off spaCy's dependency parse.

Each rule walks the parse of one sentence and yields ``(head mention, relation, tail mention)`` with
the rule's name and a confidence; the caller attaches the sentence as evidence. Head = the doer, or
the holder of a title. Rules (``rule`` on the edge):

``svo``           active clause: subject —verb→ object (``the FTC fined TikTok``)
``passive``       passive with agent: agent —verb→ subject (``TikTok was fined by the FTC``)
``prep``          prepositional object of a verb, with the object noun when there is one
                  (``sold Grindr for …``, ``stored data in Virginia``, ``crack down on TikTok``)
``object_prep``   an entity inside a non-entity object (``negotiate the sale of TikTok``,
                  ``conducted an investigation into TikTok``)
``object_owner``  the owner of a non-entity object (``stopped Ant Financial's acquisition``,
                  ``stole Facebook user data``)
``subject_owner`` the owner of a passive subject (``TikTok's data are stored in Virginia``)
``existential``   ``…, and there is a backup server in Singapore`` (owner from the joined clause)
``copula``        ``X is the parent company of Y`` / ``X is TikTok's parent company``
``as_role``       ``hired Mayer as CEO of ByteDance``
``appos``         apposition with a role (``Zhang Yiming, CEO of ByteDance``)
``title``         a role in front of a name (``Facebook founder Zuckerberg``, ``U.S. President Trump``)
``possessive``    ``TikTok's parent company ByteDance``, ``its affiliated company SCL``
``nominal``       nominalised events (``Ant Financial's acquisition of MoneyGram``,
                  ``the sale of TikTok to Microsoft``)
``according_to``  ``according to BBC reports, …`` → source —according to→ entities of the clause

Subjects are found through conjunctions, relative clauses (``who``/``which``, and object gaps:
``a supplier that Boeing plans to acquire``), control verbs (``was forced to sell`` → the forced one
sells; ``gave ByteDance 45 days to negotiate`` → ByteDance negotiates) and gerunds (``fined for
violating X`` → the fined one violated X). Arguments are distributed over conjunctions and list
appositions; ``the US government`` stands for the United States.

Pronoun and definite subjects (``+antecedent`` on the rule, confidence lowered by 0.15) follow a
documented heuristic, since no coreference model runs offline here. In order:
1. ``it``/``the company`` in the clause of a document noun (``signed an order saying it would …``)
   stands for whoever signed or issued the document;
2. a possessive (``abused its power``) is the clause's own single named subject when compatible;
3. a subject pronoun under a speech verb (``Microsoft said it had agreed``) is the speaker;
4. otherwise the nearest earlier compatible mention in the sentence (``he``/``she`` → PERSON,
   ``it``/``its``/``the company`` → ORG/PRODUCT) — unless a definite thing (``the deal``) stands
   between them, which makes ``it`` ambiguous and leaves it unresolved;
5. failing that, the subject of the previous sentence if compatible, or its only compatible entity.
``they``/``the two companies`` take the nearest coordinated group of organisations.

Flags: ``negated`` (``not``/``never``, ``refused to``, ``failed to``), ``hedged`` (modal
``would``/``could``/``may``, ``threatened to``, ``plans to``, ``is considered to``, ``if``-clauses,
opinions such as ``believes that``). Attributes: ``date``, ``money``, ``quantity`` from the clause,
and ``reported_by`` when the statement is someone's reported speech (``X said that …``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from kg.model import Mention

MODALS = frozenset({"would", "could", "may", "might", "should"})
HEDGE_VERBS = frozenset(
    """threaten plan consider want seek try propose intend hope expect aim attempt mull weigh
    prepare offer push urge ask lobby""".split()
)
#: "X is said/considered/expected to …": the statement is not asserted as fact.
HEDGE_PASSIVES = frozenset("say consider expect believe think report rumor rumour suppose allege".split())
#: "Forbes believes that …": opinions and claims.
OPINION_VERBS = frozenset(
    "believe think claim allege suspect fear worry hope expect suggest speculate argue accuse".split()
)
#: "pushed the government to act", "forced X to sell": the object does the infinitive.
OBJECT_CONTROL = frozenset(
    """push force urge ask order allow let require compel pressure persuade encourage help enable
    invite tell get lead prompt hire instruct direct permit authorize authorise forbid""".split()
)
NEGATING_VERBS = frozenset("refuse fail decline deny reject".split())
HEDGE_ADVERBS = frozenset(
    "reportedly allegedly possibly probably perhaps likely apparently maybe potentially".split()
)
SPEECH_VERBS = frozenset(
    "say tell state claim announce report note add warn explain point write insist confirm deny".split()
)
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
ORG_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})
#: ``the company`` stands for the nearest earlier organisation (singular, definite, unmodified).
ORG_NOUNS = frozenset(
    "company firm group platform app giant startup corporation business conglomerate maker".split()
)
#: ``the US government``, ``the Trump administration`` stand for the entity that modifies them.
GOVERNMENT_NOUNS = frozenset("government administration side authorities regime".split())
#: Nouns for documents that act through their issuer (``signed an order that bans X``).
DOCUMENT_NOUNS = frozenset(
    """order decree bill law rule regulation directive statement letter policy measure memo
    announcement proposal ruling decision""".split()
)
ROLE_NOUNS = frozenset(
    """ceo coo cfo cto chairman chairwoman chair president vice founder co-founder cofounder
    director spokesman spokeswoman spokesperson minister secretary head chief executive owner
    parent subsidiary unit affiliate partner investor shareholder employee officer adviser advisor
    counsel consultant member leader manager editor reporter analyst governor senator mayor
    ambassador premier chancellor king queen prince envoy commissioner general judge lawyer
    attorney professor researcher engineer boss chairperson representative lawmaker rival
    competitor customer supplier client ally""".split()
)
EVENT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence")
EVENT_NOUNS = frozenset(
    """sale deal bid purchase takeover buyout ban offer plan merger attack visit move probe review
    approval proposal removal withdrawal refusal closure seizure departure failure exposure
    boycott crackdown embargo raid strike sanction sanctions lawsuit suit fine""".split()
)
#: "hired/named X as CEO": the object takes the role.
APPOINT_VERBS = frozenset(
    """hire name appoint introduce elect choose select nominate promote install tap bring recruit
    designate employ engage retain poach reappoint confirm""".split()
)
#: "stepped down as CEO of X": the role is a former one.
LEAVE_VERBS = frozenset("resign retire quit leave depart step stand exit".split())
#: Prepositions that never carry a relation on their own.
SKIP_PREPS = frozenset(
    """including like such than despite because due except unlike besides during since until
    after before according amid within per as of""".split()
)
NOUN_PREPS = frozenset({"of", "to", "with", "from", "into", "against", "on", "over", "in", "for", "at", "between"})
VALUE_ATTRS = {"DATE": "date", "TIME": "date", "MONEY": "money", "QUANTITY": "quantity",
               "PERCENT": "quantity", "CARDINAL": "quantity"}
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "xcomp", "conj", "relcl", "acl", "parataxis", "csubj", "pcomp"})
OWNER_TYPES = frozenset({"ORG", "PERSON"})  # a PRODUCT before a noun names its kind
ORGLIKE = frozenset({"ORG", "PRODUCT"})


@dataclass
class RawTriple:
    head: int
    relation: str
    tail: int
    rule: str
    confidence: float
    negated: bool = False
    hedged: bool = False
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass
class Arg:
    """The mentions an argument token stands for, and whether a heuristic inferred them."""

    mentions: list[int] = field(default_factory=list)
    inferred: bool = False

    def __bool__(self) -> bool:
        return bool(self.mentions)

    def add(self, other: "Arg") -> None:
        for m in other.mentions:
            if m not in self.mentions:
                self.mentions.append(m)
        self.inferred = self.inferred or (other.inferred and bool(other.mentions))


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


def words(tokens: Iterable[Token]) -> str:
    """Lower-case text of tokens in order, glued where the text has no space (``anti-virus``)."""
    out = ""
    prev: Token | None = None
    for t in sorted(tokens, key=lambda t: t.i):
        if prev is not None:
            out += "" if (prev.i + 1 == t.i and not prev.whitespace_) else " "
        out += t.lower_
        prev = t
    return out


class Extractor:
    """Relation rules over one parsed document whose mentions are already known."""

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self.doc = doc
        self.mentions = mentions
        self.tok2m: dict[int, int] = {}
        self.roots: dict[int, Token] = {}
        self.ent_at = {e.start: e for e in doc.ents}
        self._roots_by_sent: dict[int, list[tuple[int, Token]]] | None = None
        for mi, m in enumerate(mentions):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            self.roots[mi] = span.root
            for t in span:
                self.tok2m.setdefault(t.i, mi)

    # -- arguments -----------------------------------------------------------------------
    def ent(self, tok: Token) -> int | None:
        return self.tok2m.get(tok.i)

    def key(self, mi: int) -> str:
        m = self.mentions[mi]
        return (m.canonical or m.form or m.text).lower()

    def pobj_args(self, prep: Token, *, pronouns: bool = True) -> Iterator[Arg]:
        """The arguments (non-empty) of a preposition's objects: ``by [the FTC]``."""
        for q in prep.children:
            if q.dep_ == "pobj":
                a = self.arg(q, pronouns=pronouns)
                if a:
                    yield a

    def arg(self, tok: Token, *, pronouns: bool = True) -> Arg:
        """Mentions an argument token stands for; conjuncts and list appositions distributed."""
        out = Arg()
        for t in (tok, *tok.conjuncts):
            one = self.one(t, pronouns=pronouns)
            out.add(one)
            if one and not one.inferred:
                for c in t.children:  # "the US Air Force, the Department of Defense and …"
                    if c.dep_ == "appos" and self.ent(c) is not None and self.set_off(c):
                        out.add(self.arg(c, pronouns=False))
        return out

    def set_off(self, appos: Token) -> bool:
        """An apposition the text sets off with a comma (the parser also calls misparses appos)."""
        i = appos.left_edge.i
        return i > 0 and self.doc[i - 1].text in (",", "(", "—", "–")

    def one(self, t: Token, *, pronouns: bool = True) -> Arg:
        mi = self.ent(t)
        if mi is not None:
            return Arg([mi])
        if t.pos_ in ("NOUN", "PROPN"):
            for c in t.children:  # "the company, ByteDance" / "parent company Byte Hopping"
                if c.dep_ in ("appos",) and self.ent(c) is not None:
                    return Arg([self.ent(c)])
            if t.lower_ in GOVERNMENT_NOUNS:  # "the US government" -> United States
                for c in t.children:
                    mi = self.ent(c)
                    if c.dep_ in ("compound", "nmod", "poss", "amod") and mi is not None \
                            and self.mentions[mi].type in ("GPE", "ORG", "PERSON"):
                        return Arg([mi])
        if t.lower_ in RELATIVE_PRONOUNS and t.tag_ in ("WDT", "WP", "WP$"):
            v = t.head  # "a supplier that Boeing plans to acquire": up to the relative clause
            for _ in range(3):
                if v.dep_ == "relcl":
                    return self.arg(v.head, pronouns=pronouns)
                if v.dep_ not in ("xcomp", "ccomp", "conj") or v.head.i == v.i:
                    break
                v = v.head
        if t.dep_ == "appos" and self.ent(t.head) is not None and self.set_off(t):
            return Arg([self.ent(t.head)])  # "Spirit AeroSystems, a supplier (that …)"
        if pronouns:
            found = self.antecedent(t)
            if found:
                return Arg(found, inferred=True)
        return Arg()

    def owner(self, noun: Token, *, via_of: bool = True) -> Arg:
        """Entity that owns a non-entity noun: ``TikTok's data``, ``Facebook user data``,
        ``data of TikTok's users`` (possessives anywhere; compounds only for ORG/PERSON)."""
        for c in noun.children:
            if c.dep_ == "poss":
                a = self.arg(c)
                if a:
                    return a
        for c in noun.children:
            mi = self.ent(c)
            if c.dep_ in ("compound", "nmod") and mi is not None and self.mentions[mi].type in OWNER_TYPES:
                return Arg([mi])
        for p in noun.children if via_of else ():
            if p.dep_ == "prep" and p.lower_ == "of":
                for q in p.children:
                    if q.dep_ == "pobj":
                        a = self.arg(q, pronouns=False)
                        if a:
                            return a
                        if q.pos_ == "NOUN":
                            a = self.owner(q)
                            if a:
                                return a
        return Arg()

    def antecedent(self, tok: Token) -> list[int]:
        """The documented pronoun / definite-description heuristic (see module docstring)."""
        low = tok.lower_
        if low in PLURAL_PRONOUNS or self._plural_org(tok):
            return self.group_before(tok)
        if low in PERSON_PRONOUNS:
            want = frozenset({"PERSON"})
        elif low in ORG_PRONOUNS or self._definite_org(tok):
            want = ORGLIKE
            issuer = self.issuer(tok)
            if issuer:
                return issuer
        else:
            return []
        if tok.dep_ == "poss":  # "the US side abused its power": the clause's own subject
            own = self.own_subject(tok, want | ({"GPE"} if want == ORGLIKE else set()))
            if own:
                return own
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp" \
                and tok.head.head.lemma_.lower() in SPEECH_VERBS:  # "Microsoft said it had agreed"
            a, passive = self.clause_subjects(tok.head.head, pronouns=False)
            if a and not passive and all(self.mentions[m].type in want for m in a.mentions):
                return a.mentions
            if any(c.dep_ == "nsubj" for c in tok.head.head.children):
                return []  # "the firm said it …": the speaker has no name here
        sent = tok.sent
        best = None
        blocked = False
        for t in sent:
            if t.i >= tok.i:
                break
            mi = self.ent(t)
            if mi is not None and self.mentions[mi].type in want and mi in self.roots and self.roots[mi].i == t.i:
                best, blocked = mi, False
            elif want == ORGLIKE and self._rival_noun(t):
                blocked = True
        if blocked:
            return []  # "X sued to block the deal, arguing that it …": "it" may be the deal
        if best is not None:
            return [best]
        if sent.start == 0:
            return []
        prev = self.doc[sent.start - 1].sent
        for t in prev:  # subject of the previous sentence's main clause
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == prev.root.i:
                mi = self.ent(t)
                if mi is not None and self.mentions[mi].type in want:
                    return [mi]
        found = {self.key(self.ent(t)): self.ent(t) for t in prev
                 if self.ent(t) is not None and self.mentions[self.ent(t)].type in want}
        return list(found.values()) if len(found) == 1 else []

    def own_subject(self, tok: Token, want: frozenset[str] | set[str]) -> list[int]:
        """The named subject of the clause a possessive pronoun sits in, if its type fits."""
        v = tok.head
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
        if v.pos_ not in ("VERB", "AUX"):
            return []
        a, passive = self.clause_subjects(v, pronouns=False)
        if len(a.mentions) == 1 and not passive and self.mentions[a.mentions[0]].type in want:
            return a.mentions  # a singular pronoun never stands for a coordinated group
        return []

    def _rival_noun(self, t: Token) -> bool:
        """A definite singular thing (``the deal``) that ``it`` could refer to instead."""
        if t.tag_ != "NN" or self.ent(t) is not None or t.lower_ in ORG_NOUNS:
            return False
        if t.dep_ in ("nsubj", "nsubjpass"):  # "a single line ran south …, where it connected"
            return True
        return (t.dep_ in ("dobj", "pobj")
                and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children))

    @staticmethod
    def _definite_org(tok: Token) -> bool:
        return (tok.lower_ in ORG_NOUNS and tok.tag_ == "NN"
                and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)
                and not any(c.dep_ in ("poss", "compound", "appos", "prep", "amod") for c in tok.children))

    @staticmethod
    def _plural_org(tok: Token) -> bool:
        return (tok.lower_ in {n + "s" for n in ORG_NOUNS} | {"companies"}
                and any(c.lower_ in ("the", "both", "two", "these", "those") for c in tok.children)
                and not any(c.dep_ in ("poss", "compound", "prep") for c in tok.children))

    def group_before(self, tok: Token) -> list[int]:
        """Nearest coordinated group (``X and Y``) of ORG/PRODUCT mentions before ``tok``."""
        sent = tok.sent
        lo = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        best: list[int] = []
        for t in self.doc[lo:tok.i]:
            mi = self.ent(t)
            if mi is None or mi not in self.roots or self.roots[mi].i != t.i or self.mentions[mi].type not in ORGLIKE:
                continue
            members = [t, *t.conjuncts]
            group = [self.ent(c) for c in members if self.ent(c) is not None
                     and self.mentions[self.ent(c)].type in ORGLIKE]
            if len(members) >= 2 and t.dep_ != "conj":  # its unnamed members are simply not nodes
                best = list(dict.fromkeys(group))
        return best

    def issuer(self, tok: Token) -> list[int]:
        """``it`` in the clause of an order/statement: whoever signed or issued the document."""
        v = tok.head
        for _ in range(5):
            if v.dep_ in ("ccomp", "conj", "xcomp", "advcl") and v.head.i != v.i:
                v = v.head
                continue
            if v.dep_ in ("acl", "relcl") and v.head.lower_ in DOCUMENT_NOUNS:
                doc_noun = v.head
                if doc_noun.dep_ in ("dobj", "nsubjpass") and doc_noun.head.pos_ in ("VERB", "AUX"):
                    return self.clause_subjects(doc_noun.head, pronouns=False)[0].mentions
            break
        return []

    # -- clause analysis -------------------------------------------------------------------
    def clause_subjects(self, verb: Token, *, pronouns: bool = True, depth: int = 0) -> tuple[Arg, bool]:
        """Who the verb's subject is (inherited through conj, control and gerunds) and whether
        the verb itself is passive."""
        own_passive = any(c.dep_ == "auxpass" for c in verb.children)
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return self.arg(c, pronouns=pronouns), c.dep_ == "nsubjpass" or own_passive
        if depth > 4 or verb.head.i == verb.i:
            return Arg(), own_passive
        head, dep = verb.head, verb.dep_
        if dep == "conj" and head.pos_ in ("VERB", "AUX"):
            subj, passive = self.clause_subjects(head, pronouns=pronouns, depth=depth + 1)
            has_perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
            return subj, own_passive or (passive and verb.tag_ == "VBN" and not has_perfect)
        if dep in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
            dative = [c for c in head.children if c.dep_ == "dative"]
            if dative:
                return self.arg(dative[0], pronouns=False), own_passive
            dobj = [c for c in head.children if c.dep_ == "dobj"]
            if dobj and (dep == "xcomp" or head.lemma_.lower() in OBJECT_CONTROL):
                return self.arg(dobj[0], pronouns=False), own_passive
            subj, _ = self.clause_subjects(head, pronouns=pronouns, depth=depth + 1)
            return subj, own_passive
        if dep == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            gov = head.head
            gov_subj, gov_passive = self.clause_subjects(gov, pronouns=pronouns, depth=depth + 1)
            if head.lower_ in ("for", "from"):  # "fined X for violating", "banned X from doing"
                if gov_passive:
                    return gov_subj, own_passive
                dobj = [c for c in gov.children if c.dep_ in ("dobj", "dative")]
                if dobj:
                    return self.arg(dobj[0], pronouns=False), own_passive
                return gov_subj, own_passive
            if head.lower_ in ("by", "after", "before", "while", "without", "in", "on", "upon", "since"):
                return gov_subj, own_passive
            return Arg(), own_passive
        if dep == "acl" and head.pos_ in ("NOUN", "PROPN"):
            if verb.tag_ == "VBG":  # "a company making phones"
                return self.arg(head, pronouns=False), False
            if verb.tag_ == "VBN":  # "a company called X" / "data stored in"
                return self.arg(head, pronouns=False), True
        return Arg(), own_passive

    def flags(self, verb: Token) -> tuple[bool, bool]:
        negated = any(self._neg(c) for c in verb.children)
        hedged = any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)
        hedged = hedged or any(c.dep_ == "advmod" and c.lower_ in HEDGE_ADVERBS for c in verb.children)
        hedged = hedged or any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children)
        if verb.dep_ in ("acl", "ccomp") and verb.head.pos_ == "NOUN":  # "little evidence that …"
            quant = {c.lower_ for c in verb.head.children if c.dep_ in ("det", "amod")}
            negated = negated or bool(quant & {"no"})
            hedged = hedged or bool(quant & {"little", "scant", "insufficient", "few"})
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
                negated = negated or any(self._neg(c) for c in v.children)
            if dep == "ccomp" and lemma in OPINION_VERBS:
                hedged = True
            if dep == "ccomp" and lemma in ("deny", "dispute", "reject"):
                negated = True
            hedged = hedged or any(c.dep_ == "aux" and c.lower_ in MODALS for c in v.children)
            if dep == "ccomp":
                break
        return negated, hedged

    @staticmethod
    def _neg(tok: Token) -> bool:
        """A clause-level negation (not one scoped to a following preposition: ``not in China``)."""
        if tok.dep_ != "neg" and not (tok.dep_ == "advmod" and tok.lower_ == "never"):
            return False
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return not (nxt is not None and nxt.dep_ == "prep" and nxt.head.i == tok.head.i)

    def values(self, root: Token, skip: Token | None = None) -> dict[str, str]:
        """Dates, money and quantities in the clause of ``root`` (not in nested clauses)."""
        attrs: dict[str, str] = {}
        stack = [root]
        while stack:
            t = stack.pop()
            for c in t.children:
                if c.dep_ in CLAUSE_DEPS or (skip is not None and c.i == skip.i):
                    continue
                if t.i == root.i and c.dep_ in ("nsubj", "nsubjpass"):  # "the two companies"
                    continue
                stack.append(c)
            key = VALUE_ATTRS.get(t.ent_type_)
            if key and key not in attrs and t.ent_iob_ == "B":
                ent = self.ent_at.get(t.i)
                if ent is not None:  # a name the NER glued to an amount is not part of it
                    toks = [x for x in ent if self.ent(x) is None]
                    if toks:
                        attrs[key] = self.doc[toks[0].i:ent.end].text
        return attrs

    def speaker(self, verb: Token) -> str | None:
        """``X said that …`` / ``according to X, …``: who reports the clause of ``verb``."""
        v = verb
        for _ in range(5):
            for c in v.children:
                if c.dep_ == "prep" and c.lower_ == "according":
                    src = self.sources(c)
                    if src:
                        return self.label_of(src[0])
            if v.dep_ in ("conj", "xcomp", "advcl") and v.head.i != v.i:
                v = v.head
                continue
            if v.dep_ == "ccomp" and v.head.i != v.i:
                gov = v.head
                if gov.lemma_.lower() in SPEECH_VERBS | OPINION_VERBS:
                    subj, _ = self.clause_subjects(gov, pronouns=False)
                    if subj:
                        return self.label_of(subj.mentions[0])
                v = gov
                continue
            break
        return None

    def label_of(self, mi: int) -> str:
        m = self.mentions[mi]
        return m.canonical or m.form or m.text

    def clause(self, verb: Token) -> Clause:
        subjects, passive = self.clause_subjects(verb)
        return Clause(subjects, passive, lambda: self.flags(verb), lambda: self.clause_values(verb))

    def clause_values(self, verb: Token) -> dict[str, str]:
        attrs = self.values(verb)
        who = self.speaker(verb)
        if who:
            attrs["reported_by"] = who
        return attrs

    @staticmethod
    def verb_label(verb: Token) -> str:
        word = verb.lower_ if verb.tag_ in ("VBD", "VBN") else verb.lemma_.lower()
        prt = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        return " ".join([word, *prt])

    @staticmethod
    def noun_label(noun: Token, *, max_words: int = 5) -> str:
        """A role or event noun with its non-entity modifiers: ``former chief … consultant``."""
        keep: list[Token] = []

        def walk(t: Token) -> None:
            for c in t.children:
                if c.i > noun.i or c.dep_ not in ("compound", "amod", "nmod"):
                    continue
                if c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON", "DATE", "CARDINAL") or c.pos_ == "PROPN":
                    continue
                keep.append(c)
                walk(c)

        walk(noun)
        label = words([*keep, noun]).split()
        return " ".join(label[-max_words:])

    def emit(self, head: Arg | list[int], rel: str, tail: Arg | list[int], rule: str, conf: float,
             clause: Clause | None = None, *, negated: bool | None = None) -> Iterator[RawTriple]:
        hs = head.mentions if isinstance(head, Arg) else head
        ts = tail.mentions if isinstance(tail, Arg) else tail
        inferred = any(isinstance(a, Arg) and a.inferred for a in (head, tail))
        if inferred:
            rule, conf = rule + "+antecedent", conf - 0.15
        for h in hs:
            for t in ts:
                if h == t or self.key(h) == self.key(t):
                    continue
                neg = (clause.negated if clause else False) or bool(negated)
                yield RawTriple(h, rel, t, rule, round(conf, 2), negated=neg,
                                hedged=clause.hedged if clause else False,
                                attrs=dict(clause.attrs) if clause else {})

    # -- rules -----------------------------------------------------------------------------
    def sentence(self, sent: Span) -> Iterator[RawTriple]:
        for tok in sent:
            if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ not in ("aux", "auxpass")):
                yield from self.verb_rules(tok)
            if tok.pos_ in ("NOUN", "PROPN") and self.ent(tok) is None:
                yield from self.nominal(tok)
            if tok.lower_ == "according" and tok.dep_ == "prep":
                yield from self.according_to(tok)
        for mi, root in self._roots_in(sent):
            yield from self.titles(mi, root)
            yield from self.possessive(mi, root)

    def _roots_in(self, sent: Span) -> list[tuple[int, Token]]:
        """Mention roots inside ``sent`` by mention index, grouped once per document (sorting all
        of them for every sentence made long documents quadratic)."""
        if self._roots_by_sent is None:
            self._roots_by_sent = {}
            for mi, root in sorted(self.roots.items()):
                self._roots_by_sent.setdefault(root.sent.start, []).append((mi, root))
        return self._roots_by_sent.get(sent.start, [])

    def verb_rules(self, verb: Token) -> Iterator[RawTriple]:
        cl = self.clause(verb)
        if verb.lemma_ in ("be", "become", "remain"):
            yield from self.copula(verb, cl)
            return
        label = self.verb_label(verb)
        agents = Arg()
        for c in verb.children:
            if c.dep_ == "agent":
                for a in self.pobj_args(c):
                    agents.add(a)
        if cl.passive and not agents:  # "was fined 1.2 billion euros by the regulator"
            for obj in (c for c in verb.children if c.dep_ == "dobj" and self.is_amount(c)):
                for p in obj.children:
                    if p.dep_ == "prep" and p.lower_ == "by":
                        for a in self.pobj_args(p):
                            agents.add(a)
        if cl.passive:
            if agents and cl.subjects:
                yield from self.emit(agents, label, cl.subjects, "passive", 0.85, cl)
            actors = agents or cl.subjects
            if agents and not cl.subjects:
                subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
                if subj and subj[0].pos_ == "NOUN":
                    yield from self.emit(agents, label, self.owner(subj[0]), "subject_owner", 0.65, cl)
        else:
            actors = cl.subjects
        obj_noun: Token | None = None
        for obj in self.objects(verb):
            targets = self.arg(obj, pronouns=False)
            if targets:
                yield from self.emit(actors, label, targets, "svo", 0.9, cl)
                continue
            if self.is_amount(obj):  # "fined Google 4.3 billion euros" (name parsed into the amount)
                first_num = min((c.i for c in obj.children if c.dep_ == "nummod"), default=obj.i)
                named = [c for c in obj.children if c.dep_ in ("nmod", "compound") and c.i < first_num
                         and self.ent(c) is not None]
                for c in named:
                    yield from self.emit(actors, label, self.arg(c, pronouns=False), "svo", 0.8, cl)
                noun = f" {obj.lower_}" if obj.pos_ == "NOUN" and obj.ent_type_ != "MONEY" else ""
                for prep, pobj_arg in self.noun_preps(obj):  # "invest $10 billion in OpenAI"
                    if prep not in ("of", "between"):  # "had 12 seats in the State House"
                        yield from self.emit(actors, f"{label}{noun} {prep}", pobj_arg, "prep", 0.7, cl)
                continue
            if obj.pos_ != "NOUN" or obj.ent_type_ in VALUE_ATTRS:
                continue
            if obj.dep_ == "dobj":
                obj_noun = obj
            owner = self.owner(obj, via_of=False)
            if owner.inferred:
                owner = Arg()  # "delivers her report": a guessed owner of a thing says little
            if owner and any(c.dep_ == "poss" for c in obj.children):
                glue = "by" if self.is_event(obj) else "of"
                yield from self.emit(actors, f"{label} {obj.lower_} {glue}", owner, "object_owner", 0.7, cl)
            elif owner:
                yield from self.emit(actors, f"{label} {obj.lower_} of", owner, "object_owner", 0.65, cl)
            for prep, pobj_arg in self.noun_preps(obj):
                rel = f"{label} {obj.lower_} {prep}"
                yield from self.emit(actors, rel, pobj_arg, "object_prep", 0.7, cl)
        holders = actors
        if cl.passive and not agents:
            subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if not cl.subjects and subj and subj[0].pos_ == "NOUN":  # "TikTok's data are stored in …"
                holders = self.owner(subj[0])
                obj_noun = subj[0] if holders else obj_noun
        for prep in (c for c in verb.children if c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP")):
            if prep.lower_ == "as":
                first_as = min(c.i for c in verb.children if c.lower_ == "as" and c.dep_ == "prep")
                if prep.i == first_as:  # with two "as" phrases the parse rarely pairs them right
                    yield from self.as_role(verb, prep, actors, cl)
                continue
            if prep.lower_ in SKIP_PREPS:
                continue
            prep_neg = prep.i > 0 and self.doc[prep.i - 1].dep_ == "neg"  # "…, not in China"
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                targets = self.arg(pobj, pronouns=False)
                targets.mentions = [m for m in targets.mentions if self.mentions[m].type != "EVENT"
                                    or prep.lower_ not in ("in", "at", "during", "throughout")]
                if not targets:
                    continue
                noun = f" {obj_noun.lower_}" if obj_noun is not None else ""
                rule = "subject_owner" if holders is not actors else "prep"
                yield from self.emit(holders, f"{label}{noun} {prep.lower_}", targets, rule,
                                     0.65 if rule == "subject_owner" else 0.7, cl, negated=prep_neg)

    @staticmethod
    def object_gap(verb: Token) -> Token | None:
        """``a supplier (that) Boeing plans to acquire``: the noun a relative clause leaves out as
        the object of its transitive verb."""
        if verb.dep_ not in ("relcl", "xcomp") or any(c.dep_ in ("auxpass", "ccomp", "dobj", "xcomp")
                                                       for c in verb.children):
            return None
        v = verb
        while v.dep_ == "xcomp":
            v = v.head
        if v.dep_ != "relcl" or v.head.pos_ not in ("NOUN", "PROPN"):
            return None
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or subj[0].lower_ in RELATIVE_PRONOUNS or subj[0].dep_ == "nsubjpass":
            return None
        if any(c.dep_ == "prep" and not any(q.dep_ == "pobj" for q in c.children) for c in verb.children):
            return None  # "the firm (that) Boeing works with": the gap is the preposition's
        return v.head

    @staticmethod
    def is_event(noun: Token) -> bool:
        """A nominalised action (``acquisition``, ``sale``, ``takeover``) rather than a thing."""
        low = noun.lower_
        return low.endswith(EVENT_SUFFIXES) or low in EVENT_NOUNS

    @staticmethod
    def is_amount(noun: Token) -> bool:
        """``4.3 billion euros``, ``45 days``: a noun counted by a number."""
        if noun.ent_type_ in VALUE_ATTRS:
            return True
        return noun.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.i == noun.i - 1 for c in noun.children)

    @staticmethod
    def objects(verb: Token) -> list[Token]:
        """The verb's objects, or those of the verb it is coordinated with when it has none of
        its own (``had stolen and retained 50 million user data``)."""
        own = [c for c in verb.children if c.dep_ in ("dobj", "dative", "oprd") and c.pos_ != "ADP"]
        if own:
            return own
        gap = Extractor.object_gap(verb)
        if gap is not None:
            return [gap]
        if any(c.dep_ in ("prep", "ccomp", "xcomp") for c in verb.children):
            return own
        for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            if any(c.dep_ == "cc" and verb.i < c.i < conj.i for c in verb.children):
                return [c for c in conj.children if c.dep_ == "dobj"]
        return []

    def noun_preps(self, noun: Token) -> Iterator[tuple[str, Arg]]:
        """Entities in the prepositional complements of a noun (also through ``related to``)."""
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in NOUN_PREPS:
                for a in self.pobj_args(c, pronouns=False):
                    yield c.lower_, a
            elif c.dep_ == "acl" and c.tag_ == "VBN":  # "any transaction related to WeChat"
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ in NOUN_PREPS:
                        glue = f"{c.lower_} {p.lower_}" if p.i == c.i + 1 else p.lower_
                        for a in self.pobj_args(p, pronouns=False):
                            yield glue, a

    def copula(self, verb: Token, cl: Clause) -> Iterator[RawTriple]:
        """``X is the parent company of Y``, ``X is Y's parent company``, ``there is … in Y``."""
        prefix = "" if verb.lemma_ == "be" else self.verb_label(verb) + " "
        existential = any(c.dep_ == "expl" for c in verb.children)
        for attr in (c for c in verb.children if c.dep_ in ("attr", "acomp", "oprd")):
            if self.ent(attr) is not None or attr.pos_ not in ("NOUN", "PROPN", "ADJ"):
                continue
            label = self.noun_label(attr)
            if existential:
                yield from self.existential(verb, attr, label, cl)
                continue
            for prep in (c for c in attr.children if c.dep_ == "prep" and c.lower_ in ("of", "at", "for", "to")):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    yield from self.emit(cl.subjects, f"{prefix}{label} {prep.lower_}",
                                         self.arg(pobj, pronouns=False), "copula", 0.85, cl)
            for c in attr.children:
                if c.dep_ == "poss":
                    yield from self.emit(cl.subjects, f"{prefix}{label} of", self.arg(c), "copula", 0.8, cl)

    def existential(self, verb: Token, attr: Token, label: str, cl: Clause) -> Iterator[RawTriple]:
        """``X's data are stored in A, and there is a backup server in B``: the owner of the
        joined clause holds the thing that exists."""
        holder = self.owner(attr)
        if not holder and verb.dep_ == "conj":
            first = verb.head
            subj = [c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                holder = self.arg(subj[0], pronouns=False) or self.owner(subj[0])
        if not holder:
            return
        for prep in (c for c in attr.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                yield from self.emit(holder, f"{label} {prep.lower_}", self.arg(pobj, pronouns=False),
                                     "existential", 0.55, cl)

    def as_role(self, verb: Token, prep: Token, actors: Arg, cl: Clause) -> Iterator[RawTriple]:
        """``hired Mayer as CEO and COO of ByteDance`` (appointing verbs: the object holds the
        role, by default at the appointer); ``joined Apple as CFO``, ``stepped down as CEO of X``
        (the subject holds it). Only role nouns count: ``overtook Apple as the largest maker`` is
        no title."""
        objs = Arg()
        for c in verb.children:
            if c.dep_ == "dobj":
                objs.add(self.arg(c, pronouns=False))
        if verb.lemma_.lower() in APPOINT_VERBS and objs:
            holder = objs
            fallback = actors if all(self.mentions[m].type in ORGLIKE for m in actors.mentions) else Arg()
        elif objs and all(self.mentions[m].type in ORGLIKE for m in objs.mentions):
            holder, fallback = actors, objs
        elif not any(c.dep_ == "dobj" for c in verb.children):
            holder, fallback = actors, Arg()
        else:
            return
        for role in (c for c in prep.children if c.dep_ == "pobj"):
            if self.ent(role) is not None:
                continue
            shared: Arg = Arg()
            roles = [role, *(r for r in role.conjuncts if self.ent(r) is None)]
            for r in roles:
                for p in r.children:
                    if p.dep_ == "prep" and p.lower_ in ("of", "at", "for"):
                        for a in self.pobj_args(p, pronouns=False):
                            shared.add(a)
            for r in roles:
                role_label = self.noun_label(r)
                if not set(role_label.split()) & ROLE_NOUNS:
                    continue
                orgs = shared or Arg(self.org_modifiers(r, exclude=-1)) or fallback
                if orgs:
                    if verb.lemma_.lower() in LEAVE_VERBS and "former" not in role_label:
                        role_label = "former " + role_label
                    yield from self.emit(holder, f"{role_label} of", orgs, "as_role", 0.75, cl)

    def nominal(self, noun: Token) -> Iterator[RawTriple]:
        """Nominalised events: ``X's acquisition of Y``, ``the acquisition of Y by X``,
        ``the US boycott of Y``, ``the sale of Y to Z``."""
        preps: dict[str, Arg] = {}
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "to", "with", "by", "against", "into", "for", "on"):
                for a in self.pobj_args(c, pronouns=False):
                    preps.setdefault(c.lower_, a)
        if not preps:
            return
        agent = Arg()
        for c in noun.children:
            if c.dep_ == "poss":
                if c.pos_ == "PRON" and noun.dep_ == "dobj":
                    return  # "abused its dominance of X": the clause already says it (object_prep)
                agent = self.arg(c)
                break
        if not agent and "by" in preps and "of" in preps:
            agent = preps.pop("by")
        if not agent and noun.pos_ == "NOUN" and self.is_event(noun):  # "the US boycott of X"
            for c in noun.children:
                mi = self.ent(c)
                if c.dep_ in ("compound", "nmod") and mi is not None \
                        and self.mentions[mi].type in ("ORG", "GPE", "PERSON"):
                    agent = Arg([mi])
                    break
        label = self.noun_label(noun, max_words=3)
        gov = noun.head
        while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
            gov = gov.head

        def flags() -> tuple[bool, bool]:  # the noun's own negation is not the clause's
            return False, self.flags(gov)[1] if gov.pos_ in ("VERB", "AUX") else False

        cl = Clause(Arg(), False, flags, lambda: self.values(noun))
        if agent:
            for prep, tail in preps.items():
                if prep != "by":
                    yield from self.emit(agent, f"{label} {prep}", tail, "nominal", 0.7, cl)
        elif "of" in preps and "to" in preps:  # "the sale of TikTok to Microsoft"
            yield from self.emit(preps["of"], f"{label} to", preps["to"], "nominal", 0.6, cl)

    def titles(self, mi: int, root: Token) -> Iterator[RawTriple]:
        """``Zhang Yiming, CEO of X``; ``Facebook founder Zuckerberg``; ``U.S. President Trump``;
        ``Mayer, a former Disney executive``."""
        holder = Arg([mi])
        is_person = self.mentions[mi].type == "PERSON"
        appositions = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            appositions.append(root.head)
            org = root.head
            if is_person and self.ent(org) is not None and org.dep_ == "pobj" and org.head.lower_ in ("of", "at") \
                    and self.ent(org.head.head) is None and org.head.head.pos_ == "NOUN":
                role = org.head.head
                yield from self.emit(holder, f"{self.noun_label(role)} {org.head.lower_}",
                                     self.arg(org, pronouns=False), "appos", 0.8)
        for role in appositions:
            if self.ent(role) is not None or role.pos_ not in ("NOUN", "PROPN"):
                continue
            label = self.noun_label(role)
            if not is_person and not any(w in ROLE_NOUNS for w in label.split()):
                continue
            found = False
            for prep in (c for c in role.children if c.dep_ == "prep" and c.lower_ in ("of", "at", "for")):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    org = self.arg(pobj, pronouns=False)
                    found = found or bool(org)
                    yield from self.emit(holder, f"{label} {prep.lower_}", org, "appos", 0.85)
            if not found and is_person:
                yield from self.emit(holder, f"{label} of", self.org_modifiers(role, exclude=mi), "appos", 0.8)
        if not is_person:
            return
        span_toks = [t for t in root.subtree if self.ent(t) == mi]
        for child in [*root.children, *span_toks]:
            if child.i >= root.i or child.lower_ not in ROLE_NOUNS:
                continue
            if child.dep_ not in ("compound", "nmod", "amod") and self.ent(child) != mi:
                continue
            if self.ent(child) not in (None, mi):
                continue
            label = self.noun_label(child)
            yield from self.emit(holder, f"{label} of", self.org_modifiers(child, exclude=mi), "title", 0.8)

    def possessive(self, mi: int, root: Token) -> Iterator[RawTriple]:
        """``TikTok's parent company ByteDance`` / ``ByteDance, TikTok's parent company`` /
        ``its affiliated company SCL`` / ``Russia's anti-virus software Kaspersky``."""
        nouns: list[Token] = []
        if root.dep_ == "appos" and self.ent(root.head) is None and root.head.pos_ == "NOUN":
            nouns.append(root.head)
        for c in root.children:
            if c.dep_ in ("appos", "compound") and self.ent(c) is None and c.pos_ == "NOUN":
                nouns.append(c)
        for noun in nouns:
            poss = [c for c in noun.children if c.dep_ == "poss"]
            if poss:
                yield from self.emit([mi], f"{self.noun_label(noun)} of", self.arg(poss[0]), "possessive", 0.8)
        poss = [c for c in root.children if c.dep_ == "poss"]
        mods = [c for c in root.children if c.dep_ in ("compound", "amod") and c.i < root.i
                and self.ent(c) is None and c.pos_ in ("NOUN", "ADJ", "VERB")]
        if poss and mods:
            label = self.noun_label(max(mods, key=lambda t: t.i))
            head_words = [words([m]) for m in mods if m.dep_ == "amod" and m.i < max(mods, key=lambda t: t.i).i]
            label = " ".join(dict.fromkeys([*head_words, *label.split()]))
            yield from self.emit([mi], f"{label} of", self.arg(poss[0]), "possessive", 0.75)

    def org_modifiers(self, role: Token, exclude: int) -> list[int]:
        """Entities modifying a role noun: ``Disney`` in "a former Disney executive"."""
        out: list[int] = []
        for c in role.subtree:
            if c.i >= role.i or c.dep_ not in ("compound", "amod", "nmod", "poss"):
                continue
            mi = self.ent(c)
            if mi is not None and mi != exclude and self.mentions[mi].type in ("ORG", "GPE", "PRODUCT") \
                    and mi not in out:
                out.append(mi)
        return out

    def sources(self, according: Token) -> list[int]:
        out: list[int] = []
        for to in according.children:
            for pobj in (c for c in to.children if c.dep_ == "pobj"):
                a = self.arg(pobj, pronouns=False) or self.owner(pobj)
                for m in a.mentions:
                    if m not in out:
                        out.append(m)
        return out

    def according_to(self, tok: Token) -> Iterator[RawTriple]:
        """``According to Sensor Tower, users spend … on TikTok``: the source reports on the
        entities that take part in the clause."""
        src = self.sources(tok)
        verb = tok.head
        if not src or verb.pos_ not in ("VERB", "AUX"):
            return
        cl = self.clause(verb)
        cl.attrs.pop("reported_by", None)
        targets = Arg()
        targets.add(cl.subjects)
        for c in verb.children:
            if c.dep_ in ("dobj", "dative", "attr"):
                targets.add(self.arg(c, pronouns=False))
            if c.dep_ == "prep" and c.i != tok.i:
                for a in self.pobj_args(c, pronouns=False):
                    targets.add(a)
        yield from self.emit(src, "according to", targets, "according_to", 0.6, cl)


def extract_relations(doc: Doc, mentions: list[Mention]) -> list[tuple[RawTriple, Span]]:
    """All triples of a document, each with the sentence that states it; duplicates removed."""
    ex = Extractor(doc, mentions)
    seen: set[tuple[int, str, int]] = set()
    out: list[tuple[RawTriple, Span]] = []
    for sent in doc.sents:
        for t in ex.sentence(sent):
            key = (t.head, t.relation, t.tail)
            if key in seen:
                continue
            seen.add(key)
            out.append((t, sent))
    return out
