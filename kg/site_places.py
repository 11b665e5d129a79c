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

A comma chain of places after an article read as one name ("born in the Bronx, New York, United
States"): the parser makes the last place the preposition's object and the first a modifier of it,
so the person would be born in the United States only. ``places_run_into_the_last`` makes the
first place the object and the last a conjunct of the one before it, as the parser reads the
chain without the article ("born in Bronx, New York, United States"): each place is read.
"""

from __future__ import annotations

from spacy.attrs import DEP, LOWER
from spacy.tokens import Doc, Token

from kg.doc_arrays import doc_ents, ent_start, tokens_with
from kg.lexicon.big_cities import known_place
from kg.lexicon.words import FACILITY_NOUNS

_IN = frozenset({"in"})
_APPOS = frozenset({"appos"})
_POBJ = frozenset({"pobj"})
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


def places_run_into_the_last(doc: Doc) -> list[int]:
    """Make the first place of such a chain the preposition's object and the last a conjunct of
    the place before it (in place); the indices moved. Only places and commas stand between the
    first place and the last."""
    moved = []
    for last in tokens_with(doc, _POBJ, DEP):
        start = ent_start(doc, last.i)
        if last.ent_type_ not in _PLACES or start < 3 or doc[start - 1].text != ",":
            continue
        first = next((c for c in last.lefts if c.dep_ in ("nmod", "compound") and c.ent_type_ in _PLACES
                      and c.i < start - 1), None)
        between = range(first.i + 1, start) if first is not None else range(0)
        if first is None or doc[first.i + 1].text != "," and doc[first.i + 1].ent_iob_ != "I" \
                or not all(doc[k].text == "," or doc[k].ent_type_ in _PLACES for k in between):
            continue
        before = doc[start - 2]
        while before.ent_iob_ == "I" and before.head.ent_iob_ == "I" and before.head.i < start - 1:
            before = before.head  # the head word of the place before the last comma
        for det in [c for c in last.lefts if c.dep_ == "det" and c.i < first.i]:
            det.head = first  # "the Bronx"
        first.head, first.dep_ = last.head, "pobj"
        last.head, last.dep_ = before, "conj"
        moved += [first.i, last.i]
    return moved
