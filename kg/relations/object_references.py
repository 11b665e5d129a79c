"""A verb's object that refers back to a company: "Takumi Sonoda, who has led the company since
2017", "Arakawa joined the Osaka-based company in 1990". As a subject or an owner "the company"
already stands for the company the story named before (``kg.relations.pronouns``); as an
object it said nothing, so a story's people were tied to no employer they "led", "joined" or
"left". Only a definite company noun with no name of its own (``definite_org``,
``OBJECT_NOUNS``; "the business" after a verb of founding, buying or selling one), and never
the verb's own subject: "Apple bought Beats. Apple then restructured the company" may mean
either, and the heuristic's pick, Apple, is the subject."""

from __future__ import annotations

from spacy.tokens import Token

from kg.relations.arguments import Arg, Arguments
from kg.relations.tokens import definite_org
from kg.relations.words import COMPANY_NOUNS


#: Company nouns an object "the …" refers back with; not those that as an object are as often a
#: thing or a trade ("entered the real estate business", "used the app", "joined the group").
OBJECT_NOUNS = COMPANY_NOUNS - frozenset({"group", "platform", "app", "giant", "business", "maker"})
#: Verbs whose object "the business" is a company, not a trade or the work done: one founds, sets up,
#: buys or sells a company ("Bernard Kavanagh founded the business with his wife in 2004").
_COMPANY_MAKING_VERBS = frozenset("found co-found establish start launch buy acquire sell".split())
_MADE_OBJECT_NOUNS = OBJECT_NOUNS | {"business"}


def described_object(obj: Token, actors: Arg, args: Arguments) -> Arg:
    """The company a verb's direct object "the company" stands for, or an empty ``Arg``."""
    nouns = _MADE_OBJECT_NOUNS if obj.head.lemma_.lower() in _COMPANY_MAKING_VERBS else OBJECT_NOUNS
    if obj.dep_ != "dobj" or not definite_org(obj, nouns):
        return Arg()
    found = args.arg(obj, pronouns=True)
    acting = {args.key(m) for m in actors.mentions}
    if not found or len(found.mentions) != 1 or args.key(found.mentions[0]) in acting:
        return Arg()
    return found
