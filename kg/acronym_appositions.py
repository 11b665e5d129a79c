"""A bracketed acronym goes to the name it spells (a parse repair, called by
``kg.parse_repairs.repair_parse``).

"received the Director General of the International Atomic Energy Agency (IAEA) Rafael Grossi":
the parser hangs "IAEA", in brackets right after the agency's name, on the office before it as an
apposition, beside the holder's name. The office's reading then takes the acronym for the holder,
so the IAEA would be the agency's director general and the one received. A bracketed apposition
right after a name whose initials it spells (``kg.lexicon.names.spells``) names that name: the
repair hangs it there, as the parser does when nothing follows the bracket.
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.tokens import Doc

from kg.doc_arrays import ent_start, tokens_with
from kg.lexicon.names import spells

_APPOS = frozenset({"appos"})


def acronyms_to_their_names(doc: Doc) -> list[int]:
    """Hang each such acronym on the name it spells (in place); the indices moved."""
    moved = []
    for tok in tokens_with(doc, _APPOS, DEP):
        i = tok.i
        if not (2 <= i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")") \
                or not tok.text.isupper() or not 2 <= len(tok.text) <= 6:
            continue
        name = doc[i - 2]  # the last word of the name before the bracket
        if not name.ent_type_ or tok.head.i == name.i or name.i < tok.head.i \
                or any(a.i == i for a in name.ancestors):  # the name hangs on the acronym: no cycle
            continue
        if spells(tok.text, doc[ent_start(doc, name.i):name.i + 1].text.removeprefix("the ").removeprefix("The ")):
            tok.head = name
            moved.append(i)
    return moved
