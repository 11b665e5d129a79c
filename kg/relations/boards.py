"""A seat on a body's board, said with a preposition: "was elected to the board of Ubuntu Mining",
"sits on the board of Kilbride Holdings", "was appointed to the supervisory board of X". The
parse hangs "to"/"on" on the verb with "board" as its object, a noun no name is given to, so
the ``prep`` row found no name and the person was tied to no body. Rows (``rule`` on the edge):

``prep_board``  verb > prep{to|on|onto} > pobj{board noun, unnamed} > prep{of} > pobj{name}:
                "<verb> to board of" X (the verb's subject, or a passive's).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.relations.triples import RawTriple, emit

if TYPE_CHECKING:
    from kg.relations.verbs import VerbFrame

#: Nouns for the body of people that governs an organisation.
BOARD_NOUNS = frozenset({"board", "boards", "council", "committee"})
#: The prepositions that put someone on a board.
BOARD_PREPS = frozenset({"to", "on", "onto"})


def board_preps(prep: Token, f: "VerbFrame") -> Iterator[RawTriple]:
    """``Thandi Dlamini was elected to the board of Ubuntu Mining`` → elected to board of Ubuntu
    Mining; a board with a name of its own ("the Board of Governors of X") stays the ``prep``
    row's."""
    args = f.args
    for board in (c for c in prep.children if c.dep_ == "pobj"):
        if board.lower_ not in BOARD_NOUNS or board.pos_ != "NOUN" or args.ent(board) is not None:
            continue
        for of in (c for c in board.children if c.dep_ == "prep" and c.lower_ == "of"):
            for bodies in args.pobj_args(of, pronouns=False):
                yield from emit(args, f.holders, f"{f.label} {prep.lower_} board of", bodies, "prep_board", f.clause)
