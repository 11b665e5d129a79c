"""The pronoun and definite-description heuristic of ``Arguments`` (``antecedent``): which named
mention ``he``, ``it``, ``the company`` or ``they`` stands for, by the steps listed in
``kg.relations``' docstring. A mixin, since an antecedent is looked up through the same token index
and clause subjects as any other argument (``kg.relations.arguments``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from kg.doc_arrays import conjuncts, sentence_bounds, sentence_of
from kg.lexicon.given_names import name_sex
from kg.lexicon.words import FACILITY_NOUNS, INSTITUTION_HEADS
from kg.model import Mention
from kg.predicates import noun_kind
from kg.relations.body_parts import agent_of, body_part_owned, may_own_body_part, trade_named
from kg.relations.leads import lead_sentence
from kg.relations.named_nouns import named_kind, place_of_name
from kg.relations.company_references import described_company, peoples_company
from kg.relations.country_reference import country_before
from kg.relations.pronoun_kinds import (PERSON, Kinds, called, definite_kind, definite_thing, bound,
                                       epithet_noun, in_phrase, same_kind, subject_like)
from kg.relations.quotes import in_quotation, inverted_speech, opens_quoted, reporting_source
from kg.relations.tokens import (COPULA_LEMMAS, ORGLIKE, SUBJ_DEPS, definite_org, in_brackets,
                                main_subject, plural_org, reporting_possessive)
from kg.relations.words import (BODY_HEAD_WORDS, COMPANY_NOUNS, DOCUMENT_NOUNS, NAMING_NOUNS, NON_PERSON_NOUNS, ORG_NOUNS, ORG_PRONOUNS,
                                PERSON_PRONOUNS, PLURAL_PRONOUNS, PRONOUN_SEX, SPEAKING_OFFICES,
                                SPEECH_VERBS, TRADE_NOUNS)

if TYPE_CHECKING:
    from kg.relations.arguments import Arg


#: Words of an institution's name: no company's ("Securities and Exchange Commission", "Federal Antimonopoly Service").
_INSTITUTION_WORDS = INSTITUTION_HEADS | frozenset({"authority", "regulator", "parliament", "police", "tribunal", "service"})


class Antecedents(Kinds):
    """Pronoun resolution over one document's mentions (mixed into ``Arguments``)."""

    doc: Doc
    mentions: list[Mention]
    roots: dict[int, Token]

    def ent(self, tok: Token) -> int | None:  # pragma: no cover - defined by Arguments
        raise NotImplementedError

    def key(self, mi: int) -> str:  # pragma: no cover - defined by Arguments
        raise NotImplementedError

    def lead_subject(self, verb: Token) -> int | None:  # pragma: no cover - defined by Arguments
        raise NotImplementedError

    def leads(self) -> dict[int, int]:  # pragma: no cover - defined by Arguments
        raise NotImplementedError

    def clause_subjects(self, verb: Token, *, pronouns: bool = True, depth: int = 0) -> tuple["Arg", bool]:
        raise NotImplementedError  # pragma: no cover - defined by Arguments

    def antecedent(self, tok: Token, depth: int = 0) -> list[int]:
        """The documented pronoun / definite-description heuristic (see module docstring); a
        person's pronoun inside a quotation is never the quotation's speaker (``"He wants bin
        Laden," Mr Powell said``: the speaker would say "I"), so such a find is dropped. Asked of
        the pronoun itself only (``depth`` 0): finding the speaker may resolve a ``he said``,
        whose chain must not ask for a speaker again."""
        found = self.opened_on(tok) or self.ordered(tok) or self._antecedent(tok, depth)  # "As for the OEFA, it …"
        if found and (codes := peoples_company(tok)):  # "The Saudi company": not the Chinese one
            found = [m for m in found if self.of_peoples(m, codes)]
        if tok.lower_ in PRONOUN_SEX and any(name_sex(self.mentions[m].text) not in (None, PRONOUN_SEX[tok.lower_])
                                             for m in found):  # "She replaces Jonathan Crewe": not Samuel Adeyemi
            topic = self.topic()  # "He married ... Beatrice Dugand, with whom he had": the article's man, or none
            return [topic] if topic is not None and name_sex(self.mentions[topic].text) == PRONOUN_SEX[tok.lower_] else []
        if found and depth == 0 and tok.lower_ in PERSON_PRONOUNS and in_quotation(tok):
            speakers = {_last_word(self.key(m)) for m in self.quoted_by(tok)}
            if any(_last_word(self.key(m)) in speakers for m in found):
                return []  # "Mr Williams said" is Daryl Williams: a speaker is named by surname
        return found

    def quoted_by(self, tok: Token) -> list[int]:
        """Who speaks the quotation around ``tok``: the speakers (:meth:`said_by`) of its sentence,
        else of the first sentence after it, while the quotation goes on, that has one (a
        quotation of several sentences or paragraphs is attributed at its end), else of the
        sentence before a quotation that opens its own (``"We have huge borders," he said.
        "The Tora Bora region in which he was …``: the same speaker goes on)."""
        sent = sentence_of(tok)
        for _ in range(4):
            said = self.said_by(sent)
            if said or sent.end >= len(self.doc):
                break
            sent = sentence_of(self.doc[sent.end])
            if not opens_quoted(sent):
                break
        sent = sentence_of(tok)
        for _ in range(2):
            if said or not opens_quoted(sent) or sent.start == 0:
                break
            sent = sentence_of(self.doc[sent.start - 1])
            said = self.said_by(sent)
        return said

    def said_by(self, sent: Span) -> list[int]:
        """The named subjects of a sentence's reporting verbs outside its quotations (``… ," Mr
        Powell said``, ``said Mr Powell``); a pronoun subject by its antecedent (``," he said``)."""
        said = []
        for c in (c for v in sent if v.lemma_.lower() in SPEECH_VERBS and v.pos_ in ("VERB", "AUX")
                  and not in_quotation(v) for c in v.children if c.dep_ == "nsubj"):
            mi = self.ent(c)
            said.extend([mi] if mi is not None else self._antecedent(c, 1) if c.lower_ in PERSON_PRONOUNS else [])
        return said

    def _speakers_body(self, speaker: Token, want: frozenset[str]) -> list[int]:
        """The one body of ``want``'s kind named inside a named speaker's phrase before the name
        ("Nissan Motor Co. President Makoto Uchida"), or in the office the name is set off after ("The
        president of YPF, Horacio Marín"), for "it"/"the company" in what he said."""
        office = speaker.lower_ in SPEAKING_OFFICES and self.ent(speaker) is None  # "The president of YPF, X"
        name = next((c for c in speaker.children if c.dep_ == "appos"), speaker) if office else speaker
        named = self.ent(name)
        if want != ORGLIKE or named is None or self.mentions[named].type != "PERSON":
            return []
        bodies = {self.key(m): m for t in speaker.subtree if t.i < name.i and (m := self.ent(t)) is not None
                  and m != named and self.mentions[m].type == "ORG"}
        return list(bodies.values()) if len(bodies) == 1 else []

    def _antecedent(self, tok: Token, depth: int = 0) -> list[int]:
        low = tok.lower_
        if (epithet := self.epithet(tok)) is not None:
            return epithet  # "The artist was born in …": the person just named
        if definite_kind(tok) and ((found := self.described(tok) or country_before(self, tok))  # "the country": the one
                                   or not definite_org(tok, COMPANY_NOUNS)):  # country named just before
            return found  # "the airline" no name was called: the body before, as "the company"
        if low in PLURAL_PRONOUNS or plural_org(tok, ORG_NOUNS):
            return self.group_before(tok)
        if (ship := self.ship_for(tok)) is not None:
            return [ship]  # "HMS Tavistock was a destroyer … She served with …"
        if low in PERSON_PRONOUNS:
            want = frozenset({"PERSON"})
        elif low in ORG_PRONOUNS or definite_org(tok, COMPANY_NOUNS) or described_company(tok):
            want = ORGLIKE
            issuer = self.issuer(tok)
            if issuer:
                return issuer
        else:
            return []
        if tok.dep_ == "poss":  # "the US side abused its power": the clause's own subject
            own = self.own_subject(tok, want | ({"GPE"} if want == ORGLIKE else set()))
            if own and not self.possessed(own[0], tok):
                return own
            if own:  # "His son X was …": X is not his own father
                return self.possessor(tok, want, depth)
        if (source := reporting_source(tok)) is not None:  # "Microsoft said it …"; "X agreed …, the firm said"
            a, passive = self.clause_subjects(source, pronouns=False)
            if a and not passive and all(self.mentions[m].type in want and not self.no_company(m, tok) for m in a.mentions):
                return a.mentions
            speaker = next((c for c in source.children if c.dep_ == "nsubj" and source.i == tok.head.head.i), None)
            if speaker is not None and low not in TRADE_NOUNS and not (want == PERSON and speaker.tag_ == "NNS"):
                return self._speakers_body(speaker, want)  # "the firm said it …": no name here; "Nissan President
                # Makoto Uchida told reporters that the company …": his; "Prosecutors said he": not them, read on
        # a clause's subject (or its owner) after "and": the first clause's subject's ("it acquired X, and it
        # has Y", "The company is listed on X, and its largest customer is Y"), not a name between them
        verb = tok.head if tok.dep_ in SUBJ_DEPS else tok.head.head if tok.dep_ == "poss" and tok.head.dep_ in SUBJ_DEPS else None
        if verb is not None and verb.dep_ == "conj" and depth < 8:
            first = next((c for c in verb.head.children if c.dep_ in SUBJ_DEPS and (
                same_kind(c.lower_, low) or low in ORG_PRONOUNS and definite_org(c, COMPANY_NOUNS))), None)
            if first is not None and (found := self.antecedent(first, depth + 1)):
                return found
        sent = sentence_of(tok)
        best = near = None
        blocked = named_subject = False
        reporter = want != PERSON and reporting_possessive(tok)  # "X signed …, the airline's chief said": X
        if low in TRADE_NOUNS and not reporter:  # "the airline": the last sentence's named subject, never
            subj = main_subject(self.doc[sent.start - 1].sent) if sent.start else None  # a name beside it
            mi = self.ent(subj) if subj is not None else None
            if mi is not None and self.mentions[mi].type == "PERSON" and (  # "X, the chief of Deutsche Bank, said …
                    (named := trade_named(self, self.doc[sent.start - 1].sent, low)) is not None or tok.dep_ == "poss"):
                return [named] if named is not None else self.previous(tok, want, depth)  # The bank was"; "The bank's"
            return [mi] if mi is not None and self.mentions[mi].type in want else []
        for t in sent:
            if t.i >= tok.i:
                break
            mi = self.ent(t)
            if mi is not None and not bound(tok, t) \
                    and (self.mentions[mi].type in want or want == PERSON and self.person_named(mi)) \
                    and mi in self.roots and self.roots[mi].i == t.i \
                    and self.may_be(mi, want) and not self.no_company(mi, tok):
                if tok.dep_ == "poss" and not reporter and not (named_subject and t.dep_ == "pobj" and not in_phrase(tok, t)) \
                        or subject_like(t) or want != PERSON and t.dep_ == "dobj":  # "X agreed to pay Y to settle
                    best, blocked, named_subject = mi, False, named_subject or subject_like(t)  # claims that its unit": X
                elif want == PERSON and not conjuncts(t) and not _opening(t, tok):
                    near = mi  # "accused Dr Hollingworth of … when he was": no named subject before
            elif want == ORGLIKE and low in ORG_PRONOUNS and self.rival_noun(t) \
                    and not (body_part_owned(tok) and not may_own_body_part(t)):  # "The plan/plant/penalty … its unit"
                blocked = True  # "the company" is no deal
        if blocked:
            return []  # "X sued to block the deal, arguing that it …": "it" may be the deal
        if best is not None or near is not None:
            return [best if best is not None else near]
        if sent.start == 0:
            return []
        return self.previous(tok, want, depth)

    def previous(self, tok: Token, want: frozenset[str], depth: int = 0) -> list[int]:
        """Step 5: the previous sentence's main subject — a name, or a pronoun of the same kind
        whose antecedent carries on (``he … He … he`` stays with whom the chain started from);
        else the document's topic; else the previous sentence's only compatible name (for "the
        company", when that sentence names none, the text's only one before it)."""
        prev = sentence_of(self.doc[sentence_bounds(self.doc, tok.i)[0] - 1])
        it = tok.lower_ in ORG_PRONOUNS
        unnamed_thing = False
        for t in prev:  # subject of the previous sentence's main clause
            if t.dep_ in SUBJ_DEPS and t.head.i == prev.root.i:
                mi = self.ent(t)
                if mi is None and t.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in t.children):
                    # "The former head of the laboratory, Katrin Albers, was …": the name set off before the verb
                    mi = next((m for c in t.children if c.dep_ == "appos" and c.i < t.head.i
                               and (m := self.ent(c)) is not None), None)
                if mi is not None and self.no_company(mi, tok):
                    continue  # "the SEC fined Brightwater. The company's chief executive": no commission's
                if mi is not None and (self.mentions[mi].type in want or want == PERSON and self.person_named(mi)):
                    if self.may_be(mi, want):  # "Garvey" (NER: ORG) of "the writer Siobhán Garvey"
                        return [mi]
                    continue  # "the Herald became …. She is …": a thing NER typed PERSON; on to the topic
                if mi is not None and it and self.thing(mi):
                    return [mi]  # "Altamura is a town in Apulia. It lies …"
                if mi is None and it and t.pos_ == "NOUN" and body_part_owned(tok) and not may_own_body_part(t):
                    agent = agent_of(t.head)  # "The project is being led by X. Its managing director": X's
                    by = self.ent(agent) if agent is not None else None
                    if by is not None and self.mentions[by].type in want:
                        return [by]
                unnamed_thing = unnamed_thing or mi is None and t.pos_ == "PROPN"
                if mi is None and (same_kind(t.lower_, tok.lower_) or want == PERSON and epithet_noun(t)) and depth < 8:
                    found = self.antecedent(t, depth + 1)
                    if found:
                        return found
                if mi is None and it and definite_thing(t):  # "The song reached # 19 in X. It was …"
                    found = self.antecedent(t, depth + 1) if depth < 8 else []
                    if found:
                        return found
                    unnamed_thing = True
        topic = self.topic()
        if topic is not None and not self.no_company(topic, tok) and (self.mentions[topic].type in want and self.may_be(topic, want)
                                  or it and self.thing(topic) or want == PERSON and self.called_person(topic)):
            return [topic]
        if unnamed_thing:
            return []  # "Breakout is a game developed by Atari. It was …": the game, not Atari
        scopes = (prev, self.doc[:prev.end]) if definite_org(tok, COMPANY_NOUNS) else (prev,)  # "the company": the
        found = next((f for f in ({self.key(self.ent(t)): self.ent(t) for t in scope  # sentence before, else the one
                                  if self.ent(t) is not None and self.mentions[self.ent(t)].type in want  # named before
                                  and self.may_be(self.ent(t), want) and not self.no_company(self.ent(t), tok)}
                                 for scope in scopes) if f), {})  # ("BEIJING (Xinhua) -- … BYD said … The company")
        return list(found.values()) if len(found) == 1 else []

    def no_company(self, mi: int, tok: Token) -> bool:
        """``tok`` calls a company ("the company", "the firm", "the airline") and ``mi`` names an
        institution ("Securities and Exchange Commission", "Ministry of Health"): no company."""
        return tok.lower_ in COMPANY_NOUNS and any(
            w in _INSTITUTION_WORDS for w in self.mentions[mi].text.lower().split())

    def described(self, tok: Token) -> list[int]:
        """``The town lies on …``, ``The album contains …``: a definite description stands for
        the nearest named mention before it that the text called by the same noun (``X is a town
        in Y``, ``X, a town``, ``the band X``, a name ending in it: ``the Kirnitzschtal
        tramway``). When two different names before it were called so, the document's topic if it
        is the first of them and the others only end on the noun (an article's bridge, then "the
        Rędziński Bridge", then "The bridge is owned by"), else none (``A is a town … B is a town …
        The town``: ambiguous); none either when another name of its type is a subject between
        them (``_rival_subject``), or no name was called so (``The band`` after a city)."""
        noun = tok.lower_  # the pipeline lemmatises verbs only; the noun is singular (NN)
        found: dict[str, int] = {}
        last = -1
        for mi, root in self.roots.items():
            if root.i < tok.i and called(noun, self.description_nouns(mi)):  # "the tower": a skyscraper too
                found.setdefault(self.key(mi), mi)
                if root.i > last:
                    last, nearest = root.i, mi
        if len(found) > 1 and (topic := self.topic()) is not None and next(iter(found)) == self.key(topic) \
                and all(self.mentions[m].text.lower().split()[-1] == noun for k, m in found.items() if k != self.key(topic)):
            return [topic]
        if len(found) != 1 or self._rival_subject(nearest, tok):
            return []
        return [nearest]

    def _rival_subject(self, mi: int, tok: Token) -> bool:
        """A different name of the antecedent's type, a clause's subject between the two (``Gothenburg
        is a city … Uppsala lies north of Stockholm. The city …``): the reader may take ``the city`` for
        either, so it stands for none. Not a name that says it is another kind or the antecedent's
        initials (``no_rival``), nor for a name NER typed PERSON the text called a thing (``X is a 2014
        film``): the people who are subjects after it (``Priyamani has been paired up with Jayaram``)
        are no rivals for ``the film``."""
        kind, own = self.mentions[mi].type, self.key(mi)
        if kind == "PERSON":  # a work or a body NER typed PERSON: the people named after it are no film
            return False
        start, holders = self.roots[mi].i, {a.i for a in tok.ancestors}  # not the name the noun is inside:
        return any(start < root.i < tok.i and root.dep_ in SUBJ_DEPS and self.mentions[other].type == kind  # "X, the
                   and self.key(other) != own and root.i not in holders  # capital of the province"
                   and not self.no_rival(other, mi, tok.lower_) for other, root in self.roots.items())

    def description_nouns(self, mi: int) -> frozenset[str]:
        """The common nouns the text calls mention ``mi`` by: a copula's complement (``X is a town and
        comune``, also across a lead's opening parenthesis), an apposition either way (``X, a town``,
        ``the band X``), a lower-case noun before it (``the river Thames``), a noun that stands for
        the name before it (``the Antapaccay mine``, ``kg.relations.named_nouns``) and the name's own
        last word when it is a lower-case noun (``the Kirnitzschtal tramway``)."""
        if not hasattr(self, "_described"):
            self._described: dict[int, frozenset[str]] = {}
        if mi in self._described:
            return self._described[mi]
        root = self.roots[mi]
        nouns: list[Token] = [c for c in root.children if c.dep_ == "appos" or c.dep_ == "compound" and c.i < root.i
                              and c.pos_ == "NOUN" and c.text.islower()]
        if root.dep_ == "appos" or root.dep_ == "compound" and root.head.pos_ == "NOUN" and (
                root.i > root.head.i or named_kind(self, root.head) == mi):
            nouns.append(root.head)
        of = root.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
        if of is not None and place_of_name(self, of.head) == mi:
            nouns.append(of.head)  # "the department of Norte de Santander", "the Mexican state of Oaxaca" … "the
            # capital of the department" (not "the second largest city of Estonia": a city in it)
        verb = None
        if root.dep_ in SUBJ_DEPS and root.head.lemma_ in COPULA_LEMMAS \
                and self.lead_subject(root.head) in (None, mi) and not in_brackets(root):
            verb = root.head
        elif self.lead_subject(top := sentence_of(root).root) == mi and top.lemma_ in COPULA_LEMMAS:
            verb = top
        else:
            verb = self.lead_copula(mi)
        if verb is not None:
            for c in verb.children:
                if c.dep_ == "attr":  # "a journalist and newspaper editor": the parser hangs the first on the last
                    nouns += [c, *conjuncts(c), *(n for n in c.children if n.dep_ in ("nmod", "compound")
                                                 and n.pos_ == "NOUN" and any(x.dep_ == "cc" for x in n.children))]
        try:
            end = self.span_in_sentence(mi)[1]
        except KeyError:  # every token of the mention belongs to an earlier one
            end = root.i + 1
        last = self.doc[end - 1]
        if last.pos_ == "NOUN" and last.text.islower():
            nouns.append(last)
        out = frozenset(n.lower_ for n in nouns if n.pos_ == "NOUN" and n.tag_ == "NN")
        # a name's last word: "Elbląg County … The county contains", "the Constitutional Court … The court's",
        # "Dangote Refinery … The refinery, located in …"; or its head before "of" ("the Electoral Commission of Zambia")
        for word in (last, root) if root.i < last.i and self.doc[root.i + 1].lower_ == "of" else (last,):
            if word.text[:1].isupper() and word.text[1:].islower() and self.mentions[mi].type != "PERSON" and (
                    noun_kind(word.lower_, KIND_TYPES) or word.lower_ in INSTITUTION_HEADS or word.lower_ in FACILITY_NOUNS
                    or word.lower_ in BODY_HEAD_WORDS):  # "the Arab League … the league"
                out |= {word.lower_}
        self._described[mi] = out
        return out

    def lead_copula(self, mi: int) -> Token | None:
        """The copula right after the parenthesis of a sentence that opens on mention ``mi``
        (``Nikos Aliagas (…; born … in Paris) is a Greek-French journalist``): the parser often
        makes ``born`` the root and hangs ``is`` on it as a conjunct, but the copula still says
        what the name is."""
        for close, m in self.leads().items():
            if m != mi:
                continue
            for t in self.doc[close + 1:min(close + 4, sentence_bounds(self.doc, close)[1])]:
                if t.lemma_ in COPULA_LEMMAS and t.pos_ in ("AUX", "VERB") and self.lead_subject(t) == mi:
                    return t
        return None

    def may_be(self, mi: int, want: frozenset[str]) -> bool:
        """Type guard: a mention NER typed PERSON that its own text calls a thing (``called_thing``),
        or one word after "the" ("the Herald became …": a paper, a ship), takes no ``he``/``she``;
        a person's surname NER typed a body ("Arsenault wrote" after "Justice Marie-Claude
        Arsenault") takes no ``it``."""
        if want != frozenset({"PERSON"}):
            m = self.mentions[mi]
            return " " in m.text or m.type == "PERSON" or not any(
                o.type == "PERSON" and o.start < m.start and o.text.endswith(" " + m.text) for o in self.mentions)
        if mi not in self.roots:
            return True
        start, end = self.span_in_sentence(mi)
        if start and end - start == 1 and self.doc[start - 1].lower_ == "the":
            return False
        return not self.called_thing(mi)

    def called_thing(self, mi: int) -> bool:
        """A mention its own text calls a thing (``X is a ship``, ``X, a village``), or a plural name
        after "the" (a band, a family: "After the Beatles broke up he …")."""
        root = self.roots.get(mi)
        if root is None:
            return False
        start, end = self.span_in_sentence(mi)
        if start and self.doc[start - 1].lower_ == "the" and self.doc[end - 1].tag_ == "NNPS":
            return True
        nouns = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ in SUBJ_DEPS:
            nouns += [c for c in root.head.children if c.dep_ == "attr"]
        # "a brand name": the compound says what the name names; not "a film director" (a person)
        nouns += [c for n in nouns if n.lower_ in NAMING_NOUNS
                  for c in n.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        return any(n.lower_ in NON_PERSON_NOUNS or n.lemma_.lower() in NON_PERSON_NOUNS for n in nouns)

    def topic(self) -> int | None:
        """The document's topic: the named subject of its first sentence (an encyclopedic
        article's title, a news story's protagonist; ``lead_sentence``), which pronouns prefer; or
        the name that opens it, a subject wherever the parser hung it ("Nguyễn" tagged a verb)."""
        if not hasattr(self, "_topic"):
            self._topic: int | None = None
            first = lead_sentence(self.doc)
            if first is not None:
                self._topic = self.lead_subject(first.root)
            for t in first or ():
                if self._topic is None and t.dep_ in SUBJ_DEPS and self.ent(t) is not None \
                        and (t.head.i == first.root.i or self.ent(t) == self.ent(first[0])):
                    self._topic = self.ent(t)
                    break
            subject = None if self._topic is not None or first is None else next(
                (t for t in first if t.dep_ in SUBJ_DEPS and t.head.i == first.root.i), None)
            if subject is not None and subject.pos_ == "NOUN":
                named = [c for c in subject.children if c.dep_ == "appos" and self.ent(c) is not None]
                if len(named) == 1:  # "MILAN (ANSA) - The Italian club Inter Milan announced …": the name
                    self._topic = self.ent(named[0])  # set beside the lead's subject noun
        return self._topic

    def possessor(self, tok: Token, want: frozenset[str], depth: int) -> list[int]:
        """Who owns the noun phrase a possessive heads when a name in that phrase is the clause's
        subject (``… was born in Dublin to Peter and Barbara; his sister, Samantha, is …``):
        the first conjunct when the phrase is a later one (``Thranduil, as well as his son
        Legolas``; none when that conjunct has no name: ``The Queen and her husband Philip``),
        else a subject before it in the sentence (not the nearest name, which may be anyone) unless
        a definite thing stands between for ``its`` (``aired on the channel until its owner``),
        else the earlier sentences' subject or the topic (``previous``)."""
        head = tok.head
        if head.dep_ == "conj":
            first = self.ent(head.head)
            ok = first is not None and self.mentions[first].type in want and self.may_be(first, want)
            return [first] if ok else []
        for t in reversed(self.doc[sentence_bounds(tok.doc, tok.i)[0]:tok.i]):
            mi = self.ent(t)
            root = self.roots.get(mi) if mi is not None else None  # a Token per look-up: compare places
            if root is not None and root.i == t.i and self.mentions[mi].type in want \
                    and subject_like(t) and not _opening(t, tok):
                return [mi]
            if want != PERSON and self.rival_noun(t):
                return []  # "X aired on the channel until its owner, Y, …": the channel's owner
        return [] if sentence_bounds(tok.doc, tok.i)[0] == 0 else self.previous(tok, want, depth)

    def possessed(self, mi: int, tok: Token) -> bool:
        """Mention ``mi`` lies in the noun phrase the possessive ``tok`` owns (``His son Joseph
        was …``, ``her husband Prince Philip``, ``its owner, Corus``): it is the possessed, never
        the possessor, so the pronoun stands for someone named before."""
        root = self.roots.get(mi)
        head = tok.head  # also on a word in front of the name ("Its rival SK Hynix": "rival" hangs on it)
        return root is not None and (head.left_edge.i <= root.i <= head.right_edge.i
                                     or head.dep_ in ("amod", "compound") and head.head.i == root.i)

    def own_subject(self, tok: Token, want: frozenset[str] | set[str]) -> list[int]:
        """The named subject of the clause a possessive pronoun sits in, if its type fits; of a
        passive participle on a noun, the noun's ("a delegation of TotalEnergies headed by its CEO")."""
        v = tok.head
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
        if v.pos_ not in ("VERB", "AUX"):
            return []
        a, passive = self.clause_subjects(v, pronouns=False)
        a, passive = (self.arg(v.head, pronouns=False), False) if passive and v.dep_ == "acl" else (a, passive)
        if not a and v.dep_ == "conj" and inverted_speech(v):  # "X declared …, announced its director Y": X's
            a, passive = self.clause_subjects(v.head, pronouns=False)
        if len(a.mentions) == 1 and not passive and self.mentions[a.mentions[0]].type in want:
            return a.mentions  # a singular pronoun never stands for a coordinated group
        return []

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


#: Kinds of the nouns a name may end in capitalised and be called by (``Elbląg County``: the county).
KIND_TYPES = ("ORG", "GPE", "LOC", "FAC", "WORK_OF_ART")


def _last_word(key: str) -> str:
    """A name's last word, by which news names a person again ("Mr Williams": Daryl Williams)."""
    return key.rsplit(None, 1)[-1] if key.strip() else key


def _opening(t: Token, pronoun: Token) -> bool:
    """``t`` lies in a phrase that opens the pronoun's own clause (``Supported by X, he …``,
    ``The daughter of X, she …``, ``Together with X, he …``): such a phrase describes the
    pronoun's referent, so a name inside it is someone else."""
    verb = pronoun.head
    return any(c.i < pronoun.i and c.dep_ not in SUBJ_DEPS and c.left_edge.i <= t.i <= c.right_edge.i
               for c in verb.children)
