"""What a name's own thing did to another name: "Hamid Qasemi's debut feature won the Golden
Lion", "Israel's army attacked Rafah", "a director whose debut feature won the Golden Lion".

``svo`` joins a verb's named subject to its named object. When the subject is an unnamed thing a
name owns ("X's feature", "whose feature"), the sentence still says something of the two names: the
passive already reads so ("TikTok's data are stored in Virginia": ``subject_owner``).
``owned_subject`` (a ``verb`` row of ``kg.relations.rules.RULES``) gives the active verb the owner
→ *feature won* → object edge, the owned noun kept in the label so the edge says whose act it
was, when

- the verb is active and its subject is a common noun with a possessive that names someone (a
  name, or "whose" after one; not "his" or "its", which only the pronoun heuristic would name,
  and a wrong owner here makes a wrong act), the subject itself naming no one;
- the noun is no person (a role, a kin noun: "Apple's lawyer", "his wife" are people of their
  own, whom ``office_holder`` and the kin rows name) and no government noun (``the US
  government`` already stands for its country);
- the object is a name.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.doc_arrays import children
from kg.relations.relative import KIN_NOUNS
from kg.relations.triples import RawTriple, emit
from kg.relations.words import GOVERNMENT_NOUNS, PERSON_ONLY_ROLES, ROLE_NOUNS

if TYPE_CHECKING:
    from kg.relations.verbs import VerbFrame


#: Subject nouns that are people of their own or stand for their country (module docstring), and
#: the singular people nouns a plural is checked against ("Apple's lawyers").
_PERSON_STEMS = ROLE_NOUNS | KIN_NOUNS
_NOT_OWNED_SUBJECTS = _PERSON_STEMS | PERSON_ONLY_ROLES | GOVERNMENT_NOUNS


def _owned_subject(verb: Token, f: "VerbFrame") -> Token | None:
    """The verb's unnamed common-noun subject with a possessive, or None."""
    subj = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or f.args.ent(subj) is not None:
        return None
    word = subj.lower_
    if word in _NOT_OWNED_SUBJECTS or word.rstrip("s") in _PERSON_STEMS:
        return None
    return subj if any(c.dep_ == "poss" for c in children(subj)) else None


def is_owned_subject(verb: Token, f: "VerbFrame") -> bool:
    """The anchor of the ``owned_subject`` row: an active verb with no named subject (the row reads
    the subject noun itself, once)."""
    return not f.clause.passive and not f.clause.subjects


def owned_subject(verb: Token, f: "VerbFrame") -> Iterator[RawTriple]:
    """``Hamid Qasemi's debut feature won the Golden Lion`` → Hamid Qasemi *feature won* Golden
    Lion (module docstring).

    Pattern: verb{active} > nsubj{NOUN, unnamed} > poss{name}, verb > dobj{name}.
    """
    args = f.args
    subj = _owned_subject(verb, f)
    if subj is None:
        return
    poss = next(c for c in children(subj) if c.dep_ == "poss")
    owner = args.arg(poss, pronouns=False)  # a name or "whose"; "his", "its" would be the heuristic's guess
    if not owner:
        return
    for obj in (o for o in f.objects() if o.dep_ == "dobj"):
        targets = args.arg(obj, pronouns=False)
        targets.mentions = [m for m in targets.mentions if m not in owner.mentions]
        if targets:
            yield from emit(args, owner, f"{subj.lower_} {f.label}", targets, "owned_subject", f.clause)
