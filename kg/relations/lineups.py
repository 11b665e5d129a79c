"""A band's or a team's line-up, each member named after the part they play: ``The band consists
of vocalist and guitarist Niamh Tully, bassist Colm Rafferty and drummer Eoin Ledwidge``.

The parser rarely reads such a list whole (it made "guitarist" a verb with "Niamh Tully" its
object, and "Colm Rafferty" a modifier of "consists"), so the prepositional row reads none of its
names. The words do not depend on the parse: every person named after an occupation's noun,
later in the clause of a verb of parts ("consist of", "comprise", "be composed of"), is one of
the subject's parts. Row (``rule`` on the edge): ``line_up``, 0.65, with the verb's own label
("consist of", as the prepositional row writes it for "The band consists of A, B and C").

Pattern: verb{consist|comprise|compose} … OCCUPATION PERSON (, OCCUPATION PERSON)* in its subtree.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.lexicon.words import OCCUPATIONS
from kg.relations.triples import RawTriple, emit

if TYPE_CHECKING:
    from kg.relations.verbs import VerbFrame

#: Verbs whose object or "of" names the parts of a whole.
PART_VERBS = frozenset({"consist", "comprise", "compose"})


def line_up(verb: Token, f: VerbFrame) -> Iterator[RawTriple]:
    """``The band consists of vocalist Niamh Tully and bassist Colm Rafferty`` → the band consist
    of each; nothing for a name after no occupation ("consists of Tully and Rafferty" is the
    prepositional row's), nor before the verb."""
    args = f.args
    if not f.actors:
        return
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if prep is None and verb.lemma_.lower() != "comprise":
        return
    members = []
    for t in verb.subtree:
        mi = args.ent(t)
        if mi is None or t.i <= verb.i or args.mentions[mi].type != "PERSON" or mi in members:
            continue
        start = args.span_in_sentence(mi)[0]
        if start > 0 and args.doc[start - 1].lower_ in OCCUPATIONS:
            members.append(mi)
    label = f"{f.label} of" if prep is not None else f.label
    yield from emit(args, f.actors, label, members, "line_up", f.clause)
