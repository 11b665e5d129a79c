"""A people's adjective NER left unlabelled: "SAO PAULO, Aug 3 (Reuters) - Brazilian planemaker
Embraer said …", where the dateline before it threw NER off and "Brazilian" got no label, so the
planemaker had no nationality. A capitalised word the demonym table knows ("Brazilian",
``kg.lexicon.countries.demonyms``), modifying a word after it and followed by a lower-case common
noun ("Brazilian planemaker", "Chilean miner Codelco"), is taken as NER takes such a word elsewhere
(NORP). Not a word NER labelled or a name took ("American Airlines"), nor one before a proper noun
("Brazilian Football Confederation": a name NER missed, not a people).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kg.doc_arrays import tokens_with
from kg.lexicon.countries import demonyms

if TYPE_CHECKING:
    from kg.entities import _Found

#: What a people's adjective is to the noun it modifies.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def people_adjectives(found: _Found) -> None:
    """Add a NORP mention (origin ``recovered``) for each unlabelled people's adjective before a
    lower-case common noun."""
    doc = found.doc
    for tok in tokens_with(doc, _peoples()):  # a Token built only for a people's word
        if not tok.is_title or tok.ent_type or found.taken[tok.i]:
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.dep_ in _MODIFIER_DEPS and tok.head.i > tok.i and after is not None and after.pos_ == "NOUN" \
                and after.is_lower:  # "Chilean miner Codelco" (the parser hangs both on the name)
            found.add(doc[tok.i:tok.i + 1], "NORP", "recovered")


@lru_cache(maxsize=1)
def _peoples() -> frozenset[str]:
    """The demonym table's words, lower-cased, as one table ``tokens_with`` hashes once."""
    return frozenset(demonyms())
