"""What a company owns and what may own it, for the pronoun heuristic (``kg.relations.pronouns``):
"its subsidiary", "its chairman" are a body's, so a thing named between the body and "its" ("The
penalty relates to transactions at its subsidiary Postbank") is no rival antecedent; and "the
bank" after a person's sentence is the one bank that sentence named ("Christian Sewing, the chief
executive of Deutsche Bank, told shareholders … The bank was sanctioned")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.lexicon.words import INSTITUTION_HEADS
from kg.relations.words import BODY_HEAD_WORDS, COMPANY_NOUNS, OTHER_BODY_WORDS

if TYPE_CHECKING:
    from kg.relations.arguments import Arguments

#: Nouns of a company's own parts and people, which no event has ("The plan includes a plant
#: operated by its affiliate Hyundai Steel": not the plan's affiliate).
BODY_PART_NOUNS = frozenset("""affiliate subsidiary unit parent chairman chairwoman chairperson ceo cfo founder co-founder
    shareholder shareholders president""".split())
#: The same offices in two words, the possessive on the first ("its director general X", "its chief
#: executive X"): no event or thing has them either (a film has a director, not a director general).
BODY_OFFICE_PAIRS = frozenset({("director", "general"), ("secretary", "general"), ("chief", "executive"),
                               ("managing", "director"), ("general", "manager"), ("executive", "director")})


def body_part_owned(poss: Token) -> bool:
    """The possessive ``poss`` owns one of ``BODY_PART_NOUNS``: the noun it hangs on, or that
    noun's compound ("its affiliate Hyundai Steel"), or one of ``BODY_OFFICE_PAIRS`` ("its
    director general", "its chief executive")."""
    head = poss.head
    return head.lower_ in BODY_PART_NOUNS or any(c.dep_ == "compound" and c.lower_ in BODY_PART_NOUNS
                                                 for c in head.children) \
        or (head.lower_, head.head.lower_) in BODY_OFFICE_PAIRS and head.dep_ in ("compound", "amod") \
        or any((c.lower_, head.lower_) in BODY_OFFICE_PAIRS and c.dep_ in ("compound", "amod") for c in head.children)


#: Nouns for a body that has parts of its own (``BODY_PART_NOUNS``) besides ``COMPANY_NOUNS``,
#: ``INSTITUTION_HEADS`` and ``BODY_HEAD_WORDS``.
_OWNING_NOUNS = frozenset("""regulator government authority watchdog administration state team club party brand label
    chain network operator owner publisher studio""".split())


def may_own_body_part(noun: Token) -> bool:
    """A common noun ``it`` may stand for when ``its`` owns a subsidiary, a unit or a chairman
    (``body_part_owned``): a body's noun ("the lender", "the commission"), not a thing's ("The
    penalty relates to transactions at its subsidiary Postbank", "The plan … its unit")."""
    low = noun.lower_
    return low in COMPANY_NOUNS or low in INSTITUTION_HEADS or low in BODY_HEAD_WORDS or low in _OWNING_NOUNS


def trade_named(args: Arguments, sent: Span, noun: str) -> int | None:
    """The one body ``sent`` names whose name ends in the trade noun ``noun`` ("Deutsche Bank" for
    "the bank"), or None: none, or two ("the bank" after "Deutsche Bank and Commerzbank" still
    has one; after "Deutsche Bank and the Bank of England", two)."""
    found = {args.key(mi): mi for t in sent if (mi := args.ent(t)) is not None and args.mentions[mi].type == "ORG"
             and args.mentions[mi].text.lower().split()[-1] == noun}
    return next(iter(found.values())) if len(found) == 1 else None


#: The most words a trade's phrase before a company noun has ("medical technology", "electric vehicle").
TRADE_WORDS = 3


def trade_modifier(c: Token) -> bool:
    """A modifier of a company noun that says its trade, in lower case: one adjective or noun, or
    a short phrase of them ("the Brazilian mining giant", "The German medical technology
    company"); not a word that makes it another body ("the new company", "the parent group":
    ``OTHER_BODY_WORDS``), nor a comparison ("the largest group": JJS)."""
    words = list(c.subtree)
    return c.dep_ in ("amod", "compound") and len(words) <= TRADE_WORDS and all(
        w.tag_ in ("JJ", "NN") and w.text.islower() and w.lower_ not in OTHER_BODY_WORDS
        and (w.i == c.i or w.dep_ in ("amod", "compound")) for w in words)


def agent_of(verb: Token) -> Token | None:
    """The name a passive verb's "by" gives ("The project is being led by [Harcourt Regeneration]"),
    else None: when the sentence's subject is a thing that owns no office or unit
    (``may_own_body_part``), the next sentence's "Its managing director" is the agent's."""
    return next((o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
