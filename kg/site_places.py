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

A place's country hung on the noun before the place ("a rugby union club based in Suva, Fiji": the
parser makes Fiji an apposition of the club) is where that place is: ``places_after_places``
hangs a place set off by a comma right after another place inside its head's phrase on that place
(a named division's or settlement's word after a name the gazetteer knows counts: "Yiliang County,
Zhaotong City, southwest China's Yunnan Province").
"""

from __future__ import annotations

from spacy.attrs import DEP, LOWER
from spacy.tokens import Doc, Token

from kg.doc_arrays import doc_ents, tokens_with
from kg.lexicon.big_cities import known_place
from kg.lexicon.words import FACILITY_NOUNS

_IN = frozenset({"in"})
_APPOS = frozenset({"appos"})
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


def places_after_places(doc: Doc) -> list[int]:
    """Hang a place the parser made an apposition of a noun on the place a comma sets it off from
    (in place), when that place stands inside the noun's phrase; the indices moved. "a club based
    in Suva, Fiji": Fiji is where Suva is, not the club."""
    moved = []
    for tok in tokens_with(doc, _APPOS, DEP):
        comma = tok.left_edge.i - 1
        if tok.ent_type_ not in _PLACES or tok.head.ent_type_ in _PLACES or comma < 1 or doc[comma].text != ",":
            continue
        name = next((e.text for e in doc_ents(doc) if e.start <= tok.i < e.end), tok.text)
        if not known_place(name) and not (" " in name and known_place(name.rsplit(" ", 1)[0])
                                           and name.rsplit(" ", 1)[1].lower() in _PLACE_WORDS):
            continue  # "the founder of the Sikh Empire, Maharaja Ranjit Singh" (NER: GPE); "Zhaotong City": Zhaotong's
        place = doc[comma - 1]
        while place.ent_iob_ == "I" and place.head.i > place.i and place.head.ent_iob_ == "I":
            place = place.head  # the place name's head word
        if place.ent_type_ in _PLACES and place.dep_ in ("pobj", "appos") and tok.head.left_edge.i <= place.i < tok.i \
                and place.head.i != tok.head.i:
            tok.head = place
            moved.append(tok.i)
    return moved


#: A division's or a settlement's word after its name ("Yunnan Province", "Zhaotong City").
_PLACE_WORDS = frozenset({"province", "prefecture", "county", "district", "region", "state", "city", "town", "village"})
