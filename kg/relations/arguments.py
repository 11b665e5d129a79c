"""Argument finding: which mentions a token stands for, and who the subject of a verb is.

``Arguments`` holds one document's token→mention index. Its methods recurse into each other
(an argument may be a pronoun, whose antecedent is a clause's subject, whose subject is an
argument), so they stay together in one class. The pronoun heuristic (``antecedent``, the steps
listed in ``kg.relations``' docstring) is mixed in from ``kg.relations.pronouns``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.doc_arrays import children, conjuncts, doc_ents, sentence_bounds
from kg.lexicon.countries import is_country
from kg.lexicon.words import ENVOY_NOUNS
from kg.model import Mention
from kg.prefix_repairs import hyphen_piece
from kg.relations.pronoun_kinds import definite_kind
from kg.relations.pronouns import Antecedents
from kg.relations.named_nouns import CALLING, called_name, envoys_of, government_of, named_kind
from kg.relations.office_args import OfficeHolders
from kg.relations.controlled import commitment_verb, made_into
from kg.relations.leads import lead_name
from kg.relations.participles import body_born, copula_described, maker_described, of_object_described, person_described
from kg.relations.quotes import inverted_speech
from kg.relations.relative import cleft_focus, who_of
from kg.relations.tokens import (COPULA_LEMMAS, OWNER_TYPES, SUBJ_DEPS, after_noun_by, in_brackets,
                                 is_event, own_conjunct, set_off, sibling_participle, with_postnominals)
from kg.relations.words import (APPOINT_VERBS, GERUND_VERBS, GOVERNMENT_NOUNS, NAMING_NOUNS, SUBJECT_CONTROL,
                                NOUN_PREPS, OBJECT_CONTROL, RELATIVE_PRONOUNS, ROLE_NOUNS, VARIETY_NOUNS)


def kind_of(t: Token) -> Token | None:
    """The kind noun (``VARIETY_NOUNS``) whose bare "of" object ``t`` is, when the kind describes a
    thing (a copula's attribute or a name's apposition): "a brand of beer", "a species of moth";
    not "a brand of the company" (an object with its own determiner) nor "brands of beer"."""
    prep = t.head
    if t.dep_ != "pobj" or t.pos_ != "NOUN" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    kind = prep.head
    kinds = kind.lower_ in VARIETY_NOUNS or kind.lower_ in NAMING_NOUNS and any(  # "a brand name of"
        c.dep_ == "compound" and c.lower_ in VARIETY_NOUNS for c in kind.children)
    if not kinds or kind.tag_ != "NN" or kind.dep_ not in ("attr", "appos") \
            or any(c.dep_ in ("det", "poss") for c in t.children):
        return None
    return kind


#: Nouns of leading that "under the … of" someone stands for that one: "trains under the orders of
#: the coach X", "played under the direction of X", "studied under the guidance of X".
LEADING_NOUNS = frozenset("""orders order guidance direction leadership command supervision tutelage auspices
    mentorship stewardship presidency chairmanship management captaincy coaching baton""".split())


def led_by(t: Token) -> Token | None:
    """The "of" object of a noun of leading (``LEADING_NOUNS``) that is the object of "under":
    "under the orders of the coach X" -> "coach"; else None."""
    if t.dep_ != "pobj" or t.lower_ not in LEADING_NOUNS or t.head.lower_ != "under" or t.head.dep_ != "prep":
        return None
    return next((q for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                 for q in c.children if q.dep_ == "pobj"), None)


#: Participles of taking someone's place, whose doer after an appointing verb is the appointee.
SUCCEEDING_VERBS = frozenset({"replace", "succeed"})
#: Prefixes that turn a noun against, outside or for the name they are hyphened to ("the
#: anti-Taliban commander", "the first non-Congress chief minister", "pro-Beijing lawmakers").
OPPOSING_PREFIXES = frozenset({"anti", "non", "pro"})


@dataclass
class Arg:
    """The mentions an argument token stands for, and whether a heuristic inferred them.

    ``marks``: a mention reached by one of the argument readings that name themselves on the
    edge (``+gapped``: ``a law degree from A and a journalism degree from B``; ``+trailing``:
    ``was born in A, raised in B``), so that each reading's edges can be told apart."""

    mentions: list[int] = field(default_factory=list)
    inferred: bool = False
    marks: dict[int, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.mentions)

    def marked(self, mark: str) -> "Arg":
        """This argument with every mention marked ``mark`` (a rule suffix)."""
        return Arg(list(self.mentions), self.inferred, {**{m: mark for m in self.mentions}, **self.marks})

    def add(self, other: "Arg") -> None:
        for m in other.mentions:
            if m not in self.mentions:
                self.mentions.append(m)
        for m, mark in other.marks.items():
            self.marks.setdefault(m, mark)
        self.inferred = self.inferred or (other.inferred and bool(other.mentions))


class Arguments(OfficeHolders, Antecedents):
    """The mentions of one parsed document, looked up from its tokens."""

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self.doc = doc
        self.mentions = mentions
        self.tok2m: dict[int, int] = {}
        self.roots: dict[int, Token] = {}
        self.ent_at = {e.start: e for e in doc_ents(doc)}
        self._roots_by_sent: dict[int, list[tuple[int, Token]]] | None = None
        self._spans: dict[int, tuple[int, int]] | None = None
        self._leads: dict[int, int] | None = None
        #: ``arg`` by (token, pronouns): the rules ask the same words again (an object for
        #: ``svo`` and ``such_as``, a subject for each verb of a clause and for its speaker).
        self._args: dict[tuple[int, bool], Arg] = {}
        #: ``describing.describing_nouns`` by (mention, root token): four mention rows ask it.
        self.describing: dict[tuple[int, int], list[Token]] = {}
        for mi, m in enumerate(mentions):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            span = with_postnominals(span) if m.type == "PERSON" else span
            self.roots[mi] = span.root
            for t in span:
                self.tok2m.setdefault(t.i, mi)
        for mi in set(self.roots) - set(self.tok2m.values()):  # its every word an earlier one's ("MP" in
            del self.roots[mi]  # "Federal Labor MP Kim Beazley"): no argument, the rules read mentions' words

    def span_in_sentence(self, mi: int) -> tuple[int, int]:
        """(first token, one past the last) of the tokens of mention ``mi`` in its root's sentence
        (a token belongs to the first mention covering it): computed once a document, where
        scanning the sentence for every mention cost the chain rows a sentence's length each."""
        if self._spans is None:
            self._spans = {}
            bounds: dict[int, tuple[int, int]] = {}  # each mention's root sentence, built once
            for i, m in sorted(self.tok2m.items()):
                if m not in bounds:
                    bounds[m] = sentence_bounds(self.doc, self.roots[m].i)
                if bounds[m][0] <= i < bounds[m][1]:
                    first, _ = self._spans.get(m, (i, i))
                    self._spans[m] = (first, i + 1)
        return self._spans[mi]

    def roots_in(self, sent: Span) -> list[tuple[int, Token]]:
        """Mention roots inside ``sent`` by mention index, grouped once per document (sorting all
        of them for every sentence made long documents quadratic)."""
        if self._roots_by_sent is None:
            self._roots_by_sent = {}
            for mi, root in sorted(self.roots.items()):
                self._roots_by_sent.setdefault(sentence_bounds(self.doc, root.i)[0], []).append((mi, root))
        return self._roots_by_sent.get(sent.start, [])

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
        """Mentions an argument token stands for; conjuncts and list appositions distributed.
        Worked out once a word (the reading depends only on the parse and the mentions); each
        caller gets its own copy, which it may change."""
        known = self._args.get((tok.i, pronouns))
        if known is None:
            known = self._args[(tok.i, pronouns)] = self._read_arg(tok, pronouns)
        return Arg(list(known.mentions), known.inferred, dict(known.marks))

    def _read_arg(self, tok: Token, pronouns: bool) -> Arg:
        out = Arg()
        for t in (tok, *(() if self._describes_its_name(tok) else conjuncts(tok))):
            if t is not tok and self._describes_its_name(t):
                continue  # "Salmar" of "Mowi, the Bergen-based group, and Salmar, which is …": not Mowi
            if t is not tok and is_event(tok) and t.lower_ in ROLE_NOUNS:
                continue  # "placed into liquidation, director and CFO, Dominic Fodera, asked": a misread list
            one = self.one(t, pronouns=pronouns)
            if not one and t is not tok:
                one = self._gapped(tok, t)
            out.add(one)
            if one and not one.inferred:
                for c in t.children:  # "the US Air Force, the Department of Defense and …"
                    if c.dep_ == "appos" and self.ent(c) is not None and self.set_off(c) \
                            and not self.chained(one.mentions[0], self.ent(c)) \
                            and not self._language_label(c):
                        out.add(self.arg(c, pronouns=False))
        return out

    def _language_label(self, appos: Token) -> bool:
        """A people's or language's name in brackets after a name ("Mola (Barese: Mòle)", "The
        Silence of the Tides (Portuguese: O Silêncio das Marés)") says in what language the name
        that follows is written: no other name of the thing before it."""
        mi = self.ent(appos)
        return mi is not None and in_brackets(appos) and self.mentions[mi].type == "NORP"

    def _describes_its_name(self, t: Token) -> bool:
        """``t`` is a noun set off to describe the name before it ("Mowi, the Bergen-based seafood
        group, and Salmar"): the parser hangs the next name of the list on it as its conjunct, but
        what the description says is of its name alone, and what is said of the next name is not."""
        return t.dep_ == "appos" and t.pos_ == "NOUN" and self.ent(t) is None and self.ent(t.head) is not None \
            and self.set_off(t)

    def _gapped(self, tok: Token, conj: Token) -> Arg:
        """``received his law degree from A and a journalism degree from B``: the parser makes the
        second object a conjunct of A; its own ``from`` repeats the preposition A hangs on, so B is
        the preposition's object too (a gapped clause: received … from B)."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.dep_ != "prep" or conj.pos_ != "NOUN" or self.ent(conj) is not None \
                or prep.head.dep_ == "appos":  # "X, a silver for A and a bronze for B": a misparsed list
            return Arg()
        out = Arg()
        for c in conj.children:
            if c.dep_ == "prep" and c.lower_ == prep.lower_:
                for a in self.pobj_args(c, pronouns=False):
                    out.add(a.marked("+gapped"))
        return out

    def _counted_list(self, first: Token, mark: str = "+counted_list") -> Arg:
        """``spawned three singles: "Ghosts", "Runaway" and "Tomorrow"``, ``her two albums Bionic and
        Burlesque``, ``collaborated with the architects A and B``: a plural names each of its
        members, the first by apposition and the others as its conjuncts or list appositions (rule
        suffix ``+counted_list`` on those, ``+listed`` when no number counts them)."""
        named = self.arg(first, pronouns=False)
        rest = Arg(named.mentions[1:]).marked(mark)
        out = Arg(named.mentions[:1])
        out.add(rest)
        return out

    def chained(self, first: int, second: int) -> bool:
        """``Sudbury, Ontario``: a place then the region it lies in is one place named along its
        chain, not a list of two (place_chain states the containment); a country closing the
        chain still counts (``born in Vienna, Austria``: the country of a birth is its own fact)."""
        kinds = (self.mentions[first].type, self.mentions[second].type)
        return all(k in ("GPE", "LOC") for k in kinds) and not is_country(self.mentions[second].text)

    def set_off(self, appos: Token) -> bool:
        """An apposition set off right after its head (``kg.relations.tokens.set_off``)."""
        return set_off(appos)

    def one(self, t: Token, *, pronouns: bool = True) -> Arg:
        mi = self.ent(t)
        if mi is not None:  # "The Brazilian beat Rodri": a people's word for the person just named
            return Arg([mi]) if not pronouns or (found := self.people_epithet(t, mi)) is None else Arg(found, inferred=True)
        if t.pos_ in ("NOUN", "PROPN") or t.pos_ == "ADJ" and t.dep_ in ("pobj", "dobj"):  # "of the conglomerate
            for c in t.children:  # X" (tagged ADJ); "the company, ByteDance" / "parent company Byte Hopping"
                if c.dep_ in ("appos",) and self.ent(c) is not None and not self._language_label(c):
                    if t.tag_ == "NNS":  # "three singles: A, B and C", "his songs A and B"
                        return self._counted_list(c, "+counted_list" if any(n.dep_ == "nummod" for n in t.children) else "+listed")
                    # "by the lawyer A and the trade unionist B": the parser hangs the second
                    # role (and its name) on the first name as a conjunct
                    return self.arg(c, pronouns=False) if conjuncts(c) else Arg([self.ent(c)])
            governed = government_of(self, t) if t.lower_ in GOVERNMENT_NOUNS else None
            if governed is not None:  # "the US government" -> United States
                return Arg([governed])
            named = named_kind(self, t)
            if named is not None:
                return Arg([named])
            held = self.office_holder(t)
            if held is not None:
                return Arg([held])
            called = called_name(self, t) if t.lower_ not in ENVOY_NOUNS else envoys_of(self, t)
            if called is not None:
                return Arg([called])
        if t.lower_ in RELATIVE_PRONOUNS and t.tag_ in ("WDT", "WP", "WP$"):
            v = t.head  # "a supplier that Boeing plans to acquire": up to the relative clause ("X, whose
            v = v.head if t.dep_ == "poss" and v.dep_ == "compound" and v.head.i > v.i else v  # novel Y was": Y's)
            if t.dep_ == "pobj" and v.dep_ == "prep" or t.dep_ == "poss" and v.dep_ in ("nsubj", "nsubjpass", "dobj"):
                v = v.head  # "the 2004 Olympics, in which X competed", "X, whose son Y died": up to the clause
                if v.dep_ == "attr" and t.dep_ == "pobj":  # "Nissan, of which X was president": the copula's
                    v = v.head  # noun (``kg.prep_repairs.fronted_relative_ofs``)
            for _ in range(3):
                if v.dep_ == "relcl":
                    head = who_of(self, t, v.head)
                    if any(c.dep_ == "conj" and c.i > v.right_edge.i for c in head.children) and head.i < v.i:
                        own = self.arg(head, pronouns=pronouns)  # "A, who played for X, and B": A's alone
                        own.mentions = [m for m in own.mentions if self.roots[m].i < v.i]
                        return own
                    return self.arg(head, pronouns=pronouns)
                focus = cleft_focus(v)
                if focus is not None:  # "It was Microsoft that bought LinkedIn"
                    return self.arg(focus, pronouns=pronouns)
                if v.dep_ not in ("xcomp", "ccomp", "conj") or v.head.i == v.i:
                    break
                v = v.head
        if t.dep_ == "appos" and self.ent(t.head) is not None and self.set_off(t):
            return Arg([self.ent(t.head)])  # "Spirit AeroSystems, a supplier (that …)"
        if t.dep_ == "attr" and t.pos_ == "NOUN" and t.head.lemma_ in COPULA_LEMMAS:
            for c in t.head.children:  # "X is a player who was drafted by Y": the player is X
                if c.dep_ == "nsubj" and self.ent(c) is not None:
                    return Arg([self.ent(c)])
        kind = kind_of(t)
        if kind is not None:  # "Corona is a brand of beer produced by Grupo Modelo": the brand, so Corona
            return self.one(kind, pronouns=False)
        led = led_by(t)
        if led is not None:  # "trains under the orders of the coach X": under X
            return self.arg(led, pronouns=pronouns)
        if pronouns:
            found = self.antecedent(t)
            if found:
                if definite_kind(t):  # "The town lies …": the rule says which reading found it
                    return Arg(found, inferred=True, marks={m: "+description" for m in found})
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

    def leads(self) -> dict[int, int]:
        """Closing bracket → mention, for every sentence that opens on a name and a parenthesis
        (worked out once a document: ``Token.sent`` on every verb cost a tenth of the stage)."""
        if self._leads is None:
            self._leads = {}
            for sent in self.doc.sents:
                found = lead_name(sent, self)
                if found is not None:
                    self._leads[found[1]] = found[0]
        return self._leads

    def lead_subject(self, verb: Token) -> int | None:
        """``Rudolf Halin (3 February 1934, Uerdingen – …) was a German graph theorist``: a
        sentence that opens on a name and a parenthesis has that name as the subject of the verb
        right after the parenthesis — the parser often takes a name inside it for the subject, or
        none. None when the sentence has no such opening or ``verb`` is not that verb."""
        leads = self.leads()
        if not leads or verb.pos_ not in ("VERB", "AUX"):
            return None
        i = verb.i - 1  # back over the verb's own auxiliaries, negation, adverbs and commas
        while i >= 0 and i not in leads and self.doc[i].head.i == verb.i \
                and self.doc[i].dep_ in ("aux", "auxpass", "neg", "advmod", "punct"):
            i -= 1
        return leads.get(i)

    def clause_subjects(self, verb: Token, *, pronouns: bool = True, depth: int = 0) -> tuple[Arg, bool]:
        """Who the verb's subject is (inherited through conj, control and gerunds; a sentence's
        opening name across a parenthesis, ``lead_subject``) and whether the verb itself is passive."""
        own_passive = any(c.dep_ == "auxpass" for c in children(verb))
        lead = self.lead_subject(verb)
        if lead is not None:
            return Arg([lead]), own_passive or any(c.dep_ == "nsubjpass" for c in children(verb))
        for c in children(verb):
            if c.dep_ in SUBJ_DEPS and not hyphen_piece(c):  # "co" and "-" of "co-founder X met"
                if c.i < verb.i and in_brackets(c) and not in_brackets(verb):  # "X (, South Estonian: Y) is"
                    return Arg(), c.dep_ == "nsubjpass" or own_passive
                return self.arg(c, pronouns=pronouns), c.dep_ == "nsubjpass" or own_passive
        if depth > 4 or verb.head.i == verb.i:
            return Arg(), own_passive
        head, dep = verb.head, verb.dep_
        if dep == "conj" and inverted_speech(verb):
            return Arg(), own_passive  # "…, affirmed the spokesman Manuel Adorni": he speaks
        if dep == "conj" and head.pos_ in ("VERB", "AUX"):
            subj, passive = self.clause_subjects(head, pronouns=pronouns, depth=depth + 1)
            has_perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in children(verb))
            return subj, own_passive or (passive and verb.tag_ == "VBN" and not has_perfect)
        if (gov := commitment_verb(verb)) is not None:  # "signed an agreement with Y to build X": the signer builds
            return self.clause_subjects(gov, pronouns=pronouns, depth=depth + 1)[0], own_passive
        if dep in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children(verb)) \
                or dep == "xcomp" and verb.tag_ == "VBG" and head.lemma_.lower() in GERUND_VERBS:  # "started selling"
            dative = [c for c in children(head) if c.dep_ == "dative"] or _to_controller(head, verb)
            if dative:
                return self.arg(dative[0], pronouns=False), own_passive
            dobj = [c for c in children(head) if c.dep_ == "dobj" and c.i < verb.i]  # "asked Bob to go"; not a noun
            lemma = head.lemma_.lower()  # hung on "agreed" after it ("agreed to acquire X for $68.7bn, the … deal")
            if dobj and (dep == "xcomp" and lemma not in SUBJECT_CONTROL or lemma in OBJECT_CONTROL):
                return self.arg(dobj[0], pronouns=False), own_passive
            subj, _ = self.clause_subjects(head, pronouns=pronouns, depth=depth + 1)
            return subj, own_passive
        if dep in ("advcl", "prep") and verb.tag_ == "VBN" and verb.i < head.i and verb.pos_ == "VERB" \
                and not any(c.dep_ == "mark" for c in children(verb)):  # "Born in X, he moved …" ("Based": prep)
            return self.clause_subjects(head, pronouns=pronouns, depth=depth + 1)[0], True
        if dep == "advcl" and verb.tag_ == "VBN" and verb.i > head.i and not any(c.dep_ == "mark" for c in children(verb)) \
                and (any(c.dep_ == "agent" for c in children(verb)) and any(c.dep_ == "auxpass" for c in children(head))
                     or verb.doc[verb.i - 1].text == "," and (head.lemma_ in COPULA_LEMMAS or any(  # "is a race in X,
                            c.dep_ == "auxpass" for c in children(head)))):  # held at Y", "was born in X, raised in Y"
            return self.clause_subjects(head, pronouns=pronouns, depth=depth + 1)[0], True  # "was written by A, directed by B"
        if dep == "advcl" and verb.tag_ == "VBG" and head.pos_ in ("VERB", "AUX"):
            dobj = [c for c in children(head) if c.dep_ == "dobj"]
            if verb.lemma_ in SUCCEEDING_VERBS and head.lemma_.lower() in APPOINT_VERBS and dobj:
                return self.arg(dobj[0], pronouns=False), own_passive  # "named X as CEO, replacing Y": X replaces Y
            # "Ulrich moved to Germany, playing for Adler Mannheim": a participle's doer is the clause's
            return self.clause_subjects(head, pronouns=pronouns, depth=depth + 1)[0], own_passive
        if dep == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            gov = head.head
            gov_subj, gov_passive = self.clause_subjects(gov, pronouns=pronouns, depth=depth + 1)
            if head.lower_ in ("for", "from"):  # "fined X for violating", "banned X from doing"
                if gov_passive:
                    return gov_subj, own_passive
                dobj = [c for c in children(gov) if c.dep_ in ("dobj", "dative")]
                if dobj:
                    return self.arg(dobj[0], pronouns=False), own_passive
                return gov_subj, own_passive
            if head.lower_ in ("by", "after", "before", "while", "without", "in", "on", "upon", "since"):
                return gov_subj, own_passive
            return Arg(), own_passive
        if dep == "acl" and head.pos_ in ("NOUN", "PROPN") and head.lower_ not in ENVOY_NOUNS:  # not "a delegation of X headed by Y"
            if verb.tag_ == "VBG":  # "a company making phones"
                return self.arg(head, pronouns=False), False
            if verb.tag_ == "VBN" and verb.lower_ in CALLING and called_name(self, head) is not None:
                return Arg(), True  # "a company called X": the participle only names the noun (``called_name``)
            sibling = sibling_participle(verb)
            if sibling is not None:  # "produced by A, directed by B": B directed what A produced
                if made_into(sibling):  # "adapted into a miniseries by A, directed by B": B directed the miniseries
                    return Arg(), True
                return self.clause_subjects(sibling, pronouns=pronouns, depth=depth + 1)[0], True
            if (copula := copula_described(verb)) is not None:  # "X was a destroyer of the Royal Navy, built by Y"
                return self.clause_subjects(copula, pronouns=pronouns, depth=depth + 1)[0], True
            if (named := of_object_described(verb) or maker_described(verb) or person_described(verb)) is not None:
                # "X was a leader of the Congress, founded by Y"; "X, the maker of turbines based in Y"; "X, the chief of Z, born in Y"
                return self.arg(named, pronouns=False), True
            if verb.tag_ == "VBN":  # "a company called X" / "data stored in" (not ``after_noun_by``; no company is born)
                return (Arg() if after_noun_by(verb) or body_born(verb) else self.one(head, pronouns=pronouns) if own_conjunct(verb)
                        else self.arg(head, pronouns=pronouns)), True  # "the company founded by X"
        return Arg(), own_passive

    def noun_preps(self, noun: Token, pronouns: bool = False) -> Iterator[tuple[str, Arg]]:
        """Entities in the prepositional complements of a noun (also through ``related to``);
        ``pronouns``: a personal pronoun there stands for its antecedent ("imposed sanctions
        against him")."""
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in NOUN_PREPS:
                for a in self.pobj_args(c, pronouns=pronouns):
                    yield c.lower_, a
            elif c.dep_ == "acl" and c.tag_ == "VBN":  # "any transaction related to WeChat"
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ in NOUN_PREPS:
                        glue = f"{c.lower_} {p.lower_}" if p.i == c.i + 1 else p.lower_
                        for a in self.pobj_args(p, pronouns=False):
                            yield glue, a

    def org_modifiers(self, role: Token, exclude: int) -> list[int]:
        """Entities modifying a role noun: ``Disney`` in "a former Disney executive"; not one an
        "anti-"/"non-"/"pro-" turns against or away ("the anti-Taliban commander")."""
        out: list[int] = []
        for c in role.subtree:
            if c.i >= role.i or c.dep_ not in ("compound", "amod", "nmod", "poss"):
                continue
            mi = self.ent(c)
            if mi is not None and mi != exclude and self.mentions[mi].type in ("ORG", "GPE", "LOC", "PRODUCT") \
                    and mi not in out and not self.opposed(mi):
                out.append(mi)
        return out

    def opposed(self, mi: int) -> bool:
        """``anti-Taliban``, ``non-Congress``, ``pro-Beijing``: a prefix joined by a hyphen to the
        name says the noun it modifies is against, outside or for it, not of it."""
        start, doc = self.span_in_sentence(mi)[0], self.doc
        return start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_ and doc[start - 2].lower_ in OPPOSING_PREFIXES

    def sources(self, according: Token) -> list[int]:
        out: list[int] = []
        for to in according.children:
            for pobj in (c for c in to.children if c.dep_ == "pobj"):
                a = self.arg(pobj, pronouns=False) or self.owner(pobj)
                for m in a.mentions:
                    if m not in out:
                        out.append(m)
        return out

    def label_of(self, mi: int) -> str:
        m = self.mentions[mi]
        return m.canonical or m.form or m.text


def _to_controller(head: Token, verb: Token) -> list[Token]:
    """``ordered to the Minister X to travel to Y`` (translated "ordenó a la ministra X viajar"): the
    "to" object of a verb of ordering (``OBJECT_CONTROL``) acts, as a direct object does."""
    if head.lemma_.lower() not in OBJECT_CONTROL:
        return []
    return [o for p in children(head) if p.dep_ == "prep" and p.lower_ == "to" and p.i < verb.i
            for o in children(p) if o.dep_ == "pobj"][:1]
