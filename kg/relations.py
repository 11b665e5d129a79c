"""Relations between entity mentions, read off spaCy's dependency parse.

Each rule walks the parse of one sentence and yields ``(head mention, relation, tail mention)``
with the rule's name and confidence; the caller attaches evidence. Rules:

``svo``            active clause: subject —verb→ object (``the FTC fined TikTok``)
``passive``        passive with agent: agent —verb→ subject (``TikTok was fined by the FTC``)
``prep``           prepositional object of a verb (``sold Grindr for …``, ``stored in Virginia``)
``object_of``      an object noun's ``of`` complement (``negotiate the sale of TikTok``)
``copula``         ``X is the parent company of Y`` / ``X is CEO of Y``
``appos``          apposition with a role (``Zhang Yiming, CEO of ByteDance``)
``title``          a role in front of a name (``Facebook founder Zuckerberg``)
``possessive``     ``TikTok's parent company ByteDance``
``nominal``        nominalised events (``Ant Financial's acquisition of MoneyGram``)
``according_to``   reported speech (``according to BBC reports, …``)

Subjects that are pronouns or ``the company`` are resolved to the nearest earlier mention of a
compatible type in the same document (``he``/``she`` → PERSON, ``it``/``the company`` → ORG), a
documented heuristic since no coreference model runs offline on spaCy 3.8.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from kg.model import Mention

HEDGE_VERBS = frozenset(
    "threaten plan consider want seek try propose intend hope expect aim attempt may might could would".split()
)
MODALS = frozenset({"would", "could", "may", "might", "should", "can"})
SPEECH_VERBS = frozenset("say tell state claim announce report note add warn explain point".split())
PERSON_PRONOUNS = {"he": "PERSON", "she": "PERSON", "him": "PERSON", "her": "PERSON"}
ORG_PRONOUNS = {"it": "ORG", "its": "ORG"}
ORG_NOUNS = frozenset({"company", "firm", "group", "platform", "app", "giant", "startup", "corporation"})
ROLE_NOUNS = frozenset(
    """ceo coo cfo cto chairman chairwoman president founder co-founder director spokesman
    spokeswoman spokesperson minister secretary head chief executive owner parent subsidiary
    unit affiliate partner investor shareholder employee officer adviser advisor counsel
    consultant member leader manager editor reporter analyst""".split()
)
VALUE_ATTRS = {"DATE": "date", "TIME": "date", "MONEY": "money", "QUANTITY": "quantity",
               "PERCENT": "quantity", "CARDINAL": "quantity"}


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


class Extractor:
    """Relation rules over one parsed document whose mentions are already known."""

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self.doc = doc
        self.mentions = mentions
        self.tok2m: dict[int, int] = {}
        for mi, m in enumerate(mentions):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                self.tok2m.setdefault(t.i, mi)

    # -- argument resolution -------------------------------------------------------------
    def ent(self, tok: Token) -> int | None:
        return self.tok2m.get(tok.i)

    def args(self, tok: Token, *, resolve_pronoun: bool = True) -> list[int]:
        """Mentions an argument token stands for, conjuncts distributed."""
        out: list[int] = []
        for t in (tok, *tok.conjuncts):
            mi = self.ent(t)
            if mi is None:
                for child in t.children:  # "the company, ByteDance" / "the app TikTok"
                    if child.dep_ in ("appos",) and self.ent(child) is not None:
                        mi = self.ent(child)
                        break
            if mi is None and resolve_pronoun:
                mi = self.antecedent(t)
            if mi is not None and mi not in out:
                out.append(mi)
        return out

    def antecedent(self, tok: Token) -> int | None:
        low = tok.lower_
        want = PERSON_PRONOUNS.get(low) or ORG_PRONOUNS.get(low)
        if want is None and low in ORG_NOUNS and any(c.lower_ == "the" for c in tok.children):
            want = "ORG"
        if want is None:
            return None
        start = tok.idx
        best = None
        for mi, m in enumerate(self.mentions):
            if m.end > start:
                break
            if m.type == want or (want == "ORG" and m.type in ("ORG", "PRODUCT")):
                best = mi
        return best

    # -- helpers -------------------------------------------------------------------------
    @staticmethod
    def flags(verb: Token) -> tuple[bool, bool]:
        negated = any(c.dep_ == "neg" for c in verb.children)
        hedged = any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)
        head = verb
        while head.dep_ in ("xcomp", "ccomp") and head.head is not head:
            head = head.head
            if head.lemma_.lower() in HEDGE_VERBS:
                hedged = True
            negated = negated or any(c.dep_ == "neg" for c in head.children)
        return negated, hedged

    def values(self, root: Token) -> dict[str, str]:
        attrs: dict[str, str] = {}
        lo, hi = root.left_edge.i, root.right_edge.i
        for ent in self.doc.ents:
            key = VALUE_ATTRS.get(ent.label_)
            if key and ent.start >= lo and ent.end - 1 <= hi and key not in attrs:
                attrs[key] = ent.text
        return attrs

    @staticmethod
    def verb_label(verb: Token) -> str:
        word = verb.lower_ if verb.tag_ in ("VBD", "VBN") else verb.lemma_.lower()
        prt = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        return " ".join([word, *prt])

    def subjects(self, verb: Token) -> tuple[list[int], bool]:
        """Subject mentions and whether the clause is passive (inherits through conj/xcomp)."""
        v = verb
        for _ in range(4):
            subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                passive = subj[0].dep_ == "nsubjpass"
                return self.args(subj[0]), passive
            if v.dep_ in ("conj", "xcomp", "advcl") and v.head is not v:
                v = v.head
            else:
                break
        return [], False

    # -- rules ---------------------------------------------------------------------------
    def sentence(self, sent: Span) -> Iterator[RawTriple]:
        for tok in sent:
            if tok.pos_ in ("VERB", "AUX"):
                yield from self.clause(tok)
            if tok.pos_ in ("NOUN", "PROPN"):
                yield from self.nominal(tok)
            if tok.lower_ == "according" and tok.nbor(1).lower_ == "to" if tok.i + 1 < len(self.doc) else False:
                yield from self.according_to(tok, sent)
        yield from self.titles(sent)

    def clause(self, verb: Token) -> Iterator[RawTriple]:
        subjects, passive = self.subjects(verb)
        negated, hedged = self.flags(verb)
        attrs = self.values(verb)
        label = self.verb_label(verb)
        agents = [
            mi for c in verb.children if c.dep_ == "agent"
            for p in c.children if p.dep_ == "pobj" for mi in self.args(p)
        ]
        base = dict(negated=negated, hedged=hedged, attrs=attrs)
        if verb.lemma_ == "be":
            yield from self.copula(verb, subjects, base)
            return
        if passive:
            for a in agents:
                for s in subjects:
                    if a != s:
                        yield RawTriple(a, label, s, "passive", 0.85, **base)
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "dative", "attr", "oprd")):
            targets = self.args(obj, resolve_pronoun=False)
            rule, rel = "svo", label
            if not targets:
                # "negotiate the sale of tiktok", "stopped Ant Financial's acquisition of X"
                poss = [mi for c in obj.children if c.dep_ == "poss" for mi in self.args(c)]
                if poss:
                    targets, rule = poss, "svo_poss"
                else:
                    for p in obj.children:
                        if p.dep_ == "prep" and p.lower_ in ("of", "to", "with", "from"):
                            found = [mi for q in p.children if q.dep_ == "pobj" for mi in self.args(q)]
                            if found:
                                targets, rule = found, "object_of"
                                rel = f"{label} {obj.lemma_.lower()} {p.lower_}"
                                break
            for s in (agents if passive else subjects):
                for o in targets:
                    if s != o:
                        conf = 0.9 if rule == "svo" else 0.75
                        yield RawTriple(s, rel, o, rule, conf, **base)
        holders = agents if passive and agents else subjects
        if passive and not agents:
            holders = subjects
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                for o in self.args(pobj, resolve_pronoun=False):
                    for s in holders:
                        if s != o:
                            yield RawTriple(s, f"{label} {prep.lower_}", o, "prep", 0.7, **base)
        # "X told Reuters that ..." / "X said that Y ..." are covered by svo on dative/dobj.

    def copula(self, verb: Token, subjects: list[int], base: dict) -> Iterator[RawTriple]:
        for attr in (c for c in verb.children if c.dep_ in ("attr", "acomp")):
            for prep in (c for c in attr.children if c.dep_ == "prep" and c.lower_ in ("of", "at", "for")):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    for o in self.args(pobj, resolve_pronoun=False):
                        for s in subjects:
                            if s != o:
                                rel = f"{self.noun_phrase_label(attr)} {prep.lower_}"
                                yield RawTriple(s, rel, o, "copula", 0.8, **base)

    @staticmethod
    def noun_phrase_label(noun: Token) -> str:
        mods = [c.lower_ for c in noun.children
                if c.dep_ in ("compound", "amod") and c.i < noun.i and c.pos_ != "PROPN" and c.ent_type_ == ""]
        return " ".join([*mods, noun.lower_])

    def nominal(self, noun: Token) -> Iterator[RawTriple]:
        """``X's acquisition of Y`` and ``TikTok's parent company ByteDance``."""
        if self.ent(noun) is not None and noun.dep_ != "appos":
            pass
        poss = [mi for c in noun.children if c.dep_ == "poss" for mi in self.args(c, resolve_pronoun=False)]
        if not poss:
            return
        label = self.noun_phrase_label(noun)
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "to", "with", "by")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                for o in self.args(pobj, resolve_pronoun=False):
                    for s in poss:
                        if s != o:
                            yield RawTriple(s, f"{label} {prep.lower_}", o, "nominal", 0.75)
        if noun.lower_ in ROLE_NOUNS or any(w in ROLE_NOUNS for w in label.split()):
            holders = [mi for c in noun.children if c.dep_ == "appos" for mi in self.args(c, resolve_pronoun=False)]
            if self.ent(noun) is None and noun.dep_ in ("appos", "compound", "nsubj", "dobj", "pobj"):
                holders += [mi for mi in self.args(noun.head, resolve_pronoun=False)] if noun.dep_ in ("appos", "compound") else []
            for h in holders:
                for p in poss:
                    if h != p:
                        yield RawTriple(h, f"{label} of", p, "possessive", 0.75)

    def titles(self, sent: Span) -> Iterator[RawTriple]:
        """Appositions and pre-name roles: ``Zhang Yiming, CEO of X``; ``Facebook founder Zuckerberg``."""
        for tok in sent:
            holder = self.ent(tok)
            if holder is None or self.mentions[holder].type != "PERSON":
                continue
            for child in tok.children:
                role = child
                if child.dep_ == "appos" and self.ent(child) is None:
                    label = self.noun_phrase_label(role)
                    for prep in (c for c in role.children if c.dep_ == "prep" and c.lower_ in ("of", "at", "for")):
                        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                            for o in self.args(pobj, resolve_pronoun=False):
                                if o != holder:
                                    yield RawTriple(holder, f"{label} {prep.lower_}", o, "appos", 0.85)
                    for o in self.org_modifiers(role, exclude=holder):
                        yield RawTriple(holder, f"{label} of", o, "appos", 0.8)
                elif child.dep_ == "compound" and self.ent(child) is None and child.lower_ in ROLE_NOUNS:
                    label = self.noun_phrase_label(child)
                    for o in self.org_modifiers(child, exclude=holder):
                        yield RawTriple(holder, f"{label} of", o, "title", 0.8)

    def org_modifiers(self, role: Token, exclude: int) -> list[int]:
        """Entities modifying a role noun: ``Disney`` in "a former Disney executive"."""
        out = []
        for c in role.subtree:
            if c.i >= role.i or c.dep_ not in ("compound", "amod", "nmod", "poss"):
                continue
            mi = self.ent(c)
            if mi is not None and mi != exclude and self.mentions[mi].type in ("ORG", "GPE", "NORP", "PRODUCT") \
                    and mi not in out:
                out.append(mi)
        return out

    def according_to(self, tok: Token, sent: Span) -> Iterator[RawTriple]:
        to = tok.nbor(1)
        sources = [mi for c in to.subtree for mi in ([self.ent(c)] if self.ent(c) is not None else [])]
        if not sources:
            return
        src = sources[0]
        root = sent.root
        subjects, _ = self.subjects(root)
        for s in subjects:
            if s != src:
                yield RawTriple(src, "according to", s, "according_to", 0.6)


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
