"""Whose message a go-between carries, and to whom: "Safadi conveyed a message from King X to
President Y" (X *message to* Y), "Lavrov handed over a letter from Putin to Kim Jong Un".

Diplomatic news writes an exchange between two leaders so: an envoy, a minister or an
ambassador is the verb's subject and delivers what the sender wrote. The ``prep`` row gives the
carrier its edges (*delivered message from* X, *delivered message to* Y); what the sentence says
first is between sender and addressee, which the ``message`` row (a ``verb`` row of
``kg.relations.rules.RULES``) gives: sender → *<noun> to* → addressee. The parser hangs "from"
on the verb, on the message or on its "of" phrase ("a message of congratulations from X") and
"to" on the verb (as its dative too) or on the message; each place is read.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.doc_arrays import children
from kg.relations.transfers import preposition_names
from kg.relations.triples import RawTriple, emit

if TYPE_CHECKING:
    from kg.relations.verbs import VerbFrame

#: Verbs (lemmas) of carrying what someone else wrote to its addressee.
CARRYING_VERBS = frozenset("deliver convey hand pass transmit carry bring relay send give forward".split())
#: Nouns of what one leader or body writes to another.
MESSAGE_NOUNS = frozenset("""message letter invitation greeting greetings congratulation congratulations
    condolence condolences note invite messages letters invitations notes""".split())
#: Who sends or receives a message: a person, a body, a country.
_PARTY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def carried_messages(verb: Token, f: "VerbFrame") -> list[Token]:
    """The verb's direct objects that are messages, when it is a verb of carrying (the anchor)."""
    if verb.lemma_.lower() not in CARRYING_VERBS:
        return []
    return [o for o in f.objects() if o.dep_ == "dobj" and o.lower_ in MESSAGE_NOUNS]


def is_carried_message(verb: Token, f: "VerbFrame") -> bool:
    return bool(carried_messages(verb, f))


def message(verb: Token, f: "VerbFrame") -> Iterator[RawTriple]:
    """``conveyed a message from King X to President Y`` → X *message to* Y.

    Pattern: verb{CARRYING_VERBS} > dobj{MESSAGE_NOUNS}; verb|dobj|dobj>prep{of}>pobj > prep{from} >
    pobj{name}; verb|dobj > prep|dative{to} > pobj{name}.
    """
    for noun in carried_messages(verb, f):
        nested = [o for p in children(noun) if p.dep_ == "prep" and p.lower_ == "of"
                  for o in children(p) if o.dep_ == "pobj"]
        senders = _names(f, (verb, noun, *nested), "from")
        addressees = [m for m in _names(f, (verb, noun), "to") if m not in senders]
        yield from emit(f.args, senders, f"{noun.lower_} to", addressees, "message", f.clause)


def _names(f: "VerbFrame", heads: tuple[Token, ...], word: str) -> list[int]:
    """The names (of ``_PARTY_TYPES``) of the objects of the preposition ``word`` on any of ``heads``."""
    return list(dict.fromkeys(m for found in preposition_names(f.args, heads, word, _PARTY_TYPES) for m in found))
