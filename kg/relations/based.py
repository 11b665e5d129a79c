"""``a Houston-based gas company``: a place joined by a hyphen to ``based`` in front of a noun says
where the noun's entity is based.

News and encyclopedic text name an organisation's seat this way more often than with a clause
(``Tellurian, a private Houston-based LNG company``; ``the Berlin-based band X``; ``X is a
London-based charity``); the parser makes the place an ``npadvmod`` of ``based``, which no verb
row reads. Row (``rule`` on the edge):

``based``   place{GPE|LOC or a place word} ``-`` ``based``{amod|compound} > noun: the entity the
            noun stands for (its own name, the name it is in apposition to, or a copula's subject;
            never a pronoun's guess) is based in the place; ``the London-based bank`` is the bank the
            text named before (``+antecedent``: "Nvidia … a move that will cost the Santa Clara-based
            company $5.5 billion").
``based@born``  place ``-`` ``born``{amod} > noun: ``Helsinki-born architect Eliel Saarinen``, a
            person born in the place.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Token

from kg.doc_arrays import conjuncts
from kg.relations.arguments import Arg, Arguments
from kg.relations.place_chains import is_place
from kg.relations.triples import RawTriple, emit
from kg.relations.words import COMPANY_NOUNS

#: Kinds of entity that have a seat (NER calls bands people, and magazines works).
_HOLDERS = frozenset({"ORG", "FAC", "PERSON", "WORK_OF_ART", "PRODUCT"})


def hyphen_based(tok: Token, args: Arguments) -> Iterator[RawTriple]:
    """``Tellurian, a Houston-based LNG company`` → Tellurian based in Houston.

    Pattern: name{place} - based{amod} > noun; noun = name | appos of name | attr of copula subject.
    """
    place = args.ent(tok.doc[tok.i - 2])
    if place is None or not is_place(place, args):
        return
    born = tok.lower_ == "born"
    holders = hyphen_holders(tok, args, place, ("PERSON",) if born else _HOLDERS, told=not born)
    yield from emit(args, holders, "born in" if born else "based in", [place], "based@born" if born else "based")


def hyphen_holders(tok: Token, args: Arguments, named: int, kinds: Collection[str], *, told: bool) -> Arg:
    """The entities of the noun a hyphened participle (``tok``: "based", "owned") modifies, the
    name before the hyphen (``named``) left out: the noun's own name, the name it is in apposition
    to, or a copula's subject; with ``told``, "the Santa Clara-based company" is the body the text
    named before."""
    noun = tok.head
    if noun.i == tok.i:
        return Arg()
    if noun.dep_ in ("compound", "nmod") and (noun.pos_ == "NOUN" or noun.lower_ in COMPANY_NOUNS) \
            and args.ent(noun) is None and args.ent(noun.head) is not None:  # "firm" the parser tags JJ
        noun = noun.head  # "the Santiago-based label Feria Music", "Washington-based law firm Hartley & Crane
        # LLP" (nmod): the parser hangs the noun on the name
    # "the Santa Clara-based company": a body named so is the one "the company" stands for
    told = told and noun.lower_ in COMPANY_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    found = args.arg(noun, pronouns=told)
    if not found and noun.i + 1 < len(noun.doc) and (next_name := args.ent(noun.doc[noun.i + 1])) is not None:
        found = Arg([next_name])  # "Toronto-based startup Xaira Therapeutics has signed": the parser hangs the
        # name's clause on the noun, as a relative clause; the name right after the noun is its own
    # not a conjunct with a modifier of its own: "Paris-based Lumiere Noire Productions and Dakar's
    # Teranga Films" (Teranga is Dakar's)
    apart = {args.ent(c) for c in conjuncts(noun) if any(d.dep_ in ("poss", "det", "amod") for d in c.children)}
    return Arg([h for h in found.mentions if h != named and h not in apart and args.mentions[h].type in kinds],
               found.inferred)
