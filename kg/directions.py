"""A direction from a place written after a name: "Boonah south-west of Brisbane", "Wollongong
Hospital, south of Sydney", "Pasłęk, east of Elbląg". News and gazetteer prose place a town or a
site so; ``kg.entity_types`` reads it as evidence that the name is a place, and the
``direction`` relation row (``kg.relations.place_chains.direction_of``) states it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.lexicon.words import COMPASS_WORDS

_JOINED = COMPASS_WORDS | {w.replace("-", "") for w in COMPASS_WORDS}
#: Units of a distance written between a place and its direction ("Ighil, about 70 kilometres
#: southwest of Marrakech"), and the words that hedge the number.
DISTANCE_UNITS = frozenset("km kms kilometres kilometers kilometre kilometer miles mile mi".split())
_ABOUT = frozenset("about some around nearly roughly approximately almost just only".split())


def direction_after(doc: Doc, i: int, *, comma: bool = True) -> tuple[str, int] | None:
    """The direction written from token ``i`` on ("[,] south-west of"), as its words ("south-west
    of"), and the index of the token after "of"; None when there is none. ``comma``: a comma may
    come first ("Wollongong Hospital, south of Sydney").

    Only the direction itself: "south of" after a comma or right after the name. "the north of
    Sydney" (a region of the place) and "south to Sydney" (a route) are not read.
    """
    if comma and i < len(doc) and doc[i].text == ",":
        i += 1
    words: list[str] = []
    while i < len(doc) and len(words) < 3 and (doc[i].lower_ in COMPASS_WORDS or (words and doc[i].text == "-")):
        words.append(doc[i].lower_)
        i += 1
    if not words or "".join(words) not in _JOINED or i >= len(doc) - 1 or doc[i].lower_ != "of":
        return None
    return "".join(words) + " of", i + 1


def after_distance(doc: Doc, i: int) -> int | None:
    """The token after a distance set off by a comma at token ``i`` (", about 70 kilometres"),
    where a direction may follow ("Ighil, about 70 kilometres southwest of Marrakech": a town
    placed by its distance, which says the direction is the town's, not the sentence's subject's);
    None when no such distance is there."""
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ in _ABOUT:
        i += 1
    if i + 1 < len(doc) and doc[i].like_num and doc[i + 1].lower_ in DISTANCE_UNITS:
        return i + 2
    return None
