"""A "holding" before a company's name is a noun, the company's kind (a parse repair, called by
``kg.parse_repairs.repair_parse``).

"worked for eleven years at the private energy holding DTEK", "the Turkish holding Koç": business
news (and translated news most of all) calls a group of companies a holding. The parser reads
"holding" as a verb's gerund on the noun before it ("the energy [that is] holding DTEK"), so the
name is the object of "holding" and nothing is "at" DTEK. A "holding" tagged as a verb between a
determiner's common noun and a name (NER's body, or a capitalised word NER left unread), with no
other object, is the noun of the phrase: the repair makes it the phrase's head (the noun before it
its compound, the name its apposition), as the parser reads "the energy company DTEK".
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from kg.doc_arrays import tokens_with

_HOLDING = frozenset({"holding"})


def holdings_as_nouns(doc: Doc) -> list[int]:
    """Make each such "holding" the head of its noun phrase (in place); the indices moved."""
    moved = []
    for tok in tokens_with(doc, _HOLDING, LOWER):
        noun = tok.head
        names = [c for c in tok.children if c.dep_ == "dobj"]
        if tok.dep_ != "acl" or tok.tag_ != "VBG" or noun.i != tok.i - 1 or noun.pos_ != "NOUN" \
                or len(names) != 1 or names[0].i != tok.i + 1 or not _body_name(names[0]) \
                or len(list(tok.children)) != 1:
            continue
        name = names[0]
        tok.head = noun.head if noun.head.i != noun.i else tok  # the noun's place in the sentence (or the root's)
        tok.dep_, tok.pos, tok.tag_, tok.lemma_ = noun.dep_, noun.pos, "NN", "holding"
        for c in list(noun.children):  # "the", "private": the phrase's words go to its new head
            if c.i < noun.i:
                c.head = tok
        noun.head, noun.dep_ = tok, "compound"
        name.dep_ = "appos"
        moved += [tok.i, noun.i, name.i]
    return moved


def _body_name(tok: Token) -> bool:
    """NER's body, or a capitalised word NER left unlabelled ("DTEK")."""
    return tok.ent_type_ == "ORG" or not tok.ent_type_ and tok.text[:1].isupper()
