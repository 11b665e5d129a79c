"""Open information extraction over the spaCy dependency parse.

Unlike :mod:`kg.relations` (which keeps only statements between named entities), this module emits
every ``(arg1; relation; arg2[; more args])`` triple a sentence states, in the conventions of the
CaRB benchmark: relation and argument words copied from the sentence as written (never lemmas),
passives kept as written with the agent as ``by …`` argument, and CaRB's implicit ``is``/``has``
relations for appositions and possessives.  It exists so the parse patterns can be scored against a
public benchmark (``bench/carb_bench.py``) and so ``kg extract --format carb`` can print them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

__all__ = ["OpenTriple", "extract_open_triples", "carb_lines", "to_carb_line"]

# These lists differ from kg.relations' on purpose: CaRB scores every argument phrase, not only
# entities, so clausal subjects (csubj) and "where" clauses count here, and NOUN_PREPS is the
# set tuned on CaRB's dev split (kg.relations.words.NOUN_PREPS keeps the entity-rule set).
# Subject finding stays separate too: here it returns the subject *phrase* of any verb, while
# kg.relations.arguments finds the *mentions* a subject stands for, through control verbs and
# pronouns; sharing either would change one side's output.
SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
OBJ_DEPS = {"dobj", "obj"}
COMPL_DEPS = {"attr", "acomp", "oprd"}
ARG_DROP = {"relcl", "appos"}
NOUN_PREPS = {"in", "of", "at", "on", "between", "from", "near", "for", "with", "to", "by", "about", "during", "into", "over", "under", "among", "within", "outside", "inside"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "dame", "madam", "st"}
TITLE_WORDS = {"president", "senator", "representative", "rep.", "sen.", "gov.", "judge", "governor",
               "general", "minister", "chairman", "king", "queen", "prince", "princess", "mayor",
               "secretary", "chancellor", "premier", "father", "pope", "bishop", "justice", "professor"}
PLACES = {"GPE", "LOC", "FAC"}
REL_PRONOUNS = {"who", "which", "that", "whom", "whose", "where"}
#: Base confidence of each rule, tuned on the CaRB dev split; adjusted per extraction below.
CONJ_DELTA = 0.0
RULE_BASE = {
    "passive": 0.86,
    "xcomp": 0.86,
    "ccomp": 0.84,
    "svo": 0.84,
    "verb-prep": 0.82,
    "copula": 0.78,
    "title": 0.62,
    "appos": 0.6,
    "acl": 0.55,
    "poss": 0.38,
    "noun-prep": 0.35,
}


@dataclass(frozen=True)
class OpenTriple:
    """One open extraction: words exactly as written in ``sentence``."""

    sentence: str
    relation: str
    arg1: str
    arg2: str
    extra: tuple[str, ...] = ()
    confidence: float = 0.5
    rule: str = ""


# ---------------------------------------------------------------- text helpers


def _text(tokens: Iterable[Token]) -> str:
    """Join tokens as they are written: original spacing inside runs, one space across gaps."""
    toks = sorted(set(tokens), key=lambda t: t.i)
    out: list[str] = []
    prev: Token | None = None
    for t in toks:
        if prev is not None:
            out.append(prev.whitespace_ if t.i == prev.i + 1 else " ")
        out.append(t.text)
        prev = t
    return "".join(out).strip()


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop punctuation and dangling conjunctions at the edges of an argument."""
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].dep_ in {"cc", "punct"}) and toks[0].text not in {"$", "``", "`"}:
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc") and toks[-1].text not in {"''", "'", ")", "%"}:
        toks.pop()
    return toks


def _arg(tok: Token, exclude: Iterable[Token] = ()) -> list[Token]:
    """An argument: the phrase under ``tok`` without its relative clauses (they get their own)."""
    return _subtree(tok, exclude=[*exclude, *(c for c in tok.children if c.dep_ in ARG_DROP)])


def _conjuncts(tok: Token, base: list[Token]) -> list[list[Token]]:
    """Distribute a coordination: "London, Singapore and Dublin" -> three arguments.

    ``base`` is the argument built for ``tok``; it is returned alone when there is nothing to split.
    """
    chain = [c for c in tok.conjuncts if c.pos_ in {"NOUN", "PROPN", "NUM", "PRON", "ADJ"}]
    if not chain or tok.dep_ == "conj":
        return [base]
    keep = {t.i for t in base}
    out = []
    for c in [tok, *chain]:
        sub = _subtree(c, exclude=[x for x in c.children if x.dep_ in {"conj", "cc", "relcl"}
                                   or (x.dep_ == "punct" and x.i > c.i)])
        if c is tok:
            sub = [t for t in sub if t.i in keep]
        if sub:
            out.append(sub)
    return out or [base]


def _subtree(tok: Token, exclude: Iterable[Token] = ()) -> list[Token]:
    """The token's subtree, minus the subtrees of ``exclude``."""
    banned: set[int] = set()
    for e in exclude:
        banned.update(t.i for t in e.subtree)
    return _trim([t for t in tok.subtree if t.i not in banned])


# ---------------------------------------------------------------- predicate pieces


def _is_predicate(tok: Token) -> bool:
    if tok.pos_ == "VERB":
        return tok.dep_ not in {"amod", "compound", "aux", "auxpass"}
    # Copula as head ("X is Y"): AUX with a subject.
    return tok.pos_ == "AUX" and tok.dep_ not in {"aux", "auxpass"} and any(
        c.dep_ in SUBJ_DEPS for c in tok.children
    )


def _subject(verb: Token, seen: int = 0) -> tuple[list[Token], bool, Token] | None:
    """Subject tokens of ``verb``, whether it was inherited (conjunct / relative clause), its head."""
    if seen > 4:
        return None
    for c in verb.children:
        if c.dep_ in SUBJ_DEPS and c.dep_ != "expl":
            if c.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
                head = verb.head
                return _subtree(head, exclude=[verb]), True, head
            return _arg(c), False, c
    if verb.dep_ in {"conj", "dep"} and verb.head.pos_ in {"VERB", "AUX"}:
        inh = _subject(verb.head, seen + 1)
        if inh:
            return inh[0], True, inh[2]
    participle = verb.tag_ in {"VB", "VBG"} or any(c.lower_ == "having" for c in verb.children)
    if verb.dep_ in {"xcomp", "advcl"} and verb.head.pos_ in {"VERB", "AUX"} and participle:
        inh = _subject(verb.head, seen + 1)
        if inh:
            return inh[0], True, inh[2]
    if verb.dep_ == "relcl":
        # "the man (whom) she met": the head noun is the object, not the subject.
        return None
    if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return _subtree(verb.head, exclude=[verb]), True, verb.head
    return None


def _absorbs_xcomp(verb: Token) -> bool:
    """Whether ``verb`` folds its open complement into its relation (no object of its own)."""
    has_x = any(c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} for c in verb.children)
    return has_x and not any(c.dep_ in OBJ_DEPS | COMPL_DEPS for c in verb.children)


def _rel_tokens(verb: Token) -> list[Token]:
    """Auxiliaries, negation, pre-verbal adverbs, the verb and its particles."""
    out = [verb]
    for c in verb.children:
        if c.dep_ in {"aux", "auxpass", "neg", "prt"}:
            out.append(c)
        elif c.dep_ == "advmod" and c.i < verb.i and c.i > min(out, key=lambda t: t.i).i - 2 and not c.children:
            if c.lower_ not in {"when", "where", "how", "why", "then", "however", "also"} or c.lower_ == "also":
                out.append(c)
    return out


def _prep_obj(prep: Token) -> Token | None:
    for c in prep.children:
        if c.dep_ in {"pobj", "pcomp"}:
            return c
    return None


# ---------------------------------------------------------------- verbal clauses


@dataclass
class _Frame:
    """The pieces of one verbal clause that the choice of the second argument reads."""

    head: Token
    rel: list[Token]
    rule: str
    inherited: bool
    objs: list[Token]
    compls: list[Token]
    ccomps: list[Token]
    dative: list[Token]
    preps: list[Token]
    npadv: list[Token]


def _frame(verb: Token, inherited: bool) -> _Frame:
    rel = _rel_tokens(verb)
    # xcomp with object-less verb: "attempted to popularize the practice".
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), None)
    objs = [c for c in verb.children if c.dep_ in OBJ_DEPS]
    if not objs and not any(c.dep_ in COMPL_DEPS | {"ccomp", "xcomp", "prep", "agent"} for c in verb.children):
        # "buy and sell large amounts of stock": the object of the last conjunct is shared.
        for cj in verb.conjuncts:
            if cj.i > verb.i and cj.pos_ == "VERB":
                objs = [c for c in cj.children if c.dep_ in OBJ_DEPS][:1]
                if objs:
                    inherited = True
                break
    compls = [c for c in verb.children if c.dep_ in COMPL_DEPS]
    ccomps = [c for c in verb.children if c.dep_ == "ccomp"]
    dative = [c for c in verb.children if c.dep_ == "dative" and c.pos_ in {"PRON", "NOUN", "PROPN"}]
    head = verb
    rule = "svo"
    if xcomp is not None and _absorbs_xcomp(verb):
        rel = rel + [c for c in xcomp.children if c.dep_ in {"aux", "neg", "prt"}] + [xcomp]
        head = xcomp
        objs = [c for c in xcomp.children if c.dep_ in OBJ_DEPS]
        compls = [c for c in xcomp.children if c.dep_ in COMPL_DEPS]
        ccomps = [c for c in xcomp.children if c.dep_ == "ccomp"]
        dative = []
        rule = "xcomp"
    preps = sorted(
        (c for c in head.children if c.dep_ in {"prep", "agent"} and _prep_obj(c) is not None),
        key=lambda t: t.i,
    )
    npadv = [c for c in head.children if c.dep_ == "npadvmod"]
    if head is not verb:
        preps += [c for c in verb.children if c.dep_ in {"prep"} and _prep_obj(c) is not None]
        preps.sort(key=lambda t: t.i)
    return _Frame(head, rel, rule, inherited, objs, compls, ccomps, dative, preps, npadv)


def _second_arg(verb: Token, f: _Frame, passive: bool) -> tuple[list[Token] | None, Token | None, set[int]]:
    """(arg2 tokens, arg2 head, tokens used) of the clause; updates ``f.rel``, ``f.rule``, ``f.preps``."""
    arg2_toks: list[Token] | None = None
    arg2_head: Token | None = None
    used: set[int] = set()
    objs, compls, ccomps, dative = f.objs, f.compls, f.ccomps, f.dative
    if objs and dative and dative[0].i < objs[0].i:
        # "fined TikTok $5.7 million": the recipient first, the thing given as an extra argument.
        arg2_toks = _arg(dative[0])
        arg2_head = dative[0]
        used.add(dative[0].i)
        f.preps = objs[:1] + f.preps
    elif objs:
        arg2_toks = _arg(objs[0])
        arg2_head = objs[0]
        used.add(objs[0].i)
    elif compls:
        arg2_toks = _arg(compls[0])
        arg2_head = compls[0]
        used.add(compls[0].i)
        f.rule = "copula" if verb.pos_ == "AUX" or verb.lemma_ == "be" else f.rule
    elif ccomps:
        c = ccomps[0]
        marks = [m for m in c.children if m.dep_ == "mark" and m.i < c.i]
        f.rel = f.rel + marks
        arg2_toks = _subtree(c, exclude=marks)
        used.add(c.i)
        f.rule = "ccomp"
    else:
        after = [p for p in f.preps if p.i > f.head.i] or f.preps
        if after:
            p = after[0]
            pobj = _prep_obj(p)
            if p.dep_ == "agent" or p.i < f.head.i:
                # agent, or a fronted phrase ("During the war, they fled"): keep the preposition
                arg2_toks = _subtree(p)
            else:
                f.rel = f.rel + [p]
                arg2_toks = _arg(pobj)  # type: ignore[arg-type]
                arg2_head = pobj
            used.add(p.i)
            f.rule = "passive" if passive else "verb-prep"
    return arg2_toks, arg2_head, used


def _clause_triples(verb: Token, sentence: str) -> list[OpenTriple]:
    subj = _subject(verb)
    if subj is None or not subj[0]:
        return []
    subj_toks, inherited, _subj_head = subj
    if verb.dep_ == "xcomp" and _absorbs_xcomp(verb.head):
        return []  # already part of the head verb's relation ("attempted to popularize")
    arg1 = _text(subj_toks)
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    f = _frame(verb, inherited)
    arg2_toks, arg2_head, used = _second_arg(verb, f, passive)
    rel, rule, inherited, preps, npadv = f.rel, f.rule, f.inherited, f.preps, f.npadv
    if not arg2_toks:
        return []
    if rule == "svo" and passive:
        rule = "passive"

    extras: list[str] = []
    for p in preps + npadv:
        if p.i in used:
            continue
        ex = _trim(list(p.subtree))
        if ex:
            extras.append(_text(ex))
    rel_text = _text(rel)
    arg2 = _text(arg2_toks)
    if not arg1 or not arg2 or not rel_text:
        return []
    conf = _confidence(rule, inherited, subj_toks, arg2_toks, extras, verb)
    # Objects are distributed over their conjuncts (CaRB's gold does); subjects stay whole.
    parts1 = [subj_toks]
    parts2 = _conjuncts(arg2_head, arg2_toks) if arg2_head is not None else [arg2_toks]
    if len(parts1) == 1 and len(parts2) == 1:
        return [OpenTriple(sentence, rel_text, arg1, arg2, tuple(extras), conf, rule)]
    out = []
    for p1 in parts1:
        for p2 in parts2:
            c = _confidence(rule, inherited, p1, p2, extras, verb) + CONJ_DELTA
            out.append(OpenTriple(sentence, rel_text, _text(p1), _text(p2), tuple(extras),
                                  round(c, 4), rule + "+conj"))
    return out


# ---------------------------------------------------------------- nominal patterns


def _appos_triples(sent: Span, sentence: str) -> list[OpenTriple]:
    """ "Zhang Yiming, CEO of ByteDance" -> (Zhang Yiming; is; CEO of ByteDance).

    The name comes first, as in CaRB's gold ("The doctor, Erasistratus" -> Erasistratus is the
    doctor); a place in apposition to a place is containment ("Salt Lake City, Utah" -> is in).
    """
    out = []
    for tok in sent:
        head = tok.head
        if tok.dep_ != "appos" or head.pos_ not in {"PROPN", "NOUN"} or tok.pos_ not in {"PROPN", "NOUN", "NUM"}:
            continue
        if any(c.dep_ == "conj" for c in head.children) or head.dep_ == "conj":
            continue  # a list "A, B, C and D" misparsed as appositions
        a1 = _subtree(head, exclude=[tok] + [c for c in head.children if c.dep_ in {"relcl", "acl", "prep"}])
        a2 = _subtree(tok, exclude=[c for c in tok.children if c.dep_ in {"relcl"}])
        if not a1 or not a2:
            continue
        rel = "is"
        if head.ent_type_ in PLACES and tok.ent_type_ in PLACES:
            rel = "is in"
        elif head.pos_ == "NOUN" and tok.pos_ == "PROPN":
            a1, a2 = a2, a1
        out.append(OpenTriple(sentence, rel, _text(a1), _text(a2), (),
                              _confidence("appos", False, a1, a2, [], tok), "appos"))
    return out


def _title_triples(sent: Span, sentence: str) -> list[OpenTriple]:
    """ "Facebook founder Mark Zuckerberg" -> (Mark Zuckerberg; is; Facebook founder)."""
    out = []
    for ent in sent.ents:
        if ent.label_ != "PERSON":
            continue
        root = ent.root
        title = [t for t in root.subtree if t.i < ent.start and t.dep_ not in {"det", "punct", "poss", "case"}
                 and not any(a.dep_ == "poss" for a in t.ancestors if a.i < ent.start)]
        title = _trim([t for t in title if t.lower_.rstrip(".") not in HONORIFICS])
        if not title or not any(t.pos_ == "NOUN" or t.lower_ in TITLE_WORDS for t in title):
            continue
        if title[-1].i != ent.start - 1:
            continue
        out.append(OpenTriple(sentence, "is", ent.text, _text(title), (),
                              _confidence("title", False, list(ent), title, [], root), "title"))
    return out


def _noun_prep_triples(sent: Span, sentence: str) -> list[OpenTriple]:
    """ "Competition in the sale of bikes" -> (Competition; is in; the sale of bikes)."""
    out = []
    for tok in sent:
        if tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        for p in tok.children:
            pobj = _prep_obj(p)
            if p.dep_ != "prep" or pobj is None or p.lower_ not in NOUN_PREPS:
                continue
            a1 = _trim([t for t in tok.subtree if t.i <= tok.i and t.dep_ not in {"poss", "case"}
                        and not (t.i < tok.i and t.head.dep_ == "poss")])
            a2 = _arg(pobj)
            if a1 and a2:
                out.append(OpenTriple(sentence, "is " + p.text, _text(a1), _text(a2), (),
                                      _confidence("noun-prep", False, a1, a2, [], tok), "noun-prep"))
    return out


def _poss_triples(sent: Span, sentence: str) -> list[OpenTriple]:
    out = []
    for tok in sent:
        if tok.dep_ != "poss" or tok.pos_ not in {"PROPN", "NOUN"}:
            continue
        owner = _subtree(tok, exclude=[c for c in tok.children if c.dep_ == "case"])
        head = tok.head
        owned = [t for t in head.subtree if t.i > tok.i and t.i <= head.i and t.dep_ != "case"]
        owned = _trim(owned)
        if owner and owned:
            out.append(OpenTriple(sentence, "has", _text(owner), _text(owned), (),
                                  _confidence("poss", False, owner, owned, [], tok), "poss"))
    return out


# ---------------------------------------------------------------- confidence


def _confidence(rule: str, inherited: bool, a1: Sequence[Token], a2: Sequence[Token],
                extras: Sequence[str], anchor: Token) -> float:
    """Pattern prior, lowered for inherited subjects, long arguments and long sentences."""
    c = RULE_BASE[rule]
    if inherited:
        c -= 0.06
    n = len(a1) + len(a2)
    c -= 0.004 * max(0, n - 6)
    c -= 0.02 * len(extras)
    if any(t.pos_ == "PRON" for t in a1) and len(a1) == 1:
        c -= 0.03
    c -= 0.002 * max(0, len(anchor.sent) - 20)
    return round(min(0.99, max(0.01, c)), 4)


# ---------------------------------------------------------------- public API


def extract_open_triples(doc_or_span: Doc | Span, sentence: str | None = None) -> list[OpenTriple]:
    """Every triple stated in a parsed Doc or sentence span.

    ``sentence`` is the text recorded on each triple (default: each spaCy sentence's own text);
    the CaRB writer passes the input line so a line that spaCy splits keeps one sentence field.
    """
    sents = list(doc_or_span.sents) if isinstance(doc_or_span, Doc) else [doc_or_span]
    out: list[OpenTriple] = []
    for sent in sents:
        text = sentence if sentence is not None else sent.text
        for tok in sent:
            if _is_predicate(tok):
                out.extend(_clause_triples(tok, text))
        out.extend(_appos_triples(sent, text))
        out.extend(_poss_triples(sent, text))
        out.extend(_title_triples(sent, text))
        out.extend(_noun_prep_triples(sent, text))
    seen: set[tuple[str, str, str, tuple[str, ...]]] = set()
    uniq = []
    for t in out:
        key = (t.relation, t.arg1, t.arg2, t.extra)
        if key not in seen:
            seen.add(key)
            uniq.append(t)
    return uniq


def to_carb_line(t: OpenTriple) -> str:
    """CaRB's tabbed system format: sentence, confidence, relation, arg1, arg2[, more]."""
    fields = [t.sentence, f"{t.confidence:.4f}", t.relation, t.arg1, t.arg2, *t.extra]
    return "\t".join(f.replace("\t", " ").replace("\n", " ") for f in fields)


def carb_lines(lines: Iterable[str], nlp: Language) -> Iterator[str]:
    """CaRB tab lines for one-sentence-per-line input; the sentence field is the line as given."""
    texts = [ln.rstrip("\r\n") for ln in lines]
    texts = [t for t in texts if t.strip()]
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=64)):
        for t in extract_open_triples(doc, sentence=text):
            yield to_carb_line(t)
