"""A place right after a named site is where the site is (a parse repair, called by
``kg.parse_repairs.repair_parse``).

"CMOC, operator of the Tenke Fungurume mine in the province of Lualaba": the parser hangs "in the
province" on "operator", so the operator would be in Lualaba and the mine nowhere. A preposition
"in" + a place that follows at once a site's noun (``FACILITY_NOUNS``: mine, field, plant, dam…)
with a name of its own in front ("the Tenke Fungurume mine") says where that site is: the
repair hangs it on the site's noun when the parser hung it on a word above the site (the site's
operator, owner, a stake in it, the verb: "develop the Abadi gas field in the Maluku province",
where the verb happens because the field is there). One after an unnamed site stays ("the
operator of the mine in Lualaba": the mine may be the operator's).
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from kg.doc_arrays import tokens_with
from kg.lexicon.words import FACILITY_NOUNS

_IN = frozenset({"in"})
_PLACES = frozenset({"GPE", "LOC"})


def places_after_sites(doc: Doc) -> list[int]:
    """Rehang such an "in" on the site's noun (in place); the indices of the tokens moved."""
    moved = []
    for prep in tokens_with(doc, _IN, LOWER):
        site = doc[prep.i - 1] if prep.i else None
        if site is None or prep.dep_ != "prep" or prep.head.i == site.i \
                or site.pos_ != "NOUN" or site.lower_ not in FACILITY_NOUNS or not _named(site) \
                or not prep.head.is_ancestor(site) or not _names_place(prep):
            continue
        prep.head = site
        moved.append(prep.i)
    return moved


def _named(site: Token) -> bool:
    """A name in front of the site's noun, in its phrase ("the Tenke Fungurume mine")."""
    return any(t.pos_ == "PROPN" for t in site.subtree if t.i < site.i)


def _names_place(prep: Token) -> bool:
    """The preposition's object names a place ("in Peru", "in the province of Lualaba")."""
    return any(t.ent_type_ in _PLACES for c in prep.children if c.dep_ == "pobj" for t in c.subtree)
