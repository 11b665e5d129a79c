"""Pure helpers over spaCy tokens: labels, object finding, and the dependency-label sets.

Nothing here knows the document's mentions, so each helper can be tested on a hand-built ``Doc``.
Dependency labels are named sets (as textacy does) so a rule reads ``c.dep_ in SUBJ_DEPS``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from functools import lru_cache
from weakref import WeakKeyDictionary

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from kg.doc_arrays import children, column, conjuncts, sentence_numbers
from kg.lexicon.english import singular, word_classes
from kg.lexicon.words import OFFICE_WORDS, PERSON_TITLES, POSTNOMINALS
from kg.prefix_repairs import HYPHEN_PREFIXES
from kg.relations.words import BACK_WORDS, EVENT_NOUNS, EVENT_SUFFIXES, RELATIVE_PRONOUNS, SPEECH_VERBS

#: Nominal subjects, active and passive.
SUBJ_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Objects a verb acts on directly (``dative``: "gave ByteDance 45 days").
OBJ_DEPS = frozenset({"dobj", "dative", "oprd"})
#: Complements of a copula: ``is [the parent company]``.
COPULA_DEPS = frozenset({"attr", "acomp", "oprd"})
#: Modifiers in front of a noun that may name its owner or kind.
NOUN_MOD_DEPS = frozenset({"compound", "nmod"})
#: Dependencies that open a nested clause: values of the outer clause stop there.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "xcomp", "conj", "relcl", "acl", "parataxis", "csubj", "pcomp"})
#: Entity types whose amounts become edge attributes.
VALUE_ATTRS = {"DATE": "date", "TIME": "date", "MONEY": "money", "QUANTITY": "quantity",
               "PERCENT": "quantity", "CARDINAL": "quantity"}
OWNER_TYPES = frozenset({"ORG", "PERSON"})  # a PRODUCT before a noun names its kind
ORGLIKE = frozenset({"ORG", "PRODUCT"})
#: Verbs whose complement is read by the copula rules instead of the verb rules.
COPULA_LEMMAS = frozenset({"be", "become", "remain"})


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


def opens_bracket(text: str) -> bool:
    """An opening bracket, alone or with the punctuation of a foreign name the text dropped:
    ``Goght (; formerly Goghot)`` tokenizes ``(;`` as one token."""
    return text[:1] == "(" and ")" not in text and not any(ch.isalnum() for ch in text)


def closes_bracket(text: str) -> bool:
    """A closing bracket, alone or after the punctuation of a foreign name the text dropped:
    ``Urgut (;) is a town`` tokenizes ``;)`` as one token, which closes the ``(`` before it."""
    return text[-1:] == ")" and "(" not in text and not any(ch.isalnum() for ch in text)


def empty_brackets(text: str) -> bool:
    """A whole bracket whose foreign name the text dropped, one token: ``Lyapunov () was``."""
    return len(text) >= 2 and text[0] == "(" and text[-1] == ")" and not any(ch.isalnum() for ch in text)


def in_brackets(tok: Token) -> bool:
    """``tok`` lies inside a parenthesis its sentence opened before it and has not closed yet:
    ``Tartu (, South Estonian: Tarto) is a city``, where the parser takes ``Estonian`` for the
    subject of ``is`` but the copula speaks of the name before the bracket. Answered from one
    pass over the Doc (``_bracketed``): the rules ask it of many tokens of one sentence."""
    return _bracketed(tok.doc)[tok.i]


#: Each Doc's answers to ``in_brackets``, by token (the weak map lets the Doc go).
_BRACKETED: WeakKeyDictionary[Doc, list[bool]] = WeakKeyDictionary()


def _bracketed(doc: Doc) -> list[bool]:
    """For every token, whether a parenthesis its sentence opened before it is still open, read
    from the Doc's text and sentence columns (the parse is final when the rules ask:
    ``kg.parse_repairs`` runs first)."""
    flags = _BRACKETED.get(doc)
    if flags is None:
        flags, depth, sentence, strings = [], 0, -1, doc.vocab.strings
        for orth, number in zip(column(doc, ORTH), sentence_numbers(doc)):
            if number != sentence:
                depth, sentence = 0, number
            flags.append(depth > 0)
            text = strings[orth]
            depth += 1 if opens_bracket(text) else -1 if closes_bracket(text) and depth else 0
        _BRACKETED[doc] = flags
    return flags


def is_clause_verb(tok: Token) -> bool:
    """A verb that heads a clause (auxiliaries only when they are the main verb: ``is``); not a
    noun the tagger took for one ("son of the actor and screenwriter Sreenivasan": screenwriter/VB)."""
    return tok.pos_ == "VERB" and not noun_only(tok.lower_, tok.lemma_.lower()) \
        or (tok.pos_ == "AUX" and tok.dep_ not in ("aux", "auxpass"))


@lru_cache(maxsize=8192)
def noun_only(word: str, lemma: str) -> bool:
    """``word`` is a noun's base form of the model's lemma index and neither it nor its ``lemma``
    a verb's ("screenwriter", "singer"; not "coach", "star", "host", verbs too; not "born", "won",
    nouns of the index whose lemmas "bear" and "win" are verbs; not a word the index lacks)."""
    classes = word_classes()
    return word in classes["noun"] and word not in classes["verb"] and lemma not in classes["verb"]


def verb_label(verb: Token) -> str:
    """The relation word of a verb: past forms as written, others as lemma, plus particles."""
    word = verb.lower_ if verb.tag_ in ("VBD", "VBN") else verb.lemma_.lower()
    prt = [c.lower_ for c in children(verb) if c.dep_ == "prt"]
    return " ".join([word, *prt])


def noun_label(noun: Token, *, max_words: int = 5, named=None) -> str:
    """A role or event noun with its non-entity modifiers: ``former chief … consultant``; a word
    ``named`` says belongs to a mention is left out too ("Centrelink finance information officer",
    where only propagation found the name)."""
    keep: list[Token] = []

    def walk(t: Token) -> None:
        for c in t.children:
            if c.i > noun.i or c.dep_ not in ("compound", "amod", "nmod") or named is not None and named(c):
                continue
            if c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON", "DATE", "CARDINAL") or c.pos_ == "PRON" or (
                    c.pos_ == "PROPN" and c.lower_ not in OFFICE_WORDS and c.lower_ not in PERSON_TITLES):
                # "Prime Minister", "Secretary General": an office's own words; "WHO spokesman": no pronoun
                continue
            keep.append(c)
            if c.i >= 2 and c.doc[c.i - 1].text == "-" and not c.doc[c.i - 1].whitespace_ \
                    and not c.doc[c.i - 2].whitespace_ and c.doc[c.i - 2].head.i == c.i:
                keep.extend((c.doc[c.i - 2], c.doc[c.i - 1]))  # "cable-stayed", not "stayed"
            walk(c)

    walk(noun)
    doc, j = noun.doc, noun.i + 1
    kept = {t.i for t in (*keep, noun)}
    keep += [doc[i + 1] for i in kept if i + 2 in kept and doc[i + 1].text == "-" and not doc[i].whitespace_
             and not doc[i + 1].whitespace_ and doc[i].lower_ in HYPHEN_PREFIXES]  # "co-founder": the hyphen the
    # tokenizer cut (``kg.prefix_repairs``); "secretary general" stays the predicates table's spelling
    while j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
            and doc[j + 1].is_alpha and not doc[j + 1].ent_type_:
        keep.extend((doc[j], doc[j + 1]))  # "son-in-law", "editor-in-chief": one word, not "son"
        j += 2
    label = words({t.i: t for t in (*keep, noun)}.values()).split()
    return " ".join(label[-max_words:])


def label_words(label: str) -> set[str]:
    """The words of a label, a hyphenated prefix's word also without it ("vice-chancellor":
    chancellor), as the role tables list them."""
    return {part for w in label.split() for part in (w, w.partition("-")[2]) if part}


def one_of(t: Token) -> Token | None:
    """``one of the founders of X``, ``one of twelve wilderness areas in Lapland``: the plural
    common noun the number ``one`` picks a member of, which says what its subject is (a founder
    of X, a wilderness area in Lapland); None for any other token.

    Pattern: one{CD} > prep{of} > pobj{NNS, NOUN}."""
    if t.lower_ != "one" or t.tag_ != "CD":
        return None
    return next((q for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                 for q in p.children if q.dep_ == "pobj" and q.tag_ == "NNS" and q.pos_ == "NOUN"), None)


def member_label(noun: Token, *, max_words: int = 5, named=None, head: str | None = None) -> str:
    """:func:`noun_label` of a plural that names each of several things, with its head word
    singular (``head``, or :func:`kg.lexicon.english.singular`'s): each member is a ``founder``,
    not a ``founders`` (``one of the founders of``, ``NATO members France and Italy``)."""
    words_ = noun_label(noun, max_words=max_words, named=named).split()
    return " ".join([*words_[:-1], head or singular(noun.lower_)])


def picked_by_one(noun: Token) -> bool:
    """``noun`` is the plural :func:`one_of` finds under its ``one of``."""
    picked = one_of(noun.head.head)
    return picked is not None and picked.i == noun.i


def is_event(noun: Token) -> bool:
    """A nominalised action (``acquisition``, ``sale``, ``takeover``) rather than a thing."""
    low = noun.lower_
    return low.endswith(EVENT_SUFFIXES) or low in EVENT_NOUNS


def is_amount(noun: Token) -> bool:
    """``4.3 billion euros``, ``45 days``: a noun counted by a number."""
    if noun.ent_type_ in VALUE_ATTRS:
        return True
    return noun.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.i == noun.i - 1 for c in noun.children)


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
    subj = [c for c in v.children if c.dep_ in SUBJ_DEPS]
    if not subj or subj[0].lower_ in RELATIVE_PRONOUNS or subj[0].dep_ == "nsubjpass" \
            or any(c.dep_ == "poss" and c.lower_ == "whose" for c in subj[0].children):
        return None  # "Peter Dewar, whose son Bradley died in …": the clause's subject is his, no gap
    if any(c.dep_ == "prep" and not any(q.dep_ == "pobj" for q in c.children) for c in verb.children):
        return None  # "the firm (that) Boeing works with": the gap is the preposition's
    if any((c.dep_ == "prep" and any(q.lower_ in RELATIVE_PRONOUNS for q in c.children))
           or (c.dep_ == "advmod" and c.lower_ in ("where", "when")) for c in verb.children):
        return None  # "the Olympics, in which X competed", "the city where X died"
    return v.head


def objects(verb: Token) -> list[Token]:
    """The verb's objects, or those of the verb it is coordinated with when it has none of
    its own (``had stolen and retained 50 million user data``): not across a passive's agent or
    between a gerund and another form (``a film directed by X and starring Y``: X directed the film, not Y)."""
    own = [c for c in children(verb) if c.dep_ in OBJ_DEPS and c.pos_ != "ADP"]
    if own:
        return own
    gap = object_gap(verb)
    if gap is not None:
        return [gap]
    if any(c.dep_ in ("prep", "ccomp", "xcomp") for c in children(verb)):
        return own
    if any(c.dep_ == "agent" for c in children(verb)):
        return own  # "directed by X and starring Y": X did not star Y
    for conj in (c for c in children(verb) if c.dep_ == "conj" and c.pos_ == "VERB"
                 and (c.tag_ == "VBG") == (verb.tag_ == "VBG")):
        if any(c.dep_ == "cc" and verb.i < c.i < conj.i for c in children(verb)):
            return [c for c in children(conj) if c.dep_ == "dobj"]
    return []


def neg(tok: Token) -> bool:
    """A clause-level negation (not one scoped to a following preposition: ``not in China``)."""
    if tok.dep_ != "neg" and not (tok.dep_ == "advmod" and tok.lower_ == "never"):
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return not (nxt is not None and nxt.dep_ == "prep" and nxt.head.i == tok.head.i)


def definite_org(tok: Token, org_nouns: frozenset[str]) -> bool:
    """``the company``: a definite, unmodified organisation noun; where it is based may modify it
    ("the Santa Clara-based company": the one named before, ``kg.relations.based``), and so may a
    word that points back (``BACK_WORDS``: "the mentioned company")."""
    return (tok.lower_ in org_nouns and tok.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)
            and not any(c.dep_ in ("poss", "compound", "appos", "prep", "amod") and c.lower_ not in BACK_WORDS
                        and not (is_based(c) and c.lower_ == "based") for c in tok.children))


#: Hyphens that join a name to a participle (``based``, ``born``, ``owned``).
_SEAT_HYPHENS = frozenset({"-", "–", "‐"})


def hyphened_participle(tok: Token, words: Collection[str]) -> bool:
    """``tok``, one of ``words``, right after a hyphen, modifying a noun ("Santa Clara-based",
    "Amazon-owned")."""
    return (tok.lower_ in words and tok.dep_ in ("amod", "compound") and tok.i >= 2
            and tok.doc[tok.i - 1].text in _SEAT_HYPHENS)


def is_based(tok: Token) -> bool:
    """``based`` (or ``born``) right after a hyphen, modifying a noun ("Santa Clara-based"): the
    anchor of ``kg.relations.based``."""
    return hyphened_participle(tok, ("based", "born"))


def plural_org(tok: Token, org_nouns: frozenset[str]) -> bool:
    """``the two companies``: a definite plural of an organisation noun."""
    return (tok.lower_ in {n + "s" for n in org_nouns} | {"companies"}
            and any(c.lower_ in ("the", "both", "two", "these", "those") for c in tok.children)
            and not any(c.dep_ in ("poss", "compound", "prep") for c in tok.children))


def list_prep(prep: Token) -> bool:
    """A preposition that opens a list of named members of the noun it hangs on: ``acts such as
    A and B``, ``clubs including A``, ``cities like A``."""
    return prep.dep_ == "prep" and (prep.lower_ in ("including", "like") or (
        prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"))


def list_head(top: Token) -> Token | None:
    """The word a list of names hangs on, for the list's first member ``top`` (``acts`` in
    ``acts such as A and B``; ``list_prep``); None if ``top`` opens no such list."""
    return top.head.head if top.dep_ == "pobj" and list_prep(top.head) else None


def up_conj(t: Token) -> Token:
    """The first conjunct of the coordination ``t`` is in (``t`` itself if none)."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t


def opener_noun(subj: Token) -> Token | None:
    """``A native of Syracuse, Wallace attended …``, ``A former member of the Labour Party, Smith
    joined …``: a noun phrase that opens the sentence and a comma before the subject describe the
    subject (the parser hangs it on the verb as advcl, nsubj, dep or npadvmod)."""
    verb = subj.head
    if subj.dep_ not in SUBJ_DEPS or verb.i == subj.i:
        return None
    doc, first = subj.doc, subj.left_edge.i
    if first < 2 or doc[first - 1].text != ",":
        return None
    for c in verb.children:
        if c.i < first and c.pos_ == "NOUN" and c.dep_ in ("advcl", "nsubj", "nsubjpass", "dep", "npadvmod", "appos") \
                and c.right_edge.i + 2 == first and c.left_edge.is_sent_start:
            return c
    return None


def participle_preps(verb: Token) -> Iterator[tuple[Token, Token]]:
    """(participle, preposition) of a participle and of the participles coordinated with it
    (``released in the U.S. by X, and released in the UK by Y``), also a preposition the parser
    hung on a date (``released on 16 September 2008 by Verve``)."""
    for v in (verb, *(c for c in conjuncts(verb) if c.tag_ == "VBN" and c.i > verb.i)):
        for p in (p for p in v.children if p.dep_ in ("prep", "agent")):
            yield v, p
            for q in (q for q in p.children if q.dep_ == "pobj" and q.ent_type_ in ("DATE", "TIME")):
                yield from ((v, pp) for pp in q.children if pp.dep_ == "prep")


def reporting_possessive(tok: Token) -> bool:
    """``tok`` is a possessive in the speaker's name after the clause it reports ("Kenya Airways has
    signed …, the airline's chief executive Allan Kilavuka said"): the reported clause's subject is
    whose it is, not the nearest name (Boeing, the object of its "with"). The parser may hang the
    speech verb on the clause it reports ("ordered … from Airbus, the airline's chairman Ahmet
    Bolat said in Istanbul": "said" a ccomp of "ordered"); the clause still comes first."""
    head = tok.head
    while head.dep_ in ("compound", "amod", "appos") and head.head.i != head.i:
        head = head.head
    verb = head.head
    return tok.dep_ == "poss" and head.dep_ == "nsubj" and verb.lemma_.lower() in SPEECH_VERBS \
        and (any(c.dep_ == "ccomp" and c.i < head.i for c in verb.children)
             or verb.dep_ == "ccomp" and verb.head.i < head.i)


def main_subject(sent: Span) -> Token | None:
    """The subject of a sentence's main verb, if it has one; of a company's shares, the company
    ("Shares of Rio Tinto fell …", "Rio Tinto shares fell …": what "the miner" then stands for)."""
    subj = next((t for t in sent if t.dep_ in SUBJ_DEPS and t.head.i == sent.root.i), None)
    if subj is not None and subj.lower_ in ("shares", "stock"):
        return next((q for c in subj.children for q in ([c] if c.dep_ == "compound" else c.children if c.dep_ == "prep"
                     and c.lower_ == "of" else []) if q.dep_ in ("compound", "pobj")), subj)
    return subj


def own_conjunct(verb: Token) -> bool:
    """``the Rhine River Patrol and the Intelligence Unit stationed in Berlin``: a participle right
    after a later conjunct that has its own determiner modifies that conjunct alone (each conjunct
    is a noun phrase of its own); so does one inside the first of a list (``the unit stationed in
    Berlin and the patrol``). A list of bare names (``Apple, Google and Microsoft based in …``) or
    one set off by a comma shares it."""
    head = verb.head
    others = conjuncts(head)
    if not others:
        return False
    if any(c.i > verb.i for c in others):
        return True
    return head.dep_ == "conj" and any(c.dep_ == "det" for c in children(head)) \
        and not any(t.is_punct for t in verb.doc[head.i + 1:verb.i])


def sibling_participle(verb: Token) -> Token | None:
    """``The film was produced by Lamar Trotti, directed by Henry Koster``, ``developed by A and B,
    published by C``: a passive participle with its own ``by`` agent, set off by a comma right
    after another participle's agent, is that participle's sibling, not a description of the
    agent (the parser hangs it on the agent's name: Koster did not direct Trotti). Returns the
    first participle, whose subject both share; None for any other participle."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or not any(c.dep_ == "agent" for c in verb.children):
        return None
    first = verb.left_edge.i
    if first == 0 or verb.doc[first - 1].text != ",":
        return None
    noun = verb.head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    agent = noun.head
    if noun.dep_ != "pobj" or agent.dep_ != "agent" or agent.head.tag_ != "VBN":
        return None
    return agent.head


def after_noun_by(verb: Token) -> bool:
    """``an album by Massive Attack, released by Wild Bunch Records``: a passive participle with
    its own ``by`` agent, hung on the name a noun's "by" introduces, says what the noun's thing
    underwent, not the name (Wild Bunch released the album, not the band). A verb's agent there
    is ``sibling_participle``'s case; "guided by the Plan, once adopted by the Council" stays
    said of the plan. So is one hung on the name a party's "of" or "from" introduces: "the delegation
    of the Asian Development Bank headed by Vice-President Shixin Chen" (he heads the delegation), and one
    set off after the place a noun is in: "the first Hindu temple in Abu Dhabi, built by BAPS"."""
    noun = verb.head
    return verb.tag_ == "VBN" and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and (
        noun.head.lower_ == "by" and noun.head.head.pos_ == "NOUN"
        or noun.head.lower_ in ("of", "from") and noun.head.head.lower_ in PARTY_NOUNS
        or noun.head.lower_ in ("in", "at", "near") and noun.head.head.pos_ == "NOUN" and verb.doc[verb.i - 1].text == ","
        and noun.ent_type_ in ("GPE", "LOC")) \
        and any(c.dep_ == "agent" for c in verb.children)


def hyphen_pair(tok: Token, ent) -> bool:
    """``tok`` is a name joined by a hyphen to the name after it (``ent``: the mention a token
    belongs to): "the China-Russia summit", "China-U.S. dialogue" pair two countries, neither
    modifies the other."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("-", "–") and ent(doc[tok.i + 2]) is not None


#: Nouns for a party of people sent or led somewhere ("the delegation of X headed by Y").
PARTY_NOUNS = frozenset("delegation delegations mission team crew convoy contingent".split())


#: Prepositions a bare verb shares with the verb coordinated right after it (``born and raised
#: in Hohhot``); ``to``/``with`` often belong to the second verb only (``arrested and sent to X``).
SHARED_PREPS = frozenset({"in", "at", "on", "for", "by"})
#: Children that give a verb a complement of its own: then the next verb's prepositions are its own.
_OWN_COMPLEMENT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "acomp", "prep", "agent", "ccomp",
                                  "xcomp", "npadvmod", "advcl", "prt"})


def shared_preps(verb: Token) -> list[Token]:
    """``was born and raised in Hohhot``, ``lives and works in Berlin``, ``was written and
    directed by John Smith``: a bare verb (nothing but its subject, auxiliaries and adverbs)
    joined by ``and``/``or`` to the verb right after it shares that verb's trailing
    prepositions and ``by`` agent; the parser hangs them on the second verb only. Not when the
    second verb has its own subject (``Smith left and Jones stayed in Paris``) or a preposition
    that is not a place, time or agent one (``arrested and sent to Germany``)."""
    doc = verb.doc
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in _OWN_COMPLEMENT_DEPS for c in children(verb)):
        return []
    nxt = verb.i + 2
    if nxt >= len(doc) or doc[verb.i + 1].lower_ not in ("and", "or") or doc[verb.i + 1].dep_ != "cc":
        return []
    second = doc[nxt]
    if second.dep_ != "conj" or second.head.i != verb.i or second.pos_ != "VERB" \
            or any(c.dep_ in SUBJ_DEPS for c in children(second)):
        return []
    return [c for c in children(second) if c.dep_ in ("prep", "agent") and c.i > second.i and c.lower_ in SHARED_PREPS]


def title_clause_copula(tok: Token, start: int, end: int, sent: Span) -> bool:
    """``"Your Disco Needs You" is a song``: a title that reads as a clause (tokens
    ``start:end``). The parser makes the title's verb the sentence's root and hangs the copula after
    the title on it, with a word of the title for its subject; the copula speaks of the title."""
    return tok.lemma_ in COPULA_LEMMAS and tok.pos_ in ("AUX", "VERB") and tok.head.i == sent.root.i \
        and start <= sent.root.i < end \
        and all(start <= c.i < end for c in tok.children if c.dep_ in SUBJ_DEPS)


#: Opening quotation marks the parser may hang outside an apposition (``, "Runaway"``).
QUOTES = frozenset({'"', "“", "‘", "'", "«", "„"})


def set_off(appos: Token) -> bool:
    """An apposition the text sets off with a comma, a bracket or a dash (the parser also calls
    misparses appos) right after its head's own words: "Joy Division was formed by A, later
    recruiting singer B" is no "Joy Division, B" (the parser's appos of the subject)."""
    doc, i = appos.doc, appos.left_edge.i
    while i > 0 and doc[i - 1].text in QUOTES:  # a quoted title: `, "Runaway"`
        i -= 1
    before = doc[i - 2] if i > 1 else None
    return i > 0 and doc[i - 1].text in (",", "(", "—", "–") and (
        before is None or before.is_punct or before == appos.head or appos.head.is_ancestor(before))


_POSTNOMINALS_UPPER = frozenset(p.upper() for p in POSTNOMINALS)


def with_postnominals(span: Span) -> Span:
    """A person's name with the honours written after it ("Amina Odhiambo-Clarke DBE FRS"):
    ``kg.trim`` cuts them from the mention, but the parser may make the last of them the head of
    the name ("FRS" the subject of "is a British epidemiologist"). Truecasing may have written
    them "Dbe"."""
    doc, end = span.doc, span.end
    while end < len(doc) and not doc[end].is_lower and doc[end].text.rstrip(".").upper() in _POSTNOMINALS_UPPER:
        end += 1
    return span if end == span.end else doc[span.start:end]
