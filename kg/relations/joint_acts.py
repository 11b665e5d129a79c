"""What a subject made "with" someone, that one made too: "Larry Page founded Google with Sergey
Brin" (Brin founded Google), "he founded the band Yellow Magic Orchestra with Haruomi Hosono and
Yukihiro Takahashi", "she wrote the novel with her sister".

The ``prep`` row joins the subject to the "with" (Page *founded with* Brin) and ``svo`` the
subject to the object; the sentence also says the "with" names share the act: the ``joint_act``
row (a ``verb`` row of ``kg.relations.rules.RULES``) gives each of them the subject's edge to the
object, name → *founded* → object, when the verb is active and one of ``JOINT_VERBS`` (making
something a person or a body can found, write or form with others), the object is a name, and
the "with" names a person or a body (on the verb, or on the object: the parser often hangs it on
the object's name). Not a verb of doing something to or for someone ("fought Ali with Frazier
watching", "played Chelsea with ten men": no such verb here).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.relations.transfers import objects_and_prep_names
from kg.relations.triples import RawTriple, emit

if TYPE_CHECKING:
    from kg.relations.verbs import VerbFrame

#: Verbs (lemmas) of making something that others can make with the subject.
JOINT_VERBS = frozenset("found co-found cofound establish form create write co-write compose".split())
#: Kinds of name that can share such an act.
_PARTNER_TYPES = frozenset({"PERSON", "ORG"})


def is_joint(verb: Token, f: "VerbFrame") -> bool:
    """The anchor of the ``joint_act`` row: an active verb of ``JOINT_VERBS``."""
    return not f.clause.passive and verb.lemma_.lower() in JOINT_VERBS


def joint_act(verb: Token, f: "VerbFrame") -> Iterator[RawTriple]:
    """``Larry Page founded Google with Sergey Brin`` → Sergey Brin *founded* Google.

    Pattern: verb{JOINT_VERBS, active} > dobj{name} and verb|dobj > prep{with} > pobj{PERSON|ORG}.
    """
    for made, partners in objects_and_prep_names(verb, f, "with", _PARTNER_TYPES):
        yield from emit(f.args, partners, f.label, made, "joint_act", f.clause)
