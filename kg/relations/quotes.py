"""Whether a word or a sentence lies inside quoted speech: a pronoun there is the speaker's "I"
or someone else, never the speaker named after the quotation (``kg.relations.pronouns``); and
whether a reporting verb puts its speaker after it (``inverted_speech``); and which clause names
whom a subject beside a reporting verb stands for (``reporting_source``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.doc_arrays import sentence_of
from kg.lexicon.words import QUOTE_MARKS
from kg.relations.tokens import SUBJ_DEPS
from kg.relations.words import INVERTED_SPEECH_VERBS, ROLE_NOUNS, SPEECH_VERBS


def opens_quoted(sent: Span) -> bool:
    """The sentence opens inside a quotation or with a quotation mark."""
    return sent[0].text in QUOTE_MARKS or in_quotation(sent[0])


def in_quotation(tok: Token) -> bool:
    """``tok`` lies inside quoted speech: an odd number of quotation marks before it in its
    sentence, or none before and an odd number after (``He will come," Mr X said``: the
    quotation opened a sentence earlier)."""
    before = sum(t.text in QUOTE_MARKS for t in sentence_of(tok) if t.i < tok.i)
    if before:
        return before % 2 == 1
    return sum(t.text in QUOTE_MARKS for t in sentence_of(tok) if t.i > tok.i) % 2 == 1


#: A body's offices that speak for it in translated wire copy ("..., reported the press service of
#: the Ministry of Investment", "..., informed the Ministry of Health"): an inverted speaker too.
_SPEAKING_SERVICES = frozenset("service office ministry department agency".split())


def inverted_speech(verb: Token) -> bool:
    """"Milei met Georgieva, affirmed the presidential spokesman Manuel Adorni": news translated
    from Spanish, French or Russian puts the speaker after a reporting verb that follows the
    quoted clause and a comma, and the parser reads the speaker as the verb's object and the
    clause's subject as its subject. A reporting verb (``INVERTED_SPEECH_VERBS``) after a comma,
    with no subject of its own and an object that is a person's name or role (``ROLE_NOUNS``), a
    body's name or a body's speaking office (``_SPEAKING_SERVICES``), is such a verb: its object is
    who speaks ("He sold the shares, announced the deal": no)."""
    if verb.lemma_.lower() not in INVERTED_SPEECH_VERBS or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return len(objects) == 1 and (objects[0].lower_ in ROLE_NOUNS or objects[0].ent_type_ in ("PERSON", "ORG")
                                  or objects[0].lower_ in _SPEAKING_SERVICES
                                  or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in objects[0].children))



def reporting_source(tok: Token) -> Token | None:
    """The verb whose subjects a subject beside a reporting verb stands for: for a subject of the
    reported clause, the reporting verb ("Microsoft said it had agreed": Microsoft); for the
    speaker written after the clause it reports, that clause ("Harlow Mining has agreed to buy
    Copperline, the Perth-based company said": Harlow Mining, not the company named nearer)."""
    if tok.dep_ in SUBJ_DEPS and tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in SPEECH_VERBS:
        return tok.head.head
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS:
        return next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i < tok.i), None)
    return None
