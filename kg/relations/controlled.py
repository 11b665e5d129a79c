"""Whose act a verb hung on a noun states, where the parse alone does not say: an infinitive on
the object of a verb of commitment is the verb's subject's ("Toyota signed an agreement with
Panasonic to build a plant in Osaka": Toyota builds), and a participle after a verb that made its
subject into a thing a common noun names describes that thing ("it was adapted into a miniseries
by A, directed by B": B directed the miniseries). ``Arguments.clause_subjects`` asks both."""

from __future__ import annotations

from spacy.tokens import Token

from kg.lexicon.english import singular
from kg.relations.words import ATTEMPT_NOUNS

#: Nouns whose infinitive states what the subject of the verb they are the object of does or
#: means to do: "signed an agreement to build", "made a bid to acquire", "announced plans to open",
#: "took the decision to leave" (not an order, a warrant or a permission, which others carry out).
COMMITMENT_NOUNS = ATTEMPT_NOUNS | frozenset(
    "agreement deal contract accord pact memorandum partnership decision commitment pledge promise".split())
#: Nouns after a document's "of" that make it a commitment ("a letter of intent", "a memorandum of
#: understanding"): an infinitive hung on them states what the signer means to do.
OF_COMMITMENTS = frozenset("intent intention understanding".split())
#: Verbs (lemmas) by which a subject makes the commitment its object names its own: "signed an
#: agreement", "made a bid", "announced plans"; not one that judges another's ("defended the
#: decision to play Rafter", "rejected the bid to visit Bethlehem").
COMMIT_VERBS = frozenset(
    "sign make reach announce take conclude seal strike unveil launch submit present have ink finalise finalize".split())


def commitment_verb(verb: Token) -> Token | None:
    """The verb whose subject does ``verb``: ``verb`` is an infinitive hung on that verb's object,
    a noun of ``COMMITMENT_NOUNS`` with no owner of its own but a pronoun ("Arafat's bid to visit
    Bethlehem" is Arafat's; "X announced its intention to invest" is X's), the verb one of
    ``COMMIT_VERBS`` ("signed an agreement with Panasonic to build" -> "signed"; so through "of"
    after a letter or a memorandum, ``OF_COMMITMENTS``: "signed letters of intent to supply"); else None, and
    None when either is denied ("Nestle has no plans to leave Russia", "did not sign a deal to buy
    X": no act to give anyone)."""
    noun, kinds = verb.head, COMMITMENT_NOUNS
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and singular(noun.lower_) in OF_COMMITMENTS:
        noun, kinds = noun.head.head, COMMITMENT_NOUNS | {"letter"}  # "signed letters of intent to supply",
        # "a memorandum of understanding to build"
    if verb.dep_ != "acl" or noun.dep_ != "dobj" or noun.pos_ != "NOUN" or singular(noun.lower_) not in kinds \
            or noun.head.lemma_.lower() not in COMMIT_VERBS or any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in noun.children) \
            or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) \
            or any(c.lower_ == "no" for c in noun.children) or any(c.dep_ == "neg" for c in noun.head.children):
        return None
    return noun.head


def made_into(verb: Token) -> bool:
    """``it was adapted into a television miniseries``: the verb makes its subject into a thing a
    common noun names, which the participles after it describe, not the subject."""
    return any(c.dep_ == "prep" and c.lower_ == "into" and any(q.dep_ == "pobj" and q.pos_ == "NOUN" for q in c.children)
               for c in verb.children)
