"""A description that opens the sentence, of a pronoun subject: ``A member of the Democratic
Party, he served three terms`` → he (the antecedent) member of the Democratic Party.

Encyclopedic leads write a person's party, birthplace or post this way in the second or third
sentence, after the name was given: ``A native of Dayton, she …``, ``A graduate of Yale, he …``.
The mention rules read it before a name (``kg.relations.descriptions``: ``A native of Syracuse,
Wallace attended …``); a pronoun is no mention, so this token row reads it, through the pronoun's
antecedent. Row (``rule`` on the edge): ``opener``, 0.7 (0.55 with ``+antecedent``).

Pattern: pronoun{nsubj|nsubjpass} < verb > advcl|npadvmod|nsubj|nsubjpass|dep|appos{NOUN, opens
the sentence, a comma before the subject} > prep{of|in|at|for|from} > pobj.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.relations.arguments import Arguments
from kg.relations.clause import clause
from kg.relations.tokens import noun_label, opener_noun
from kg.relations.triples import RawTriple, emit

#: The subject pronouns whose opening description this row reads.
SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})
#: Prepositions of the opening noun that state a relation ("member of", "graduate of", "native
#: of", "professor at", "candidate for"), as the describing nouns' ``CLASS_PREPS`` less those of
#: a where or a how ("on", "with", "near", "by": "A film by X, it …" is the topic's, read there).
OPENER_PREPS = frozenset({"of", "in", "at", "for", "from"})


def opens_on(tok: Token, args: Arguments) -> bool:
    """The anchor: a subject pronoun after a description that opens its sentence."""
    return tok.lower_ in SUBJECT_PRONOUNS and tok.pos_ == "PRON" and opener_noun(tok) is not None


def opener(tok: Token, args: Arguments) -> Iterator[RawTriple]:
    """``A member of the Democratic Party, he …`` → (he) member of Democratic Party."""
    noun = opener_noun(tok)
    if noun is None or args.ent(noun) is not None:
        return
    holders = args.arg(tok)
    if not holders:
        return
    label = noun_label(noun, max_words=2)
    cl = clause(args, tok.head)
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in OPENER_PREPS):
        for pobj in (q for q in prep.children if q.dep_ == "pobj"):
            yield from emit(args, holders, f"{label} {prep.lower_}", args.arg(pobj, pronouns=False), "opener", cl)
