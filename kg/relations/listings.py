"""Whose a listing verb's list is when its subject names no owner, for ``owned_list`` (``The
band's members include A and B`` names its owner; these do not):

- ``Notable alumni include A and B``, ``Former players include A``: a plural noun for the members
  of a body (``OWNERLESS_GROUPS``), with no article, possessive or "of" phrase, belongs to what
  the text is about: the document's topic when that is a body (the article's subject), else what
  "its" would stand for after the earlier sentence (``Antecedents.previous``). The edge is marked
  ``+antecedent``.
- ``Notable alumni of the school include A``: the "of" phrase's name.
- ``Artists signed to Ferrowheel Records include A, B and C``, ``Companies acquired by Grendel
  include A``: no owner, but a participle on the subject says what each name listed is (signed to
  the label, acquired by Grendel). ``kg.parse_repairs.participles_on_subjects`` gives the parser's
  reading of the first back as a participle.

Each name of a list whose members follow a noun that says what they are ("include the writer A,
the economist B and the politician C") is listed: ``described_list``.

Pattern: verb{include|comprise} > nsubj{NNS, unnamed} > (amod)* | prep{of} > pobj | acl{VBN} > prep|agent > pobj.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.relations.arguments import Arg, Arguments
from kg.relations.tokens import participle_preps, verb_label

#: Plural nouns for the members of a body, whose owner a list may leave unsaid in an article on
#: that body ("Notable alumni include", "Past members have included").
OWNERLESS_GROUPS = frozenset({"alumni", "alumnae", "graduates", "members", "players"})
#: The types an unsaid owner may have: a body, or a building a school or a club is named as.
_BODIES = frozenset({"ORG", "FAC"})
#: What the subject may hold and still leave its owner unsaid ("Notable alumni", "Former members").
_BARE_DEPS = frozenset({"amod", "compound", "acl", "punct"})


def list_owners(subj: Token, args: Arguments) -> list[Arg]:
    """The owners of a listing verb's subject ``subj``: its possessives' names (``Its notable
    alumni``); else the name of its "of" phrase; else, for a bare member noun, what the text is
    about (inferred): the topic before the earlier sentence's subject, which may be anything
    ("Monies raised supported the group. Members included A"); else none."""
    owners = [args.arg(c) for c in subj.children if c.dep_ == "poss"]
    if owners:
        return owners
    of = [q for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for q in c.children if q.dep_ == "pobj"]
    if of:
        return [args.arg(q) for q in of]
    if subj.lower_ not in OWNERLESS_GROUPS or subj.sent.start == 0 or any(c.dep_ not in _BARE_DEPS for c in subj.children):
        return []
    topic = args.topic()
    found = [topic] if topic is not None and args.mentions[topic].type in _BODIES else args.previous(subj, _BODIES)
    return [Arg(found, inferred=True)] if found else []


def listed_participles(subj: Token, args: Arguments) -> Iterator[tuple[str, Arg, bool]]:
    """(label, the phrase's names, whether they are the agent) of each participle phrase on a
    listing verb's subject: ``Artists signed to Ferrowheel Records`` gives ("signed to", the
    label, False); ``Companies acquired by Grendel`` gives ("acquired", Grendel, True), which
    acquired each name listed, as the passive row reads "A was acquired by Grendel"."""
    for c in subj.children:
        if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD"):
            for v, p in participle_preps(c):
                agent = p.dep_ == "agent"
                for q in (q for q in p.children if q.dep_ == "pobj"):
                    yield verb_label(v) if agent else f"{verb_label(v)} {p.lower_}", args.arg(q, pronouns=False), agent


#: How a described list's members and their nouns hang on each other in the parser's reading.
_LIST_DEPS = frozenset({"appos", "conj"})


def described_list(obj: Token, args: Arguments) -> list[int]:
    """The names of a list the listing verb's object opens, when its members follow a noun that
    says what each is: "include the writer A, the economist B and the politician C". The parser
    hangs each name on its noun (an apposition) and each noun on the name before it (an apposition,
    or a conjunct), so a conjunct walk finds only the first. Only a list ("and" or "or" in it),
    through appositions and conjuncts, nouns and names; the names in order."""
    found: list[int] = []
    listed = False
    queue, seen = [obj], 0  # breadth first: the names in the order written
    while queue and seen < 30:
        tok = queue.pop(0)
        seen += 1
        mi = args.ent(tok)
        if mi is not None and mi not in found:
            found.append(mi)
        listed = listed or any(c.dep_ == "cc" for c in tok.children)
        queue += [c for c in tok.children if c.dep_ in _LIST_DEPS and c.i > tok.i and c.pos_ in ("NOUN", "PROPN")]
    return found if listed and len(found) > 1 else []
